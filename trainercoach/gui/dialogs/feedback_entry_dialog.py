"""Typing a pile of paper feedback forms, as fast as a person can read them.

Speed comes from never reaching for the mouse: a digit is an answer and moves the cursor on, Space skips a
question, Tab or Enter at the end of a row starts the next form. Nothing is written until Save, which sends
the whole pile in one service call (one transaction): a refused form leaves every typed form in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QStyledItemDelegate,
    QToolTip,
    QWidget,
)
from PySide6.QtWidgets import QDialog as _QDialog

from trainercoach import words
from trainercoach.gui.formats import datetime_text
from trainercoach.gui.forms.ui_feedback_entry_dialog import Ui_FeedbackEntryDialog
from trainercoach.gui.modal import run_dialog
from trainercoach.gui.operations import run_op
from trainercoach.i18n import text
from trainercoach.records.feedback import FeedbackEntry, FeedbackItemRecord
from trainercoach.services import Coach
from trainercoach.services.defaults import FEEDBACK_ITEMS, is_default_item
from trainercoach.services.feedback import MAX_COMMENT
from trainercoach.words import word

ERROR_BACKGROUND = QColor("#fde8e8")
Index = QModelIndex | QPersistentModelIndex


def short_label(item: FeedbackItemRecord) -> str:
    """A column header narrow enough for a one-digit column; the full question is in the tooltip. A default
    item, still as created (in English, Greek or Chinese), is headed in the interface language; a lead's own
    item by its own words, as typed."""
    if is_default_item(item.key, item.label):
        return word(words.FEEDBACK_ITEMS, item.key)
    return item.label if len(item.label) <= 14 else item.label[:13] + "…"


def question(item: FeedbackItemRecord) -> str:
    """The whole question, for a tooltip: a default item's in the interface language, a lead's own as typed."""
    return text(FEEDBACK_ITEMS[item.key]) if is_default_item(item.key, item.label) else item.label


@dataclass
class PaperForm:
    answers: dict[str, int | None] = field(default_factory=dict)
    comment: str = ""

    def is_blank(self) -> bool:
        return not self.comment.strip() and all(v is None for v in self.answers.values())


class PaperFormsModel(QAbstractTableModel):
    """The pile being typed: one row per form, one column per active item, then the comment. There is always
    one blank row at the end, the next form to type; blank rows are not forms and are never saved."""

    def __init__(self, items: list[FeedbackItemRecord], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items = items
        self.forms: list[PaperForm] = [PaperForm()]
        self.errors: dict[int, str] = {}

    # -- shape -----------------------------------------------------------------------------------
    @property
    def comment_column(self) -> int:
        return len(self.items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.forms)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items) + 1

    def item_at(self, column: int) -> FeedbackItemRecord | None:
        return self.items[column] if column < len(self.items) else None

    # -- reading ---------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        form = self.forms[index.row()]
        item = self.item_at(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if item is None:
                return form.comment
            value = form.answers.get(item.key)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and item is not None:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self.errors:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.errors.get(index.row()) or (question(item) if item else None)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal:
            item = self.item_at(section)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{section + 1}. {short_label(item)}" if item else self.tr("Comment")
            if role == Qt.ItemDataRole.ToolTipRole:
                if item is None:
                    return self.tr("What the trainee wrote, as written")
                low, high = item.range
                return f"{question(item)} ({low}–{high})"
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"⚠ {section + 1}" if section in self.errors else str(section + 1)
        if role == Qt.ItemDataRole.ToolTipRole:
            if section in self.errors:
                return self.errors[section]
            if not self.forms[section].is_blank() and self.answered(section) < len(self.items):
                return self.tr("%n of {total} questions answered", "", self.answered(section)).format(
                    total=len(self.items))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        # Scores are set by the keys, never by an editor: a digit must not open a line edit.
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.comment_column else base

    def entries(self) -> tuple[list[int], list[FeedbackEntry]]:
        """The forms to save (blank rows left out) and the row each came from."""
        rows, entries = [], []
        for row, form in enumerate(self.forms):
            if form.is_blank():
                continue
            rows.append(row)
            entries.append(FeedbackEntry({i.key: form.answers.get(i.key) for i in self.items}, form.comment))
        return rows, entries

    def typed(self) -> int:
        return sum(not form.is_blank() for form in self.forms)

    def answered(self, row: int) -> int:
        return sum(self.forms[row].answers.get(item.key) is not None for item in self.items)

    def incomplete(self) -> list[int]:
        """The typed forms with questions left unanswered: each is saved as one response all the same, so the
        person is asked before saving them."""
        return [row for row, form in enumerate(self.forms)
                if not form.is_blank() and self.answered(row) < len(self.items)]

    # -- writing ---------------------------------------------------------------------------------
    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        form = self.forms[index.row()]
        item = self.item_at(index.column())
        if item is None:
            form.comment = str(value or "")[:MAX_COMMENT]
        else:
            if value is not None and not (isinstance(value, int) and item.range[0] <= value <= item.range[1]):
                return False
            form.answers[item.key] = value
        self.errors.pop(index.row(), None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, index.row(), index.row())
        self._keep_one_blank_row()
        return True

    def _keep_one_blank_row(self) -> None:
        if not self.forms[-1].is_blank():
            self.beginInsertRows(QModelIndex(), len(self.forms), len(self.forms))
            self.forms.append(PaperForm())
            self.endInsertRows()

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self.forms):
            return
        self.beginResetModel()
        del self.forms[row]
        self.errors = {(r if r < row else r - 1): m for r, m in self.errors.items() if r != row}
        if not self.forms or not self.forms[-1].is_blank():
            self.forms.append(PaperForm())
        self.endResetModel()

    def set_errors(self, errors: dict[int, str]) -> None:
        self.errors = dict(errors)
        if self.forms:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.forms) - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.forms) - 1)


class CommentDelegate(QStyledItemDelegate):
    """The comment's editor: a line edit that takes as much as the service keeps. Tab ends the comment like
    Enter does (the dialog then starts the next form) instead of Qt's jump to the next editable cell."""

    def createEditor(self, parent: QWidget, option: object, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)  # type: ignore[arg-type]
        if hasattr(editor, "setMaxLength"):
            editor.setMaxLength(MAX_COMMENT)
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab:  # type: ignore[attr-defined]
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)
            return True
        return super().eventFilter(editor, event)


class FeedbackEntryDialog(_QDialog):
    """Fast keyboard entry of paper forms for one session; Save writes them all (source "paper") or none."""

    def __init__(self, coach: Coach, delivery_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.delivery_id = delivery_id
        self.saved_ids: list[int] = []
        self.ui = Ui_FeedbackEntryDialog()
        self.ui.setupUi(self)
        detail = coach.deliveries.get(delivery_id)
        when = datetime_text(detail.form.starts_at, "")
        self.setWindowTitle(self.tr("Paper forms — {topic}").format(topic=detail.form.topic))
        self.ui.sessionLabel.setText(self.tr(
            "Session code <b>{code}</b> · {topic} · {when} · {trainer}<br/>"
            "<span style='font-weight:normal'>Check that each form carries this code.</span>").format(
            code=escape(detail.code), topic=escape(detail.form.topic), when=when,
            trainer=escape(detail.candidate_name)))
        self.already_saved = coach.feedback.count(delivery_id)
        self.model = PaperFormsModel(coach.feedback.items(), self)
        view = self.ui.formsView
        view.setModel(self.model)
        view.setItemDelegateForColumn(self.model.comment_column, CommentDelegate(view))
        view.setEditTriggers(view.EditTrigger.AnyKeyPressed | view.EditTrigger.DoubleClicked
                             | view.EditTrigger.EditKeyPressed)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.comment_column, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(30)
        view.installEventFilter(self)
        view.itemDelegateForColumn(self.model.comment_column).closeEditor.connect(self._comment_closed)
        self.model.rowsInserted.connect(self._show_count)
        self.model.dataChanged.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)
        self.ui.deleteButton.clicked.connect(self.delete_current)
        self.ui.errorList.itemActivated.connect(self._go_to_error)
        self.ui.errorList.itemClicked.connect(self._go_to_error)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._show_count()
        view.setCurrentIndex(self.model.index(0, 0))
        view.setFocus()

    # -- keyboard --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.formsView and event.type() == QEvent.Type.KeyPress:
            return self.key(event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def key(self, event: QKeyEvent) -> bool:
        """Handle a key on a cell; False lets the view do what it does (arrows, typing a comment)."""
        view = self.ui.formsView
        index = view.currentIndex()
        if not index.isValid():
            return False
        item = self.model.item_at(index.column())
        key, text = event.key(), event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next_form(index.row())
            return True
        if key == Qt.Key.Key_Tab:
            self.step(index, 1)
            return True
        if key == Qt.Key.Key_Backtab:
            self.step(index, -1)
            return True
        if item is None:
            return False  # the comment column: the view opens its editor with this key
        self.ui.keyLabel.clear()
        if key == Qt.Key.Key_Space:
            self.step(index, 1)
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Minus):
            self.model.setData(index, None)
            return True
        if key == Qt.Key.Key_Backspace:
            if self.model.data(index) == "" and index.column() > 0:
                index = self.model.index(index.row(), index.column() - 1)
                view.setCurrentIndex(index)
            if self.model.item_at(index.column()) is not None:
                self.model.setData(index, None)
            return True
        if len(text) == 1 and text.isdigit() and text.isascii():
            self.answer(index, item, int(text))
            return True
        if text and text.isprintable():
            low, high = item.range
            self.refuse(self.tr("Type a number from {low} to {high}, or Space to leave it blank.").format(
                low=low, high=high))
            return True
        return False

    def answer(self, index: QModelIndex, item: FeedbackItemRecord, digit: int) -> None:
        low, high = item.range
        current = self.model.data(index)
        if high >= 10 and current == "1" and self._pending == index:
            if digit == 0:
                self.model.setData(index, 10)  # "1" then "0" on the 0-10 scale is ten
                self._pending = None
                self.step(index, 1)
                return
            # "1" then "7" was taken as 7, the 1 dropped without a word: it reads as 17, past the scale.
            self._pending = None  # the next digit is a new answer
            self.refuse(self.tr("{digit} is not an answer to “{label}”: type {low} to {high}.").format(
                digit=f"1{digit}", label=item.label, low=low, high=high))
            return
        if not low <= digit <= high:
            self.refuse(self.tr("{digit} is not an answer to “{label}”: type {low} to {high}.").format(
                digit=digit, label=item.label, low=low, high=high))
            return
        self.model.setData(index, digit)
        if high >= 10 and digit == 1:
            self._pending = QPersistentModelIndex(index)  # wait: it may be the start of 10
            return
        self._pending = None
        self.step(index, 1)

    _pending: QPersistentModelIndex | None = None

    def refuse(self, message: str) -> None:
        """Say why a key was not taken, beside the cell being typed (where the eyes are) and in the status
        line; a beep alone is not heard on most computers."""
        QApplication.beep()
        self.ui.keyLabel.setText(message)
        view = self.ui.formsView
        rect = view.visualRect(view.currentIndex())
        QToolTip.showText(view.viewport().mapToGlobal(rect.bottomLeft()), message, view.viewport(), rect, 4000)

    def step(self, index: QModelIndex, by: int) -> None:
        """Move to the next (or previous) cell; past the end of a row, on to the next form."""
        self._pending = None
        column = index.column() + by
        if column >= self.model.columnCount():
            self.next_form(index.row())
            return
        row = index.row()
        if column < 0:
            if row == 0:
                return
            row, column = row - 1, self.model.columnCount() - 1
        self.ui.formsView.setCurrentIndex(self.model.index(row, column))

    def next_form(self, row: int) -> None:
        self._pending = None
        target = row + 1
        if target >= self.model.rowCount():
            target = self.model.rowCount() - 1  # this row is the blank one: stay on it
        self.ui.formsView.setCurrentIndex(self.model.index(target, 0))
        self.ui.formsView.scrollTo(self.model.index(target, 0))

    def _comment_closed(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        index = self.ui.formsView.currentIndex()
        if hint in (QAbstractItemDelegate.EndEditHint.SubmitModelCache,
                    QAbstractItemDelegate.EndEditHint.EditNextItem):
            self.next_form(index.row())
        elif hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem:
            self.step(index, -1)
        self.ui.formsView.setFocus()

    # -- the pile --------------------------------------------------------------------------------
    def _show_count(self, *_: object) -> None:
        count = self.model.typed()
        typed = self.tr("1 form typed") if count == 1 else self.tr("{n} forms typed").format(n=count)
        if incomplete := len(self.model.incomplete()):
            typed += self.tr(" (%n with unanswered questions)", "", incomplete)
        if self.already_saved:
            typed += self.tr(" · {n} saved earlier for this session").format(n=self.already_saved)
        self.ui.countLabel.setText(typed)

    def delete_current(self) -> None:
        index = self.ui.formsView.currentIndex()
        if index.isValid():
            self.model.remove(index.row())
            self._show_errors(self.model.errors)
            self.ui.formsView.setCurrentIndex(self.model.index(min(index.row(), self.model.rowCount() - 1), 0))
        self.ui.formsView.setFocus()

    def _show_errors(self, errors: dict[int, str]) -> None:
        self.model.set_errors(errors)
        self.ui.errorList.clear()
        for row, message in sorted(errors.items()):
            entry = QListWidgetItem(message)
            entry.setData(Qt.ItemDataRole.UserRole, row)
            self.ui.errorList.addItem(entry)
        self.ui.errorList.setVisible(bool(errors))

    def _go_to_error(self, entry: QListWidgetItem) -> None:
        row = entry.data(Qt.ItemDataRole.UserRole)
        if row is not None and row >= 0:
            self.ui.formsView.setCurrentIndex(self.model.index(row, 0))
            self.ui.formsView.setFocus()

    def save(self) -> None:
        """All typed forms in one call; on a refusal every form stays as typed, the wrong ones marked."""
        view = self.ui.formsView
        if view.state() == view.State.EditingState:
            # A comment still being typed is part of its form.
            editor = view.indexWidget(view.currentIndex()) or QApplication.focusWidget()
            if editor is not None and editor is not view:
                view.commitData(editor)
        rows, entries = self.model.entries()
        if not entries:
            self._show_errors({-1: self.tr("Type at least one form before saving.")})
            return
        if not self._incomplete_ones_confirmed():
            return
        self._rows = rows
        delivery_id = self.delivery_id
        outcome = run_op(self, self.coach, lambda: self.coach.feedback.add_responses(delivery_id, entries,
                                                                                     source="paper"), form=self)
        if outcome.ok:
            self.saved_ids = outcome.result
            self.accept()

    def _incomplete_ones_confirmed(self) -> bool:
        """A form with 2 of 7 answers was saved without a word and counted in the response rate. Say which
        forms have unanswered questions and let the person save them as typed or go back to the first."""
        rows = self.model.incomplete()
        if not rows:
            return True
        total = len(self.model.items)
        listed = [self.tr("row {row}: {answered} of {total}").format(
            row=row + 1, answered=self.model.answered(row), total=total) for row in rows[:8]]
        if len(rows) > 8:
            listed.append("…")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unanswered questions"),
                          self.tr("Some forms have questions left unanswered:"), parent=self)
        box.setInformativeText("; ".join(listed) + "\n\n" + self.tr(
            "Saved as typed, the blank questions count as not answered, and each form counts as one response."))
        save = box.addButton(self.tr("&Save as typed"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("&Go back to row {row}").format(row=rows[0] + 1),
                             QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        run_dialog(box)
        if box.clickedButton() is save:
            return True
        first = self.model.index(rows[0], 0)
        column = next((c for c, item in enumerate(self.model.items)
                       if self.model.forms[rows[0]].answers.get(item.key) is None), 0)
        self.ui.formsView.setCurrentIndex(self.model.index(first.row(), column))
        self.activateWindow()  # the question's window has gone: typing goes on here
        self.ui.formsView.setFocus()
        return False

    def show_errors(self, errors: dict[str, str]) -> None:
        """A refusal from the operation wrapper: each form's beside its row (as the table numbers them)."""
        rows = self._rows
        shown: dict[int, str] = {}
        for key, message in errors.items():
            _, _, number = key.partition(":")
            if key.startswith("form:") and number.isdigit() and 0 < int(number) <= len(rows):
                row = rows[int(number) - 1]
                shown[row] = message.replace(f"Form {number}:", self.tr("Row {row}:").format(row=row + 1), 1)
            else:
                shown[-1] = message
        self._show_errors(shown)

    def reject(self) -> None:
        count = self.model.typed()
        if count and not self.saved_ids:
            answer = QMessageBox.question(
                self, self.tr("Discard typed forms?"),
                self.tr("%n typed form(s) have not been saved. Close and lose them?", "", count),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
