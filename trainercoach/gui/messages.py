"""Telling a person what went wrong, in their words, the same way everywhere in the app."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from trainercoach.errors import TrainerCoachError, ValidationError


def explain(error: TrainerCoachError) -> str:
    if isinstance(error, ValidationError):
        return "\n".join(error.errors.values())
    return str(error)


def show_error(parent: QWidget | None, error: TrainerCoachError, title: str = "") -> None:
    """A refusal: the action changed nothing, and the person is told why."""
    QMessageBox.warning(parent, title or QCoreApplication.translate("Messages", "Not saved"), explain(error))
