"""What every report shares: paper, styles, the running header and "page x of y" footer, tables, charts as
vector drawings, and the safe write (temporary file, then rename).

Charts: the figure builders of "Session effectiveness" are saved as SVG and turned into a reportlab Drawing
with svglib, so a chart goes into the PDF as vector paths, sharp at any zoom and on paper. Why this way and not
the alternatives:

- matplotlib's PDF backend plus pdfrw/pypdf to place its page as a form XObject: saving a PDF makes matplotlib
  subset the 4 MB CJK font for every chart (slow: seconds per chart), pdfrw is no longer maintained, and pypdf
  cannot hand reportlab a flowable, so the charts would have to be stamped on in a second pass.
- a PNG: blurry when printed or zoomed, which the issue rules out.
The charts' SVG carries its text as glyph outlines (``svg.fonttype = "path"`` in charts/style.py), so Greek and
Chinese in a chart print exactly as on screen without svglib having to find any font; the document's own text
(names, figures) stays real, extractable text in the embedded fonts.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from svglib.svglib import svg2rlg

from trainercoach import crashpoints, i18n
from trainercoach.analytics.stats import Estimate
from trainercoach.errors import ValidationError
from trainercoach.files import commit_file, part_prefix
from trainercoach.i18n import _
from trainercoach.reports import fonts

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
MARGIN: float = 18 * mm
HEADER_SPACE: float = 10 * mm  # between the page's top edge margin and the frame: the running header sits there

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#c9d2dc")
HEAD_FILL = colors.HexColor("#e9eef4")
ZEBRA = colors.HexColor("#f7f9fb")
GOOD = colors.HexColor("#1b7a43")
BAD = colors.HexColor("#b42318")
WARN = colors.HexColor("#b54708")

_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def check_page_size(page_size: str) -> tuple[float, float]:
    if page_size not in PAGE_SIZES:
        raise ValidationError({"page_size": _("Choose A4 or Letter paper.")})
    return PAGE_SIZES[page_size]


def _style(name: str, size: float, *, leading: float | None = None, colour: colors.Color = INK,
           before: float = 0, after: float = 0, align: int = 0, bold: bool = False) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=fonts.SANS_BOLD if bold else fonts.SANS, fontSize=size,
                          leading=leading or size * 1.3, textColor=colour, spaceBefore=before, spaceAfter=after,
                          alignment=align)


class Styles:
    """The one type scale every report uses, so the three documents look like one family."""

    def __init__(self) -> None:
        fonts.register()
        self.title = _style("title", 22, leading=27, colour=ACCENT, bold=True, after=1 * mm)
        self.subtitle = _style("subtitle", 15, leading=19, bold=True, after=1.5 * mm)
        self.meta = _style("meta", 9.5, leading=13, colour=MUTED)
        self.h1 = _style("h1", 13, leading=16, colour=ACCENT, bold=True)
        self.h2 = _style("h2", 10.5, leading=13.5, bold=True, before=3 * mm, after=1.5 * mm)
        self.body = _style("body", 9.5, leading=13, after=1.5 * mm)
        self.note = _style("note", 8, leading=10.5, colour=MUTED, after=1 * mm)
        self.cell = _style("cell", 8.5, leading=10.8)
        self.cell_right = _style("cellRight", 8.5, leading=10.8, align=TA_RIGHT)
        self.cell_centre = _style("cellCentre", 8.5, leading=10.8, align=TA_CENTER)
        self.cell_muted = _style("cellMuted", 8, leading=10.2, colour=MUTED)
        self.head = _style("head", 8, leading=10, colour=ACCENT, bold=True)
        self.head_right = _style("headRight", 8, leading=10, colour=ACCENT, bold=True, align=TA_RIGHT)
        self.label = _style("label", 7.5, leading=9.5, colour=MUTED)
        self.value = _style("value", 10, leading=13)
        self.kpi = _style("kpi", 17, leading=21, colour=ACCENT, bold=True)
        self.quote = ParagraphStyle("quote", parent=self.body, fontSize=9, leading=12.5, leftIndent=3 * mm,
                                    rightIndent=3 * mm, backColor=ZEBRA, borderPadding=(1.5 * mm, 2 * mm),
                                    spaceBefore=2 * mm, spaceAfter=2 * mm)
        self.quote_source = _style("quoteSource", 7.5, leading=9.5, colour=MUTED)
        self.quote_source.leftIndent = 3 * mm


def para(text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    """Text as typed (escaped, set run by run in the font that has its characters). Chinese may break between
    any two characters, as it is written; a very long word is split rather than running off the page."""
    if _CJK.search(text):
        style = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
    return Paragraph(fonts.markup(fonts.printable(text), bold=bold), style)


def section(title: str, styles: Styles, intro: str = "", need: float = 40 * mm,
            keep: Sequence[Flowable] = ()) -> list[Flowable]:
    """A heading with a rule under it; it moves to the next page when less than ``need`` is left, rather than
    stand alone at a page's foot. ``keep``: what must stay on the heading's page (a signature block)."""
    heading = Table([[para(title, styles.h1)]], colWidths=["100%"])
    heading.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),  # a table's own default is Helvetica, which is not embedded
        ("LINEBELOW", (0, 0), (-1, -1), 0.8, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
    ]))
    parts: list[Flowable] = [Spacer(1, 5 * mm), heading, Spacer(1, 2.5 * mm)]
    if intro:
        parts.append(para(intro, styles.note))
    if keep:
        return [CondPageBreak(need), KeepTogether([*parts, *keep])]
    return [CondPageBreak(need), *parts]


def data_table(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float], styles: Styles, *,
               numeric: Sequence[int] = (), empty: str = "") -> Flowable:
    """A table that repeats its header on every page it runs onto and may split a tall row between pages.
    Cells are strings (printed as typed) or flowables; ``numeric`` columns are right-aligned."""
    if not rows:
        return para(empty or _("None yet."), styles.note)
    # A header word is never split between lines ("Trainee-s"): long words there are the table's own labels.
    head = [Paragraph(fonts.markup(h), ParagraphStyle(f"h{i}", parent=styles.head_right if i in numeric else
                                                      styles.head, splitLongWords=0))
            for i, h in enumerate(header)]
    body = [
        [cell if isinstance(cell, Flowable) else para(str(cell), styles.cell_right if i in numeric else styles.cell)
         for i, cell in enumerate(row)]
        for row in rows
    ]
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(2, len(body) + 1, 2)]
    table.setStyle(TableStyle(commands))
    return table


def facts(pairs: Sequence[tuple[str, str]], width: float, styles: Styles, columns: int = 3,
          shares: Sequence[float] | None = None) -> Table:
    """Label-over-value pairs in a grid, for a profile or a session's details."""
    widths = [width * share for share in shares] if shares else [width / columns] * columns
    rows: list[list[Any]] = []
    spans: list[int] = []
    row: list[Any] = []
    for label, value in pairs:
        value = value or "–"
        if not _fits(value, widths[len(row)] - FACT_GAP, styles.value) and \
                _fits(value, width - FACT_GAP, styles.value):
            # Too long for a column even set small (an e-mail address): a row of its own, across the table.
            if row:
                rows.append(row + [""] * (columns - len(row)))
                row = []
            spans.append(len(rows))
            rows.append([[para(label, styles.label), _whole(value, width - FACT_GAP, styles.value)]]
                        + [""] * (columns - 1))
            continue
        row.append([para(label, styles.label), _whole(value, widths[len(row)] - FACT_GAP, styles.value)])
        if len(row) == columns:
            rows.append(row)
            row = []
    if row:
        rows.append(row + [""] * (columns - len(row)))
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), FACT_GAP),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
        *[("SPAN", (0, r), (-1, r)) for r in spans],
    ]))
    return table


FACT_GAP = 4 * mm
SMALLEST = 6.5  # points: the least a value is shrunk to so that it stays whole


def _fits(value: str, width: float, style: ParagraphStyle) -> bool:
    """Whether a value prints whole in ``width``: it has spaces to break at, or fits when set small."""
    return " " in value.strip() or "\n" in value or fonts.string_width(value, SMALLEST) <= width


def _whole(value: str, width: float, style: ParagraphStyle) -> Paragraph:
    """A value with no space in it (an e-mail address, a web address, a long name) that does not fit its column
    is set smaller rather than broken in the middle of a word (which in a long Greek layout it was)."""
    if " " in value.strip() or "\n" in value:
        return para(value, style)
    natural = fonts.string_width(value, style.fontSize)
    if natural <= width:
        return para(value, style)
    size = max(SMALLEST, style.fontSize * width / natural * 0.98)
    return para(value, ParagraphStyle(f"{style.name}-whole", parent=style, fontSize=size, leading=size * 1.3))


def kpis(pairs: Sequence[tuple[str, str, str]], width: float, styles: Styles) -> Table:
    """Headline figures in boxes: (label, figure, what it rests on: its n and interval)."""
    cells = [[para(figure, styles.kpi), para(label, styles.cell), para(basis, styles.cell_muted)]
             for label, figure, basis in pairs]
    table = Table([cells], colWidths=[width / len(cells)] * len(cells), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
    ]))
    return table


CHART_ASPECT = 4.5 / 8  # height over width, when the report gives no height


def chart(fig: Figure, width: float, max_height: float | None = None) -> Drawing:
    """A chart as vector graphics, ``width`` wide and ``max_height`` high.

    The figure is laid out at the size it prints at (points are inches / 72), so its text prints at the sizes
    the chart asks for (8 pt and more) rather than scaled down with the whole figure to 5 pt."""
    fig.set_size_inches(width / 72, (max_height or width * CHART_ASPECT) / 72)
    # Laid out once at this size before it is saved: a title wrapped to fit the column when first drawn only
    # gets its room from the layout on the next draw (else a two-line subtitle runs into the title above it).
    fig.draw_without_rendering()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg")
    buffer.seek(0)
    drawing = svg2rlg(buffer)
    if drawing is None:  # pragma: no cover - only for an SVG svglib cannot read
        raise ValueError("The chart could not be converted for the PDF.")
    factor = width / drawing.width
    if max_height is not None:
        factor = min(factor, max_height / drawing.height)
    drawing.scale(factor, factor)
    drawing.width, drawing.height = drawing.width * factor, drawing.height * factor
    drawing.hAlign = "CENTER"
    # The renderer starts each drawing in Helvetica unless told otherwise, and a font named is a font the PDF
    # lists: ours, which is embedded anyway (the chart's text itself is outlines).
    drawing.initialFontName = fonts.SANS
    return drawing


def figure(fig: Figure, caption: str, width: float, styles: Styles, max_height: float | None = None) -> Flowable:
    """A chart with its caption, kept on one page. A chart that says "Not enough data" gets no caption: the
    caption would describe bars and lines that are not there."""
    if not getattr(fig, "enough_data", True):
        return KeepTogether([chart(fig, width, min(max_height or 50 * mm, 50 * mm)), Spacer(1, 3 * mm)])
    return KeepTogether([chart(fig, width, max_height), para(caption, styles.note), Spacer(1, 3 * mm)])


def signature_lines(roles: Sequence[tuple[str, str]], width: float, styles: Styles) -> Flowable:
    """A line to sign on and a line for the date, per (role, name)."""
    gap = 10 * mm
    column = (width - gap * (len(roles) - 1)) / len(roles)
    cells: list[list[Flowable] | str] = []
    widths: list[float] = []
    for position, (role, name) in enumerate(roles):
        cells.append([Spacer(1, 14 * mm), para(f"{role}: {name}" if name else role, styles.cell),
                      Spacer(1, 10 * mm), para(_("Date"), styles.cell_muted)])
        widths.append(column)
        if position < len(roles) - 1:
            cells.append("")
            widths.append(gap)
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    table.setStyle(TableStyle(commands))

    class Lines(Flowable):
        """The table, with the rules drawn where the signature and the date go."""

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            size: tuple[float, float] = table.wrap(avail_width, avail_height)
            self.size = size
            return size

        def draw(self) -> None:
            table.drawOn(self.canv, 0, 0)
            self.canv.setStrokeColor(INK)
            self.canv.setLineWidth(0.6)
            x = 0.0
            for _role in roles:
                for y in (self.size[1] - 14 * mm + 1 * mm, self.size[1] - 14 * mm - 10 * mm - 3.5 * mm):
                    self.canv.line(x, y, x + column, y)
                x += column + gap

    return KeepTogether([Lines()])


# -- figures with their n ----------------------------------------------------------------------------------

def num(value: float | None, digits: int = 2) -> str:
    return i18n.decimal(value, digits)


def estimate_text(value: Estimate, digits: int = 2, *, unit: str = "", interval: bool = False) -> str:
    """A mean as a person should read it: with its n always, and its 95% interval when n is small (or always,
    with ``interval``: a before-and-after a decision rests on)."""
    if value.mean is None or value.n == 0:
        return _("– (no {unit})", unit=unit or _("answers"))
    text = f"{i18n.decimal(value.mean, digits)} (n={value.n}"
    if (interval or value.small) and value.low is not None and value.high is not None:
        text += _("; 95% CI {low}–{high}", low=i18n.decimal(value.low, digits), high=i18n.decimal(value.high, digits))
    return text + ")"


def basis(value: Estimate, unit: str = "") -> str:
    """What a headline figure rests on: its n, and its interval when n is small."""
    unit = unit or _("answers")
    if not value.n:
        return _("no {unit} yet", unit=unit)
    text = _("n = {n} {unit}", n=value.n, unit=unit)
    if value.small and value.low is not None and value.high is not None:
        text += _("; 95% CI {low}–{high}", low=i18n.decimal(value.low), high=i18n.decimal(value.high))
    return text


def cols(width: float, shares: Sequence[float]) -> list[float]:
    """Column widths as shares of the text width, so A4 and Letter keep the same proportions."""
    return [width * share for share in shares]


def percent(part: int, whole: int) -> str:
    return "–" if not whole else _("{share} ({part} of {whole})", share=f"{part / whole:.0%}", part=part,
                                   whole=whole)


# -- the document --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DocumentInfo:
    title: str  # the PDF's title
    subject: str  # the PDF's subject, and the running header's left side
    author: str  # the person who exported it (the Coach's actor)
    running: str  # the running header's right side, e.g. the candidate's name
    generated: datetime


def _numbered_canvas(info: DocumentInfo, page_size: tuple[float, float]) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so each footer can say "page x of y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = page_size
            self.saveState()
            self.setFillColor(MUTED)
            top = height - MARGIN + 2 * mm
            fonts.draw_string(self, MARGIN, top, fonts.fit(info.subject, 8, width / 2 - MARGIN), 8, bold=True)
            fonts.draw_string(self, width - MARGIN, top, fonts.fit(info.running, 8, width / 2 - MARGIN), 8,
                              align="right")
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
            self.line(MARGIN, MARGIN - 4 * mm, width - MARGIN, MARGIN - 4 * mm)
            bottom = MARGIN - 8 * mm
            stamp = _("Generated {date} by {author} · Trainer Coach", date=f"{info.generated:%Y-%m-%d %H:%M}",
                      author=info.author)
            fonts.draw_string(self, MARGIN, bottom, fonts.fit(stamp, 7.5, width * 0.6), 7.5)
            fonts.draw_string(self, width - MARGIN, bottom, _("page {page} of {total}", page=self._pageNumber,
                                                              total=total), 7.5, align="right")
            self.restoreState()

    return NumberedCanvas


def frame_width(page_size: str) -> float:
    return check_page_size(page_size)[0] - 2 * MARGIN


def write_pdf(out_path: str | os.PathLike[str], story: list[Flowable], info: DocumentInfo,
              page_size: str = "A4") -> Path:
    """Build the PDF under a temporary name beside the target and rename it at the end, so a failure (or a
    reader holding the old file) never leaves a half-written PDF under the final name."""
    size = check_page_size(page_size)
    fonts.register()
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=part_prefix(out), suffix=".part", dir=out.parent)
    os.close(handle)
    try:
        # Every font the file names is ours and embedded, the canvas's first font too: a PDF naming a font it
        # does not embed depends on the reader's fonts.
        doc = BaseDocTemplate(temporary, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                              topMargin=MARGIN + HEADER_SPACE, bottomMargin=MARGIN, title=info.title,
                              author=info.author, subject=info.subject, creator="Trainer Coach",
                              initialFontName=fonts.SANS)
        frame = Frame(MARGIN, MARGIN, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN - HEADER_SPACE, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", frames=[frame])])
        doc.build(story, canvasmaker=_numbered_canvas(info, size))
        crashpoints.reached("pdf")
        commit_file(Path(temporary), out)  # fsync, rename, fsync the folder
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return out
