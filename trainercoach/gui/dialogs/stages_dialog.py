"""Configure the pipeline's stages: rename, reorder, add, mark as a side exit, delete an unused one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from trainercoach.gui.forms.ui_stages_dialog import Ui_StagesDialog
from trainercoach.gui.operations import Outcome, run_op
from trainercoach.records.pipeline import StageRecord
from trainercoach.services import Coach

STAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class StagesDialog(QDialog):
    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.ui = Ui_StagesDialog()
        self.ui.setupUi(self)
        self.model = QStandardItemModel(self)
        self.ui.stagesView.setModel(self.model)
        self.stages: list[StageRecord] = []
        self.ui.addButton.clicked.connect(self.add)
        self.ui.renameButton.clicked.connect(self.rename)
        self.ui.upButton.clicked.connect(lambda: self.shift(-1))
        self.ui.downButton.clicked.connect(lambda: self.shift(1))
        self.ui.deleteButton.clicked.connect(self.delete)
        self.ui.exitCheck.clicked.connect(self.set_exit)
        self.ui.stagesView.doubleClicked.connect(lambda _index: self.rename())
        self.ui.buttonBox.rejected.connect(self.reject)
        self.refresh()
        self.ui.stagesView.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.select_row(0)

    def refresh(self, select_id: int | None = None) -> None:
        self.stages = self.coach.pipeline.stages()
        self.model.clear()
        for stage in self.stages:
            text = self.tr("{name}  ({count} candidates)").format(name=stage.name, count=stage.candidates)
            if stage.kind == "exit":
                text += self.tr("  — side exit")
            item = QStandardItem(text)
            item.setData(stage.id, STAGE_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if select_id is not None:
            self.select_row(next((i for i, s in enumerate(self.stages) if s.id == select_id), 0))
        self._update_buttons()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.ui.stagesView.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def current(self) -> StageRecord | None:
        row = self.ui.stagesView.currentIndex().row()
        return self.stages[row] if 0 <= row < len(self.stages) else None

    def _update_buttons(self) -> None:
        stage = self.current()
        row = self.ui.stagesView.currentIndex().row()
        for button in (self.ui.renameButton, self.ui.deleteButton, self.ui.exitCheck):
            button.setEnabled(stage is not None)
        self.ui.upButton.setEnabled(stage is not None and row > 0)
        self.ui.downButton.setEnabled(stage is not None and row < len(self.stages) - 1)
        self.ui.exitCheck.setChecked(stage is not None and stage.kind == "exit")
        if stage is not None and stage.candidates:
            self.ui.deleteButton.setToolTip(self.tr("{name} holds candidates; move them first.").format(
                name=stage.name))
        else:
            self.ui.deleteButton.setToolTip("")

    def show_errors(self, errors: dict[str, str]) -> None:
        """A refusal of the last change (the operation wrapper shows it here); none: the label hides."""
        self.ui.errorLabel.setText("\n".join(errors.values()))
        self.ui.errorLabel.setVisible(bool(errors))

    def _done(self, outcome: Outcome, select_id: int | None = None) -> bool:
        """After a change through the wrapper: the list read again, the changed stage (or a new one) selected."""
        if not outcome.ok:
            return False
        self.show_errors({})
        self.refresh(outcome.result if isinstance(outcome.result, int) else select_id)
        return True

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add a stage"), self.tr("Name of the new stage:"))
        if ok:
            self._done(run_op(self, self.coach, lambda: self.coach.pipeline.add_stage(name), form=self))

    def rename(self) -> None:
        stage = self.current()
        if stage is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename stage"), self.tr("New name:"),
                                        QLineEdit.EchoMode.Normal, stage.name)
        if ok:
            self._done(run_op(self, self.coach, lambda: self.coach.pipeline.rename_stage(stage.id, name), form=self),
                       stage.id)

    def shift(self, step: int) -> None:
        stage = self.current()
        if stage is None:
            return
        ids = [s.id for s in self.stages]
        row = ids.index(stage.id)
        target = row + step
        if not 0 <= target < len(ids):
            return
        ids[row], ids[target] = ids[target], ids[row]
        self._done(run_op(self, self.coach, lambda: self.coach.pipeline.reorder_stages(ids), form=self), stage.id)

    def set_exit(self, checked: bool) -> None:
        stage = self.current()
        if stage is not None:
            kind = "exit" if checked else "pipeline"
            self._done(run_op(self, self.coach, lambda: self.coach.pipeline.set_stage_kind(stage.id, kind), form=self),
                       stage.id)

    def delete(self) -> None:
        stage = self.current()
        if stage is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete stage"),
                                      self.tr("Delete the stage {name}?").format(name=stage.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._done(run_op(self, self.coach, lambda: self.coach.pipeline.delete_stage(stage.id), form=self))
