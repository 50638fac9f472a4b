"""Imports and deletes are undoable (issue 18, point 8), with the same "has someone else changed it since?" check
as every other undo (issue 15, point 6).

An import's undo takes back exactly the forms it wrote and its record (so the same file can be imported again);
redo puts the same forms back with the same ids. A session's delete is undone with everything deleted with it —
compared as a dump of every table, before and after — and redone only if nothing changed meanwhile. Person A works
in ``coach``; colleague B in ``colleague``, a second app on the same database (SQLite file or PostgreSQL server).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text, update

from tests.core.helpers import make_form, snapshot
from tests.core.import_files import GENERIC, write_csv
from trainercoach.errors import Conflict, NotFound
from trainercoach.imports.comprehension_import import import_comprehension
from trainercoach.imports.feedback_import import DuplicateImport, import_feedback
from trainercoach.models import FeedbackResponse
from trainercoach.records.calibration import ExerciseForm, TargetForm
from trainercoach.records.certification import CertificationForm
from trainercoach.records.comprehension import CheckForm, QuestionResult, ScoreEntry
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.gaps import CaseForm, EvidenceForm, GapForm
from trainercoach.records.observations import ActionItemForm, ObservationForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import Coach
from trainercoach.services.row_tree import tables_under

ROWS = [GENERIC, [5, 4, 3, 4, 5, 5, 9, "Πολύ καλό 👍"], [2, 3, 3, "", 2, 2, 4, "讲得太快 <&"],
        ["", "", "", "", "", 4, "", ""], [4, 4, 4, 4, 4, 4, 8, "=SUM(A1)"]]


@pytest.fixture
def colleague(coach: Coach) -> Iterator[Coach]:
    other = Coach.open(coach.db.url, actor="Colleague B")
    yield other
    other.close()


def refused(coach: Coach, *, redo: bool = False) -> str:
    with pytest.raises(Conflict) as raised:
        coach.history.redo() if redo else coach.history.undo()
    return str(raised.value)


def a_session(coach: Coach, topic: str = "Refunds 退款", name: str = "Μαρία Παπαδοπούλου") -> int:
    lead = coach.people.add("Lead Λ", role="lead")
    candidate = coach.candidates.add(make_form(name, mentor_id=lead))
    return coach.deliveries.add(DeliveryForm(candidate, datetime(2026, 6, 1, 9), topic, trainees=8,
                                             observer_ids=[lead]))


def figures(coach: Coach, session: int) -> tuple[object, ...]:
    """What the session page and its report show of the feedback: the count, rate and each item's mean and n."""
    found = coach.effectiveness.session(session)
    return (found.responses, found.response_rate, found.composite,
            [(item.key, item.estimate.mean, item.estimate.n) for item in found.feedback])


# -- imports -----------------------------------------------------------------------------------------------------
def test_undo_of_an_import_takes_back_its_forms_and_redo_puts_them_back(coach: Coach, tmp_path: Path) -> None:
    session = a_session(coach)
    coach.feedback.add_response(session, FeedbackEntry({"overall": 3}, "typed before"))
    before, rows_before = figures(coach, session), snapshot(coach)
    import_feedback(coach, session, write_csv(tmp_path / "survey.csv", ROWS))
    imported, rows_imported = figures(coach, session), snapshot(coach)
    assert imported[0] == 5 and coach.history.undo_label == "Import feedback from survey.csv"

    assert coach.history.undo() == "Import feedback from survey.csv"
    assert figures(coach, session) == before
    assert snapshot(coach) == rows_before  # the typed form stays; the import's record is gone too
    assert coach.history.redo_label == "Import feedback from survey.csv"
    coach.history.redo()
    assert figures(coach, session) == imported
    assert snapshot(coach) == rows_imported  # the same forms, with the same ids
    coach.history.undo()
    assert snapshot(coach) == rows_before


def test_after_undo_the_same_file_can_be_imported_again(coach: Coach, tmp_path: Path) -> None:
    session = a_session(coach)
    path = write_csv(tmp_path / "survey.csv", ROWS)
    import_feedback(coach, session, path)
    with pytest.raises(DuplicateImport):
        import_feedback(coach, session, path)
    coach.history.undo()
    assert coach.feedback.earlier_import(_sha(path)) is None
    assert import_feedback(coach, session, path).imported == 4
    assert coach.feedback.count(session) == 4


def _sha(path: Path) -> str:
    from trainercoach.imports.feedback_import import file_sha256

    return file_sha256(path)


def test_undo_of_an_import_keeps_a_form_a_colleague_changed(coach: Coach, colleague: Coach, tmp_path: Path) -> None:
    session = a_session(coach)
    import_feedback(coach, session, write_csv(tmp_path / "survey.csv", ROWS))
    form = coach.feedback.responses(session)[1].id
    with colleague.db.transaction() as write:  # another app (an older one, a script) corrects a comment
        write.execute(update(FeedbackResponse).where(FeedbackResponse.id == form).values(comment="讲得太快 <&!"))
    kept = snapshot(coach)
    assert "changed" in refused(coach)
    assert snapshot(coach) == kept and coach.feedback.count(session) == 4
    assert not coach.history.can_undo or coach.history.undo_label != "Import feedback from survey.csv"


def test_undo_of_an_import_keeps_an_answer_a_colleague_changed_or_added(coach: Coach, colleague: Coach,
                                                                         tmp_path: Path) -> None:
    session = a_session(coach)
    import_feedback(coach, session, write_csv(tmp_path / "survey.csv", ROWS))
    form = coach.feedback.responses(session)[2].id  # answered only "overall"
    with colleague.db.transaction() as write:
        write.execute(text("INSERT INTO feedback_answer (response_id, item_id, value) "
                           "SELECT :form, id, 5 FROM feedback_item WHERE key = 'clarity'"), {"form": form})
    kept = snapshot(coach)
    refused(coach)
    assert snapshot(coach) == kept


def test_undo_of_an_import_someone_deleted_says_so(coach: Coach, colleague: Coach, tmp_path: Path) -> None:
    session = a_session(coach)
    import_feedback(coach, session, write_csv(tmp_path / "survey.csv", ROWS))
    with colleague.db.transaction() as write:
        write.execute(text("DELETE FROM feedback_import"))
    assert "since" in refused(coach)
    assert coach.feedback.count(session) == 0


def test_redo_of_an_import_refused_when_the_file_was_imported_again(coach: Coach, colleague: Coach,
                                                                     tmp_path: Path) -> None:
    session = a_session(coach)
    path = write_csv(tmp_path / "survey.csv", ROWS)
    import_feedback(coach, session, path)
    coach.history.undo()
    import_feedback(colleague, session, path)  # B imports the same file meanwhile
    kept = snapshot(coach)
    assert "twice" in refused(coach, redo=True)
    assert snapshot(coach) == kept and coach.feedback.count(session) == 4


def test_redo_of_an_import_into_a_deleted_session_is_refused(coach: Coach, colleague: Coach, tmp_path: Path) -> None:
    session = a_session(coach)
    import_feedback(coach, session, write_csv(tmp_path / "survey.csv", ROWS))
    coach.history.undo()
    colleague.deliveries.delete(session)
    with pytest.raises(NotFound):
        coach.history.redo()


def test_a_large_import_written_in_batches_is_undone_whole(coach: Coach, tmp_path: Path) -> None:
    """The fingerprint the import adds up batch by batch is the one its undo reads back."""
    session = a_session(coach)
    rows = [GENERIC] + [[n % 5 + 1, "", 3, 4, "", n % 4 + 1, n % 11, f"comment {n} ✓" if n % 3 else ""]
                        for n in range(2500)]
    path = write_csv(tmp_path / "big.csv", rows)
    before = snapshot(coach)
    total = coach.feedback.write_import(session, path.name, _sha(path), (
        FeedbackEntry({k: v for k, v in zip(GENERIC[:-1], r[:-1], strict=True) if v != ""}, r[-1]) for r in rows[1:]),
        batch=700)
    assert total == 2500
    coach.history.undo()
    assert snapshot(coach) == before


def test_an_imported_comprehension_check_is_undone_and_redone(coach: Coach, tmp_path: Path) -> None:
    session = a_session(coach)
    path = write_csv(tmp_path / "quiz.csv", [["trainee", "before", "after"], ["T01", "4", "8"], ["学员二", "5", "9"]])
    form = CheckForm(session, "daily_quiz", "Day 1 quiz", 10.0, date(2026, 6, 1))
    check = import_comprehension(coach, form, path)
    coach.history.undo()
    assert coach.comprehension.for_delivery(session) == []
    coach.history.redo()
    assert coach.comprehension.get(check).form.scores == [ScoreEntry("T01", 4, 8), ScoreEntry("学员二", 5, 9)]


# -- deleting a session --------------------------------------------------------------------------------------------
def test_a_session_delete_reaches_every_table_that_hangs_off_it() -> None:
    """Found from the foreign keys: a table added later under a session is restored too."""
    assert set(tables_under("delivery")) == {
        "delivery", "delivery_observer", "observation", "observation_score", "action_item", "feedback_import",
        "feedback_response", "feedback_answer", "comprehension_check", "comprehension_score",
        "certification_evidence", "check_question", "gap_evidence", "case_session"}


def a_full_session(coach: Coach, tmp_path: Path) -> int:
    """A session with something in every table under it, and a calibration exercise pointing at it."""
    session = a_session(coach)
    lead = coach.people.list()[0].id
    rubric = coach.rubrics.latest()
    criteria = [c.id for c in rubric.criteria]
    coach.observations.save(ObservationForm(session, lead, rubric.id, {criteria[0]: 4, criteria[1]: None},
                                            strengths="Σαφές", action_items=[ActionItemForm("Slow down 慢一点", lead)]))
    coach.feedback.add_responses(session, [FeedbackEntry({"overall": 4}, "typed <&")])
    import_feedback(coach, session, write_csv(tmp_path / "survey.csv", ROWS))
    check = coach.comprehension.save(CheckForm(session, "daily_quiz", "Quiz", 10.0, date(2026, 6, 1), None,
                                               [ScoreEntry("T01", 4, 8)],
                                               [QuestionResult("When do you escalate? 何时升级", 10, 3)]))
    # Issue 20's tables under a session: a gap's evidence from its check, and a business case given in it.
    gap = coach.gaps.add(GapForm("Escalation <&> 升级"), EvidenceForm("check", check_id=check))
    learner = coach.candidates.add(make_form("Ελένη 李"))
    case = coach.cases.add(CaseForm(learner, gap, "When to escalate"))
    coach.cases.link_session(case, session)
    candidate = coach.deliveries.get(session).form.candidate_id
    coach.certification.award(CertificationForm(candidate, "Refunds 退款", delivery_ids=[session]))
    coach.calibration.create(ExerciseForm("Calibration 1", rubric.id, [lead, coach.people.add("Mentor 王")],
                                          [TargetForm("Clip", session)]))
    return session


def test_undo_of_a_session_delete_restores_every_row(coach: Coach, tmp_path: Path) -> None:
    session = a_full_session(coach, tmp_path)
    before = snapshot(coach)
    assert all(before[table] for table in tables_under("delivery"))  # every table really has rows to lose
    coach.deliveries.delete(session)
    deleted = snapshot(coach)
    assert all(not deleted[table] for table in tables_under("delivery"))
    assert coach.history.undo_label == "Delete session Refunds 退款"

    assert coach.history.undo() == "Delete session Refunds 退款"
    assert snapshot(coach) == before  # same ids, same values, the calibration link back
    coach.history.redo()
    assert snapshot(coach) == deleted
    coach.history.undo()
    assert snapshot(coach) == before
    # what came back is the session as it was: editable (its version as before) and its earlier undo steps work
    detail = coach.deliveries.get(session)
    coach.deliveries.update(session, DeliveryForm(**{**detail.form.__dict__, "topic": "Refunds, part 2"}),
                            expected_version=detail.version)
    coach.history.undo()
    assert coach.deliveries.get(session).form.topic == "Refunds 退款"


def test_undo_of_a_delete_refused_when_a_new_session_took_its_place(coach: Coach, colleague: Coach,
                                                                     tmp_path: Path) -> None:
    session = a_session(coach)
    code = coach.deliveries.get(session).code
    candidate = coach.deliveries.get(session).form.candidate_id
    coach.deliveries.delete(session)
    other = colleague.deliveries.add(DeliveryForm(candidate, datetime(2026, 6, 2, 9), "Re-created", trainees=5))
    if other != session:  # PostgreSQL never hands an id out twice; the code is what a re-created session can take
        with colleague.db.transaction() as write:
            write.execute(text("UPDATE delivery SET code = :code WHERE id = :id"), {"code": code, "id": other})
    kept = snapshot(coach)
    assert "taken" in refused(coach)
    assert snapshot(coach) == kept
    assert colleague.deliveries.get(other).form.topic == "Re-created"


def test_undo_of_a_delete_refused_when_the_candidate_is_gone(coach: Coach, colleague: Coach) -> None:
    session = a_session(coach, name="Liam Murphy")
    candidate = coach.deliveries.get(session).form.candidate_id
    coach.deliveries.delete(session)
    with colleague.db.transaction() as write:
        write.execute(text("DELETE FROM candidate WHERE id = :id"), {"id": candidate})
    kept = snapshot(coach)
    assert "candidate" in refused(coach)
    assert snapshot(coach) == kept


def test_redo_of_a_delete_keeps_what_a_colleague_added_or_changed(coach: Coach, colleague: Coach,
                                                                   tmp_path: Path) -> None:
    session = a_full_session(coach, tmp_path)
    coach.deliveries.delete(session)
    coach.history.undo()
    colleague.feedback.add_response(session, FeedbackEntry({"overall": 5}, "B's form"))
    assert "since" in refused(coach, redo=True)
    assert coach.feedback.count(session) == 6

    coach.deliveries.delete(session)
    coach.history.undo()
    check = coach.comprehension.for_delivery(session)[0]
    colleague.comprehension.save(CheckForm(**{**check.form.__dict__, "title": "Quiz one"}), check.id)
    refused(coach, redo=True)
    assert coach.comprehension.get(check.id).form.title == "Quiz one"


def test_an_earlier_undo_after_a_restored_delete_meets_the_usual_check(coach: Coach, colleague: Coach) -> None:
    """Logging then deleting then undoing the delete: undoing the logging still refuses a colleague's later edit."""
    session = a_session(coach)
    coach.deliveries.delete(session)
    coach.history.undo()
    theirs = colleague.deliveries.get(session)
    colleague.deliveries.update(session, DeliveryForm(**{**theirs.form.__dict__, "notes": "B"}),
                                expected_version=theirs.version)
    refused(coach)
    assert coach.deliveries.get(session).form.notes == "B"


# -- deleting a stage ----------------------------------------------------------------------------------------------
def test_undo_of_deleting_a_stage_puts_it_back_where_it_was(coach: Coach, colleague: Coach) -> None:
    stage = coach.pipeline.add_stage("Shadowing 跟岗", "pipeline")
    before = snapshot(coach)
    coach.pipeline.delete_stage(stage)
    assert coach.history.undo_label == "Delete stage Shadowing 跟岗"
    coach.history.undo()
    assert snapshot(coach) == before
    coach.history.redo()
    assert "Shadowing 跟岗" not in [s.name for s in coach.pipeline.stages()]

    colleague.pipeline.add_stage("Shadowing 跟岗")  # B adds one of the same name meanwhile
    kept = snapshot(coach)
    refused(coach)
    assert snapshot(coach) == kept

    other = coach.pipeline.add_stage("Peer review")
    coach.pipeline.delete_stage(other)
    coach.history.undo()
    colleague.pipeline.rename_stage(other, "Peer review ✓")
    refused(coach, redo=True)
    assert "Peer review ✓" in [s.name for s in coach.pipeline.stages()]
