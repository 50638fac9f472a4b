"""Asks why a candidate moves to another stage, and saves the move (one transaction) when told."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QWidget

from trainercoach.gui.forms.ui_move_dialog import Ui_MoveDialog
from trainercoach.gui.operations import InLabel, run_op
from trainercoach.services import Coach


class MoveDialog(QDialog):
    def __init__(self, coach: Coach, candidate_id: int, name: str, from_stage: str, to_stage_id: int,
                 to_stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.candidate_id = candidate_id
        self.to_stage_id = to_stage_id
        self.ui = Ui_MoveDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Move {name}").format(name=name))
        self.ui.summaryLabel.setText(self.tr("Move <b>{name}</b> from <b>{source}</b> to <b>{target}</b>.").format(
            name=escape(name), source=escape(from_stage), target=escape(to_stage)))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.reasonEdit.setFocus()

    def save(self) -> None:
        candidate_id, stage_id, reason = self.candidate_id, self.to_stage_id, self.ui.reasonEdit.toPlainText()
        if run_op(self, self.coach, lambda: self.coach.pipeline.move(candidate_id, stage_id, reason),
                  form=InLabel(self.ui.errorLabel)).ok:
            self.accept()
        else:
            self.ui.reasonEdit.setFocus()
