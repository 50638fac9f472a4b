"""Export list…: the list on the page shown (candidates, or sessions) as a spreadsheet, CSV for Excel or XLSX.

The file is written by the core (``trainercoach.exports.spreadsheets``): formulas made inert, every script kept,
written under a temporary name and renamed when complete.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from trainercoach.errors import TrainerCoachError
from trainercoach.exports.spreadsheets import export_list
from trainercoach.gui.messages import show_error

CSV_FILTER = "CSV for Excel, UTF-8 (*.csv)"
XLSX_FILTER = "Excel workbook (*.xlsx)"


def choose_file(parent: QWidget, what: str) -> Path | None:
    names = {"candidates": parent.tr("Candidates"), "sessions": parent.tr("Sessions")}
    target, chosen = QFileDialog.getSaveFileName(parent, parent.tr("Export list"),
                                                 str(Path.home() / f"{names.get(what, what)}.xlsx"),
                                                 f"{XLSX_FILTER};;{CSV_FILTER}")
    if not target:
        return None
    path = Path(target)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_name(path.name + (".csv" if chosen == CSV_FILTER else ".xlsx"))
    return path


def export_page_list(window: QWidget, what: str) -> Path | None:
    """Ask where, write the list, say where it went (or why it could not be written)."""
    path = choose_file(window, what)
    if path is None:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        written = export_list(window.coach, what, path)
    except TrainerCoachError as error:
        show_error(window, error, window.tr("Not exported"))
        return None
    finally:
        QApplication.restoreOverrideCursor()
    status = getattr(window, "statusBar", None)
    if status is not None:
        status().showMessage(window.tr("List written to {path}").format(path=written), 8000)
    return written


def export_current_list(window: QWidget) -> Path | None:
    """The main window's "Export list…": the sessions page exports sessions, any other page the candidates."""
    from trainercoach.gui.main_window import SESSIONS

    return export_page_list(window, "sessions" if window.current_page() == SESSIONS else "candidates")
