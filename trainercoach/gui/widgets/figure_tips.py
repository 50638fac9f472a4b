"""The tooltip of a figure: how it was computed and from how many answers, and the user guide's section that
explains it (issue 18, point 10).

A tooltip cannot be clicked, so the section is named on the widget (the ``helpAnchor`` property) and reached with
F1 while the pointer is on the figure (MainWindow.user_guide), or from a chart's context menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

HELP_ANCHOR = "helpAnchor"  # the dynamic property naming the guide's section that explains a figure
# The sections of resources/help/help_*.html a figure may point to (tests/gui/test_help.py checks all three files).
ANCHORS = ("composite", "readiness", "intervals", "thin", "counts", "kiosk", "paper")


def how_computed() -> str:
    return QCoreApplication.translate("FigureTips", "How is this computed? Press F1 with the pointer here for the "
                                                    "user guide.")


def figure_tip(widget: QWidget, text: str, anchor: str) -> None:
    """Give ``widget`` (a label, tile, table or chart) the tooltip ``text`` and the guide's section ``anchor``."""
    assert anchor in ANCHORS, anchor
    widget.setProperty(HELP_ANCHOR, anchor)
    tip = f"{text}\n{how_computed()}"
    set_note = getattr(widget, "set_note", None)  # a ChartView: shown wherever the pointer is not on a value
    if set_note is not None:
        set_note(tip)
    else:
        widget.setToolTip(tip)
