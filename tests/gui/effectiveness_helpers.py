"""A hand-built session with two observers, trainee feedback and a comprehension check, for the
effectiveness tests: small enough to work out by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from trainercoach.records.comprehension import CheckForm, ScoreEntry
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.observations import ObservationForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm


def add_session(coach, candidate: int, topic: str, *, days_ago: int = 3, trainees: int = 10,
                observer_ids: list[int] | None = None) -> int:
    return coach.deliveries.add(DeliveryForm(
        candidate_id=candidate, topic=topic, trainees=trainees, observer_ids=observer_ids or [],
        starts_at=datetime.now().replace(second=0, microsecond=0) - timedelta(days=days_ago)))


def observe(coach, delivery: int, observer: int, score: int) -> None:
    rubric = coach.rubrics.latest()
    coach.observations.save(ObservationForm(delivery, observer, rubric.id,
                                            {c.id: score for c in rubric.criteria}, recommendation="ready"))


def hand_built(coach) -> tuple[int, int]:
    """Candidate 王静, one session: observers 3 and 5 on every criterion, overall answers 4, 5, 5, 3 from
    10 trainees, a quiz (max 10) with three paired trainees 4→8, 6→9, 5→7 and one without a before score."""
    candidate = coach.candidates.add(CandidateForm(name="王静"))
    anna = coach.people.add("Anna Lead", role="lead")
    giorgos = coach.people.add("Γιώργος Παπάς", role="trainer")
    session = add_session(coach, candidate, "退款流程 — Επιστροφές", observer_ids=[anna, giorgos])
    observe(coach, session, anna, 3)
    observe(coach, session, giorgos, 5)
    for overall, clarity in ((4, 4), (5, 5), (5, 4), (3, None)):
        coach.feedback.add_response(session, FeedbackEntry({"overall": overall, "clarity": clarity}))
    coach.comprehension.save(CheckForm(session, "daily_quiz", "Refund rules", 10.0, date.today(), None, [
        ScoreEntry("T01", 4, 8), ScoreEntry("T02", 6, 9), ScoreEntry("T03", 5, 7), ScoreEntry("T04", None, 6)]))
    return candidate, session
