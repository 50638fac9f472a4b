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

    dialog.ui.guidedPracticeDate.setDate(date(2026, 3, 2))
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
