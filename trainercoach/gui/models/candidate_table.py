"""The candidate list as a Qt table model over the rows the candidate service returns."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from trainercoach.gui.labels import employment_label, score_label
from trainercoach.services.records import CandidateRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STALLED_DAYS = 30

Index = QModelIndex | QPersistentModelIndex


class CandidateTableModel(QAbstractTableModel):
    COLUMNS = ("name", "stage", "days", "mentor", "score", "team", "site", "employment", "email", "languages")

    def __init__(self, parent=None) -> None:  # noqa: ANN001 - any QObject
        super().__init__(parent)
        self._rows: list[CandidateRow] = []
        self._today = date.today()
        self._headers = [self.tr("Name"), self.tr("Stage"), self.tr("Days in stage"), self.tr("Mentor"),
                         self.tr("Selection"), self.tr("Team"), self.tr("Site"), self.tr("Employment"),
                         self.tr("Email"), self.tr("Languages")]

    def set_rows(self, rows: list[CandidateRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._today = date.today()
        self.endResetModel()

    def row_at(self, row: int) -> CandidateRow:
        return self._rows[row]

    def row_of(self, candidate_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == candidate_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == SORT_ROLE:
            if column == "days":
                return row.days_in_stage(self._today)
            if column == "score":
                return row.selection_score if row.selection_score is not None else -1.0
            return self._text(row, column).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("days", "score"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.archived:
                return QBrush(QColor("#8a8f98"))
            if column == "days" and row.days_in_stage(self._today) > STALLED_DAYS:
                return QBrush(QColor("#b54708"))
        return None

    def _text(self, row: CandidateRow, column: str) -> str:
        match column:
            case "name":
                return row.name + (self.tr(" (archived)") if row.archived else "")
            case "stage":
                return row.stage_name
            case "days":
                return str(row.days_in_stage(self._today))
            case "mentor":
                return row.mentor_name or "—"
            case "score":
                return score_label(row.selection_score)
            case "team":
                return row.team
            case "site":
                return row.site
            case "employment":
                return employment_label(row.employment, row.vendor_company)
            case "email":
                return row.email
            case "languages":
                return row.languages
        return ""


class CandidateSortModel(QSortFilterProxyModel):
    """Sorts by each column's natural order (numbers as numbers, names by folded case)."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
