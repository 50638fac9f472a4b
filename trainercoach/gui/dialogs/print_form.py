"""Saving the printable paper feedback form of a session, then opening it so it can be printed at once."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from trainercoach.errors import TrainerCoachError
from trainercoach.gui.messages import show_error
from trainercoach.reports.feedback_form import write_feedback_form
from trainercoach.reports.paper import paper_for
from trainercoach.services import Coach

FILTERS = {"A4": "PDF for A4 paper (*.pdf)", "Letter": "PDF for US Letter paper (*.pdf)"}


def default_paper() -> str:
    """Letter where the person's locale prints on it (the US, Canada, Mexico, the Philippines…), A4 everywhere
    else. Qt's measurement system calls Canada and Mexico metric, so the country decides (reports/paper.py)."""
    return paper_for(QLocale().name())


def save_feedback_form(coach: Coach, delivery_id: int, parent: QWidget | None = None) -> Path | None:
    """Ask where (and on which paper), write the PDF, open it. None when the person cancels or it fails."""
    try:
        code = coach.deliveries.get(delivery_id).code
    except TrainerCoachError as error:
        show_error(parent, error, "Form not saved")
        return None
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    suggested = str(Path(folder) / f"feedback-form-{code}.pdf")
    paper = default_paper()
    path, chosen = QFileDialog.getSaveFileName(parent, "Save the printable feedback form", suggested,
                                               ";;".join(FILTERS.values()), FILTERS[paper])
    if not path:
        return None
    page_size = next((size for size, label in FILTERS.items() if label == chosen), paper)
    if not re.search(r"\.pdf$", path, re.IGNORECASE):
        path += ".pdf"
    try:
        written = write_feedback_form(coach.reports.feedback_form(delivery_id), path, page_size=page_size)
    except TrainerCoachError as error:
        show_error(parent, error, "Form not saved")
        return None
    except OSError as error:
        show_error(parent, TrainerCoachError(f"The form could not be written to {path}: {error.strerror or error}."),
                   "Form not saved")
        return None
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
    return written
