"""A calibration exercise's chart: each observer's bias with its 95% interval (a forest plot)."""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from trainercoach import i18n
from trainercoach.charts import style
from trainercoach.charts.labels import t
from trainercoach.records.calibration import CriterionAgreement

LENIENT = "#D55E00"
SEVERE = "#0072B2"


@style.chart
def observer_bias(name: str, observers: list[tuple[int, str]], total: CriterionAgreement,
                  against_reference: bool = False) -> Figure:
    """One row per observer: the dot is their mean difference from the consensus (or the lead's reference), the
    line its 95% interval. An interval wholly right of zero is coloured lenient, wholly left severe, so the
    observer to talk to stands out without reading a figure; the zero line is where a calibrated observer sits."""
    fig = style.new_figure()
    title = t("bias_title")
    rows = [(label, bias) for (_, label), bias in zip(observers, total.summary.bias, strict=True)
            if bias.mean is not None]
    if not rows:
        return style.not_enough_data(fig, title, t("bias_none"))
    style.set_title(fig, title)
    ax = fig.add_subplot()
    style.set_subtitle(ax, name)
    ys = list(range(len(rows)))
    reach = 0.5
    for y, (label, bias) in zip(ys, rows, strict=True):
        assert bias.mean is not None
        colour = LENIENT if bias.lenient else SEVERE if bias.severe else style.MUTED
        if bias.low is not None and bias.high is not None:
            ax.hlines(y, bias.low, bias.high, color=colour, linewidth=2.5, gid=f"bias-interval-{y}")
            reach = max(reach, abs(bias.low), abs(bias.high))
        (dot,) = ax.plot([bias.mean], [y], marker="o", markersize=8, linestyle="none", color=colour,
                         gid=f"bias-{y}", zorder=3)
        reach = max(reach, abs(bias.mean))
        interval = f" ({style.fmt(bias.low, 2)} … {style.fmt(bias.high, 2)})" if bias.low is not None else ""
        style.tip(fig, dot, f"{style.one_line(label)}\n{style.fmt(bias.mean, 2)}{interval}, n={bias.n}")
        ax.annotate(("+" if bias.mean > 0 else "") + i18n.decimal(bias.mean, 2), (bias.mean, y), xytext=(0, 7),
                    textcoords="offset points", ha="center",
                    fontsize="small", gid="bias-value")
    ax.axvline(0, color="black", linewidth=0.8, gid="zero-line")
    ax.set_yticks(ys, [style.wrap(t("bias_label", name=label, n=bias.n)) for label, bias in rows])
    ax.set_ylim(len(rows) - 0.5, -0.7)
    limit = min(4.0, reach * 1.15 + 0.1)
    ax.set_xlim(-limit, limit)
    ax.set_xlabel(t("bias_x_reference" if against_reference else "bias_x_consensus"))
    handles = [Line2D([], [], color=LENIENT, marker="o", linewidth=2.5, label=t("bias_lenient")),
               Line2D([], [], color=SEVERE, marker="o", linewidth=2.5, label=t("bias_severe")),
               Line2D([], [], color=style.MUTED, marker="o", linewidth=2.5, label=t("bias_steady"))]
    fig.legend(handles=handles, loc="outside lower center", frameon=False, ncols=style.legend_columns(handles),
               fontsize="small")
    return fig
