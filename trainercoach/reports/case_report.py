"""The business-case PDF (issue 20): the case a candidate wrote for a new session, for the lead who reviews it
and the managers who fund it. The evidence is the gap's, with its numbers as they stood when the PDF was made;
once the sessions are given, the measure the case promised, before and after, each with n and interval."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from trainercoach import i18n
from trainercoach.i18n import _
from trainercoach.reports import layout
from trainercoach.reports.layout import Styles, data_table, estimate_text, num, para, section
from trainercoach.words import (
    AUDIENCES,
    CASE_MEASURES,
    CASE_STATUS,
    EVIDENCE_KINDS,
    FIGURE_KINDS,
    GAP_TRENDS,
    METHODS,
    word,
)

if TYPE_CHECKING:
    from trainercoach.records.gaps import CaseSnapshot, EvidenceRow, MeasureResult


def write_case_report(snapshot: CaseSnapshot, out_path: str | os.PathLike[str], *, page_size: str = "A4",
                      lang: str | None = None) -> Path:
    """Write one case's PDF (read by ``coach.reports.business_case``) in ``lang`` (None: as it was read)."""
    with i18n.using(lang or snapshot.lang):
        layout.check_page_size(page_size)
        story, info = build(snapshot, layout.frame_width(page_size))
        return layout.write_pdf(out_path, story, info, page_size)


def content_mix(has_text: bool, has_visual: bool, has_hands_on: bool) -> str:
    parts = [name for on, name in ((has_text, _("text")), (has_visual, _("visual")), (has_hands_on, _("hands-on")))
             if on]
    return ", ".join(parts) or "–"


def evidence_figure(row: EvidenceRow) -> str:
    if not row.visible:
        return _("not visible to you")
    if row.kind == "question" and row.answered is not None and row.correct is not None:
        return _("{correct} of {answered} right ({share})", correct=row.correct, answered=row.answered,
                 share=f"{row.correct / row.answered:.0%}" if row.answered else "–")
    if row.kind == "check" and row.estimate is not None:
        return estimate_text(row.estimate, 1, unit=_("scores")) + " %"
    if row.kind == "figure":
        whole = row.figure is not None and float(row.figure).is_integer()
        return f"{word(FIGURE_KINDS, row.figure_kind or '')}: {num(row.figure, 0 if whole else 2)}"
    return "–"


def result_rows(result: MeasureResult) -> list[list[str]]:
    unit = f" {result.unit}" if result.unit else ""
    change = result.change
    # The promised measure before and after, each with its interval whatever its n (issue 20: the loop closes).
    return [[_("Before"), estimate_text(result.before, 1, interval=True) + unit],
            [_("After"), estimate_text(result.after, 1, interval=True) + unit],
            [_("Change"), "–" if change is None else ("+" if change >= 0 else "") + num(change, 1) + unit]]


def build(snapshot: CaseSnapshot, width: float) -> tuple[list[Flowable], layout.DocumentInfo]:
    """Lays the snapshot out; it reads nothing."""
    styles = Styles()
    case, form = snapshot.case, snapshot.case.form
    gap = case.gap
    info = layout.DocumentInfo(title=_("Business case: {title}", title=form.title), subject=_("Business case"),
                               author=snapshot.actor, running=form.title, generated=snapshot.read_at)
    story: list[Flowable] = [
        para(_("Business case"), styles.title),
        para(form.title, styles.subtitle),
        para(_("By {candidate}   ·   {status}   ·   Generated {date} by {author}", candidate=case.candidate,
               status=word(CASE_STATUS, case.status), date=f"{snapshot.read_at:%Y-%m-%d}", author=snapshot.actor),
             styles.meta),
        Spacer(1, 5 * mm),
        layout.facts([
            (_("Knowledge gap"), gap.form.topic),
            (_("Agents it touches"), str(gap.agents)),
            (_("Trend"), word(GAP_TRENDS, gap.trend)),
            (_("Audience"), word(AUDIENCES, form.audience)),
            (_("Audience size"), "–" if form.audience_size is None else str(form.audience_size)),
            (_("Effort (trainer hours)"), num(form.effort_hours, 1)),
            (_("Delivery method"), word(METHODS, form.method)),
            (_("Content mix"), content_mix(form.has_text, form.has_visual, form.has_hands_on)),
            (_("Measured by"), word(CASE_MEASURES, form.measure)),
        ], width, styles),
    ]
    for title, body in ((_("The problem"), form.problem), (_("Objectives"), form.objectives),
                        (_("Session outline"), form.outline), (_("Expected effect"), form.expected_effect)):
        story += section(title, styles, need=25 * mm)
        story.append(para(body or "–", styles.body))
    story += section(_("Evidence"), styles, _("Read from the knowledge gap when this PDF was made, not copied "
                                              "into the case."))
    story.append(data_table(
        [_("Date"), _("Kind"), _("What"), _("Figure"), _("Agents")],
        [[f"{row.on_date:%Y-%m-%d}" if row.on_date else "–", word(EVIDENCE_KINDS, row.kind), row.what or "–",
          evidence_figure(row), str(row.agents)] for row in gap.evidence],
        layout.cols(width, (0.13, 0.17, 0.38, 0.22, 0.10)), styles, numeric=(4,)))
    story += section(_("Effect"), styles)
    if case.result is None:
        story.append(para(_("Measured once the case's sessions are linked and given."), styles.note))
    else:
        story.append(data_table([word(CASE_MEASURES, case.result.measure), ""], result_rows(case.result),
                                layout.cols(width, (0.3, 0.7)), styles))
        story.append(para(_("Sessions: {sessions}", sessions="; ".join(
            f"{s.topic} ({s.held_on:%Y-%m-%d})" if s.held_on else s.topic for s in case.sessions)), styles.note))
    story += section(_("Review"), styles)
    story.append(data_table(
        [_("When"), _("Status"), _("By"), _("Reason")],
        [[f"{s.at:%Y-%m-%d %H:%M}", word(CASE_STATUS, s.status), s.by or "–", s.reason or ""] for s in case.steps],
        layout.cols(width, (0.2, 0.18, 0.22, 0.4)), styles))
    return story, info
