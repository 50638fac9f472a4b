"""Importing trainee feedback from a file: the generic CSV, or a survey tool's export through a column mapping.

The person sees, before anything is written, how each column is read, the first rows as they will be imported
and every problem in the whole file (line, column, why); Import stays disabled until there are none, and the
import itself is all or nothing. Reading and importing run in a worker thread, so a large file never freezes
the window, and Cancel rolls the import back.
"""

from __future__ import annotations

from datetime import UTC
from html import escape
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QListView,
    QListWidgetItem,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QWidget,
)

from trainercoach.errors import TrainerCoachError
from trainercoach.gui.dialogs.import_questions import ask_comment_only, ask_date_order, ask_outside, ask_zone
from trainercoach.gui.formats import date_text, datetime_text
from trainercoach.gui.forms.ui_import_dialog import Ui_ImportFeedbackDialog
from trainercoach.gui.messages import explain
from trainercoach.gui.operations import BackgroundOp, Outcome, run_op
from trainercoach.gui.workers import Worker
from trainercoach.imports.feedback_import import (
    COMMENT,
    IGNORE,
    LATE_AFTER_DAYS,
    DuplicateImport,
    ImportCancelled,
    ImportRefused,
    ImportResult,
    Mapping,
    Preview,
    guess_mapping,
    guesses,
    import_feedback,
    preview,
)
from trainercoach.imports.surveys import CERTAIN, GUESS, LIKELY, TIME, sureness, survey_kind
from trainercoach.imports.tables import header_key, read_headers
from trainercoach.services import Coach

PREVIEW_ROWS = 50
BAD_ROW = QColor("#fde8e8")
BLANK_ROW = QColor("#f3f4f6")
OUTSIDE_ROW = QColor("#fff4d6")
# How sure each column's guess is, as a mark and a colour beside the mapping (the words are translated below).
SURE_COLOURS = {CERTAIN: QColor("#15803d"), LIKELY: QColor("#15803d"), GUESS: QColor("#b45309")}
PRESET, CHOSEN = "preset", "chosen"


class WrappedLines(QStyledItemDelegate):
    """A list row as tall as its wrapped sentence really is. Qt measures a wrapped row in the view's font, but a
    problem quoting Chinese headers in a Greek sentence is drawn partly in a taller fallback font, so the measured
    row was too short and its last line cut: each line is given a third more room."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        spacing = max(1, option.fontMetrics.lineSpacing())
        lines = max(1, round(size.height() / spacing))
        return QSize(size.width(), size.height() + lines * spacing // 3 + 2)


class ImportFeedbackDialog(QDialog):
    """Import a file's feedback forms into one session."""

    def __init__(self, coach: Coach, delivery_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.delivery_id = delivery_id
        self.path: Path | None = None
        self.headers: list[str] = []
        self.scale: dict[str, int] = {}
        self.preset_name = ""
        self.sure: dict[str, str] = {}  # each column's sureness (surveys.sureness), PRESET or CHOSEN
        self.outside = ""  # the lead's decision on forms dated outside the session, once asked
        self.mapping_extra: tuple[str, dict[str, str]] = ("", {})  # a preset's date order and time zones
        self.preview: Preview | None = None
        self.import_result: ImportResult | None = None
        self._generation = 0
        self._workers: set[Worker] = set()
        self._import: BackgroundOp | None = None
        self._allow_duplicate = False
        self.ui = Ui_ImportFeedbackDialog()
        self.ui.setupUi(self)
        detail = coach.deliveries.get(delivery_id)
        when = date_text(detail.form.starts_at, "")
        self.ui.sessionLabel.setText(self.tr("Into session <b>{code}</b> · {topic} · {when} · {trainer}").format(
            code=escape(detail.code), topic=escape(detail.form.topic), when=when,
            trainer=escape(detail.candidate_name)))
        self.items = coach.feedback.items(active_only=False)
        self.targets = [(self.tr("— ignore —"), IGNORE), (self.tr("Comment"), COMMENT),
                        (self.tr("Response time"), TIME)] + [
            (item.label if item.active else self.tr("{label} (no longer asked)").format(label=item.label), item.key)
            for item in self.items
        ]
        self.preview_model = QStandardItemModel(self)
        self.ui.previewView.setModel(self.preview_model)
        self.ui.previewView.verticalHeader().setVisible(False)  # the file's own line numbers are shown
        header = self.ui.mappingTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.mappingTable.verticalHeader().setVisible(False)
        self._fill_presets()
        self.ui.presetCombo.activated.connect(self._preset_chosen)
        self.ui.savePresetButton.clicked.connect(self.save_preset)
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.importButton.clicked.connect(self.start_import)
        self.ui.cancelImportButton.clicked.connect(self.cancel_import)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.problemsTitle.setText(self.tr("Problems"))
        # A problem is a sentence, longer in Greek than in English: wrapped to the list's width, never cut.
        self.ui.problemsList.setResizeMode(QListView.ResizeMode.Adjust)
        self.ui.problemsList.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.ui.problemsList.setItemDelegate(WrappedLines(self.ui.problemsList))
        self.ui.splitter.setSizes([260, 220, 140])
        self._set_enabled()

    # -- the file --------------------------------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import feedback"), str(Path.home()),
                                              self.tr("Survey exports (*.csv *.xlsx *.xlsm *.txt);;All files (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> bool:
        """Read the header and propose a mapping: the generic file maps itself, a survey export is guessed
        (or read through the chosen preset) for the person to correct."""
        self.path = Path(path)
        self.ui.fileEdit.setText(str(self.path))
        self.preview = None
        self._allow_duplicate = False
        self.outside = ""
        try:
            self.headers = read_headers(self.path)
        except (TrainerCoachError, OSError) as error:
            self.headers = []
            self.ui.mappingTable.setRowCount(0)
            self.preview_model.clear()
            self._show_problems([str(error) if isinstance(error, OSError) else explain(error)])
            self.ui.fileInfoLabel.clear()
            self.ui.summaryLabel.clear()
            self._set_enabled()
            return False
        mapping = None
        if self.preset_name:
            try:
                mapping = Mapping.from_dict(self.coach.feedback.preset(self.preset_name))
            except TrainerCoachError:
                mapping = None
        if mapping is None:
            self._fill_guess()
        else:
            self._fill_mapping(mapping, {h: PRESET for h in self.headers})
        return True

    def _fill_guess(self) -> None:
        """The columns guessed from their wording, each with how sure the guess is."""
        active = [i for i in self.items if i.active]
        sure = {g.header: sureness(g.confidence) for g in guesses(self.headers, active)}
        self._fill_mapping(guess_mapping(self.headers, active), sure)

    def sure_text(self, header: str) -> str:
        """The "How sure" cell of a column, as the person reads it."""
        return {CERTAIN: self.tr("✔ certain"), LIKELY: self.tr("✔ likely"), GUESS: self.tr("? a guess: check it"),
                PRESET: self.tr("from the preset"), CHOSEN: self.tr("your choice")}.get(
            self.sure.get(header, ""), self.tr("— not placed"))

    def _show_sure(self, row: int, header: str) -> None:
        cell = QTableWidgetItem(self.sure_text(header))
        colour = SURE_COLOURS.get(self.sure.get(header, ""))
        if colour is not None:
            cell.setForeground(QBrush(colour))
        self.ui.mappingTable.setItem(row, 2, cell)

    def _fill_mapping(self, mapping: Mapping, sure: dict[str, str]) -> None:
        self.scale = dict(mapping.scale)
        self.sure = dict(sure)
        self.mapping_extra = (mapping.date_order, dict(mapping.zones))
        by_key = {header_key(h): target for h, target in mapping.columns.items()}
        table = self.ui.mappingTable
        table.setRowCount(len(self.headers))
        for row, header in enumerate(self.headers):
            name = QTableWidgetItem(header)
            table.setItem(row, 0, name)
            combo = QComboBox(table)
            for label, key in self.targets:
                combo.addItem(label, key)
            target = by_key.get(header_key(header), IGNORE)
            combo.setCurrentIndex(max(0, combo.findData(target)))
            combo.currentIndexChanged.connect(lambda _index, header=header: self._chosen(header))
            table.setCellWidget(row, 1, combo)
            self._show_sure(row, header)
            table.setItem(row, 3, QTableWidgetItem(""))
        table.resizeRowsToContents()
        self._mapping_changed()

    def mapping(self) -> Mapping:
        """The mapping as the table shows it: every column of the file, ignored ones too (so none is unknown)."""
        columns = {}
        for row, header in enumerate(self.headers):
            combo = self.ui.mappingTable.cellWidget(row, 1)
            columns[header] = combo.currentData() if isinstance(combo, QComboBox) else IGNORE
        order, zones = self.mapping_extra
        return Mapping(columns, dict(self.scale), order, dict(zones))

    def _chosen(self, header: str) -> None:
        """The person changed a column's target: it is theirs now, not a guess."""
        self.sure[header] = CHOSEN
        self._show_sure(self.headers.index(header), header)
        self._mapping_changed()

    def set_target(self, header: str, target: str) -> None:
        """Map a column as a person would with its combo box."""
        row = self.headers.index(header)
        combo = self.ui.mappingTable.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(target))

    # -- presets ---------------------------------------------------------------------------------
    def _fill_presets(self, select: str = "") -> None:
        combo = self.ui.presetCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— none: guess from the headers —"), "")
        for name in self.coach.feedback.presets():
            combo.addItem(name, name)
        combo.setCurrentIndex(max(0, combo.findData(select)))
        combo.blockSignals(False)

    def _preset_chosen(self, index: int) -> None:
        self.choose_preset(self.ui.presetCombo.itemData(index) or "")

    def choose_preset(self, name: str) -> None:
        self.preset_name = name
        self._fill_presets(name)
        if not self.headers:
            return
        if not name:
            self._fill_guess()
            return
        try:
            mapping = Mapping.from_dict(self.coach.feedback.preset(name))
        except TrainerCoachError as error:
            self._show_problems([explain(error)])
            return
        self._fill_mapping(mapping, {h: PRESET for h in self.headers})

    def save_preset(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save the mapping as a preset"),
                                        self.tr("Name (e.g. the survey tool it is for):"), text=self.preset_name)
        if not ok:
            return
        mapping = self.mapping().to_dict()
        if not run_op(self, self.coach, lambda: self.coach.feedback.save_preset(name, mapping),
                      title=self.tr("Preset not saved")).ok:
            return
        self.preset_name = name.strip()
        self._fill_presets(self.preset_name)

    # -- the preview (off the GUI thread: it reads the whole file to find every problem) ----------
    def _mapping_changed(self, *_: object) -> None:
        if self.path is None or not self.headers:
            return
        self._generation += 1
        generation, path, mapping, outside = self._generation, self.path, self.mapping(), self.outside
        self.preview = None
        self.ui.summaryLabel.setText(self.tr("Reading the file…"))
        self._set_enabled()
        worker = Worker(lambda progress, cancelled: preview(self.coach, path, mapping, limit=PREVIEW_ROWS,
                                                            delivery_id=self.delivery_id, outside=outside), self)
        worker.succeeded.connect(lambda result: self._show_preview(generation, result))
        worker.failed.connect(lambda error: self._preview_failed(generation, error))
        self._run(worker)

    def _run(self, worker: Worker) -> None:
        self._workers.add(worker)
        worker.finished.connect(lambda: self._workers.discard(worker))
        worker.finished.connect(worker.deleteLater)
        worker.start()

    @property
    def busy(self) -> bool:
        """Whether a preview or the import is still running."""
        return self._import is not None or any(worker.isRunning() for worker in self._workers)

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.preview_model.clear()
        self.ui.summaryLabel.clear()
        self._show_problems([explain(error) if isinstance(error, TrainerCoachError) else str(error)])
        self._set_enabled()

    def _show_preview(self, generation: int, result: Preview) -> None:
        if generation != self._generation:
            return  # the mapping changed again while this one was read
        self.preview = result
        separator = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}.get(result.delimiter,
                                                                                             result.delimiter)
        info = (self.tr("{kind}, {encoding}, separated by {sep}").format(
            kind=result.kind.upper(), encoding=result.encoding, sep=separator) if result.kind == "csv"
            else result.kind.upper())
        text = self.tr("{info} · {n} rows below the header").format(info=info, n=result.total_rows)
        kind = survey_kind(self.headers)
        if kind:
            text += " · " + self.tr("recognised as a {tool} export").format(tool=kind)
        self.ui.fileInfoLabel.setText(text)
        first_values: dict[int, str] = {}
        for row in result.rows:
            for column, cell in enumerate(row.cells):
                if cell.strip() and column not in first_values:
                    first_values[column] = cell
        for column in range(len(self.headers)):
            sample = first_values.get(column, "")
            self.ui.mappingTable.setItem(column, 3, QTableWidgetItem(sample if len(sample) < 40 else sample[:39] + "…"))
        self._fill_preview_table(result)
        problems = [p.text() for p in result.problems]
        if result.more_problems:
            problems.append(self.tr("…and {n} more problems.").format(n=result.more_problems))
        self._show_problems(problems)
        if result.earlier is not None:
            earlier = result.earlier
            self.ui.duplicateLabel.setText(self.tr(
                "This file was already imported on {when} by {who} ({n} forms into session {session}). "
                "You will be asked before it is imported again.").format(
                when=datetime_text(earlier.imported_at), who=earlier.imported_by, n=earlier.rows,
                session=earlier.delivery_id))
        self.ui.duplicateLabel.setVisible(result.earlier is not None)
        if result.asks_zones and result.only_questions:
            self.ui.summaryLabel.setText(self.tr("The response times are marked {names}, which could mean more than "
                                                 "one time zone: you will be asked which, then shown the preview "
                                                 "again.").format(names=", ".join(result.asks_zones)))
        elif result.asks_date_order and result.only_questions:
            self.ui.summaryLabel.setText(self.tr("The response times could be day/month or month/day (such as 10/11): "
                                                 "you will be asked which, then shown the preview again."))
        elif result.asks_outside:
            self.ui.summaryLabel.setText(self.tr("%n form(s) dated before the session began or more than {days} days "
                                                 "after it (marked below): you will be asked whether to import them "
                                                 "or leave them out.", "", result.outside_rows).format(
                days=LATE_AFTER_DAYS))
        elif result.asks_comment_only:
            self.ui.summaryLabel.setText(self.tr("No column is a rating: only comments would be imported. You will "
                                                 "be asked to confirm that this form has comments only."))
        elif result.ok:
            text = self.tr("{n} feedback forms will be imported").format(n=result.importable_rows)
            if result.blank_rows:
                text += self.tr(" ({n} blank rows skipped)").format(n=result.blank_rows)
            if result.left_out:
                text += self.tr(" ({n} dated outside the session left out)").format(n=result.left_out)
            self.ui.summaryLabel.setText(text + ".")
        else:
            self.ui.summaryLabel.setText(self.tr("Fix the problems below (in the file, or in the mapping) to "
                                                 "import; nothing is imported while any remain."))
        self._set_enabled()

    def _fill_preview_table(self, result: Preview) -> None:
        mapping = result.mapping.columns
        by_key = {header_key(h): t for h, t in mapping.items()}
        labels = {key: label for label, key in self.targets}
        columns = [(i, h, by_key.get(header_key(h), IGNORE)) for i, h in enumerate(self.headers)]
        columns = [c for c in columns if c[2] != IGNORE]
        self.preview_model.clear()
        self.preview_model.setHorizontalHeaderLabels(
            [self.tr("Line")] + [f"{labels.get(target, target)}" for _, _, target in columns])
        for row in result.rows:
            cells = [QStandardItem(str(row.line))]
            for index, _, target in columns:
                if row.entry is not None and target == TIME:
                    answered = row.entry.answered_at  # UTC, shown on this computer's clock
                    # A time still waiting for a question's answer (its zone) is shown as the file writes it.
                    text = row.cells[index] if answered is None and index < len(row.cells) else \
                        "" if answered is None else datetime_text(answered.replace(tzinfo=UTC).astimezone())
                elif row.entry is not None:
                    value = row.entry.comment if target == COMMENT else row.entry.answers.get(target)
                    text = "" if value is None else str(value)
                else:
                    text = row.cells[index] if index < len(row.cells) else ""
                cells.append(QStandardItem(text))
            why = "\n".join(p.why for p in row.problems)
            for cell in cells:
                cell.setEditable(False)
                if row.problems and not (row.outside and len(row.problems) == 1):
                    cell.setBackground(QBrush(BAD_ROW))
                    cell.setToolTip(why)
                elif row.blank:
                    cell.setBackground(QBrush(BLANK_ROW))
                    cell.setToolTip(self.tr("A blank row: skipped"))
                elif row.outside:
                    cell.setBackground(QBrush(OUTSIDE_ROW))
                    cell.setToolTip(why or self.tr("Dated outside the session"))
            self.preview_model.appendRow(cells)
        self.ui.previewView.resizeColumnsToContents()

    def _show_problems(self, problems: list[str]) -> None:
        self.ui.problemsList.clear()
        for text in problems:
            self.ui.problemsList.addItem(QListWidgetItem(text))
        self.ui.problemsTitle.setText(self.tr("No problems") if not problems
                                      else self.tr("%n problem(s)", "", len(problems)))

    def _set_enabled(self) -> None:
        importing = self._import is not None
        ready = self.preview is not None and self._may_ask(self.preview) and self.preview.importable_rows > 0
        self.ui.importButton.setEnabled(ready and not importing)
        for widget in (self.ui.browseButton, self.ui.presetCombo, self.ui.mappingTable, self.ui.savePresetButton):
            widget.setEnabled(not importing)
        self.ui.savePresetButton.setEnabled(not importing and bool(self.headers))
        self.ui.progressBar.setVisible(importing)
        self.ui.cancelImportButton.setVisible(importing)

    # -- the import ------------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.preview is None or not self._may_ask(self.preview) or self.path is None or self._import is not None:
            return
        if self.preview.asks_date_order or self.preview.asks_zones:
            self._ask_about_times(self.preview)
            return
        if self.preview.asks_outside and not self.outside:
            self.outside = ask_outside(self, self.tr(
                "%n form(s) dated before the session began or more than {days} days after it: they may belong to "
                "another session.\n\nImport them into this session, or leave them out?", "",
                self.preview.outside_rows).format(days=LATE_AFTER_DAYS))
            if not self.outside:
                return
        comment_only = self.preview.asks_comment_only
        if comment_only and not ask_comment_only(self):
            return
        if self.preview.earlier is not None and not self._allow_duplicate and not self._ask_duplicate(
                self.preview.earlier):
            return
        path, mapping, preset, allow, outside = (self.path, self.mapping(), self.preset_name, self._allow_duplicate,
                                                 self.outside)
        self.ui.progressBar.setRange(0, max(1, self.preview.total_rows))
        self.ui.progressBar.setValue(0)

        def job(progress, cancelled) -> ImportResult:  # the Worker's callbacks
            return import_feedback(self.coach, self.delivery_id, path, mapping, preset=preset,
                                   allow_duplicate=allow, comment_only=comment_only, outside=outside,
                                   progress=progress,
                                   cancelled=cancelled)

        # Through the operation wrapper, off the GUI thread; this dialog shows the progress and explains a refusal
        # itself (the rows at fault), so the wrapper only runs it and tells the pages what was imported.
        operation = BackgroundOp(self, self.coach, job, report_errors=False)
        operation.progressed.connect(self.ui.progressBar.setValue)
        operation.done.connect(self._import_done)
        self._import = operation
        self.ui.summaryLabel.setText(self.tr("Importing…"))
        self._set_enabled()
        self._workers.add(operation.worker)
        operation.worker.finished.connect(lambda: self._workers.discard(operation.worker))
        operation.start()

    def _ask_about_times(self, seen: Preview) -> None:
        """The response times' questions, once per file: the dates' order, then what each ambiguous zone name
        means. The answers go into the mapping (a saved preset keeps them) and the file is read again with them,
        as the times may then raise other questions (forms dated outside the session)."""
        order, zones = self.mapping_extra[0], dict(self.mapping_extra[1])
        if seen.asks_date_order:
            order = ask_date_order(self)
            if not order:
                return
        for name in seen.asks_zones:
            offset = ask_zone(self, name)
            if not offset:
                return
            zones[name] = offset
        self.mapping_extra = (order, zones)
        self._mapping_changed()

    @staticmethod
    def _may_ask(seen: Preview) -> bool:
        """Whether Import may go ahead, perhaps after asking: no problems, or only questions for the lead."""
        return seen.ok or seen.only_questions

    def _ask_duplicate(self, earlier: object) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Import the same file again?"),
            self.ui.duplicateLabel.text().split(". You will")[0] + ".\n\n"
            + self.tr("Import it again only if it really holds other forms. Import again?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        self._allow_duplicate = answer == QMessageBox.StandardButton.Yes
        return self._allow_duplicate

    def cancel_import(self) -> None:
        if self._import is not None:
            self._import.cancel()
            self.ui.summaryLabel.setText(self.tr("Cancelling…"))

    def _import_done(self, outcome: Outcome) -> None:
        if outcome.ok:
            self._imported(outcome.result)
        else:
            self._import_failed(outcome.error)  # type: ignore[arg-type]

    def _imported(self, result: ImportResult) -> None:
        self._import = None
        self.import_result = result
        self.ui.progressBar.setValue(self.ui.progressBar.maximum())
        self._set_enabled()
        QMessageBox.information(self, self.tr("Feedback imported"), result.summary() + ".")
        self.accept()

    def _import_failed(self, error: BaseException) -> None:
        self._import = None
        if isinstance(error, DuplicateImport):
            if self._ask_duplicate(error.earlier):
                self._set_enabled()
                self.start_import()
                return
            self.ui.summaryLabel.setText(self.tr("Not imported: the file was imported before."))
        elif isinstance(error, ImportCancelled):
            self.ui.summaryLabel.setText(explain(error))
        elif isinstance(error, ImportRefused):
            self._show_problems([p.text() for p in error.problems]
                                or [explain(error)])
            self.ui.summaryLabel.setText(self.tr("Nothing was imported."))
        elif isinstance(error, TrainerCoachError):
            self._show_problems([explain(error)])
            self.ui.summaryLabel.setText(self.tr("Nothing was imported."))
        else:
            self._show_problems([self.tr("The import failed: {error}").format(error=error)])
            self.ui.summaryLabel.setText(self.tr("Nothing was imported."))
        self._set_enabled()

    def done(self, result: int) -> None:
        """Closing while a thread works: cancel it and wait, so no import writes behind a closed window."""
        for worker in list(self._workers):
            worker.stop()
        super().done(result)


__all__ = ["ImportFeedbackDialog", "Qt"]
