"""The candidate form driven as a person would: typing, choosing, saving, and being told what is wrong."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from tests.gui.conftest import type_text
from trainercoach.gui.dialogs.candidate_dialog import CandidateDialog
from trainercoach.services import CandidateForm, TraitEntry


def save(qtbot, dialog: CandidateDialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_typing_a_new_candidate_saves_every_field(qtbot, coach) -> None:
    mentor = coach.people.add("王静", "wang@example.com", "lead")
    dialog = CandidateDialog(coach)
    qtbot.addWidget(dialog)
    type_text(dialog.ui.nameEdit, "Ελένη Παπαδοπούλου")
    type_text(dialog.ui.emailEdit, "eleni@example.gr")
    type_text(dialog.ui.teamEdit, "Τιμολόγηση")
    type_text(dialog.ui.siteEdit, "Αθήνα")
    qtbot.mouseClick(dialog.ui.vendorRadio, Qt.MouseButton.LeftButton)
    type_text(dialog.ui.vendorCompanyEdit, "Acme <Support> & Co")
    dialog.ui.mentorCombo.setCurrentIndex(dialog.ui.mentorCombo.findData(mentor))
    type_text(dialog.ui.notesEdit, "Patient 🙂 <b>not bold</b>")
    for _ in range(4):
        qtbot.keyClick(dialog.ui.knowledgeScore, Qt.Key.Key_Up)
    type_text(dialog.ui.knowledgeNote, "Knows billing inside out")
    assert "4.0" in dialog.ui.selectionScoreLabel.text()
    save(qtbot, dialog)

    assert dialog.result() == dialog.DialogCode.Accepted
    [row] = coach.candidates.list()
    detail = coach.candidates.get(row.id)
    assert detail.form.name == "Ελένη Παπαδοπούλου"
    assert detail.form.email == "eleni@example.gr"
    assert detail.form.employment == "vendor" and detail.form.vendor_company == "Acme <Support> & Co"
    assert detail.form.mentor_id == mentor
    assert detail.form.notes == "Patient 🙂 <b>not bold</b>"
    assert detail.form.traits["knowledge"] == TraitEntry(4, "Knows billing inside out")
    assert detail.form.nominated_on == date.today()
    assert detail.stage_name == "Nominated"


def test_an_empty_name_is_shown_beside_the_field_and_nothing_is_saved(qtbot, coach) -> None:
    dialog = CandidateDialog(coach)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ui.nameEdit, "   ")
    qtbot.mouseClick(dialog.ui.vendorRadio, Qt.MouseButton.LeftButton)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.nameError.isVisible() and "name" in dialog.ui.nameError.text()
    assert dialog.ui.vendorCompanyError.isVisible() and "vendor" in dialog.ui.vendorCompanyError.text()
    assert not dialog.ui.emailError.isVisible()
    assert coach.candidates.list(include_archived=True) == []


def test_a_duplicate_email_is_refused_beside_the_email(qtbot, coach) -> None:
    coach.candidates.add(CandidateForm(name="李娜", email="Li.Na@example.com"))
    dialog = CandidateDialog(coach)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ui.nameEdit, "Another Li Na")
    type_text(dialog.ui.emailEdit, "li.na@EXAMPLE.com")
    save(qtbot, dialog)
    assert dialog.ui.emailError.isVisible() and "李娜" in dialog.ui.emailError.text()
    assert [r.name for r in coach.candidates.list()] == ["李娜"]


def test_a_done_milestone_needs_a_date(qtbot, coach) -> None:
    candidate = coach.candidates.add(CandidateForm(name="Sarah O'Connor"))
    dialog = CandidateDialog(coach, candidate)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.ui.guidedPracticeStatus
    combo.setCurrentIndex(combo.findData("done"))
    save(qtbot, dialog)
    assert dialog.ui.tabs.currentWidget() is dialog.ui.milestonesTab
    assert dialog.ui.guidedPracticeError.isVisible()
    assert coach.candidates.get(candidate).milestones[0].status == "not_started"

    dialog.ui.guidedPracticeDate.setFocus()
    qtbot.keyClicks(dialog.ui.guidedPracticeDate, "2026-03-02")
    type_text(dialog.ui.guidedPracticeEvidence, "Ran two onboarding sessions with 王静 observing")
    save(qtbot, dialog)
    milestone = coach.candidates.get(candidate).milestones[0]
    assert (milestone.status, milestone.on_date) == ("done", date(2026, 3, 2))
    assert milestone.evidence == "Ran two onboarding sessions with 王静 observing"


def test_editing_shows_the_timeline_and_can_be_undone(qtbot, coach) -> None:
    candidate = coach.candidates.add(CandidateForm(name="Γιώργος Νικολάου"))
    screening = coach.pipeline.stages()[1]
    coach.pipeline.move(candidate, screening.id, "Strong nomination from the team lead")
    dialog = CandidateDialog(coach, candidate)
    qtbot.addWidget(dialog)
    timeline = [dialog.timeline.item(r, 4).text() for r in range(dialog.timeline.rowCount())]
    assert timeline == ["Strong nomination from the team lead", "Nominated"]
    assert "Screening" in dialog.ui.headerLabel.text()
    dialog.ui.nameEdit.clear()
    type_text(dialog.ui.nameEdit, "Γιώργος Ν. Νικολάου")
    save(qtbot, dialog)
    assert coach.candidates.get(candidate).form.name == "Γιώργος Ν. Νικολάου"
    coach.history.undo()
    assert coach.candidates.get(candidate).form.name == "Γιώργος Νικολάου"


def test_a_stale_form_is_told_someone_else_changed_it(qtbot, coach, when_dialog_opens) -> None:
    candidate = coach.candidates.add(CandidateForm(name="Ana"))
    dialog = CandidateDialog(coach, candidate)
    qtbot.addWidget(dialog)
    dialog.show()
    coach.candidates.update(candidate, CandidateForm(name="Ana María"))
    dialog.ui.teamEdit.setText("Billing")
    asked: list[str] = []

    def escape(question: QDialog) -> None:  # Escape, as a person dismisses it: keep editing
        asked.append(question.informativeText())
        qtbot.keyClick(question, Qt.Key.Key_Escape)

    when_dialog_opens(escape)
    save(qtbot, dialog)
    assert "Ana María" in asked[0] and "Billing" in asked[0]
    assert dialog.ui.formError.isVisible() and "someone else" in dialog.ui.formError.text()
    assert dialog.isVisible() and dialog.ui.teamEdit.text() == "Billing"
    assert coach.candidates.get(candidate).form.team == ""


def _tab_out(qtbot, edit) -> None:
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.wait(10)


def test_an_empty_hire_date_is_typed_picked_and_cleared(qtbot, coach) -> None:
    """Issue 18.2: typing 2023-04-01 into an empty hire date gave "—20230401", Tab would not leave the field,
    and its calendar opened at January 1900."""
    dialog = CandidateDialog(coach)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(dialog.ui.nameEdit, "Ana")
    hire = dialog.ui.hireDateEdit
    assert hire.text() == ""  # empty shows as empty, not as a dash standing for 1900
    qtbot.mouseClick(hire, Qt.MouseButton.LeftButton)
    hire.setFocus()
    qtbot.keyClicks(hire, "2023-04-01")
    _tab_out(qtbot, hire)
    assert not hire.hasFocus()  # Tab leaves the field
    assert hire.text() == "2023-04-01"
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [row] = coach.candidates.list()
    assert coach.candidates.get(row.id).form.hire_date == date(2023, 4, 1)

    again = CandidateDialog(coach, row.id)
    qtbot.addWidget(again)
    again.show()
    hire = again.ui.hireDateEdit
    hire.setFocus()
    qtbot.keyClick(hire, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(hire, Qt.Key.Key_Delete)  # cleared
    milestone = again.ui.guidedPracticeDate
    milestone.setFocus()
    qtbot.keyClick(milestone, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the calendar, at today
    calendar = milestone.calendar
    assert calendar.isVisible()
    assert calendar.selectedDate().toPython() == date.today()
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)  # today is picked
    assert milestone.value() == date.today()
    save(qtbot, again)
    assert again.result() == QDialog.DialogCode.Accepted
    detail = coach.candidates.get(row.id)
    assert detail.form.hire_date is None
    assert {m.component: m.on_date for m in detail.milestones}["guided_practice"] == date.today()


def test_a_date_is_typed_as_greek_writes_it_and_a_wrong_one_is_refused(qtbot, coach) -> None:
    from tests.gui.conftest import in_language

    with in_language("el"):
        dialog = CandidateDialog(coach)
        qtbot.addWidget(dialog)
        dialog.show()
        type_text(dialog.ui.nameEdit, "Ελένη")
        hire = dialog.ui.hireDateEdit
        hire.setFocus()
        qtbot.keyClicks(hire, "1/4/2023")
        _tab_out(qtbot, hire)
        assert hire.text() == "1/4/2023"  # as the Greek date format writes it, everywhere in the app
        hire.setFocus()
        hire.selectAll()
        qtbot.keyClicks(hire, "31/31/2023")
        _tab_out(qtbot, hire)
        save(qtbot, dialog)
        assert dialog.isVisible() and coach.candidates.list() == []
        assert dialog.ui.hireDateError.isVisible() and "31/31/2023" in dialog.ui.hireDateError.text()
        hire.setFocus()
        hire.selectAll()
        qtbot.keyClicks(hire, "1.4.2023")
        save(qtbot, dialog)
        assert dialog.result() == QDialog.DialogCode.Accepted
    [row] = coach.candidates.list()
    assert coach.candidates.get(row.id).form.hire_date == date(2023, 4, 1)


def test_a_session_on_the_sessions_tab_is_observed_and_given_feedback_from_there(qtbot, coach,
                                                                                  when_dialog_opens) -> None:
    """Issue 18.8: a session opened from a candidate's Sessions tab could not be observed or given feedback."""
    from datetime import datetime, timedelta

    from trainercoach.records.sessions import DeliveryForm

    candidate = coach.candidates.add(CandidateForm(name="王静"))
    observer = coach.people.add("Γιώργος", role="lead")
    session = coach.deliveries.add(DeliveryForm(candidate_id=candidate, topic="Refunds", observer_ids=[observer],
                                                starts_at=datetime.now().replace(microsecond=0) - timedelta(days=1)))
    dialog = CandidateDialog(coach, candidate)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.tabs.setCurrentWidget(dialog.ui.sessionsTab)
    view = dialog.ui.candidateSessionsView
    assert not dialog.observe_button.isEnabled()
    view.setFocus()
    from trainercoach.gui.models.session_table import SessionTableModel

    topic = view.model().index(0, SessionTableModel.COLUMNS.index("topic"))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(topic).center())
    assert dialog.observe_button.isEnabled()

    def score(observation) -> None:
        observation.activateWindow()
        qtbot.waitUntil(observation.isActiveWindow)
        observation.ui.criteriaView.setFocus()
        qtbot.keyClick(observation.ui.criteriaView, Qt.Key.Key_4)
        observation.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    when_dialog_opens(score)
    qtbot.mouseClick(dialog.observe_button, Qt.MouseButton.LeftButton)
    assert len(coach.observations.for_delivery(session)) == 1

    def type_forms(entry) -> None:
        entry.activateWindow()
        qtbot.waitUntil(entry.isActiveWindow)
        entry.ui.formsView.setFocus()
        qtbot.keyClicks(entry.ui.formsView, "4534459")
        qtbot.keyClick(entry.ui.formsView, Qt.Key.Key_Return)
        entry.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    when_dialog_opens(type_forms)
    qtbot.mouseClick(dialog.feedback_button, Qt.MouseButton.LeftButton)
    assert len(coach.feedback.responses(session)) == 1
