"""People edited and retired from the People dialog, as a person does it: choose, type, click (issue 18.8)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import type_text
from trainercoach.gui.dialogs.candidate_dialog import CandidateDialog
from trainercoach.gui.dialogs.people_dialog import PERSON_ID, PeopleDialog
from trainercoach.services import CandidateForm


def choose(qtbot, dialog: PeopleDialog, name: str) -> None:
    view = dialog.ui.peopleView
    for row in range(dialog.model.rowCount()):
        if dialog.model.index(row, 0).data() == name:
            rect = view.visualRect(dialog.model.index(row, 0))
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{name} is not listed")


def retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def test_a_person_is_corrected_then_retired_and_stays_on_old_records(qtbot, coach) -> None:
    ana = coach.people.add("Ana", "ana@example.com", "trainer")
    coach.people.add("Ben", "ben@example.com", "lead")
    candidate = coach.candidates.add(CandidateForm(name="Cleo", mentor_id=ana))
    dialog = PeopleDialog(coach)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.saveButton.isEnabled()

    choose(qtbot, dialog, "Ana")
    assert dialog.ui.nameEdit.text() == "Ana" and dialog.ui.emailEdit.text() == "ana@example.com"
    retype(qtbot, dialog.ui.emailEdit, "ben@example.com")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.isVisible() and "Ben" in dialog.ui.errorLabel.text()  # refused in words
    assert coach.people.get(ana).email == "ana@example.com"

    retype(qtbot, dialog.ui.nameEdit, "Άννα Σ.")
    retype(qtbot, dialog.ui.emailEdit, "anna@example.gr")
    dialog.ui.roleCombo.setFocus()
    qtbot.keyClick(dialog.ui.roleCombo, Qt.Key.Key_Up)  # Trainer -> Training lead
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not dialog.ui.errorLabel.isVisible()
    person = coach.people.get(ana)
    assert (person.name, person.email, person.role) == ("Άννα Σ.", "anna@example.gr", "lead")

    assert dialog.chosen_person() == ana
    qtbot.mouseClick(dialog.ui.retireButton, Qt.MouseButton.LeftButton)
    assert coach.people.get(ana).retired
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 0).data(PERSON_ID) == ana)
    assert "retired" in dialog.model.index(row, 2).data()
    assert dialog.ui.retireButton.text().replace("&", "") == "Bring back"

    # no longer offered as a mentor for a new candidate ...
    new = CandidateDialog(coach)
    qtbot.addWidget(new)
    assert new.ui.mentorCombo.findData(ana) < 0 and new.ui.mentorCombo.count() == 2  # nobody, Ben
    # ... and still the mentor of the candidate she had
    old = CandidateDialog(coach, candidate)
    qtbot.addWidget(old)
    assert old.ui.mentorCombo.currentData() == ana and old.ui.mentorCombo.currentText() == "Άννα Σ."

    coach.history.undo()  # Edit ▸ Undo takes the retirement back
    QApplication.processEvents()
    assert not coach.people.get(ana).retired


def test_this_is_me_puts_your_name_on_what_you_record(qtbot, db_path) -> None:
    """Issue 15.9: on a local file the person who uses it says who they are, in the People dialog; a move in the
    pipeline then says "by" them, not by the operating system's user."""
    from tests.core.helpers import stage_id
    from trainercoach.services import Coach

    coach = Coach.open(db_path)
    try:
        ben = coach.people.add("Βενιαμίν 王", "ben@example.com", "lead")
        coach.people.add("Ana", "ana@example.com", "trainer")
        candidate = coach.candidates.add(CandidateForm(name="Cleo"))
        dialog = PeopleDialog(coach)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.ui.youButton.isVisible() and not dialog.ui.youButton.isEnabled()
        choose(qtbot, dialog, "Βενιαμίν 王")
        qtbot.mouseClick(dialog.ui.youButton, Qt.MouseButton.LeftButton)
        assert coach.settings.you() == ben
        model = dialog.model
        roles = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
        assert roles["Βενιαμίν 王"].endswith("you") and not roles["Ana"].endswith("you")
        coach.pipeline.move(candidate, stage_id(coach, "Screening"), "Screening booked.")
        assert coach.candidates.get(candidate).timeline[0].moved_by == "Βενιαμίν 王"
    finally:
        coach.close()


def test_on_a_team_server_who_you_are_is_not_chosen_here(qtbot, coach) -> None:
    dialog = PeopleDialog(coach)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.youButton.isVisible() is (not coach.db.is_postgresql)
