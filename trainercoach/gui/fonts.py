"""Fonts for windows in every script our users write in.

Greek comes with the system's sans-serif (DejaVu Sans on Linux, Segoe UI on Windows, SF on macOS); for Chinese
the app registers the CJK font it ships (resources/fonts), so a machine without CJK fonts shows no boxes.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from trainercoach import paths

_registered: list[str] = []


def register_fonts() -> list[str]:
    if not _registered:
        for font_file in (paths.CJK_FONT, paths.SYMBOL_FONT):
            font_id = QFontDatabase.addApplicationFont(str(font_file))
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_registered)


def apply_app_font(app: QApplication) -> None:
    families = register_fonts()
    font = app.font()
    font.setFamilies([font.family(), *families])
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)
