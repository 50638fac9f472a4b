"""Calibration exercises as tables (issue 19): the targets × observers matrix (blind cells say only whether the
observer has handed in), the deviation of each observer from the consensus per criterion (a heat map, coloured
by ``DeviationDelegate``), and an observer's scores as they are entered (targets × criteria, editable)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from trainercoach.gui.formats import number_text, score_text
from trainercoach.records.calibration import ExerciseAgreement, ExerciseView

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole + 3  # a heat-map cell's number (None: no deviation)
BLIND_ROLE = Qt.ItemDataRole.UserRole + 4  # True where the matrix hides an observer's numbers
STRONG = 1.5  # a deviation of this many points (or more) is drawn in the fullest colour
LENIENT_COLOUR = (220, 38, 38)  # scores higher than the rest: warm
SEVERE_COLOUR = (37, 99, 235)  # scores lower than the rest: cool


def _t(text: str) -> str:
    # lupdate reads _t("...") as a free tr(): the unnamed context (tools/translations.py)
    return QCoreApplication.translate("", text)


def mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


class ScoreMatrixModel(QAbstractTableModel):
    """One row per target, one column per observer: the observer's mean over criteria for the target. While
    the exercise is blind (not everyone has handed in, not closed) only ``viewer_id``'s own column has numbers;
    the others say "handed in" or "waiting"."""

    def __init__(self, parent=None) -> None:  # any QObject
        super().__init__(parent)
        self.view: ExerciseView | None = None
        self.viewer_id: int | None = None

    def set_view(self, view: ExerciseView | None, viewer_id: int | None) -> None:
        self.beginResetModel()
        self.view = view
        self.viewer_id = viewer_id
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.view is None else len(self.view.targets)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.view is None:
            return 0
        return len(self.view.observers) + (1 if self.view.references else 0)

    def is_reference(self, column: int) -> bool:
        """The last column holds the lead's reference scores, when there are any this person may see."""
        return self.view is not None and column == len(self.view.observers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self.view is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _t("Reference") if self.is_reference(section) else self.view.observers[section][1]
        return self.view.targets[section][1]

    def blind(self, column: int) -> bool:
        assert self.view is not None
        if self.is_reference(column):
            return False
        return not self.view.revealed and self.view.observers[column][0] != self.viewer_id

    def cell(self, row: int, column: int) -> str:
        assert self.view is not None
        if self.is_reference(column):
            target = self.view.targets[row][0]
            return score_text(mean([v for (t, _c), v in self.view.references.items() if t == target]), 2)
        observer, _name, handed_in = self.view.observers[column]
        if self.blind(column):
            return _t("handed in") if handed_in else _t("waiting")
        target = self.view.targets[row][0]
        scores = [v for (t, o, _c), v in self.view.scores.items() if t == target and o == observer and v is not None]
        return score_text(mean(scores), 2)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.view is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(index.row(), index.column())
        if role == BLIND_ROLE:
            return self.blind(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.blind(index.column()):
            return QColor("#6b7280")
        return None


class DeviationModel(QAbstractTableModel):
    """One row per criterion (and the mean over criteria last), one column per observer: the observer's mean
    deviation from the consensus (or the reference score), with its interval in the tooltip."""

    def __init__(self, parent=None) -> None:  # any QObject
        super().__init__(parent)
        self.agreement: ExerciseAgreement | None = None

    def set_agreement(self, agreement: ExerciseAgreement | None) -> None:
        self.beginResetModel()
        self.agreement = agreement
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.agreement is None else len(self.agreement.per_criterion)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.agreement is None else len(self.agreement.observers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self.agreement is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.agreement.observers[section][1]
        return self.agreement.per_criterion[section].title

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.agreement is None:
            return None
        bias = self.agreement.per_criterion[index.row()].summary.bias
        found = bias[index.column()] if index.column() < len(bias) else None
        value = None if found is None else found.mean
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if value is None else number_text(value, 2, signed=True)
        if role == Qt.ItemDataRole.ToolTipRole and found is not None and found.mean is not None:
            return interval_text(found.mean, found.low, found.high) + " · " + _t("n = %1").replace("%1",
                                                                                               str(found.n))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def interval_text(value: float | None, low: float | None, high: float | None, *, signed: bool = True) -> str:
    """"+0.60 (0.20 to 1.00)": a figure with its 95% interval, or the figure alone without one."""
    if value is None:
        return "—"
    shown = number_text(value, 2, signed=signed)
    if low is None or high is None:
        return shown
    return _t("%1 (%2 to %3)").replace("%1", shown).replace("%2", number_text(low, 2, signed=signed)) \
        .replace("%3", number_text(high, 2, signed=signed))


def deviation_colour(value: float | None) -> QColor | None:
    """Warm for lenient (above the consensus), cool for severe, stronger the further off; None for nothing."""
    if value is None or abs(value) < 0.005:
        return None
    red, green, blue = LENIENT_COLOUR if value > 0 else SEVERE_COLOUR
    return QColor(red, green, blue, int(40 + 160 * min(abs(value) / STRONG, 1.0)))


class DeviationDelegate(QStyledItemDelegate):
    """Paints each heat-map cell in its deviation's colour under the usual text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        colour = deviation_colour(index.data(VALUE_ROLE))
        if colour is not None:
            painter.fillRect(option.rect, colour)
        super().paint(painter, option, index)


class ScoreEntryModel(QAbstractTableModel):
    """An observer's scores being entered: one row per target, one column per criterion, each 1-5 or empty.
    Typing anything else is not taken (the cell keeps what it had)."""

    def __init__(self, targets: list[tuple[int, str]], criteria: list[tuple[int, str]],
                 scores: dict[tuple[int, int], int | None], parent=None) -> None:
        super().__init__(parent)
        self.targets = targets
        self.criteria = criteria
        self.scores = dict(scores)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.targets)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.criteria)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (self.criteria if orientation == Qt.Orientation.Horizontal else self.targets)[section][1]

    def key(self, index: Index) -> tuple[int, int]:
        return self.targets[index.row()][0], self.criteria[index.column()][0]

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = self.scores.get(self.key(index))
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        typed = str(value).strip()
        if typed and typed not in {"1", "2", "3", "4", "5"}:
            return False
        self.scores[self.key(index)] = int(typed) if typed else None
        self.dataChanged.emit(index, index)
        return True
