"""Leads and trainers: the people who mentor and nominate candidates, and, on a team server, who may sign in
with which role."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from trainercoach.gui.forms.ui_people_dialog import Ui_PeopleDialog
from trainercoach.gui.operations import InLabel, run_op
from trainercoach.services import Coach

PERSON_ID = Qt.ItemDataRole.UserRole + 1


class PeopleDialog(QDialog):
    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.ui = Ui_PeopleDialog()
        self.ui.setupUi(self)
        for role, label in (("lead", self.tr("Training lead")), ("trainer", self.tr("Trainer")),
                            ("agent", self.tr("Agent"))):
            self.ui.roleCombo.addItem(label, role)
        for role, label in (("trainer", self.tr("Trainer")), ("lead", self.tr("Training lead"))):
            self.ui.accessRoleCombo.addItem(label, role)
        # Logins exist only on a team server, and only a lead (or the server's owner) may hand them out; the
        # database refuses anyone else, so this merely spares a trainer a section that could only say no.
        self.team = coach.db.is_postgresql
        self.may_grant = self.team and coach.people.connected().role in ("owner", "lead")
        self.ui.accessBox.setVisible(self.may_grant)
        headers = [self.tr("Name"), self.tr("Email"), self.tr("Role")] + ([self.tr("Login")] if self.team else [])
        self.model = QStandardItemModel(0, len(headers), self)
        self.model.setHorizontalHeaderLabels(headers)
        self.ui.peopleView.setModel(self.model)
        self.ui.peopleView.verticalHeader().hide()
        self.ui.peopleView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.peopleView.selectionModel().currentRowChanged.connect(self._person_chosen)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.retireButton.clicked.connect(self.retire)
        # On a team server you are your login's person; on a local file you say who you are.
        self.ui.youButton.setVisible(not self.team)
        self.ui.youButton.clicked.connect(self.this_is_me)
        self.ui.nameEdit.returnPressed.connect(self.add)
        self.ui.grantButton.clicked.connect(self.grant)
        self.ui.revokeButton.clicked.connect(self.revoke)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.chosen_person()
        self.model.removeRows(0, self.model.rowCount())
        # On a team server candidates sign in too (as trainers), so everyone is listed there.
        logins = {login.person_id: login for login in self.coach.people.logins()} if self.team else {}
        self._logins = logins
        role_words = {"lead": self.tr("Training lead"), "trainer": self.tr("Trainer"), "agent": self.tr("Agent")}
        self._people = {p.id: p for p in self.coach.people.list(None if self.team else ("lead", "trainer"))}
        you = None if self.team else self.coach.settings.you()
        dim = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for person in self._people.values():
            role = role_words.get(person.role, person.role)
            cells = [person.name, person.email, self.tr("{role} (retired)").format(role=role) if person.retired
                     else role]
            if person.id == you:
                cells[2] = self.tr("{role} — you").format(role=cells[2])
            if self.team:
                login = logins.get(person.id)
                cells.append(f"{login.db_user} ({role_words[login.role]})" if login else "—")
            items = [QStandardItem(text) for text in cells]
            items[0].setData(person.id, PERSON_ID)
            if person.retired:
                for item in items:
                    item.setForeground(dim)
            self.model.appendRow(items)
            if person.id == chosen:
                self.ui.peopleView.selectRow(self.model.rowCount() - 1)

    def chosen_person(self) -> int | None:
        index = self.ui.peopleView.currentIndex()
        return self.model.index(index.row(), 0).data(PERSON_ID) if index.isValid() else None

    def select_person(self, person_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(PERSON_ID) == person_id:
                self.ui.peopleView.selectRow(row)
                return

    def _person_chosen(self) -> None:
        person_id = self.chosen_person()
        person = self._people.get(person_id) if person_id is not None else None
        self.ui.saveButton.setEnabled(person is not None)
        self.ui.retireButton.setEnabled(person is not None)
        self.ui.youButton.setEnabled(person is not None and not person.retired)
        self.ui.retireButton.setText(self.tr("Bring &back") if person is not None and person.retired
                                     else self.tr("Re&tire"))
        if person is not None:
            self.ui.nameEdit.setText(person.name)
            self.ui.emailEdit.setText(person.email)
            self.ui.roleCombo.setCurrentIndex(max(0, self.ui.roleCombo.findData(person.role)))
            self.ui.errorLabel.setVisible(False)
        login = self._logins.get(person_id) if self.team and person_id is not None else None
        self.ui.loginEdit.setText(login.db_user if login else "")
        self.ui.accessRoleCombo.setCurrentIndex(max(0, self.ui.accessRoleCombo.findData(
            login.role if login else "trainer")))
        self.ui.passwordEdit.clear()
        self.ui.revokeButton.setEnabled(login is not None)
        self._show_access_error("")

    def add(self) -> None:
        name, email, role = self.ui.nameEdit.text(), self.ui.emailEdit.text(), self.ui.roleCombo.currentData()
        outcome = run_op(self, self.coach, lambda: self.coach.people.add(name, email, role),
                         form=InLabel(self.ui.errorLabel))
        if not outcome.ok:
            return
        self.ui.errorLabel.setVisible(False)
        self.ui.nameEdit.clear()
        self.ui.emailEdit.clear()
        self.refresh()
        self.select_person(outcome.result)

    def save(self) -> None:
        """The chosen person's name, e-mail address and role as typed in the fields."""
        person_id = self.chosen_person()
        person = self._people.get(person_id) if person_id is not None else None
        if person is None:
            return
        name, email, role = self.ui.nameEdit.text(), self.ui.emailEdit.text(), self.ui.roleCombo.currentData()
        if not run_op(self, self.coach, lambda: self.coach.people.edit(person.id, name, email, role,
                                                                       expected_version=person.version),
                      form=InLabel(self.ui.errorLabel)).ok:
            return
        self.ui.errorLabel.setVisible(False)
        self.refresh()
        self._person_chosen()

    def retire(self) -> None:
        """Retire the chosen person (or bring a retired one back)."""
        person_id = self.chosen_person()
        person = self._people.get(person_id) if person_id is not None else None
        if person is None:
            return
        if not run_op(self, self.coach, lambda: self.coach.people.retire(person.id, not person.retired),
                      form=InLabel(self.ui.errorLabel)).ok:
            return
        self.refresh()
        self._person_chosen()

    def this_is_me(self) -> None:
        """The chosen person is who uses this file: what this app records from now on carries their name."""
        person_id = self.chosen_person()
        if person_id is None:
            return
        if run_op(self, self.coach, lambda: self.coach.settings.set_you(person_id),
                  form=InLabel(self.ui.errorLabel)).ok:
            self.refresh()

    def grant(self) -> None:
        person_id = self.chosen_person()
        if person_id is None:
            self._show_access_error(self.tr("Choose the person in the list first."))
            return
        login, role = self.ui.loginEdit.text(), self.ui.accessRoleCombo.currentData()
        password = self.ui.passwordEdit.text() or None
        if not run_op(self, self.coach, lambda: self.coach.people.grant_access(person_id, login, role,
                                                                              password=password),
                      form=InLabel(self.ui.accessErrorLabel)).ok:
            return
        self.ui.passwordEdit.clear()  # never kept longer than it takes to send it
        self.refresh()
        self._person_chosen()

    def revoke(self) -> None:
        person_id = self.chosen_person()
        if person_id is None:
            return
        if not run_op(self, self.coach, lambda: self.coach.people.revoke_access(person_id),
                      form=InLabel(self.ui.accessErrorLabel)).ok:
            return
        self.refresh()
        self._person_chosen()

    def _show_access_error(self, message: str) -> None:
        self.ui.accessErrorLabel.setText(message)
        self.ui.accessErrorLabel.setVisible(bool(message))
