"""Asks why one or more candidates move to another stage, says first when the move skips a stage, and saves
the move (one transaction, one undo entry, however many move) when told."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtWidgets import QDialog, QWidget

from trainercoach.gui.forms.ui_move_dialog import Ui_MoveDialog
from trainercoach.gui.operations import InLabel, run_op
from trainercoach.services import Coach


@dataclass(frozen=True)
class Moving:
    """A card to move: who, and the stage it is in now."""

    candidate_id: int
    name: str
    stage_name: str


class MoveDialog(QDialog):
    def __init__(self, coach: Coach, cards: Sequence[Moving], to_stage_id: int, to_stage: str,
                 skipped: Sequence[str] = (), parent: QWidget | None = None) -> None:
        """``skipped``: the stages (in board order) this move passes over, said before the move is made."""
        super().__init__(parent)
        self.coach = coach
        self.candidate_ids = [card.candidate_id for card in cards]
        self.to_stage_id = to_stage_id
        self.ui = Ui_MoveDialog()
        self.ui.setupUi(self)
        if len(cards) == 1:
            [card] = cards
            self.setWindowTitle(self.tr("Move {name}").format(name=card.name))
            self.ui.summaryLabel.setText(
                self.tr("Move <b>{name}</b> from <b>{source}</b> to <b>{target}</b>.").format(
                    name=escape(card.name), source=escape(card.stage_name), target=escape(to_stage)))
        else:
            self.setWindowTitle(self.tr("Move %n candidates", "", len(cards)))
            self.ui.summaryLabel.setText(
                self.tr("Move %n candidates to <b>{target}</b>: {names}.", "", len(cards)).format(
                    target=escape(to_stage), names=", ".join(
                        f"<b>{escape(card.name)}</b> ({escape(card.stage_name)})" for card in cards)))
        if skipped:
            stages = ", ".join(f"<b>{escape(stage)}</b>" for stage in skipped)
            self.ui.skipLabel.setText(self.tr("This move skips {stages}. Check that this is meant before you "
                                              "press OK.").format(stages=stages))
            self.ui.skipLabel.setVisible(True)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.reasonEdit.setFocus()

    @property
    def candidate_id(self) -> int:
        """The first (or only) candidate moved."""
        return self.candidate_ids[0]

    def save(self) -> None:
        ids, stage_id, reason = list(self.candidate_ids), self.to_stage_id, self.ui.reasonEdit.toPlainText()
        if run_op(self, self.coach, lambda: self.coach.pipeline.move_many(ids, stage_id, reason),
                  form=InLabel(self.ui.errorLabel)).ok:
            self.accept()
        else:
            self.ui.reasonEdit.setFocus()
