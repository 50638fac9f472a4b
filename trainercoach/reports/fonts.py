"""Fonts for every PDF the app writes, so Latin, Greek and Chinese text print on any machine.

Why runs of text and not one family: reportlab has no glyph fallback (a character missing from the font prints
as a box) and embeds TrueType outlines only. No permissive TrueType font we can ship covers all three scripts:
DejaVu Sans (shipped by matplotlib, so present wherever the app runs) has Latin, Greek and Cyrillic but no
Chinese, and the Droid Sans Fallback we ship has Chinese, Japanese and Korean but no Latin or Greek at all.
So each piece of text is split into runs, and each run is set in the first font whose character map holds its
characters — DejaVu first, because its Latin and Greek are the better drawn. The choice is made from the fonts'
own character maps rather than from Unicode ranges, so it stays right for every character either font has.

Use :func:`markup` for Paragraph text (it also escapes, so what a person typed prints literally) and
:func:`draw_string` / :func:`string_width` on a canvas.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import matplotlib
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from trainercoach import paths

SANS = "TrainerCoachSans"
SANS_BOLD = "TrainerCoachSans-Bold"
CJK = "TrainerCoachCJK"


def _dejavu(file_name: str) -> Path:
    # matplotlib's own copy, not the system's: it is there on every machine the app is installed on.
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / file_name


@cache
def register() -> tuple[str, str, str]:
    """Register the fonts with reportlab once per process; returns (regular, bold, CJK) font names."""
    pdfmetrics.registerFont(TTFont(SANS, str(_dejavu("DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(SANS_BOLD, str(_dejavu("DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(CJK, str(paths.CJK_FONT)))
    # <b> inside Paragraph markup then picks the bold face; there is no italic face, so italic maps to regular.
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
    return SANS, SANS_BOLD, CJK


@cache
def _glyphs(font_name: str) -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def font_for(char: str, bold: bool = False) -> str:
    """The font that can draw ``char``: the Latin/Greek font when it has it, else the CJK font when it has it,
    else the Latin/Greek font (which then shows its 'missing' glyph: nothing we ship has the character)."""
    main = SANS_BOLD if bold else SANS
    code = ord(char)
    if code in _glyphs(main) or code not in _glyphs(CJK):
        return main
    return CJK


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` cut into (font name, text) runs. Spaces and other characters both fonts have stay in the run
    they are in, so a Chinese sentence with spaces or digits is not cut into many small runs."""
    result: list[tuple[str, str]] = []
    for char in text:
        font = font_for(char, bold)
        if result:
            current, chunk = result[-1]
            if font == current or ord(char) in _glyphs(current):
                result[-1] = (current, chunk + char)
                continue
        result.append((font, char))
    return result


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for text a person typed: escaped (``<b>``, ``&`` and ``<font size=40>`` print as typed)
    and with each run in the font that has its characters. Line breaks are kept."""
    register()
    lines = []
    for line in text.split("\n"):
        parts = []
        for font, chunk in runs(line, bold):
            body = escape(chunk)
            parts.append(body if font in (SANS, SANS_BOLD) else f'<font name="{font}">{body}</font>')
        lines.append("".join(parts))
    joined = "<br/>".join(lines)
    return f"<b>{joined}</b>" if bold else joined


def string_width(text: str, size: float, bold: bool = False) -> float:
    return sum(pdfmetrics.stringWidth(chunk, font, size) for font, chunk in runs(text, bold))


def draw_string(canvas: Canvas, x: float, y: float, text: str, size: float, bold: bool = False,
                align: str = "left") -> float:
    """Draw one line of text on a canvas, run by run; returns its width. ``align`` is left, centre or right."""
    width = string_width(text, size, bold)
    if align == "centre":
        x -= width / 2
    elif align == "right":
        x -= width
    for font, chunk in runs(text, bold):
        canvas.setFont(font, size)
        canvas.drawString(x, y, chunk)
        x += pdfmetrics.stringWidth(chunk, font, size)
    return width


def fit(text: str, size: float, width: float, bold: bool = False) -> str:
    """``text`` cut to ``width`` with an ellipsis, for one-line places such as page headers."""
    if string_width(text, size, bold) <= width:
        return text
    while text and string_width(text + "…", size, bold) > width:
        text = text[:-1]
    return text + "…"
