"""A kiosk round as it happens in a classroom: the trainer starts it, two trainees answer, the trainer leaves."""

from __future__ import annotations

import os
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from tests.gui.conftest import type_text
from trainercoach.gui.kiosk import KioskCodeDialog, KioskWindow, start_kiosk
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm


@pytest.fixture
def session(coach) -> int:
    candidate = coach.candidates.add(CandidateForm(name="王静"))
    return coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2025, 3, 14, 9, 30),
                                             topic="Χειρισμός παραπόνων · 处理客户投诉", trainees=30))


def enter_code(dialog, code: str, repeat: str | None = None) -> None:
    dialog.ui.codeEdit.clear()
    type_text(dialog.ui.codeEdit, code)
    if repeat is not None:
        dialog.ui.repeatEdit.clear()
        type_text(dialog.ui.repeatEdit, repeat)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def tap(window: KioskWindow, key: str, value: int) -> None:
    window.scales[key][value].click()


def test_a_kiosk_round_for_two_trainees(qtbot, coach, session, when_dialog_opens) -> None:
    seen: list[str] = []

    def choose_code(dialog) -> None:
        assert isinstance(dialog, KioskCodeDialog)
        enter_code(dialog, "2468", "2469")  # a slip: the two codes differ, the dialog stays
        seen.append(dialog.ui.errorLabel.text() if dialog.isVisible() else "closed")
        enter_code(dialog, "2468", "2468")

    when_dialog_opens(choose_code)
    window = start_kiosk(coach, session)
    assert window is not None
    qtbot.addWidget(window)
    assert "differ" in seen[0]
    assert window.isFullScreen()
    assert window.ui.topicLabel.text() == "Χειρισμός παραπόνων · 处理客户投诉"
    assert not window.ui.thanksLabel.isVisible()

    # The first trainee.
    for key, value in (("clarity", 5), ("relevance", 4), ("pace", 3), ("recommend", 9)):
        tap(window, key, value)
    tap(window, "pace", 2)  # changes their mind: one answer per question
    window.ui.commentEdit.setFocus()
    type_text(window.ui.commentEdit, "Πολύ χρήσιμο, 谢谢 <b>&</b>")
    window.ui.submitButton.click()
    assert window.ui.thanksLabel.isVisible()

    # The second trainee sees a blank form: no earlier answer, no comment, no count.
    assert all(not b.isChecked() for buttons in window.scales.values() for b in buttons.values())
    assert window.ui.commentEdit.toPlainText() == ""
    tap(window, "overall", 4)
    assert not window.ui.thanksLabel.isVisible()
    window.ui.submitButton.click()

    # An empty form is refused, in words, and nothing is saved.
    window.ui.submitButton.click()
    assert "empty" in window.ui.errorLabel.text()

    # A trainee tries to leave: Esc, the window's close and Finish all want the code.
    when_dialog_opens(lambda dialog: dialog.reject())
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()

    def wrong_code(dialog) -> None:
        enter_code(dialog, "1111")
        seen.append(dialog.ui.errorLabel.text())
        dialog.reject()

    when_dialog_opens(wrong_code)
    assert window.close() is False
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert "not the unlock code" in seen[1]
    assert window.isVisible()

    # The trainer leaves with the code and is told the count.
    def right_code(dialog) -> None:
        def count(box) -> None:
            assert isinstance(box, QMessageBox)
            seen.append(box.text())
            box.accept()

        when_dialog_opens(count)
        enter_code(dialog, "2468")

    when_dialog_opens(right_code)
    with qtbot.waitSignal(window.destroyed, timeout=5000):
        window.ui.finishButton.click()
    assert seen[2].startswith("2 ")

    responses = coach.feedback.responses(session)
    assert [r.source for r in responses] == ["kiosk", "kiosk"]
    assert responses[0].answers == {"clarity": 5, "relevance": 4, "pace": 2, "recommend": 9}
    assert responses[0].comment == "Πολύ χρήσιμο, 谢谢 <b>&</b>"
    assert responses[1].answers == {"overall": 4}


def test_cancelling_the_code_starts_no_kiosk(qtbot, coach, session, when_dialog_opens) -> None:
    when_dialog_opens(lambda dialog: dialog.reject())
    assert start_kiosk(coach, session) is None
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow) and w.isVisible()] == []


def test_a_code_must_be_four_to_eight_digits(qtbot) -> None:
    dialog = KioskCodeDialog()
    qtbot.addWidget(dialog)
    enter_code(dialog, "12", "12")
    assert "4 to 8 digits" in dialog.ui.errorLabel.text()
    type_text(dialog.ui.codeEdit, "12ab")
    assert dialog.ui.codeEdit.text() == "12"  # letters cannot be typed


def test_a_screenshot_of_the_kiosk(qtbot, coach, session) -> None:
    coach.feedback.add_item("这次培训对我的工作有帮助")
    window = KioskWindow(coach, session, "2468")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    tap(window, "clarity", 4)
    window.ui.submitButton.click()
    tap(window, "relevance", 5)
    window.ui.thanksLabel.setVisible(True)
    image = window.grab()
    out = os.environ.get("TRAINERCOACH_SHOTS")
    if out:
        image.save(os.path.join(out, "kiosk.png"))
    assert not image.isNull()
    window.unlocked = True
    window.close()


def test_after_a_submit_the_thanks_never_stand_beside_a_refusal(qtbot, coach, session, when_dialog_opens) -> None:
    """Issue 18.4: the green "Thank you" stayed up, then showed beside the red "This form is empty"."""
    when_dialog_opens(lambda dialog: enter_code(dialog, "2468", "2468"))
    window = start_kiosk(coach, session)
    qtbot.addWidget(window)
    tap(window, "clarity", 5)
    qtbot.mouseClick(window.ui.submitButton, Qt.MouseButton.LeftButton)
    assert window.ui.thanksLabel.isVisible()
    qtbot.mouseClick(window.ui.submitButton, Qt.MouseButton.LeftButton)  # the next person taps Submit at once
    assert "empty" in window.ui.errorLabel.text() and window.ui.errorLabel.isVisible()
    assert not window.ui.thanksLabel.isVisible()

    window.thanks_timer.setInterval(100)  # the thanks go by themselves too, after a few seconds
    tap(window, "pace", 3)
    qtbot.mouseClick(window.ui.submitButton, Qt.MouseButton.LeftButton)
    assert window.ui.thanksLabel.isVisible() and not window.ui.errorLabel.isVisible()
    qtbot.waitUntil(lambda: not window.ui.thanksLabel.isVisible(), timeout=2000)
    assert len(coach.feedback.responses(session)) == 2
    window.unlocked = True
    window.close()
