"""The capacity planner: per site and language, the training the agents need and the hours the certified
trainers have, and for the next 12 months the shortfall in trainers as forecast candidates become ready.

Every edit is a what-if: the outlook and its chart follow at once, from the plan in the tables (pure arithmetic,
analytics/capacity.py), and nothing is written to the database. The starting plan — the certified trainers at
their sites, and the forecast — is read in a worker; reading again after a change elsewhere keeps the edits and
takes only the new forecast.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainercoach.analytics.capacity import Outlook, Plan, SiteLoad, Trainer
from trainercoach.analytics.capacity import outlook as compute_outlook
from trainercoach.charts import capacity_outlook
from trainercoach.errors import TrainerCoachError, ValidationError
from trainercoach.gui.messages import explain
from trainercoach.gui.operations import run_op
from trainercoach.gui.widgets.chart_view import ChartView
from trainercoach.gui.workers import Loader
from trainercoach.services import Coach

LOAD_FIELDS = ("site", "language", "new_hires", "hours_per_hire", "trainees_per_session", "changes",
               "refresher_hours", "knowledge_base_hours")
TRAINER_FIELDS = ("name", "site", "language", "hours")
CHART_HEIGHT = 360


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


class CapacityPage(QScrollArea):
    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.plan: Plan | None = None
        self.outlook: Outlook | None = None
        self.stale = True
        self._filling = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        heading = QLabel(self.tr("Capacity planner"))
        heading.setProperty("class", "heading")
        layout.addWidget(heading)
        hint = QLabel(self.tr(
            "Do we have enough trainers for what is coming? One line per site and language: new hires a month, "
            "the trainer hours a class of new hires takes, how many are taught together, changes a month and the "
            "refresher hours each needs, and the knowledge base's hours. Below, each certified trainer's hours a "
            "month. Every edit is a what-if: the outlook follows at once and nothing is saved."))
        hint.setProperty("class", "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        saved_row = QHBoxLayout()
        saved_row.addWidget(QLabel(self.tr("Saved plans:")))
        self.saved = QComboBox()
        self.saved.setMinimumWidth(220)
        saved_row.addWidget(self.saved)
        open_button = QPushButton(self.tr("Open"))
        open_button.clicked.connect(self.open_saved)
        save_button = QPushButton(self.tr("Save as…"))
        save_button.clicked.connect(self.save_as)
        delete_button = QPushButton(self.tr("Delete plan"))
        delete_button.clicked.connect(self.delete_saved)
        for button in (open_button, save_button, delete_button):
            saved_row.addWidget(button)
        saved_row.addStretch(1)
        layout.addLayout(saved_row)
        # A row of its own: in one row with the plans, the Greek labels ran past a 1280 px window.
        saved_row = QHBoxLayout()
        saved_row.addWidget(QLabel(self.tr("Compare with:")))
        self.compare = QComboBox()
        self.compare.setMinimumWidth(220)
        self.compare.currentIndexChanged.connect(lambda _i: self.recompute())
        saved_row.addWidget(self.compare)
        saved_row.addStretch(1)
        export_button = QPushButton(self.tr("Export CSV…"))
        export_button.clicked.connect(self.export_csv)
        saved_row.addWidget(export_button)
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setToolTip(self.tr("The plan as it stands on screen, with the plan compared with it, as a "
                                           "PDF: inputs, chart, month table and assumptions."))
        self.pdf_button.clicked.connect(self.export_pdf)
        saved_row.addWidget(self.pdf_button)
        layout.addLayout(saved_row)
        self._compared: dict[int, Plan] = {}
        self.status = QLabel(self.tr("Loading…"))
        self.status.setProperty("class", "hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.loads = self._table([self.tr("Site"), self.tr("Language"), self.tr("Hires a month"),
                                  self.tr("Hours a class"), self.tr("Trainees a class"),
                                  self.tr("Changes a month"), self.tr("Hours a change"),
                                  self.tr("Knowledge base hours")])
        self.loads.setToolTip(self.tr("Hours a class: the trainer hours one class of new hires takes. Hours a "
                                      "change: the refresher training one change needs. Knowledge base hours: "
                                      "a month, keeping it up to date."))
        # The inputs' headings are long in Greek: each column as wide as its heading, scrolling if need be.
        self.loads.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.loads.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.loads)
        load_buttons = QHBoxLayout()
        add_load = QPushButton(self.tr("Add a site and language"))
        add_load.clicked.connect(lambda: self._add_row(self.loads, ["", "", "0", "0", "8", "0", "0", "0"]))
        remove_load = QPushButton(self.tr("Remove line"))
        remove_load.clicked.connect(lambda: self._remove_row(self.loads))
        load_buttons.addWidget(add_load)
        load_buttons.addWidget(remove_load)
        load_buttons.addStretch(1)
        layout.addLayout(load_buttons)

        self.trainers = self._table([self.tr("Certified trainer"), self.tr("Site"), self.tr("Language"),
                                     self.tr("Hours a month")])
        layout.addWidget(self.trainers)
        trainer_buttons = QHBoxLayout()
        add_trainer = QPushButton(self.tr("Add a trainer"))
        add_trainer.clicked.connect(lambda: self._add_row(self.trainers, ["", "", "", "20"]))
        remove_trainer = QPushButton(self.tr("Remove trainer"))
        remove_trainer.clicked.connect(lambda: self._remove_row(self.trainers))
        trainer_buttons.addWidget(add_trainer)
        trainer_buttons.addWidget(remove_trainer)
        trainer_buttons.addStretch(1)
        self.reset_button = QPushButton(self.tr("Start again from the database"))
        self.reset_button.clicked.connect(self.start_again)
        trainer_buttons.addWidget(self.reset_button)
        layout.addLayout(trainer_buttons)
        # Its own row: beside the buttons, the Greek label ran past a 1280 px window.
        new_hours_row = QHBoxLayout()
        new_hours_row.addWidget(QLabel(self.tr("Hours a month a newly ready candidate gives:")))
        self.new_hours = QDoubleSpinBox()
        self.new_hours.setRange(0, 744)
        self.new_hours.setValue(20)
        self.new_hours.valueChanged.connect(lambda _value: self.recompute())
        new_hours_row.addWidget(self.new_hours)
        new_hours_row.addStretch(1)
        layout.addLayout(new_hours_row)

        self.errors = QLabel()
        self.errors.setProperty("class", "error")
        self.errors.setWordWrap(True)
        layout.addWidget(self.errors)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.comparison = QLabel()
        self.comparison.setWordWrap(True)
        layout.addWidget(self.comparison)
        self.chart = ChartView(min_height=CHART_HEIGHT)
        self.chart.show_message(self.tr("Loading…"))
        layout.addWidget(self.chart)
        layout.addStretch(1)
        self.setWidget(body)
        self._loader = Loader(self)
        self._loader.loaded.connect(self._loaded)
        self._loader.failed.connect(self._failed)
        self._keep_edits = False
        self.refresh()

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setMinimumHeight(150)
        table.itemChanged.connect(lambda _item: self.recompute())
        return table

    def _add_row(self, table: QTableWidget, values: list[str]) -> None:
        self._filling = True
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
        self._filling = False
        self.recompute()

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self.recompute()

    # -- loading ---------------------------------------------------------------------------------
    def mark_stale(self) -> None:
        self.stale = True

    def refresh(self) -> None:
        """Read the starting plan; once a plan is on screen, only its forecast is taken from the new read."""
        self.stale = False
        self._keep_edits = self.plan is not None
        coach = self.coach
        self._loader.load(lambda: (coach.capacity.starting_plan(), coach.capacity.saved()))

    def start_again(self) -> None:
        self.plan = None
        self.refresh()

    @property
    def busy(self) -> bool:
        return self._loader.busy

    def shutdown(self) -> None:
        self._loader.wait()

    def _failed(self, error: BaseException) -> None:
        reason = explain(error) if isinstance(error, TrainerCoachError) else str(error)
        self.status.setText(self.tr("The plan could not be read: {reason}").format(reason=reason))

    def _loaded(self, result: tuple[Plan, list[tuple[int, str]]]) -> None:
        plan, saved = result
        self._fill_saved(saved)
        if self._keep_edits and self.plan is not None:
            self.plan = replace(self.plan, ready_per_month=plan.ready_per_month)
        else:
            self.plan = plan
            self._fill(plan)
        self.status.setText(self.tr("Candidates forecast to become ready in the next 12 months: {count}. Their "
                                    "hours count from the month after.").format(
            count=f"{sum(plan.ready_per_month):.1f}"))
        self.recompute()

    def _fill(self, plan: Plan) -> None:
        self._filling = True
        for table, rows in ((self.loads, [[str(getattr(load, f)) for f in LOAD_FIELDS] for load in plan.loads]),
                            (self.trainers, [[str(getattr(t, f)) for f in TRAINER_FIELDS] for t in plan.trainers])):
            table.setRowCount(0)
            for values in rows:
                row = table.rowCount()
                table.insertRow(row)
                for column, value in enumerate(values):
                    table.setItem(row, column, QTableWidgetItem(value))
        self.new_hours.setValue(plan.new_trainer_hours)
        self._filling = False

    def _fill_saved(self, saved: list[tuple[int, str]]) -> None:
        chosen = self.compare.currentData()
        self._compared.clear()
        for combo, first in ((self.saved, None), (self.compare, self.tr("— none —"))):
            combo.blockSignals(True)
            combo.clear()
            if first is not None:
                combo.addItem(first, None)
            for plan_id, name in saved:
                combo.addItem(name, plan_id)
            combo.blockSignals(False)
        at = self.compare.findData(chosen) if chosen is not None else 0
        self.compare.setCurrentIndex(max(0, at))

    def _reload_saved(self) -> None:
        self._fill_saved(self.coach.capacity.saved())

    def open_saved(self) -> None:
        plan_id = self.saved.currentData()
        if plan_id is None:
            return
        try:
            plan = self.coach.capacity.open(plan_id)
        except TrainerCoachError as error:
            self.errors.setText(explain(error))
            return
        self.plan = plan
        self._fill(plan)
        self.recompute()

    def save_as(self) -> None:
        plan = self.read_plan()
        if plan is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save plan"), self.tr("Plan name:"),
                                        text=self.saved.currentText() or plan.name)
        if not ok:
            return
        named = replace(plan, name=name)
        if run_op(self, self.coach, lambda: self.coach.capacity.save(named)).ok:
            self.plan = replace(self.plan or named, name=name.strip())
            self._reload_saved()
            self.saved.setCurrentIndex(max(0, self.saved.findText(name.strip())))

    def delete_saved(self) -> None:
        plan_id = self.saved.currentData()
        if plan_id is None:
            return
        if run_op(self, self.coach, lambda: self.coach.capacity.delete(plan_id)).ok:
            self._reload_saved()

    def export_csv(self) -> None:
        """The outlook month by month and per site and language, for a spreadsheet."""
        from trainercoach.exports.capacity import write_outlook_csv

        if self.outlook is None:
            return
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Export CSV…"), "capacity.csv", "CSV (*.csv)")
        if not path:
            return
        try:
            write_outlook_csv(self.outlook, date.today(), path)
        except (OSError, TrainerCoachError) as error:
            self.errors.setText(explain(error) if isinstance(error, TrainerCoachError) else str(error))

    def export_pdf(self) -> Path | None:
        """The plan on screen as a PDF, written in a worker (export_dialog.PdfExport) while the window paints;
        a plan with a bad cell is not exported (the reason is beside the tables, as for every edit)."""
        from trainercoach.gui.dialogs.export_dialog import export_capacity_report

        plan = self.read_plan()
        if plan is None or self.outlook is None:
            return None
        try:
            self.coach.capacity.outlook(plan)
        except ValidationError as error:
            self.errors.setText(" ".join(dict.fromkeys(error.errors.values())))
            return None
        return export_capacity_report(self.coach, plan, self.compare.currentData(), self)

    def _comparison(self, mine: Outlook) -> None:
        plan_id = self.compare.currentData()
        if plan_id is None:
            self.comparison.setText("")
            return
        other = self._compared.get(plan_id)
        if other is None:
            try:
                other = self._compared[plan_id] = self.coach.capacity.open(plan_id)
            except TrainerCoachError as error:
                self.comparison.setText(explain(error))
                return
        theirs = compute_outlook(replace(other, ready_per_month=self.plan.ready_per_month if self.plan else ()))
        self.comparison.setText(self.tr("Side by side, trainers short each month: this plan {this}; {other}: "
                                        "{others}.").format(
            this=" ".join(str(m.shortfall_trainers) for m in mine.months), other=other.name,
            others=" ".join(str(m.shortfall_trainers) for m in theirs.months)))

    # -- the what-if -----------------------------------------------------------------------------
    def read_plan(self) -> Plan | None:
        """The plan as the tables show it; None (with the reason beside the tables) when a cell is not a
        number."""
        if self.plan is None:
            return None
        loads, trainers, bad = [], [], []
        for row in range(self.loads.rowCount()):
            cells = [self._cell(self.loads, row, c) for c in range(len(LOAD_FIELDS))]
            numbers = [_number(cell) for cell in cells[2:]]
            if any(n is None for n in numbers):
                bad.append(self.tr("line {row}").format(row=row + 1))
                continue
            n = [float(v or 0.0) for v in numbers]
            loads.append(SiteLoad(cells[0], cells[1], n[0], n[1], int(n[2]), n[3], n[4], n[5]))
        for row in range(self.trainers.rowCount()):
            cells = [self._cell(self.trainers, row, c) for c in range(len(TRAINER_FIELDS))]
            hours = _number(cells[3])
            if hours is None:
                bad.append(self.tr("trainer {row}").format(row=row + 1))
                continue
            trainers.append(Trainer(cells[0], cells[1], cells[2], hours))
        if bad:
            self.errors.setText(self.tr("Not a number: {where}.").format(where=", ".join(bad)))
            return None
        return replace(self.plan, loads=tuple(loads), trainers=tuple(trainers),
                       new_trainer_hours=self.new_hours.value())

    @staticmethod
    def _cell(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def recompute(self) -> None:
        if self._filling:
            return
        plan = self.read_plan()
        if plan is None:
            return
        try:
            self.outlook = outlook = self.coach.capacity.outlook(plan)
        except ValidationError as error:
            self.errors.setText(" ".join(dict.fromkeys(error.errors.values())))
            return
        self.errors.setText("")
        first, last = outlook.months[0], outlook.months[-1]
        self.summary.setText(self.tr(
            "This month: {needed} trainer hours needed, {available} available; short {short} hours, that is "
            "{trainers} trainers. In 12 months, with the candidates forecast to be ready: short {short_late} "
            "hours, {trainers_late} trainers.").format(
            needed=f"{first.needed:.0f}", available=f"{first.available:.0f}", short=f"{first.shortfall_hours:.0f}",
            trainers=first.shortfall_trainers, short_late=f"{last.shortfall_hours:.0f}",
            trainers_late=last.shortfall_trainers))
        self.chart.set_figure(capacity_outlook(outlook, date.today()))
        self._comparison(outlook)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft)
