"""Effectiveness from the database, checked against figures worked out by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from trainercoach.analytics.readiness import ReadinessRule
from trainercoach.errors import ValidationError
from trainercoach.records.certification import CertificationForm
from trainercoach.records.comprehension import CheckForm, ScoreEntry
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.observations import ObservationForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm, Coach


@pytest.fixture
def scene(coach: Coach) -> dict:
    ana = coach.people.add("Ana Lead", role="lead")
    bo = coach.people.add("Βασίλης Trainer", role="trainer")
    candidate = coach.candidates.add(CandidateForm(name="李娜", mentor_id=ana))
    other = coach.candidates.add(CandidateForm(name="Other"))
    rubric = coach.rubrics.latest()
    c1, c2, c3 = rubric.criteria[:3]
    delivery = coach.deliveries.add(DeliveryForm(candidate, datetime(2026, 10, 1, 9), "退款流程", trainees=8))
    # Ana: c1=4 (w1.0), c2=5 (w1.5), c3=None -> (4 + 7.5) / 2.5 = 4.6
    coach.observations.save(ObservationForm(delivery, ana, rubric.id, {c1.id: 4, c2.id: 5, c3.id: None}))
    # Bo: c1=2, c2=3, c3=4 (w1.0) -> (2 + 4.5 + 4) / 3.5 = 3.0
    coach.observations.save(ObservationForm(delivery, bo, rubric.id, {c1.id: 2, c2.id: 3, c3.id: 4}))
    coach.feedback.add_responses(delivery, [
        FeedbackEntry({"overall": 5, "clarity": 4}), FeedbackEntry({"overall": 4, "clarity": 4}),
        FeedbackEntry({"overall": 3}), FeedbackEntry({}, "only a comment 😀"),
    ])
    coach.comprehension.save(CheckForm(delivery, "daily_quiz", "Quiz", 10, scores=[
        ScoreEntry("T01", 2, 6, 5), ScoreEntry("T02", 4, 8, 7), ScoreEntry("T03", None, 9)]))
    other_delivery = coach.deliveries.add(DeliveryForm(other, datetime(2026, 10, 2, 9), "Refunds", trainees=5))
    coach.observations.save(ObservationForm(other_delivery, ana, rubric.id, {c1.id: 2, c2.id: 2, c3.id: 2}))
    return {"candidate": candidate, "other": other, "delivery": delivery, "ana": ana, "bo": bo,
            "criteria": (c1, c2, c3), "other_delivery": other_delivery}


def test_a_session_in_three_views(coach: Coach, scene: dict) -> None:
    result = coach.effectiveness.session(scene["delivery"])
    assert [o.observer for o in result.observers] == ["Ana Lead", "Βασίλης Trainer"]
    assert [o.weighted for o in result.observers] == pytest.approx([4.6, 3.0])
    assert result.rubric.mean == pytest.approx(3.8) and result.rubric.n == 2
    first = result.criteria[0]
    assert first.by_observer == {"Ana Lead": 4, "Βασίλης Trainer": 2} and first.mean == 3
    overall = result.item("overall")
    assert overall.estimate.n == 3 and overall.estimate.mean == pytest.approx(4.0)
    # s = 1, t(0.975, 2) = 4.3027: half width 4.3027 / sqrt(3) = 2.4841, clipped to the 1-5 scale
    assert overall.estimate.low == pytest.approx(4 - 2.4841, abs=1e-3) and overall.estimate.high == 5
    assert overall.distribution == {3: 1, 4: 1, 5: 1}
    assert result.item("clarity").estimate.n == 2 and result.item("pace").estimate.n == 0
    assert result.responses == 4 and result.response_rate == pytest.approx(0.5)
    gain = result.checks[0].gain
    assert gain.paired == 2 and gain.normalised == pytest.approx(4 / 7)
    assert gain.retention.mean == pytest.approx(6.0)
    # composite: rubric 3.8 -> 70, feedback 4.0 -> 75, gain 4/7 -> 57.14: 0.5*70 + 0.3*75 + 0.2*57.14
    assert result.composite == pytest.approx(0.5 * 70 + 0.3 * 75 + 0.2 * 400 / 7)


def test_a_candidate_against_the_cohort(coach: Coach, scene: dict) -> None:
    result = coach.effectiveness.candidate(scene["candidate"])
    assert len(result.trend) == 1
    point = result.trend[0]
    assert point.rubric == pytest.approx(3.8) and point.feedback.mean == pytest.approx(4.0)
    assert point.normalised_gain == pytest.approx(4 / 7)
    first = result.criteria[0]
    # The candidate's mean for criterion 1 is 3 (4 and 2); the other candidate's is 2: the median of 3 and 2
    assert first.mean == 3 and first.n == 2 and first.cohort_median == 2.5


def test_readiness_follows_the_rule_the_lead_sets(coach: Coach, scene: dict) -> None:
    readiness = coach.effectiveness.readiness(scene["candidate"])
    assert not readiness.ready
    assert {c.key: c.met for c in readiness.conditions} == {
        "observed": False, "rubric": False, "feedback": False, "signoff": False}
    coach.settings.set_readiness_rule(ReadinessRule(min_observed=1, last_sessions=1, rubric_threshold=3.5,
                                                    feedback_threshold=4.0, feedback_min_answers=3))
    coach.certification.sign_off(scene["candidate"], "Ready to fly")
    assert coach.effectiveness.readiness(scene["candidate"]).ready
    everyone = coach.effectiveness.readiness_all()
    assert everyone[scene["candidate"]].ready and not everyone[scene["other"]].ready
    with pytest.raises(ValidationError):
        coach.settings.set_readiness_rule(ReadinessRule(rubric_threshold=9))
    assert coach.settings.readiness_rule().rubric_threshold == 3.5


def test_certification_matrix_and_renewals(coach: Coach, scene: dict) -> None:
    soon = date.today() + timedelta(days=20)
    cert = coach.certification.award(CertificationForm(scene["candidate"], "退款流程", "intermediate",
                                                       renewal_due=soon, delivery_ids=[scene["delivery"]]))
    coach.certification.award(CertificationForm(scene["candidate"], "退款流程", "beginner"))
    matrix = coach.certification.matrix()
    assert matrix.topics == ["退款流程"] and matrix.levels[(scene["candidate"], "退款流程")] == "intermediate"
    assert [c.id for c in coach.certification.renewals_due(30)] == [cert]
    newest_first = coach.certification.list(scene["candidate"])
    assert [c.delivery_ids for c in newest_first] == [[], [scene["delivery"]]]
    with pytest.raises(ValidationError) as refused:
        coach.certification.award(CertificationForm(scene["candidate"], "X", "advanced",
                                                    delivery_ids=[scene["other_delivery"]]))
    assert "sessions this trainer gave" in str(refused.value)
    with pytest.raises(ValidationError):
        coach.certification.award(CertificationForm(scene["candidate"], " ", "guru"))
    coach.history.undo()  # the beginner award
    coach.certification.revoke(cert)
    assert coach.certification.list(scene["candidate"]) == []


def test_the_programme(coach: Coach, scene: dict) -> None:
    stages = coach.pipeline.stages()
    coach.pipeline.move(scene["candidate"], stages[3].id, "Skipped ahead")
    result = coach.effectiveness.programme()
    funnel = dict(result.funnel)
    # Both candidates are nominated; one jumped to stage 4, so it counts for stages 2-4 too.
    assert funnel[stages[0].name] == 2 and funnel[stages[1].name] == 1 and funnel[stages[3].name] == 1
    assert funnel[stages[4].name] == 0
    assert result.deliveries_per_month == [("2026-10", 2)]
    assert result.internal_share == 1.0
    assert result.time_in_stage[stages[0].name] == [0]
    month, rubric = result.monthly_rubric[0]
    # observations 4.6, 3.0 and 2.0 in October
    assert month == "2026-10" and rubric.n == 3 and rubric.mean == pytest.approx((4.6 + 3.0 + 2.0) / 3)
