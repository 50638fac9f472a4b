"""Export list…: the list on the page shown (candidates, or sessions) as a spreadsheet, CSV for Excel or XLSX.

The file is written by the core (``trainercoach.exports.spreadsheets``): formulas made inert, every script kept,
written under a temporary name and renamed when complete.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from trainercoach.errors import TrainerCoachError
from trainercoach.exports.spreadsheets import export_list
from trainercoach.gui.messages import show_error
from trainercoach.gui.pages import CANDIDATES, SESSIONS

if TYPE_CHECKING:
    from trainercoach.gui.workers import Worker

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


def export_page_list(window: QWidget, what: str, filters: dict[str, object] | None = None) -> Worker | None:
    """Ask where, then write the list off the GUI thread (a large list takes a moment as XLSX); the status bar says
    where it went, or a message why it could not be written. ``filters`` are the list's search and filters as
    on screen. Returns the worker, or None when cancelled."""
    from trainercoach.gui.workers import Worker, keep_running

    path = choose_file(window, what)
    if path is None:
        return None
    coach = window.coach  # type: ignore[attr-defined]  # the main window, which imports this module
    chosen = dict(filters or {})
    worker = Worker(lambda _progress, _cancelled: export_list(coach, what, path, **chosen))

    def succeeded(written: object) -> None:
        status = getattr(window, "statusBar", None)
        if status is not None:
            status().showMessage(window.tr("List written to {path}").format(path=written), 8000)

    def failed(error: object) -> None:
        if isinstance(error, TrainerCoachError):
            show_error(window, error, window.tr("Not exported"))
        else:  # a bug: the person is told the file was not written, the details go to the log
            show_error(window, TrainerCoachError(window.tr("The list could not be written: {error}").format(
                error=error)), window.tr("Not exported"))

    worker.succeeded.connect(succeeded)
    worker.failed.connect(failed)
    keep_running(worker)
    worker.start()
    return worker


def export_current_list(window: QWidget) -> Worker | None:
    """The main window's "Export list…": the sessions page exports its sessions, the candidates page its
    candidates, each as searched and filtered on screen; any other page every current candidate."""
    # ``window`` is the main window, which imports this module: QWidget is as near as its type can be named here.
    page = window.current_page()  # type: ignore[attr-defined]
    if page == SESSIONS:
        return export_page_list(window, "sessions", window.sessions.filters())  # type: ignore[attr-defined]
    if page == CANDIDATES:
        return export_page_list(window, "candidates", window.candidates.filters())  # type: ignore[attr-defined]
    return export_page_list(window, "candidates")
