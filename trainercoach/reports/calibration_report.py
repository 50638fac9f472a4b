"""The calibration report (issue 19): one exercise, for the lead and the observers who took part.

It answers two questions in this order: how far can the team's scores be trusted (the intraclass correlations
and Krippendorff's alpha, each with its interval and the band its source gives it), and who scores differently
from the rest (each observer's bias with its interval, lenient or severe). Every figure names what it rests on.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from trainercoach import i18n
from trainercoach.analytics.agreement import (
    ALPHA_MIN_TARGETS,
    ALPHA_SOURCE,
    BOOTSTRAP_SEED,
    ICC_KINDS,
    ICC_MEANINGS,
    ICC_SOURCE,
    AgreementSummary,
    Coefficient,
    ObserverBias,
    alpha_band,
    icc_band,
)
from trainercoach.charts import observer_bias
from trainercoach.i18n import _, text
from trainercoach.reports import layout
from trainercoach.reports.layout import Styles, data_table, num, para, section
from trainercoach.words import CALIBRATION_STATUS, word

if TYPE_CHECKING:
    from trainercoach.records.reports import CalibrationSnapshot


def write_calibration_report(snapshot: CalibrationSnapshot, out_path: str | os.PathLike[str], *,
                             page_size: str = "A4", lang: str | None = None) -> Path:
    """Write one exercise's report (read by ``coach.reports.calibration``) in ``lang`` (None: the language it
    was read in)."""
    with i18n.using(lang or snapshot.lang):
        layout.check_page_size(page_size)
        story, info = build(snapshot, layout.frame_width(page_size))
        return layout.write_pdf(out_path, story, info, page_size)


def interval(value: Coefficient) -> str:
    if value.low is None or value.high is None:
        return "–"
    return _("{low} to {high}", low=num(value.low), high=num(value.high))


def alpha_interval(summary: AgreementSummary, value: Coefficient) -> str:
    """Alpha's bootstrap interval, or why there is none."""
    if value.value is not None and not summary.alpha_interval_meaningful:
        return _("not meaningful with so few targets")
    return interval(value)


def band(word_of: str | None) -> str:
    return text(word_of) if word_of else "–"


def share(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def reading(bias: ObserverBias) -> str:
    if bias.mean is None:
        return _("no scores to compare")
    if bias.lenient:
        return _("lenient")
    if bias.severe:
        return _("severe")
    if bias.low is None:
        return _("too few scores for an interval")
    return _("in line with the others")


def build(snapshot: CalibrationSnapshot, width: float) -> tuple[list[Flowable], layout.DocumentInfo]:
    """Lays the snapshot out; it reads nothing."""
    styles = Styles()
    view, agreement = snapshot.view, snapshot.agreement
    total = agreement.per_criterion[-1]
    summary = total.summary
    generated = snapshot.read_at
    against_reference = bool(view.references)
    info = layout.DocumentInfo(title=_("Calibration report: {name}", name=view.name), subject=_("Calibration report"),
                               author=snapshot.actor, running=view.name, generated=generated)
    icc2, icc2k = summary.iccs.icc["ICC2"], summary.iccs.icc["ICC2k"]
    story: list[Flowable] = [
        para(_("Calibration report"), styles.title),
        para(view.name, styles.subtitle),
        para(_("Lead: {lead}   ·   {status}   ·   {targets} deliveries, {observers} observers   ·   Generated "
               "{date} by {author}", lead=snapshot.lead or "–", status=word(CALIBRATION_STATUS, view.status),
               targets=len(view.targets), observers=len(view.observers), date=f"{generated:%Y-%m-%d}",
               author=snapshot.actor), styles.meta),
        Spacer(1, 5 * mm),
        layout.kpis([
            (_("ICC(2,1): one observer"), num(icc2.value), _("95% interval {interval}; {band} ({source})",
                                                             interval=interval(icc2), band=band(icc_band(icc2.value)),
                                                             source=ICC_SOURCE)),
            (_("ICC(2,k): mean of the observers"), num(icc2k.value),
             _("95% interval {interval}; {band}", interval=interval(icc2k), band=band(icc_band(icc2k.value)))),
            (_("Krippendorff's alpha (interval)"), num(summary.alpha_interval.value),
             _("{band} ({source})", band=band(alpha_band(summary.alpha_interval.value)), source=ALPHA_SOURCE)),
            (_("Within one point"), share(summary.percent.within_one),
             _("{pairs} pairs of scores; exact {exact}", pairs=summary.percent.pairs,
               exact=share(summary.percent.exact))),
        ], width, styles),
    ]
    if snapshot.notes.strip():
        story += [para(_("Notes"), styles.h2), para(snapshot.notes, styles.body)]

    story += section(_("Deliveries and observers"), styles,
                     _("Each delivery's score here is the observer's mean over the rubric's criteria."))
    names = [name for _id, name in agreement.observers]
    table_rows = []
    for target_id, title in view.targets:
        row: list[str] = [title or "–"]
        for observer_id, _name in agreement.observers:
            marks = [view.scores.get((target_id, observer_id, cid)) for cid, _t in view.criteria]
            given = [m for m in marks if m is not None]
            row.append(num(sum(given) / len(given)) if given else "–")
        table_rows.append(row)
    first = 0.3 if len(names) <= 5 else 0.22
    story.append(data_table([_("Delivery"), *names], table_rows,
                            layout.cols(width, [first, *[(1 - first) / max(1, len(names))] * len(names)]), styles,
                            numeric=list(range(1, len(names) + 1))))

    story += section(_("Intraclass correlations"), styles,
                     _("On each delivery's mean over the criteria: {n} deliveries with every observer's score, "
                       "{k} observers, {dropped} left out for a missing score. Bands: {source}, below 0.5 poor, "
                       "0.5 to 0.75 moderate, 0.75 to 0.9 good, above 0.9 excellent; read the interval as well "
                       "as the figure.", n=summary.iccs.n_targets, k=summary.iccs.n_observers,
                       dropped=summary.iccs.dropped, source=ICC_SOURCE))
    story.append(data_table(
        [_("Coefficient"), _("Value"), _("95% interval"), _("Band")],
        [[text(ICC_MEANINGS[kind]), num(summary.iccs.icc[kind].value), interval(summary.iccs.icc[kind]),
          band(icc_band(summary.iccs.icc[kind].value))] for kind in ICC_KINDS],
        layout.cols(width, [0.55, 0.1, 0.2, 0.15]), styles, numeric=[1, 2]))
    story.append(KeepTogether([para(_("Krippendorff's alpha"), styles.h2), data_table(
        [_("Level"), _("Value"), _("95% interval"), _("Band ({source})", source=ALPHA_SOURCE)],
        [[_("Ordinal"), num(summary.alpha_ordinal.value), alpha_interval(summary, summary.alpha_ordinal),
          band(alpha_band(summary.alpha_ordinal.value))],
         [_("Interval"), num(summary.alpha_interval.value), alpha_interval(summary, summary.alpha_interval),
          band(alpha_band(summary.alpha_interval.value))]],
        layout.cols(width, [0.2, 0.12, 0.38, 0.3]), styles, numeric=[1]),
        para(_("Alpha takes every score, missing ones too: rely on 0.8 and above; 0.667 to 0.8 allows "
               "tentative conclusions only."), styles.note),
        para(_("Alpha's 95% interval is a percentile bootstrap: {resamples} resamples of the deliveries, drawn "
               "with a fixed seed ({seed}) so the same scores always give the same interval. It is given from "
               "{fewest} deliveries scored by two or more observers; this exercise has {targets}.",
               resamples=summary.resamples, seed=BOOTSTRAP_SEED, fewest=ALPHA_MIN_TARGETS,
               targets=summary.alpha_targets), styles.note)]))
    if summary.kappa is not None:
        story.append(para(_("Quadratic weighted kappa of the two observers: {kappa}.", kappa=num(summary.kappa)),
                          styles.body))

    story += section(_("Agreement per criterion"), styles,
                     _("Each criterion's scores on their own: how far the observers agree on what they judged "
                       "alike and differently."))
    story.append(data_table(
        [_("Criterion"), _("ICC(2,1)"), _("95% interval"), _("Alpha (ordinal)"), _("Exact"), _("Within one"),
         _("Left out")],
        [[c.title, num(c.summary.iccs.icc["ICC2"].value), interval(c.summary.iccs.icc["ICC2"]),
          num(c.summary.alpha_ordinal.value), share(c.summary.percent.exact), share(c.summary.percent.within_one),
          str(c.summary.iccs.dropped)] for c in agreement.per_criterion[:-1]],
        layout.cols(width, [0.3, 0.1, 0.17, 0.12, 0.1, 0.11, 0.1]), styles, numeric=[1, 2, 3, 4, 5, 6]))

    story += section(_("Each observer's bias"), styles,
                     _("Each observer's mean difference from the lead's reference score, on each delivery's mean "
                       "over the criteria, with its 95% interval. Lenient: the whole interval above zero; severe: "
                       "the whole interval below.") if against_reference else
                     _("Each observer's mean difference from the other observers' mean, on each delivery's mean "
                       "over the criteria, with its 95% interval. Lenient: the whole interval above zero; severe: "
                       "the whole interval below."), need=90 * mm)
    story.append(layout.figure(
        observer_bias(view.name, agreement.observers, total, against_reference),
        _("Dots: mean difference; lines: 95% interval; zero: in line with the consensus."), width, styles,
        max_height=min(150 * mm, (62 + 9 * len(names)) * mm)))
    story.append(data_table(
        [_("Observer"), _("Deliveries (n)"), _("Mean difference"), _("95% interval"), _("Reading")],
        [[name, str(b.n), "–" if b.mean is None else f"{'+' if b.mean > 0 else ''}{num(b.mean)}",
          interval(Coefficient(b.mean, b.low, b.high)), reading(b)]
         for (_id, name), b in zip(agreement.observers, summary.bias, strict=True)],
        layout.cols(width, [0.3, 0.14, 0.16, 0.2, 0.2]), styles, numeric=[1, 2, 3]))
    lenient = [name for (_id, name), b in zip(agreement.observers, summary.bias, strict=True) if b.lenient]
    severe = [name for (_id, name), b in zip(agreement.observers, summary.bias, strict=True) if b.severe]
    if lenient:
        story.append(para(_("Scores leniently: {names}.", names=", ".join(lenient)), styles.body))
    if severe:
        story.append(para(_("Scores severely: {names}.", names=", ".join(severe)), styles.body))

    if against_reference:
        story += section(_("Reference scores"), styles, _("The lead's score of each criterion on each delivery."))
        story.append(data_table(
            [_("Criterion"), *[title for _id, title in view.targets]],
            [[title, *[str(view.references[(t, cid)]) if (t, cid) in view.references else "–"
                       for t, _title in view.targets]] for cid, title in view.criteria],
            layout.cols(width, [0.3, *[0.7 / max(1, len(view.targets))] * len(view.targets)]), styles,
            numeric=list(range(1, len(view.targets) + 1))))
    return story, info
