"""Typing a pile of paper feedback forms with the keyboard only, as a trainer does after a session."""

from __future__ import annotations

import os
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from tests.gui.conftest import type_text
from trainercoach.gui.dialogs.feedback_entry_dialog import FeedbackEntryDialog
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm

KEYS = ["clarity", "relevance", "pace", "engagement", "confidence", "overall", "recommend"]


@pytest.fixture
def session(coach) -> int:
    candidate = coach.candidates.add(CandidateForm(name="Ελένη Παπαδοπούλου"))
    return coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2025, 3, 14, 9, 30),
                                             topic="Χειρισμός παραπόνων 处理投诉", trainees=30))


@pytest.fixture
def dialog(qtbot, coach, session, monkeypatch):
    # Closing at the end of a test with forms typed asks first; the answer is "discard" unless a test says.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    opened = FeedbackEntryDialog(coach, session)
    qtbot.addWidget(opened)
    with qtbot.waitActive(opened):
        opened.show()
        opened.activateWindow()
    opened.ui.formsView.setFocus()
    return opened


def keys(qtbot, text: str) -> None:
    """Keys as a person presses them, each to whatever has the focus (the table, or the comment's editor)."""
    for char in text:
        target = QApplication.focusWidget()
        if char == "\t":
            qtbot.keyClick(target, Qt.Key.Key_Tab)
        elif char == "\n":
            qtbot.keyClick(target, Qt.Key.Key_Return)
        elif char == " ":
            qtbot.keyClick(target, Qt.Key.Key_Space)
        else:
            type_text(target, char)


def answer_incomplete(when_dialog_opens, button: str, seen: list[str] | None = None) -> None:
    """Answer the question Save asks about forms with unanswered questions by clicking ``button``."""

    def click(box) -> None:
        if seen is not None:
            seen.append(f"{box.text()}\n{box.informativeText()}")
        next(b for b in box.buttons() if b.text().replace("&", "").startswith(button)).click()

    when_dialog_opens(click)


def test_a_pile_of_three_forms_typed_with_the_keyboard_is_saved_in_one_go(qtbot, coach, session, dialog,
                                                                          when_dialog_opens) -> None:
    keys(qtbot, "4534459")  # every question; the cursor lands on the comment
    keys(qtbot, "Πολύ καλό <b>&</b> 很好\n")
    keys(qtbot, "55 4\n")  # three answers, a blank between, the rest left blank: Enter starts the next form
    keys(qtbot, "1111111")
    keys(qtbot, "0\t")  # "1" then "0" on the 0-10 question is ten; Tab past the comment: next form
    assert dialog.ui.countLabel.text().startswith("3 ")
    assert dialog.model.rowCount() == 4  # the three forms and the blank next one

    answer_incomplete(when_dialog_opens, "Save as typed")  # the second form has 3 of 7 answers
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    assert not dialog.isVisible()
    saved = coach.feedback.responses(session)
    assert [r.source for r in saved] == ["paper"] * 3
    assert saved[0].answers == dict(zip(KEYS, [4, 5, 3, 4, 4, 5, 9], strict=True))
    assert saved[0].comment == "Πολύ καλό <b>&</b> 很好"
    assert saved[1].answers == {"clarity": 5, "relevance": 5, "engagement": 4}
    assert saved[1].comment == ""
    assert saved[2].answers == {**dict.fromkeys(KEYS[:6], 1), "recommend": 10}


def test_an_out_of_range_key_is_refused_and_the_cursor_stays(qtbot, dialog) -> None:
    keys(qtbot, "6")
    assert dialog.model.data(dialog.model.index(0, 0)) == ""
    assert dialog.ui.formsView.currentIndex().column() == 0
    assert "1 to 5" in dialog.ui.keyLabel.text()
    keys(qtbot, "x0")
    assert dialog.model.typed() == 0
    keys(qtbot, "3")
    assert dialog.model.data(dialog.model.index(0, 0)) == "3"
    assert dialog.ui.formsView.currentIndex().column() == 1
    assert dialog.ui.keyLabel.text() == ""


def test_refused_forms_are_marked_and_nothing_typed_is_lost(qtbot, coach, session, dialog, monkeypatch,
                                                            when_dialog_opens) -> None:
    keys(qtbot, "5\n4\n")
    dialog.model.forms[1].comment = "x" * 20_001  # more than the service keeps: refused by it
    answer_incomplete(when_dialog_opens, "Save as typed")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert coach.feedback.responses(session) == []
    assert not dialog.ui.errorList.isHidden()
    assert "Row 2" in dialog.ui.errorList.item(0).text()
    assert dialog.model.headerData(1, Qt.Orientation.Vertical).startswith("⚠")
    assert dialog.model.typed() == 2

    dialog.ui.formsView.setCurrentIndex(dialog.model.index(1, 0))
    dialog.ui.deleteButton.click()
    answer_incomplete(when_dialog_opens, "Save as typed")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert [r.answers for r in coach.feedback.responses(session)] == [{"clarity": 5}]


def test_closing_with_typed_forms_asks_first(qtbot, coach, session, dialog, monkeypatch) -> None:
    keys(qtbot, "5")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()
    assert coach.feedback.responses(session) == []


def test_a_screenshot_shows_every_script(qtbot, coach, session, dialog, tmp_path) -> None:
    coach.feedback.add_responses(session, [FeedbackEntry({"clarity": 5})])
    keys(qtbot, "4534459Πολύ καλό 很好\n")
    dialog.resize(1000, 420)
    out = os.environ.get("TRAINERCOACH_SHOTS")
    image = dialog.grab()
    assert not image.isNull()
    image.save(os.path.join(out, "feedback_entry.png") if out else str(tmp_path / "entry.png"))


def test_a_form_with_unanswered_questions_is_named_before_it_is_saved(qtbot, coach, session, dialog,
                                                                      when_dialog_opens) -> None:
    """Issue 18.3: a form with 2 of 7 answers was saved without a word and counted in the response rate."""
    keys(qtbot, "45\n")
    keys(qtbot, "4534459\n")
    assert "1 with unanswered" in dialog.ui.countLabel.text()
    seen: list[str] = []
    answer_incomplete(when_dialog_opens, "Go back", seen)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert "row 1: 2 of 7" in seen[0]
    assert dialog.isVisible() and coach.feedback.responses(session) == []
    current = dialog.ui.formsView.currentIndex()
    assert (current.row(), current.column()) == (0, 2)  # the first unanswered question of that form
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.formsView)  # the question has gone
    keys(qtbot, "33333")  # the person goes back and finishes it
    answer_incomplete(when_dialog_opens, "Save as typed", seen)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert len(seen) == 1  # nothing left unanswered: no question
    assert not dialog.isVisible()
    assert [len(r.answers) for r in coach.feedback.responses(session)] == [7, 7]


def test_a_number_past_the_ten_point_scale_is_said_not_dropped(qtbot, dialog) -> None:
    """Issue 18.3: "1" then "7" on the 0-10 question became 7, the 1 dropped without a word."""
    from PySide6.QtWidgets import QToolTip

    keys(qtbot, "111111")
    keys(qtbot, "1")
    keys(qtbot, "7")
    recommend = dialog.model.index(0, 6)
    assert dialog.model.data(recommend) == "1"
    assert "17 is not an answer" in dialog.ui.keyLabel.text()
    assert QToolTip.isVisible() and "17" in QToolTip.text()  # beside the cell being typed
    keys(qtbot, "7")
    assert dialog.model.data(recommend) == "7"
    assert dialog.ui.formsView.currentIndex().column() == 7  # on to the comment
