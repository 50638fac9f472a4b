"""A session's effectiveness, in three views kept apart: the observers' rubric, the trainees' reaction and
their learning; a composite only beside its weights, with the way to change them one click away."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from trainercoach.charts import before_after_check, feedback_distribution
from trainercoach.errors import TrainerCoachError
from trainercoach.gui.modal import run_dialog
from trainercoach.gui.models.effectiveness_models import (
    RubricModel,
    composite_text,
    estimate_text,
    feedback_model,
    feedback_rows,
    learning_model,
    learning_rows,
)
from trainercoach.gui.widgets.chart_view import ChartView
from trainercoach.gui.widgets.figure_tips import figure_tip
from trainercoach.gui.widgets.tables import page_table
from trainercoach.records.effectiveness import SessionEffectiveness
from trainercoach.services import Coach

CHART_HEIGHT = 340


def _heading(text: str, kind: str = "subheading") -> QLabel:
    label = QLabel(text)
    label.setProperty("class", kind)
    label.setWordWrap(True)
    return label


def _hint() -> QLabel:
    label = QLabel()
    label.setProperty("class", "hint")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SessionEffectivenessSection(QWidget):
    """Built from one SessionEffectiveness record, so every figure on it is the service's own."""

    weightsChanged = Signal()  # Qt naming
    checkActivated = Signal(int)

    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.effectiveness: SessionEffectiveness | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_heading(self.tr("Effectiveness"), "heading"))
        intro = _hint()
        intro.setText(self.tr("Three views, kept apart: what the observers scored, how the trainees reacted, and "
                              "what they learned. Every mean carries its n and 95% interval; amber rows rest on "
                              "fewer than 10 answers."))
        layout.addWidget(intro)

        composite_row = QHBoxLayout()
        self.composite_label = QLabel()
        self.composite_label.setWordWrap(True)
        self.composite_label.setTextFormat(Qt.TextFormat.PlainText)
        self.composite_label.setStyleSheet("font-weight: 600; font-size: 14px;")
        self.weights_button = QPushButton(self.tr("Change weights…"))
        self.weights_button.clicked.connect(self.change_weights)
        composite_row.addWidget(self.composite_label, 1)
        composite_row.addWidget(self.weights_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(composite_row)

        self.rubric_heading = _heading("")
        layout.addWidget(self.rubric_heading)
        self.rubric = RubricModel(self)
        self.rubric_view = page_table(self.rubric, stretch=0)
        layout.addWidget(self.rubric_view)
        self.rubric_empty = _hint()
        layout.addWidget(self.rubric_empty)

        self.feedback_heading = _heading("")
        layout.addWidget(self.feedback_heading)
        self.response_label = _hint()
        layout.addWidget(self.response_label)
        self.feedback = feedback_model(self)
        self.feedback_view = page_table(self.feedback, stretch=0)
        layout.addWidget(self.feedback_view)
        self.feedback_chart = ChartView(min_height=CHART_HEIGHT)
        layout.addWidget(self.feedback_chart)

        self.learning_heading = _heading("")
        layout.addWidget(self.learning_heading)
        self.learning = learning_model(self)
        self.learning_view = page_table(self.learning, stretch=0)
        self.learning_view.activated.connect(lambda index: self.checkActivated.emit(self.learning.rows[
            index.row()].id))
        layout.addWidget(self.learning_view)
        self.learning_empty = _hint()
        layout.addWidget(self.learning_empty)
        self.check_chart = ChartView(min_height=CHART_HEIGHT)
        layout.addWidget(self.check_chart)

    def show_session(self, delivery_id: int) -> None:
        try:
            effectiveness = self.coach.effectiveness.session(delivery_id)
        except TrainerCoachError as error:
            self.composite_label.setText(str(error))
            return
        self.effectiveness = effectiveness
        self.composite_label.setText(composite_text(effectiveness))

        observers = len(effectiveness.observers)
        self.rubric_heading.setText(self.tr("Rubric: weighted overall {overall}, %n observer(s)", "", observers).format(
            overall=estimate_text(effectiveness.rubric, 2)) if observers else self.tr("Rubric"))
        self.rubric.set_effectiveness(effectiveness)
        self.rubric_view.setVisible(observers > 0)
        self.rubric_empty.setVisible(observers == 0)
        self.rubric_empty.setText(self.tr("Nobody has observed this session yet."))

        self.feedback_heading.setText(self.tr("Trainee reaction"))
        rate = effectiveness.response_rate
        self.response_label.setText(
            self.tr("Response rate {rate:.0%}: %n feedback form(s); trainees in the session: {trainees}.", "",
                    effectiveness.responses).format(rate=rate, trainees=effectiveness.trainees)
            if rate is not None else
            self.tr("%n feedback form(s); the session records no trainees, so no response rate.", "",
                    effectiveness.responses))
        self.feedback.set_rows(feedback_rows(effectiveness.feedback))
        self.feedback_chart.set_figure(feedback_distribution(effectiveness))

        self.learning_heading.setText(self.tr("Learning"))
        self.learning.set_rows(learning_rows(effectiveness.checks))
        has_checks = bool(effectiveness.checks)
        self.learning_view.setVisible(has_checks)
        self.learning_empty.setVisible(not has_checks)
        self.learning_empty.setText(self.tr("No comprehension check for this session yet."))
        self.check_chart.setVisible(has_checks)
        if has_checks:
            first = effectiveness.checks[0]
            pairs = [(s.pre, s.post) for s in self.coach.comprehension.get(first.check_id).form.scores]
            self.check_chart.set_figure(before_after_check(first, pairs))
        else:
            self.check_chart.clear()
        self._tips(effectiveness)

    def _tips(self, effectiveness: SessionEffectiveness) -> None:
        """How each figure of the section was computed, and from how many observers, answers and trainees."""
        observers = len(effectiveness.observers)
        overall = effectiveness.item("overall")
        answers = overall.estimate.n if overall is not None else 0
        paired = sum(c.gain.paired for c in effectiveness.checks)
        figure_tip(self.composite_label, self.tr(
            "The weighted mean of the parts that exist, each put on 0–100: the rubric from %n observer(s), "
            "feedback from {answers} answers to the overall question, learning from {paired} trainees with both a "
            "before and an after score. A part with no data is left out, not counted as zero.", "",
            observers).format(answers=answers, paired=paired), "composite")
        rubric = self.tr("Each observer's weighted average of the criteria they scored, then the mean over %n "
                         "observer(s), with its 95% interval.", "", observers)
        figure_tip(self.rubric_heading, rubric, "composite")
        figure_tip(self.rubric_view, rubric, "composite")
        figure_tip(self.response_label, self.tr(
            "Feedback forms saved for this session (kiosk, typed or imported) divided by the trainees it records: "
            "%n form(s) of {trainees}.", "", effectiveness.responses).format(trainees=effectiveness.trainees),
            "paper")
        figure_tip(self.feedback_view, self.tr(
            "The mean of each question's answers with its 95% interval, from %n feedback form(s); n is how many "
            "answered the question. Amber rows rest on fewer than 10 answers.", "", effectiveness.responses),
            "thin")
        figure_tip(self.feedback_chart, self.tr(
            "The share of each answer to every question, from %n feedback form(s).", "", effectiveness.responses),
            "thin")
        learning = self.tr("Means before and after, the gain and the normalised gain of each check, from %n "
                           "trainee(s) with both a before and an after score.", "", paired)
        figure_tip(self.learning_view, learning, "composite")
        if effectiveness.checks:
            figure_tip(self.check_chart, self.tr(
                "Each trainee's score before and after the first check, from %n trainee(s) with both scores.", "",
                effectiveness.checks[0].gain.paired), "composite")

    def change_weights(self) -> None:
        from trainercoach.gui.dialogs.weights_dialog import WeightsDialog

        if run_dialog(WeightsDialog(self.coach, self)):
            if self.effectiveness is not None:
                self.show_session(self.effectiveness.delivery_id)
            self.weightsChanged.emit()
