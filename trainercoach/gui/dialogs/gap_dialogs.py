"""The gap register's dialogs (issue 20): a gap's topic and description, an outside figure with its source,
and a chooser of the records a lead links as evidence (the most missed check questions first). Writes go
through ``run_op`` and refusals show in each dialog's error label."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trainercoach.gui.formats import date_text
from trainercoach.gui.operations import run_op
from trainercoach.records.gaps import EvidenceForm, GapForm
from trainercoach.services import Coach
from trainercoach.words import EVIDENCE_KINDS, FIGURE_KINDS, choices, word

ID_ROLE = Qt.ItemDataRole.UserRole + 2


def _error_label() -> QLabel:
    label = QLabel()
    label.setProperty("class", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.rejected.connect(dialog.reject)
    return buttons


def number_or_none(text: str) -> float | None | str:
    """A typed number ("3,5" too); empty is None; anything else comes back as the text, for the service to
    refuse in its words."""
    stripped = text.strip().replace(",", ".")
    if not stripped:
        return None
    try:
        return float(stripped)
    except ValueError:
        return text


class GapDialog(QDialog):
    """A new knowledge gap, or an existing one's topic and description."""

    def __init__(self, coach: Coach, gap_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach, self.gap_id = coach, gap_id
        self.setWindowTitle(self.tr("Knowledge gap"))
        layout = QVBoxLayout(self)
        fields = QFormLayout()
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("What agents struggle with, e.g. refunds after 30 days"))
        self.description = QPlainTextEdit()
        fields.addRow(self.tr("Topic:"), self.topic)
        fields.addRow(self.tr("Description:"), self.description)
        layout.addLayout(fields)
        self.error_label = _error_label()
        layout.addWidget(self.error_label)
        buttons = _buttons(self)
        buttons.accepted.connect(self.save)
        layout.addWidget(buttons)
        self.version: int | None = None
        if gap_id is not None:
            detail = coach.gaps.get(gap_id)
            self.topic.setText(detail.form.topic)
            self.description.setPlainText(detail.form.description)
            self.version = detail.version

    def form(self) -> GapForm:
        return GapForm(self.topic.text(), self.description.toPlainText())

    def show_errors(self, errors: dict[str, str]) -> None:
        self.error_label.setText("\n".join(dict.fromkeys(errors.values())))
        self.error_label.setVisible(bool(errors))

    def save(self) -> None:
        form, gap_id = self.form(), self.gap_id
        if gap_id is None:
            outcome = run_op(self, self.coach, lambda: self.coach.gaps.add(form), form=self)
            if outcome.ok:
                self.gap_id = outcome.result
        else:
            def write(version: int | None) -> None:
                self.coach.gaps.update(gap_id, form, expected_version=version)

            outcome = run_op(self, self.coach, lambda: write(self.version), form=self, retry=write)
        if outcome.ok:
            self.accept()


class FigureDialog(QDialog):
    """An outside figure for a gap: a QA score, CSAT or a ticket volume, with its source and date."""

    def __init__(self, coach: Coach, gap_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach, self.gap_id = coach, gap_id
        self.setWindowTitle(self.tr("Add an outside figure"))
        layout = QVBoxLayout(self)
        fields = QFormLayout()
        self.kind = QComboBox()
        for label, key in choices(FIGURE_KINDS, FIGURE_KINDS):
            self.kind.addItem(label, key)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("Where it comes from: a report, a tool, a team"))
        self.on_date = QDateEdit(QDate.currentDate())
        self.on_date.setCalendarPopup(True)
        self.value = QLineEdit()
        self.agents = QLineEdit()
        self.agents.setPlaceholderText(self.tr("How many agents it covers (optional)"))
        self.note = QLineEdit()
        fields.addRow(self.tr("Figure:"), self.kind)
        fields.addRow(self.tr("Source:"), self.source)
        fields.addRow(self.tr("Date:"), self.on_date)
        fields.addRow(self.tr("Value:"), self.value)
        fields.addRow(self.tr("Agents:"), self.agents)
        fields.addRow(self.tr("Note:"), self.note)
        layout.addLayout(fields)
        self.error_label = _error_label()
        layout.addWidget(self.error_label)
        buttons = _buttons(self)
        buttons.accepted.connect(self.save)
        layout.addWidget(buttons)

    def form(self) -> EvidenceForm:
        agents = number_or_none(self.agents.text())
        value = number_or_none(self.value.text())
        return EvidenceForm("figure", figure_kind=self.kind.currentData(), source=self.source.text(),
                            on_date=self.on_date.date().toPython(), value=value,  # type: ignore[arg-type]
                            agents=int(agents) if isinstance(agents, float) and agents.is_integer() else agents,  # type: ignore[arg-type]
                            note=self.note.text())

    def show_errors(self, errors: dict[str, str]) -> None:
        self.error_label.setText("\n".join(dict.fromkeys(errors.values())))
        self.error_label.setVisible(bool(errors))

    def save(self) -> None:
        form, gap_id = self.form(), self.gap_id
        if run_op(self, self.coach, lambda: self.coach.gaps.add_evidence(gap_id, form), form=self).ok:
            self.accept()


class PickDialog(QDialog):
    """Choose one record to link: ``rows`` are (kind, id, text); ``chosen`` holds (kind, id) once accepted."""

    def __init__(self, title: str, rows: list[tuple[str, int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.chosen: tuple[str, int] | None = None
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        for kind, row_id, words in rows:
            item = QListWidgetItem(words)
            item.setData(ID_ROLE, (kind, row_id))
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        if not rows:
            layout.addWidget(QLabel(self.tr("Nothing to choose from yet.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = item.data(ID_ROLE)
        super().accept()


def question_rows(coach: Coach) -> list[tuple[str, int, str]]:
    """The check questions, the most missed first, as the chooser lists them."""
    rows = []
    for q in coach.gaps.missed_questions():
        share = f"{q.correct / q.answered:.0%}" if q.answered else "–"
        rows.append(("question", q.id, f"{share} · {q.text} — {q.session_topic} {q.check_title}, "
                                       f"{date_text(q.held_on)} ({q.correct}/{q.answered})"))
    return rows


def link_rows(coach: Coach) -> list[tuple[str, int, str]]:
    return [(p.kind, p.id, f"{word(EVIDENCE_KINDS, p.kind)} · {date_text(p.on_date)} · {p.text}")
            for p in coach.gaps.link_picks()]


def evidence_form(kind: str, row_id: int) -> EvidenceForm:
    link = {"question": "question_id", "check": "check_id", "comment": "response_id",
            "action_item": "action_item_id"}[kind]
    return EvidenceForm(kind, **{link: row_id})  # type: ignore[arg-type]
