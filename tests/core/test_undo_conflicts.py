"""Undo and redo meet the same question as a save: has someone else changed this since? (issue 15, point 6)

Person A works in one app, colleague B in another on the same database (a second ``Coach``: on SQLite a second
connection to the file, on PostgreSQL a second login session). B saves after A's action; A presses Undo. The undo
is refused in words (``Conflict``), B's change is kept, and the stale entry leaves the history. Records with a
version column are compared by version; the others (checks, milestones, action items, certifications, feedback
forms) by what this app left them as.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import update

from tests.core.helpers import make_form, stage_id
from trainercoach.errors import Conflict
from trainercoach.models import FeedbackResponse
from trainercoach.records.certification import CertificationForm
from trainercoach.records.comprehension import CheckForm, ScoreEntry
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.observations import ActionItemForm, ObservationForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import Coach


@pytest.fixture
def colleague(coach: Coach) -> Iterator[Coach]:
    other = Coach.open(coach.db.url, actor="Colleague B")
    yield other
    other.close()


def refused(coach: Coach, *, redo: bool = False) -> Conflict:
    """A's undo (or redo) is refused in words and dropped, so pressing it again goes to the entry before."""
    with pytest.raises(Conflict) as raised:
        coach.history.redo() if redo else coach.history.undo()
    assert "someone else" in str(raised.value) or "since" in str(raised.value)
    return raised.value


def a_session(coach: Coach, topic: str = "Refunds 退款") -> tuple[int, int, int]:
    lead = coach.people.add("Lead Λ", role="lead")
    candidate = coach.candidates.add(make_form("Μαρία Παπαδοπούλου", mentor_id=lead))
    session = coach.deliveries.add(DeliveryForm(candidate, datetime(2026, 6, 1, 9), topic, trainees=8))
    return lead, candidate, session


def test_undo_of_a_candidate_edit_keeps_a_colleagues_later_save(coach: Coach, colleague: Coach) -> None:
    candidate = coach.candidates.add(make_form("Ana Lima", notes="first"))
    coach.candidates.update(candidate, make_form("Ana Lima", notes="mine"))
    theirs = colleague.candidates.get(candidate)
    colleague.candidates.update(candidate, replace(theirs.form, site="Lisbon"), expected_version=theirs.version)

    conflict = refused(coach)
    assert "Ana Lima" in str(conflict)
    saved = coach.candidates.get(candidate).form
    assert (saved.notes, saved.site) == ("mine", "Lisbon")
    assert coach.history.undo_label == "Add Ana Lima"  # the refused entry is gone


def test_redo_of_a_candidate_edit_keeps_a_colleagues_later_save(coach: Coach, colleague: Coach) -> None:
    candidate = coach.candidates.add(make_form("Ana Lima", notes="first"))
    coach.candidates.update(candidate, make_form("Ana Lima", notes="mine"))
    coach.history.undo()
    theirs = colleague.candidates.get(candidate)
    colleague.candidates.update(candidate, replace(theirs.form, site="Porto"), expected_version=theirs.version)
    refused(coach, redo=True)
    saved = coach.candidates.get(candidate).form
    assert (saved.notes, saved.site) == ("first", "Porto")


def test_undo_of_adding_a_candidate_keeps_the_session_a_colleague_logged(coach: Coach, colleague: Coach) -> None:
    candidate = coach.candidates.add(make_form("Liam Murphy"))
    session = colleague.deliveries.add(DeliveryForm(candidate, datetime(2026, 6, 1, 9), "Returns"))
    conflict = refused(coach)
    assert "Liam Murphy" in str(conflict)
    assert colleague.deliveries.get(session).form.topic == "Returns"


def test_undo_of_a_move_keeps_a_colleagues_later_save(coach: Coach, colleague: Coach) -> None:
    candidate = coach.candidates.add(make_form("Rui Almeida"))
    coach.pipeline.move(candidate, stage_id(coach, "Screening"), "Screening chat booked.")
    theirs = colleague.candidates.get(candidate)
    colleague.candidates.update(candidate, replace(theirs.form, notes="B's note"), expected_version=theirs.version)
    refused(coach)
    detail = coach.candidates.get(candidate)
    assert (detail.stage_name, detail.form.notes) == ("Screening", "B's note")


def test_undo_of_logging_a_session_keeps_a_colleagues_edit_and_feedback(coach: Coach, colleague: Coach) -> None:
    _lead, _candidate, session = a_session(coach)
    theirs = colleague.deliveries.get(session)
    colleague.deliveries.update(session, replace(theirs.form, topic="Refunds, part 2"), expected_version=theirs.version)
    refused(coach)
    assert coach.deliveries.get(session).form.topic == "Refunds, part 2"

    _lead, _candidate, second = a_session(coach, "Escalations")
    colleague.feedback.add_response(second, FeedbackEntry({"overall": 4}))
    assert "feedback" in str(refused(coach))
    assert coach.feedback.count(second) == 1


def test_undo_of_adding_an_observation_keeps_a_colleagues_edit(coach: Coach, colleague: Coach) -> None:
    lead, _candidate, session = a_session(coach)
    rubric = coach.rubrics.latest()
    criterion = rubric.criteria[0].id
    observation = coach.observations.save(ObservationForm(session, lead, rubric.id, {criterion: 3}))
    theirs = colleague.observations.get(observation)
    colleague.observations.save(replace(theirs.form, strengths="Clear opening"), observation,
                                expected_version=theirs.version)
    refused(coach)
    assert coach.observations.get(observation).form.strengths == "Clear opening"


def test_redo_of_deleting_an_observation_keeps_a_colleagues_edit(coach: Coach, colleague: Coach) -> None:
    lead, _candidate, session = a_session(coach)
    rubric = coach.rubrics.latest()
    observation = coach.observations.save(ObservationForm(session, lead, rubric.id, {rubric.criteria[0].id: 4}))
    coach.observations.delete(observation)
    coach.history.undo()  # back again
    theirs = colleague.observations.get(observation)
    colleague.observations.save(replace(theirs.form, improvements="Slow down"), observation,
                                expected_version=theirs.version)
    refused(coach, redo=True)
    assert coach.observations.get(observation).form.improvements == "Slow down"


def test_undo_of_closing_an_action_item_keeps_a_colleague_reopening_it(coach: Coach, colleague: Coach) -> None:
    lead, _candidate, session = a_session(coach)
    rubric = coach.rubrics.latest()
    coach.observations.save(ObservationForm(session, lead, rubric.id, {rubric.criteria[0].id: 4},
                                            action_items=[ActionItemForm("Practise the opening", lead)]))
    item = coach.action_items.list()[0].id
    coach.action_items.set_done(item, True)
    colleague.action_items.set_done(item, False)  # B reopens it: A's undo (reopen) would not be A's to make
    refused(coach)
    assert [i.id for i in coach.action_items.list(open_only=True)] == [item]


def test_undo_of_a_check_edit_and_add_keeps_a_colleagues_edit(coach: Coach, colleague: Coach) -> None:
    _lead, _candidate, session = a_session(coach)
    form = CheckForm(session, "daily_quiz", "Quiz 1 ", 10, date(2026, 6, 1), None, [ScoreEntry(" T01", 4, 8)])
    check = coach.comprehension.save(form)
    theirs = colleague.comprehension.get(check).form
    colleague.comprehension.save(replace(theirs, title="Quiz one"), check)
    refused(coach)  # the undo of adding it would delete B's title
    assert coach.comprehension.get(check).form.title == "Quiz one"

    coach.comprehension.save(replace(coach.comprehension.get(check).form, max_score=20), check)
    theirs = colleague.comprehension.get(check).form
    colleague.comprehension.save(replace(theirs, scores=[ScoreEntry("T01", 5, 9)]), check)
    refused(coach)
    saved = coach.comprehension.get(check).form
    assert (saved.max_score, saved.scores) == (20, [ScoreEntry("T01", 5, 9)])


def test_undo_without_a_colleague_still_works_for_checks(coach: Coach) -> None:
    _lead, _candidate, session = a_session(coach)
    check = coach.comprehension.save(CheckForm(session, "daily_quiz", " Quiz ", 10, None, None,
                                               [ScoreEntry(" T01 ", 2.5, 7.25)]))
    coach.comprehension.save(replace(coach.comprehension.get(check).form, title="Quiz 2"), check)
    coach.history.undo()
    assert coach.comprehension.get(check).form.title == "Quiz"
    coach.history.redo()
    coach.history.undo()
    coach.history.undo()
    assert coach.comprehension.for_delivery(session) == []


def test_undo_of_a_milestone_keeps_a_colleagues_later_save(coach: Coach, colleague: Coach) -> None:
    candidate = coach.candidates.add(make_form("Grace Doyle"))
    coach.milestones.set(candidate, "guided_practice", "in_progress")
    colleague.milestones.set(candidate, "guided_practice", "done", date(2026, 5, 1), "certificate")
    refused(coach)
    milestone = next(m for m in coach.candidates.get(candidate).milestones if m.component == "guided_practice")
    assert (milestone.status, milestone.evidence) == ("done", "certificate")


def test_undo_of_a_certification_keeps_a_colleagues_revoke(coach: Coach, colleague: Coach) -> None:
    candidate = coach.candidates.add(make_form("王静"))
    certification = coach.certification.award(CertificationForm(candidate, "Escalations"))
    colleague.certification.revoke(certification)
    colleague.history.undo()
    colleague.certification.revoke(certification)
    refused(coach)
    assert coach.certification.list(candidate) == []


def test_undo_of_adding_feedback_keeps_forms_a_colleague_changed(coach: Coach, colleague: Coach) -> None:
    _lead, _candidate, session = a_session(coach)
    ids = coach.feedback.add_responses(session, [FeedbackEntry({"overall": 4}, "good"), FeedbackEntry({"overall": 2})])
    with colleague.db.transaction() as write:  # another app (an older one, a script) edits a form
        write.execute(update(FeedbackResponse).where(FeedbackResponse.id == ids[1]).values(comment="too fast"))
    refused(coach)
    assert coach.feedback.count(session) == 2


def test_undo_of_adding_feedback_without_a_colleague_takes_them_back(coach: Coach) -> None:
    _lead, _candidate, session = a_session(coach)
    coach.feedback.add_responses(session, [FeedbackEntry({"overall": 4}, " good "),
                                           FeedbackEntry({}, "only a comment")])
    coach.history.undo()
    assert coach.feedback.count(session) == 0
    coach.history.redo()
    assert coach.feedback.count(session) == 2
