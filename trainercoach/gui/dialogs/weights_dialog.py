"""The composite score's weights: the composite is only offered with its weights in view and changeable."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from trainercoach.analytics.readiness import CompositeWeights
from trainercoach.gui.forms.ui_weights_dialog import Ui_WeightsDialog
from trainercoach.gui.operations import InLabel, run_op
from trainercoach.services import Coach


class WeightsDialog(QDialog):
    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.ui = Ui_WeightsDialog()
        self.ui.setupUi(self)
        self.load(coach.settings.composite_weights())
        for spin in (self.ui.rubricSpin, self.ui.feedbackSpin, self.ui.gainSpin):
            spin.valueChanged.connect(self._show_total)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.load(CompositeWeights()))
        self.ui.rubricSpin.setFocus()

    def load(self, weights: CompositeWeights) -> None:
        """Shown as shares of 100 whatever was stored, because that is how the composite uses them."""
        total = weights.rubric + weights.feedback + weights.gain or 1.0
        self.ui.rubricSpin.setValue(round(weights.rubric / total * 100))
        self.ui.feedbackSpin.setValue(round(weights.feedback / total * 100))
        self.ui.gainSpin.setValue(round(weights.gain / total * 100))
        self._show_total()

    def weights(self) -> CompositeWeights:
        return CompositeWeights(self.ui.rubricSpin.value() / 100, self.ui.feedbackSpin.value() / 100,
                                self.ui.gainSpin.value() / 100)

    def _show_total(self) -> None:
        total = self.ui.rubricSpin.value() + self.ui.feedbackSpin.value() + self.ui.gainSpin.value()
        text = self.tr("Total {total}%.").format(total=total)
        if total and total != 100:
            text += " " + self.tr("The composite divides by the total, so these act as shares of it.")
        self.ui.totalLabel.setText(text)

    def save(self) -> None:
        weights = self.weights()
        if run_op(self, self.coach, lambda: self.coach.settings.set_composite_weights(weights),
                  form=InLabel(self.ui.errorLabel)).ok:
            self.accept()
