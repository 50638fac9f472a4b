"""The trainer evaluation: what a candidate and their manager keep.

It reads like the candidate's file in the order a lead talks it through: who they are and where they stand,
how they were selected and trained, what they delivered and how it went (the three views, observers, trainees
and learning, kept apart), what is still to do, whether they are ready, and the signatures that close it.
Every figure carries its n, and its 95% interval where n is small.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from trainercoach.analytics.stats import estimate_values
from trainercoach.charts import candidate_trend, criteria_vs_cohort
from trainercoach.reports import layout
from trainercoach.reports.layout import Styles, data_table, estimate_text, num, para, section
from trainercoach.reports.words import (
    AUDIENCES,
    COMPONENTS,
    EMPLOYMENT,
    LEVELS,
    METHODS,
    MILESTONE_STATUS,
    TRAITS,
    word,
)

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach
    from trainercoach.services.observations import ActionItemRecord

COMMENTS_SHOWN = 12


def write_trainer_evaluation(coach: Coach, candidate_id: int, out_path: str | os.PathLike[str], *,
                             page_size: str = "A4", today: date | None = None) -> Path:
    """Write one candidate's evaluation; raises NotFound for a candidate no longer in the database."""
    layout.check_page_size(page_size)
    story, info = build(coach, candidate_id, layout.frame_width(page_size), today or date.today())
    return layout.write_pdf(out_path, story, info, page_size)


def build(coach: Coach, candidate_id: int, width: float, today: date) -> tuple[list[Flowable], layout.DocumentInfo]:
    styles = Styles()
    detail = coach.candidates.get(candidate_id)
    row = next(r for r in coach.candidates.list(include_archived=True) if r.id == candidate_id)
    people = {p.id: p.name for p in coach.people.list()}
    effectiveness = coach.effectiveness.candidate(candidate_id)
    deliveries = sorted(coach.deliveries.list(candidate_id=candidate_id), key=lambda d: (d.starts_at, d.id))
    items, forms = coach.effectiveness.candidate_feedback(candidate_id)
    comments, comment_total = coach.feedback.comments(candidate_id=candidate_id, limit=COMMENTS_SHOWN)
    actions = coach.action_items.list(candidate_id=candidate_id)
    certifications = coach.certification.list(candidate_id)
    form = detail.form
    name = form.name
    generated = datetime.now()
    info = layout.DocumentInfo(title=f"Trainer evaluation: {name}", subject="Trainer evaluation",
                               author=coach.actor, running=name, generated=generated)

    trend = {p.delivery_id: p for p in effectiveness.trend}
    rubric = estimate_values([p.rubric for p in effectiveness.trend])
    overall = next((i.estimate for i in items if i.key == "overall"), None)
    readiness = effectiveness.readiness
    met = sum(c.met for c in readiness.conditions)

    story: list[Flowable] = [
        para("Trainer evaluation", styles.title),
        para(name, styles.subtitle),
        para(f"Stage: {detail.stage_name}   ·   Mentor: {row.mentor_name or 'none assigned'}   ·   "
             f"Generated {generated:%Y-%m-%d} by {coach.actor}", styles.meta),
        Spacer(1, 5 * mm),
        layout.kpis([
            ("Practice deliveries", str(len(deliveries)),
             f"{sum(1 for d in deliveries if d.observations)} observed"),
            ("Rubric average (observers)", num(rubric.mean),
             layout.basis(rubric, "sessions scored")),
            ("Trainee feedback, overall", num(overall.mean) if overall else "–",
             layout.basis(overall, "answers") if overall else "no answers yet"),
            ("Readiness for certification", "Ready" if readiness.ready else f"{met} of {len(readiness.conditions)}",
             "every condition met" if readiness.ready else "conditions met"),
        ], width, styles),
    ]

    # -- profile and stage -------------------------------------------------------------------------------
    story += section("Profile", styles)
    employment = word(EMPLOYMENT, form.employment)
    if form.employment == "vendor" and form.vendor_company:
        employment += f" ({form.vendor_company})"
    story.append(layout.facts([
        ("Email", form.email), ("Team", form.team), ("Site", form.site),
        ("Languages", form.languages), ("Employment", employment), ("Hire date", _date(form.hire_date)),
        ("Nominated by", people.get(form.nominated_by_id, "") if form.nominated_by_id else ""),
        ("Nominated on", _date(form.nominated_on)), ("Mentor", row.mentor_name),
        ("Current stage", detail.stage_name),
        ("In this stage since", f"{row.entered_stage_at:%Y-%m-%d} ({row.days_in_stage(today)} days)"
         if row.entered_stage_at else ""),
        ("Status", "Archived" if detail.archived_at else "Active"),
    ], width, styles, shares=[0.4, 0.3, 0.3]))
    if form.notes.strip():
        story += [para("Notes", styles.h2), para(form.notes, styles.body)]

    story += section("Stage history", styles, "Every move through the pipeline, oldest first, with who made it "
                                              "and why.")
    story.append(data_table(
        ["Date", "From", "To", "By", "Reason"],
        [[f"{m.moved_at:%Y-%m-%d}", m.from_stage or "–", m.to_stage, m.moved_by, m.reason]
         for m in reversed(detail.timeline)],
        layout.cols(width, [0.12, 0.16, 0.16, 0.2, 0.36]), styles, empty="No stage moves recorded."))

    # -- selection and training ------------------------------------------------------------------------
    scored = [e.score for e in form.traits.values() if e.score is not None]
    selection = estimate_values(scored)
    story += section("Selection traits", styles,
                     f"The four traits the guide looks for, scored 1–5 by the lead. Selection score "
                     f"{estimate_text(selection, unit='scores')}.")
    story.append(data_table(
        ["Trait", "Score", "Notes"],
        [[word(TRAITS, key), "–" if entry.score is None else f"{entry.score} / 5", entry.note or "–"]
         for key, entry in form.traits.items()],
        layout.cols(width, [0.36, 0.1, 0.54]), styles, numeric=[1]))

    done = sum(1 for m in detail.milestones if m.status == "done")
    story += section("Train-the-trainer milestones", styles,
                     f"{done} of {len(detail.milestones)} components of the curriculum done.")
    story.append(data_table(
        ["Component", "Status", "Date", "Evidence"],
        [[word(COMPONENTS, m.component), word(MILESTONE_STATUS, m.status), _date(m.on_date), m.evidence or "–"]
         for m in detail.milestones],
        layout.cols(width, [0.38, 0.12, 0.12, 0.38]), styles))

    # -- deliveries ----------------------------------------------------------------------------------
    story += section(
        "Practice deliveries", styles,
        "Rubric: the observers' weighted average (1–5), n = observers. Feedback: the trainees' overall "
        "item (1–5) with its number of answers, and its 95% interval when fewer than 10 answered. Gain: the "
        "normalised learning gain from the comprehension checks (0–1).")
    rows = []
    for number, d in enumerate(deliveries, start=1):
        point = trend.get(d.id)
        feedback = point.feedback if point else None
        rows.append([
            str(number), f"{d.starts_at:%Y-%m-%d}", d.topic,
            f"{word(METHODS, d.method)}\n{word(AUDIENCES, d.audience)}", str(d.trainees),
            f"{num(point.rubric if point else None)} (n={d.observations})" if d.observations else "– (n=0)",
            estimate_text(feedback) if feedback and feedback.n else f"– ({d.responses} forms)",
            num(point.normalised_gain if point else None),
        ])
    story.append(data_table(
        ["#", "Date", "Topic", "Method, audience", "Trainees", "Rubric", "Feedback", "Gain"], rows,
        layout.cols(width, [0.055, 0.125, 0.225, 0.14, 0.1, 0.11, 0.175, 0.07]), styles, numeric=[0, 4, 5, 7],
        empty="No practice delivery logged yet."))

    story += section("Session effectiveness", styles, need=185 * mm)
    story.append(layout.figure(
        candidate_trend(effectiveness),
        "Rubric and trainee feedback per session on the 1–5 scale; the shaded band is the 95% interval of the "
        "feedback, hollow points had fewer than 10 answers; the dashed line is the normalised learning gain.",
        width, styles, max_height=74 * mm))
    story.append(layout.figure(
        criteria_vs_cohort(effectiveness),
        "Mean score per rubric criterion (n = criterion scores), against the median of every candidate's mean.",
        width, styles, max_height=74 * mm))

    # -- feedback ------------------------------------------------------------------------------------
    story += section("Trainee feedback", styles,
                     f"{forms} anonymous feedback forms over {len(deliveries)} sessions, every answer counted once.")
    story.append(data_table(
        ["Item", "Mean", "Answers (n)", "95% interval", "Scale"],
        [[i.label, num(i.estimate.mean), str(i.estimate.n),
          f"{num(i.estimate.low)}–{num(i.estimate.high)}" if i.estimate.low is not None else "–",
          "0–10" if i.kind == "recommend" else "1–5"] for i in items],
        layout.cols(width, [0.46, 0.11, 0.13, 0.18, 0.12]), styles, numeric=[1, 2, 3],
        empty="No feedback items."))
    story.append(para("Selected trainee comments", styles.h2))
    if comments:
        story.append(para(f"The {len(comments)} most recent of {comment_total} written comments, as typed.",
                          styles.note))
        for comment in comments:
            story += _quote(comment.comment, f"{comment.starts_at:%Y-%m-%d} · {comment.topic}", styles)
    else:
        story.append(para("No trainee has written a comment yet.", styles.note))

    # -- action items, readiness, certifications -------------------------------------------------------
    overdue = [a for a in actions if a.overdue(today)]
    open_items = [a for a in actions if a.done_at is None and not a.overdue(today)]
    closed = [a for a in actions if a.done_at is not None]
    story += section("Action items", styles, f"{len(overdue)} overdue, {len(open_items)} open, {len(closed)} done.")
    story.append(data_table(
        ["Status", "Action", "Owner", "Due", "Done"],
        [[_status(a, today), a.text, a.owner_name or "–", _date(a.due_on),
          f"{a.done_at:%Y-%m-%d}" if a.done_at else "–"] for a in [*overdue, *open_items, *closed]],
        layout.cols(width, [0.1, 0.5, 0.16, 0.12, 0.12]), styles, empty="No action items."))

    story += section("Readiness for certification", styles,
                     "The lead's rule, condition by condition, with the figures behind each.")
    story.append(data_table(
        ["", "Condition", "Where it stands"],
        [[_tick(c.met, styles), c.label, c.detail] for c in readiness.conditions],
        layout.cols(width, [0.06, 0.5, 0.44]), styles))
    verdict = ("Ready for certification: every condition is met." if readiness.ready else
               f"Not yet ready: {met} of {len(readiness.conditions)} conditions met.")
    story += [Spacer(1, 2 * mm), para(verdict, styles.body, bold=True)]

    story += section("Certifications", styles)
    story.append(data_table(
        ["Topic", "Level", "Awarded", "By", "Renewal due", "Evidence"],
        [[c.topic, word(LEVELS, c.level), _date(c.awarded_on), c.awarded_by, _date(c.renewal_due),
          c.evidence or "–"] for c in certifications],
        layout.cols(width, [0.22, 0.12, 0.12, 0.2, 0.12, 0.22]), styles, empty="No certification awarded yet."))

    story += section("Signatures", styles, "We have read and discussed this evaluation.")
    story.append(layout.signature_lines([("Mentor", row.mentor_name), ("Candidate", name)], width, styles))
    return story, info



def _date(value: date | None) -> str:
    return value.isoformat() if value else "–"



def _status(item: ActionItemRecord, today: date) -> str:
    if item.done_at is not None:
        return "Done"
    return "Overdue" if item.overdue(today) else "Open"


def _tick(met: bool, styles: Styles) -> Paragraph:
    colour = "#1b7a43" if met else "#b42318"
    return Paragraph(f'<font color="{colour}">{"✓" if met else "✗"}</font>', styles.cell_centre)


def _quote(text: str, source: str, styles: Styles) -> list[Flowable]:
    """A trainee's comment as typed, on a light ground; a long one breaks across pages like any paragraph."""
    return [KeepTogether([para(text, styles.quote), para(source, styles.quote_source)]), Spacer(1, 1.5 * mm)]
