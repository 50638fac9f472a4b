"""The programme's charts: the pipeline funnel, the time candidates spend in each stage, and the monthly trends."""

from __future__ import annotations

import math
import statistics

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from trainercoach.analytics.stats import Estimate
from trainercoach.charts import style
from trainercoach.charts.labels import t
from trainercoach.records.effectiveness import Programme

BOX_MIN = 5  # below this a box's quartiles would be read as more than they are: the points alone are shown


@style.chart
def funnel(programme: Programme) -> Figure:
    """Bars centred on one axis read as a funnel; each stage says how many of the previous stage reached it,
    which is where a lead sees the programme leak."""
    fig = style.new_figure()
    title = t("funnel_title")
    stages = programme.funnel
    if not stages or max(count for _, count in stages) == 0:
        return style.not_enough_data(fig, title, t("funnel_none"))
    ax = fig.add_subplot()
    style.set_title(ax, title)
    widest = max(count for _, count in stages)
    ys = list(range(len(stages)))
    counts = [count for _, count in stages]
    bars = ax.barh(ys, counts, left=[-c / 2 for c in counts], height=0.7, color=style.RUBRIC, gid="funnel")
    labels, previous = [], None
    for count in counts:
        labels.append(t("funnel_bar", count=count) if not previous else
                      t("funnel_conversion", count=count, share=count / previous))
        previous = count
    style.tips(fig, bars, [f"{style.one_line(name)}\n{t('funnel_tip', count=count)}\n{label}"
                           for (name, count), label in zip(stages, labels, strict=True)])
    ax.set_yticks(ys, [style.wrap(name, 24, 2) for name, _ in stages])
    ax.invert_yaxis()
    ax.set_xlim(-widest / 2 * 1.05, widest / 2 * 1.05)
    ax.xaxis.set_visible(False)
    style.hide_axes_frame(ax)
    ax.tick_params(axis="y", length=0)
    # The counts are a column of labels on the right, laid out like the stage names on the left: the layout
    # makes room for them at every width, where text placed in data coordinates ran off a narrow chart.
    right = ax.secondary_yaxis("right")
    right.set_yticks(ys, [style.wrap(label, 18, 2) for label in labels])
    right.tick_params(axis="y", length=0)
    right.spines["right"].set_visible(False)
    right.set_gid("funnel-counts")
    return fig


def _stage_order(programme: Programme) -> list[str]:
    """Pipeline order first (the funnel has it), then the other stages (exits such as Paused) as they come."""
    names = [name for name, _ in programme.funnel]
    return names + [name for name in programme.time_in_stage if name not in names]


@style.chart
def time_in_stage(programme: Programme) -> Figure:
    """Every stay is a point, so a stage with three stays does not pass for a distribution; a box joins them
    from five stays on. Stages nobody has left yet are listed and say so, rather than silently missing."""
    fig = style.new_figure()
    title = t("stage_title")
    if not any(programme.time_in_stage.values()):
        return style.not_enough_data(fig, title, t("stage_none"))
    ax = fig.add_subplot()
    style.set_title(ax, title)
    stages = _stage_order(programme)
    rng = np.random.default_rng(0)  # fixed: the same data always draws the same picture
    labels = []
    longest = max(max(days) for days in programme.time_in_stage.values() if days)
    for y, stage in enumerate(stages):
        days = programme.time_in_stage.get(stage, [])
        if not days:
            labels.append(style.wrap(t("stage_empty_label", stage=stage), 26, 2))
            ax.text(0, y, t("stage_empty"), va="center", ha="left", style="italic", color=style.MUTED)
            continue
        labels.append(style.wrap(t("stage_label", stage=stage, n=len(days)), 26, 2))
        if len(days) >= BOX_MIN:
            ax.boxplot([days], positions=[y], orientation="horizontal", widths=0.6, showfliers=False,
                       manage_ticks=False, patch_artist=True, boxprops={"facecolor": "#DDEBF7", "color": "#555555"},
                       medianprops={"color": "black", "linewidth": 2}, whiskerprops={"color": "#555555"},
                       capprops={"color": "#555555"})
        jitter = rng.uniform(-0.18, 0.18, len(days))
        points = ax.scatter(days, y + jitter, s=14, color=style.RUBRIC, alpha=0.6, zorder=3, gid=f"stage-{y}")
        style.tip(fig, points, [f"{style.one_line(stage)}\n{t('stage_tip', days=d)}" for d in days])
        ax.text(max(days) + longest * 0.02, y, t("stage_median", days=statistics.median(days)), va="center",
                ha="left", fontsize="small", color="#444444")
    ax.set_yticks(range(len(stages)), labels)
    ax.invert_yaxis()
    ax.set_xlim(-longest * 0.02, longest * 1.2)
    ax.set_xlabel(t("stage_x"))
    ax.grid(axis="x", alpha=0.3)
    return fig


def months_between(months: list[str]) -> list[str]:
    """Every month from the first to the last ("YYYY-MM"), so a month with no sessions is drawn as empty
    rather than dropped (which would put May beside July)."""
    if not months:
        return []
    first, last = min(months), max(months)
    year, month = int(first[:4]), int(first[5:7])
    every = []
    while f"{year:04d}-{month:02d}" <= last:
        every.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return every


def _estimate_line(ax: Axes, xs: list[int], values: list[Estimate], colour: str, label: str, gid: str,
                   months: list[str]) -> None:
    means = [math.nan if e.mean is None else e.mean for e in values]
    (line,) = ax.plot(xs, means, color=colour, marker="o", linewidth=2, label=label, gid=gid, zorder=3)
    style.tip(ax.figure, line, [f"{months[x]}\n{label}: {style.fmt(e.mean, 2)} (n={e.n})" for x, e in
                                zip(xs, values, strict=True)])
    style.interval_band(ax, xs, [e.low for e in values], [e.high for e in values], colour, f"{gid}-band")


@style.chart
def programme_trends(programme: Programme) -> Figure:
    """Two panels on the same months rather than bars and lines on twin axes: counts and 1-5 means have
    nothing in common but time, and one y axis each keeps both honest."""
    fig = style.new_figure()
    title = t("programme_title")
    if not programme.deliveries_per_month or not programme.all_sessions:
        return style.not_enough_data(fig, title, t("programme_none"))
    rubric = dict(programme.monthly_rubric)
    feedback = dict(programme.monthly_feedback)
    deliveries = dict(programme.deliveries_per_month)
    months = months_between(sorted(set(deliveries) | set(rubric) | set(feedback)))
    xs = list(range(len(months)))
    style.set_title(fig, title)
    scores, counts = fig.subplots(2, 1, sharex=True, height_ratios=[3, 2])
    share = programme.internal_share
    style.set_subtitle(scores, t("programme_share", internal=programme.internal_sessions, total=programme.all_sessions,
                       share=share) if share is not None else t("programme_no_share"))
    for data, colour, key in ((rubric, style.RUBRIC, "rubric"), (feedback, style.FEEDBACK, "feedback")):
        present = [(x, data[m]) for x, m in zip(xs, months, strict=True) if m in data and data[m].mean is not None]
        if present:
            _estimate_line(scores, [x for x, _ in present], [e for _, e in present], colour,
                           t(f"programme_{key}"), key, months)
    scores.set_ylim(0.8, 5.2)
    scores.set_yticks([1, 2, 3, 4, 5])
    scores.set_ylabel(t("programme_scores_y"))
    scores.grid(axis="y", alpha=0.3)
    bars = counts.bar(xs, [deliveries.get(m, 0) for m in months], color=style.MUTED, width=0.6, gid="deliveries")
    counts.bar_label(bars, fontsize="small", padding=2)
    style.tips(fig, bars, [f"{m}\n{t('programme_sessions_tip', count=deliveries.get(m, 0))}" for m in months])
    counts.set_ylim(0, max(deliveries.values(), default=0) * 1.25 + 1)
    counts.set_ylabel(t("programme_deliveries_y"))
    counts.set_xticks(xs, months, rotation=45 if len(months) > 8 else 0)
    counts.set_xlabel(t("programme_x"))
    handles, labels = scores.get_legend_handles_labels()
    if handles:
        handles.append(Patch(color=style.MUTED, alpha=0.35, label=t("programme_band")))
        fig.legend(handles=handles, loc="outside lower center", ncols=style.legend_columns(handles), frameon=False)
    return fig
