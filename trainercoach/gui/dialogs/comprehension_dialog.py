"""A comprehension check of one session: the guide's daily quiz, practical task test or oral exam, with each
anonymous trainee's score before, after, and at the later retention check.

The table is typed like a spreadsheet column by column (all "before" scores, then all "after"), because that
is how the marked papers come back. Save is one service call: every row or none.
"""

from __future__ import annotations

import importlib.util
import re
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QTableView,
    QWidget,
)

from trainercoach import words
from trainercoach.gui.formats import date_text, short_number
from trainercoach.gui.forms.ui_comprehension_dialog import Ui_ComprehensionDialog
from trainercoach.gui.operations import run_op
from trainercoach.models import CHECK_KINDS
from trainercoach.records.comprehension import CheckForm, ScoreEntry
from trainercoach.services import Coach

COLUMNS = ("trainee", "pre", "post", "retention")
ERROR_BACKGROUND = QColor("#fde8e8")
Index = QModelIndex | QPersistentModelIndex


def can_import() -> bool:
    """Score import comes from the imports package; without it the button is hidden rather than broken."""
    return importlib.util.find_spec("trainercoach.imports.comprehension_import") is not None


def _number_text(value: float | None) -> str:
    """A score as the interface writes it (17,5 in Greek, beside a maximum of 20,0); either mark is read back."""
    return "" if value is None else short_number(value)


class ScoresModel(QAbstractTableModel):
    """The trainees' rows as typed (text), so a wrong entry stays on screen to be corrected, not lost."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[list[str]] = []
        self.errors: dict[int, str] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self.errors:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.errors.get(index.row())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (self.tr("Trainee"), self.tr("Before"), self.tr("After"), self.tr("Retention"))[section]
        return f"⚠ {section + 1}" if section in self.errors else str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.rows[index.row()][index.column()] = str(value or "").strip()
        self.errors.pop(index.row(), None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, index.row(), index.row())
        return True

    def load(self, scores: list[ScoreEntry]) -> None:
        self.beginResetModel()
        self.rows = [[s.trainee, _number_text(s.pre), _number_text(s.post), _number_text(s.retention)]
                     for s in scores]
        self.errors = {}
        self.endResetModel()

    def add(self) -> int:
        taken = {row[0].casefold() for row in self.rows}
        number = len(self.rows) + 1
        while f"t{number:02d}" in taken:
            number += 1
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append([f"T{number:02d}", "", "", ""])
        self.endInsertRows()
        return len(self.rows) - 1

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.errors = {(r if r < row else r - 1): m for r, m in self.errors.items() if r != row}
            self.endRemoveRows()

    def set_errors(self, errors: dict[int, str]) -> None:
        self.errors = dict(errors)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.rows) - 1)

    def scores(self) -> tuple[list[int], list[ScoreEntry], dict[int, str]]:
        """The rows to save (rows without any score left out, so absent trainees need no deleting), the table
        row of each, and the rows whose numbers cannot be read."""
        rows, scores, errors = [], [], {}
        for row, (trainee, *cells) in enumerate(self.rows):
            if not any(cells):
                continue
            values: list[float | None] = []
            for name, text in zip(("before", "after", "retention"), cells, strict=True):
                try:
                    values.append(float(text.replace(",", ".")) if text else None)
                except ValueError:
                    errors[row] = self.tr("Row {row}: the {name} score {text!r} is not a number.").format(
                        row=row + 1, name=name, text=text)
                    values.append(None)
            rows.append(row)
            scores.append(ScoreEntry(trainee, *values))
        return rows, scores, errors


class ComprehensionDialog(QDialog):
    """Add (``check_id`` None) or edit one comprehension check of a session."""

    def __init__(self, coach: Coach, delivery_id: int, check_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.delivery_id = delivery_id
        self.check_id = check_id
        self.ui = Ui_ComprehensionDialog()
        self.ui.setupUi(self)
        detail = coach.deliveries.get(delivery_id)
        starts = detail.form.starts_at
        self.ui.sessionLabel.setText(self.tr("{topic} · {when} · {trainer} · code {code}").format(
            topic=escape(detail.form.topic), when=date_text(starts, ""),
            trainer=escape(detail.candidate_name), code=escape(detail.code)))
        for text, kind in words.choices(words.CHECK_KINDS, CHECK_KINDS):
            self.ui.kindCombo.addItem(text, kind)
        self.model = ScoresModel(self)
        view: QTableView = self.ui.scoresView
        view.setModel(self.model)
        view.setEditTriggers(view.EditTrigger.AnyKeyPressed | view.EditTrigger.DoubleClicked
                             | view.EditTrigger.EditKeyPressed)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.itemDelegate().closeEditor.connect(self._editor_closed)
        view.installEventFilter(self)
        self.ui.hasMaxCheck.toggled.connect(self.ui.maxScoreSpin.setEnabled)
        self.ui.addRowButton.clicked.connect(self.add_row)
        self.ui.removeRowButton.clicked.connect(self.remove_row)
        self.ui.importButton.setVisible(can_import())
        self.ui.importButton.clicked.connect(self.import_scores)
        self.ui.errorList.itemClicked.connect(self._go_to_error)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        if check_id is None:
            self.setWindowTitle(self.tr("New comprehension check"))
            held = starts.date() if starts else date.today()
            count = max(1, min(detail.form.trainees, 200))
            self.load(CheckForm(delivery_id, held_on=held,
                                scores=[ScoreEntry(f"T{n:02d}") for n in range(1, count + 1)]))
        else:
            record = coach.comprehension.get(check_id)
            self.setWindowTitle(record.form.title or words.word(words.CHECK_KINDS, record.form.kind))
            self.load(record.form)
        self.ui.titleEdit.setFocus()

    # -- the form --------------------------------------------------------------------------------
    def load(self, form: CheckForm) -> None:
        self.ui.kindCombo.setCurrentIndex(max(0, self.ui.kindCombo.findData(form.kind)))
        self.ui.titleEdit.setText(form.title)
        self.ui.hasMaxCheck.setChecked(form.max_score is not None)
        self.ui.maxScoreSpin.setEnabled(form.max_score is not None)
        if form.max_score is not None:
            self.ui.maxScoreSpin.setValue(form.max_score)
        self.ui.heldOnEdit.setValue(form.held_on)
        self.ui.retentionOnEdit.setValue(form.retention_on)
        # An empty retention date's calendar opens near the check, not at today's month or 1900's.
        self.ui.retentionOnEdit.set_default_date(form.held_on)
        self.model.load(form.scores)
        # The per-question results (issue 20) have no table here: they come from a file's Q: columns and are
        # kept as they are when the rest of the check is edited.
        self.questions = list(form.questions)
        self._show_errors({})

    def form(self) -> tuple[CheckForm, list[int], dict[int, str]]:
        rows, scores, unreadable = self.model.scores()
        form = CheckForm(
            self.delivery_id, kind=self.ui.kindCombo.currentData(), title=self.ui.titleEdit.text(),
            max_score=self.ui.maxScoreSpin.value() if self.ui.hasMaxCheck.isChecked() else None,
            held_on=self.ui.heldOnEdit.value(), retention_on=self.ui.retentionOnEdit.value(), scores=scores,
            questions=list(self.questions))
        return form, rows, unreadable

    # -- keyboard --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view: QTableView = self.ui.scoresView
        if watched is view and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # While a cell is being typed, the Enter reaches the view only because the line edit passes
                # it on; the delegate is already committing and will go down when its editor closes. Going
                # down here too skipped every other trainee.
                if self.ui.scoresView.state() != self.ui.scoresView.State.EditingState:
                    self._down()
                return True
            if key == Qt.Key.Key_Delete:
                self.model.setData(view.currentIndex(), "")
                return True
        return super().eventFilter(watched, event)

    def _editor_closed(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self._down()

    def _down(self) -> None:
        """Enter goes down the column, as the marked papers are typed one score after another."""
        view: QTableView = self.ui.scoresView
        index = view.currentIndex()
        if not index.isValid():
            return
        row = index.row() + 1
        if row >= self.model.rowCount():
            row = self.model.add()
        view.setCurrentIndex(self.model.index(row, index.column()))
        view.setFocus()

    def add_row(self) -> None:
        row = self.model.add()
        self.ui.scoresView.setCurrentIndex(self.model.index(row, 1))
        self.ui.scoresView.setFocus()

    def remove_row(self) -> None:
        index = self.ui.scoresView.currentIndex()
        if index.isValid():
            self.model.remove(index.row())
            self._show_errors(self.model.errors)

    # -- import ----------------------------------------------------------------------------------
    def import_scores(self, path: str | None = None) -> bool:
        """Fill the table from a CSV/XLSX file (trainee, before, after, retention); nothing is saved until
        Save, so the person sees the scores first. A file with problems changes nothing and lists them."""
        from trainercoach.imports.comprehension_import import read_scores
        from trainercoach.imports.tables import TableRefused

        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import scores"), str(Path.home()),
                                                  self.tr("Tables (*.csv *.xlsx *.txt);;All files (*)"))
            if not path:
                return False
        max_score = self.ui.maxScoreSpin.value() if self.ui.hasMaxCheck.isChecked() else None
        try:
            read = read_scores(path, max_score)
        except (TableRefused, OSError) as error:
            self._show_errors({-1: str(error)})
            return False
        if not read.ok:
            messages = {-(n + 1): (f"Line {p.line}" + (f", {p.column}" if p.column else "") + f": {p.why}")
                        for n, p in enumerate(read.problems)}
            if read.more_problems:
                messages[-(len(messages) + 1)] = self.tr("…and {n} more problems.").format(n=read.more_problems)
            self._show_errors(messages)
            return False
        if not read.scores:
            self._show_errors({-1: self.tr("There are no scores in this file.")})
            return False
        self.model.load(read.scores)
        if read.questions:
            self.questions = read.questions
        self._show_errors({})
        return True

    # -- saving ----------------------------------------------------------------------------------
    def _show_errors(self, errors: dict[int, str]) -> None:
        """``errors`` by table row; negative keys are about the check as a whole."""
        self.model.set_errors({row: m for row, m in errors.items() if row >= 0})
        self.ui.errorList.clear()
        for row, message in sorted(errors.items(), key=lambda pair: (pair[0] >= 0, abs(pair[0]))):
            entry = QListWidgetItem(message)
            entry.setData(Qt.ItemDataRole.UserRole, row)
            self.ui.errorList.addItem(entry)
        self.ui.errorList.setVisible(bool(errors))

    def _go_to_error(self, entry: QListWidgetItem) -> None:
        row = entry.data(Qt.ItemDataRole.UserRole)
        if row is not None and row >= 0:
            self.ui.scoresView.setCurrentIndex(self.model.index(row, 1))
            self.ui.scoresView.setFocus()

    def save(self) -> None:
        view: QTableView = self.ui.scoresView
        if view.state() == view.State.EditingState:
            view.setFocus()  # closes the editor, committing what is being typed
        form, rows, unreadable = self.form()
        dates = [edit.problem() for edit in (self.ui.heldOnEdit, self.ui.retentionOnEdit)]
        if any(dates):
            self._show_errors({-(n + 1): problem for n, problem in enumerate(p for p in dates if p)})
            return
        if unreadable:
            self._show_errors(unreadable)
            return
        self._rows = rows
        check_id = self.check_id
        outcome = run_op(self, self.coach, lambda: self.coach.comprehension.save(form, check_id), form=self)
        if outcome.ok:
            self.check_id = outcome.result
            self.accept()

    def show_errors(self, errors: dict[str, str]) -> None:
        """A refusal from the operation wrapper: each score's beside its row (the rows as the table shows them)."""
        rows = self._rows
        shown: dict[int, str] = {}
        general = 0
        for key, message in errors.items():
            _, _, number = key.partition(":")
            if key.startswith("score:") and number.isdigit() and 0 < int(number) <= len(rows):
                row = rows[int(number) - 1]
                shown[row] = re.sub(r"^Row \d+:", f"Row {row + 1}:", message)
            else:
                general += 1
                shown[-general] = message
        self._show_errors(shown)
