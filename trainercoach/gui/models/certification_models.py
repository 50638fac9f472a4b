"""Certification as tables: the matrix of trainers by topics (levels in the cells) and renewals due."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from trainercoach.gui.formats import date_text
from trainercoach.gui.models.rows_model import RowsModel, TextRow
from trainercoach.records.certification import CertificationRecord, Matrix
from trainercoach.words import LEVELS, word

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 2
LEVEL_COLOURS = {"beginner": "#e0f2fe", "intermediate": "#bae6fd", "advanced": "#7dd3fc"}


def _t(text: str) -> str:
    # lupdate reads _t("...") as a free tr(): the unnamed context (tools/translations.py)
    return QCoreApplication.translate("", text)


class MatrixModel(QAbstractTableModel):
    """One row per certified trainer, one column per topic; a cell holds the highest level in force."""

    def __init__(self, parent=None) -> None:  # any QObject
        super().__init__(parent)
        self.matrix = Matrix([], [], {})

    def set_matrix(self, matrix: Matrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.matrix.trainers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.topics)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.matrix.topics[section]
        return self.matrix.trainers[section][1]

    def level(self, row: int, column: int) -> str | None:
        trainer_id = self.matrix.trainers[row][0]
        return self.matrix.levels.get((trainer_id, self.matrix.topics[column]))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        level = self.level(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return word(LEVELS, level) if level else ""
        if role == ID_ROLE:
            return self.matrix.trainers[index.row()][0]
        if role == Qt.ItemDataRole.BackgroundRole and level:
            return QBrush(QColor(LEVEL_COLOURS.get(level, "#ffffff")))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and level:
            return _t("{trainer}: {level} in {topic}").format(
                trainer=self.matrix.trainers[index.row()][1], level=word(LEVELS, level),
                topic=self.matrix.topics[index.column()])
        return None


def renewal_rows(records: list[CertificationRecord], today: date | None = None) -> list[TextRow]:
    """The candidate's id is the row's id, so a double-click opens the candidate."""
    today = today or date.today()
    rows = []
    for record in records:
        assert record.renewal_due is not None
        days = (record.renewal_due - today).days
        when = (_t("overdue by {days} days").format(days=-days) if days < 0 else
                _t("today") if days == 0 else _t("in {days} days").format(days=days))
        rows.append(TextRow(record.candidate_id, [
            record.candidate_name, record.topic, word(LEVELS, record.level), date_text(record.renewal_due), when,
        ], colour="#b42318" if days < 0 else None))
    return rows


def renewals_model(parent=None) -> RowsModel:
    return RowsModel([_t("Trainer"), _t("Topic"), _t("Level"), _t("Renewal due"), _t("When")], (), parent)


def certification_rows(records: list[CertificationRecord]) -> list[TextRow]:
    return [TextRow(r.id, [r.topic, word(LEVELS, r.level), date_text(r.awarded_on), r.awarded_by or "—",
                           date_text(r.renewal_due)],
                    tooltip=r.evidence) for r in records]


def certifications_model(parent=None) -> RowsModel:
    return RowsModel([_t("Topic"), _t("Level"), _t("Awarded"), _t("By"), _t("Renewal")], (), parent)
