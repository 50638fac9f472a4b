"""The Assets page and the asset editor (issue 20), driven as a person would: a new asset typed in (a refusal
beside its field first), filters, a new version, a review that clears "stale", agents' feedback, a session's
asset opening the editor, and the dashboard's reminder. Grabs in three languages go where ASSET_GRABS says."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.conftest import in_language, settle, type_text
from trainercoach.gui.dialogs.asset_dialog import AssetDialog
from trainercoach.gui.main_window import MainWindow
from trainercoach.gui.pages import index
from trainercoach.records.assets import AssetForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm, Coach

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])
TODAY = date.today()


def library(coach: Coach) -> dict[str, int]:
    maria = coach.people.add("Μαρία Κωνσταντίνου", role="trainer")
    wang = coach.people.add("王芳", role="lead")
    coach.settings.set_you(maria)
    ids = {
        "maria": maria, "wang": wang,
        "stale": coach.assets.create(AssetForm(
            "Επιστροφές χρημάτων: οδηγός", maria, "Classroom deck v3", ("el",), "https://kb.example/refunds",
            TODAY - timedelta(days=5), has_visual=True)),
        "due": coach.assets.create(AssetForm(
            "退款流程实操 📊", wang, "Hands-on lab", ("zh_CN", "en"), "https://kb.example/退款",
            has_hands_on=True, has_mock_tickets=True, review_due=TODAY - timedelta(days=3))),
        "fine": coach.assets.create(AssetForm("Escalations <&> basics", None, languages=("en",),
                                              review_due=TODAY + timedelta(days=90))),
    }
    # reviewed a month ago, before its article changed (5 days ago): stale
    coach.assets.mark_reviewed(ids["stale"], TODAY - timedelta(days=30))
    coach.history.clear()
    return ids


def open_page(qtbot, coach: Coach):  # -> (MainWindow, AssetsPage)
    window = MainWindow(coach)
    qtbot.addWidget(window)
    window.show()
    window.show_page(index("assets"))
    settle(qtbot)
    return window, window.assets_page


def titles(page) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_the_page_lists_and_filters_the_library(qtbot, coach: Coach) -> None:
    ids = library(coach)
    _window, page = open_page(qtbot, coach)
    assert titles(page) == ["Escalations <&> basics", "Επιστροφές χρημάτων: οδηγός", "退款流程实操 📊"]
    states = {page.model.index(r, 0).data(): page.model.index(r, 1).data() for r in range(3)}
    assert states["Επιστροφές χρημάτων: οδηγός"] == "Stale" and states["退款流程实操 📊"] == "Review due"
    page.stale_box.click()
    settle(qtbot)
    assert titles(page) == ["Επιστροφές χρημάτων: οδηγός"]
    page.stale_box.click()
    page.due_box.click()
    settle(qtbot)
    assert titles(page) == ["退款流程实操 📊"]
    page.due_box.click()
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    page.language_combo.activated.emit(page.language_combo.currentIndex())
    settle(qtbot)
    assert titles(page) == ["Escalations <&> basics", "退款流程实操 📊"]
    page.owner_combo.setCurrentIndex(page.owner_combo.findData(ids["wang"]))
    page.owner_combo.activated.emit(page.owner_combo.currentIndex())
    settle(qtbot)
    assert titles(page) == ["退款流程实操 📊"]


def test_a_new_asset_is_typed_in_and_a_refusal_shows_beside_its_field(qtbot, coach: Coach) -> None:
    library(coach)
    dialog = AssetDialog(coach)
    qtbot.addWidget(dialog)
    type_text(dialog.title_edit, "=HYPERLINK(\"http://x\") Κατάρτιση 培训 🎓 <&")
    type_text(dialog.languages_edit, "el, zh_CN, not-a-code!")
    type_text(dialog.link_edit, "javascript:alert(1)")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.errors["languages"].isVisibleTo(dialog) and "not-a-code!" in dialog.errors["languages"].text()
    assert "https://" in dialog.errors["link"].text()
    assert dialog.asset_id is None and len(coach.assets.list()) == 3  # nothing saved
    dialog.languages_edit.clear()
    type_text(dialog.languages_edit, "el, zh_CN")
    dialog.link_edit.clear()
    type_text(dialog.link_edit, "https://kb.example/training")
    dialog.mix_boxes["has_mock_tickets"].click()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.asset_id is not None and not dialog.errors["languages"].isVisibleTo(dialog)
    saved = coach.assets.get(dialog.asset_id)
    assert saved.form.title == "=HYPERLINK(\"http://x\") Κατάρτιση 培训 🎓 <&"
    assert saved.form.languages == ("el", "zh_CN") and saved.record.mix == ("text", "mock_tickets")
    assert saved.record.owner_name == "Μαρία Κωνσταντίνου"  # you, by default
    assert dialog.history.isVisibleTo(dialog)  # now versions, review and feedback can be added


def test_the_editor_adds_a_version_marks_reviewed_and_takes_feedback(qtbot, coach: Coach) -> None:
    ids = library(coach)
    window, page = open_page(qtbot, coach)
    dialog = AssetDialog(coach, ids["stale"], page)
    qtbot.addWidget(dialog)
    assert "Stale" in dialog.state_label.text()
    dialog.version_button.click()  # nothing typed: refused beside the version
    assert dialog.version_error.isVisibleTo(dialog) and "label" in dialog.version_error.text()
    type_text(dialog.label_edit, "2.0")
    type_text(dialog.changes_edit, "Νέα ενότητα · 新增部分")
    dialog.version_button.click()
    assert dialog.versions.rowCount() == 1 and dialog.versions.index(0, 0).data() == "2.0"
    dialog.next_due.setValue(TODAY + timedelta(days=180))
    dialog.review_button.click()
    assert "Last reviewed" in dialog.state_label.text()
    assert dialog.review_due.value() == TODAY + timedelta(days=180)
    dialog.comment_edit.setPlainText("Πολύ χρήσιμο 👍")
    dialog.rating_combo.setCurrentIndex(dialog.rating_combo.findData(4))
    dialog.feedback_button.click()
    dialog.rating_combo.setCurrentIndex(dialog.rating_combo.findData(5))
    dialog.feedback_button.click()
    assert dialog.feedback.rowCount() == 2 and "n = 2" in dialog.rating_label.text()
    # a save over the version the dialog now holds (the review and version moved it on) is no conflict
    dialog.template_edit.setText("Classroom deck v4")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    record = coach.assets.get(ids["stale"]).record
    assert not record.stale and record.version_label == "2.0" and record.template == "Classroom deck v4"
    assert coach.history.undo_label == "Edit training asset Επιστροφές χρημάτων: οδηγός"
    window.ui.actionUndo.trigger()
    settle(qtbot)
    assert coach.assets.get(ids["stale"]).form.template == "Classroom deck v3"


def test_a_sessions_asset_opens_the_editor_and_the_dashboard_reminds(qtbot, coach: Coach, when_dialog_opens) -> None:
    ids = library(coach)
    candidate = coach.candidates.add(CandidateForm(name="Νίκος Παππάς"))
    session = coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2025, 3, 14, 9, 30), topic="Refunds",
                                                asset_id=ids["due"]))
    window = MainWindow(coach)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    dashboard = window.dashboard
    reminders = [dashboard.assets.index(r, 0).data() for r in range(dashboard.assets.rowCount())]
    assert reminders == ["退款流程实操 📊", "Επιστροφές χρημάτων: οδηγός"]
    assert dashboard.assets_view.isVisibleTo(dashboard)
    window.show_session(session)
    settle(qtbot)
    page = window.sessions.page
    label = page.fields["asset"]
    assert "退款流程实操 📊" in label.text() and label.textFormat() == Qt.TextFormat.RichText
    seen: list[str] = []

    def look(dialog) -> None:
        seen.append(dialog.title_edit.text())
        dialog.reject()

    when_dialog_opens(look)
    label.linkActivated.emit(f"asset:{ids['due']}")
    assert seen == ["退款流程实操 📊"]


@pytest.mark.parametrize("code", ["en", "el", "zh_CN"])
def test_the_page_and_editor_in_each_language(qtbot, coach: Coach, code: str) -> None:
    ids = library(coach)
    coach.assets.new_version(ids["stale"], "1.0", "Πρώτη έκδοση")
    coach.assets.add_feedback(ids["stale"], 4, "清楚 👍 <&>")
    with in_language(code):
        window, page = open_page(qtbot, coach)
        window.resize(1280, 720)
        dialog = AssetDialog(coach, ids["stale"], page)
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot)
        if code != "en":
            assert page.new_button.text() != "New asset…" and dialog.review_button.text() != "Mark reviewed today"
        folder = os.environ.get("ASSET_GRABS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            window.grab().save(str(Path(folder) / f"assets-page-{code}.png"))
            dialog.grab().save(str(Path(folder) / f"asset-dialog-{code}.png"))
        dialog.close()
        window.close()
