"""A candidate's charts: the trend across their deliveries, and their criteria against the cohort."""

from __future__ import annotations

from matplotlib.artist import Artist
from matplotlib.dates import AutoDateLocator
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from trainercoach.charts import style
from trainercoach.charts.labels import t
from trainercoach.records.effectiveness import CandidateEffectiveness, TrendPoint

SMALL_N = 10  # the same line as Estimate.small: below it the interval matters more than the mean
SCALE = (1.0, 5.0)
MEDIAN_TICK_WIDTH = 3  # points: the cohort median's tick on the criteria chart


def _has_score(point: TrendPoint) -> bool:
    return point.rubric is not None or point.feedback.mean is not None or point.normalised_gain is not None


@style.chart
def candidate_trend(effectiveness: CandidateEffectiveness) -> Figure:
    """Rubric and feedback on one 1-5 scale so they can be compared, the gain on its own 0-1 axis because it is
    a different quantity; feedback carries its interval, and hollow points warn that few trainees answered."""
    fig = style.new_figure()
    title = t("trend_title", name=effectiveness.name)
    points = [p for p in effectiveness.trend if _has_score(p)]
    if len(points) < 2:
        return style.not_enough_data(fig, title, t("trend_too_few", name=effectiveness.name, count=len(points)))
    ax = fig.add_subplot()
    style.set_title(ax, title)
    handles: list[Artist] = []
    # The x values are datetimes, which Axes.plot takes through matplotlib's date units although its stubs'
    # ArrayLike leaves them out: hence the arg-type ignores below.

    rubric = [(p.starts_at, p.rubric) for p in points if p.rubric is not None]
    if rubric:
        (line,) = ax.plot([x for x, _ in rubric], [y for _, y in rubric], color=style.RUBRIC,  # type: ignore[arg-type]
                          marker="o",
                          linewidth=2, label=t("trend_rubric"), gid="rubric", zorder=3)
        handles.append(line)
        style.tip(fig, line, [_tip(p, t("trend_rubric"), style.fmt(p.rubric, 2)) for p in points
                              if p.rubric is not None])

    feedback = [p for p in points if p.feedback.mean is not None]
    if feedback:
        xs = [p.starts_at for p in feedback]
        (line,) = ax.plot(xs, _means(feedback), color=style.FEEDBACK, linewidth=2,  # type: ignore[arg-type]
                          label=t("trend_feedback"), gid="feedback", zorder=3)
        handles.append(line)
        style.tip(fig, line, [_tip(p, t("trend_feedback"), f"{style.fmt(p.feedback.mean, 2)} (n={p.feedback.n})")
                              for p in feedback])
        big = [p for p in feedback if not p.feedback.small]
        small = [p for p in feedback if p.feedback.small]
        ax.plot([p.starts_at for p in big], _means(big), linestyle="none", marker="o",  # type: ignore[arg-type]
                color=style.FEEDBACK, gid="feedback-points", zorder=4)
        if small:
            (hollow,) = ax.plot([p.starts_at for p in small], _means(small), linestyle="none",  # type: ignore[arg-type]
                                marker="o", markerfacecolor="white", markeredgewidth=1.5, color=style.FEEDBACK,
                                label=t("trend_small", n=SMALL_N), gid="feedback-small", zorder=4)
            handles.append(hollow)
        band = style.interval_band(ax, xs, [p.feedback.low for p in feedback], [p.feedback.high for p in feedback],
                                   style.FEEDBACK, "feedback-band", t("trend_band"))
        if band is not None:
            handles.append(band)

    ax.set_ylim(SCALE[0] - 0.2, SCALE[1] + 0.2)
    ax.set_yticks([1, 2, 3, 4, 5])
    ax.set_ylabel(t("trend_y"))
    ax.set_xlabel(t("trend_x"))
    ax.grid(axis="y", alpha=0.3)
    locator = AutoDateLocator(maxticks=7)
    ax.xaxis.set_major_locator(locator)
    # ConciseDateFormatter's constructor is not annotated in matplotlib.
    ax.xaxis.set_major_formatter(style.DateFormatter(locator, **style.date_formats()))  # type: ignore[no-untyped-call]

    gains = [(p.starts_at, p.normalised_gain) for p in points if p.normalised_gain is not None]
    if gains:
        gain_ax = ax.twinx()
        gain_ax.spines["right"].set_visible(True)
        (line,) = gain_ax.plot([x for x, _ in gains], [g for _, g in gains],  # type: ignore[arg-type]
                               color=style.GAIN, marker="s",
                               linestyle="--", linewidth=1.5, label=t("trend_gain"), gid="gain")
        style.tip(fig, line, [_tip(p, t("trend_gain"), style.fmt(p.normalised_gain, 2)) for p in points
                              if p.normalised_gain is not None])
        gain_ax.set_ylim(min(0.0, min(g for _, g in gains)) - 0.04, 1.04)
        gain_ax.set_ylabel(style.wrap(t("trend_gain_y"), 30, 2), color=style.GAIN)
        gain_ax.tick_params(axis="y", colors=style.GAIN)
        handles.append(line)
    # Two columns: a legend cannot reflow when the window narrows, and three no longer fit a small pane.
    fig.legend(handles=handles, loc="outside lower center", ncols=style.legend_columns(handles, 2), frameon=False)
    return fig


def _tip(point: TrendPoint, label: str, value: str) -> str:
    return f"{point.starts_at:%Y-%m-%d} · {style.one_line(point.topic)}\n{label}: {value}"


@style.chart
def criteria_vs_cohort(effectiveness: CandidateEffectiveness) -> Figure:
    """Bars start at 1, the bottom of the scale, so their length is how far above the floor the candidate is;
    the colour says at a glance which criteria are strengths and which need work compared with the cohort."""
    fig = style.new_figure()
    title = t("criteria_title", name=effectiveness.name)
    criteria = effectiveness.criteria
    if not any(c.mean is not None for c in criteria):
        return style.not_enough_data(fig, title, t("criteria_none", name=effectiveness.name))
    ax = fig.add_subplot()
    style.set_title(ax, title)
    ys = list(range(len(criteria)))
    labels = []
    for y, c in zip(ys, criteria, strict=True):
        if c.mean is None:
            labels.append(style.wrap(t("criteria_unscored", title=c.title)))
            continue
        labels.append(style.wrap(t("criteria_label", title=c.title, n=c.n)))
        below = c.cohort_median is not None and c.mean < c.cohort_median
        bars = ax.barh(y, c.mean - SCALE[0], left=SCALE[0], height=0.6, color=style.BELOW if below else style.ABOVE,
                       gid=f"criterion-{c.key}")
        tip = f"{style.one_line(c.title)}\n{t('criteria_x')}: {style.fmt(c.mean, 2)} (n={c.n})"
        if c.cohort_median is not None:
            tip += f"\n{t('criteria_median')}: {style.fmt(c.cohort_median, 2)}"
        style.tip(fig, bars[0], tip)
        # The value sits past the bar's end and past the cohort's tick, whichever is further right, so the
        # tick never runs through it.
        end = max(c.mean, c.cohort_median if c.cohort_median is not None else c.mean)
        ax.annotate(style.fmt(c.mean), (end, y), xytext=(MEDIAN_TICK_WIDTH + 3, 0), textcoords="offset points",
                    va="center", ha="left", fontsize="small", gid="criterion-value")
    medians = [(y, c.cohort_median) for y, c in zip(ys, criteria, strict=True) if c.cohort_median is not None]
    if medians:
        ax.plot([m for _, m in medians], [y for y, _ in medians], linestyle="none", marker="|", markersize=20,
                markeredgewidth=MEDIAN_TICK_WIDTH, color=style.COHORT, gid="cohort-median", zorder=3)
    ax.set_yticks(ys, labels)
    ax.invert_yaxis()
    ax.set_xlim(SCALE[0], SCALE[1] + 0.3)
    ax.set_xticks([1, 2, 3, 4, 5])
    ax.set_xlabel(t("criteria_x"))
    ax.grid(axis="x", alpha=0.3)
    handles = [Patch(color=style.ABOVE, label=t("criteria_above")), Patch(color=style.BELOW, label=t("criteria_below")),
               Line2D([], [], linestyle="none", marker="|", markersize=12, markeredgewidth=3, color=style.COHORT,
                      label=t("criteria_median"))]
    fig.legend(handles=handles, loc="outside lower center", ncols=style.legend_columns(handles), frameon=False)
    return fig


def _means(points: list[TrendPoint]) -> list[float]:
    """The feedback means of points that have one (all of those plotted)."""
    return [mean for p in points if (mean := p.feedback.mean) is not None]
