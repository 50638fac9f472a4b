"""Per-question results on comprehension checks (issue 20): saved with the check, read back, imported from
question columns; bad counts refused with nothing changed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core.helpers import snapshot
from tests.core.import_files import make_session, write_csv
from trainercoach.errors import ValidationError
from trainercoach.imports.comprehension_import import import_comprehension, question_of
from trainercoach.imports.feedback_import import ImportRefused
from trainercoach.records.comprehension import CheckForm, QuestionResult, ScoreEntry
from trainercoach.services import Coach


def test_questions_saved_and_read_back(coach: Coach) -> None:
    form = CheckForm(make_session(coach), title="Ρόλοι <&> 退款", scores=[ScoreEntry("T01", 3, 8)],
                     questions=[QuestionResult(" Refund window 🙂 ", 12, 3, "Refunds"),
                                QuestionResult("Τι είναι SLA;", 12, 11, "SLA")])
    check_id = coach.comprehension.save(form)
    saved = coach.comprehension.get(check_id).form
    assert saved.questions == [QuestionResult("Refund window 🙂", 12, 3, "Refunds"),
                               QuestionResult("Τι είναι SLA;", 12, 11, "SLA")]
    coach.history.undo()
    coach.history.redo()
    assert coach.comprehension.get(check_id).form.questions[0].correct == 3


@pytest.mark.parametrize("question", [QuestionResult("", 3, 1), QuestionResult("Q", 3, 4),
                                      QuestionResult("Q", -1, 0), QuestionResult("x" * 301, 3, 1),
                                      QuestionResult("Q", 2.5, 1)])  # type: ignore[arg-type]
def test_bad_counts_refused(coach: Coach, question: QuestionResult) -> None:
    form = CheckForm(make_session(coach), questions=[question])
    before = snapshot(coach)
    with pytest.raises(ValidationError) as caught:
        coach.comprehension.save(form)
    assert list(caught.value.errors) == ["question:1"]
    assert snapshot(coach) == before


def test_question_columns_imported(coach: Coach, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "quiz.csv", [["trainee", "before", "after", "Q: Refund window | Refunds", "Q: 退款"],
                                             ["T01", "4", "8", "0", "1"], ["T02", "5", "9", "1", ""],
                                             ["T03", "2", "6", "0", "1"]])
    form = CheckForm(make_session(coach), held_on=date(2026, 1, 5))
    saved = coach.comprehension.get(import_comprehension(coach, form, path)).form
    assert saved.questions == [QuestionResult("Refund window", 3, 1, "Refunds"), QuestionResult("退款", 2, 2, "")]


def test_bad_question_cell_refused(coach: Coach, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "quiz.csv", [["trainee", "Q: Refunds"], ["T01", "yes"]])
    session_id = make_session(coach)
    before = snapshot(coach)
    with pytest.raises(ImportRefused) as caught:
        import_comprehension(coach, CheckForm(session_id), path)
    assert caught.value.problems[0].column == "Q: Refunds"
    assert snapshot(coach) == before


def test_question_header() -> None:
    assert question_of("q:  Τι είναι | SLA ") == QuestionResult("Τι είναι", 0, 0, "SLA")
    assert question_of("trainee") is None
