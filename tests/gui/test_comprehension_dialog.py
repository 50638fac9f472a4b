"""A comprehension check typed as the marked papers come back: scores down a column, Enter after each."""

from __future__ import annotations

import os
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.gui.conftest import type_text
from trainercoach.gui.dialogs.comprehension_dialog import ComprehensionDialog
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm


@pytest.fixture
def session(coach) -> int:
    candidate = coach.candidates.add(CandidateForm(name="Νίκος"))
    return coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2025, 3, 14, 9, 30),
                                             topic="退款规则 Refund rules", trainees=4))


@pytest.fixture
def dialog(qtbot, coach, session):
    opened = ComprehensionDialog(coach, session)
    qtbot.addWidget(opened)
    with qtbot.waitActive(opened):
        opened.show()
        opened.activateWindow()
    return opened


def type_column(qtbot, dialog, column: int, values: list[str]) -> None:
    view = dialog.ui.scoresView
    view.setFocus()
    view.setCurrentIndex(dialog.model.index(0, column))
    for value in values:
        for char in value:  # each key to what has the focus: the first opens the cell's editor
            type_text(QApplication.focusWidget(), char)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.wait(10)  # the event loop runs between a person's keys: the editor closes, the cell moves down


def test_a_quiz_typed_with_the_keyboard_is_saved(qtbot, coach, session, dialog) -> None:
    assert [row[0] for row in dialog.model.rows] == ["T01", "T02", "T03", "T04"]
    type_text(dialog.ui.titleEdit, "Κανόνες επιστροφών 退款")
    dialog.ui.maxScoreSpin.setValue(20)
    type_column(qtbot, dialog, 1, ["8", "11", "", "9,5"])
    type_column(qtbot, dialog, 2, ["15", "18", "", "17"])
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible(), dialog.ui.errorList.item(0).text() if dialog.ui.errorList.count() else ""
    [check] = coach.comprehension.for_delivery(session)
    assert check.form.title == "Κανόνες επιστροφών 退款"
    assert check.form.max_score == 20
    assert check.form.held_on == date(2025, 3, 14)
    assert [(s.trainee, s.pre, s.post) for s in check.form.scores] == [
        ("T01", 8, 15), ("T02", 11, 18), ("T04", 9.5, 17)]  # T03 was absent: no row


def test_a_score_above_the_maximum_is_refused_on_its_row(qtbot, coach, session, dialog) -> None:
    type_column(qtbot, dialog, 1, ["8", "", "12"])
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert coach.comprehension.for_delivery(session) == []
    assert "above the maximum" in dialog.ui.errorList.item(0).text()
    assert dialog.model.headerData(2, Qt.Orientation.Vertical).startswith("⚠")
    assert dialog.model.rows[2][1] == "12"  # what was typed stays


def test_scores_imported_from_a_file_fill_the_table(qtbot, coach, session, dialog, tmp_path) -> None:
    path = tmp_path / "quiz.csv"
    path.write_text("trainee,before,after\nA1,3,9\nA2,4,10\n", encoding="utf-8")
    assert dialog.import_scores(str(path))
    assert dialog.model.rows == [["A1", "3", "9", ""], ["A2", "4", "10", ""]]
    bad = tmp_path / "bad.csv"
    bad.write_text("trainee,before\nA1,lots\n", encoding="utf-8")
    assert not dialog.import_scores(str(bad))
    assert "Line 2" in dialog.ui.errorList.item(0).text()
    assert dialog.model.rows[0][0] == "A1"  # the table kept what it had
    out = os.environ.get("TRAINERCOACH_SHOTS")
    if out:
        dialog.grab().save(os.path.join(out, "comprehension.png"))


def test_enter_after_each_score_fills_the_next_trainee_as_a_running_app_does(qtbot, coach, session, dialog) -> None:
    """Issue 18.1: with the event loop running between keys (as it does for a person), ``4⏎5⏎6⏎`` filled
    T01, T03, T05: the Enter went down once from the view and once more when the editor closed."""
    view = dialog.ui.scoresView
    view.setFocus()
    view.setCurrentIndex(dialog.model.index(0, 1))
    messages: list[str] = []
    from PySide6.QtCore import qInstallMessageHandler

    previous = qInstallMessageHandler(lambda kind, context, message: messages.append(message))
    try:
        for value in ("4", "5", "6"):
            qtbot.keyClicks(QApplication.focusWidget(), value)
            qtbot.wait(30)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            qtbot.wait(30)
    finally:
        qInstallMessageHandler(previous)
    assert [row[1] for row in dialog.model.rows[:4]] == ["4", "5", "6", ""]
    assert view.currentIndex().row() == 3
    assert not [m for m in messages if "commitData" in m], messages


def test_editing_a_check_keeps_its_questions(qtbot, coach, session) -> None:
    """Issue 20: the per-question results have no table in the dialog; editing the check keeps them."""
    from trainercoach.records.comprehension import CheckForm, QuestionResult, ScoreEntry

    questions = [QuestionResult("Πότε κλιμακώνετε; <&>", 4, 1, "退款")]
    check = coach.comprehension.save(CheckForm(session, title="Day 1", scores=[ScoreEntry("T01", 3, 7)],
                                               questions=questions))
    opened = ComprehensionDialog(coach, session, check)
    qtbot.addWidget(opened)
    opened.ui.titleEdit.setText("Day 1 (again)")
    opened.save()
    saved = coach.comprehension.get(check).form
    assert saved.title == "Day 1 (again)" and saved.questions == questions
