"""The main window's file work: backing the database up, opening another, and the PDFs it exports. Each takes the
window (its ``coach``, its selection, its status bar) and opens what it needs only when asked, so none of it is on
the way to the first window. Words are in the main window's translation context, where they always were."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from trainercoach.errors import TrainerCoachError
from trainercoach.gui.messages import show_error
from trainercoach.gui.modal import run_dialog


def backup(window: Any) -> None:  # the MainWindow
    from trainercoach.db.lifecycle import backup_database

    if window.coach.db.path is None:
        refusal = QCoreApplication.translate("MainWindow", "Back up a team server with pg_dump.")
        show_error(window, TrainerCoachError(refusal))
        return
    target, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("MainWindow", "Back up database"),
                                            str(Path.home() / "trainercoach-backup.sqlite3"),
                                            QCoreApplication.translate("MainWindow", "SQLite database (*.sqlite3)"))
    if not target:
        return
    try:
        written = backup_database(window.coach.db, Path(target))
    except TrainerCoachError as error:
        show_error(window, error)
        return
    done = QCoreApplication.translate("MainWindow", "Backup written to {path}")
    window.statusBar().showMessage(done.format(path=written), 8000)


def choose_database(window: Any, open_database: Callable[[str | None, bool], object] | None) -> None:
    title = QCoreApplication.translate("MainWindow", "Open database")
    kinds = QCoreApplication.translate("MainWindow", "Trainer Coach database (*.sqlite3 *.db);;All files (*)")
    target, _ = QFileDialog.getOpenFileName(window, title, str(Path.home()), kinds)
    if target and open_database:
        open_database(target, False)


def export_evaluation(window: Any) -> None:
    from trainercoach.gui.dialogs.export_dialog import export_evaluation as export

    candidate_id = window.selected_candidate()
    if candidate_id is not None and export(window.coach, candidate_id, window) is not None:
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Evaluation exported"), 5000)


def export_session_report(window: Any) -> None:
    from trainercoach.gui.dialogs.export_dialog import export_session_report as export

    delivery_id = window.current_session()
    if delivery_id is not None and export(window.coach, delivery_id, window) is not None:
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Session report exported"), 5000)


def export_programme_report(window: Any) -> None:
    from trainercoach.gui.dialogs.export_dialog import export_programme_report as export

    if export(window.coach, window) is not None:
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Programme report exported"), 5000)


def export_all_evaluations(window: Any) -> None:
    from trainercoach.gui.dialogs.batch_export_dialog import BatchExportDialog

    run_dialog(BatchExportDialog(window.coach, window))
