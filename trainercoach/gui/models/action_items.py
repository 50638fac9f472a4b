"""Action items as editable rows (text, owner, due date, done), with the editors a cell needs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from trainercoach.gui.formats import date_text
from trainercoach.gui.widgets.dates import OptionalDateEdit
from trainercoach.records.observations import ActionItemForm

Index = QModelIndex | QPersistentModelIndex
TEXT, OWNER, DUE, DONE = range(4)


class ActionItemsModel(QAbstractTableModel):
    def __init__(self, people: list[tuple[int, str]], parent=None,
                 names: dict[int, str] | None = None) -> None:
        """``people``: whom an item can be given to (no one retired); ``names``: everyone an item already
        given may name (retired people too), when more than ``people``."""
        super().__init__(parent)
        self.people = people
        self._names = {**(names or {}), **dict(people)}
        self.items: list[ActionItemForm] = []
        self.errors: set[int] = set()
        self._headers = [self.tr("Action item"), self.tr("Owner"), self.tr("Due"), self.tr("Done")]

    def load(self, items: list[ActionItemForm]) -> None:
        self.beginResetModel()
        self.items = [replace(i) for i in items]
        self.errors = set()
        self.endResetModel()

    def add(self, owner_id: int | None, due_on: date | None) -> int:
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append(ActionItemForm("", owner_id, due_on))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()

    def set_errors(self, rows: set[int]) -> None:
        self.errors = rows
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, DONE))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DONE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == TEXT:
                return item.text
            if column == OWNER:
                return self._names.get(item.owner_id, "—") if item.owner_id is not None else "—"
            if column == DUE:
                return date_text(item.due_on)
            return None
        if role == Qt.ItemDataRole.EditRole:
            return (item.text, item.owner_id, item.due_on, item.done)[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.row() in self.errors:
                return QBrush(QColor("#b42318"))
            if item.due_on and not item.done and item.due_on < date.today():
                return QBrush(QColor("#b54708"))
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        item = self.items[index.row()]
        column = index.column()
        if column == DONE and role == Qt.ItemDataRole.CheckStateRole:
            item.done = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and column == TEXT:
            item.text = str(value)
        elif role == Qt.ItemDataRole.EditRole and column == OWNER:
            item.owner_id = value if isinstance(value, int) else None
        elif role == Qt.ItemDataRole.EditRole and column == DUE:
            item.due_on = value if isinstance(value, date) else None
        else:
            return False
        self.errors.discard(index.row())
        self.dataChanged.emit(index, index)
        return True


class _CellEdit(QLineEdit):
    """Enter ends the cell, not the whole dialog: the key stops here instead of reaching the default button."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class ActionItemDelegate(QStyledItemDelegate):
    """A person picker for the owner and a date picker (with "no date") for the due date. The text is written
    to the model as it is typed, so Save never loses what is still in an open cell."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        if index.column() == TEXT and isinstance(model, ActionItemsModel):
            edit = _CellEdit(parent)
            edit.setFrame(False)
            row = QPersistentModelIndex(index)
            edit.textEdited.connect(lambda text: model.setData(row, text, Qt.ItemDataRole.EditRole))
            return edit
        if index.column() == OWNER and isinstance(model, ActionItemsModel):
            combo = QComboBox(parent)
            combo.addItem(self.tr("— nobody —"), None)
            for person_id, name in model.people:
                combo.addItem(name, person_id)
            return combo
        if index.column() == DUE:
            date_edit = OptionalDateEdit(parent)
            date_edit.setFrame(False)
            return date_edit
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            model = index.model()
            if found < 0 and isinstance(model, ActionItemsModel) and value in model._names:
                editor.addItem(model._names[value], value)  # a retired owner stays on the items they have
                found = editor.count() - 1
            editor.setCurrentIndex(found if found >= 0 else 0)
        elif isinstance(editor, OptionalDateEdit):
            editor.setValue(value if isinstance(value, date) else None)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, OptionalDateEdit):
            if editor.problem() is None:  # text that is not a date leaves the due date as it was
                model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class CandidateActionsModel(QAbstractTableModel):
    """A candidate's action items across observations; ticking Done saves at once through ``set_done``,
    because an item is done whether or not the rest of the candidate form is saved."""

    def __init__(self, set_done, parent=None) -> None:  # a callable and any QObject
        super().__init__(parent)
        self._set_done = set_done
        self.items: list = []
        self._today = date.today()
        self._headers = [self.tr("Action item"), self.tr("Owner"), self.tr("Due"), self.tr("Done")]

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self.items = items
        self._today = date.today()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == DONE else base

    def overdue_days(self, row: int) -> int:
        item = self.items[row]
        return (self._today - item.due_on).days if item.overdue(self._today) else 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        late = self.overdue_days(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == TEXT:
                return item.text
            if column == OWNER:
                return item.owner_name or "—"
            if column == DUE:
                if item.due_on is None:
                    return "—"
                if late:
                    return self.tr("{date} (overdue by %n day(s))", "", late).format(date=date_text(item.due_on))
                return date_text(item.due_on)
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE:
            return Qt.CheckState.Checked if item.done_at else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            if late:
                return QBrush(QColor("#b42318"))
            if item.done_at:
                return QBrush(QColor("#8a8f98"))
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != DONE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        item = self.items[index.row()]
        self._set_done(item.id, Qt.CheckState(value) == Qt.CheckState.Checked)
        return True
