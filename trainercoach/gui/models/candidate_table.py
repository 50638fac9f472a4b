"""The candidate list as a Qt table model over the rows the candidate service returns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from trainercoach import words
from trainercoach.gui.formats import score_text
from trainercoach.records.candidates import CandidateRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STALLED_DAYS = 30

Index = QModelIndex | QPersistentModelIndex
# Plain ints: data() runs for every cell and role a paint asks about, and an enum member's attribute lookup
# and comparison cost more than the rest of the call.
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT, _FOREGROUND = int(Qt.ItemDataRole.TextAlignmentRole.value), int(Qt.ItemDataRole.ForegroundRole.value)
_SORT, _ID = int(SORT_ROLE), int(ID_ROLE)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_NUMBERS = ("days", "score")
_TEXT_ROLES, _ROW_ROLES = frozenset((_DISPLAY, _TOOLTIP)), frozenset((_ID, _SORT, _FOREGROUND))


COLUMNS = ("name", "stage", "days", "mentor", "score", "team", "site", "employment", "email", "languages")


class SortedRows(NamedTuple):
    """Rows in the order of one column, as sorted off the GUI thread; used if the list is still sorted so."""

    column: int
    order: Qt.SortOrder
    today: date
    rows: list[CandidateRow]


def row_text(row: CandidateRow, column: str, today: date, archived: str) -> str:
    """A cell's text; ``archived`` is the translated mark after an archived candidate's name."""
    match column:
        case "name":
            return row.name + (archived if row.archived else "")
        case "stage":
            return row.stage_name
        case "days":
            return str(row.days_in_stage(today))
        case "mentor":
            return row.mentor_name or "—"
        case "score":
            return score_text(row.selection_score)
        case "team":
            return row.team
        case "site":
            return row.site
        case "employment":
            return words.employment(row.employment, row.vendor_company)
        case "email":
            return row.email
        case "languages":
            return row.languages
    return ""


def sort_key(column: str, today: date, archived: str) -> Callable[[CandidateRow], Any]:
    """Numbers as numbers, words in the language's collation with case aside. Made in the thread that sorts."""
    if column == "days":
        return lambda row: row.days_in_stage(today)
    if column == "score":
        return lambda row: row.selection_score if row.selection_score is not None else -1.0
    collator = QCollator()
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return lambda row: collator.sortKey(row_text(row, column, today, archived).casefold())


def sorted_rows(rows: Sequence[CandidateRow], column: int, order: Qt.SortOrder, today: date,
                archived: str) -> SortedRows:
    """The rows in the order of ``column`` (-1: as given), stable from the order given, as a sorting proxy
    would be; safe off the GUI thread (a worker sorts the rows it has read)."""
    if not 0 <= column < len(COLUMNS):
        return SortedRows(column, order, today, list(rows))
    key = sort_key(COLUMNS[column], today, archived)
    return SortedRows(column, order, today, sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder))


class CandidateTableModel(QAbstractTableModel):
    COLUMNS = COLUMNS

    def __init__(self, parent=None) -> None:  # any QObject
        super().__init__(parent)
        self._rows: list[CandidateRow] = []
        self._source: list[CandidateRow] = []
        self._today = date.today()
        self._archived = self.tr(" (archived)")
        self._headers = [self.tr("Name"), self.tr("Stage"), self.tr("Days in stage"), self.tr("Mentor"),
                         self.tr("Selection"), self.tr("Team"), self.tr("Site"), self.tr("Employment"),
                         self.tr("Email"), self.tr("Languages")]

    def set_rows(self, rows: list[CandidateRow], in_order: SortedRows | None = None) -> None:
        """The rows in the service's order; shown in the order of the column sorted by, if any: ``in_order``
        when they were sorted so already (in the worker that read them), else sorted here."""
        self.beginResetModel()
        self._source = list(rows)
        self._today = date.today()
        if in_order is not None and in_order[:3] == self.sorting()[:3] and len(in_order.rows) == len(rows):
            self._rows = in_order.rows
        else:
            self._rows = self._sorted()
        self.endResetModel()

    def sorting(self) -> tuple[int, Qt.SortOrder, date, str]:
        """What the list is sorted by now, as ``sorted_rows`` takes it."""
        return self.sort_column, self.sort_order, date.today(), self._archived

    # The model sorts itself, once per sort with a key per row: a QSortFilterProxyModel would call data() for
    # every comparison (thousands of Python calls on the GUI thread for a few hundred candidates).
    sort_column = -1  # -1: the service's order
    sort_order = Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id if 0 <= i.row() < len(self._rows) else None for i in before]
        self._rows = self._sorted()
        rows = {row.id: n for n, row in enumerate(self._rows)}
        after = [self.index(rows[cid], i.column()) if cid in rows else QModelIndex() for cid, i in zip(
            ids, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted(self) -> list[CandidateRow]:
        return sorted_rows(self._source, self.sort_column, self.sort_order, self._today, self._archived).rows

    def row_at(self, row: int) -> CandidateRow:
        return self._rows[row]

    def row_of(self, candidate_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == candidate_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        # The tooltip names a column a person has narrowed below its heading.
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.DisplayRole,
                                                                 Qt.ItemDataRole.ToolTipRole):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role in _TEXT_ROLES:  # the most asked first
            if not index.isValid():
                return None
            return self._text(self._rows[index.row()], self.COLUMNS[index.column()])
        if role == _ALIGNMENT:
            return _RIGHT if index.isValid() and self.COLUMNS[index.column()] in _NUMBERS else None
        if role not in _ROW_ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == _ID:
            return row.id
        column = self.COLUMNS[index.column()]
        if role == _SORT:
            if column == "days":
                return row.days_in_stage(self._today)
            if column == "score":
                return row.selection_score if row.selection_score is not None else -1.0
            return self._text(row, column).casefold()
        if row.archived:
            return QBrush(QColor("#8a8f98"))
        if column == "days" and row.days_in_stage(self._today) > STALLED_DAYS:
            return QBrush(QColor("#b54708"))
        return None

    def _text(self, row: CandidateRow, column: str) -> str:
        return row_text(row, column, self._today, self._archived)
