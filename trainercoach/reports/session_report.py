"""The session report: one practice delivery, for the candidate, their mentor and the observers.

The three views of a session stay apart, as everywhere in the app: what the observers scored, what the
trainees said, what the trainees learned.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from trainercoach.charts import before_after_check, feedback_distribution
from trainercoach.reports import layout
from trainercoach.reports.layout import Styles, data_table, estimate_text, num, para, section
from trainercoach.reports.words import AUDIENCES, CHECK_KINDS, METHODS, RECOMMENDATIONS, word

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

COMMENTS_SHOWN = 40


def write_session_report(coach: Coach, delivery_id: int, out_path: str | os.PathLike[str], *,
                         page_size: str = "A4") -> Path:
    """Write one session's report; raises NotFound for a session no longer in the database."""
    layout.check_page_size(page_size)
    story, info = build(coach, delivery_id, layout.frame_width(page_size))
    return layout.write_pdf(out_path, story, info, page_size)


def build(coach: Coach, delivery_id: int, width: float) -> tuple[list[Flowable], layout.DocumentInfo]:
    styles = Styles()
    detail = coach.deliveries.get(delivery_id)
    effect = coach.effectiveness.session(delivery_id)
    observations = coach.observations.for_delivery(delivery_id)
    comments, comment_total = coach.feedback.comments(delivery_id=delivery_id, limit=COMMENTS_SHOWN)
    checks = {c.id: c for c in coach.comprehension.for_delivery(delivery_id)}
    form = detail.form
    generated = datetime.now()
    info = layout.DocumentInfo(title=f"Session report: {form.topic} ({detail.code})", subject="Session report",
                               author=coach.actor, running=f"{detail.candidate_name} · {detail.code}",
                               generated=generated)
    overall = effect.item("overall")
    gains = [c.gain.normalised for c in effect.checks if c.gain.normalised is not None]
    story: list[Flowable] = [
        para("Session report", styles.title),
        para(form.topic, styles.subtitle),
        para(f"Trainer: {detail.candidate_name}   ·   {form.starts_at:%Y-%m-%d %H:%M}   ·   Session code "
             f"{detail.code}   ·   Generated {generated:%Y-%m-%d} by {coach.actor}", styles.meta),
        Spacer(1, 5 * mm),
        layout.kpis([
            ("Rubric (observers)", num(effect.rubric.mean), f"n = {effect.rubric.n} observers"),
            ("Trainee feedback, overall", num(overall.estimate.mean) if overall else "–",
             layout.basis(overall.estimate) if overall else "no answers yet"),
            ("Response rate", f"{effect.response_rate:.0%}" if effect.response_rate is not None else "–",
             f"{effect.responses} forms from {effect.trainees} trainees"),
            ("Learning gain (normalised)", num(sum(gains) / len(gains)) if gains else "–",
             f"{len(gains)} of {len(effect.checks)} checks give one"),
        ], width, styles),
    ]
    story += section("Details", styles)
    story.append(layout.facts([
        ("Date and time", f"{form.starts_at:%Y-%m-%d %H:%M}"), ("Duration", f"{form.duration_minutes} minutes"),
        ("Session code", detail.code), ("Method", word(METHODS, form.method)),
        ("Audience", word(AUDIENCES, form.audience)), ("Trainees", str(form.trainees)),
        ("Training asset", detail.asset_title), ("Observers", ", ".join(detail.observer_names)),
        ("Trainer", detail.candidate_name),
    ], width, styles))
    if form.notes.strip():
        story += [para("Notes", styles.h2), para(form.notes, styles.body)]

    story += section("Observations", styles, "Each observer's scores against the rubric version they used, "
                                             "1–5, with their notes.")
    if not observations:
        story.append(para("No observation recorded for this session.", styles.note))
    for row in observations:
        observation = coach.observations.get(row.id)
        version = coach.rubrics.version(row.rubric_version_id)
        criteria = {c.id: c for c in version.criteria}
        scored = [s for s in observation.form.scores.values() if s is not None]
        story.append(KeepTogether([
            para(f"{row.observer_name} · weighted average {num(row.weighted_average)} "
                 f"(n={len(scored)} criteria) · recommendation: {word(RECOMMENDATIONS, row.recommendation)}",
                 styles.h2),
            data_table(
                ["Criterion", "Weight", "Score", "Notes"],
                [[criteria[cid].title if cid in criteria else str(cid), f"{criteria[cid].weight:g}"
                  if cid in criteria else "–", "not observed" if score is None else f"{score} / 5",
                  observation.form.notes.get(cid, "") or "–"]
                 for cid, score in observation.form.scores.items()],
                layout.cols(width, [0.34, 0.09, 0.12, 0.45]), styles, numeric=[1, 2]),
        ]))
        for label, text in (("Strengths", observation.form.strengths),
                            ("Improvements", observation.form.improvements)):
            if text.strip():
                story += [para(label, styles.h2), para(text, styles.body)]
        if observation.form.action_items:
            story.append(para("Action items", styles.h2))
            story.append(data_table(
                ["Action", "Due", "Done"],
                [[a.text, a.due_on.isoformat() if a.due_on else "–", "yes" if a.done else "no"]
                 for a in observation.form.action_items],
                layout.cols(width, [0.7, 0.15, 0.15]), styles))

    story += section("Trainee feedback", styles,
                     f"{effect.responses} anonymous forms from {effect.trainees} trainees.")
    story.append(data_table(
        ["Item", "Mean", "Answers (n)", "95% interval", "Scale"],
        [[i.label, num(i.estimate.mean), str(i.estimate.n),
          f"{num(i.estimate.low)}–{num(i.estimate.high)}" if i.estimate.low is not None else "–",
          "0–10" if i.kind == "recommend" else "1–5"] for i in effect.feedback],
        layout.cols(width, [0.46, 0.11, 0.13, 0.18, 0.12]), styles, numeric=[1, 2, 3]))
    story.append(Spacer(1, 3 * mm))
    story.append(layout.figure(feedback_distribution(effect),
                               "Share of answers per item, disagree to the left, agree to the right (n per item).",
                               width, styles, max_height=85 * mm))
    story.append(para("Trainee comments", styles.h2))
    if comments:
        story.append(para(f"{len(comments)} of {comment_total} written comments, as typed.", styles.note))
        for comment in comments:
            story += [para(comment.comment, styles.quote), Spacer(1, 1 * mm)]
    else:
        story.append(para("No trainee has written a comment.", styles.note))

    story += section("Comprehension checks", styles, "Scores before and after the session for trainees with "
                                                     "both; the normalised gain is the share of what was left to "
                                                     "learn that was learned.")
    if not effect.checks:
        story.append(para("No comprehension check recorded for this session.", styles.note))
    for summary in effect.checks:
        gain = summary.gain
        story.append(para(f"{summary.title or word(CHECK_KINDS, summary.kind)} · {word(CHECK_KINDS, summary.kind)}"
                          + (f" · {summary.held_on.isoformat()}" if summary.held_on else ""), styles.h2))
        story.append(data_table(
            ["Measure", "Value"],
            [["Before (mean)", estimate_text(gain.pre, 1, unit="scores")],
             ["After (mean)", estimate_text(gain.post, 1, unit="scores")],
             ["Gain per trainee", estimate_text(gain.gain, 1, unit="pairs")],
             ["Normalised gain", num(gain.normalised) if gain.normalised is not None else
              gain.why_no_normalised or "–"],
             ["Retention check", estimate_text(gain.retention, 1, unit="scores")]],
            layout.cols(width, [0.35, 0.65]), styles))
        record = checks.get(summary.check_id)
        pairs = [(s.pre, s.post) for s in record.form.scores] if record else []
        story.append(Spacer(1, 2 * mm))
        story.append(layout.figure(before_after_check(summary, pairs),
                                   f"Each line is one trainee (n={gain.paired} with both scores).", width, styles,
                                   max_height=75 * mm))
    return story, info

