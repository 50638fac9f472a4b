"""Edit ▸ Undo after an import and after deleting a session (issue 18, point 8), driven through the main window."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.core.import_files import GENERIC, write_csv
from tests.gui import conftest
from trainercoach.gui.dialogs.import_dialog import ImportFeedbackDialog
from trainercoach.gui.main_window import SESSIONS, MainWindow
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm

ROWS = [GENERIC, [5, 4, 3, 4, 5, 5, 9, "Πολύ καλό 👍"], [2, 3, 3, "", 2, 2, 4, "讲得太快 <&"],
        [4, 4, 4, 4, 4, 4, 8, ""]]


def window_on_session(qtbot, coach, topic: str) -> tuple[MainWindow, int]:
    candidate = coach.candidates.add(CandidateForm(name="Ελένη"))
    session = coach.deliveries.add(DeliveryForm(candidate, datetime(2026, 3, 14, 9, 30), topic, trainees=10))
    coach.feedback.add_response(session, FeedbackEntry({"overall": 4}, "typed"))
    coach.history.clear()  # the window starts with nothing to undo, as on opening a database
    window = MainWindow(coach)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_page(SESSIONS)
    conftest.settle(qtbot)
    qtbot.waitUntil(lambda: not window.sessions.loading)
    window.sessions.select(session)
    window.sessions.table.setFocus()
    qtbot.keyClick(window.sessions.table, Qt.Key.Key_Return)  # the session's page
    assert window.sessions.showing_session()
    return window, session


def press_undo(qtbot, window: MainWindow) -> None:
    """Ctrl+Z in the window, back in front after the dialog or the question closed."""
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    conftest.settle(qtbot)


def feedback_shown(window: MainWindow) -> str:
    return window.sessions.page.feedback_label.text()


def test_an_import_is_undone_and_redone_from_the_edit_menu(qtbot, coach, tmp_path, when_dialog_opens) -> None:
    window, session = window_on_session(qtbot, coach, "Χειρισμός παραπόνων")
    assert "1" in feedback_shown(window) and not window.ui.actionUndo.isEnabled()
    dialog = ImportFeedbackDialog(coach, session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.open_file(write_csv(tmp_path / "survey 调查.csv", ROWS))
    qtbot.waitUntil(lambda: not dialog.busy and dialog.preview is not None, timeout=10_000)
    when_dialog_opens(lambda box: box.accept())  # "Imported 3 feedback forms"
    dialog.ui.importButton.click()  # in a worker thread, as always
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: window.ui.actionUndo.isEnabled())
    assert window.ui.actionUndo.text() == "&Undo Import feedback from survey 调查.csv"
    conftest.settle(qtbot)
    assert "4" in feedback_shown(window)

    shots = os.environ.get("TRAINERCOACH_SHOTS")
    if shots:
        menu = window.ui.menuEdit
        menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
        qtbot.waitUntil(menu.isVisible)
        menu.grab().save(str(Path(shots) / "edit_menu_after_import.png"))
        menu.hide()

    press_undo(qtbot, window)  # Edit ▸ Undo
    assert coach.feedback.count(session) == 1
    assert "1" in feedback_shown(window) and "4" not in feedback_shown(window)
    assert window.ui.actionRedo.text() == "&Redo Import feedback from survey 调查.csv"
    assert coach.feedback.earlier_import(dialog.preview.sha256) is None  # the same file may come in again

    window.ui.actionRedo.trigger()
    conftest.settle(qtbot)
    assert coach.feedback.count(session) == 4 and "4" in feedback_shown(window)


def test_a_deleted_session_comes_back_with_undo(qtbot, coach, monkeypatch) -> None:
    window, session = window_on_session(qtbot, coach, "Τιμολόγηση 定价")
    window.sessions.page.back_button.click()
    window.sessions.select(session)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    window.ui.actionDeleteSession.trigger()
    assert "cannot be undone" not in asked[0] and "Undo" in asked[0]
    conftest.settle(qtbot)
    qtbot.waitUntil(lambda: not window.sessions.loading)
    assert window.sessions.model.rowCount() == 0
    assert window.ui.actionUndo.text() == "&Undo Delete session Τιμολόγηση 定价"

    press_undo(qtbot, window)
    qtbot.waitUntil(lambda: not window.sessions.loading)
    assert window.sessions.model.rowCount() == 1
    row = coach.deliveries.list()[0]
    assert (row.id, row.topic, row.responses) == (session, "Τιμολόγηση 定价", 1)
    assert "Deleted" not in window.statusBar().currentMessage()

    window.ui.actionRedo.trigger()
    conftest.settle(qtbot)
    qtbot.waitUntil(lambda: not window.sessions.loading)
    assert window.sessions.model.rowCount() == 0 and coach.deliveries.list() == []
