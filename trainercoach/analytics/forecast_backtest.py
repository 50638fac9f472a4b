"""Is the forecast honest? How often its 80% interval held what then happened.

Two checks, both pure: a backtest over a team's history (the history cut at earlier days, each cut forecast
from what was known that morning, and compared with what the candidates did next), and a simulated cohort whose
true learning lines are known, so the check does not depend on one team's past. An honest 80% interval holds
the outcome about 80 times in 100; far more means the intervals are wider than they need be, far fewer that
the forecast is overconfident.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from trainercoach.analytics.forecast import (
    FORECAST,
    HORIZON,
    CohortModel,
    Delivered,
    History,
    first_ready,
    fit_cohort,
    forecast,
)
from trainercoach.analytics.readiness import ReadinessRule


@dataclass(frozen=True)
class Coverage:
    """``cases`` forecasts whose outcome is known, ``covered`` of them inside their interval; ``censored``
    candidates had not met the rule by the end of the history and could not yet be judged."""

    cases: int
    covered: int
    censored: int
    below: int  # met the rule sooner than the interval said
    above: int  # later
    mean_width: float  # high - low + 1, in deliveries

    @property
    def share(self) -> float | None:
        return self.covered / self.cases if self.cases else None


def judge(rule: ReadinessRule, known: History, full: History, today: date,
          model: CohortModel | None) -> tuple[str, int] | None:
    """Forecast ``known`` and place what ``full`` shows happened against the interval: ("in"|"below"|"above",
    width), ("censored", 0) when it cannot be told yet, None when there is no forecast to judge."""
    result = forecast(rule, model, known, today)
    if result.status != FORECAST or result.sessions_low is None or result.sessions_high is None:
        return None
    delivered = len(known.deliveries)
    ready_at = first_ready(rule, full.deliveries)
    low = result.sessions_low
    high = math.inf if result.sessions_high > HORIZON else result.sessions_high  # "more than 30" is open
    width = min(result.sessions_high, HORIZON + 1) - low + 1
    if ready_at is None:
        # Not ready by the end of what we know: at least this many more deliveries.
        at_least = len(full.deliveries) - delivered + 1
        if at_least > high:
            return "above", width
        return ("in", width) if at_least >= low and high == math.inf else ("censored", 0)
    actual = ready_at - delivered
    if actual < low:
        return "below", width
    if actual > high:
        return "above", width
    return "in", width


def tally(outcomes: Sequence[tuple[str, int] | None]) -> Coverage:
    judged = [o for o in outcomes if o is not None and o[0] != "censored"]
    return Coverage(
        len(judged), sum(o[0] == "in" for o in judged), sum(o is not None and o[0] == "censored" for o in outcomes),
        sum(o[0] == "below" for o in judged), sum(o[0] == "above" for o in judged),
        sum(o[1] for o in judged) / len(judged) if judged else math.nan,
    )


def backtest(rule: ReadinessRule, histories: Sequence[History], cuts: Sequence[date]) -> Coverage:
    """Cut the history at each day of ``cuts``: fit the cohort on what was known, forecast every candidate
    who was not yet ready and had been observed, and compare with what the rest of the history shows."""
    outcomes: list[tuple[str, int] | None] = []
    for cut in cuts:
        known = [h.before(cut) for h in histories]
        model = fit_cohort(known)
        for past, full in zip(known, histories, strict=True):
            if past.deliveries and len(full.deliveries) > len(past.deliveries):
                outcomes.append(judge(rule, past, full, cut, model))
    return tally(outcomes)


def cut_days(histories: Sequence[History], count: int = 6) -> list[date]:
    """``count`` cut days spread over the middle of the history (the first quarter is needed to fit on, the
    last quarter to see what happened)."""
    days = sorted(d.on for h in histories for d in h.deliveries)
    if not days:
        return []
    first, last = days[0], days[-1]
    span = (last - first).days
    return [first + timedelta(days=round(span * (0.25 + 0.5 * i / max(1, count - 1)))) for i in range(count)]


# -- a simulated cohort with a known truth ------------------------------------------------------------------
@dataclass(frozen=True)
class Truth:
    """The population the simulated candidates are drawn from: a learning line on log(delivery number) for
    the rubric and for the trainees' overall answer, the scatter of one session, and the team's habits."""

    rubric_mean: tuple[float, float] = (2.7, 0.55)
    rubric_spread: tuple[tuple[float, float], tuple[float, float]] = ((0.12, -0.03), (-0.03, 0.03))
    rubric_noise: float = 0.22
    feedback_mean: tuple[float, float] = (3.5, 0.35)
    feedback_spread: tuple[tuple[float, float], tuple[float, float]] = ((0.1, -0.02), (-0.02, 0.02))
    feedback_noise: float = 0.2
    observed_share: float = 0.9
    answers: float = 7.0


def simulated_cohort(seed: int, candidates: int = 160, *, truth: Truth = Truth(),
                     start: date = date(2025, 1, 6)) -> tuple[list[History], list[History], date]:
    """(what is known today, the full futures, today): each candidate has given 1-12 deliveries so far and
    goes on to 60, at their own cadence."""
    rng = np.random.default_rng(seed)
    known, full = [], []
    today = start + timedelta(days=400)
    for candidate_id in range(1, candidates + 1):
        rubric_line = rng.multivariate_normal(truth.rubric_mean, truth.rubric_spread)
        feedback_line = rng.multivariate_normal(truth.feedback_mean, truth.feedback_spread)
        gap = int(rng.integers(5, 22))
        given = int(rng.integers(1, 13))
        first = today - timedelta(days=gap * given)
        deliveries = []
        for number in range(1, 61):
            log = math.log(number)
            observed = rng.random() < truth.observed_share
            rubric = float(np.clip(rubric_line[0] + rubric_line[1] * log + rng.normal(0, truth.rubric_noise), 1, 5))
            answers = int(rng.poisson(truth.answers))
            session = float(np.clip(feedback_line[0] + feedback_line[1] * log + rng.normal(0, truth.feedback_noise),
                                    1, 5))
            deliveries.append(Delivered(first + timedelta(days=gap * (number - 1)), rubric if observed else None,
                                        answers, session * answers))
        history = History(candidate_id, tuple(deliveries))
        known.append(history.before(today))
        full.append(history)
    return known, full, today


def simulated_coverage(rule: ReadinessRule, seeds: Sequence[int], candidates: int = 160) -> Coverage:
    """The forecast's coverage over simulated cohorts: fit on what each cohort knows today, judge against the
    futures drawn from the truth."""
    outcomes: list[tuple[str, int] | None] = []
    for seed in seeds:
        known, full, today = simulated_cohort(seed, candidates)
        model = fit_cohort(known)
        outcomes += [judge(rule, k, f, today, model) for k, f in zip(known, full, strict=True)]
    return tally(outcomes)
