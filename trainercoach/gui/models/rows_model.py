"""A read-only table model over plain rows of text, for the short lists on a page (observations, checks).

Each row carries an id (for double-click) and optionally a colour, so views need no widget per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
# The roles as plain ints, and the numbers' alignment made once: ``data`` is asked for every cell's every role
# each time a view measures or paints, thousands of times for a list of hundreds of rows.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_ID = int(ID_ROLE)
_SORT = int(SORT_ROLE)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


@dataclass(frozen=True)
class TextRow:
    id: int
    cells: Sequence[str]
    sort_keys: Sequence[object] = ()
    colour: str | None = None
    tooltip: str = ""


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], numeric: Sequence[int] = (), parent=None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.numeric = set(numeric)
        self.rows: list[TextRow] = []
        self.multiline = False  # whether a cell holds more than one line (its row is then taller)
        self._brushes: dict[str, QBrush] = {}

    def set_rows(self, rows: list[TextRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.multiline = any("\n" in cell for row in rows for cell in row.cells)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == _DISPLAY:
            return row.cells[index.column()]
        if role == _ID:
            return row.id
        if role == _TOOLTIP:
            return row.tooltip or row.cells[index.column()]
        if role == _SORT:
            return row.sort_keys[index.column()] if row.sort_keys else row.cells[index.column()].casefold()
        if role == _FOREGROUND and row.colour:
            brush = self._brushes.get(row.colour)
            if brush is None:
                brush = self._brushes[row.colour] = QBrush(QColor(row.colour))
            return brush
        if role == _ALIGNMENT and index.column() in self.numeric:
            return _RIGHT
        return None
