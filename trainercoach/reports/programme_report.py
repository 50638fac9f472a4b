"""The programme report, for managers: how the pipeline flows, the headline figures, every candidate in one
table, and the monthly trends."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from trainercoach.analytics.stats import Estimate, estimate_values
from trainercoach.charts import funnel, programme_trends, time_in_stage
from trainercoach.reports import layout
from trainercoach.reports.layout import Styles, data_table, num, para, section

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach


def write_programme_report(coach: Coach, out_path: str | os.PathLike[str], *, page_size: str = "A4",
                           today: date | None = None) -> Path:
    layout.check_page_size(page_size)
    story, info = build(coach, layout.frame_width(page_size), today or date.today())
    return layout.write_pdf(out_path, story, info, page_size)


def build(coach: Coach, width: float, today: date) -> tuple[list[Flowable], layout.DocumentInfo]:
    styles = Styles()
    generated = datetime.now()
    info = layout.DocumentInfo(title="Programme report", subject="Programme report", author=coach.actor,
                               running=f"{generated:%Y-%m-%d}", generated=generated)
    programme = coach.effectiveness.programme()
    candidates = coach.candidates.list()
    readiness = coach.effectiveness.readiness_all([c.id for c in candidates])
    deliveries = coach.deliveries.list()
    per_candidate: dict[int, list] = {}
    for d in deliveries:
        per_candidate.setdefault(d.candidate_id, []).append(d)
    trends = {c.id: coach.effectiveness.candidate(c.id) for c in candidates if c.id in per_candidate}
    overdue = coach.action_items.overdue(today)
    certifications = coach.certification.list()
    ready = sum(1 for r in readiness.values() if r.ready)
    feedback = estimate_values([])
    if programme.monthly_feedback:
        n = sum(e.n for _, e in programme.monthly_feedback)
        total = sum((e.mean or 0) * e.n for _, e in programme.monthly_feedback)
        feedback = Estimate(n, total / n if n else None)

    story: list[Flowable] = [
        para("Programme report", styles.title),
        para("Train the trainer: pipeline, deliveries and readiness", styles.subtitle),
        para(f"{len(candidates)} candidates   ·   {programme.all_sessions} practice deliveries   ·   "
             f"Generated {generated:%Y-%m-%d} by {coach.actor}", styles.meta),
        Spacer(1, 5 * mm),
        layout.kpis([
            ("Candidates in the programme", str(len(candidates)), f"{ready} ready for certification"),
            ("Practice deliveries", str(programme.all_sessions),
             f"internal trainers: {layout.percent(programme.internal_sessions, programme.all_sessions)}"),
            ("Trainee feedback, overall", num(feedback.mean), layout.basis(feedback)),
            ("Certifications in force", str(len(certifications)), f"{len(overdue)} action items overdue"),
        ], width, styles),
    ]
    story += section("Pipeline", styles, need=150 * mm)
    story.append(layout.figure(funnel(programme), "How many candidates ever reached each stage.", width, styles,
                               max_height=80 * mm))
    story.append(layout.figure(time_in_stage(programme), "Days each completed stay in a stage lasted "
                               "(n = stays per stage).", width, styles, max_height=80 * mm))

    story += section("Candidates", styles, "Rubric: mean of the observers' weighted averages over the sessions "
                                           "scored (n). Feedback: the trainees' overall item (n answers).")
    rows = []
    for c in candidates:
        sessions = per_candidate.get(c.id, [])
        effect = trends.get(c.id)
        rubric = estimate_values([p.rubric for p in effect.trend]) if effect else estimate_values([])
        answers = sum(p.feedback.n for p in effect.trend) if effect else 0
        overall = (sum((p.feedback.mean or 0) * p.feedback.n for p in effect.trend) / answers) if answers else None
        check = readiness.get(c.id)
        rows.append([
            c.name, c.stage_name, c.mentor_name or "–", str(len(sessions)),
            f"{num(rubric.mean)} (n={rubric.n})" if rubric.n else "–",
            f"{num(overall)} (n={answers})" if answers else "–",
            ("Ready" if check.ready else f"{sum(x.met for x in check.conditions)}/{len(check.conditions)}")
            if check else "–",
        ])
    story.append(data_table(
        ["Candidate", "Stage", "Mentor", "Sessions", "Rubric", "Feedback", "Ready"], rows,
        layout.cols(width, [0.2, 0.17, 0.15, 0.09, 0.14, 0.15, 0.1]), styles, numeric=[3, 4, 5],
        empty="No candidates yet."))

    story += section("Trends", styles, need=100 * mm)
    story.append(layout.figure(programme_trends(programme), "Monthly means with their 95% intervals, and "
                               "deliveries per month.", width, styles, max_height=90 * mm))
    return story, info
