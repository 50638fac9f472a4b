"""The programme report, for managers: how the pipeline flows, the headline figures, every candidate in one
table, and the monthly trends."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from trainercoach import i18n
from trainercoach.analytics.stats import Estimate, estimate_values
from trainercoach.charts import funnel, programme_trends, time_in_stage
from trainercoach.i18n import _
from trainercoach.reports import layout
from trainercoach.reports.layout import Styles, data_table, num, para, section
from trainercoach.words import READINESS, word

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach


def write_programme_report(coach: Coach, out_path: str | os.PathLike[str], *, page_size: str = "A4",
                           today: date | None = None, lang: str | None = None) -> Path:
    """Write the programme report in ``lang`` (en, el, zh_CN; None: the app's language)."""
    with i18n.using(lang):
        layout.check_page_size(page_size)
        story, info = build(coach, layout.frame_width(page_size), today or date.today())
        return layout.write_pdf(out_path, story, info, page_size)


def build(coach: Coach, width: float, today: date) -> tuple[list[Flowable], layout.DocumentInfo]:
    styles = Styles()
    generated = datetime.now()
    info = layout.DocumentInfo(title=_("Programme report"), subject=_("Programme report"), author=coach.actor,
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
        n = sum(e.n for _month, e in programme.monthly_feedback)
        total = sum((e.mean or 0) * e.n for _month, e in programme.monthly_feedback)
        feedback = Estimate(n, total / n if n else None)

    story: list[Flowable] = [
        para(_("Programme report"), styles.title),
        para(_("Train the trainer: pipeline, deliveries and readiness"), styles.subtitle),
        para(_("{candidates} candidates   ·   {sessions} practice deliveries   ·   Generated {date} by {author}",
               candidates=len(candidates), sessions=programme.all_sessions, date=f"{generated:%Y-%m-%d}",
               author=coach.actor), styles.meta),
        Spacer(1, 5 * mm),
        layout.kpis([
            (_("Candidates in the programme"), str(len(candidates)),
             _("{count} ready for certification", count=ready)),
            (_("Practice deliveries"), str(programme.all_sessions),
             _("internal trainers: {share}",
               share=layout.percent(programme.internal_sessions, programme.all_sessions))),
            (_("Trainee feedback, overall"), num(feedback.mean), layout.basis(feedback)),
            (_("Certifications in force"), str(len(certifications)),
             _("{count} action items overdue", count=len(overdue))),
        ], width, styles),
    ]
    story += section(_("Pipeline"), styles, need=150 * mm)
    story.append(layout.figure(funnel(programme), _("How many candidates ever reached each stage."), width, styles,
                               max_height=80 * mm))
    story.append(layout.figure(time_in_stage(programme), _("Days each completed stay in a stage lasted "
                               "(n = stays per stage)."), width, styles, max_height=80 * mm))

    story += section(_("Candidates"), styles, _("Rubric: mean of the observers' weighted averages over the "
                                                "sessions scored (n). Feedback: the trainees' overall item (n "
                                                "answers)."))
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
            (word(READINESS, "ready") if check.ready
             else f"{sum(x.met for x in check.conditions)}/{len(check.conditions)}")
            if check else "–",
        ])
    story.append(data_table(
        [_("Candidate"), _("Stage"), _("Mentor"), _("Sessions"), _("Rubric"), _("Feedback"),
         word(READINESS, "ready")], rows,
        layout.cols(width, [0.2, 0.17, 0.15, 0.09, 0.14, 0.15, 0.1]), styles, numeric=[3, 4, 5],
        empty=_("No candidates yet.")))

    story += section(_("Trends"), styles, need=100 * mm)
    story.append(layout.figure(programme_trends(programme), _("Monthly means with their 95% intervals, and "
                               "deliveries per month."), width, styles, max_height=90 * mm))
    return story, info
