"""The Sessions page's list as a virtual table model: it holds the ordered ids of every session that matches
(sorted and filtered by the database, see ``DeliveryService.ordered_ids``) and reads the sessions themselves a
page at a time, in a worker, only for the rows a view asks to show. Thirty thousand sessions cost thirty
thousand ints up front, not thirty thousand rows, and scrolling to the end reads the last page only.

Rows not read yet show empty cells until their page arrives (a ``dataChanged`` then repaints them); the id
of any row is known at once, so selecting, finding a row and opening a session never wait for a page.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from trainercoach.gui.models.session_table import ID_ROLE, NUMERIC, SessionTableModel
from trainercoach.gui.workers import Loader
from trainercoach.records.sessions import DeliveryRow

Index = QModelIndex | QPersistentModelIndex
PAGE_ROWS = 100
KEPT_PAGES = 40  # pages kept in memory (4,000 sessions); older ones are read again if scrolled back to
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT, _ID = int(Qt.ItemDataRole.TextAlignmentRole.value), int(ID_ROLE)
_TEXT_ROLES = frozenset((_DISPLAY, _TOOLTIP))
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class SessionListModel(QAbstractTableModel):
    COLUMNS = SessionTableModel.COLUMNS
    pageLoaded = Signal(int)  # Qt naming; the page number
    sortRequested = Signal(int, Qt.SortOrder)  # the view reads the ids again in this order

    def __init__(self, fetch: Callable[[list[int]], list[DeliveryRow]], parent=None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._pages: OrderedDict[int, dict[int, DeliveryRow]] = OrderedDict()
        self._wanted: list[int] = []  # pages asked for and not read yet, the latest last
        self._generation = 0  # a page read for an older list of ids is dropped
        self._labels = SessionTableModel(self)  # the headers and cell texts, shared with the short lists
        self._loader = Loader(self)
        self._loader.loaded.connect(self._page_read)
        self._loader.idle.connect(self._read_wanted)
        self._ask = QTimer(self, singleShot=True, interval=0)
        self._ask.timeout.connect(self._read_wanted)
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.DescendingOrder
        self.fetched_rows = 0  # sessions read so far: what a test checks to see nothing is read up front

    # -- the list --------------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[int], first_rows: Sequence[DeliveryRow] = ()) -> None:
        """A new list (after a search, a filter, a sort or a change); ``first_rows`` are the first page's
        sessions when they were read with the ids, so the first screen needs no second read."""
        self.beginResetModel()
        self._ids = list(ids)
        self._positions = None
        self._pages.clear()
        self._wanted.clear()
        self._generation += 1
        if first_rows:
            self._store(0, list(first_rows))
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, delivery_id: int) -> int:
        if self._positions is None:
            self._positions = {delivery_id: row for row, delivery_id in enumerate(self._ids)}
        return self._positions.get(delivery_id, -1)

    def row_at(self, row: int) -> DeliveryRow | None:
        """The session in ``row``, or None while its page has not been read."""
        page = self._pages.get(row // PAGE_ROWS)
        return None if page is None else page.get(self._ids[row])

    def is_loaded(self, row: int) -> bool:
        return row // PAGE_ROWS in self._pages

    @property
    def busy(self) -> bool:
        """Pages are asked for or being read."""
        return bool(self._wanted) or self._loader.waiting or self._ask.isActive()

    # -- reading pages ---------------------------------------------------------------------------
    def _want(self, page: int) -> None:
        if self._wanted and self._wanted[-1] == page:
            return  # asked for by the previous cell already (a paint asks for every cell of a row not read yet)
        if page in self._wanted:
            self._wanted.remove(page)
        self._wanted.append(page)
        if not self._ask.isActive():
            self._ask.start()  # once the view has asked for every row it paints

    def _read_wanted(self) -> None:
        if not self._wanted or self._loader.busy:
            return  # the loader says when it is idle again
        # The newest pages first (where the person is looking), at most three per read.
        pages = [p for p in reversed(self._wanted) if p not in self._pages][:3]
        self._wanted = [p for p in self._wanted if p not in pages and p not in self._pages]
        if not pages:
            return
        generation = self._generation
        wanted = {page: self._ids[page * PAGE_ROWS:(page + 1) * PAGE_ROWS] for page in pages}
        fetch = self._fetch

        def read() -> tuple[int, dict[int, list[int]], list[DeliveryRow]]:
            return generation, wanted, fetch([i for ids in wanted.values() for i in ids])

        self._loader.load(read)

    def _page_read(self, result: tuple[int, dict[int, list[int]], list[DeliveryRow]]) -> None:
        generation, wanted, rows = result
        if generation == self._generation:
            by_id = {row.id: row for row in rows}
            for page, ids in wanted.items():
                self._store(page, [by_id[i] for i in ids if i in by_id])
                first = page * PAGE_ROWS
                last = min(first + PAGE_ROWS, len(self._ids)) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))
                self.pageLoaded.emit(page)

    def _store(self, page: int, rows: list[DeliveryRow]) -> None:
        self.fetched_rows += len(rows)
        self._pages[page] = {row.id: row for row in rows}
        self._pages.move_to_end(page)
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)

    # -- Qt's model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        return self._labels.headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # Called for every cell and role a paint asks about (seven roles a cell): plain ints and the common case
        # first, as in CandidateTableModel; an enum member's lookup and comparison cost more than the rest.
        if role in _TEXT_ROLES:
            if not index.isValid():
                return None
            row_number = index.row()
            rows = self._pages.get(row_number // PAGE_ROWS)
            if rows is None:
                self._want(row_number // PAGE_ROWS)
                column = index.column()
                return "…" if column == 0 and role == _DISPLAY else None
            row = rows.get(self._ids[row_number])
            return None if row is None else SessionTableModel._text(row, self.COLUMNS[index.column()])  # shared
        if role == _ALIGNMENT:
            return _RIGHT if index.isValid() and self.COLUMNS[index.column()] in NUMERIC else None
        if role == _ID and index.isValid():
            return self._ids[index.row()]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the database's: the view reads the ids again in the new order."""
        self.sort_column, self.sort_order = column, order
        self.sortRequested.emit(column, order)


__all__ = ["ID_ROLE", "PAGE_ROWS", "SessionListModel"]
