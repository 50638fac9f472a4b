"""The user guide (Help ▸ User guide): how the figures are computed and how feedback is collected, in the
interface's language.

The guide is three HTML files in resources/help/, one per language, written as prose rather than through the .ts
files: a page of explanation translated message by message would read as a list. Sections carry anchors, so a
figure can send a person to the one that explains it (``HELP_ANCHOR`` on the widget, F1 with the pointer on it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from trainercoach import i18n, paths
from trainercoach.gui.widgets.figure_tips import ANCHORS, HELP_ANCHOR

__all__ = ["ANCHORS", "HELP_ANCHOR", "HelpDialog", "guide_file"]


def guide_file(lang: str | None = None) -> Path:
    """The guide in ``lang`` (the interface's language by default); English when there is none in it."""
    lang = i18n.normalise(lang or i18n.language())
    path = paths.resource("help", f"help_{lang}.html")
    return Path(str(path)) if path.is_file() else Path(str(paths.resource("help", "help_en.html")))


class HelpDialog(QDialog):
    """A browser over the guide; links inside it move within it, links out open the web browser."""

    def __init__(self, anchor: str = "", parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.setObjectName("helpDialog")
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.path = guide_file(lang)
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 640)
        self.anchor = anchor
        self.show_section(anchor)

    def show_section(self, anchor: str) -> None:
        """Scroll to a section (the top when ``anchor`` is empty or unknown); before the dialog is first shown
        the page has no layout to scroll, so it is done again when it is."""
        self.anchor = anchor
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        super().showEvent(event)
        QTimer.singleShot(0, lambda: self.show_section(self.anchor))
