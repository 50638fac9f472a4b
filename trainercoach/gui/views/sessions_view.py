"""The Sessions page: the list of practice deliveries (search, filters, sorting) and one session's page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCollator, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainercoach import words
from trainercoach.errors import TrainerCoachError
from trainercoach.gui.messages import explain
from trainercoach.gui.models.session_list import PAGE_ROWS, SessionListModel
from trainercoach.gui.models.session_table import ID_ROLE, SessionTableModel
from trainercoach.gui.views.session_page import SessionPage
from trainercoach.gui.workers import Loader
from trainercoach.models import AUDIENCES, METHODS
from trainercoach.records.sessions import DeliveryRow
from trainercoach.services import Coach


@dataclass(frozen=True)
class SessionIds:
    """One read of the list, off the GUI thread: the ordered ids, the first page's sessions and, when the
    filter choices were read too, the candidates to filter by."""

    ids: list[int]
    first_rows: list[DeliveryRow]
    candidates: list[tuple[str, int]] | None


def sort_key(column: str) -> Callable[[Any], Any] | None:
    """What a column sorts by, as the person reads it: words in the language's collation (case aside),
    methods and audiences by their labels; numbers and dates as themselves. Made in the thread that sorts."""
    if column not in ("topic", "candidate", "method", "audience", "code"):
        return None
    collator = QCollator()
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    table = {"method": words.METHODS, "audience": words.AUDIENCES}.get(column)
    if table is not None:
        return lambda value: collator.sortKey(words.word(table, value).casefold())
    return lambda value: collator.sortKey((value or "").casefold())  # casefold: the C locale ignores case


def period_range(period: str, today: date | None = None) -> tuple[date | None, date | None]:
    """The dates a period choice stands for; kept out of the widget so it is easy to reason about."""
    today = today or date.today()
    if period == "30":
        return today - timedelta(days=30), None
    if period == "year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    return None, None


class SessionsView(QWidget):
    """A list page and a session page in one stack; the session page shows what the list only counts."""

    sessionOpened = Signal(int)  # Qt naming
    selectionChanged = Signal()
    observationActivated = Signal(int)
    checkActivated = Signal(int)
    weightsChanged = Signal()  # the composite's weights were changed on a session's page

    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.list_page = QWidget()
        self.search = QLineEdit(placeholderText=self.tr("Search topic, candidate, code…"))
        self.search.setClearButtonEnabled(True)
        self.candidate_filter = QComboBox()
        self.method_filter = QComboBox()
        self.audience_filter = QComboBox()
        self.period_filter = QComboBox()
        for text, value in ((self.tr("All dates"), "all"), (self.tr("Last 30 days"), "30"),
                            (self.tr("This year"), "year")):
            self.period_filter.addItem(text, value)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for label, combo in ((self.tr("Candidate"), self.candidate_filter), (self.tr("Method"), self.method_filter),
                             (self.tr("Audience"), self.audience_filter), (self.tr("Dates"), self.period_filter)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.setAccessibleName(label)
            combo.setToolTip(label)
            bar.addWidget(combo, 1)
        # Tens of thousands of sessions: the model holds their ids and reads the rows shown, a page at a time;
        # the database sorts and filters (no proxy sorting every row through Python).
        self.model = SessionListModel(coach.deliveries.rows, self)
        self._loader = Loader(self)
        self._loader.loaded.connect(self._show_rows)
        self._loader.failed.connect(self._failed)
        self._pending_select: int | None = None  # chosen while the list is read: selected when it arrives
        self._with_choices = False  # the filter choices are to be read with the next list
        self._delivering = False
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.model.sortRequested.connect(lambda *_: self.reload_rows())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # Fitting a column to its contents looks at the rows in view only, not at a thousand rows to read.
        header.setResizeContentsPrecision(0)
        self.table.verticalHeader().setResizeContentsPrecision(0)
        # Short values fit their contents; the topic takes the room that is left.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in (("date", 130), ("candidate", 160)):
            index = SessionTableModel.COLUMNS.index(column)
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(index, width)
        header.setSectionResizeMode(SessionTableModel.COLUMNS.index("topic"), QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.activated.connect(lambda index: self.open_session(index.data(ID_ROLE)))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit())
        self.count_label = QLabel()
        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(12, 12, 12, 6)
        heading = QLabel(self.tr("Sessions"))
        heading.setProperty("class", "heading")
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.stack.addWidget(self.list_page)

        # The session page (with its charts) is built when a session is first opened, not with the list.
        self._page: SessionPage | None = None
        self._page_actions: list[QAction | None] = []
        # Scrolls rather than making the whole main window taller than a laptop screen.
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stack.addWidget(self.page_scroll)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.reload_rows)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.candidate_filter, self.method_filter, self.audience_filter, self.period_filter):
            combo.currentIndexChanged.connect(self.reload_rows)
        self.refresh()

    # -- content ---------------------------------------------------------------------------------
    @property
    def page(self) -> SessionPage:
        """One session's page, built the first time it is needed."""
        if self._page is None:
            page = SessionPage(self.coach)
            page.backRequested.connect(self.show_list)
            page.observationActivated.connect(self.observationActivated)
            page.checkActivated.connect(self.checkActivated)
            page.effectiveness.weightsChanged.connect(self.weightsChanged)
            page.set_actions(self._page_actions)
            self.page_scroll.setWidget(page)
            self._page = page
        return self._page

    def set_page_actions(self, actions: list[QAction | None]) -> None:
        self._page_actions = actions
        if self._page is not None:
            self._page.set_actions(actions)

    def refresh(self) -> None:
        """Reload the filter choices, the rows and the open session, keeping the person's choices."""
        self._fill(self.method_filter, words.choices(words.METHODS, METHODS), self.tr("All methods"))
        self._fill(self.audience_filter, words.choices(words.AUDIENCES, AUDIENCES), self.tr("All audiences"))
        self.reload_rows(with_choices=True)
        if self.showing_session() and not self.page.reload():
            self.show_list()

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
        """The search and filters as on screen, as the session service (and an export of this list) takes them."""
        since, until = period_range(self.period_filter.currentData() or "all")
        return {"search": self.search.text(), "candidate_id": self.candidate_filter.currentData(),
                "method": self.method_filter.currentData(), "audience": self.audience_filter.currentData(),
                "since": since, "until": until}

    def reload_rows(self, with_choices: bool = False) -> None:
        """Read the list again in a worker (search, filters and sort as they are now); the rows on screen stay
        until the new ones arrive, and the selection follows its session."""
        if self._pending_select is None:
            self._pending_select = self.selected_id()
        deliveries, candidates = self.coach.deliveries, self.coach.candidates
        filters = self.filters()
        column = SessionTableModel.COLUMNS[self.model.sort_column]
        descending = self.model.sort_order == Qt.SortOrder.DescendingOrder
        # A new read asked while one runs also asks for the choices if either did.
        self._with_choices = with_choices or self._with_choices
        choices = self._with_choices

        def read() -> SessionIds:
            ids = deliveries.ordered_ids(**filters, sort=column, descending=descending,  # type: ignore[arg-type]
                                         key=sort_key(column))
            names = candidates.names() if choices else None
            return SessionIds(ids, deliveries.rows(ids[:PAGE_ROWS]), names)

        if not self.model.rowCount():
            self.count_label.setText(self.tr("Loading…"))
        self._loader.load(read)

    @property
    def loading(self) -> bool:
        """The list or a page of it is being read."""
        return self._loader.waiting or self.model.busy

    def _show_rows(self, result: SessionIds) -> None:
        if result.candidates is not None:
            self._with_choices = False
            self._fill(self.candidate_filter, result.candidates, self.tr("All candidates"))
        selected, self._pending_select = self._pending_select, None
        # A new list starts at its top. Left scrolled past the end of a shorter list, the view would measure its
        # columns on every row (Qt's fallback when no row is in view): thousands of rows read for nothing.
        self.table.scrollToTop()
        self.model.set_ids(result.ids, result.first_rows)
        self.count_label.setText(self.tr("%n session(s)", "", len(result.ids)))
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
        self.count_label.setText(self.tr("The sessions could not be read: {reason}").format(reason=text))

    # -- selection and navigation ----------------------------------------------------------------
    def selected_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        if indexes:
            return indexes[0].data(ID_ROLE)
        return self._pending_select  # chosen while the list was being read

    def current_id(self) -> int | None:
        """The session the Session menu acts on: the open one, else the one selected in the list."""
        if self.showing_session():
            return self.page.delivery_id
        return self.selected_id()

    def select(self, delivery_id: int) -> None:
        if self._loader.waiting and not self._delivering:  # the list on screen is about to be replaced
            self._pending_select = delivery_id
        row = self.model.row_of(delivery_id)
        if row < 0:
            if self._pending_select == delivery_id:
                self.selectionChanged.emit()  # the actions act on it already
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def showing_session(self) -> bool:
        return self.stack.currentWidget() is self.page_scroll

    def open_session(self, delivery_id: int) -> None:
        if self.page.show_session(delivery_id):
            self.stack.setCurrentWidget(self.page_scroll)
            self.select(delivery_id)
            self.sessionOpened.emit(delivery_id)
        else:
            self.reload_rows()
        self.selectionChanged.emit()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_page)
        self.table.setFocus()
        self.selectionChanged.emit()

    def focus_search(self) -> None:
        self.show_list()
        self.search.setFocus()
        self.search.selectAll()
