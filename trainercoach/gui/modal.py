"""Running a modal dialog so that it is freed afterwards."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def run_dialog(dialog: QDialog) -> int:
    """``dialog.exec()``, then let Qt delete the dialog once the caller is done with it.

    A dialog made with a parent belongs to that parent in C++: dropping the Python name does not free it, so every
    candidate or session opened stayed alive until the window closed (about 6 MB for a candidate with its charts;
    the soak probe of issue 22 grew by 26 MB a round). ``deleteLater`` waits until control is back in the event
    loop the caller runs in, so the caller may still read the dialog's fields after this returns.
    """
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
