"""Fonts for every PDF the app writes, so Latin, Greek and Chinese text print on any machine.

Emoji and symbols come from the shipped Symbola (monochrome TrueType outlines, free for any use).

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

import re
import unicodedata
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import matplotlib
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from trainercoach import paths

SANS = "TrainerCoachSans"
SANS_BOLD = "TrainerCoachSans-Bold"
CJK = "TrainerCoachCJK"
SYMBOLS = "TrainerCoachSymbols"


def _dejavu(file_name: str) -> Path:
    # matplotlib's own copy, not the system's: it is there on every machine the app is installed on.
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / file_name


_reportlab_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF written as UTF-16 surrogate pairs.

    reportlab 5.1 writes such a character (an emoji, a rare Chinese character) as five hex digits, which the
    PDF specification does not allow: the glyph prints, but copying the text out of the PDF loses it. The map is
    otherwise reportlab's own."""
    cmap: str = _reportlab_cmap(fontname, subset)
    for code in subset:
        if code > 0xFFFF:
            cmap = cmap.replace(f"> <{code:04X}>", f"> <{chr(code).encode('utf-16-be').hex().upper()}>")
    return cmap


@cache
def register() -> tuple[str, str, str]:
    """Register the fonts with reportlab once per process; returns (regular, bold, CJK) font names."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    pdfmetrics.registerFont(TTFont(SANS, str(_dejavu("DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(SANS_BOLD, str(_dejavu("DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFont(TTFont(CJK, str(paths.CJK_FONT)))
    pdfmetrics.registerFont(TTFont(SYMBOLS, str(paths.SYMBOL_FONT)))
    # <b> inside Paragraph markup then picks the bold face; there is no italic face, so italic maps to regular.
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
    pdfmetrics.registerFontFamily(SYMBOLS, normal=SYMBOLS, bold=SYMBOLS, italic=SYMBOLS, boldItalic=SYMBOLS)
    return SANS, SANS_BOLD, CJK


@cache
def _glyphs(font_name: str) -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


def font_for(char: str, bold: bool = False) -> str:
    """The font that can draw ``char``: the Latin/Greek font when it has it, else the CJK font, else the
    symbol font (emoji, arrows, dingbats), else the Latin/Greek font (which then shows its 'missing' glyph:
    nothing we ship has the character)."""
    main = SANS_BOLD if bold else SANS
    code = ord(char)
    for font in (main, CJK, SYMBOLS):
        if code in _glyphs(font):
            return font
    return main


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


def printable(text: str) -> str:
    """``text`` with each character that no shipped font can draw named in words ("[U+E000]") instead of
    printed as an empty box. Emoji print as themselves, in the shipped monochrome symbol font (the colour emoji
    fonts systems carry are bitmaps reportlab cannot embed). Joiners, variation selectors and skin tone
    modifiers, which only shape an emoji in colour fonts, are dropped."""
    register()
    out = []
    for char in text:
        code = ord(char)
        if code in _glyphs(SANS) or code in _glyphs(CJK) or code in _glyphs(SYMBOLS) or char in "\n\t":
            out.append(char)
        elif unicodedata.category(char) in ("Mn", "Me", "Cf") or 0xFE00 <= code <= 0xFE0F \
                or 0x1F3FB <= code <= 0x1F3FF:
            continue
        else:
            out.append(f"[{unicodedata.name(char, f'U+{code:04X}').lower()}]")
    return "".join(out)


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


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """Text for one line on a canvas: tabs, line breaks and other control characters become spaces."""
    return _CONTROL.sub(" ", text)


def string_width(text: str, size: float, bold: bool = False) -> float:
    width: float = sum(pdfmetrics.stringWidth(chunk, font, size) for font, chunk in runs(text, bold))
    return width


def draw_string(canvas: Canvas, x: float, y: float, text: str, size: float, bold: bool = False,
                align: str = "left") -> float:
    """Draw one line of text on a canvas, run by run; returns its width. ``align`` is left, centre or right.
    A tab or another control character (no glyph: a box in print) is drawn as a space."""
    text = one_line(text)
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
    text = one_line(text)
    if string_width(text, size, bold) <= width:
        return text
    while text and string_width(text + "…", size, bold) > width:
        text = text[:-1]
    return text + "…"
