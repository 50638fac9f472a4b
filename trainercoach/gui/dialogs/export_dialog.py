"""Exporting one PDF from the app: a candidate's evaluation, a session report or the programme report.

The person picks where and on which paper (A4, or Letter where the locale measures in inches) in the system's
save dialog; the PDF is then built in a Worker, off the GUI thread, behind a busy indicator with Cancel, and
opened when it is ready (or its folder, where no PDF reader is set up). A report cannot be stopped half-way
through reportlab, so Cancel lets the page in progress finish and throws the result away: the PDF is built
under a temporary name beside the target and only renamed onto it when the person did not cancel, so a
cancelled or failed export never touches a file already there.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from trainercoach.analytics.capacity import Plan
from trainercoach.errors import TrainerCoachError
from trainercoach.gui.dialogs.print_form import FILTERS, default_paper
from trainercoach.gui.messages import show_error
from trainercoach.gui.settings import settings
from trainercoach.gui.workers import Worker
from trainercoach.reports.batch import safe_stem
from trainercoach.services import Coach

FOLDER_KEY = "export/folder"
Write = Callable[[Path, str], Path]  # (where, page size) -> the file written


def export_folder() -> str:
    """The folder of the last export, else the person's Documents."""
    stored = settings().value(FOLDER_KEY, "")
    if isinstance(stored, str) and stored and Path(stored).is_dir():
        return stored
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def remember_folder(folder: Path) -> None:
    stored = settings()
    stored.setValue(FOLDER_KEY, str(folder))
    stored.sync()


def ask_pdf_path(parent: QWidget | None, title: str, stem: str) -> tuple[Path, str] | None:
    """The system's save dialog with the paper as its file type; None when the person cancels."""
    paper = default_paper()
    suggested = str(Path(export_folder()) / f"{safe_stem(stem)}.pdf")
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, ";;".join(FILTERS.values()), FILTERS[paper])
    if not path:
        return None
    page_size = next((size for size, label in FILTERS.items() if label == chosen), paper)
    if not re.search(r"\.pdf$", path, re.IGNORECASE):
        path += ".pdf"
    return Path(path), page_size


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def open_file_or_folder(path: Path) -> bool:
    """Open the file in the person's PDF reader; where that fails, open the folder that holds it."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    return open_folder(path.parent)


class PdfExport:
    """One PDF written in a Worker behind a modal busy indicator; ``run()`` returns when the thread has ended
    (the GUI keeps painting meanwhile) with the file written, or None if cancelled or failed."""

    def __init__(self, parent: QWidget | None, label: str, target: Path, page_size: str, write: Write,
                 failure_title: str) -> None:
        self.parent = parent
        self.target = target
        self.page_size = page_size
        self.write = write
        self.failure_title = failure_title
        self.cancel_requested = False
        self.written: Path | None = None
        self.error: BaseException | None = None
        handle, temporary = tempfile.mkstemp(prefix=f".{target.stem[:40]}-", suffix=".pdf", dir=target.parent)
        os.close(handle)
        self.temporary = Path(temporary)
        self.progress = QProgressDialog(label, QCoreApplication.translate("PdfExport", "Cancel"), 0, 0,
                                        parent)  # 0..0: a busy indicator
        self.progress.setWindowTitle(QCoreApplication.translate("PdfExport", "Exporting a PDF"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        # Cancel must not hide the indicator while the thread still writes: it says "Cancelling…" until the end.
        self.progress.canceled.disconnect(self.progress.cancel)
        self.progress.canceled.connect(self.cancel)
        self.progress.rejected.connect(self.cancel)  # Escape hides a dialog without "canceled": same meaning
        self.worker = Worker(lambda progress, cancelled: self.write(self.temporary, self.page_size))
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)

    def cancel(self) -> None:
        if self.cancel_requested or not self.worker.isRunning():
            return
        self.cancel_requested = True
        self.worker.cancel()
        self.progress.setLabelText(QCoreApplication.translate(
            "PdfExport", "Cancelling: the page being drawn is finished, then thrown away…"))
        self.progress.setCancelButtonText(QCoreApplication.translate("PdfExport", "Cancelling…"))

    def run(self) -> Path | None:
        loop = QEventLoop()
        self.worker.finished.connect(loop.quit)
        self.progress.show()
        self.worker.start()
        if self.worker.isRunning():
            loop.exec()
        self.worker.wait()
        self.progress.close()
        self.progress.deleteLater()
        self.worker.deleteLater()
        self.temporary.unlink(missing_ok=True)
        if self.error is not None:
            show_error(self.parent, self._explain(self.error), self.failure_title)
            return None
        if self.written is not None:
            remember_folder(self.written.parent)
            open_file_or_folder(self.written)
        return self.written

    def _succeeded(self, _result: object) -> None:
        if self.cancel_requested:
            return
        try:
            os.replace(self.temporary, self.target)
        except OSError as error:
            self.error = error
            return
        self.written = self.target

    def _failed(self, error: BaseException) -> None:
        self.error = error

    def _explain(self, error: BaseException) -> TrainerCoachError:
        if isinstance(error, TrainerCoachError):
            return error
        if isinstance(error, OSError):
            return TrainerCoachError(f"The PDF could not be written to {self.target}: {error.strerror or error}.")
        return TrainerCoachError(f"The PDF could not be made: {error}")


def _export(parent: QWidget | None, title: str, stem: str, label: str, failure_title: str,
            write: Write) -> Path | None:
    chosen = ask_pdf_path(parent, title, stem)
    if chosen is None:
        return None
    target, page_size = chosen
    try:
        export = PdfExport(parent, label, target, page_size, write, failure_title)
    except OSError as error:  # the folder is not writable: refuse before any work
        show_error(parent, TrainerCoachError(f"Nothing can be written in {target.parent}: "
                                             f"{error.strerror or error}."), failure_title)
        return None
    return export.run()


def export_evaluation(coach: Coach, candidate_id: int, parent: QWidget | None = None) -> Path | None:
    """Save a candidate's trainer evaluation as a PDF and open it; the file, or None (cancelled or failed)."""
    from trainercoach.reports.evaluation import write_trainer_evaluation

    failure = "Evaluation not exported"
    try:
        name = coach.candidates.get(candidate_id).form.name
    except TrainerCoachError as error:
        show_error(parent, error, failure)
        return None
    return _export(parent, "Export the trainer evaluation", f"{name} - evaluation",
                   f"Writing the evaluation of {name}…", failure,
                   lambda path, size: write_trainer_evaluation(coach.reports.evaluation(candidate_id), path,
                                                               page_size=size))


def export_session_report(coach: Coach, delivery_id: int, parent: QWidget | None = None) -> Path | None:
    """Save one practice delivery's session report as a PDF and open it."""
    from trainercoach.reports.session_report import write_session_report

    failure = "Session report not exported"
    try:
        detail = coach.deliveries.get(delivery_id)
    except TrainerCoachError as error:
        show_error(parent, error, failure)
        return None
    when = f" {detail.form.starts_at:%Y-%m-%d}" if detail.form.starts_at else ""
    return _export(parent, "Export the session report", f"{detail.form.topic}{when} - session report",
                   f"Writing the report of “{detail.form.topic}”…", failure,
                   lambda path, size: write_session_report(coach.reports.session_report(delivery_id), path,
                                                           page_size=size))


def export_programme_report(coach: Coach, parent: QWidget | None = None) -> Path | None:
    """Save the programme report (funnel, KPIs, every candidate, trends) as a PDF and open it."""
    from trainercoach.reports.programme_report import write_programme_report

    return _export(parent, "Export the programme report", f"Programme report {date.today():%Y-%m-%d}",
                   "Writing the programme report…", "Programme report not exported",
                   lambda path, size: write_programme_report(coach.reports.programme(), path, page_size=size))


def export_capacity_report(coach: Coach, plan: Plan, compare: int | None = None,
                           parent: QWidget | None = None) -> Path | None:
    """Save the capacity plan as it stands on screen (with the saved plan ``compare`` beside it) as a PDF and
    open it; the plan's forecast is the one on screen, the comparison is read with it in the worker."""
    from trainercoach.reports.capacity_report import write_capacity_report

    return _export(parent, QCoreApplication.translate("PdfExport", "Export the capacity plan"),
                   f"{plan.name} - capacity plan",
                   QCoreApplication.translate("PdfExport", "Writing the capacity plan…"),
                   QCoreApplication.translate("PdfExport", "Capacity plan not exported"),
                   lambda path, size: write_capacity_report(coach.reports.capacity(plan, compare=compare), path,
                                                            page_size=size))


__all__ = ["PdfExport", "export_capacity_report", "export_evaluation", "export_programme_report",
           "export_session_report"]
