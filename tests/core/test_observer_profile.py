"""Observer profiles (issue 19): the pure statistics checked by hand and against statsmodels, then through the
service on a real database — everyday co-observation and a revealed exercise feeding the same profile, the
lead's threshold (refusals change nothing), the dashboard's warning appearing and disappearing, and a
candidate's rubric average adjusted for observer leniency against a hand computation."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

import numpy as np
import pytest
import statsmodels.api as sm

from tests.core.helpers import counts, make_form
from trainercoach.analytics import observer_profile as op
from trainercoach.errors import ValidationError
from trainercoach.records.observations import ObservationForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import Coach

T_975_2 = 4.302652729911275  # Student t, 97.5th percentile, 2 degrees of freedom (printed tables: 4.303)


def test_mean_interval_by_hand() -> None:
    found = op.mean_interval([1.0, 2.0, 3.0])  # mean 2, sd 1, n 3
    assert found.mean == 2 and found.n == 3
    assert found.low == pytest.approx(2 - T_975_2 / math.sqrt(3)) and found.high == pytest.approx(2 + T_975_2 /
                                                                                                  math.sqrt(3))
    assert op.mean_interval([0.7]) == op.MeanInterval(1, 0.7) and op.mean_interval([]).mean is None
    assert op.mean_interval([0.5, 0.6, 0.7, 0.8]).lenient and op.mean_interval([-0.5, -0.6, -0.7]).severe


def test_consensus_is_the_others_mean_or_the_reference() -> None:
    assert op.gaps_against_consensus({1: 4.0, 2: 3.0, 3: 2.0}) == {1: 1.5, 2: 0.0, 3: -1.5}
    assert op.gaps_against_consensus({1: 4.0, 2: 3.0}, reference=3.0) == {1: 1.0, 2: 0.0}
    assert op.gaps_against_consensus({1: 4.0}) == {} and op.gaps_against_consensus({1: 4.0}, 2.0) == {1: 2.0}


def test_drift_matches_statsmodels_ols() -> None:
    """The slope and its 95% interval are statsmodels' OLS on the same points (time in years)."""
    start = datetime(2025, 1, 1)
    rng = np.random.default_rng(7)
    days = sorted(rng.integers(0, 700, 30).tolist())
    times = [start + timedelta(days=d) for d in days]
    gaps = [0.1 + 0.4 * d / op.DAYS_PER_YEAR + float(rng.normal(0, 0.3)) for d in days]
    found = op.drift(times, gaps)
    years = np.array([(t - min(times)).days / op.DAYS_PER_YEAR for t in times])
    fit = sm.OLS(np.array(gaps), sm.add_constant(years)).fit()
    low, high = fit.conf_int(0.05)[1]
    assert found.slope == pytest.approx(fit.params[1]) and found.p_value == pytest.approx(fit.pvalues[1])
    assert (found.low, found.high) == (pytest.approx(low), pytest.approx(high))
    assert found.drifting and found.n == 30
    steady = op.drift(times, [0.2 + float(rng.normal(0, 0.3)) for _ in days])
    assert not steady.drifting and steady.low is not None and steady.low < 0 < (steady.high or 0)
    assert op.drift(times[:2], gaps[:2]).slope is None  # under three points: no slope
    assert op.drift([start] * 5, [0.1, 0.2, 0.3, 0.4, 0.5]).slope is None  # one time: no slope


def test_profiles_average_criteria_per_target_and_group_by_quarter() -> None:
    d = op.Deviation
    when = [datetime(2026, 2, 1), datetime(2026, 5, 1), datetime(2026, 5, 20)]
    devs = [d(1, "clarity", "a", when[0], 1.0), d(1, "pacing", "a", when[0], 0.0),  # target a: mean 0.5
            d(1, "clarity", "b", when[1], 2.0), d(1, "pacing", "b", when[1], 1.0),  # target b: mean 1.5
            d(1, "clarity", "c", when[2], 1.0), d(2, "clarity", "c", when[2], -1.0)]
    found = op.profiles(devs)
    one = found[1]
    assert one.overall.n == 3 and one.overall.mean == pytest.approx((0.5 + 1.5 + 1.0) / 3)
    assert [(p.label, p.bias.n, p.bias.mean) for p in one.periods] == [("2026 Q1", 1, 0.5), ("2026 Q2", 2, 1.25)]
    assert one.by_criterion["clarity"].mean == pytest.approx(4 / 3) and one.by_criterion["pacing"].n == 2
    assert found[2].overall == op.MeanInterval(1, -1.0)
    assert op.quarter(datetime(2026, 12, 31)) == "2026 Q4"


def test_the_threshold_names_only_observers_beyond_it_on_enough_deliveries() -> None:
    when = datetime(2026, 11, 1)
    devs = [op.Deviation(1, "k", f"t{i}", when, g) for i, g in enumerate([0.6, 0.7, 0.8])]
    devs += [op.Deviation(2, "k", f"u{i}", when, g) for i, g in enumerate([-0.9, -0.9])]  # two: too few
    found = op.profiles(devs)
    assert [p.observer for p in op.beyond_threshold(found, 0.5)] == [1]
    assert op.beyond_threshold(found, 0.75) == []
    assert [p.observer for p in op.beyond_threshold(found, 0.5, min_targets=2)] == [2, 1]  # furthest first


def test_percent_agreement_of_a_sparse_table_is_the_same_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many observers, two or three per target (everyday co-observation): the per-target pairs give what every
    pair of observers gives."""
    from trainercoach.analytics import agreement as ag

    rng = np.random.default_rng(11)
    table = np.full((200, 40), np.nan)
    for row in table:
        row[rng.choice(40, rng.integers(1, 4), replace=False)] = rng.integers(1, 6, 3)[:1]
        row[rng.choice(40, 1)] = rng.integers(1, 6)
    dense = ag.percent_agreement(table)
    monkeypatch.setattr(ag, "DENSE_PAIRS", 0)
    assert ag.percent_agreement(table) == dense and dense.pairs > 0


def test_the_dashboard_looks_back_to_the_previous_quarter() -> None:
    assert op.previous_quarter_start(datetime(2026, 12, 6)) == datetime(2026, 7, 1)
    assert op.previous_quarter_start(datetime(2026, 2, 28)) == datetime(2025, 10, 1)


def test_adjusted_mean_by_hand() -> None:
    # (4 - 0.5) + (5 - 0.5) + (3 + 0.25) + 2 (no estimate: as scored) = 13.25 over 4
    assert op.adjusted_mean([(1, 4), (1, 5), (2, 3), (3, 2)], {1: 0.5, 2: -0.25}) == pytest.approx(13.25 / 4)
    assert op.adjusted_mean([], {1: 0.5}) is None


# -- through the service -----------------------------------------------------------------------------------
def co_observe(coach: Coach, scores: dict[int, list[int]], when: datetime, candidate: int) -> int:
    """A delivery of ``candidate`` observed by each of ``scores``' observers (one score per criterion)."""
    version = coach.rubrics.latest()
    delivery = coach.deliveries.add(DeliveryForm(candidate, starts_at=when, topic="Refunds · 退款 <&>"))
    for observer, marks in scores.items():
        coach.observations.save(ObservationForm(delivery, observer, version.id,
                                                scores={c.id: m for c, m in zip(version.criteria, marks,
                                                                                 strict=False)}))
    return delivery


@pytest.mark.parametrize("backend", ["sqlite"])
def test_dashboard_names_a_drifting_observer_then_not_and_adjusted_averages_by_hand(coach: Coach) -> None:
    coach.rubrics.install_default()
    criteria = len(coach.rubrics.latest().criteria)
    ana, ben, eva = (coach.people.add(n, role="trainer") for n in ("Ana", "Ben", "Εύα 李"))
    candidate = coach.candidates.add(make_form("Νίκος 陈"))
    today = datetime.now().replace(microsecond=0)
    # Ana scores one point above Ben on every criterion of three deliveries this quarter.
    for day in range(3):
        co_observe(coach, {ana: [4] * criteria, ben: [3] * criteria}, today - timedelta(hours=day + 1), candidate)
    assert coach.observer_profiles.threshold() == 0.5
    warned = coach.dashboard.load().observers
    assert [(w.name, w.bias, w.n) for w in warned] == [("Ana", 1.0, 3), ("Ben", -1.0, 3)]
    before = counts(coach)
    for bad in (0, 5, "x", True, float("nan")):
        with pytest.raises(ValidationError) as refused:
            coach.observer_profiles.set_threshold(bad)  # type: ignore[arg-type]
        assert set(refused.value.errors) == {"threshold"}
    assert counts(coach) == before
    coach.observer_profiles.set_threshold(1.5)
    assert coach.dashboard.load().observers == []  # gone once the threshold is above the bias
    coach.observer_profiles.set_threshold(0.5)
    assert [w.name for w in coach.dashboard.load().observers] == ["Ana", "Ben"]
    # Half a year on, an old habit is not named: the dashboard looks back to the previous quarter only.
    assert coach.observer_profiles.warnings(today + timedelta(days=200)) == []
    coach.history.undo()
    assert coach.observer_profiles.threshold() == 1.5  # the threshold's change is undone like any other

    # Eva observes alone once: no estimate of her bias; her scores are taken as scored.
    solo = coach.deliveries.add(DeliveryForm(candidate, starts_at=today - timedelta(days=1), topic="Solo"))
    version = coach.rubrics.latest()
    coach.observations.save(ObservationForm(solo, eva, version.id, scores={version.criteria[0].id: 2}))
    adjusted = coach.observer_profiles.adjusted(candidate)
    assert adjusted.bias == {ana: 1.0, ben: -1.0}
    first = adjusted.criteria[0]
    # First criterion: Ana 4,4,4 (bias +1), Ben 3,3,3 (bias -1), Eva 2 (none): raw 23/7, adjusted (9+12+2)/7.
    assert first.n == 7 and first.raw == pytest.approx(23 / 7) and first.adjusted == pytest.approx(23 / 7 + 0)
    assert first.adjusted == pytest.approx(((4 - 1) * 3 + (3 + 1) * 3 + 2) / 7) and first.adjusted_scores == 6
    total = adjusted.overall
    assert total.n == 6 * criteria + 1
    assert total.raw == pytest.approx((3 * criteria * 7 + 2) / (6 * criteria + 1))
    assert total.adjusted == pytest.approx((3 * criteria * 3 + 3 * criteria * 4 + 2) / (6 * criteria + 1))
    # The raw rubric figures the rest of the app shows are unchanged.
    assert coach.effectiveness.candidate(candidate).criteria[0].mean == pytest.approx(23 / 7)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_everyday_agreement_per_criterion_only_within_one_rubric_version(coach: Coach) -> None:
    coach.rubrics.install_default()
    criteria = len(coach.rubrics.latest().criteria)
    ana, ben = (coach.people.add(n, role="trainer") for n in ("Ana", "Ben"))
    candidate = coach.candidates.add(make_form("Lea"))
    base = datetime(2026, 3, 2, 9)
    for i, (a, b) in enumerate([(4, 3), (2, 2), (5, 4), (3, 3)]):
        co_observe(coach, {ana: [a] * criteria, ben: [b] * criteria}, base + timedelta(days=i), candidate)
    co_observe(coach, {ana: [1] * criteria}, base, candidate)  # one observer: not a target
    found = coach.calibration.everyday()
    assert len(found.per_criterion) == criteria + 1 and [n for _i, n in found.observers] == ["Ana", "Ben"]
    total = found.per_criterion[-1].summary
    assert total.iccs.n_targets == 4 and total.percent.pairs == 4 and total.percent.exact == 0.5
    assert [round(b.mean or 0, 6) for b in total.bias] == [0.5, -0.5]


def test_the_dashboards_short_way_gives_what_the_profiles_give(coach: Coach) -> None:
    """``warnings`` works out the latest quarter's bias in SQL; the Calibration page's profiles work it out in
    Python from every deviation. Three observers who leave criteria out, on both backends: the same figures."""
    coach.rubrics.install_default()
    criteria = len(coach.rubrics.latest().criteria)
    ana, ben, eva = (coach.people.add(n, role="trainer") for n in ("Ana", "Ben", "Εύα 李"))
    candidate = coach.candidates.add(make_form("Νίκος 陈"))
    today = datetime.now().replace(microsecond=0)
    marks = [
        {ana: [5, 4, 4, 5, 3, 4, 5, 4], ben: [3, 3, 2, 4, 3, 3, 3, 2], eva: [4, 4, 3, 4, 2, 4, 4, 3]},
        {ana: [4, 5, 5, 4], ben: [2, 3, 3, 3, 2, 2, 3, 3]},  # Ana scores four criteria only
        {ana: [5, 5, 4, 5, 4, 4, 5, 5], eva: [3, 4, 3, 3, 3, 4, 3, 4], ben: [1, 2]},
        {ben: [3, 3, 3, 3, 3, 3, 3, 3], eva: [4, 5, 4, 4, 5, 4, 4, 4]},
    ]
    for day, scores in enumerate(marks):
        co_observe(coach, {o: m[:criteria] for o, m in scores.items()}, today - timedelta(hours=day + 1), candidate)
    coach.observer_profiles.set_threshold(0.1)
    short = coach.observer_profiles.warnings()
    with coach.db.reading() as session:
        long = coach.observer_profiles.profiles_in(session, op.previous_quarter_start(datetime.now()))
    by_id = {pid: (name, profile) for pid, name, profile in long.observers}
    expected = [(by_id[pid][0], by_id[pid][1].latest) for pid in long.flagged]
    assert len(short) == 3 and [w.name for w in short] == [name for name, _latest in expected]
    assert coach.dashboard.load().observers == short  # read there on a thread of its own, beside the rest
    for warning, (_name, latest) in zip(short, expected, strict=True):
        assert latest is not None and (warning.period, warning.n) == (latest.label, latest.bias.n)
        assert warning.bias == pytest.approx(latest.bias.mean)
        assert (warning.low, warning.high) == (pytest.approx(latest.bias.low), pytest.approx(latest.bias.high))
    # By hand, Ana: per delivery, her score minus the others' mean on each criterion they scored, averaged.
    a1, b1, e1 = (marks[0][o] for o in (ana, ben, eva))
    a3, e3, b3 = (marks[2][o] for o in (ana, eva, ben))
    one = sum(a - (b + e) / 2 for a, b, e in zip(a1, b1, e1, strict=True)) / 8
    two = sum(a - b for a, b in zip(marks[1][ana], marks[1][ben][:4], strict=True)) / 4
    three = (sum(a3[i] - (e3[i] + b3[i]) / 2 for i in range(2)) + sum(a3[i] - e3[i] for i in range(2, 8))) / 8
    [ana_warning] = [w for w in short if w.name == "Ana"]
    assert criteria == 8 and ana_warning.bias == pytest.approx((one + two + three) / 3)
