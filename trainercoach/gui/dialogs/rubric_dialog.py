"""The rubric editor. Saving never changes a version observations use: it writes the next version."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QPlainTextEdit, QWidget

from trainercoach.gui.formats import short_number
from trainercoach.gui.forms.ui_rubric_dialog import Ui_RubricDialog
from trainercoach.gui.operations import run_op
from trainercoach.models import LEVELS
from trainercoach.records.rubrics import CriterionRecord, RubricVersionRecord
from trainercoach.services import Coach


def new_key(title: str, taken: set[str]) -> str:
    """A stable key for a criterion added in the editor; keys only need to be unique within a version."""
    base = re.sub(r"[^a-z0-9]+", "_", title.casefold()).strip("_")[:30] or "criterion"
    key, number = base, 2
    while key in taken:
        key, number = f"{base}_{number}", number + 1
    return key


class RubricDialog(QDialog):
    def __init__(self, coach: Coach, rubric_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.ui = Ui_RubricDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.version: RubricVersionRecord | None = None
        self.criteria: list[CriterionRecord] = []
        self.saved_version_id: int | None = None
        self._loading = False
        self._dirty = False
        self.anchor_edits: dict[int, QPlainTextEdit] = {level: getattr(ui, f"anchor{level}Edit") for level in LEVELS}
        for rubric in coach.rubrics.list():
            ui.rubricCombo.addItem(rubric.name, rubric.id)
        if rubric_id is not None:
            ui.rubricCombo.setCurrentIndex(max(0, ui.rubricCombo.findData(rubric_id)))
        ui.editorSplitter.setSizes([320, 640])
        ui.rubricCombo.currentIndexChanged.connect(self._rubric_chosen)
        ui.criteriaList.currentRowChanged.connect(self._show_criterion)
        ui.addCriterionButton.clicked.connect(self.add_criterion)
        ui.removeCriterionButton.clicked.connect(self.remove_criterion)
        ui.upButton.clicked.connect(lambda: self.move_criterion(-1))
        ui.downButton.clicked.connect(lambda: self.move_criterion(1))
        ui.titleEdit.textEdited.connect(self._edited)
        ui.descriptionEdit.textChanged.connect(self._edited)
        ui.weightSpin.valueChanged.connect(self._edited)
        for edit in self.anchor_edits.values():
            edit.textChanged.connect(self._edited)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Rubrics"))
        self.load()

    # -- loading ---------------------------------------------------------------------------------
    def _rubric_chosen(self) -> None:
        if self._dirty and QMessageBox.question(
                self, self.tr("Discard changes?"),
                self.tr("Your changes to this rubric are not saved. Discard them?")) != QMessageBox.StandardButton.Yes:
            self.ui.rubricCombo.blockSignals(True)
            shown = self.version.rubric_id if self.version is not None else None
            self.ui.rubricCombo.setCurrentIndex(max(0, self.ui.rubricCombo.findData(shown)))
            self.ui.rubricCombo.blockSignals(False)
            return
        self.load()

    def load(self) -> None:
        rubric_id = self.ui.rubricCombo.currentData()
        if rubric_id is None:
            self.ui.versionInfoLabel.setText(self.tr("There is no rubric yet."))
            return
        self.version = self.coach.rubrics.latest(rubric_id)
        self.criteria = [replace(c, anchors=dict(c.anchors)) for c in self.version.criteria]
        number = self.version.number
        self.ui.versionInfoLabel.setText(self.tr(
            "You are editing version {n} of this rubric. Saving makes version {next}; observations already "
            "scored keep version {n}, and new observations use version {next}.").format(n=number, next=number + 1))
        self._fill_list(0)
        self._dirty = False
        self.show_errors({})

    def _fill_list(self, current: int) -> None:
        listing = self.ui.criteriaList
        listing.blockSignals(True)
        listing.clear()
        for position, criterion in enumerate(self.criteria, start=1):
            QListWidgetItem(self._list_text(position, criterion), listing)
        listing.blockSignals(False)
        if self.criteria:
            listing.setCurrentRow(max(0, min(current, len(self.criteria) - 1)))
        self._show_criterion(listing.currentRow())

    @staticmethod
    def _list_text(position: int, criterion: CriterionRecord) -> str:
        return f"{position}. {criterion.title or '…'}  (×{short_number(criterion.weight)})"

    def _show_criterion(self, row: int) -> None:
        ui = self.ui
        enabled = 0 <= row < len(self.criteria)
        ui.criterionPanel.setEnabled(enabled)
        self._loading = True
        criterion = self.criteria[row] if enabled else CriterionRecord("", "")
        ui.titleEdit.setText(criterion.title)
        ui.descriptionEdit.setPlainText(criterion.description)
        ui.weightSpin.setValue(criterion.weight)
        for level, edit in self.anchor_edits.items():
            edit.setPlainText(criterion.anchors.get(level, ""))
        self._loading = False
        ui.removeCriterionButton.setEnabled(enabled)
        ui.upButton.setEnabled(enabled and row > 0)
        ui.downButton.setEnabled(enabled and row < len(self.criteria) - 1)

    # -- editing ---------------------------------------------------------------------------------
    def current_row(self) -> int:
        return self.ui.criteriaList.currentRow()

    def _edited(self) -> None:
        """Keep the record of the selected criterion in step with the fields, as the person types."""
        row = self.current_row()
        if self._loading or not 0 <= row < len(self.criteria):
            return
        ui = self.ui
        criterion = self.criteria[row]
        criterion.title = ui.titleEdit.text()
        criterion.description = ui.descriptionEdit.toPlainText()
        criterion.weight = ui.weightSpin.value()
        criterion.anchors = {level: edit.toPlainText() for level, edit in self.anchor_edits.items()
                             if edit.toPlainText().strip()}
        ui.criteriaList.item(row).setText(self._list_text(row + 1, criterion))
        self._dirty = True

    def add_criterion(self) -> None:
        key = new_key(self.tr("new criterion"), {c.key for c in self.criteria})
        self.criteria.append(CriterionRecord(key, ""))
        self._fill_list(len(self.criteria) - 1)
        self._dirty = True
        self.ui.titleEdit.setFocus()

    def remove_criterion(self) -> None:
        row = self.current_row()
        if 0 <= row < len(self.criteria):
            del self.criteria[row]
            self._fill_list(row)
            self._dirty = True

    def move_criterion(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if 0 <= row < len(self.criteria) and 0 <= target < len(self.criteria):
            self.criteria[row], self.criteria[target] = self.criteria[target], self.criteria[row]
            self._fill_list(target)
            self._dirty = True

    # -- saving ----------------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        criterion_messages = [m for k, m in errors.items() if k.startswith("criterion:")]
        general = [m for k, m in errors.items() if not k.startswith("criterion:")]
        self.ui.criterionError.setText("\n".join(criterion_messages))
        self.ui.criterionError.setVisible(bool(criterion_messages))
        self.ui.formError.setText("\n".join(general))
        self.ui.formError.setVisible(bool(general))
        first = next((k for k in errors if k.startswith("criterion:")), None)
        if first is not None:
            self.ui.criteriaList.setCurrentRow(int(first.split(":", 1)[1]) - 1)
            self.ui.titleEdit.setFocus()

    def save(self) -> None:
        """One call writes the whole next version; the version being edited stays as it was."""
        if self.version is None:
            self.reject()
            return
        for criterion in self.criteria:
            if criterion.id is None and not criterion.key.strip():
                criterion.key = new_key(criterion.title, {c.key for c in self.criteria})
        rubric_id, criteria, note = self.version.rubric_id, [replace(c, id=None) for c in self.criteria], \
            self.ui.noteEdit.text()
        outcome = run_op(self, self.coach, lambda: self.coach.rubrics.revise(rubric_id, criteria, note), form=self)
        if not outcome.ok:
            return
        self.saved_version_id = outcome.result
        self._dirty = False
        self.accept()


__all__ = ["RubricDialog", "Qt"]
