"""Two people saved the same candidate or session: the second is shown what the first changed, and chooses.

The operation wrapper (operations.run_op with ``retry``) asks here when a save meets someone else's change.
Nothing is overwritten unless the person asks for it: "Keep editing" is the default and leaves the form as
typed; "Use theirs" loads the saved version into the form; "Save mine over theirs" saves the form against
the version now in the database.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from trainercoach.errors import Conflict
from trainercoach.gui.modal import run_dialog

MINE, THEIRS, EDIT = "mine", "theirs", "edit"


def field_label(key: str, labels: dict[str, str]) -> str:
    """A field's name as the form shows it; ``trait:knowledge`` and the like fall back to their last part."""
    if key in labels:
        return labels[key]
    return key.split(":", 1)[-1].replace("_", " ")


def _value(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, list | tuple | set):
        return ", ".join(_value(v) for v in value) or "—"
    return str(value)


def differences_html(error: Conflict, labels: dict[str, str]) -> str:
    """The fields that differ, yours beside theirs; every value escaped (names may hold < and &)."""
    if not error.what_changed:
        nothing = QCoreApplication.translate(
            "ConflictDialog", "Nothing you typed differs from their version; it was moved or archived.")
        return f"<p>{escape(nothing)}</p>"
    field = escape(QCoreApplication.translate("ConflictDialog", "Field"))
    yours_heading = escape(QCoreApplication.translate("ConflictDialog", "Yours"))
    theirs_heading = escape(QCoreApplication.translate("ConflictDialog", "Theirs (saved)"))
    rows = "".join(
        f"<tr><td><b>{escape(field_label(key, labels))}</b></td><td>{escape(_value(yours))}</td>"
        f"<td>{escape(_value(theirs))}</td></tr>"
        for key, (yours, theirs) in error.what_changed.items()
    )
    return (f"<table cellspacing='6'><tr><th align='left'>{field}</th><th align='left'>{yours_heading}</th>"
            f"<th align='left'>{theirs_heading}</th></tr>{rows}</table>")


def ask(parent: QWidget | None, error: Conflict, labels: dict[str, str] | None = None) -> str:
    """MINE, THEIRS or EDIT: what the person chose to do about someone else's change."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ConflictDialog", "Changed by someone else"))
    box.setText(QCoreApplication.translate(
        "ConflictDialog", "Someone else saved this after you opened it. Here is what differs:"))
    box.setInformativeText(differences_html(error, labels or {}))
    role = QMessageBox.ButtonRole
    mine = box.addButton(QCoreApplication.translate("ConflictDialog", "Save mine over theirs"), role.DestructiveRole)
    theirs = box.addButton(QCoreApplication.translate("ConflictDialog", "Use theirs"), role.AcceptRole)
    edit = box.addButton(QCoreApplication.translate("ConflictDialog", "Keep editing"), role.RejectRole)
    box.setDefaultButton(edit)
    box.setEscapeButton(edit)
    run_dialog(box)
    clicked = box.clickedButton()
    return MINE if clicked is mine else THEIRS if clicked is theirs else EDIT
