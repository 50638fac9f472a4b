"""The session list as a Qt table model over the rows DeliveryService.list returns (no widget per row)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from trainercoach.gui.formats import datetime_text
from trainercoach.records.sessions import DeliveryRow
from trainercoach.words import AUDIENCES, METHODS, word

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
NUMERIC = ("trainees", "duration", "observations", "responses")


class SessionTableModel(QAbstractTableModel):
    COLUMNS = ("date", "topic", "candidate", "method", "audience", "trainees", "duration", "observations",
               "responses", "code")

    def __init__(self, parent=None) -> None:  # any QObject
        super().__init__(parent)
        self._rows: list[DeliveryRow] = []
        # Short headers for the numbers, so the topic keeps the room; the tooltip gives the full words.
        self._headers = [self.tr("Date"), self.tr("Topic"), self.tr("Candidate"), self.tr("Method"),
                         self.tr("Audience"), self.tr("Trainees"), self.tr("Min."), self.tr("Obs."),
                         self.tr("Forms"), self.tr("Code")]
        self._tooltips = [self.tr("Date and time"), self.tr("Topic"), self.tr("Candidate"),
                          self.tr("Delivery method"), self.tr("Audience"), self.tr("Number of trainees"),
                          self.tr("Duration in minutes"), self.tr("Observations"),
                          self.tr("Trainee feedback forms"), self.tr("Session code (on paper forms and the kiosk)")]

    def set_rows(self, rows: list[DeliveryRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> DeliveryRow:
        return self._rows[row]

    def row_of(self, delivery_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == delivery_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _sort_key(row: DeliveryRow, column: str) -> object:
        match column:
            case "date":
                return row.starts_at.isoformat()
            case "trainees":
                return row.trainees
            case "duration":
                return row.duration_minutes
            case "observations":
                return row.observations
            case "responses":
                return row.responses
        return SessionTableModel._text(row, column).casefold()

    @staticmethod
    def _text(row: DeliveryRow, column: str) -> str:
        match column:
            case "date":
                return datetime_text(row.starts_at)
            case "candidate":
                return row.candidate_name
            case "topic":
                return row.topic
            case "method":
                return word(METHODS, row.method)
            case "audience":
                return word(AUDIENCES, row.audience)
            case "trainees":
                return str(row.trainees)
            case "duration":
                return str(row.duration_minutes)
            case "observations":
                return str(row.observations)
            case "responses":
                return str(row.responses)
            case "code":
                return row.code
        return ""


class SessionSortModel(QSortFilterProxyModel):
    """Sorts each column in its natural order: dates by time, counts as numbers, words by folded case."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
