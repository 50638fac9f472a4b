"""The knowledge-gap register (issue 20): every gap with its evidence count, the agents it touches and its
trend; for the chosen gap its evidence with numbers read live. A lead starts a gap from the check question most
agents missed, links comments, action items and checks, and types outside figures with their source or imports
a file of them (read in a worker). Every change goes through ``run_op`` or ``BackgroundOp``; the main window reads
the page again from its Changes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trainercoach.errors import TrainerCoachError
from trainercoach.gui.dialogs.gap_dialogs import (
    FigureDialog,
    GapDialog,
    PickDialog,
    evidence_form,
    link_rows,
    question_rows,
)
from trainercoach.gui.formats import date_text
from trainercoach.gui.messages import explain
from trainercoach.gui.modal import run_dialog
from trainercoach.gui.models.rows_model import ID_ROLE, RowsModel, TextRow
from trainercoach.gui.operations import BackgroundOp, Outcome, report, run_op
from trainercoach.gui.widgets.chosen_row import ListAndRecord
from trainercoach.gui.widgets.tables import page_table
from trainercoach.gui.workers import Loader
from trainercoach.imports.problems import ImportRefused
from trainercoach.records.gaps import EvidenceRow, GapDetail, GapRow
from trainercoach.reports.case_report import evidence_figure
from trainercoach.services import Coach
from trainercoach.words import EVIDENCE_KINDS, GAP_STATUS, GAP_TRENDS, word


def heading(words: str, kind: str = "subheading") -> QLabel:
    label = QLabel(words)
    label.setProperty("class", kind)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return label


def scrolling_body(page: QWidget) -> QVBoxLayout:
    """The layout of a page whose content scrolls: its tables and texts never make the window taller or wider
    than the screen (the Business cases page in Greek asked for 1,053 px)."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget()
    scroll.setWidget(body)
    outer.addWidget(scroll)
    return QVBoxLayout(body)


def evidence_table_rows(rows: list[EvidenceRow], hidden: str) -> list[TextRow]:
    """The evidence as the gap's and the case's tables show it."""
    return [TextRow(r.id, [date_text(r.on_date), word(EVIDENCE_KINDS, r.kind), r.what if r.visible else hidden,
                           evidence_figure(r), str(r.agents)]) for r in rows]


class GapsPage(ListAndRecord, QWidget):
    selectionChanged = Signal()

    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.stale = False
        # The first read starts before the widgets are made: the database works while the page is built (its
        # rows arrive through the event loop, so never before the page is whole).
        self._rows = Loader(self)
        self._rows.load(coach.gaps.list)
        self.detail: GapDetail | None = None
        layout = scrolling_body(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Knowledge gaps"), "heading"), 1)
        self.new_button = QPushButton(self.tr("New gap…"))
        self.new_button.clicked.connect(self.new_gap)
        self.from_question_button = QPushButton(self.tr("From a missed question…"))
        self.from_question_button.setToolTip(self.tr("Start a gap from a check question most trainees got wrong"))
        self.from_question_button.clicked.connect(self.from_question)
        for button in (self.new_button, self.from_question_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.gaps = RowsModel([self.tr("Topic"), self.tr("Status"), self.tr("Evidence"), self.tr("Agents"),
                               self.tr("Trend"), self.tr("Business cases")], numeric=(2, 3, 5), parent=self)
        self.table = page_table(self.gaps, stretch=0)
        self._reading_wired(self.table, self.gaps)
        layout.addWidget(self.table)
        self.empty = heading(self.tr("No knowledge gap yet. Start one from a check question most trainees missed, "
                                     "or with New gap…"), "hint")
        self.empty.hide()  # until the first read has said there is none
        layout.addWidget(self.empty)
        self.gap_title = heading("")
        layout.addWidget(self.gap_title)
        self.summary = heading("", "hint")
        layout.addWidget(self.summary)
        actions = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_gap)
        self.figure_button = QPushButton(self.tr("Add figure…"))
        self.figure_button.clicked.connect(self.add_figure)
        self.import_button = QPushButton(self.tr("Import figures…"))
        self.import_button.setToolTip(self.tr("Outside figures from a CSV or Excel file: columns date, kind, value, "
                                              "source, agents and note"))
        self.import_button.clicked.connect(self.import_figures)
        self.importing: BackgroundOp | None = None
        self.link_button = QPushButton(self.tr("Link a record…"))
        self.link_button.setToolTip(self.tr("A check, a check question, a feedback comment or an action item"))
        self.link_button.clicked.connect(self.link_record)
        self.remove_button = QPushButton(self.tr("Remove evidence"))
        self.remove_button.clicked.connect(self.remove_evidence)
        self.case_button = QPushButton(self.tr("Write a business case…"))
        self.case_button.setToolTip(self.tr("A case for a new session that closes this gap"))
        self.case_button.clicked.connect(self.write_case)
        self.status_button = QPushButton(self.tr("Close gap"))
        self.status_button.clicked.connect(self.toggle_status)
        # Two rows: in one, the Greek labels made the window 1,381 px wide.
        for button in (self.edit_button, self.figure_button, self.import_button, self.link_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        more_actions = QHBoxLayout()
        for button in (self.remove_button, self.case_button, self.status_button):
            more_actions.addWidget(button)
        more_actions.addStretch(1)
        layout.addLayout(more_actions)
        self.evidence = RowsModel([self.tr("Date"), self.tr("Kind"), self.tr("What"), self.tr("Figure"),
                                   self.tr("Agents")], numeric=(4,), parent=self)
        self.evidence_view = page_table(self.evidence, stretch=2)
        layout.addWidget(self.evidence_view)
        layout.addStretch(1)
        self._enable()

    # -- reading (in workers: the list, then the chosen gap's evidence) ------------------------------------
    def mark_stale(self) -> None:
        self.stale = True

    def refresh(self) -> None:
        """Read the gaps again off the GUI thread; the chosen gap stays chosen (or the one asked for meanwhile)."""
        self.read_list(self.coach.gaps.list)

    def _show_rows(self, rows: list[GapRow]) -> None:
        self.gaps.set_rows([TextRow(g.id, [g.topic, word(GAP_STATUS, g.status), str(g.evidence), str(g.agents),
                                           word(GAP_TRENDS, g.trend), str(g.cases)],
                                    colour="#888888" if g.status == "closed" else None) for g in rows])
        self.empty.setVisible(not rows)
        self._rows_arrived()

    def _failed(self, error: BaseException) -> None:
        self.choice.rows_shown()
        reason = explain(error) if isinstance(error, TrainerCoachError) else str(error)
        self.summary.setText(self.tr("The knowledge gaps could not be read: {reason}").format(reason=reason))

    def chosen_gap(self) -> int | None:
        return self.choice.current()

    def select_gap(self, gap_id: int) -> None:
        self.choice.choose(gap_id)

    def _read_record(self, record_id: int) -> GapDetail:
        return self.coach.gaps.get(record_id)

    def _enable(self) -> None:
        detail = self.detail
        for button in (self.edit_button, self.figure_button, self.link_button, self.remove_button,
                       self.case_button, self.status_button):
            button.setEnabled(detail is not None)
        self.import_button.setEnabled(detail is not None and self.importing is None)

    def _show_detail(self, detail: GapDetail | None) -> None:
        if detail is not None and detail.id != self.choice.current():
            return  # read for a row chosen before the one chosen now, whose own read follows
        self.detail = detail
        self._enable()
        if detail is None:
            self.gap_title.setText("")
            self.summary.setText("")
            self.evidence.set_rows([])
            self.selectionChanged.emit()
            return
        self.gap_title.setText(self.tr("Knowledge gap: {topic}").format(topic=detail.form.topic))
        self.summary.setText(self.tr("{count} pieces of evidence · touches {agents} agents · {trend}\n{description}")
                             .format(count=len(detail.evidence), agents=detail.agents,
                                     trend=word(GAP_TRENDS, detail.trend), description=detail.form.description))
        self.status_button.setText(self.tr("Reopen gap") if detail.status == "closed" else self.tr("Close gap"))
        self.evidence.set_rows(evidence_table_rows(detail.evidence, self.tr("(not visible to you)")))
        self.selectionChanged.emit()

    def _detail_failed(self, error: BaseException) -> None:
        """The chosen gap is gone (undone, deleted elsewhere): the list read that follows the change shows it."""
        if isinstance(error, TrainerCoachError):
            self._show_detail(None)
        else:
            raise error  # a bug, not a refusal

    # -- actions (each through run_op) ---------------------------------------------------------------
    def new_gap(self) -> None:
        dialog = GapDialog(self.coach, parent=self)
        if run_dialog(dialog) and dialog.gap_id is not None:
            self.refresh()
            self.select_gap(dialog.gap_id)

    def edit_gap(self) -> None:
        gap_id = self.chosen_gap()
        if gap_id is not None and run_dialog(GapDialog(self.coach, gap_id, parent=self)):
            self.refresh()

    def from_question(self) -> None:
        dialog = PickDialog(self.tr("Start a gap from a check question"), question_rows(self.coach), self)
        if run_dialog(dialog) and dialog.chosen is not None:
            question = dialog.chosen[1]
            outcome = run_op(self, self.coach, lambda: self.coach.gaps.from_question(question),
                             title=self.tr("Cannot add the gap"))
            if outcome.ok:
                self.refresh()
                self.select_gap(outcome.result)

    def add_figure(self) -> None:
        gap_id = self.chosen_gap()
        if gap_id is not None and run_dialog(FigureDialog(self.coach, gap_id, self)):
            self.refresh()

    def import_figures(self) -> None:
        """Ask for a file, then read and add its figures in a worker: all of them, or none and the problems."""
        gap_id = self.chosen_gap()
        if gap_id is None or self.importing is not None:
            return
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import figures"), "",
                                                    self.tr("Tables (*.csv *.xlsx *.txt);;All files (*)"))
        if path:
            self.import_figures_from(gap_id, path)

    def import_figures_from(self, gap_id: int, path: str) -> BackgroundOp:
        """The import itself, off the GUI thread; ``done`` refreshes the page or lists the file's problems."""
        def job(_progress: object, _cancelled: object) -> object:
            return self.coach.gaps.import_figures(gap_id, path)

        operation = BackgroundOp(self, self.coach, job, report_errors=False)
        operation.done.connect(self._figures_imported)
        self.importing = operation
        self.import_button.setEnabled(False)
        return operation.start()

    def _figures_imported(self, outcome: Outcome) -> None:
        self.importing = None
        error = outcome.error
        self.refresh()
        if error is None:
            return
        if isinstance(error, ImportRefused) and error.problems:
            lines = [p.text() for p in error.problems]
            if error.more:
                lines.append(self.tr("… and {count} more problems.").format(count=error.more))
            self.show_problems(self.tr("Nothing was imported: the file has {count} problems.")
                               .format(count=len(error.problems) + error.more), "\n".join(lines))
        elif isinstance(error, TrainerCoachError):
            report(self, error, title=self.tr("Cannot import the figures"))
        else:
            raise error  # a bug, not a refusal

    def show_problems(self, summary: str, details: str) -> None:
        """The file's problems, each with its line and column, in a message box whose details list them all."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot import the figures"), summary,
                          QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(details[:2000] + ("…" if len(details) > 2000 else ""))
        box.setDetailedText(details)
        box.exec()

    def link_record(self) -> None:
        gap_id = self.chosen_gap()
        if gap_id is None:
            return
        dialog = PickDialog(self.tr("Link a record as evidence"), question_rows(self.coach) + link_rows(self.coach),
                            self)
        if run_dialog(dialog) and dialog.chosen is not None:
            form = evidence_form(*dialog.chosen)
            if run_op(self, self.coach, lambda: self.coach.gaps.add_evidence(gap_id, form),
                      title=self.tr("Cannot link it")).ok:
                self.refresh()

    def remove_evidence(self) -> None:
        index = self.evidence_view.currentIndex()
        if not index.isValid():
            return
        evidence_id = index.data(ID_ROLE)
        if run_op(self, self.coach, lambda: self.coach.gaps.remove_evidence(evidence_id)).ok:
            self.refresh()

    def write_case(self) -> None:
        """The case editor with this gap chosen; saving goes through the editor's run_op."""
        from trainercoach.gui.dialogs.case_dialog import CaseDialog

        gap_id = self.chosen_gap()
        if gap_id is not None and run_dialog(CaseDialog(self.coach, gap_id=gap_id, parent=self)):
            self.refresh()

    def toggle_status(self) -> None:
        if self.detail is None:
            return
        gap_id, status = self.detail.id, "open" if self.detail.status == "closed" else "closed"
        if run_op(self, self.coach, lambda: self.coach.gaps.set_status(gap_id, status)).ok:
            self.refresh()
