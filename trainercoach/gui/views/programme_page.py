"""The programme page: KPI tiles, the funnel, time in stage and monthly trends, and certification (the
matrix of trainers by topics, renewals due soon).

Reading the programme aggregates the whole database, so it runs in a Worker; the figures are built and drawn
here on the GUI thread when the record arrives (matplotlib's Qt canvas belongs to the GUI thread), with
"Loading…" in their place meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trainercoach.charts import funnel, programme_trends, ready_per_month, time_in_stage
from trainercoach.errors import TrainerCoachError
from trainercoach.gui.formats import date_text
from trainercoach.gui.messages import explain
from trainercoach.gui.models.certification_models import ID_ROLE, MatrixModel, renewal_rows, renewals_model
from trainercoach.gui.widgets.chart_view import ChartView
from trainercoach.gui.widgets.counts import funnel_note, in_programme_note
from trainercoach.gui.widgets.figure_tips import figure_tip
from trainercoach.gui.widgets.tables import page_table
from trainercoach.gui.workers import Worker
from trainercoach.records.certification import CertificationRecord, Matrix
from trainercoach.records.effectiveness import Programme
from trainercoach.records.forecasts import ProgrammeForecast
from trainercoach.services import Coach

GUIDE_INTERNAL_SHARE = 0.80  # the guide: about 80% of Google's internal sessions are given by its g2g network
CHART_HEIGHT = 340


@dataclass(frozen=True)
class ProgrammeData:
    """Everything the page shows, read in one go off the GUI thread."""

    programme: Programme
    active_trainers: int  # candidates in the last pipeline stage
    certified_trainers: int  # candidates holding a certification in force
    matrix: Matrix
    renewals: list[CertificationRecord]
    today: date
    forecast: ProgrammeForecast  # candidates expected to become ready, month by month


def load_programme(coach: Coach, today: date | None = None) -> ProgrammeData:
    """Only service calls: the same data a test or the command line can read without a window."""
    today = today or date.today()
    stages = coach.pipeline.stages()
    pipeline = [s for s in stages if s.kind == "pipeline"]
    certifications = coach.certification.list()
    return ProgrammeData(
        programme=coach.effectiveness.programme(),
        active_trainers=pipeline[-1].candidates if pipeline else 0,
        certified_trainers=len({c.candidate_id for c in certifications}),
        matrix=coach.certification.matrix(),
        renewals=coach.certification.renewals_due(today=today),
        today=today,
        forecast=coach.forecasts.programme(today),
    )


class Tile(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("class", "stageTile")
        layout = QVBoxLayout(self)
        self.value = QLabel("…")
        self.value.setProperty("class", "tileCount")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setProperty("class", "hint")
        self.detail.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


def _heading(text: str, kind: str = "subheading") -> QLabel:
    label = QLabel(text)
    label.setProperty("class", kind)
    return label


class ProgrammePage(QScrollArea):
    candidateActivated = Signal(int)  # Qt naming
    loaded = Signal()

    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.data: ProgrammeData | None = None
        self.stale = True
        self._worker: Worker | None = None
        self._again = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        title_row = QHBoxLayout()
        title_row.addWidget(_heading(self.tr("Programme"), "heading"), 1)
        self.export_button = QPushButton(self.tr("Export programme report…"))
        self.export_button.setToolTip(self.tr("The funnel, KPIs, every candidate and the trends as a PDF for "
                                              "managers"))
        self.export_button.clicked.connect(self.export_report)
        title_row.addWidget(self.export_button)
        layout.addLayout(title_row)
        self.status = QLabel()
        self.status.setProperty("class", "hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        tiles = QGridLayout()
        tiles.setSpacing(10)
        self.candidates_tile = Tile(self.tr("candidates in the programme"))
        self.trainers_tile = Tile(self.tr("active trainers"))
        self.sessions_tile = Tile(self.tr("sessions this month"))
        self.share_tile = Tile(self.tr("of sessions given by internal trainers"))
        for column, tile in enumerate((self.candidates_tile, self.trainers_tile, self.sessions_tile,
                                       self.share_tile)):
            tiles.addWidget(tile, 0, column)
            tiles.setColumnStretch(column, 1)
        layout.addLayout(tiles)

        charts = QGridLayout()
        charts.setSpacing(10)
        self.funnel_chart = ChartView(min_height=CHART_HEIGHT)
        self.stage_chart = ChartView(min_height=CHART_HEIGHT)
        self.trends_chart = ChartView(min_height=CHART_HEIGHT + 60)
        charts.addWidget(self.funnel_chart, 0, 0)
        charts.addWidget(self.stage_chart, 0, 1)
        charts.addWidget(self.trends_chart, 1, 0, 1, 2)
        self.ready_chart = ChartView(min_height=CHART_HEIGHT)
        charts.addWidget(self.ready_chart, 2, 0, 1, 2)
        layout.addLayout(charts)

        layout.addWidget(_heading(self.tr("Certification: trainers by topic")))
        self.matrix = MatrixModel(self)
        self.matrix_view = page_table(self.matrix)
        self.matrix_view.verticalHeader().show()
        self.matrix_view.horizontalHeader().setStretchLastSection(False)
        self.matrix_view.setSelectionBehavior(self.matrix_view.SelectionBehavior.SelectItems)
        self.matrix_view.activated.connect(lambda index: self.candidateActivated.emit(index.data(ID_ROLE)))
        layout.addWidget(self.matrix_view)
        self.no_matrix = QLabel(self.tr("Nobody holds a certification yet."))
        self.no_matrix.setProperty("class", "hint")
        layout.addWidget(self.no_matrix)
        layout.addWidget(_heading(self.tr("Renewals due soon")))
        self.renewals = renewals_model(self)
        self.renewals_view = page_table(self.renewals, stretch=1)
        self.renewals_view.activated.connect(lambda index: self.candidateActivated.emit(
            self.renewals.rows[index.row()].id))
        layout.addWidget(self.renewals_view)
        self.no_renewals = QLabel(self.tr("No certification is due for renewal in the next 60 days."))
        self.no_renewals.setProperty("class", "hint")
        layout.addWidget(self.no_renewals)
        layout.addStretch(1)
        self.setWidget(body)
        self._show_loading()

    def export_report(self) -> None:
        from trainercoach.gui.dialogs.export_dialog import export_programme_report

        export_programme_report(self.coach, self)

    # -- loading ---------------------------------------------------------------------------------
    def mark_stale(self) -> None:
        self.stale = True

    def refresh(self) -> None:
        """Start reading in a worker; if one is already reading, read once more when it ends."""
        self.stale = False
        if self._worker is not None:
            self._again = True
            return
        if self.data is None:
            self._show_loading()
        else:
            self.status.setText(self.tr("Updating…"))
        coach = self.coach
        worker = Worker(lambda progress, cancelled: load_programme(coach), self)
        worker.succeeded.connect(self._show)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._finished)
        self._worker = worker
        worker.start()

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def _finished(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.deleteLater()
        if self._again:
            self._again = False
            self.refresh()

    def shutdown(self) -> None:
        """A closing window must not leave a thread reading a database that is about to close."""
        if self._worker is not None:
            self._worker.stop()

    def _show_loading(self) -> None:
        self.status.setText(self.tr("Loading…"))
        for chart in (self.funnel_chart, self.stage_chart, self.trends_chart, self.ready_chart):
            chart.show_message(self.tr("Loading…"))

    def _tips(self, data: ProgrammeData, this_month: int) -> None:
        """How each tile and chart was counted, and from how many candidates and sessions."""
        programme = data.programme
        figure_tip(self.trainers_tile, self.tr(
            "Candidates in the last pipeline stage now: %n. Of all candidates, {certified} hold a certification in "
            "force.", "", data.active_trainers).format(certified=data.certified_trainers), "counts")
        figure_tip(self.sessions_tile, self.tr(
            "Sessions dated in {month}: %n, of {total} sessions in all.", "", this_month).format(
            month=data.today.strftime("%Y-%m"), total=programme.all_sessions), "counts")
        figure_tip(self.share_tile, self.tr(
            "Sessions given by candidates employed by the company (not by a vendor) out of all sessions: {internal} "
            "of %n.", "", programme.all_sessions).format(internal=programme.internal_sessions), "counts")
        figure_tip(self.funnel_chart, funnel_note(programme.headcount), "counts")
        figure_tip(self.stage_chart, self.tr(
            "The days each completed stay in a stage lasted, from %n completed stay(s).", "",
            sum(len(days) for days in programme.time_in_stage.values())), "counts")
        figure_tip(self.trends_chart, self.tr(
            "Sessions per month (%n in all), with each month's mean rubric score and mean feedback; a month with no "
            "session is drawn empty.", "", programme.all_sessions), "counts")

    def _failed(self, error: BaseException) -> None:
        text = explain(error) if isinstance(error, TrainerCoachError) else str(error)
        self.status.setText(self.tr("The programme could not be read: {reason}").format(reason=text))

    def _show(self, data: ProgrammeData) -> None:
        self.data = data
        programme = data.programme
        self.status.setText(self.tr("Figures as of {date}. Every chart states its n; F5 reads them again.").format(
            date=date_text(data.today)))
        headcount = programme.headcount
        self.candidates_tile.set(str(headcount.in_programme),
                                 self.tr("not counting {paused} paused or withdrawn").format(
                                     paused=headcount.paused_or_withdrawn))
        figure_tip(self.candidates_tile, self.tr("%n candidate(s) in the programme.", "", headcount.in_programme)
                   + " " + in_programme_note(headcount), "counts")
        self.trainers_tile.set(str(data.active_trainers),
                               self.tr("%n hold a certification in force", "", data.certified_trainers))
        month = data.today.strftime("%Y-%m")
        this_month = dict(programme.deliveries_per_month).get(month, 0)
        self.sessions_tile.set(str(this_month), self.tr("%n session(s) in all", "", programme.all_sessions))
        share = programme.internal_share
        if share is None:
            self.share_tile.set("—", self.tr("no sessions yet; the guide's g2g network: ~{guide:.0%}").format(
                guide=GUIDE_INTERNAL_SHARE))
        else:
            self.share_tile.set(f"{share:.0%}", self.tr("{internal} of {total} sessions · the guide's g2g network: "
                                                        "~{guide:.0%}").format(
                internal=programme.internal_sessions, total=programme.all_sessions, guide=GUIDE_INTERNAL_SHARE))
        self.funnel_chart.set_figure(funnel(programme))
        self.stage_chart.set_figure(time_in_stage(programme))
        self.trends_chart.set_figure(programme_trends(programme))
        self.ready_chart.set_figure(ready_per_month(data.forecast))
        figure_tip(self.ready_chart, self.tr(
            "Each bar adds up every pipeline candidate's chance of meeting the readiness rule's measured conditions "
            "in that month, from their forecast at their own cadence (%n candidate(s) with a forecast); the "
            "mentor's sign-off is not forecast.", "", data.forecast.forecast), "counts")
        self._tips(data, this_month)
        self.matrix.set_matrix(data.matrix)
        self.matrix_view.resizeColumnsToContents()
        self.matrix_view.setVisible(bool(data.matrix.trainers))
        self.no_matrix.setVisible(not data.matrix.trainers)
        self.renewals.set_rows(renewal_rows(data.renewals, data.today))
        self.renewals_view.setVisible(bool(data.renewals))
        self.no_renewals.setVisible(not data.renewals)
        self.loaded.emit()
