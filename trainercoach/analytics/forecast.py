"""When will a candidate meet the readiness rule? A learning curve with partial pooling, and its 80% interval.

Each candidate's session scores follow a straight line in the logarithm of the delivery number (people improve
quickly at first, then slowly): ``score = a + b * log(k) + noise``. The lines differ between candidates, and
the differences are themselves drawn from the cohort's distribution of lines. A candidate's own line is then the
cohort's line moved towards their own data by as much as their data can carry: two sessions move it a little,
twelve move it nearly all the way (a normal-normal posterior, the "partial pooling" of a random-coefficient
model). The cohort's distribution is estimated by the two-stage random-coefficient method of Swamy (1970):
each candidate with enough sessions gets an ordinary least-squares line (``numpy.linalg.lstsq``), and the mean
and spread of those lines, less the part their own sampling error explains, are the cohort's. docs/forecasts.md
says why this rather than a likelihood fit (statsmodels' MixedLM takes seconds on a large cohort and often does
not converge; the tests check that both agree on a simulated cohort).

Two curves are fitted the same way: the observers' rubric score per session and the trainees' mean "overall"
answer per session. The forecast draws many possible futures for a candidate (their line from its posterior,
the cohort's line from its own uncertainty, each future session's scatter) and walks each future forward,
delivery by delivery, until the measured conditions of the readiness rule are met; the median and the 10th and
90th percentiles of those counts are what a lead sees. The mentor's sign-off is a person's decision and is not
forecast. Everything is seeded per candidate, so the same data gives the same forecast.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from statistics import median

import numpy as np
from numpy.typing import NDArray

from trainercoach.analytics.readiness import ReadinessRule

HORIZON = 30  # further deliveries looked at; beyond that the forecast says "more than 30"
DRAWS = 400  # possible futures drawn for each candidate
LEARNING_WINDOW = 15  # the first deliveries of each candidate are the learning phase the curve describes
MIN_COHORT = 5  # candidates with MIN_OWN sessions or more needed before the cohort's curve can be estimated
MIN_OWN = 3  # sessions a candidate needs to have a line of their own in the first stage
LEVEL = 0.80  # the interval shown
SEED = 21
FORECAST = "forecast"
READY = "ready"
NOT_ENOUGH_DATA = "not_enough_data"
RUBRIC = "rubric"  # what a forecast is mostly waiting on
FEEDBACK = "feedback"
FloatArray = NDArray[np.float64]


@dataclass(frozen=True)
class Delivered:
    """One practice delivery as the forecast sees it."""

    on: date
    rubric: float | None  # mean of the observers' weighted rubric averages; None when nobody observed it
    answers: int = 0  # trainees' answers to the "overall" feedback item
    total: float = 0.0  # their sum

    @property
    def feedback(self) -> float | None:
        return self.total / self.answers if self.answers else None


@dataclass(frozen=True)
class History:
    candidate_id: int
    deliveries: tuple[Delivered, ...]  # oldest first

    def before(self, day: date) -> History:
        """What was known on the morning of ``day``: the backtest's cut."""
        return History(self.candidate_id, tuple(d for d in self.deliveries if d.on < day))


@dataclass(frozen=True)
class Curve:
    """The cohort's distribution of learning lines (intercept, slope on log of the delivery number)."""

    mean: tuple[float, float]
    mean_cov: tuple[tuple[float, float], tuple[float, float]]  # how sure the mean line is
    spread: tuple[tuple[float, float], tuple[float, float]]  # how candidates' lines differ (G)
    noise: float  # variance of one session's score around its candidate's line (sigma squared)
    candidates: int  # how many candidates the cohort's line was estimated from

    def prior(self) -> tuple[FloatArray, FloatArray]:
        """Mean and covariance of a new candidate's line: the cohort's spread plus the mean's uncertainty."""
        return np.array(self.mean), np.array(self.spread) + np.array(self.mean_cov)


@dataclass(frozen=True)
class CohortModel:
    rubric: Curve
    feedback: Curve | None
    observed_share: float  # share of deliveries an observer scores
    answers_per_session: float  # "overall" answers per delivery, over the cohort
    gap_days: float  # median days between a candidate's deliveries, over the cohort


@dataclass(frozen=True)
class CurvePoint:
    number: int  # delivery number, from 1
    mean: float
    low: float  # the 80% band of a session's score at this delivery
    high: float


@dataclass(frozen=True)
class Forecast:
    candidate_id: int
    status: str  # FORECAST, READY or NOT_ENOUGH_DATA
    delivered: int = 0
    sessions_expected: int | None = None  # further deliveries, the median of the possible futures
    sessions_low: int | None = None  # the 80% interval
    sessions_high: int | None = None  # HORIZON + 1 means "more than HORIZON"
    date_expected: date | None = None
    date_low: date | None = None
    date_high: date | None = None
    gap_days: float | None = None  # the cadence the dates assume
    next_date: date | None = None  # when the next delivery is due at that cadence
    threshold: float = 0.0
    curve: tuple[CurvePoint, ...] = ()  # the rubric curve with its band, past and ahead
    scores: tuple[tuple[int, float], ...] = ()  # (delivery number, rubric) as observed
    distribution: tuple[int, ...] = field(default=(), repr=False)  # how many futures ended at 1..HORIZON+1
    waiting_on: str = ""  # RUBRIC or FEEDBACK: the condition the futures mostly meet last

    @property
    def beyond_horizon(self) -> bool:
        return self.sessions_high is not None and self.sessions_high > HORIZON


# -- the rule on measured data ------------------------------------------------------------------------------
def measured_ready(rule: ReadinessRule, deliveries: Sequence[Delivered]) -> bool:
    """The readiness rule's measured conditions (observed count, the last rubric averages, feedback); the
    mentor's sign-off is left to the mentor."""
    rubric = [d.rubric for d in deliveries if d.rubric is not None]
    if len(rubric) < rule.min_observed:
        return False
    last = rubric[-rule.last_sessions:]
    if len(last) < rule.last_sessions or any(value < rule.rubric_threshold for value in last):
        return False
    answers = sum(d.answers for d in deliveries)
    return answers > 0 and answers >= rule.feedback_min_answers and \
        sum(d.total for d in deliveries) / answers >= rule.feedback_threshold


def first_ready(rule: ReadinessRule, deliveries: Sequence[Delivered]) -> int | None:
    """The delivery number (from 1) at which the measured conditions were first met, if they were."""
    for number in range(1, len(deliveries) + 1):
        if measured_ready(rule, deliveries[:number]):
            return number
    return None


# -- fitting the cohort -------------------------------------------------------------------------------------
def _points(history: History, kind: str) -> tuple[FloatArray, FloatArray]:
    """(log of the delivery number, score) of a candidate's scored sessions within the learning window."""
    xs, ys = [], []
    for number, delivery in enumerate(history.deliveries[:LEARNING_WINDOW], start=1):
        value = delivery.rubric if kind == "rubric" else delivery.feedback
        if value is not None:
            xs.append(math.log(number))
            ys.append(value)
    return np.array(xs, dtype=float), np.array(ys, dtype=float)


def _design(xs: FloatArray) -> FloatArray:
    return np.column_stack([np.ones_like(xs), xs])


def fit_curve(samples: Sequence[tuple[FloatArray, FloatArray]]) -> Curve | None:
    """Swamy's two-stage estimate of the cohort's lines from each candidate's (x, y); None when too few
    candidates have a line of their own (MIN_COHORT with MIN_OWN sessions over two delivery numbers)."""
    lines, inverses, residual, df = [], [], 0.0, 0
    for xs, ys in samples:
        if len(xs) < MIN_OWN or np.ptp(xs) == 0:
            continue
        design = _design(xs)
        coefficients, sse, _, _ = np.linalg.lstsq(design, ys, rcond=None)
        lines.append(coefficients)
        inverses.append(np.linalg.inv(design.T @ design))
        residual += float(sse[0]) if len(sse) else 0.0
        df += len(xs) - 2
    if len(lines) < MIN_COHORT or df <= 0:
        return None
    noise = max(residual / df, 1e-4)
    stacked = np.array(lines)
    mean = stacked.mean(axis=0)
    between = np.cov(stacked, rowvar=False)
    spread = between - noise * np.mean(inverses, axis=0)
    # The moment estimate can come out with a negative variance; clip it to the nearest covariance.
    values, vectors = np.linalg.eigh((spread + spread.T) / 2)
    spread = vectors @ np.diag(np.clip(values, 1e-4, None)) @ vectors.T
    mean_cov = between / len(lines)
    return Curve(_pair(mean), _matrix(mean_cov), _matrix(spread), noise, len(lines))


def _pair(vector: FloatArray) -> tuple[float, float]:
    return float(vector[0]), float(vector[1])


def _matrix(matrix: FloatArray) -> tuple[tuple[float, float], tuple[float, float]]:
    return _pair(matrix[0]), _pair(matrix[1])


def fit_cohort(histories: Sequence[History]) -> CohortModel | None:
    """The cohort's curves and habits, or None when there is not enough history to say anything."""
    rubric = fit_curve([_points(h, "rubric") for h in histories])
    if rubric is None:
        return None
    feedback = fit_curve([_points(h, "feedback") for h in histories])
    deliveries = [d for h in histories for d in h.deliveries[:LEARNING_WINDOW]]
    observed = sum(d.rubric is not None for d in deliveries) / len(deliveries)
    answers = sum(d.answers for d in deliveries) / len(deliveries)
    gaps = [g for h in histories if (g := _gap(h)) is not None]
    return CohortModel(rubric, feedback, observed, answers, median(gaps) if gaps else 14.0)


def _gap(history: History) -> float | None:
    """Median days between a candidate's last few deliveries (their cadence), None with fewer than two."""
    days = [d.on for d in history.deliveries[-7:]]
    if len(days) < 2:
        return None
    return max(1.0, float(median((b - a).days for a, b in zip(days, days[1:], strict=False))))


def posterior(curve: Curve, xs: FloatArray, ys: FloatArray) -> tuple[FloatArray, FloatArray]:
    """A candidate's line given the cohort's (the prior) and their own sessions: the normal-normal update.
    With no sessions it is the cohort's line; with many it is close to their own least-squares line."""
    prior_mean, prior_cov = curve.prior()
    precision = np.linalg.inv(prior_cov)
    design = _design(xs)
    cov = np.linalg.inv(precision + design.T @ design / curve.noise)
    mean = cov @ (precision @ prior_mean + design.T @ ys / curve.noise)
    return mean, (cov + cov.T) / 2


# -- one candidate's possible futures -----------------------------------------------------------------------
def _futures(curve: Curve, history: History, kind: str, rng: np.random.Generator) -> FloatArray:
    """DRAWS x HORIZON scores of the next deliveries, each future with its own line and scatter."""
    xs, ys = _points(history, kind)
    mean, cov = posterior(curve, xs, ys)
    lines = rng.multivariate_normal(mean, cov, size=DRAWS, method="cholesky")
    start = len(history.deliveries) + 1
    logs = np.log(np.arange(start, start + HORIZON, dtype=float))
    scores = lines[:, :1] + lines[:, 1:] * logs[None, :] + rng.normal(0, math.sqrt(curve.noise), (DRAWS, HORIZON))
    return np.asarray(np.clip(scores, 1.0, 5.0), dtype=float)


def _steps_to_ready(rule: ReadinessRule, model: CohortModel, history: History,
                    rng: np.random.Generator) -> tuple[FloatArray, str]:
    """For each drawn future, the further deliveries until the measured conditions hold (HORIZON + 1: not
    within the horizon), and which of the rubric and the feedback conditions the futures mostly wait on."""
    past = history.deliveries
    rubric = _futures(model.rubric, history, "rubric", rng)
    observed = rng.random((DRAWS, HORIZON)) < model.observed_share
    count = np.full(DRAWS, float(sum(d.rubric is not None for d in past)))
    run = np.full(DRAWS, float(_trailing_run(rule, past)))
    own = [d.answers for d in past]
    per_session = float(np.mean(own)) if len(own) >= 2 else model.answers_per_session
    answers = float(sum(own))
    total = float(sum(d.total for d in past))
    if model.feedback is not None:
        feedback = _futures(model.feedback, history, "feedback", rng)
    else:  # no cohort curve for feedback: the candidate's mean so far carries on
        feedback = np.full((DRAWS, HORIZON), total / answers if answers else 0.0)
    cumulative_answers = answers + per_session * np.arange(1, HORIZON + 1)
    cumulative_total = total + np.cumsum(feedback * per_session, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        feedback_mean = np.where(cumulative_answers > 0, cumulative_total / cumulative_answers[None, :], 0.0)
    feedback_met = ((cumulative_answers[None, :] >= rule.feedback_min_answers) & (cumulative_answers[None, :] > 0)
                    & (feedback_mean >= rule.feedback_threshold))
    steps = np.full(DRAWS, float(HORIZON + 1))
    rubric_steps = np.full(DRAWS, float(HORIZON + 1))
    done = np.zeros(DRAWS, dtype=bool)
    rubric_done = np.zeros(DRAWS, dtype=bool)
    for step in range(HORIZON):
        seen = observed[:, step]
        count += seen
        run = np.where(seen, np.where(rubric[:, step] >= rule.rubric_threshold, run + 1, 0), run)
        rubric_met = (count >= rule.min_observed) & (run >= rule.last_sessions)
        rubric_steps[rubric_met & ~rubric_done] = step + 1
        rubric_done |= rubric_met
        met = rubric_met & feedback_met[:, step] & ~done
        steps[met] = step + 1
        done |= met
        if done.all():
            break
    waiting = RUBRIC if np.median(rubric_steps) >= np.median(steps) else FEEDBACK
    return steps, waiting


def _trailing_run(rule: ReadinessRule, deliveries: Sequence[Delivered]) -> int:
    """How many of the latest observed sessions in a row are at or above the rubric threshold."""
    run = 0
    for delivery in reversed(deliveries):
        if delivery.rubric is None:
            continue
        if delivery.rubric < rule.rubric_threshold:
            break
        run += 1
    return run


def interval(steps: FloatArray, level: float = LEVEL) -> tuple[int, int, int]:
    """(median, low, high) of the futures' counts. The counts are whole numbers, so an interval "holding at
    least 80%" holds far more whenever the futures bunch up; the equal-tailed quantiles are rounded to the
    nearest delivery instead, which holds 80% on average (the backtest checks it). When more than a tenth of
    the futures go beyond the horizon the interval is open-ended ("from 7 to more than 30"), and then it is
    the one-sided 80%: its lower end is the 20th percentile."""
    tail = (1 - level) / 2
    low, middle, high = np.quantile(steps, [tail, 0.5, 1 - tail])
    if high > HORIZON:
        low = np.quantile(steps, 1 - level)
    return int(round(float(middle))), max(1, int(round(float(low)))), int(round(float(high)))


def forecast(rule: ReadinessRule, model: CohortModel | None, history: History, today: date,
             *, seed: int = SEED) -> Forecast:
    """One candidate's forecast. "Not enough data" without a cohort model or before a first observed session;
    "ready" when the measured conditions already hold (the sign-off may still be missing)."""
    scores = tuple((n, d.rubric) for n, d in enumerate(history.deliveries, start=1) if d.rubric is not None)
    delivered = len(history.deliveries)
    if measured_ready(rule, history.deliveries):
        return Forecast(history.candidate_id, READY, delivered, 0, 0, 0, threshold=rule.rubric_threshold,
                        scores=scores)
    if model is None or not scores:
        return Forecast(history.candidate_id, NOT_ENOUGH_DATA, delivered, threshold=rule.rubric_threshold,
                        scores=scores)
    rng = np.random.default_rng([seed, history.candidate_id, delivered])
    steps, waiting = _steps_to_ready(rule, model, history, rng)
    expected, low, high = interval(steps)
    # The cadence: the candidate's own, leaning on the cohort's while they have few gaps to judge it from.
    own, gaps = _gap(history), min(len(history.deliveries) - 1, 6)
    gap = model.gap_days if own is None else (gaps * own + 2 * model.gap_days) / (gaps + 2)
    last = history.deliveries[-1].on
    following = max(last + timedelta(days=round(gap)), today)

    def when(sessions: int) -> date | None:
        return None if sessions > HORIZON else following + timedelta(days=round(gap * (sessions - 1)))

    counts = np.bincount(steps.astype(int), minlength=HORIZON + 2)[1:]
    return Forecast(history.candidate_id, FORECAST, delivered, expected, low, high, when(expected), when(low),
                    when(high), gap, following, rule.rubric_threshold,
                    rubric_curve(model.rubric, history, max(10, min(high, HORIZON) + 1)), scores,
                    tuple(int(c) for c in counts), waiting)


def rubric_curve(curve: Curve, history: History, ahead: int = 10) -> tuple[CurvePoint, ...]:
    """The candidate's expected rubric score per delivery, past and ``ahead``, with the 80% band of one
    session's score (the line's uncertainty and a session's scatter), for the chart."""
    xs, ys = _points(history, "rubric")
    mean, cov = posterior(curve, xs, ys)
    z = 1.2815515655446004  # the normal's 90th percentile

    def clip(value: float) -> float:  # the scale's ends, for the mean and the band alike
        return min(5.0, max(1.0, value))

    points = []
    for number in range(1, len(history.deliveries) + ahead + 1):
        row = np.array([1.0, math.log(number)])
        centre = float(row @ mean)
        spread = math.sqrt(float(row @ cov @ row) + curve.noise)
        points.append(CurvePoint(number, clip(centre), clip(centre - z * spread), clip(centre + z * spread)))
    return tuple(points)


def forecast_all(rule: ReadinessRule, histories: Sequence[History], today: date,
                 *, cohort: Sequence[History] | None = None, seed: int = SEED) -> dict[int, Forecast]:
    """Every candidate's forecast from one cohort model (fitted on ``cohort``, by default the same
    histories)."""
    model = fit_cohort(cohort if cohort is not None else histories)
    return {h.candidate_id: forecast(rule, model, h, today, seed=seed) for h in histories}


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def ready_per_month(forecasts: Sequence[Forecast], first: date, months: int = 12) -> list[tuple[date, float]]:
    """How many candidates are expected to become ready in each of ``months`` months from ``first``'s month:
    each candidate's chance of being ready that month, from their futures at their cadence, summed (so 2.4
    means "two or three"). Candidates ready now are not counted; futures beyond the horizon fall in no month."""
    starts = [add_months(month_start(first), i) for i in range(months + 1)]
    expected = [0.0] * months
    for result in forecasts:
        if result.status != FORECAST or result.next_date is None or result.gap_days is None:
            continue
        total = sum(result.distribution)
        for steps, count in enumerate(result.distribution[:HORIZON], start=1):
            day = result.next_date + timedelta(days=round(result.gap_days * (steps - 1)))
            for i in range(months):
                if starts[i] <= day < starts[i + 1]:
                    expected[i] += count / total
                    break
    return list(zip(starts[:months], expected, strict=True))
