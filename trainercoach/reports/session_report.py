"""The session report: one practice delivery, for the candidate, their mentor and the observers.

The three views of a session stay apart, as everywhere in the app: what the observers scored, what the
trainees said, what the trainees learned.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from trainercoach import i18n
from trainercoach.charts import before_after_check, feedback_distribution
from trainercoach.i18n import _
from trainercoach.reports import layout
from trainercoach.reports.layout import Styles, data_table, estimate_text, num, para, section
from trainercoach.words import AUDIENCES, CHECK_KINDS, METHODS, RECOMMENDATIONS, word

if TYPE_CHECKING:
    from trainercoach.records.reports import SessionReportSnapshot


def write_session_report(snapshot: SessionReportSnapshot, out_path: str | os.PathLike[str], *,
                         page_size: str = "A4", lang: str | None = None) -> Path:
    """Write one session's report (read by ``coach.reports.session_report``) in ``lang`` (None: the language
    it was read in)."""
    with i18n.using(lang or snapshot.lang):
        layout.check_page_size(page_size)
        story, info = build(snapshot, layout.frame_width(page_size))
        return layout.write_pdf(out_path, story, info, page_size)


def build(snapshot: SessionReportSnapshot, width: float) -> tuple[list[Flowable], layout.DocumentInfo]:
    """Lays the snapshot out; it reads nothing."""
    styles = Styles()
    detail, effect, actor = snapshot.detail, snapshot.effectiveness, snapshot.actor
    comments, comment_total, checks = snapshot.comments, snapshot.comment_total, snapshot.checks
    form = detail.form
    generated = snapshot.read_at
    info = layout.DocumentInfo(title=_("Session report: {topic} ({code})", topic=form.topic, code=detail.code),
                               subject=_("Session report"),
                               author=actor, running=f"{detail.candidate_name} · {detail.code}",
                               generated=generated)
    overall = effect.item("overall")
    gains = [c.gain.normalised for c in effect.checks if c.gain.normalised is not None]
    story: list[Flowable] = [
        para(_("Session report"), styles.title),
        para(form.topic, styles.subtitle),
        para(_("Trainer: {trainer}   ·   {starts}   ·   Session code {code}   ·   Generated {date} by {author}",
               trainer=detail.candidate_name, starts=f"{form.starts_at:%Y-%m-%d %H:%M}", code=detail.code,
               date=f"{generated:%Y-%m-%d}", author=actor), styles.meta),
        Spacer(1, 5 * mm),
        layout.kpis([
            (_("Rubric (observers)"), num(effect.rubric.mean), _("n = {n} observers", n=effect.rubric.n)),
            (_("Trainee feedback, overall"), num(overall.estimate.mean) if overall else "–",
             layout.basis(overall.estimate) if overall else _("no answers yet")),
            (_("Response rate"), f"{effect.response_rate:.0%}" if effect.response_rate is not None else "–",
             _("{forms} forms from {trainees} trainees", forms=effect.responses, trainees=effect.trainees)),
            (_("Learning gain (normalised)"), num(sum(gains) / len(gains)) if gains else "–",
             _("{count} of {total} checks give one", count=len(gains), total=len(effect.checks))),
        ], width, styles),
    ]
    story += section(_("Details"), styles)
    story.append(layout.facts([
        (_("Date and time"), f"{form.starts_at:%Y-%m-%d %H:%M}"),
        (_("Duration"), _("{minutes} minutes", minutes=form.duration_minutes)),
        (_("Session code"), detail.code), (_("Method"), word(METHODS, form.method)),
        (_("Audience"), word(AUDIENCES, form.audience)), (_("Trainees"), str(form.trainees)),
        (_("Training asset"), detail.asset_title), (_("Observers"), ", ".join(detail.observer_names)),
        (_("Trainer"), detail.candidate_name),
    ], width, styles))
    if form.notes.strip():
        story += [para(_("Notes"), styles.h2), para(form.notes, styles.body)]
    if form.recording_link:
        story += [para(_("Recording"), styles.h2), para(form.recording_link, styles.body)]

    story += section(_("Observations"), styles, _("Each observer's scores against the rubric version they used, "
                                                  "1–5, with their notes."))
    if not snapshot.observations:
        story.append(para(_("No observation recorded for this session."), styles.note))
    for sheet in snapshot.observations:
        row, observation = sheet.row, sheet.detail
        criteria = {c.id: c for c in sheet.rubric.criteria}
        scored = [s for s in observation.form.scores.values() if s is not None]
        story.append(KeepTogether([
            para(_("{observer} · weighted average {average} (n={n} criteria) · recommendation: {recommendation}",
                   observer=row.observer_name, average=num(row.weighted_average), n=len(scored),
                   recommendation=word(RECOMMENDATIONS, row.recommendation)), styles.h2),
            data_table(
                [_("Criterion"), _("Weight"), _("Score"), _("Notes")],
                [[criteria[cid].title if cid in criteria else str(cid), f"{criteria[cid].weight:g}"
                  if cid in criteria else "–", _("not observed") if score is None else f"{score} / 5",
                  observation.form.notes.get(cid, "") or "–"]
                 for cid, score in observation.form.scores.items()],
                layout.cols(width, [0.34, 0.09, 0.12, 0.45]), styles, numeric=[1, 2]),
        ]))
        for label, text in ((_("Strengths"), observation.form.strengths),
                            (_("Improvements"), observation.form.improvements)):
            if text.strip():
                story += [para(label, styles.h2), para(text, styles.body)]
        if observation.form.action_items:
            story.append(para(_("Action items"), styles.h2))
            story.append(data_table(
                [_("Action"), _("Due"), _("Done")],
                [[a.text, a.due_on.isoformat() if a.due_on else "–", _("yes") if a.done else _("no")]
                 for a in observation.form.action_items],
                layout.cols(width, [0.7, 0.15, 0.15]), styles))

    story += section(_("Trainee feedback"), styles,
                     _("{forms} anonymous forms from {trainees} trainees.", forms=effect.responses,
                       trainees=effect.trainees))
    story.append(data_table(
        [_("Item"), _("Mean"), _("Answers (n)"), _("95% interval"), _("Scale")],
        [[i.label, num(i.estimate.mean), str(i.estimate.n),
          f"{num(i.estimate.low)}–{num(i.estimate.high)}" if i.estimate.low is not None else "–",
          "0–10" if i.kind == "recommend" else "1–5"] for i in effect.feedback],
        layout.cols(width, [0.46, 0.11, 0.13, 0.18, 0.12]), styles, numeric=[1, 2, 3]))
    story.append(Spacer(1, 3 * mm))
    story.append(layout.figure(feedback_distribution(effect),
                               _("Share of answers per item, disagree to the left, agree to the right (n per "
                                 "item)."),
                               width, styles, max_height=85 * mm))
    story.append(para(_("Trainee comments"), styles.h2))
    if comments:
        story.append(para(_("{count} of {total} written comments, as typed.", count=len(comments),
                            total=comment_total), styles.note))
        for comment in comments:
            story += [para(comment.comment, styles.quote), Spacer(1, 1 * mm)]
    else:
        story.append(para(_("No trainee has written a comment."), styles.note))

    story += section(_("Comprehension checks"), styles, _("Scores before and after the session for trainees with "
                                                          "both; the normalised gain is the share of what was left "
                                                          "to learn that was learned."))
    if not effect.checks:
        story.append(para(_("No comprehension check recorded for this session."), styles.note))
    for summary in effect.checks:
        gain = summary.gain
        story.append(para(f"{summary.title or word(CHECK_KINDS, summary.kind)} · {word(CHECK_KINDS, summary.kind)}"
                          + (f" · {summary.held_on.isoformat()}" if summary.held_on else ""), styles.h2))
        story.append(data_table(
            [_("Measure"), _("Value")],
            [[_("Before (mean)"), estimate_text(gain.pre, 1, unit=_("scores"))],
             [_("After (mean)"), estimate_text(gain.post, 1, unit=_("scores"))],
             [_("Gain per trainee"), estimate_text(gain.gain, 1, unit=_("pairs"))],
             [_("Normalised gain"), num(gain.normalised) if gain.normalised is not None else
              gain.why_no_normalised or "–"],
             [_("Retention check"), estimate_text(gain.retention, 1, unit=_("scores"))]],
            layout.cols(width, [0.35, 0.65]), styles))
        record = checks.get(summary.check_id)
        pairs = [(s.pre, s.post) for s in record.form.scores] if record else []
        story.append(Spacer(1, 2 * mm))
        story.append(layout.figure(before_after_check(summary, pairs),
                                   _("Each line is one trainee (n={n} with both scores).", n=gain.paired), width,
                                   styles,
                                   max_height=75 * mm))
    return story, info

