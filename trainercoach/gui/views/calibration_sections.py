"""The parts of the calibration page that are not one exercise (issue 19): the agreement figures as rows (shared
with an exercise), everyday agreement of co-observed practice sessions with its heat map, and each observer's
profile over time with the lead's dashboard threshold.

Nothing here reads the database: the page's loader hands in what the services returned; saving the threshold
goes through ``run_op``.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainercoach.analytics.agreement import (
    ALPHA_MIN_TARGETS,
    ICC_KINDS,
    ICC_MEANINGS,
    AgreementSummary,
    Coefficient,
    alpha_band,
    icc_band,
)
from trainercoach.analytics.observer_profile import MeanInterval
from trainercoach.gui.formats import number_text
from trainercoach.gui.models.calibration_models import DeviationDelegate, DeviationModel, interval_text
from trainercoach.gui.models.rows_model import RowsModel, TextRow
from trainercoach.gui.operations import run_op
from trainercoach.gui.widgets.chart_view import ChartView
from trainercoach.gui.widgets.tables import page_table
from trainercoach.i18n import text
from trainercoach.records.calibration import ExerciseAgreement
from trainercoach.records.observer_profiles import ObserverProfiles
from trainercoach.services import Coach

LENIENT = "#b42318"
SEVERE = "#1d4ed8"


def _t(words: str) -> str:
    return QCoreApplication.translate("", words)


def heading(words: str, kind: str = "subheading") -> QLabel:
    label = QLabel(words)
    label.setProperty("class", kind)
    label.setWordWrap(True)
    return label


def hint(words: str = "") -> QLabel:
    label = QLabel(words)
    label.setProperty("class", "hint")
    label.setWordWrap(True)
    return label


def alpha_text(summary: AgreementSummary, figure: Coefficient) -> str:
    """Alpha with its bootstrap interval, or with why it has none."""
    shown = interval_text(figure.value, figure.low, figure.high, signed=False)
    if figure.value is not None and not summary.alpha_interval_meaningful:
        return _t("%1 (interval not meaningful with so few targets)").replace("%1", shown)
    return shown


def agreement_rows(summary: AgreementSummary) -> list[TextRow]:
    """The figures table: six ICCs, alpha ordinal and interval, percent agreement, each with its band and n."""
    iccs = summary.iccs
    n = _t("%1 × %2").replace("%1", str(iccs.n_targets)).replace("%2", str(iccs.n_observers))
    rows = []
    for kind in ICC_KINDS:
        figure = iccs.icc[kind]
        band = icc_band(figure.value)
        rows.append(TextRow(0, [text(ICC_MEANINGS[kind]),
                                interval_text(figure.value, figure.low, figure.high, signed=False),
                                text(band) if band else "—", n]))
    alpha_n = _t("%1 deliveries").replace("%1", str(summary.alpha_targets))
    for label, figure in ((_t("Krippendorff's alpha, ordinal"), summary.alpha_ordinal),
                          (_t("Krippendorff's alpha, interval"), summary.alpha_interval)):
        band = alpha_band(figure.value)
        rows.append(TextRow(0, [label, alpha_text(summary, figure), text(band) if band else "—", alpha_n]))
    percent = summary.percent
    if percent.exact is not None and percent.within_one is not None:
        rows.append(TextRow(0, [_t("Exact agreement / within one point"),
                                f"{percent.exact:.0%} / {percent.within_one:.0%}", "—",
                                _t("%1 pairs").replace("%1", str(percent.pairs))]))
    return rows


def alpha_note(summary: AgreementSummary) -> str:
    """How alpha's interval was made, or why there is none."""
    if summary.resamples <= 0:
        return ""
    return _t("Alpha's interval: a percentile bootstrap of %1 resamples of the deliveries (seeded: the same "
              "scores give the same interval), given from %2 deliveries scored by two or more observers.") \
        .replace("%1", str(summary.resamples)).replace("%2", str(ALPHA_MIN_TARGETS))


def figures_table() -> tuple[RowsModel, QWidget]:
    model = RowsModel([_t("Figure"), _t("Value (95% interval)"), _t("Reading"), _t("n")])
    view = page_table(model, stretch=0)
    return model, view


def bias_text(bias: MeanInterval) -> str:
    return interval_text(bias.mean, bias.low, bias.high)


class EverydaySection(QWidget):
    """Agreement of practice sessions two or more observers scored with the same rubric version."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading(self.tr("Everyday agreement: practice sessions two or more observers scored")))
        layout.addWidget(hint(self.tr("The same statistics over every practice session observed by two or more "
                                      "observers with the same rubric version, not only exercises. Observers "
                                      "differ from session to session, so most sessions lack someone's score: "
                                      "alpha takes them all, the ICCs only sessions every observer scored.")))
        self.empty = hint(self.tr("No practice session has been scored by two observers yet."))
        layout.addWidget(self.empty)
        self.figures, self.figures_view = figures_table()
        self.figures.setParent(self)
        layout.addWidget(self.figures_view)
        self.note = hint()
        layout.addWidget(self.note)
        layout.addWidget(heading(self.tr("Deviation from the other observers, by criterion")))
        self.deviations = DeviationModel(self)
        self.heat_view = page_table(self.deviations)
        self.heat_view.verticalHeader().show()
        self.heat_view.setSelectionBehavior(self.heat_view.SelectionBehavior.SelectItems)
        self.heat_view.setItemDelegate(DeviationDelegate(self.heat_view))
        self.heat_view.setAlternatingRowColors(False)
        layout.addWidget(self.heat_view)

    def show_agreement(self, agreement: ExerciseAgreement | None, since: datetime | None = None) -> None:
        has = agreement is not None and bool(agreement.observers)
        self.empty.setVisible(not has)
        for widget in (self.figures_view, self.note, self.heat_view):
            widget.setVisible(has)
        if agreement is None or not has:
            self.figures.set_rows([])
            self.deviations.set_agreement(None)
            return
        total = agreement.per_criterion[-1].summary
        self.figures.set_rows(agreement_rows(total))
        counted = self.tr("%n co-observed session(s) with two or more scores.", "", total.alpha_targets)
        if since is not None:
            counted = self.tr("Since {date}: %n co-observed session(s) with two or more scores.", "",
                              total.alpha_targets).format(date=f"{since:%Y-%m-%d}")
        self.note.setText(f"{counted} {alpha_note(total)}".strip())
        self.deviations.set_agreement(agreement)
        self.heat_view.resizeColumnsToContents()


class ProfilesSection(QWidget):
    """Each observer: bias overall, by criterion, in the latest quarter, and whether it drifts; the threshold."""

    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading(self.tr("Observer profiles over time")))
        layout.addWidget(hint(self.tr(
            "From every revealed exercise and co-observed session: each score minus the consensus (the lead's "
            "reference where there is one, else the other observers' mean), averaged per delivery. Lenient or "
            "severe on a criterion when its whole 95% interval is above or below zero; drifting when the "
            "interval of the trend (points per year, a least-squares slope over time) excludes zero.")))
        self.empty = hint(self.tr("No observer has scores to compare yet."))
        layout.addWidget(self.empty)
        self.profiles = RowsModel([self.tr("Observer"), self.tr("Bias (95% interval)"), self.tr("Deliveries"),
                                   self.tr("Lenient on"), self.tr("Severe on"), self.tr("Latest quarter"),
                                   self.tr("Over time")], numeric=(2,), parent=self)
        self.profiles_view = page_table(self.profiles)
        self.profiles_view.setWordWrap(True)
        header = self.profiles_view.horizontalHeader()
        for column in (3, 4):
            header.setSectionResizeMode(column, header.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        layout.addWidget(self.profiles_view)
        self.chart = ChartView(min_height=300)
        layout.addWidget(self.chart)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Name an observer on the dashboard when their latest quarter's bias is "
                                     "beyond")))
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.1, 4.0)
        self.threshold.setSingleStep(0.1)
        self.threshold.setDecimals(2)
        self.threshold.setSuffix(self.tr(" points"))
        row.addWidget(self.threshold)
        self.save_threshold = QPushButton(self.tr("Save threshold"))
        self.save_threshold.clicked.connect(self.save)
        row.addWidget(self.save_threshold)
        row.addStretch(1)
        layout.addLayout(row)
        self.flagged_note = hint()
        layout.addWidget(self.flagged_note)

    def show_profiles(self, found: ObserverProfiles) -> None:
        from trainercoach.charts.observer_drift import bias_by_quarter

        titles = dict(found.criteria)
        rows = []

        def named(keys: list[str], of: int) -> str:
            if not keys:
                return "—"
            if len(keys) == of and of > 2:
                return self.tr("all %n criteria", "", of)
            return ", ".join(titles.get(k, k) for k in keys)

        for person_id, name, profile in found.observers:
            judged = len(profile.by_criterion)
            lenient = named([k for k, b in profile.by_criterion.items() if b.lenient], judged)
            severe = named([k for k, b in profile.by_criterion.items() if b.severe], judged)
            latest = profile.latest
            recent = "—" if latest is None else f"{latest.label}: {bias_text(latest.bias)} (n = {latest.bias.n})"
            drift = profile.drift
            if drift.slope is None:
                over_time = self.tr("too few deliveries")
            else:
                slope = interval_text(drift.slope, drift.low, drift.high)
                over_time = (self.tr("drifting: {slope} a year") if drift.drifting
                             else self.tr("steady: {slope} a year")).format(slope=slope)
            colour = LENIENT if profile.overall.lenient else SEVERE if profile.overall.severe else None
            rows.append(TextRow(person_id, [name, bias_text(profile.overall), str(profile.overall.n),
                                            lenient, severe, recent, over_time],
                                colour=colour))
        self.profiles.set_rows(rows)
        self.profiles_view.resizeRowsToContents()
        self.empty.setVisible(not rows)
        self.profiles_view.setVisible(bool(rows))
        self.chart.setVisible(bool(rows))
        if rows:
            self.chart.set_figure(bias_by_quarter(found))
        self.threshold.setValue(found.threshold)
        names = [name for pid, name, _p in found.observers if pid in found.flagged]
        self.flagged_note.setText(
            self.tr("Named on the dashboard now: {names}.").format(names=", ".join(names)) if names
            else self.tr("No observer's latest quarter is beyond {points} points.").format(
                points=number_text(found.threshold, 2)))

    def save(self) -> None:
        points = round(self.threshold.value(), 2)
        run_op(self, self.coach, lambda: self.coach.observer_profiles.set_threshold(points),
               title=self.tr("Cannot save the threshold"))
