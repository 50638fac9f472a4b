"""The Sessions page and the session form, driven as a lead would: keyboard, typing, choosing, saving."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from tests.gui import conftest
from tests.gui.conftest import type_text
from trainercoach.gui.dialogs.session_dialog import SessionDialog
from trainercoach.gui.main_window import SESSIONS, MainWindow
from trainercoach.gui.models.session_table import SessionTableModel
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.observations import ObservationForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm


def safely(handle: Callable[[QDialog], None]) -> Callable[[QDialog], None]:
    """A failing check inside a modal dialog must close it, or the test would wait forever."""

    def run(dialog: QDialog) -> None:
        try:
            handle(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    return run


def make_window(qtbot, coach) -> MainWindow:
    window = MainWindow(coach)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    settle(qtbot)
    return window


def settle(qtbot, view=None) -> None:
    """Pages read in workers: wait until every read, and the list's pages, have arrived."""
    conftest.settle(qtbot)
    if view is not None:
        qtbot.waitUntil(lambda: not view.loading)


def visible_column(view, name: str) -> list[str]:
    column = SessionTableModel.COLUMNS.index(name)
    return [view.model.index(r, column).data() for r in range(view.model.rowCount())]


def add_session(coach, candidate: int, topic: str, days_ago: int = 1, **changes) -> int:
    form = DeliveryForm(candidate_id=candidate, topic=topic,
                        starts_at=datetime.now().replace(second=0, microsecond=0) - timedelta(days=days_ago))
    for key, value in changes.items():
        setattr(form, key, value)
    return coach.deliveries.add(form)


def test_ctrl_4_shows_the_sessions_page_and_it_is_remembered(qtbot, coach) -> None:
    window = make_window(qtbot, coach)
    assert window.ui.navigation.item(SESSIONS).text() == "Sessions"
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pages.currentWidget() is window.sessions
    window.close()
    again = make_window(qtbot, coach)
    assert again.current_page() == SESSIONS


def test_a_new_session_typed_into_the_form_is_saved_with_every_field(qtbot, coach, when_dialog_opens) -> None:
    candidate = coach.candidates.add(CandidateForm(name="王静"))
    coach.candidates.add(CandidateForm(name="Ελένη Παπαδοπούλου"))
    observer = coach.people.add("Γιώργος Mentor", role="trainer")
    coach.people.add("Anna Lead", role="lead")
    window = make_window(qtbot, coach)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)

    def fill(dialog: SessionDialog) -> None:
        ui = dialog.ui
        type_text(ui.candidateCombo.lineEdit(), "王静")
        ui.startsAtEdit.setDateTime(QDateTime(QDate(2026, 3, 2), QTime(9, 30)))
        type_text(ui.topicEdit, "Επιστροφές χρημάτων — 退款流程 <b>&</b>")
        ui.methodCombo.setFocus()
        qtbot.keyClick(ui.methodCombo, Qt.Key.Key_Down)  # classroom → virtual
        ui.audienceCombo.setCurrentIndex(ui.audienceCombo.findData("mixed"))
        ui.traineesSpin.clear()
        type_text(ui.traineesSpin, "12")
        ui.durationSpin.setValue(90)
        item = next(ui.observersList.item(i) for i in range(ui.observersList.count())
                    if ui.observersList.item(i).text() == "Γιώργος Mentor")
        item.setCheckState(Qt.CheckState.Checked)
        type_text(ui.notesEdit, "First run 🙂")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    when_dialog_opens(safely(fill))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    [row] = coach.deliveries.list()
    detail = coach.deliveries.get(row.id)
    form = detail.form
    assert form.candidate_id == candidate
    assert form.topic == "Επιστροφές χρημάτων — 退款流程 <b>&</b>"
    assert form.starts_at == datetime(2026, 3, 2, 9, 30)
    assert (form.method, form.audience, form.trainees, form.duration_minutes) == ("virtual", "mixed", 12, 90)
    assert form.observer_ids == [observer]
    assert form.notes == "First run 🙂"
    settle(qtbot, window.sessions)
    assert window.sessions.model.rowCount() == 1
    assert window.sessions.selected_id() == row.id


def test_bad_input_is_shown_beside_the_fields_and_nothing_is_written(qtbot, coach) -> None:
    coach.candidates.add(CandidateForm(name="王静"))
    dialog = SessionDialog(coach)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ui.candidateCombo.lineEdit(), "Nobody by this name")
    type_text(dialog.ui.topicEdit, "   ")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.candidateError.isVisible() and "candidate" in dialog.ui.candidateError.text()
    assert dialog.ui.topicError.isVisible() and "topic" in dialog.ui.topicError.text()
    assert not dialog.ui.traineesError.isVisible()
    assert coach.deliveries.list() == []


def test_a_new_asset_is_added_and_chosen(qtbot, coach, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    candidate = coach.candidates.add(CandidateForm(name="Zoe"))
    dialog = SessionDialog(coach, candidate_id=candidate)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("退款 Playbook v2", True))
    dialog.ui.newAssetButton.click()
    assert dialog.ui.assetCombo.currentText() == "退款 Playbook v2"
    type_text(dialog.ui.topicEdit, "Refunds")
    dialog.save()
    assert coach.deliveries.list()[0].asset_title == "退款 Playbook v2"


def test_the_list_searches_filters_and_sorts(qtbot, coach) -> None:
    wang = coach.candidates.add(CandidateForm(name="王静"))
    eleni = coach.candidates.add(CandidateForm(name="Ελένη"))
    add_session(coach, wang, "退款流程", days_ago=3, trainees=12, method="virtual")
    add_session(coach, eleni, "Τιμολόγηση", days_ago=1, trainees=4, audience="existing")
    old = add_session(coach, eleni, "Escalations", days_ago=400, trainees=30)
    window = make_window(qtbot, coach)
    window.show_page(SESSIONS)
    view = window.sessions
    settle(qtbot, view)
    assert visible_column(view, "topic") == ["Τιμολόγηση", "退款流程", "Escalations"]  # newest first

    trainees = SessionTableModel.COLUMNS.index("trainees")
    view.table.sortByColumn(trainees, Qt.SortOrder.DescendingOrder)
    settle(qtbot, view)
    assert visible_column(view, "trainees") == ["30", "12", "4"]
    view.table.sortByColumn(SessionTableModel.COLUMNS.index("candidate"), Qt.SortOrder.AscendingOrder)
    settle(qtbot, view)
    assert visible_column(view, "candidate") == ["Ελένη", "Ελένη", "王静"]

    type_text(view.search, "τιμολογηση")
    qtbot.waitUntil(lambda: visible_column(view, "topic") == ["Τιμολόγηση"])
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)

    view.method_filter.setCurrentIndex(view.method_filter.findData("virtual"))
    settle(qtbot, view)
    assert visible_column(view, "topic") == ["退款流程"]
    view.method_filter.setCurrentIndex(0)
    view.candidate_filter.setCurrentIndex(view.candidate_filter.findData(eleni))
    settle(qtbot, view)
    assert sorted(visible_column(view, "topic")) == ["Escalations", "Τιμολόγηση"]
    view.period_filter.setCurrentIndex(view.period_filter.findData("30"))
    settle(qtbot, view)
    assert visible_column(view, "topic") == ["Τιμολόγηση"]
    view.period_filter.setCurrentIndex(view.period_filter.findData("all"))
    settle(qtbot, view)
    assert old in [view.model.id_at(r) for r in range(view.model.rowCount())]


def test_enter_opens_the_session_page_with_its_observations(qtbot, coach) -> None:
    candidate = coach.candidates.add(CandidateForm(name="王静"))
    observer = coach.people.add("Γιώργος", role="lead")
    session = add_session(coach, candidate, "退款流程", observer_ids=[observer])
    rubric = coach.rubrics.latest()
    first = rubric.criteria[0].id
    coach.observations.save(ObservationForm(session, observer, rubric.id, {first: 4}, recommendation="ready"))
    coach.feedback.add_response(session, FeedbackEntry({"overall": 5}))
    window = make_window(qtbot, coach)
    window.show_page(SESSIONS)
    view = window.sessions
    settle(qtbot, view)
    view.select(session)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.showing_session()
    page = view.page
    assert page.title.text() == "退款流程"
    assert page.observations.rowCount() == 1
    assert page.observations.index(0, 0).data() == "Γιώργος"
    assert page.observations.index(0, 2).data() == "4.00"
    assert page.observations.index(0, 4).data() == "Ready"
    assert "1" in page.feedback_label.text()
    assert window.ui.actionObserve.isEnabled()
    page.back_button.click()
    assert not view.showing_session()


def test_deleting_a_session_asks_first_and_names_what_goes_with_it(qtbot, coach, monkeypatch) -> None:
    candidate = coach.candidates.add(CandidateForm(name="Ελένη"))
    session = add_session(coach, candidate, "Τιμολόγηση")
    coach.feedback.add_response(session, FeedbackEntry({"overall": 4}))
    coach.feedback.add_response(session, FeedbackEntry({"overall": 5}))
    window = make_window(qtbot, coach)
    window.show_page(SESSIONS)
    settle(qtbot, window.sessions)
    window.sessions.select(session)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or answer)
    window.ui.actionDeleteSession.trigger()
    assert "Τιμολόγηση" in asked[0] and "2 trainee feedback forms" in asked[0]
    assert "observation" not in asked[0]
    assert [r.id for r in coach.deliveries.list()] == [session]

    answer = QMessageBox.StandardButton.Yes
    window.ui.actionDeleteSession.trigger()
    assert coach.deliveries.list() == []
    settle(qtbot, window.sessions)
    assert window.sessions.model.rowCount() == 0


def test_tools_of_other_parts_are_reached_from_the_session(qtbot, coach, monkeypatch) -> None:
    """The menu opens the feedback entry window for the current session, whoever builds that window."""
    import sys
    import types

    candidate = coach.candidates.add(CandidateForm(name="Ελένη"))
    session = add_session(coach, candidate, "Τιμολόγηση")
    opened: list[int] = []

    class FakeDialog:
        def __init__(self, coach, delivery_id, parent) -> None:
            opened.append(delivery_id)

        def exec(self) -> int:
            return 0

        def deleteLater(self) -> None:  # Qt's name: the window frees a dialog once it has closed
            pass

    fake = types.ModuleType("trainercoach.gui.dialogs.feedback_entry_dialog")
    fake.FeedbackEntryDialog = FakeDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "trainercoach.gui.dialogs.feedback_entry_dialog", fake)
    window = make_window(qtbot, coach)
    window.show_page(SESSIONS)
    window.sessions.select(session)
    window.ui.actionEnterFeedback.trigger()
    assert opened == [session]


def test_the_recording_link_is_typed_refused_in_words_saved_and_opened_from_the_page(qtbot, coach) -> None:
    candidate = coach.candidates.add(CandidateForm(name="王静"))
    delivery = add_session(coach, candidate, "Refunds")
    dialog = SessionDialog(coach, delivery)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    type_text(dialog.ui.recordingLinkEdit, "javascript:alert(1)")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.ui.recordingLinkError.isVisible()
    assert "https://" in dialog.ui.recordingLinkError.text()
    assert dialog.focusWidget() is dialog.ui.recordingLinkEdit
    assert coach.deliveries.get(delivery).form.recording_link == ""

    dialog.ui.recordingLinkEdit.clear()
    type_text(dialog.ui.recordingLinkEdit, "https://video.example.com/r?a=1&b=<2>")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert coach.deliveries.get(delivery).form.recording_link == "https://video.example.com/r?a=1&b=<2>"

    window = make_window(qtbot, coach)
    window.show_session(delivery)
    settle(qtbot)
    shown = window.sessions.page.fields["recording"]
    assert shown.textFormat() == Qt.TextFormat.RichText and shown.openExternalLinks()
    assert shown.text() == ('<a href="https://video.example.com/r?a=1&amp;b=&lt;2&gt;">'
                            "https://video.example.com/r?a=1&amp;b=&lt;2&gt;</a>")


def test_a_link_no_form_would_accept_is_shown_as_text_never_as_a_link(qtbot, coach) -> None:
    """Written by another program straight into the database: shown, but nothing to click."""
    candidate = coach.candidates.add(CandidateForm(name="Zoe"))
    delivery = add_session(coach, candidate, "Refunds")
    with coach.db.transaction() as session:
        from trainercoach.models import Delivery

        session.get(Delivery, delivery).recording_link = "javascript:alert('<x>')"
    window = make_window(qtbot, coach)
    window.show_session(delivery)
    settle(qtbot)
    shown = window.sessions.page.fields["recording"]
    assert shown.textFormat() == Qt.TextFormat.PlainText and not shown.openExternalLinks()
    assert shown.text() == "javascript:alert('<x>')"


def test_new_session_in_an_empty_database_says_why_and_offers_a_candidate(qtbot, coach, when_dialog_opens) -> None:
    """Issue 18.8: New session in an empty database opened an empty candidate list and no hint."""
    window = make_window(qtbot, coach)
    seen: list[str] = []

    def fill_candidate(dialog) -> None:
        type_text(dialog.ui.nameEdit, "Ελένη")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    def new_session(dialog: SessionDialog) -> None:
        seen.append(dialog.ui.headerLabel.text())
        assert dialog.add_candidate_button is not None and dialog.add_candidate_button.isVisible()
        when_dialog_opens(safely(fill_candidate))
        qtbot.mouseClick(dialog.add_candidate_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.ui.candidateCombo.currentText())
        type_text(dialog.ui.topicEdit, "Refunds")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    when_dialog_opens(safely(new_session))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "no candidates yet" in seen[0]
    assert seen[1] == "Ελένη"
    [row] = coach.deliveries.list()
    assert row.topic == "Refunds" and row.candidate_name == "Ελένη"
