"""The asset library's coverage chart (issue 20): per topic, which learning styles its assets teach in — the same
figure on the Assets page and wherever it is saved or printed."""

from __future__ import annotations

import numpy as np
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure

from trainercoach.charts import style
from trainercoach.charts.labels import t
from trainercoach.records.asset_use import Coverage
from trainercoach.records.assets import MIX

FLAG = "#B2182B"  # the text-only topics' labels
COVERED = ListedColormap(["#F2F2F2", style.ABOVE])  # not covered (light grey), covered (blue)
MOST_ROWS = 60  # beyond this the labels cannot be read; the note on the page names every flagged topic
ROW_INCHES = 0.34  # each topic's row; the figure grows with the topics (the page scrolls)
LABEL_COLUMNS = 36  # a topic's name is cut to one line of this many columns


def height(topics: int) -> float:
    """The figure's height in inches for ``topics`` rows (the page gives the canvas this much room)."""
    return max(style.FIGSIZE[1], 1.7 + ROW_INCHES * min(topics, MOST_ROWS))


@style.chart
def coverage(result: Coverage) -> Figure:
    """A grid, topics down and styles across: a cell is filled when some asset used for the topic has the style,
    with the number of such assets in it. A topic taught only as text is named in red and says so, which is
    what a lead looks for: the guide asks for a mix of text, visual and hands-on material."""
    fig = style.new_figure()
    fig.set_size_inches(style.FIGSIZE[0], height(len(result.topics)))
    title = t("coverage_title")
    if not result.topics:
        return style.not_enough_data(fig, title, t("coverage_none"))
    topics = sorted(result.topics, key=lambda r: (not r.text_only, r.topic.casefold()))[:MOST_ROWS]
    counts = np.array([[row.counts.get(kind, 0) for kind in MIX] for row in topics])
    ax = fig.add_subplot()
    style.set_title(ax, title)
    ax.imshow(counts > 0, cmap=COVERED, vmin=0, vmax=1, aspect="auto", interpolation="nearest")
    styles = [t(f"coverage_{kind}") for kind in MIX]
    for y, row in enumerate(topics):
        for x, kind in enumerate(MIX):
            count = row.counts.get(kind, 0)
            cell = ax.text(x, y, str(count) if count else "–", ha="center", va="center",
                           color="white" if count else style.MUTED, fontweight="bold" if count else "normal")
            style.tip(fig, cell, t("coverage_tip", topic=row.topic, count=count, assets=len(row.assets),
                                   style=styles[x]))
    ax.set_xticks(range(len(MIX)), styles)
    ax.xaxis.tick_top()
    # What a cell counts goes under the grid: above it, a second title line collides with the styles' names.
    ax.set_xlabel(style.wrap(t("coverage_subtitle"), 90, 2), fontsize="small", color=style.MUTED)
    ax.xaxis.set_label_position("bottom")
    labels = [t("coverage_flag" if row.text_only else "coverage_topic", topic=style.wrap(row.topic, LABEL_COLUMNS, 1),
                sessions=row.sessions) for row in topics]
    ax.set_yticks(range(len(topics)), labels)
    for label, row in zip(ax.get_yticklabels(), topics, strict=True):
        if row.text_only:
            label.set_color(FLAG)
            label.set_fontweight("bold")
    ax.set_xticks(np.arange(-0.5, len(MIX)), minor=True)
    ax.set_yticks(np.arange(-0.5, len(topics)), minor=True)
    ax.grid(which="minor", color="white", linewidth=2)
    ax.tick_params(which="both", length=0)
    style.hide_axes_frame(ax)
    ax.set_gid("coverage")
    return fig
