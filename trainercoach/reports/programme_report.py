"""The programme report, for managers: how the pipeline flows, the headline figures, every candidate in one
table, and the monthly trends."""

from __future__ import annotations

import os
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
    from trainercoach.records.reports import ProgrammeSnapshot
    from trainercoach.records.sessions import DeliveryRow


def write_programme_report(snapshot: ProgrammeSnapshot, out_path: str | os.PathLike[str], *, page_size: str = "A4",
                           lang: str | None = None) -> Path:
    """Write the programme report (read by ``coach.reports.programme``) in ``lang`` (en, el, zh_CN; None: the
    language it was read in)."""
    with i18n.using(lang or snapshot.lang):
        layout.check_page_size(page_size)
        story, info = build(snapshot, layout.frame_width(page_size))
        return layout.write_pdf(out_path, story, info, page_size)


def build(snapshot: ProgrammeSnapshot, width: float) -> tuple[list[Flowable], layout.DocumentInfo]:
    """Lays the snapshot out; it reads nothing."""
    styles = Styles()
    generated, actor = snapshot.read_at, snapshot.actor
    info = layout.DocumentInfo(title=_("Programme report"), subject=_("Programme report"), author=actor,
                               running=f"{generated:%Y-%m-%d}", generated=generated)
    programme, candidates, readiness = snapshot.programme, snapshot.candidates, snapshot.readiness
    per_candidate: dict[int, list[DeliveryRow]] = {}
    for d in snapshot.deliveries:
        per_candidate.setdefault(d.candidate_id, []).append(d)
    trends, overdue, certifications = snapshot.trends, snapshot.overdue, snapshot.certifications
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
               author=actor), styles.meta),
        Spacer(1, 5 * mm),
        layout.kpis([
            (_("Candidates in the programme"), str(programme.headcount.in_programme),
             _("not counting {paused} paused or withdrawn; {count} ready for certification",
               paused=programme.headcount.paused_or_withdrawn, count=ready)),
            (_("Practice deliveries"), str(programme.all_sessions),
             _("internal trainers: {share}",
               share=layout.percent(programme.internal_sessions, programme.all_sessions))),
            (_("Trainee feedback, overall"), num(feedback.mean), layout.basis(feedback)),
            (_("Certifications in force"), str(len(certifications)),
             _("{count} action items overdue", count=len(overdue))),
        ], width, styles),
    ]
    story += section(_("Pipeline"), styles, need=150 * mm)
    story.append(layout.figure(funnel(programme), _("How many candidates ever reached each stage: the {active} active "
                                                     "candidates, including {paused} since paused or withdrawn; "
                                                     "archived candidates are left out.",
                                                     active=programme.headcount.active,
                                                     paused=programme.headcount.paused_or_withdrawn), width, styles,
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
        trend = effect.trend if effect else []
        rubric = estimate_values([p.rubric for p in trend])
        answers = sum(p.feedback.n for p in trend)
        overall = (sum((p.feedback.mean or 0.0) * p.feedback.n for p in trend) / answers) if answers else None
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
