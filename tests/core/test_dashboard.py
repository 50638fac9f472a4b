"""The dashboard answers "what needs me today", each item pointing at the thing itself."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import text

from trainercoach.analytics.readiness import ReadinessRule
from trainercoach.records.certification import CertificationForm
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.observations import ActionItemForm, ObservationForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm, Coach


def kinds(coach: Coach, today: date | None = None) -> dict[str, list]:
    found: dict[str, list] = {}
    for item in coach.dashboard.load(today=today).attention:
        found.setdefault(item.kind, []).append(item)
    return found


def test_sessions_without_observation_or_feedback_and_overdue_items(coach: Coach) -> None:
    lead = coach.people.add("Lead", role="lead")
    candidate = coach.candidates.add(CandidateForm(name="Ελένη", mentor_id=lead))
    five_days_ago = datetime.combine(date.today() - timedelta(days=5), datetime.min.time()).replace(hour=10)
    quiet = coach.deliveries.add(DeliveryForm(candidate, five_days_ago, "退款 <b>&", trainees=12))
    found = kinds(coach)
    assert [i.delivery_id for i in found["unobserved"]] == [quiet]
    assert [i.delivery_id for i in found["no_feedback"]] == [quiet]
    assert found["no_feedback"][0].detail == "退款 <b>&" and found["no_feedback"][0].days == 5

    rubric = coach.rubrics.latest()
    coach.observations.save(ObservationForm(quiet, lead, rubric.id, {rubric.criteria[0].id: 3}, action_items=[
        ActionItemForm("Practise the opening", lead, date.today() - timedelta(days=2))]))
    coach.feedback.add_response(quiet, FeedbackEntry({"overall": 4}))
    found = kinds(coach)
    assert "unobserved" not in found and "no_feedback" not in found
    assert found["action_item"][0].detail == "Practise the opening" and found["action_item"][0].days == 2


def test_ready_candidates_and_renewals_due(coach: Coach) -> None:
    lead = coach.people.add("Lead", role="lead")
    candidate = coach.candidates.add(CandidateForm(name="王静", mentor_id=lead))
    coach.settings.set_readiness_rule(ReadinessRule(min_observed=1, last_sessions=1, feedback_min_answers=1))
    session = coach.deliveries.add(DeliveryForm(candidate, datetime(2026, 9, 1, 9), "Escalations", trainees=3))
    rubric = coach.rubrics.latest()
    coach.observations.save(ObservationForm(session, lead, rubric.id, {c.id: 5 for c in rubric.criteria}))
    coach.feedback.add_response(session, FeedbackEntry({"overall": 5}))
    assert "ready" not in kinds(coach)  # no mentor sign-off yet
    coach.certification.sign_off(candidate)
    assert [i.candidate_id for i in kinds(coach)["ready"]] == [candidate]

    coach.certification.award(CertificationForm(candidate, "Escalations", "beginner",
                                                renewal_due=date.today() + timedelta(days=10)))
    found = kinds(coach)
    assert "ready" not in found  # certified now
    assert found["renewal"][0].detail == "Escalations" and found["renewal"][0].days == -10
    later = kinds(coach, today=date.today() + timedelta(days=15))
    assert later["renewal"][0].days == 5  # overdue by five days


def test_a_session_observed_without_scores_is_observed(coach: Coach) -> None:
    """The dashboard takes a session with a scored observation as observed from its summary and looks the others
    up among the observations: an observer who left every criterion unscored still observed it."""
    lead = coach.people.add("Lead", role="lead")
    candidate = coach.candidates.add(CandidateForm(name="Ana <i>", mentor_id=lead))
    days_ago = [datetime.combine(date.today() - timedelta(days=d), datetime.min.time()).replace(hour=9)
                for d in (3, 4, 5)]
    scored, unscored, quiet = (coach.deliveries.add(DeliveryForm(candidate, when, f"Topic {i} 话题", trainees=0))
                               for i, when in enumerate(days_ago))
    rubric = coach.rubrics.latest()
    coach.observations.save(ObservationForm(scored, lead, rubric.id, {c.id: 4 for c in rubric.criteria}))
    emptied = coach.observations.save(ObservationForm(unscored, lead, rubric.id, {rubric.criteria[0].id: 2},
                                                      strengths="Watched the whole session"))
    with coach.db.engine.begin() as connection:  # its score taken back, as an older app or psql could
        connection.execute(text("UPDATE observation_score SET score = NULL WHERE observation_id = :o"),
                           {"o": emptied})
    assert [i.delivery_id for i in kinds(coach)["unobserved"]] == [quiet]
