"""Award a certification: topic, level, dates, and the sessions that are its evidence. One service call."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from trainercoach import words
from trainercoach.gui.formats import date_edit_format, date_text
from trainercoach.gui.forms.ui_certification_dialog import Ui_CertificationDialog
from trainercoach.gui.operations import run_op
from trainercoach.models import LEVELS_OF_CERTIFICATION
from trainercoach.records.certification import CertificationForm
from trainercoach.services import Coach

ID_ROLE = Qt.ItemDataRole.UserRole + 2
RENEWAL_YEARS = 2


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def plus_years(value: date, years: int) -> date:
    try:
        return value.replace(year=value.year + years)
    except ValueError:  # 29 February
        return value.replace(year=value.year + years, day=28)


class CertificationDialog(QDialog):
    def __init__(self, coach: Coach, candidate_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.candidate_id = candidate_id
        self.certification_id: int | None = None
        self.ui = Ui_CertificationDialog()
        self.ui.setupUi(self)
        ui = self.ui
        name = coach.candidates.get(candidate_id).form.name
        self.setWindowTitle(self.tr("Award certification — {name}").format(name=name))
        ui.headerLabel.setText(self.tr("Certify <b>{name}</b> to train a topic at a level.").format(
            name=escape(name)))
        sessions = coach.deliveries.list(candidate_id=candidate_id)
        topics = list(dict.fromkeys(s.topic for s in sorted(sessions, key=lambda s: s.starts_at, reverse=True)))
        ui.topicCombo.addItems(topics)
        ui.topicCombo.setCurrentIndex(-1)
        ui.topicCombo.setEditText(topics[0] if topics else "")
        for text, level in words.choices(words.LEVELS, LEVELS_OF_CERTIFICATION):
            ui.levelCombo.addItem(text, level)
        today = date.today()
        for edit in (ui.awardedOnEdit, ui.renewalEdit):  # as the sessions below write their dates: one format
            edit.setDisplayFormat(date_edit_format())
        ui.awardedOnEdit.setMaximumDate(_qdate(today))
        ui.awardedOnEdit.setDate(_qdate(today))
        ui.renewalEdit.setDate(_qdate(plus_years(today, RENEWAL_YEARS)))
        ui.awardedOnEdit.dateChanged.connect(self._move_renewal)
        self.sessions = QStandardItemModel(self)
        for row in sessions:
            item = QStandardItem(f"{date_text(row.starts_at)} · {row.topic}")
            item.setData(row.id, ID_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sessions.appendRow(item)
        ui.sessionsList.setModel(self.sessions)
        self._field_errors: dict[str, QLabel] = {
            "topic": ui.topicError, "level": ui.levelError, "awarded_on": ui.awardedOnError,
            "renewal_due": ui.renewalError, "evidence": ui.evidenceError,
        }
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.topicCombo.setFocus()

    def _move_renewal(self, awarded: QDate) -> None:
        """Keep the default two years after the award while the person has not chosen another date."""
        self.ui.renewalEdit.setDate(_qdate(plus_years(_date(awarded), RENEWAL_YEARS)))

    def set_evidence(self, delivery_ids: list[int]) -> None:
        for row in range(self.sessions.rowCount()):
            item = self.sessions.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in delivery_ids
                               else Qt.CheckState.Unchecked)

    def form(self) -> CertificationForm:
        ui = self.ui
        checked = [self.sessions.item(r).data(ID_ROLE) for r in range(self.sessions.rowCount())
                   if self.sessions.item(r).checkState() == Qt.CheckState.Checked]
        return CertificationForm(
            candidate_id=self.candidate_id, topic=ui.topicCombo.currentText(), level=ui.levelCombo.currentData(),
            awarded_on=_date(ui.awardedOnEdit.date()), renewal_due=_date(ui.renewalEdit.date()),
            evidence=ui.evidenceEdit.toPlainText(), delivery_ids=checked,
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for shown in self._field_errors.values():
            shown.clear()
            shown.setVisible(False)
        general: list[str] = []
        for key, message in errors.items():
            label = self._field_errors.get(key)
            if label is None:
                general.append(message)
            else:
                label.setText(message)
                label.setVisible(True)
        self.ui.formError.setText("\n".join(general))
        self.ui.formError.setVisible(bool(general))

    def save(self) -> None:
        form = self.form()
        outcome = run_op(self, self.coach, lambda: self.coach.certification.award(form), form=self)
        if outcome.ok:
            self.certification_id = outcome.result
            self.accept()
