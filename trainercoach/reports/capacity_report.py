"""The capacity plan's PDF (issue 21): for the lead who asks for budget or hiring, what the planner shows on one
document: the inputs per site and language, the trainers, the 12-month chart (the page's own figure), the month
table, the assumptions in words so a reader can redo the sums, and a second plan side by side when one was set
beside it. Every figure is the service's outlook (analytics/capacity.py); nothing is computed here but text."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from trainercoach import i18n
from trainercoach.analytics.forecast import add_months
from trainercoach.charts import capacity_outlook
from trainercoach.i18n import _
from trainercoach.reports import fonts, layout
from trainercoach.reports.layout import Styles, data_table, num, para, section

if TYPE_CHECKING:
    from datetime import date

    from trainercoach.analytics.capacity import Outlook, Plan
    from trainercoach.records.reports import CapacitySnapshot


def write_capacity_report(snapshot: CapacitySnapshot, out_path: str | os.PathLike[str], *, page_size: str = "A4",
                          lang: str | None = None) -> Path:
    """Write the plan's PDF (read by ``coach.reports.capacity``) in ``lang`` (None: as it was read)."""
    with i18n.using(lang or snapshot.lang):
        layout.check_page_size(page_size)
        story, info = build(snapshot, layout.frame_width(page_size))
        return layout.write_pdf(out_path, story, info, page_size)


def hours(value: float) -> str:
    """Hours as the page and the CSV give them: whole when whole, else to one decimal."""
    return num(value, 0 if float(value).is_integer() else 1)


HEAD_PADDING = 8  # points: a header cell's padding, and a little air


def widths(width: float, headers: list[str], shares: tuple[float, ...]) -> list[float]:
    """Column widths as shares of the text width, each at least as wide as its header's longest word (the
    headers are never split inside a word, and Greek words run long: "Εκπαιδευόμενοι"); what that takes is
    taken from the first column, whose names wrap. Chinese headers wrap between characters, so set no floor."""
    need = [0.0 if any(font == fonts.CJK for font, _chunk in fonts.runs(h)) else
            max((fonts.string_width(word, 8, bold=True) for word in h.split()), default=0.0) + HEAD_PADDING
            for h in headers]
    result = [max(width * share, floor) for share, floor in zip(shares, need, strict=True)]
    result[0] -= sum(result) - width
    return result


def table(header: list[str], rows: Sequence[Sequence[str]], shares: tuple[float, ...], styles: Styles, width: float,
          *, numeric: Sequence[int] = (), empty: str = "") -> Flowable:
    return data_table(header, rows, widths(width, header, shares), styles, numeric=numeric, empty=empty)


def month_label(first: date, index: int) -> str:
    return f"{add_months(first, index):%Y-%m}"


def input_rows(plan: Plan) -> list[list[str]]:
    return [[load.site or "–", load.language or "–", hours(load.new_hires), hours(load.hours_per_hire),
             str(load.trainees_per_session), hours(load.changes), hours(load.refresher_hours),
             hours(load.knowledge_base_hours)] for load in plan.loads]


def month_rows(outlook: Outlook, first: date) -> list[list[str]]:
    """Hours to one decimal, as the CSV gives them, so the column's figures line up."""
    return [[month_label(first, m.index), num(m.needed, 1), num(m.available, 1), num(m.from_ready, 1),
             num(m.shortfall_hours, 1), str(m.shortfall_trainers)] for m in outlook.months]


def assumptions(plan: Plan, outlook: Outlook) -> list[str]:
    """The rules the figures follow, in words, with this plan's numbers in them."""
    ready = sum(plan.ready_per_month[:len(outlook.months)])
    return [
        _("Each site and language needs: the classes of new hires (hires a month divided by trainees a class, "
          "rounded up) times the hours a class, plus changes a month times the hours a change, plus the "
          "knowledge base's hours."),
        _("A trainer's hours count only at their own site and in their own language: the hours short are added "
          "up line by line, so spare hours in one place do not cover another."),
        _("Candidates forecast to become ready in these {months} months: {count} (the readiness forecast). Each "
          "gives {hours} hours a month from the month after, set against the whole shortfall, since the "
          "forecast does not say where a new trainer will teach.", months=len(outlook.months),
          count=num(ready, 1), hours=hours(plan.new_trainer_hours)),
        _("Trainers short: the hours short divided by {hours} hours, the average certified trainer's month, "
          "rounded up.", hours=num(outlook.hours_per_trainer, 1)),
        _("The inputs are the same every month; only the candidates becoming ready change the outlook. Nothing "
          "here is weighted: each figure can be checked with a pencil."),
    ]


def build(snapshot: CapacitySnapshot, width: float) -> tuple[list[Flowable], layout.DocumentInfo]:
    """Lays the snapshot out; it reads nothing."""
    styles = Styles()
    plan, outlook, first = snapshot.plan, snapshot.outlook, snapshot.first
    months = outlook.months
    info = layout.DocumentInfo(title=_("Capacity plan: {name}", name=plan.name), subject=_("Capacity plan"),
                               author=snapshot.actor, running=plan.name, generated=snapshot.read_at)
    source = (_("Saved plan no. {id}", id=snapshot.plan_id) if snapshot.plan_id is not None
              else _("The plan as it stood on screen"))
    story: list[Flowable] = [
        para(_("Capacity plan"), styles.title),
        para(plan.name, styles.subtitle),
        para(_("{source}   ·   {first} to {last}   ·   Generated {date} by {author}", source=source,
               first=month_label(first, 0), last=month_label(first, len(months) - 1) if months else "–",
               date=f"{snapshot.read_at:%Y-%m-%d}", author=snapshot.actor), styles.meta),
        Spacer(1, 4 * mm),
    ]
    if months:
        now, last = months[0], months[-1]
        story.append(layout.kpis([
            (_("Trainer hours needed a month"), hours(now.needed),
             _("{available} h available from certified trainers", available=hours(now.available))),
            (_("Trainers short this month"), str(now.shortfall_trainers),
             _("{short} hours short", short=hours(now.shortfall_hours))),
            (_("Trainers short in {month}", month=month_label(first, last.index)), str(last.shortfall_trainers),
             _("{short} hours short, with the candidates forecast to be ready", short=hours(last.shortfall_hours))),
        ], width, styles))

    story += section(_("Inputs per site and language"), styles,
                     _("Hours a class: the trainer hours one class of new hires takes. Hours a change: the refresher "
                       "training one change needs. Knowledge base hours: a month, keeping it up to date."))
    story.append(table(
        [_("Site"), _("Language"), _("Hires a month"), _("Hours a class"), _("Trainees a class"),
         _("Changes a month"), _("Hours a change"), _("Knowledge base hours")],
        input_rows(plan), (0.17, 0.11, 0.11, 0.11, 0.12, 0.12, 0.12, 0.14), styles, width,
        numeric=range(2, 8), empty=_("No site or language in this plan.")))
    story.append(Spacer(1, 3 * mm))
    story.append(table(
        [_("Site"), _("Language"), _("Hours needed"), _("Certified trainers' hours"), _("Hours short")],
        [[line.site or "–", line.language or "–", hours(line.needed), hours(line.available), hours(line.shortfall)]
         for line in outlook.lines], (0.26, 0.14, 0.18, 0.24, 0.18), styles, width,
        numeric=(2, 3, 4)))

    story += section(_("Certified trainers"), styles, need=25 * mm)
    story.append(table(
        [_("Certified trainer"), _("Site"), _("Language"), _("Hours a month")],
        [[t.name or "–", t.site or "–", t.language or "–", hours(t.hours)] for t in plan.trainers],
        (0.4, 0.26, 0.16, 0.18), styles, width, numeric=(3,), empty=_("No certified trainer in this "
                                                                                    "plan.")))

    story += section(_("The next {months} months", months=len(months)), styles, need=110 * mm)
    story.append(layout.figure(
        capacity_outlook(outlook, first),
        _("Bars: certified trainers' hours, with the candidates forecast to be ready stacked on them; line: the "
          "hours needed; above a month, the trainers short."), width, styles, max_height=100 * mm))
    story.append(table(
        [_("Month"), _("Hours needed"), _("Certified trainers' hours"), _("Hours from candidates becoming ready"),
         _("Hours short"), _("Trainers short")],
        month_rows(outlook, first), (0.14, 0.15, 0.19, 0.22, 0.15, 0.15), styles, width,
        numeric=range(1, 6)))

    story += section(_("Assumptions"), styles, need=35 * mm)
    story += [para(text, styles.body) for text in assumptions(plan, outlook)]

    if snapshot.compared is not None and snapshot.compared_outlook is not None:
        story += comparison(snapshot, width, styles)
    return story, info


def comparison(snapshot: CapacitySnapshot, width: float, styles: Styles) -> list[Flowable]:
    """The two plans month by month, on the same forecast of candidates becoming ready."""
    assert snapshot.compared is not None and snapshot.compared_outlook is not None
    mine, theirs = snapshot.outlook, snapshot.compared_outlook
    parts = section(_("Side by side with {name}", name=snapshot.compared.name), styles,
                    _("A: this plan, {this}. B: {other}. Both on the same forecast of candidates becoming ready.",
                      this=snapshot.plan.name, other=snapshot.compared.name), need=70 * mm)

    def totals(plan: Plan, outlook: Outlook) -> list[str]:
        first = outlook.months[0] if outlook.months else None
        return [str(len(plan.loads)), str(len(plan.trainers)), hours(first.needed if first else 0.0),
                hours(first.available if first else 0.0)]

    parts.append(table(
        ["", _("Sites and languages"), _("Certified trainers"), _("Hours needed"), _("Certified trainers' hours")],
        [["A", *totals(snapshot.plan, mine)], ["B", *totals(snapshot.compared, theirs)]],
        (0.08, 0.22, 0.22, 0.2, 0.28), styles, width, numeric=(1, 2, 3, 4)))
    parts.append(Spacer(1, 3 * mm))
    parts.append(table(
        [_("Month"), _("A: hours short"), _("A: trainers short"), _("B: hours short"), _("B: trainers short"),
         _("B minus A, trainers")],
        [[month_label(snapshot.first, a.index), num(a.shortfall_hours, 1), str(a.shortfall_trainers),
          num(b.shortfall_hours, 1), str(b.shortfall_trainers),
          f"{b.shortfall_trainers - a.shortfall_trainers:+d}"]
         for a, b in zip(mine.months, theirs.months, strict=True)],
        (0.14, 0.17, 0.17, 0.17, 0.17, 0.18), styles, width, numeric=range(1, 6)))
    return parts
