"""Each observer's bias per calendar quarter with its 95% interval (issue 19): whether a habit is steady or
drifting shows as a line that stays level or walks away from zero, and the lead's dashboard threshold is drawn
so the quarter that crossed it stands out."""

from __future__ import annotations

from matplotlib.figure import Figure

from trainercoach.charts import style
from trainercoach.charts.labels import t
from trainercoach.records.observer_profiles import ObserverProfiles

COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999999")


@style.chart
def bias_by_quarter(found: ObserverProfiles) -> Figure:
    """One line per observer across the quarters with any comparable score; each point is that quarter's mean
    per-delivery deviation, its bar the t interval (none from a single delivery). Points are nudged sideways a
    little per observer so bars in the same quarter do not hide one another."""
    fig = style.new_figure()
    title = t("drift_title")
    quarters = sorted({p.label for _pid, _name, profile in found.observers for p in profile.periods})
    if not quarters:
        return style.not_enough_data(fig, title, t("bias_none"))
    style.set_title(fig, title)
    ax = fig.add_subplot()
    position = {label: i for i, label in enumerate(quarters)}
    count = len(found.observers)
    for index, (_pid, name, profile) in enumerate(found.observers):
        colour = COLOURS[index % len(COLOURS)]
        shift = (index - (count - 1) / 2) * min(0.08, 0.5 / max(count, 1))
        points = [(position[p.label] + shift, p) for p in profile.periods if p.bias.mean is not None]
        if not points:
            continue
        ys = [p.bias.mean or 0.0 for _x, p in points]
        (line,) = ax.plot([x for x, _p in points], ys, marker="o", color=colour, linewidth=1.5,
                          label=style.one_line(name), gid=f"drift-{index}")
        for x, period in points:
            if period.bias.low is not None and period.bias.high is not None:
                ax.vlines(x, period.bias.low, period.bias.high, color=colour, linewidth=1, alpha=0.6)
        last = points[-1][1]
        style.tip(fig, line, t("drift_tip", name=name, period=last.label, bias=style.fmt(last.bias.mean, 2),
                               low=style.fmt(last.bias.low, 2), high=style.fmt(last.bias.high, 2), n=last.bias.n))
    ax.axhline(0, color="black", linewidth=0.8, gid="zero-line")
    for sign in (1, -1):
        ax.axhline(sign * found.threshold, color=style.MUTED, linewidth=1, linestyle="--", gid="threshold",
                   label=t("drift_threshold", points=style.fmt(found.threshold, 2)) if sign > 0 else None)
    ax.set_xticks(range(len(quarters)), quarters)
    ax.set_xlim(-0.5, len(quarters) - 0.5)
    ax.set_ylabel(t("drift_y"))
    handles, _labels = ax.get_legend_handles_labels()
    fig.legend(handles=handles, loc="outside lower center", frameon=False, ncols=style.legend_columns(handles, 4),
               fontsize="small")
    return fig
