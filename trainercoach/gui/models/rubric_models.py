"""The criteria of one rubric version as a table an observer scores, one row per criterion."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from trainercoach.gui.formats import short_number
from trainercoach.models import LEVELS
from trainercoach.records.rubrics import CriterionRecord
from trainercoach.services.observations import weighted_average

Index = QModelIndex | QPersistentModelIndex


class CriteriaScoreModel(QAbstractTableModel):
    """Scores by criterion id. A criterion never touched and one marked "not observed" are both stored as
    None; the model remembers which is which only so the person sees what they did."""

    COLUMNS = ("position", "title", "weight", "score")

    def __init__(self, criteria: list[CriterionRecord], parent=None) -> None:
        super().__init__(parent)
        self.criteria = criteria
        self.scores: dict[int, int | None] = {}
        self.not_observed: set[int] = set()
        self.errors: dict[int, str] = {}
        self._headers = [self.tr("#"), self.tr("Criterion"), self.tr("Weight"), self.tr("Score")]

    def criterion(self, row: int) -> CriterionRecord:
        return self.criteria[row]

    def criterion_id(self, row: int) -> int:
        criterion_id = self.criteria[row].id
        assert criterion_id is not None
        return criterion_id

    def load(self, scores: dict[int, int | None]) -> None:
        self.beginResetModel()
        self.scores = {c: s for c, s in scores.items() if s is not None}
        self.not_observed = {c for c, s in scores.items() if s is None}
        self.errors = {}
        self.endResetModel()

    def set_score(self, row: int, score: int | None) -> None:
        """``score`` 1-5, or None for "not observed"."""
        criterion_id = self.criterion_id(row)
        if score is None:
            self.scores.pop(criterion_id, None)
            self.not_observed.add(criterion_id)
        else:
            self.scores[criterion_id] = score
            self.not_observed.discard(criterion_id)
        self.errors.pop(criterion_id, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def score(self, row: int) -> int | None:
        return self.scores.get(self.criterion_id(row))

    def form_scores(self) -> dict[int, int | None]:
        """Every criterion of the version, None where not judged: what ObservationForm.scores expects."""
        return {self.criterion_id(r): self.scores.get(self.criterion_id(r)) for r in range(len(self.criteria))}

    def average(self) -> float | None:
        weights = {c.id: c.weight for c in self.criteria if c.id is not None}
        return weighted_average(self.form_scores(), weights)

    def set_errors(self, errors: dict[int, str]) -> None:
        self.beginResetModel()
        self.errors = dict(errors)
        self.endResetModel()

    # -- Qt's model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.criteria)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        criterion = self.criteria[index.row()]
        column = self.COLUMNS[index.column()]
        criterion_id = criterion.id
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case "position":
                    return str(index.row() + 1)
                case "title":
                    return criterion.title
                case "weight":
                    return short_number(criterion.weight)
                case "score":
                    if criterion_id in self.scores:
                        return str(self.scores[criterion_id])
                    return self.tr("not observed") if criterion_id in self.not_observed else "·"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.errors.get(criterion_id or -1) or criterion.description or criterion.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("position", "weight", "score"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if criterion_id in self.errors:
                return QBrush(QColor("#b42318"))
            if column == "score" and criterion_id in self.not_observed:
                return QBrush(QColor("#6b7280"))
        if role == Qt.ItemDataRole.FontRole and column == "score" and criterion_id in self.scores:
            font = QFont()
            font.setBold(True)
            return font
        return None


def anchors_html(criterion: CriterionRecord, score: int | None, position: int, total: int) -> str:
    """The criterion, what it means and what every level looks like, with the chosen level highlighted."""
    rows = []
    for level in LEVELS:
        text = criterion.anchors.get(level, "")
        chosen = level == score
        style = ("background:#dbeafe; font-weight:600;" if chosen else "")
        marker = "▶ " if chosen else ""
        rows.append(f'<tr><td style="padding:6px 8px; {style}" width="44" align="center"><b>{marker}{level}</b></td>'
                    f'<td style="padding:6px 8px; {style}">{escape(text) or "<i>—</i>"}</td></tr>')
    heading = QCoreApplication.translate("Anchors", "Criterion {position} of {total} · weight {weight}").format(
        position=position, total=total, weight=short_number(criterion.weight))
    return (f'<h3 style="margin:0">{escape(criterion.title)}</h3>'
            f'<p style="color:#6b7280; margin:2px 0 6px 0">{escape(heading)}</p>'
            f'<p style="margin:0 0 8px 0">{escape(criterion.description)}</p>'
            f'<table width="100%" cellspacing="0" style="border-collapse:collapse">{"".join(rows)}</table>')
