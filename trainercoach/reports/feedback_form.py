"""The printable paper feedback form for one session.

Trainees fill it in anonymously; the trainer types the pile in later (the fast entry dialog), so the form
carries the session's code big enough to read across a table: a stray page still finds its session.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from trainercoach import crashpoints, i18n
from trainercoach.errors import ValidationError
from trainercoach.files import commit_file, part_prefix
from trainercoach.i18n import _
from trainercoach.reports import fonts

if TYPE_CHECKING:
    from trainercoach.records.feedback import FeedbackItemRecord
    from trainercoach.records.reports import FeedbackFormSnapshot

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN = 16 * mm
BOX = 7 * mm
PITCH = 10 * mm
INK = colors.HexColor("#111827")
MUTED = colors.HexColor("#4b5563")
LINE = colors.HexColor("#9ca3af")
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def _style(name: str, size: float, *, leading: float | None = None, colour: colors.Color = INK,
           space_after: float = 0) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=fonts.SANS, fontSize=size, leading=leading or size * 1.25,
                          textColor=colour, spaceAfter=space_after)


def _para(text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    """A paragraph of text as typed; Chinese text may break between any two characters, as it is written."""
    if _CJK.search(text):
        style = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
    return Paragraph(fonts.markup(text, bold=bold), style)


class ScaleBoxes(Flowable):
    """One question: its text, then a tick box per answer with the number above it. Likert questions sit on
    one line with their boxes at the right; the 0-10 scale needs the whole width, so its boxes go below."""

    def __init__(self, item: FeedbackItemRecord, number: int) -> None:
        super().__init__()
        self.item = item
        self.low, self.high = item.range
        self.question = _para(f"{number}. {item.label}", _style("question", 10.5, leading=13))
        self.boxes_width = (self.high - self.low + 1) * PITCH
        self.stacked = item.kind == "recommend"
        self.anchor_height = 4 * mm if self.stacked else 0
        self.boxes_height = 4 * mm + BOX + self.anchor_height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail_width = avail_width
        text_width = avail_width if self.stacked else avail_width - self.boxes_width - 6 * mm
        _, self.question_height = self.question.wrap(text_width, avail_height)
        if self.stacked:
            self.height = self.question_height + 2 * mm + self.boxes_height + 3 * mm
        else:
            self.height = max(self.question_height + 3 * mm, self.boxes_height) + 3 * mm
        return avail_width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        if self.stacked:
            self.question.drawOn(canvas, 0, self.height - self.question_height)
            left, top = 0.0, self.height - self.question_height - 2 * mm
        else:
            # A one-line question sits level with its boxes; a longer one starts at their top.
            middle = self.height - 4 * mm - BOX / 2
            y = min(middle - self.question_height / 2, self.height - 3 * mm - self.question_height)
            self.question.drawOn(canvas, 0, y)
            left, top = self.avail_width - self.boxes_width, self.height
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        for position, value in enumerate(range(self.low, self.high + 1)):
            x = left + position * PITCH + (PITCH - BOX) / 2
            canvas.setFillColor(MUTED)
            fonts.draw_string(canvas, x + BOX / 2, top - 3.2 * mm, str(value), 8, align="centre")
            canvas.rect(x, top - 4 * mm - BOX, BOX, BOX, stroke=1, fill=0)
        if self.stacked:
            canvas.setFillColor(MUTED)
            y = top - 4 * mm - BOX - 3.2 * mm
            fonts.draw_string(canvas, left + (PITCH - BOX) / 2, y, "not at all likely", 7)
            fonts.draw_string(canvas, left + self.boxes_width - (PITCH - BOX) / 2, y, "extremely likely", 7,
                              align="right")


class CommentArea(Flowable):
    """The comment question and a ruled box taking what is left of the page (at least ``minimum`` high).
    One flowable, so the question never stands at the foot of a page with its box on the next."""

    def __init__(self, question: str, minimum: float = 40 * mm, maximum: float = 95 * mm) -> None:
        super().__init__()
        self.question = _para(question, _style("question", 10.5, leading=13))
        self.minimum, self.maximum = minimum, maximum

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        _, self.question_height = self.question.wrap(avail_width, avail_height)
        head = 4 * mm + self.question_height + 2 * mm
        self.box_height = max(self.minimum, min(avail_height - head - 1 * mm, self.maximum))
        self.height = head + self.box_height
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        self.question.drawOn(canvas, 0, self.box_height + 2 * mm)
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.6)
        canvas.roundRect(0, 0, self.width, self.box_height, 2 * mm, stroke=1, fill=0)
        canvas.setLineWidth(0.3)
        y = self.box_height - 9 * mm
        while y > 4 * mm:
            canvas.line(4 * mm, y, self.width - 4 * mm, y)
            y -= 8 * mm


def build_story(snapshot: FeedbackFormSnapshot, width: float) -> tuple[list[Flowable], str]:
    """Lays the snapshot out; it reads nothing."""
    detail, items = snapshot.detail, snapshot.items
    starts = detail.form.starts_at.strftime("%Y-%m-%d %H:%M") if detail.form.starts_at else ""
    code_width = 52 * mm
    heading = [
        _para(_("Session feedback"), _style("title", 18, leading=22, space_after=2 * mm), bold=True),
        _para(detail.form.topic, _style("topic", 13, leading=16.5, space_after=1.5 * mm), bold=True),
        _para(_("{starts}  ·  Trainer: {trainer}", starts=starts, trainer=detail.candidate_name),
              _style("meta", 10, colour=MUTED)),
    ]
    code_cell = [
        _para(_("SESSION CODE"), ParagraphStyle("codeLabel", parent=_style("codeLabel", 8, colour=MUTED),
                                             alignment=1)),
        _para(detail.code, ParagraphStyle("code", parent=_style("code", 26, leading=32), alignment=1), bold=True),
    ]
    header = Table([[heading, code_cell]], colWidths=[width - code_width, code_width])
    header.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),  # else the table sets Helvetica, which is not embedded
        ("BOX", (1, 0), (1, 0), 1.5, INK),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm),
        ("TOPPADDING", (1, 0), (1, 0), 3 * mm),
        ("BOTTOMPADDING", (1, 0), (1, 0), 3 * mm),
    ]))
    instructions = _para(
        _("This form is anonymous: please do not write your name. Tick one box per question "
          "(1 = strongly disagree, 5 = strongly agree). Leave a question blank if you prefer not to answer."),
        _style("hint", 9.5, leading=12.5, colour=MUTED),
    )
    story: list[Flowable] = [header, Spacer(1, 5 * mm), instructions, Spacer(1, 4 * mm)]
    story += [ScaleBoxes(item, number) for number, item in enumerate(items, start=1)]
    story.append(CommentArea(_("Comments: what worked well, and what would you change?")))
    return story, detail.code


def write_feedback_form(snapshot: FeedbackFormSnapshot, out_path: str | os.PathLike[str],
                        page_size: str = "A4", lang: str | None = None) -> Path:
    """Write the form for one session (read by ``coach.reports.feedback_form``) in ``lang`` (None: the language
    it was read in). The PDF is built under a temporary name and renamed at the end, so a failure (or a reader
    holding the old file) never leaves a half-written PDF under the final name."""
    with i18n.using(lang or snapshot.lang):
        return _write_feedback_form(snapshot, out_path, page_size)


def _write_feedback_form(snapshot: FeedbackFormSnapshot, out_path: str | os.PathLike[str], page_size: str) -> Path:
    if page_size not in PAGE_SIZES:
        raise ValidationError({"page_size": _("Choose A4 or Letter paper.")})
    fonts.register()
    out = Path(out_path)
    size = PAGE_SIZES[page_size]
    width = size[0] - 2 * MARGIN
    story, code = build_story(snapshot, width)

    def footer(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        text = _("Session {code}  ·  anonymous trainee feedback  ·  page {page}", code=code, page=doc.page)
        fonts.draw_string(canvas, size[0] / 2, MARGIN / 2, text, 8, align="centre")
        if doc.page > 1:
            fonts.draw_string(canvas, size[0] - MARGIN, size[1] - MARGIN / 2 - 4 * mm,
                              _("Session code {code}", code=code), 12, bold=True, align="right")
        canvas.restoreState()

    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=part_prefix(out), suffix=".part", dir=out.parent)
    os.close(handle)
    try:
        # The canvas's first font is ours too: a PDF naming a font it does not embed depends on the reader.
        doc = BaseDocTemplate(temporary, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                              bottomMargin=MARGIN, title=_("Session feedback {code}", code=code),
                              author="Trainer Coach", subject=_("Anonymous trainee feedback form"),
                              initialFontName=fonts.SANS)
        frame = Frame(MARGIN, MARGIN, width, size[1] - 2 * MARGIN, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("form", frames=[frame], onPage=footer)])
        doc.build(story)
        crashpoints.reached("pdf")
        commit_file(Path(temporary), out)  # fsync, rename, fsync the folder
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return out
