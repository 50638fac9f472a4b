"""A candidate's effectiveness: the trend across deliveries, criteria against the cohort, the readiness
checklist with mentor sign-off, and the certifications in force.

Sign-off, awards and revocations are saved when made, apart from the profile form around them: they are
decisions in their own right, like ticking an action item, and Cancel on the profile must not undo them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trainercoach import words
from trainercoach.analytics.forecast import Forecast
from trainercoach.charts import candidate_trend, criteria_vs_cohort, readiness_forecast
from trainercoach.errors import TrainerCoachError
from trainercoach.gui.forecast_text import long_text
from trainercoach.gui.formats import number_text
from trainercoach.gui.modal import run_dialog
from trainercoach.gui.models.certification_models import certification_rows, certifications_model
from trainercoach.gui.models.rows_model import RowsModel, TextRow
from trainercoach.gui.operations import run_op
from trainercoach.gui.widgets.chart_view import ChartView
from trainercoach.gui.widgets.figure_tips import figure_tip
from trainercoach.gui.widgets.tables import page_table
from trainercoach.gui.workers import Loader
from trainercoach.records.effectiveness import CandidateEffectiveness
from trainercoach.services import Coach

MET = "#067647"
NOT_MET = "#b42318"
CHART_HEIGHT = 320


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("class", "subheading")
    return label


class CandidateEffectivenessPanel(QScrollArea):
    changed = Signal()  # a sign-off, award or revocation was saved

    def __init__(self, coach: Coach, candidate_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.candidate_id = candidate_id
        self.effectiveness: CandidateEffectiveness | None = None
        self.loaded = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)
        readiness_row = QHBoxLayout()
        readiness_row.addWidget(_heading(self.tr("Readiness for certification")), 1)
        self.signoff_button = QPushButton()
        self.signoff_button.clicked.connect(self.toggle_sign_off)
        readiness_row.addWidget(self.signoff_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(readiness_row)
        self.rule_label = QLabel()
        self.rule_label.setProperty("class", "hint")
        self.rule_label.setWordWrap(True)
        layout.addWidget(self.rule_label)
        self.checklist = RowsModel(["", self.tr("Condition"), self.tr("Where the candidate is")], (), self)
        self.checklist_view = page_table(self.checklist, stretch=1)
        self.checklist_view.setWordWrap(True)
        layout.addWidget(self.checklist_view)

        cert_row = QHBoxLayout()
        cert_row.addWidget(_heading(self.tr("Certifications in force")), 1)
        self.award_button = QPushButton(self.tr("Award certification…"))
        self.award_button.clicked.connect(self.award)
        self.revoke_button = QPushButton(self.tr("Revoke"))
        self.revoke_button.clicked.connect(self.revoke)
        cert_row.addWidget(self.award_button, 0, Qt.AlignmentFlag.AlignBottom)
        cert_row.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(cert_row)
        self.certifications = certifications_model(self)
        self.certifications_view = page_table(self.certifications, stretch=0)
        self.certifications_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.certifications_view)
        self.no_certifications = QLabel(self.tr("No certification yet."))
        self.no_certifications.setProperty("class", "hint")
        layout.addWidget(self.no_certifications)

        layout.addWidget(_heading(self.tr("Forecast to readiness")))
        self.forecast_label = QLabel(self.tr("Loading…"))
        self.forecast_label.setWordWrap(True)
        layout.addWidget(self.forecast_label)
        self.forecast_chart = ChartView(min_height=CHART_HEIGHT)
        self.forecast_chart.show_message(self.tr("Loading…"))
        layout.addWidget(self.forecast_chart)
        # The forecast fits the cohort's curve on everyone's history: read off the GUI thread.
        self.forecast: Forecast | None = None
        self._forecast_loader = Loader(self)
        self._forecast_loader.loaded.connect(self._show_forecast)

        layout.addWidget(_heading(self.tr("Deliveries over time")))
        self.trend_chart = ChartView(min_height=CHART_HEIGHT)
        layout.addWidget(self.trend_chart)
        layout.addWidget(_heading(self.tr("Strengths and weaknesses against the cohort")))
        self.criteria_chart = ChartView(min_height=CHART_HEIGHT)
        layout.addWidget(self.criteria_chart)
        self.adjusted_box = QCheckBox(self.tr("Also show the rubric averages adjusted for observer leniency"))
        self.adjusted_box.toggled.connect(self._show_adjusted)
        layout.addWidget(self.adjusted_box)
        self.adjusted_hint = QLabel(self.tr(
            "Adjusted for observer leniency: each score less its observer's estimated bias (their mean difference "
            "from the consensus over every calibration exercise and co-observed session, Calibration page), then "
            "averaged as the raw figure is. An observer with nothing to compare is taken as scored. The raw "
            "figures above are what readiness uses."))
        self.adjusted_hint.setProperty("class", "hint")
        self.adjusted_hint.setWordWrap(True)
        layout.addWidget(self.adjusted_hint)
        self.adjusted = RowsModel([self.tr("Criterion"), self.tr("As scored (n)"),
                                   self.tr("Adjusted for observer leniency")], numeric=(1, 2), parent=self)
        self.adjusted_view = page_table(self.adjusted, stretch=0)
        layout.addWidget(self.adjusted_view)
        self.adjusted_hint.hide()
        self.adjusted_view.hide()
        layout.addStretch(1)
        self.setWidget(body)

    def reload(self) -> None:
        try:
            self.effectiveness = effectiveness = self.coach.effectiveness.candidate(self.candidate_id)
            certifications = self.coach.certification.list(self.candidate_id)
        except TrainerCoachError as error:
            self.banner.setText(str(error))
            return
        self.loaded = True
        readiness = effectiveness.readiness
        self.checklist.set_rows([
            TextRow(position, ["✓" if c.met else "✗", c.label, c.detail], colour=MET if c.met else NOT_MET)
            for position, c in enumerate(readiness.conditions)
        ])
        self.checklist_view.resizeRowsToContents()
        met = sum(c.met for c in readiness.conditions)
        if readiness.ready:
            self.banner.setText(self.tr("✓ Ready for certification: every condition of the readiness rule is met."))
            self.banner.setStyleSheet(f"background: #dcfae6; color: {MET}; border: 1px solid #75e0a7; "
                                      "border-radius: 6px; padding: 8px; font-weight: 600;")
        else:
            self.banner.setText(self.tr("Not ready yet: {met} of {total} conditions met.").format(
                met=met, total=len(readiness.conditions)))
            self.banner.setStyleSheet("background: #f3f4f6; color: #374151; border-radius: 6px; padding: 8px;")
        self.rule_label.setText(self.tr("The rule is shared by everyone on this database; change it with "
                                        "Edit ▸ Readiness rule…"))
        self.signed_off = self.candidate_id in self.coach.certification.sign_offs()
        self.signoff_button.setText(self.tr("Withdraw mentor sign-off") if self.signed_off
                                    else self.tr("Mentor sign-off"))
        self.certifications.set_rows(certification_rows(certifications))
        self.certifications_view.setVisible(bool(certifications))
        self.no_certifications.setVisible(not certifications)
        self.trend_chart.set_figure(candidate_trend(effectiveness))
        self.criteria_chart.set_figure(criteria_vs_cohort(effectiveness))
        self._tips(effectiveness)
        self._enable()
        if self.adjusted_box.isChecked():
            self._show_adjusted(True)
        coach, candidate_id = self.coach, self.candidate_id
        self._forecast_loader.load(lambda: coach.forecasts.candidate(candidate_id))

    def _show_forecast(self, forecast: Forecast) -> None:
        self.forecast = forecast
        self.forecast_label.setText(long_text(forecast))
        name = self.effectiveness.name if self.effectiveness else ""
        self.forecast_chart.set_figure(readiness_forecast(name, forecast))
        figure_tip(self.forecast_chart, self.tr(
            "The candidate's rubric scores per delivery with their learning curve: a line on the logarithm of "
            "the delivery number, their own %n observed session(s) pooled with the cohort's curve (few sessions "
            "lean on the cohort, many on their own). The band holds 80% of single sessions; the shaded span is "
            "the 80% interval of when the rule's measured conditions are met.",
            "", len(forecast.scores)), "readiness")

    @property
    def forecast_loading(self) -> bool:
        return self._forecast_loader.busy

    def _tips(self, effectiveness: CandidateEffectiveness) -> None:
        """How each figure on the tab was computed, and from how many sessions, scores and answers."""
        scored = [p for p in effectiveness.trend
                  if p.rubric is not None or p.feedback.mean is not None or p.normalised_gain is not None]
        observed = sum(p.rubric is not None for p in effectiveness.trend)
        answers = sum(p.feedback.n for p in effectiveness.trend)
        readiness = self.tr("Each condition of the readiness rule (Edit ▸ Readiness rule…) checked against the "
                            "candidate's record: %n observed session(s), {answers} answers to the overall feedback "
                            "question.", "", observed).format(answers=answers)
        figure_tip(self.checklist_view, readiness, "readiness")
        figure_tip(self.banner, readiness, "readiness")
        figure_tip(self.trend_chart, self.tr(
            "One point per session with a score (%n here): the rubric score is the mean of the observers' weighted "
            "averages; feedback is the mean of the overall question ({answers} answers in all) with its 95% "
            "interval as a band, hollow under 10 answers; learning is the normalised gain.", "",
            len(scored)).format(answers=answers), "thin")
        figure_tip(self.criteria_chart, self.tr(
            "Each bar is the mean of the candidate's scores on one rubric criterion (%n score(s) in all, the n of "
            "each in its label); the tick is the cohort's median of every candidate's mean.", "",
            sum(c.n for c in effectiveness.criteria)), "intervals")

    def _show_adjusted(self, shown: bool) -> None:
        """The optional figure beside the raw one, never instead of it: read when asked for."""
        self.adjusted_hint.setVisible(shown)
        self.adjusted_view.setVisible(shown)
        if not shown:
            return
        try:
            found = self.coach.observer_profiles.adjusted(self.candidate_id)
        except TrainerCoachError as error:
            self.adjusted_hint.setText(str(error))
            return
        rows = []
        for position, line in enumerate([*found.criteria, found.overall]):
            raw = "—" if line.raw is None else f"{number_text(line.raw, 2)} ({line.n})"
            adjusted = "—" if line.adjusted is None else number_text(line.adjusted, 2)
            rows.append(TextRow(position, [line.title, raw, adjusted]))
        self.adjusted.set_rows(rows)

    def _enable(self) -> None:
        self.revoke_button.setEnabled(self.selected_certification() is not None)

    def selected_certification(self) -> int | None:
        rows = self.certifications_view.selectionModel().selectedRows()
        return self.certifications.rows[rows[0].row()].id if rows else None

    def toggle_sign_off(self) -> None:
        candidate_id = self.candidate_id
        if self.signed_off:
            run_op(self, self.coach, lambda: self.coach.certification.withdraw_sign_off(candidate_id))
        else:
            run_op(self, self.coach, lambda: self.coach.certification.sign_off(candidate_id))
        self.reload()
        self.changed.emit()

    def award(self) -> None:
        from trainercoach.gui.dialogs.certification_dialog import CertificationDialog

        if run_dialog(CertificationDialog(self.coach, self.candidate_id, self)):
            self.reload()
            self.changed.emit()

    def revoke(self) -> None:
        certification_id = self.selected_certification()
        if certification_id is None:
            return
        row = next(r for r in self.certifications.rows if r.id == certification_id)
        answer = QMessageBox.question(
            self, words.word(words.UNDO, "revoke_certification"),
            self.tr("Revoke the certification for “{topic}” ({level})? Undo with Ctrl+Z in the main window.").format(
                topic=row.cells[0], level=row.cells[1]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_op(self, self.coach, lambda: self.coach.certification.revoke(certification_id))
        self.reload()
        self.changed.emit()
