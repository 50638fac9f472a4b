"""The business-case editor (issue 20): who writes it, for which gap, the problem, the audience and its size,
the proposed session (outline, objectives, method, content mix), the effort in trainer hours and the expected
effect with how it will be measured. Saved through ``run_op``; refusals beside the form."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trainercoach.gui.dialogs.gap_dialogs import number_or_none
from trainercoach.gui.operations import run_op
from trainercoach.models import AUDIENCES, CASE_MEASURES, METHODS
from trainercoach.records.gaps import CaseForm
from trainercoach.services import Coach
from trainercoach.words import AUDIENCES as AUDIENCE_WORDS
from trainercoach.words import CASE_MEASURES as MEASURE_WORDS
from trainercoach.words import METHODS as METHOD_WORDS
from trainercoach.words import choices


def _combo(pairs: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for label, key in pairs:
        combo.addItem(label, key)
    return combo


def _choose(combo: QComboBox, key: object) -> None:
    found = combo.findData(key)
    if found >= 0:
        combo.setCurrentIndex(found)


def _text(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(height)
    return edit


class CaseDialog(QDialog):
    """A new business case (for ``gap_id`` when given) or an existing one; ``case_id`` holds it once saved."""

    def __init__(self, coach: Coach, case_id: int | None = None, gap_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach, self.case_id = coach, case_id
        self.version: int | None = None
        self.setWindowTitle(self.tr("Business case"))
        layout = QVBoxLayout(self)
        fields = QFormLayout()
        candidates = coach.candidates.list()
        self.candidate = _combo([(c.name, c.id) for c in candidates])
        self.gap = _combo([(g.topic, g.id) for g in coach.gaps.list()])
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("The session it asks for"))
        self.problem = _text()
        self.audience = _combo(list(choices(AUDIENCE_WORDS, AUDIENCES)))
        self.audience_size = QLineEdit()
        self.outline = _text()
        self.objectives = _text()
        self.method = _combo(list(choices(METHOD_WORDS, METHODS)))
        mix = QHBoxLayout()
        self.has_text = QCheckBox(self.tr("Text"))
        self.has_visual = QCheckBox(self.tr("Visual"))
        self.has_hands_on = QCheckBox(self.tr("Hands-on"))
        for box in (self.has_text, self.has_visual, self.has_hands_on):
            mix.addWidget(box)
        mix.addStretch(1)
        self.effort = QLineEdit()
        self.expected = _text()
        self.measure = _combo(list(choices(MEASURE_WORDS, CASE_MEASURES)))
        for label, widget in ((self.tr("Candidate:"), self.candidate), (self.tr("Knowledge gap:"), self.gap),
                              (self.tr("Title:"), self.title), (self.tr("Problem:"), self.problem),
                              (self.tr("Audience:"), self.audience), (self.tr("Audience size:"), self.audience_size),
                              (self.tr("Session outline:"), self.outline), (self.tr("Objectives:"), self.objectives),
                              (self.tr("Method:"), self.method)):
            fields.addRow(label, widget)
        fields.addRow(self.tr("Content mix:"), mix)
        fields.addRow(self.tr("Effort (trainer hours):"), self.effort)
        fields.addRow(self.tr("Expected effect:"), self.expected)
        fields.addRow(self.tr("Measured by:"), self.measure)
        layout.addLayout(fields)
        self.error_label = QLabel()
        self.error_label.setProperty("class", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.has_text.setChecked(True)
        _choose(self.audience, CaseForm(0, 0, "").audience)  # a new case's defaults are the form's
        if case_id is not None:
            detail = coach.cases.get(case_id)
            self.version = detail.version
            self.load(detail.form)
        elif gap_id is not None:
            _choose(self.gap, gap_id)
        self.resize(620, 720)

    def load(self, form: CaseForm) -> None:
        _choose(self.candidate, form.candidate_id)
        _choose(self.gap, form.gap_id)
        self.title.setText(form.title)
        self.problem.setPlainText(form.problem)
        _choose(self.audience, form.audience)
        self.audience_size.setText("" if form.audience_size is None else str(form.audience_size))
        self.outline.setPlainText(form.outline)
        self.objectives.setPlainText(form.objectives)
        _choose(self.method, form.method)
        self.has_text.setChecked(form.has_text)
        self.has_visual.setChecked(form.has_visual)
        self.has_hands_on.setChecked(form.has_hands_on)
        self.effort.setText("" if form.effort_hours is None else f"{form.effort_hours:g}")
        self.expected.setPlainText(form.expected_effect)
        _choose(self.measure, form.measure)

    def form(self) -> CaseForm:
        size = number_or_none(self.audience_size.text())
        return CaseForm(
            self.candidate.currentData() or 0, self.gap.currentData() or 0, self.title.text(),
            self.problem.toPlainText(), self.audience.currentData(),
            int(size) if isinstance(size, float) and size.is_integer() else size,  # type: ignore[arg-type]
            self.outline.toPlainText(), self.objectives.toPlainText(), self.method.currentData(),
            self.has_text.isChecked(), self.has_visual.isChecked(), self.has_hands_on.isChecked(),
            number_or_none(self.effort.text()),  # type: ignore[arg-type]
            self.expected.toPlainText(), self.measure.currentData())

    def show_errors(self, errors: dict[str, str]) -> None:
        self.error_label.setText("\n".join(dict.fromkeys(errors.values())))
        self.error_label.setVisible(bool(errors))

    def save(self) -> None:
        form, case_id = self.form(), self.case_id
        cases = self.coach.cases
        if case_id is None:
            outcome = run_op(self, self.coach, lambda: cases.add(form), form=self)
            if outcome.ok:
                self.case_id = outcome.result
        else:
            def write(version: int | None) -> None:
                cases.update(case_id, form, expected_version=version)

            outcome = run_op(self, self.coach, lambda: write(self.version), form=self, retry=write)
        if outcome.ok:
            self.accept()
