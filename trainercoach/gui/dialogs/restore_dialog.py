"""Restore from backup…: the backups beside the database, newest first, with their date, size and kind; restoring
one after asking, the current database backed up first. Also how many automatic backups are kept, and the daily
backup made when the app starts.

The work is the core's (``trainercoach.db.backups``); this window only lists, asks and reports.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainercoach.db.backups import MAX_KEEP, BackupInfo, RestoreResult, daily_backup, list_backups, restore_database
from trainercoach.gui.modal import run_dialog
from trainercoach.gui.operations import EVERYTHING, run_op

if TYPE_CHECKING:
    from trainercoach.gui.workers import Worker
    from trainercoach.services import Coach

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def human_size(size: int) -> str:
    """1,5 MB in Greek, 1.5 MB in English: the interface language's numbers and units."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class RestoreDialog(QDialog):
    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.restored: RestoreResult | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 380)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("Choose a backup to put in place of the database. The database as it is now "
                                    "is backed up first, so a restore can itself be undone by restoring that "
                                    "backup."))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Size"), self.tr("Kind")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.table)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Keep the last")))
        self.keep = QSpinBox(self)
        self.keep.setObjectName("keepSpin")
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(coach.settings.backups_to_keep())
        self.keep.setToolTip(self.tr("Automatic backups are made on the first start of each day and before "
                                     "every upgrade and restore; older ones are deleted. Backups you make "
                                     "yourself are never deleted."))
        keep_row.addWidget(self.keep)
        keep_row.addWidget(QLabel(self.tr("automatic backups")))
        keep_row.addStretch(1)
        layout.addLayout(keep_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.other = QPushButton(self.tr("Other file…"), self)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        buttons.addButton(self.other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.other.clicked.connect(self.choose_file)
        self.restore_button.clicked.connect(self.restore_selected)
        layout.addWidget(buttons)
        self.finished.connect(lambda _result: self._save_keep())
        self.load()

    def _kind(self, backup: BackupInfo) -> str:
        label = backup.label
        if label.startswith("daily"):
            return self.tr("Daily, automatic")
        if label.startswith("before-upgrade"):
            return self.tr("Before an upgrade, automatic")
        if label.startswith("before-restore"):
            return self.tr("Before a restore, automatic")
        return self.tr("Made by hand")

    def load(self) -> None:
        path = self.coach.db.path
        backups = list_backups(path) if path is not None else []
        self.table.setRowCount(len(backups))
        for row, backup in enumerate(backups):
            made = QTableWidgetItem(backup.made_at.strftime("%Y-%m-%d %H:%M:%S"))
            made.setData(PATH_ROLE, str(backup.path))
            made.setToolTip(str(backup.path))
            size = QTableWidgetItem(human_size(backup.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((made, size, QTableWidgetItem(self._kind(backup)))):
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if path is None:
            self.intro.setText(self.tr("This is a team server: its backups are made and restored by whoever runs "
                                       "it (pg_dump and pg_restore)."))
        elif not backups:
            self.intro.setText(self.tr("There are no backups beside this database yet. Choose “Other file…” to "
                                       "restore one kept elsewhere."))
        self.other.setEnabled(path is not None)
        self.keep.setEnabled(path is not None)
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(self.selected_path() is not None)

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def _save_keep(self) -> None:
        if self.coach.db.path is None or self.keep.value() == self.coach.settings.backups_to_keep():
            return
        keep = self.keep.value()
        run_op(self, self.coach, lambda: self.coach.settings.set_backups_to_keep(keep))

    def choose_file(self) -> None:
        target, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup file"), str(Path.home()),
                                                self.tr("Trainer Coach database (*.sqlite3 *.db);;All files (*)"))
        if target:
            self.restore(Path(target))

    def restore_selected(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.restore(path)

    def confirm(self, backup: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Restore from backup"),
            self.tr("Put the backup {name} in place of the database? What was entered since that backup is set "
                    "aside in a backup of its own.").format(name=backup.name))
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, backup: Path) -> None:
        path = self.coach.db.path
        if path is None or not self.confirm(backup):
            return
        def put_back() -> RestoreResult:
            # No connection of this window may hold the file while its content is replaced. A copy of one file:
            # run on the GUI thread, so that no page starts a read of the file halfway through.
            self.coach.db.engine.dispose()
            try:
                return restore_database(path, backup)
            finally:
                self.coach.db.engine.dispose()

        # The file is replaced under the services: every page reads again (EVERYTHING).
        outcome = run_op(self, self.coach, put_back, title=self.tr("Not restored"), changes=EVERYTHING)
        if not outcome.ok:
            return
        self.restored = outcome.result
        self.coach.history.clear()  # undo steps belong to the database as it was
        self.accept()


def restore_from_backup(window: QWidget) -> None:
    """The "Restore from backup…" action of a main window (``window.coach``); the restore itself tells the pages."""
    dialog = RestoreDialog(window.coach, window)  # type: ignore[attr-defined]  # the main window, which imports this
    if run_dialog(dialog) and dialog.restored is not None:
        status = getattr(window, "statusBar", None)
        if status is not None:
            status().showMessage(window.tr("Restored from {name}; the database as it was is in {copy}").format(
                name=dialog.restored.restored_from.name, copy=dialog.restored.safety_copy), 15000)


def daily_backup_on_start(window: QWidget) -> Worker | None:
    """The first start of each day backs the database up, off the GUI thread (a large database takes a moment);
    a failure is reported and does not stop the app. Returns the worker, or None for a team server."""
    from trainercoach.gui.workers import Worker, keep_running

    database = window.coach.db  # type: ignore[attr-defined]  # the main window, which imports this module
    if database.path is None:
        return None
    if os.environ.get("TRAINERCOACH_BENCH_EXIT_WHEN_SHOWN"):
        # The benchmark's timed start on its generated demo is not a person's first start of the day: a copy of a
        # large database each day would skew the timing and fill its folder.
        return None
    worker = Worker(lambda _progress, _cancelled: daily_backup(database))

    def failed(error: object) -> None:
        QMessageBox.warning(window, window.tr("Backup"), window.tr(
            "Today's automatic backup could not be made: {reason}. Your data is unchanged; make a backup by hand "
            "(File ▸ Back up database…) when you can.").format(reason=error))

    worker.failed.connect(failed)
    keep_running(worker)
    application = QCoreApplication.instance()
    def finish_first() -> None:
        with suppress(RuntimeError):  # already finished and deleted
            worker.wait()

    if application is not None:  # quitting at once (the benchmark does) lets the backup finish first
        application.aboutToQuit.connect(finish_first)
    worker.start()
    return worker
