"""One column of the pipeline board as a list model: the candidates in one stage, draggable by id."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from trainercoach.analytics.forecast import Forecast
from trainercoach.gui.forecast_text import card_text
from trainercoach.gui.formats import number_text
from trainercoach.records.candidates import CandidateRow

CANDIDATE_MIME = "application/x-trainercoach-candidate"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
READY_ROLE = Qt.ItemDataRole.UserRole + 4  # True when every readiness condition is met
FORECAST_ROLE = Qt.ItemDataRole.UserRole + 5  # the readiness forecast (analytics/forecast.py), once read

Index = QModelIndex | QPersistentModelIndex


def candidate_mime(candidate_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(CANDIDATE_MIME, str(candidate_id).encode("ascii"))
    return mime


def candidate_from_mime(mime: QMimeData) -> int | None:
    if not mime.hasFormat(CANDIDATE_MIME):
        return None
    text = bytes(mime.data(CANDIDATE_MIME).data()).decode("ascii", "replace")
    return int(text) if text.isdigit() else None


class StageColumnModel(QAbstractListModel):
    def __init__(self, stage_id: int, parent=None) -> None:  # any QObject
        super().__init__(parent)
        self.stage_id = stage_id
        self.today = date.today()
        self._rows: list[CandidateRow] = []
        self._ready: set[int] = set()
        self._forecasts: dict[int, Forecast] = {}

    def set_rows(self, rows: list[CandidateRow], ready: set[int] | frozenset[int] = frozenset()) -> None:
        self.beginResetModel()
        self._rows = rows
        self._ready = set(ready)
        self.today = date.today()
        self.endResetModel()

    def set_forecasts(self, forecasts: dict[int, Forecast]) -> None:
        """The forecasts arrive after the cards (they take longer to read); only the cards' text changes."""
        self._forecasts = forecasts
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [FORECAST_ROLE])

    def row_of(self, candidate_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == candidate_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == READY_ROLE:
            return row.id in self._ready
        if role == FORECAST_ROLE:
            return self._forecasts.get(row.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            score = "—" if row.selection_score is None else number_text(row.selection_score)
            lines = [row.name, row.team, row.site, row.email, self.tr("Selection score: {score}").format(score=score)]
            if row.id in self._ready:
                lines.append(self.tr("Ready for certification: every readiness condition is met"))
            forecast = self._forecasts.get(row.id)
            if forecast is not None and row.id not in self._ready:
                lines.append(card_text(forecast))
            return "\n".join(part for part in lines if part)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [CANDIDATE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = [i.data(ID_ROLE) for i in indexes if i.isValid()]
        return candidate_mime(ids[0]) if ids else QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction
