"""The user guide (Help ▸ User guide): how the figures are computed and how feedback is collected, in the
interface's language.

The guide is three HTML files in resources/help/, one per language, written as prose rather than through the .ts
files: a page of explanation translated message by message would read as a list. Sections carry anchors, so a
figure can send a person to the one that explains it (``HELP_ANCHOR`` on the widget, F1 with the pointer on it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from trainercoach import i18n, paths
from trainercoach.gui.widgets.figure_tips import ANCHORS, HELP_ANCHOR

if TYPE_CHECKING:
    from trainercoach.db import Database

__all__ = ["ANCHORS", "HELP_ANCHOR", "HelpDialog", "about_html", "anchor_near_pointer", "guide_file"]


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


def anchor_near_pointer() -> str:
    """The guide's section for the figure under the pointer or, failing that, the one with the focus (F1 on a
    figure answers "how is this computed?"); "" when neither names one."""
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QApplication

    for widget in (QApplication.widgetAt(QCursor.pos()), QApplication.focusWidget()):
        while widget is not None and not widget.property(HELP_ANCHOR):
            widget = widget.parentWidget()
        if widget is not None:
            return str(widget.property(HELP_ANCHOR))
    return ""


def about_html(db: Database | None, database_label: str) -> str:
    """The About box: what this is, and the versions a bug report needs (the app, Qt, PySide, Python, the
    database software and the schema). In the main window's words, where the box has always been."""
    import platform
    from html import escape

    import PySide6
    from PySide6.QtCore import QCoreApplication, qVersion

    from trainercoach import __version__
    from trainercoach.db.migrate import head_revision

    database = db.server_version() if db is not None else QCoreApplication.translate("MainWindow", "not open yet")
    versions = QCoreApplication.translate(
        "MainWindow", "Qt {qt} (PySide6 {pyside}), Python {python}, {database}, schema {schema}").format(
        qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version(), database=database,
        schema=head_revision())
    return QCoreApplication.translate(
        "MainWindow", "<h3>Trainer Coach {version}</h3><p>Grow your own trainers: candidates, the g2g pipeline, "
        "observations, feedback and certification.</p><p>Database: {db}</p>").format(
                  version=__version__, db=database_label) + f"<p>{escape(versions)}</p>"
