"""The capacity planner's chart: trainer hours needed against available, month by month, with the candidates
forecast to become ready stacked on the certified trainers' hours, and the shortfall in trainers above."""

from __future__ import annotations

from datetime import date

from matplotlib.artist import Artist
from matplotlib.container import Container
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from trainercoach.analytics.capacity import Outlook
from trainercoach.analytics.forecast import add_months
from trainercoach.charts import style
from trainercoach.charts.labels import t


@style.chart
def capacity_outlook(outlook: Outlook, first: date) -> Figure:
    fig = style.new_figure()
    title = t("capacity_title")
    months = outlook.months
    if not months or all(m.needed == 0 and m.available == 0 for m in months):
        return style.not_enough_data(fig, title, t("capacity_none"))
    ax = fig.add_subplot()
    style.set_title(fig, title)
    style.set_subtitle(ax, t("capacity_subtitle", hours=style.fmt(outlook.hours_per_trainer, 1)))
    xs = list(range(len(months)))
    labels = [f"{add_months(first, m.index):%Y-%m}" for m in months]
    certified = ax.bar(xs, [m.available for m in months], color=style.RUBRIC, label=t("capacity_available"),
                       gid="capacity-available")
    ready = ax.bar(xs, [m.from_ready for m in months], bottom=[m.available for m in months], color=style.GAIN,
                   label=t("capacity_ready"), gid="capacity-ready")
    (needed,) = ax.plot(xs, [m.needed for m in months], color=style.FEEDBACK, linewidth=2, marker="o",
                        label=t("capacity_needed"), gid="capacity-needed")
    style.tips(fig, certified, [
        f"{label}\n{t('capacity_tip', needed=style.fmt(m.needed, 0), available=style.fmt(m.available, 0), ready=style.fmt(m.from_ready, 0), short=style.fmt(m.shortfall_hours, 0), trainers=m.shortfall_trainers)}"  # noqa: E501
        for label, m in zip(labels, months, strict=True)])
    top = max(max(m.needed for m in months), max(m.available + m.from_ready for m in months)) or 1.0
    # The trainers short as a bare figure over its month, said once in the legend: "12 short" over each of
    # twelve bars runs into its neighbour on a PDF's column, and in Greek on a window too.
    for x, m in zip(xs, months, strict=True):
        if m.shortfall_trainers:
            ax.text(x, max(m.needed, m.available + m.from_ready) + top * 0.03, str(m.shortfall_trainers),
                    ha="center", va="bottom", fontsize="small", fontweight="bold", color=style.BELOW)
    ax.set_ylim(0, top * 1.2)
    ax.set_xticks(xs, labels, rotation=45, ha="right")
    ax.set_ylabel(t("capacity_y"))
    ax.grid(axis="y", alpha=0.3)
    handles: list[Artist | Container] = [needed, certified, ready]
    if any(m.shortfall_trainers for m in months):
        handles.append(Line2D([], [], linestyle="none", marker="$3$", markersize=9, color=style.BELOW,
                              label=t("capacity_short")))
    fig.legend(handles=handles, loc="outside lower center", fontsize="small", ncols=style.legend_columns(handles, 3))
    return fig
