"""The candidate list: search as you type, filters, sorting by any column."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainercoach.errors import TrainerCoachError
from trainercoach.gui.messages import explain
from trainercoach.gui.models.candidate_table import ID_ROLE, CandidateTableModel, SortedRows, sorted_rows
from trainercoach.gui.workers import Loader
from trainercoach.records.candidates import CandidateRow, FilterChoices
from trainercoach.services import Coach


class CandidatesView(QWidget):
    candidateActivated = Signal(int)  # Qt naming
    selectionChanged = Signal()

    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.search = QLineEdit(placeholderText=self.tr("Search name, email, team, site, mentor…"))
        self.search.setClearButtonEnabled(True)
        self.stage_filter = QComboBox()
        self.mentor_filter = QComboBox()
        self.site_filter = QComboBox()
        self.employment_filter = QComboBox()
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.count_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        # Each filter's first choice names it ("All stages"), so no caption is needed; long names in a
        # filter must not make the window wider than a laptop screen.
        for label, combo in ((self.tr("Stage"), self.stage_filter), (self.tr("Mentor"), self.mentor_filter),
                             (self.tr("Site"), self.site_filter), (self.tr("Employment"), self.employment_filter)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            combo.setAccessibleName(label)
            combo.setToolTip(label)
            bar.addWidget(combo, 1)
        bar.addWidget(self.show_archived)
        self.model = CandidateTableModel(self)
        # The rows are read in a worker; those on screen stay until the new ones arrive.
        self._loader = Loader(self)
        self._loader.loaded.connect(self._show_rows)
        self._loader.failed.connect(self._failed)
        self._pending_select: int | None = None
        self._with_choices = False
        self._delivering = False
        self.table = QTableView()
        self.table.setModel(self.model)  # the model sorts itself (see CandidateTableModel.sort)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        self._headers_fitted = False
        self.table.activated.connect(lambda index: self.candidateActivated.emit(index.data(ID_ROLE)))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 6)
        heading = QLabel(self.tr("Candidates"))
        heading.setProperty("class", "heading")
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.reload_rows)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.stage_filter, self.mentor_filter, self.site_filter, self.employment_filter):
            combo.currentIndexChanged.connect(self.reload_rows)
        self.show_archived.toggled.connect(self.reload_rows)
        self.refresh()

    def refresh(self) -> None:
        """Reload the filter choices and the rows, keeping the person's current choices."""
        self._fill(self.employment_filter, [(self.tr("Employees"), "employee"), (self.tr("Vendor staff"), "vendor")],
                   self.tr("Everyone"))
        self.reload_rows(with_choices=True)

    def _fill_choices(self, choices: FilterChoices) -> None:
        self._fill(self.stage_filter, choices.stages, self.tr("All stages"))
        self._fill(self.mentor_filter, choices.mentors, self.tr("All mentors"))
        self._fill(self.site_filter, [(site, site) for site in choices.sites], self.tr("All sites"))

    @staticmethod
    def _fill(combo: QComboBox, choices: Sequence[tuple[str, object]], everyone: str) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, None)
        for text, value in choices:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def filters(self) -> dict[str, object]:
        """The search and filters as on screen, as the candidate service (and an export of this list) takes them."""
        return {"search": self.search.text(), "stage_id": self.stage_filter.currentData(),
                "mentor_id": self.mentor_filter.currentData(), "site": self.site_filter.currentData(),
                "employment": self.employment_filter.currentData(), "include_archived": self.show_archived.isChecked()}

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._headers_fitted:
            self._headers_fitted = True
            self.fit_headers()

    def fit_headers(self) -> None:
        """Widen each column that is narrower than its heading, once, when the list is first shown (the
        style's bold header font is known by then, and the widths remembered from last time are restored):
        "Ημέρες στο στάδιο" was cut to "έρες στο στά" in Greek, and a width remembered from before stays cut.
        A column the person narrows afterwards stays narrow until the next start; its heading's tooltip names
        it meanwhile."""
        header = self.table.horizontalHeader()
        for section in range(header.count()):
            wanted = header.sectionSizeHint(section)
            if header.sectionSize(section) < wanted:
                header.resizeSection(section, wanted)

    def reload_rows(self, with_choices: bool = False) -> None:
        """Read the rows again in a worker, with the search and filters as they are now."""
        if self._pending_select is None:
            self._pending_select = self.selected_id()
        coach = self.coach
        self._with_choices = with_choices or self._with_choices
        choices = self._with_choices
        filters = self.filters()

        shown = self.model.sorting()

        def read() -> tuple[list[CandidateRow], FilterChoices | None, SortedRows]:
            # The rows and the filters' choices in one read; sorted here by the column on screen (a collation
            # key a row), so the GUI thread only swaps them in.
            if choices:
                rows, found = coach.candidates.list_with_choices(**filters)  # type: ignore[arg-type]
            else:
                rows, found = coach.candidates.list(**filters), None  # type: ignore[arg-type]
            return rows, found, sorted_rows(rows, *shown)

        if not self.model.rowCount():
            self.count_label.setText(self.tr("Loading…"))
        self._loader.load(read)

    @property
    def loading(self) -> bool:
        return self._loader.waiting

    def _show_rows(self, result: tuple[list[CandidateRow], FilterChoices | None, SortedRows]) -> None:
        rows, choices, in_order = result
        if choices is not None:
            self._with_choices = False
            self._fill_choices(choices)
        selected, self._pending_select = self._pending_select, None
        self.model.set_rows(rows, in_order)
        self.count_label.setText(self.tr("%n candidate(s)", "", len(rows)))
        if selected is not None:
            self._delivering = True
            try:
                self.select(selected)
            finally:
                self._delivering = False
        self.selectionChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self._pending_select = None
        text = explain(error) if isinstance(error, TrainerCoachError) else str(error)
        self.count_label.setText(self.tr("The candidates could not be read: {reason}").format(reason=text))

    def selected_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        if indexes:
            return indexes[0].data(ID_ROLE)
        return self._pending_select  # chosen while the rows were being read

    def select(self, candidate_id: int) -> None:
        if self._loader.waiting and not self._delivering:  # the rows on screen are about to be replaced
            self._pending_select = candidate_id
        row = self.model.row_of(candidate_id)
        if row < 0:
            if self._pending_select == candidate_id:
                self.selectionChanged.emit()  # the actions act on it already
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
