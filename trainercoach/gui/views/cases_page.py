"""Business cases (issue 20): every case with its author, gap and status; for the chosen one its gap's
evidence read live, its measured effect before and after with n and intervals, and each review step with who
and when. The workflow buttons offer only the steps the case may take next; every change goes through
``run_op``, and the PDF is written from one snapshot."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QWidget,
)

from trainercoach.errors import TrainerCoachError
from trainercoach.gui.dialogs.case_dialog import CaseDialog
from trainercoach.gui.dialogs.gap_dialogs import PickDialog
from trainercoach.gui.formats import date_text, number_text
from trainercoach.gui.messages import explain
from trainercoach.gui.modal import run_dialog
from trainercoach.gui.models.rows_model import RowsModel, TextRow
from trainercoach.gui.operations import run_op
from trainercoach.gui.views.gaps_page import evidence_table_rows, heading, scrolling_body
from trainercoach.gui.widgets.chosen_row import ListAndRecord
from trainercoach.gui.widgets.tables import page_table
from trainercoach.gui.workers import Loader
from trainercoach.records.gaps import CaseDetail, CaseRow
from trainercoach.reports.case_report import result_rows, write_case_report
from trainercoach.services import Coach
from trainercoach.words import CASE_MEASURES, CASE_STATUS, word

# The buttons of the workflow, in the order they stand: the status each one moves a case to.
STEPS = ("submitted", "approved", "returned", "scheduled", "delivered", "evaluated", "draft")


class CasesPage(ListAndRecord, QWidget):
    selectionChanged = Signal()

    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.stale = False
        # The first read starts before the widgets are made: the database works while the page is built (its
        # rows arrive through the event loop, so never before the page is whole).
        self._rows = Loader(self)
        self._rows.load(coach.cases.list)
        self.detail: CaseDetail | None = None
        layout = scrolling_body(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Business cases"), "heading"), 1)
        self.new_button = QPushButton(self.tr("New case…"))
        self.new_button.clicked.connect(self.new_case)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.cases = RowsModel([self.tr("Title"), self.tr("Candidate"), self.tr("Knowledge gap"), self.tr("Status"),
                                self.tr("Trainer hours"), self.tr("Last step")], numeric=(4,), parent=self)
        self.table = page_table(self.cases, stretch=0)
        self._reading_wired(self.table, self.cases)
        self.table.doubleClicked.connect(lambda *_: self.edit_case())
        layout.addWidget(self.table)
        self.empty = heading(self.tr("No business case yet. A candidate writes one for a knowledge gap: New case…"),
                             "hint")
        self.empty.hide()  # until the first read has said there is none
        layout.addWidget(self.empty)
        self.case_title = heading("")
        layout.addWidget(self.case_title)
        self.summary = heading("", "hint")
        layout.addWidget(self.summary)
        actions = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_case)
        actions.addWidget(self.edit_button)
        labels = {"submitted": self.tr("Submit"), "approved": self.tr("Approve"), "returned": self.tr("Return…"),
                  "scheduled": self.tr("Schedule"), "delivered": self.tr("Mark delivered"),
                  "evaluated": self.tr("Mark evaluated"), "draft": self.tr("Back to draft")}
        self.step_buttons: dict[str, QPushButton] = {}
        for status in STEPS:
            button = QPushButton(labels[status])
            button.clicked.connect(lambda _checked=False, s=status: self.move_case(s))
            self.step_buttons[status] = button
            actions.addWidget(button)
        self.link_button = QPushButton(self.tr("Link session…"))
        self.link_button.clicked.connect(self.link_session)
        self.pdf_button = QPushButton(self.tr("PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        actions.addWidget(self.link_button)
        actions.addWidget(self.pdf_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(heading(self.tr("Evidence, from the gap")))
        self.evidence = RowsModel([self.tr("Date"), self.tr("Kind"), self.tr("What"), self.tr("Figure"),
                                   self.tr("Agents")], numeric=(4,), parent=self)
        layout.addWidget(page_table(self.evidence, stretch=2))
        self.effect = heading("", "hint")
        layout.addWidget(self.effect)
        layout.addWidget(heading(self.tr("Review")))
        self.steps = RowsModel([self.tr("When"), self.tr("Status"), self.tr("By"), self.tr("Reason")], parent=self)
        layout.addWidget(page_table(self.steps))
        layout.addStretch(1)
        for button in self.step_buttons.values():
            button.setVisible(False)
        self._enable()

    # -- reading (in workers: the list, then the chosen case with its evidence and effect) --------------------
    def mark_stale(self) -> None:
        self.stale = True

    def refresh(self) -> None:
        """Read the cases again off the GUI thread; the chosen case stays chosen (or the one asked for meanwhile)."""
        self.read_list(self.coach.cases.list)

    def _show_rows(self, rows: list[CaseRow]) -> None:
        self.cases.set_rows([TextRow(c.id, [c.title, c.candidate, c.gap, word(CASE_STATUS, c.status),
                                            "–" if c.effort_hours is None else number_text(c.effort_hours),
                                            date_text(c.changed_at)]) for c in rows])
        self.empty.setVisible(not rows)
        self._rows_arrived()

    def _failed(self, error: BaseException) -> None:
        self.choice.rows_shown()
        reason = explain(error) if isinstance(error, TrainerCoachError) else str(error)
        self.summary.setText(self.tr("The business cases could not be read: {reason}").format(reason=reason))

    def chosen_case(self) -> int | None:
        return self.choice.current()

    def select_case(self, case_id: int) -> None:
        self.choice.choose(case_id)

    def _read_record(self, record_id: int) -> CaseDetail:
        return self.coach.cases.get(record_id)

    def _enable(self) -> None:
        detail = self.detail
        self.edit_button.setEnabled(detail is not None and detail.status in ("draft", "submitted", "returned"))
        self.link_button.setEnabled(detail is not None)
        self.pdf_button.setEnabled(detail is not None)
        for status, button in self.step_buttons.items():
            button.setEnabled(detail is not None)
            if detail is not None:  # the steps of the case on screen stay in place while the next one is read
                button.setVisible(status in detail.next_steps)

    def _show_detail(self, detail: CaseDetail | None) -> None:
        if detail is not None and detail.id != self.choice.current():
            return  # read for a row chosen before the one chosen now, whose own read follows
        self.detail = detail
        self._enable()
        if detail is None:
            for button in self.step_buttons.values():
                button.setVisible(False)
            self.case_title.setText("")
            self.summary.setText("")
            self.effect.setText("")
            self.evidence.set_rows([])
            self.steps.set_rows([])
            self.selectionChanged.emit()
            return
        form = detail.form
        self.case_title.setText(f"{form.title} — {word(CASE_STATUS, detail.status)}")
        self.summary.setText(self.tr("By {candidate} · gap: {gap} (touches {agents} agents) · {sessions} sessions\n"
                                     "Problem: {problem}").format(
            candidate=detail.candidate, gap=detail.gap.form.topic, agents=detail.gap.agents,
            sessions=len(detail.sessions), problem=form.problem or "–"))
        self.evidence.set_rows(evidence_table_rows(detail.gap.evidence, self.tr("(not visible to you)")))
        if detail.result is None:
            self.effect.setText(self.tr("Effect ({measure}): measured once the case's sessions are linked and given.")
                                .format(measure=word(CASE_MEASURES, form.measure)))
        else:
            lines = "   ·   ".join(f"{label}: {value}" for label, value in result_rows(detail.result))
            self.effect.setText(self.tr("Effect ({measure}): {lines}").format(
                measure=word(CASE_MEASURES, detail.result.measure), lines=lines))
        self.steps.set_rows([TextRow(i, [date_text(s.at), word(CASE_STATUS, s.status), s.by, s.reason])
                             for i, s in enumerate(detail.steps)])
        self.selectionChanged.emit()

    def _detail_failed(self, error: BaseException) -> None:
        """The chosen case is gone (undone, deleted elsewhere): the list read that follows the change shows it."""
        if isinstance(error, TrainerCoachError):
            self._show_detail(None)
        else:
            raise error  # a bug, not a refusal

    # -- actions (each through run_op) ---------------------------------------------------------------
    def new_case(self, gap_id: int | None = None) -> None:
        dialog = CaseDialog(self.coach, gap_id=gap_id, parent=self)
        if run_dialog(dialog) and dialog.case_id is not None:
            self.refresh()
            self.select_case(dialog.case_id)

    def edit_case(self) -> None:
        case_id = self.chosen_case()
        if case_id is not None and run_dialog(CaseDialog(self.coach, case_id, parent=self)):
            self.refresh()

    def move_case(self, status: str, reason: str | None = None) -> bool:
        if self.detail is None:
            return False
        if status == "returned" and reason is None:
            reason, ok = QInputDialog.getMultiLineText(self, self.tr("Return the case"),
                                                       self.tr("Why does the case go back? Its author reads this."))
            if not ok:
                return False
        case_id, version, why = self.detail.id, self.detail.version, reason or ""
        cases = self.coach.cases
        outcome = run_op(self, self.coach, lambda: cases.move(case_id, status, why, expected_version=version),
                         title=self.tr("Cannot move the case"))
        if outcome.ok:
            self.refresh()
        return outcome.ok

    def link_session(self) -> None:
        if self.detail is None:
            return
        rows = [("session", d.id, f"{date_text(d.starts_at)} · {d.topic} · {d.candidate_name}")
                for d in self.coach.deliveries.list()]
        dialog = PickDialog(self.tr("Link the session the case is given in"), rows, self)
        if run_dialog(dialog) and dialog.chosen is not None:
            case_id, delivery_id = self.detail.id, dialog.chosen[1]
            if run_op(self, self.coach, lambda: self.coach.cases.link_session(case_id, delivery_id),
                      title=self.tr("Cannot link the session")).ok:
                self.refresh()

    def export_pdf(self, path: str | None = None) -> Path | None:
        if self.detail is None:
            return None
        if path is None:
            path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Save the business case"),
                                                        f"{self.detail.form.title}.pdf", "PDF (*.pdf)")
            if not path:
                return None
        return write_case_report(self.coach.reports.business_case(self.detail.id), path)
