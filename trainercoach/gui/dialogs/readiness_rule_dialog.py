"""The readiness rule, every part editable, read back in plain words so a lead can check what they set."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from trainercoach.analytics.readiness import ReadinessRule
from trainercoach.gui.formats import short_number
from trainercoach.gui.forms.ui_readiness_rule_dialog import Ui_ReadinessRuleDialog
from trainercoach.gui.operations import run_op
from trainercoach.services import Coach


class ReadinessRuleDialog(QDialog):
    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.ui = Ui_ReadinessRuleDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._errors: dict[str, QLabel] = {
            "min_observed": ui.minObservedError, "last_sessions": ui.lastSessionsError,
            "rubric_threshold": ui.rubricThresholdError, "feedback_threshold": ui.feedbackThresholdError,
            "feedback_min_answers": ui.feedbackMinAnswersError,
        }
        self.load(coach.settings.readiness_rule())
        for spin in (ui.minObservedSpin, ui.lastSessionsSpin, ui.feedbackMinAnswersSpin,
                     ui.rubricThresholdSpin, ui.feedbackThresholdSpin):
            spin.valueChanged.connect(self._preview)
        ui.requireSignoffCheck.toggled.connect(self._preview)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.load(ReadinessRule()))
        ui.minObservedSpin.setFocus()

    def load(self, rule: ReadinessRule) -> None:
        ui = self.ui
        ui.minObservedSpin.setValue(rule.min_observed)
        ui.lastSessionsSpin.setValue(rule.last_sessions)
        ui.rubricThresholdSpin.setValue(rule.rubric_threshold)
        ui.feedbackThresholdSpin.setValue(rule.feedback_threshold)
        ui.feedbackMinAnswersSpin.setValue(rule.feedback_min_answers)
        ui.requireSignoffCheck.setChecked(rule.require_signoff)
        self._preview()

    def rule(self) -> ReadinessRule:
        ui = self.ui
        return ReadinessRule(
            min_observed=ui.minObservedSpin.value(), last_sessions=ui.lastSessionsSpin.value(),
            rubric_threshold=round(ui.rubricThresholdSpin.value(), 2),
            feedback_threshold=round(ui.feedbackThresholdSpin.value(), 2),
            feedback_min_answers=ui.feedbackMinAnswersSpin.value(),
            require_signoff=ui.requireSignoffCheck.isChecked(),
        )

    def describe(self, rule: ReadinessRule) -> str:
        """The rule in words, its numbers written as the spin boxes above show them (3,5 in Greek, not 3.5)."""
        rubric, feedback = short_number(rule.rubric_threshold), short_number(rule.feedback_threshold)
        lines = [
            self.tr("A candidate is ready for certification when:"),
            "• " + (self.tr("at least 1 practice delivery has been observed;") if rule.min_observed == 1 else
                    self.tr("at least {n} practice deliveries have been observed;").format(n=rule.min_observed)),
            "• " + (self.tr("the rubric average of their last observed session is {threshold} or more;")
                    if rule.last_sessions == 1 else
                    self.tr("the rubric average of each of their last {n} observed sessions is {threshold} or more;"
                            ).format(n=rule.last_sessions, threshold=rubric)
                    ).format(threshold=rubric),
            "• " + self.tr("the trainees' overall feedback, over all their sessions, averages {threshold} or more "
                            "from at least {n} answers;").format(threshold=feedback,
                                                                   n=rule.feedback_min_answers),
            "• " + (self.tr("and their mentor has signed them off.") if rule.require_signoff
                    else self.tr("no mentor sign-off is needed.")),
        ]
        return "\n".join(lines)

    def _preview(self) -> None:
        self.ui.previewLabel.setText(self.describe(self.rule()))

    def show_errors(self, errors: dict[str, str]) -> None:
        for shown in self._errors.values():
            shown.clear()
            shown.setVisible(False)
        general: list[str] = []
        for key, message in errors.items():
            label = self._errors.get(key)
            if label is None:
                general.append(message)
            else:
                label.setText(message)
                label.setVisible(True)
        self.ui.errorLabel.setText("\n".join(general))
        self.ui.errorLabel.setVisible(bool(general))

    def save(self) -> None:
        rule = self.rule()
        if run_op(self, self.coach, lambda: self.coach.settings.set_readiness_rule(rule), form=self).ok:
            self.accept()
