"""Fonts for windows in every script our users write in, on any machine, even one with no fonts of its own.

The app registers the fonts it ships (resources/fonts) with Qt's font database: DejaVu Sans (regular and bold),
the Droid Sans Fallback CJK font and Symbola for emoji. The windows' font is then a real sans-serif with a bold
face: the system's UI font (Segoe UI, SF, Cantarell, Noto Sans, DejaVu Sans…) when it draws Latin and Greek and has
a bold face, else the shipped DejaVu Sans; Chinese falls back to the shipped CJK font, emoji to Symbola.

Why not just ask for "Sans Serif": that is a name no font has. On a machine whose only fonts are the app's own,
fontconfig then hands Qt whichever registered font covers Latin first — Symbola, a serif symbol font with no bold,
so the whole window was drawn in it and headings set to bold were not. Checking the family Qt really resolves
(QFontInfo), its writing systems and its bold face avoids that on every platform.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from trainercoach import paths

_registered: dict[str, list[str]] = {}  # font file name -> the families it brought


def register_fonts() -> list[str]:
    """Register the shipped fonts once; returns the fallback families (CJK, then symbols) to put after the UI
    font. The shipped sans is registered too (see ui_family)."""
    if not _registered:
        for font_file in (*paths.SANS_FONTS, paths.CJK_FONT, paths.SYMBOL_FONT):
            font_id = QFontDatabase.addApplicationFont(str(font_file))
            _registered[font_file.name] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    fallbacks = _registered[paths.CJK_FONT.name] + _registered[paths.SYMBOL_FONT.name]
    return list(dict.fromkeys(fallbacks))


def _has_bold(family: str) -> bool:
    return any(QFontDatabase.weight(family, style) >= QFont.Weight.DemiBold for style in QFontDatabase.styles(family))


def usable_ui_family(family: str) -> bool:
    """A family the windows can be drawn in: it draws Latin and Greek, has a bold face, and is not one of the
    fallback fonts the app ships for Chinese and emoji."""
    if not family or family in register_fonts():
        return False
    systems = QFontDatabase.writingSystems(family)
    return QFontDatabase.WritingSystem.Latin in systems and QFontDatabase.WritingSystem.Greek in systems \
        and _has_bold(family)


def shipped_sans() -> str:
    """The family of the shipped DejaVu Sans (as Qt names it)."""
    register_fonts()
    families = _registered.get(paths.SANS_FONTS[0].name) or ["DejaVu Sans"]
    return families[0]


def ui_family(system: QFont | None = None) -> str:
    """The windows' family: the system's UI font as Qt really resolves it, if usable, else the shipped sans."""
    register_fonts()
    font = system if system is not None else QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    for family in (QFontInfo(font).family(), font.family()):
        if usable_ui_family(family):
            return family
    return shipped_sans()


def apply_app_font(app: QApplication) -> None:
    """The application font: the UI family at the system's size, the shipped CJK and symbol fonts after it."""
    fallbacks = register_fonts()
    font = QFont(app.font())
    font.setFamilies([ui_family(font), *fallbacks])
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)
