"""Analytics against values worked out by hand, edge cases included."""

from __future__ import annotations

import math
from datetime import date

import pytest

from trainercoach.analytics.gain import learning_gain
from trainercoach.analytics.readiness import (
    CandidateFacts,
    CompositeWeights,
    ReadinessRule,
    check,
    composite,
    is_ready,
)
from trainercoach.analytics.stats import estimate, estimate_values, median, weighted_average


def test_no_answers_has_no_mean_and_no_interval() -> None:
    result = estimate_values([])
    assert (result.n, result.mean, result.low, result.high) == (0, None, None, None)


def test_one_answer_has_a_mean_but_no_interval() -> None:
    result = estimate_values([4])
    assert (result.n, result.mean, result.low, result.high) == (1, 4.0, None, None)


def test_two_answers_t_interval_by_hand() -> None:
    # mean 4.5, s = sqrt(0.5), t(0.975, 1) = 12.7062: half width 12.7062 * sqrt(0.5) / sqrt(2) = 6.3531
    result = estimate_values([4, 5])
    assert result.mean == 4.5
    assert result.low == pytest.approx(4.5 - 6.3531, abs=1e-3)
    assert result.high == pytest.approx(4.5 + 6.3531, abs=1e-3)
    clipped = estimate_values([4, 5], bounds=(1, 5))
    assert (clipped.low, clipped.high) == (1, 5)


def test_eight_values_t_interval_by_hand() -> None:
    # mean 5, s = sqrt(32/7) = 2.1381, t(0.975, 7) = 2.3646: half width 2.3646 * 2.1381 / sqrt(8) = 1.7875
    result = estimate_values([2, 4, 4, 4, 5, 5, 7, 9])
    assert result.mean == 5
    assert result.sd == pytest.approx(math.sqrt(32 / 7))
    assert result.low == pytest.approx(5 - 1.7875, abs=1e-3)
    assert result.high == pytest.approx(5 + 1.7875, abs=1e-3)


def test_aggregates_give_the_same_estimate_as_values() -> None:
    values = [1, 2, 2, 5, 4, 3, 3]
    direct = estimate_values(values)
    summed = estimate(len(values), sum(values), sum(v * v for v in values))
    assert direct == summed


def test_the_interval_narrows_as_answers_grow() -> None:
    few = estimate_values([3, 5, 4])
    many = estimate_values([3, 5, 4] * 30)
    assert many.half_width < few.half_width / 5
    assert few.small and not many.small


def test_median_and_weighted_average() -> None:
    assert median([]) is None
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 3, 2]) == 2.5
    # (4 * 1.5 + 2 * 0.5) / (1.5 + 0.5) = 3.5; the criterion not judged does not count
    assert weighted_average({1: 4, 2: 2, 3: None}, {1: 1.5, 2: 0.5, 3: 1.0}) == 3.5
    assert weighted_average({1: None}, {1: 1.0}) is None


def test_learning_gain_and_normalised_gain_by_hand() -> None:
    result = learning_gain([(2, 6), (4, 8)], max_score=10)
    assert result.paired == 2
    assert (result.pre.mean, result.post.mean, result.gain.mean) == (3, 7, 4)
    assert result.normalised == pytest.approx(4 / 7)


def test_only_paired_scores_count() -> None:
    result = learning_gain([(None, 5), (3, None), (5, 7)], max_score=10)
    assert result.paired == 1
    assert result.normalised == pytest.approx(2 / 5)


def test_a_perfect_pre_score_has_no_normalised_gain() -> None:
    result = learning_gain([(10, 10), (10, 9)], max_score=10)
    assert result.normalised is None
    assert "maximum" in result.why_no_normalised
    assert result.gain.mean == -0.5


def test_no_maximum_or_no_pairs_has_no_normalised_gain() -> None:
    assert learning_gain([(2, 5)], max_score=None).normalised is None
    empty = learning_gain([], max_score=10)
    assert empty.paired == 0 and empty.normalised is None and empty.gain.mean is None


def test_a_gain_can_be_negative() -> None:
    result = learning_gain([(6, 4)], max_score=10)
    assert result.normalised == pytest.approx(-2 / 4)


def test_readiness_checklist_says_which_parts_are_met() -> None:
    rule = ReadinessRule(min_observed=3, last_sessions=2, rubric_threshold=3.5, feedback_threshold=4.0,
                         feedback_min_answers=20, require_signoff=True)
    facts = CandidateFacts(3, [3.0, 3.6, 3.4], estimate_values([5] * 15 + [4] * 10), None)
    conditions = {c.key: c for c in check(rule, facts)}
    assert conditions["observed"].met
    assert not conditions["rubric"].met and "3.60, 3.40" in conditions["rubric"].detail
    assert conditions["feedback"].met and "from 25 answers" in conditions["feedback"].detail
    assert not conditions["signoff"].met
    assert not is_ready(list(conditions.values()))
    ready = CandidateFacts(3, [3.0, 3.6, 3.9], estimate_values([5] * 15 + [4] * 10), date(2026, 11, 1), "Ana")
    assert is_ready(check(rule, ready))


def test_readiness_needs_enough_answers_not_only_a_high_mean() -> None:
    rule = ReadinessRule(feedback_min_answers=20, require_signoff=False, min_observed=0)
    facts = CandidateFacts(2, [4.5, 4.6], estimate_values([5, 5, 5]))
    feedback = next(c for c in check(rule, facts) if c.key == "feedback")
    assert not feedback.met


def test_a_rule_with_bad_values_is_refused() -> None:
    assert ReadinessRule(rubric_threshold=7).errors()
    assert ReadinessRule(last_sessions=0).errors()
    assert not ReadinessRule().errors()


def test_composite_uses_only_the_parts_that_exist() -> None:
    weights = CompositeWeights(rubric=0.5, feedback=0.3, gain=0.2)
    # rubric 4 -> 75, feedback 5 -> 100, gain 0.5 -> 50: (37.5 + 30 + 10) / 1.0 = 77.5
    assert composite(weights, 4, 5, 0.5) == pytest.approx(77.5)
    # no check: (37.5 + 30) / 0.8 = 84.375, learning is not counted as zero
    assert composite(weights, 4, 5, None) == pytest.approx(84.375)
    assert composite(weights, None, None, None) is None
    assert CompositeWeights(0, 0, 0).errors()


def test_met_says_what_the_checklist_says() -> None:
    """``met`` (the dashboard's quick answer) and ``check`` (the checklist a lead reads) agree on every mix of
    facts and rules, thresholds met exactly included."""
    import random
    from datetime import date as day

    from trainercoach.analytics.readiness import CandidateFacts, ReadinessRule, check, is_ready, met
    from trainercoach.analytics.stats import Estimate

    rng = random.Random(22)
    agreed = {True: 0, False: 0}
    for _ in range(5000):
        rule = ReadinessRule(min_observed=rng.randint(0, 4), last_sessions=rng.randint(1, 3),
                             rubric_threshold=rng.choice([3.0, 3.5, 4.0]), feedback_threshold=rng.choice([3.5, 4.0]),
                             feedback_min_answers=rng.choice([0, 5, 20]), require_signoff=rng.random() < 0.5)
        rubric = [rng.choice([2.5, 3.0, 3.5, 4.0, 4.5]) for _ in range(rng.randint(0, 5))]
        n = rng.choice([0, 4, 5, 20, 30])
        feedback = Estimate(n, rng.choice([3.5, 3.9, 4.0, 4.6]) if n else None)
        facts = CandidateFacts(len(rubric), rubric, feedback, day(2026, 5, 1) if rng.random() < 0.6 else None)
        ready = is_ready(check(rule, facts))
        assert met(rule, facts) == ready, (rule, facts)
        agreed[ready] += 1
    assert min(agreed.values()) > 100  # both answers were tried often
