"""The readiness forecast (analytics/forecast.py): partial pooling, its honesty, and its edges."""

from __future__ import annotations

import math
import random
import warnings
from datetime import date, timedelta

import numpy as np
import pytest

from trainercoach.analytics.forecast import (
    FORECAST,
    HORIZON,
    NOT_ENOUGH_DATA,
    READY,
    Delivered,
    History,
    fit_cohort,
    forecast,
    forecast_all,
    measured_ready,
    posterior,
)
from trainercoach.analytics.forecast_backtest import backtest, cut_days, simulated_cohort, simulated_coverage
from trainercoach.analytics.readiness import CandidateFacts, ReadinessRule, check
from trainercoach.analytics.stats import estimate

RULE = ReadinessRule()
TODAY = date(2026, 12, 6)


def test_the_80_percent_interval_holds_80_percent_of_simulated_futures() -> None:
    """On cohorts drawn from a known truth, the interval held what then happened between 75% and 85% of the
    time: neither overconfident nor padded."""
    coverage = simulated_coverage(RULE, seeds=range(1, 6))
    assert coverage.cases > 500
    assert coverage.share is not None and 0.75 <= coverage.share <= 0.85, coverage
    # Misses fall on both sides, not all on one (a biased forecast misses on one side).
    assert coverage.below > 0.02 * coverage.cases and coverage.above > 0.02 * coverage.cases


def test_an_overconfident_forecast_fails_the_check() -> None:
    """The check can fail: with the candidates' differences ignored (every line the cohort's), the intervals
    are too narrow and hold far fewer than 80%."""
    known, full, today = simulated_cohort(3)
    model = fit_cohort(known)
    assert model is not None
    narrow = type(model)(
        type(model.rubric)(model.rubric.mean, ((0.0, 0.0), (0.0, 0.0)), ((1e-6, 0.0), (0.0, 1e-6)), 1e-4, 1),
        None, model.observed_share, model.answers_per_session, model.gap_days)
    from trainercoach.analytics.forecast_backtest import judge, tally

    coverage = tally([judge(RULE, k, f, today, narrow) for k, f in zip(known, full, strict=True)])
    assert coverage.share is not None and coverage.share < 0.6


def _offset_history(candidate_id: int, model_mean: tuple[float, float], sessions: int, offset: float) -> History:
    start = date(2026, 1, 5)
    return History(candidate_id, tuple(
        Delivered(start + timedelta(days=14 * i), model_mean[0] + model_mean[1] * math.log(i + 1) + offset, 8,
                  8 * 4.3) for i in range(sessions)))


def test_partial_pooling_pulls_a_new_candidate_towards_the_cohort_and_not_an_experienced_one() -> None:
    """Two sessions a whole point above the cohort's curve move a candidate's line part of the way; twelve
    sessions move it nearly all the way."""
    known, _, _ = simulated_cohort(7)
    model = fit_cohort(known)
    assert model is not None
    curve = model.rubric
    shifts = {}
    for sessions in (2, 12):
        history = _offset_history(1000, curve.mean, sessions, 1.0)
        xs = np.log(np.arange(1, sessions + 1, dtype=float))
        ys = np.array([d.rubric for d in history.deliveries], dtype=float)
        mean, _ = posterior(curve, xs, ys)
        predicted = mean[0] + mean[1] * xs
        cohort = curve.mean[0] + curve.mean[1] * xs
        shifts[sessions] = float(np.mean(predicted - cohort))
    assert 0.3 < shifts[2] < 0.85, shifts
    assert shifts[12] > 0.9, shifts
    assert 1 - shifts[2] > 2 * (1 - shifts[12]), shifts  # pulled back at least twice as far


def test_not_enough_data_and_ready() -> None:
    known, _, _ = simulated_cohort(2, candidates=40)
    model = fit_cohort(known)
    unobserved = History(5000, (Delivered(date(2026, 11, 1), None, 6, 24.0),))
    assert forecast(RULE, model, unobserved, TODAY).status == NOT_ENOUGH_DATA
    # A cohort of four cannot be pooled over.
    assert fit_cohort(known[:4]) is None
    assert forecast(RULE, None, known[0], TODAY).status in (NOT_ENOUGH_DATA, READY)
    strong = History(5001, tuple(Delivered(date(2026, 10, 1) + timedelta(days=7 * i), 4.2, 8, 8 * 4.5)
                                 for i in range(4)))
    result = forecast(RULE, model, strong, TODAY)
    assert result.status == READY and result.sessions_expected == 0


def test_a_forecast_is_seeded_and_reads_sensibly() -> None:
    known, _, today = simulated_cohort(4, candidates=80)
    first = forecast_all(RULE, known, today)
    again = forecast_all(RULE, known, today)
    assert first == again
    shown = [f for f in first.values() if f.status == FORECAST]
    assert len(shown) > 20
    for result in shown:
        assert result.sessions_low is not None and result.sessions_high is not None
        assert 1 <= result.sessions_low <= (result.sessions_expected or 0) <= result.sessions_high <= HORIZON + 1
        if result.sessions_expected is not None and result.sessions_expected <= HORIZON:
            assert result.date_expected is not None and result.date_expected >= today
            assert result.date_low is not None and result.date_low <= result.date_expected
        assert result.curve and all(p.low <= p.mean <= p.high for p in result.curve)


def test_a_weaker_candidate_is_forecast_further_away() -> None:
    known, _, today = simulated_cohort(5)
    model = fit_cohort(known)
    assert model is not None
    weak = forecast(RULE, model, _offset_history(1, model.rubric.mean, 4, -0.5), today)
    strong = forecast(RULE, model, _offset_history(2, model.rubric.mean, 4, 0.3), today)
    assert weak.sessions_expected is not None and strong.sessions_expected is not None
    assert weak.sessions_expected > strong.sessions_expected


def test_the_measured_conditions_agree_with_the_readiness_rule() -> None:
    """measured_ready is the rule of analytics/readiness.py without the sign-off, on random histories."""
    rng = random.Random(5)
    rule = ReadinessRule(require_signoff=False)
    for _ in range(400):
        deliveries = [Delivered(date(2026, 1, 1), rng.choice([None, rng.uniform(2.5, 4.8)]), rng.randint(0, 9),
                                0.0) for _ in range(rng.randint(0, 8))]
        deliveries = [Delivered(d.on, d.rubric, d.answers, d.answers * rng.uniform(3.2, 4.8)) for d in deliveries]
        rubric = [d.rubric for d in deliveries if d.rubric is not None]
        n = sum(d.answers for d in deliveries)
        total = sum(d.total for d in deliveries)
        feedback = estimate(n, total, total * total / n if n else 0.0)
        facts = CandidateFacts(len(rubric), rubric, feedback)
        assert measured_ready(rule, deliveries) == all(c.met for c in check(rule, facts))


def test_the_cohort_curve_agrees_with_statsmodels_mixedlm() -> None:
    """The two-stage estimate and a likelihood fit (REML, random intercept and slope) of the same simulated
    cohort give nearly the same cohort line."""
    from statsmodels.regression.mixed_linear_model import MixedLM

    known, _, _ = simulated_cohort(11, candidates=80)
    model = fit_cohort(known)
    assert model is not None
    rows = [(h.candidate_id, math.log(n), d.rubric) for h in known
            for n, d in enumerate(h.deliveries, start=1) if d.rubric is not None]
    data = np.array(rows)
    design = np.column_stack([np.ones(len(data)), data[:, 1]])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fitted = MixedLM(data[:, 2], design, groups=data[:, 0], exog_re=design).fit(reml=True, method=["lbfgs"])
    assert model.rubric.mean == pytest.approx(tuple(fitted.fe_params), abs=0.08)
    assert model.rubric.noise == pytest.approx(fitted.scale, rel=0.25)


def test_the_backtest_cuts_history_and_judges_only_what_it_can() -> None:
    _, full, _ = simulated_cohort(6, candidates=60)
    cuts = cut_days(full, 3)
    assert len(cuts) == 3 and cuts == sorted(cuts)
    coverage = backtest(RULE, full, cuts)
    assert coverage.cases > 20 and coverage.share is not None and 0.6 < coverage.share <= 1.0
