"""Leads and trainers: the people who mentor and nominate candidates."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from trainercoach.errors import TrainerCoachError, ValidationError
from trainercoach.gui.forms.ui_people_dialog import Ui_PeopleDialog
from trainercoach.gui.messages import explain
from trainercoach.services import Coach


class PeopleDialog(QDialog):
    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.ui = Ui_PeopleDialog()
        self.ui.setupUi(self)
        for role, label in (("lead", self.tr("Training lead")), ("trainer", self.tr("Trainer")),
                            ("agent", self.tr("Agent"))):
            self.ui.roleCombo.addItem(label, role)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Email"), self.tr("Role")])
        self.ui.peopleView.setModel(self.model)
        self.ui.peopleView.verticalHeader().hide()
        self.ui.peopleView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.nameEdit.returnPressed.connect(self.add)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for person in self.coach.people.list(("lead", "trainer")):
            self.model.appendRow([QStandardItem(person.name), QStandardItem(person.email),
                                  QStandardItem(self.ui.roleCombo.itemText(self.ui.roleCombo.findData(person.role)))])

    def add(self) -> None:
        try:
            self.coach.people.add(self.ui.nameEdit.text(), self.ui.emailEdit.text(), self.ui.roleCombo.currentData())
        except (ValidationError, TrainerCoachError) as error:
            self.ui.errorLabel.setText(explain(error))
            self.ui.errorLabel.setVisible(True)
            return
        self.ui.errorLabel.setVisible(False)
        self.ui.nameEdit.clear()
        self.ui.emailEdit.clear()
        self.refresh()
