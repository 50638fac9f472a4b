"""The trainer evaluation: what a candidate and their manager keep.

It reads like the candidate's file in the order a lead talks it through: who they are and where they stand,
how they were selected and trained, what they delivered and how it went (the three views, observers, trainees
and learning, kept apart), what is still to do, whether they are ready, and the signatures that close it.
Every figure carries its n, and its 95% interval where n is small.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from trainercoach import i18n
from trainercoach.analytics.stats import estimate_values
from trainercoach.charts import candidate_trend, criteria_vs_cohort
from trainercoach.i18n import _
from trainercoach.reports import layout
from trainercoach.reports.layout import Styles, data_table, estimate_text, num, para, section
from trainercoach.words import (
    AUDIENCES,
    COMPONENTS,
    LEVELS,
    METHODS,
    MILESTONE_STATUS,
    READINESS,
    TRAITS,
    employment,
    word,
)

if TYPE_CHECKING:
    from trainercoach.records.observations import ActionItemRecord
    from trainercoach.records.reports import EvaluationSnapshot


def write_trainer_evaluation(snapshot: EvaluationSnapshot, out_path: str | os.PathLike[str], *,
                             page_size: str = "A4", today: date | None = None, lang: str | None = None) -> Path:
    """Write one candidate's evaluation (read by ``coach.reports.evaluation``) in ``lang`` (en, el, zh_CN;
    None: the language it was read in)."""
    with i18n.using(lang or snapshot.lang):
        layout.check_page_size(page_size)
        story, info = build(snapshot, layout.frame_width(page_size), today or date.today())
        return layout.write_pdf(out_path, story, info, page_size)


def build(snapshot: EvaluationSnapshot, width: float, today: date) -> tuple[list[Flowable], layout.DocumentInfo]:
    """Lays the snapshot out; it reads nothing."""
    styles = Styles()
    detail, row, effectiveness, deliveries = snapshot.detail, snapshot.row, snapshot.effectiveness, snapshot.deliveries
    items, forms = snapshot.feedback, snapshot.feedback_forms
    comments, comment_total = snapshot.comments, snapshot.comment_total
    actions, certifications, actor = snapshot.actions, snapshot.certifications, snapshot.actor
    form = detail.form
    name = form.name
    generated = snapshot.read_at
    info = layout.DocumentInfo(title=_("Trainer evaluation: {name}", name=name), subject=_("Trainer evaluation"),
                               author=actor, running=name, generated=generated)

    trend = {p.delivery_id: p for p in effectiveness.trend}
    rubric = estimate_values([p.rubric for p in effectiveness.trend])
    overall = next((i.estimate for i in items if i.key == "overall"), None)
    readiness = effectiveness.readiness
    met = sum(c.met for c in readiness.conditions)

    story: list[Flowable] = [
        para(_("Trainer evaluation"), styles.title),
        para(name, styles.subtitle),
        para(_("Stage: {stage}   ·   Mentor: {mentor}   ·   Generated {date} by {author}",
               stage=detail.stage_name, mentor=row.mentor_name or _("none assigned"),
               date=f"{generated:%Y-%m-%d}", author=actor), styles.meta),
        Spacer(1, 5 * mm),
        layout.kpis([
            (_("Practice deliveries"), str(len(deliveries)),
             _("{count} observed", count=sum(1 for d in deliveries if d.observations))),
            (_("Rubric average (observers)"), num(rubric.mean),
             layout.basis(rubric, _("sessions scored"))),
            (_("Trainee feedback, overall"), num(overall.mean) if overall else "–",
             layout.basis(overall, _("answers")) if overall else _("no answers yet")),
            (_("Readiness for certification"),
             word(READINESS, "ready") if readiness.ready
             else _("{met} of {total}", met=met, total=len(readiness.conditions)),
             _("every condition met") if readiness.ready else _("conditions met")),
        ], width, styles),
    ]

    # -- profile and stage -------------------------------------------------------------------------------
    story += section(_("Profile"), styles)
    employed = employment(form.employment, form.vendor_company)
    story.append(layout.facts([
        (_("Email"), form.email), (_("Team"), form.team), (_("Site"), form.site),
        (_("Languages"), form.languages), (_("Employment"), employed), (_("Hire date"), _date(form.hire_date)),
        (_("Nominated by"), snapshot.nominated_by),
        (_("Nominated on"), _date(form.nominated_on)), (_("Mentor"), row.mentor_name),
        (_("Current stage"), detail.stage_name),
        (_("In this stage since"), _("{date} ({days} days)", date=f"{row.entered_stage_at:%Y-%m-%d}",
                                      days=row.days_in_stage(today)) if row.entered_stage_at else ""),
        (_("Status"), _("Archived") if detail.archived_at else _("Active")),
    ], width, styles, shares=[0.4, 0.3, 0.3]))
    if form.notes.strip():
        story += [para(_("Notes"), styles.h2), para(form.notes, styles.body)]

    story += section(_("Stage history"), styles, _("Every move through the pipeline, oldest first, with who made "
                                                   "it and why."))
    story.append(data_table(
        [_("Date"), _("From"), _("To"), _("By"), _("Reason")],
        [[f"{m.moved_at:%Y-%m-%d}", m.from_stage or "–", m.to_stage, m.moved_by, m.reason]
         for m in reversed(detail.timeline)],
        layout.cols(width, [0.12, 0.16, 0.16, 0.2, 0.36]), styles, empty=_("No stage moves recorded.")))

    # -- selection and training ------------------------------------------------------------------------
    scored = [e.score for e in form.traits.values() if e.score is not None]
    selection = estimate_values(scored)
    story += section(_("Selection traits"), styles,
                     _("The four traits the guide looks for, scored 1–5 by the lead. Selection score {score}.",
                       score=estimate_text(selection, unit=_("scores"))))
    story.append(data_table(
        [_("Trait"), _("Score"), _("Notes")],
        [[word(TRAITS, key), "–" if entry.score is None else f"{entry.score} / 5", entry.note or "–"]
         for key, entry in form.traits.items()],
        layout.cols(width, [0.36, 0.1, 0.54]), styles, numeric=[1]))

    done = sum(1 for m in detail.milestones if m.status == "done")
    story += section(_("Train-the-trainer milestones"), styles,
                     _("{done} of {total} components of the curriculum done.", done=done,
                       total=len(detail.milestones)))
    story.append(data_table(
        [_("Component"), _("Status"), _("Date"), _("Evidence")],
        [[word(COMPONENTS, m.component), word(MILESTONE_STATUS, m.status), _date(m.on_date), m.evidence or "–"]
         for m in detail.milestones],
        layout.cols(width, [0.38, 0.12, 0.12, 0.38]), styles))

    # -- deliveries ----------------------------------------------------------------------------------
    story += section(
        _("Practice deliveries"), styles,
        _("Rubric: the observers' weighted average (1–5), n = observers. Feedback: the trainees' overall "
          "item (1–5) with its number of answers, and its 95% interval when fewer than 10 answered. Gain: the "
          "normalised learning gain from the comprehension checks (0–1)."))
    rows = []
    for number, d in enumerate(deliveries, start=1):
        point = trend.get(d.id)
        feedback = point.feedback if point else None
        rows.append([
            str(number), f"{d.starts_at:%Y-%m-%d}", d.topic,
            f"{word(METHODS, d.method)}\n{word(AUDIENCES, d.audience)}", str(d.trainees),
            f"{num(point.rubric if point else None)} (n={d.observations})" if d.observations else "– (n=0)",
            estimate_text(feedback) if feedback and feedback.n else _("– ({count} forms)", count=d.responses),
            num(point.normalised_gain if point else None),
        ])
    story.append(data_table(
        ["#", _("Date"), _("Topic"), _("Method, audience"), _("Trainees"), _("Rubric"), _("Feedback"), _("Gain")],
        rows,
        layout.cols(width, [0.055, 0.125, 0.225, 0.14, 0.1, 0.11, 0.175, 0.07]), styles, numeric=[0, 4, 5, 7],
        empty=_("No practice delivery logged yet.")))

    story += section(_("Session effectiveness"), styles, need=185 * mm)
    story.append(layout.figure(
        candidate_trend(effectiveness),
        _("Rubric and trainee feedback per session on the 1–5 scale; the shaded band is the 95% interval of the "
          "feedback, hollow points had fewer than 10 answers; the dashed line is the normalised learning gain."),
        width, styles, max_height=74 * mm))
    # Each criterion's label takes up to two lines at print size: the chart grows with the rubric.
    criteria = len(effectiveness.criteria)
    story.append(layout.figure(
        criteria_vs_cohort(effectiveness),
        _("Mean score per rubric criterion (n = criterion scores), against the median of every candidate's mean."),
        width, styles, max_height=min(160, max(74, 13 * criteria + 34)) * mm))

    # -- feedback ------------------------------------------------------------------------------------
    story += section(_("Trainee feedback"), styles,
                     _("{forms} anonymous feedback forms over {sessions} sessions, every answer counted once.",
                       forms=forms, sessions=len(deliveries)))
    story.append(data_table(
        [_("Item"), _("Mean"), _("Answers (n)"), _("95% interval"), _("Scale")],
        [[i.label, num(i.estimate.mean), str(i.estimate.n),
          f"{num(i.estimate.low)}–{num(i.estimate.high)}" if i.estimate.low is not None else "–",
          "0–10" if i.kind == "recommend" else "1–5"] for i in items],
        layout.cols(width, [0.46, 0.11, 0.13, 0.18, 0.12]), styles, numeric=[1, 2, 3],
        empty=_("No feedback items.")))
    story.append(para(_("Selected trainee comments"), styles.h2))
    if comments:
        story.append(para(_("The {count} most recent of {total} written comments, as typed.", count=len(comments),
                            total=comment_total), styles.note))
        for comment in comments:
            story += _quote(comment.comment, f"{comment.starts_at:%Y-%m-%d} · {comment.topic}", styles)
    else:
        story.append(para(_("No trainee has written a comment yet."), styles.note))

    # -- action items, readiness, certifications -------------------------------------------------------
    overdue = [a for a in actions if a.overdue(today)]
    open_items = [a for a in actions if a.done_at is None and not a.overdue(today)]
    closed = [a for a in actions if a.done_at is not None]
    story += section(_("Action items"), styles, _("{overdue} overdue, {open} open, {done} done.",
                                                  overdue=len(overdue), open=len(open_items), done=len(closed)))
    story.append(data_table(
        [_("Status"), _("Action"), _("Owner"), _("Due"), _("Done")],
        [[_status(a, today), a.text, a.owner_name or "–", _date(a.due_on),
          f"{a.done_at:%Y-%m-%d}" if a.done_at else "–"] for a in [*overdue, *open_items, *closed]],
        layout.cols(width, [0.1, 0.5, 0.16, 0.12, 0.12]), styles, empty=_("No action items.")))

    story += section(_("Readiness for certification"), styles,
                     _("The lead's rule, condition by condition, with the figures behind each."))
    story.append(data_table(
        ["", _("Condition"), _("Where it stands")],
        [[_tick(c.met, styles), c.label, c.detail] for c in readiness.conditions],
        layout.cols(width, [0.06, 0.5, 0.44]), styles))
    verdict = (_("Ready for certification: every condition is met.") if readiness.ready else
               _("Not yet ready: {met} of {total} conditions met.", met=met, total=len(readiness.conditions)))
    story += [Spacer(1, 2 * mm), para(verdict, styles.body, bold=True)]

    story += section(_("Certifications"), styles)
    story.append(data_table(
        [_("Topic"), _("Level"), _("Awarded"), _("By"), _("Renewal due"), _("Evidence")],
        [[c.topic, word(LEVELS, c.level), _date(c.awarded_on), c.awarded_by, _date(c.renewal_due),
          c.evidence or "–"] for c in certifications],
        layout.cols(width, [0.22, 0.12, 0.12, 0.2, 0.12, 0.22]), styles, empty=_("No certification awarded yet.")))

    # The block stays with its heading: a page of signature lines alone, away from what they sign, was printed.
    story += section(_("Signatures"), styles, _("We have read and discussed this evaluation."), need=70 * mm,
                     keep=[layout.signature_lines([(_("Mentor"), row.mentor_name), (_("Candidate"), name)], width,
                                                  styles)])
    return story, info



def _date(value: date | None) -> str:
    return value.isoformat() if value else "–"



def _status(item: ActionItemRecord, today: date) -> str:
    if item.done_at is not None:
        return _("Done")
    return _("Overdue") if item.overdue(today) else _("Open")


def _tick(met: bool, styles: Styles) -> Paragraph:
    colour = "#1b7a43" if met else "#b42318"
    return Paragraph(f'<font color="{colour}">{"✓" if met else "✗"}</font>', styles.cell_centre)


def _quote(text: str, source: str, styles: Styles) -> list[Flowable]:
    """A trainee's comment as typed, on a light ground; a long one breaks across pages like any paragraph."""
    return [KeepTogether([para(text, styles.quote), para(source, styles.quote_source)]), Spacer(1, 1.5 * mm)]
