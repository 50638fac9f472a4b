"""A session's charts: how the trainees answered the feedback, and what they scored before and after."""

from __future__ import annotations

import math
from collections.abc import Sequence

from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter

from trainercoach import i18n
from trainercoach.analytics.gain import Gain, learning_gain
from trainercoach.charts import style
from trainercoach.charts.labels import t
from trainercoach.records.effectiveness import CheckSummary, SessionEffectiveness

LIKERT_VALUES = (1, 2, 3, 4, 5)
BAR_HEIGHT = 0.65
SEGMENT_LABEL_MIN = 0.1  # narrower segments get no percentage: the text would not fit inside


def likert_shares(distribution: dict[int, int]) -> dict[int, float]:
    """Each answer's share of the answers to one item (all zero when nobody answered)."""
    total = sum(distribution.get(v, 0) for v in LIKERT_VALUES)
    return {v: (distribution.get(v, 0) / total if total else 0.0) for v in LIKERT_VALUES}


@style.chart
def feedback_distribution(session: SessionEffectiveness) -> Figure:
    """Diverging bars put disagreement left of zero and agreement right, with neutral split across it, so items
    can be compared by where their mass lies rather than by a mean that hides a split class.

    The 0-10 "recommend" item is left out and named in a note: its eleven answers have no agree/disagree middle
    to centre on, and squeezing them into five colours would invent one. Its mean and n are in the note."""
    fig = style.new_figure()
    title = t("feedback_title", topic=session.topic)
    likert = [item for item in session.feedback if item.kind == "likert"]
    others = [item for item in session.feedback if item.kind != "likert" and item.estimate.n]
    if not any(sum(item.distribution.values()) for item in likert):
        return style.not_enough_data(fig, title, t("feedback_none"))
    style.set_title(fig, title)
    ax = fig.add_subplot()
    style.set_subtitle(ax, t("feedback_subtitle", responses=session.responses, trainees=session.trainees))
    shares = [likert_shares(item.distribution) for item in likert]
    ys = list(range(len(likert)))
    lefts = [-(s[1] + s[2] + s[3] / 2) for s in shares]
    for value in LIKERT_VALUES:
        widths = [s[value] for s in shares]
        bars = ax.barh(ys, widths, left=lefts, height=BAR_HEIGHT, color=style.LIKERT[value - 1],
                       label=t(f"likert_{value}"), gid=f"likert-{value}")
        style.tips(fig, bars, [f"{style.one_line(item.label)}\n{t(f'likert_{value}')}: {share:.0%} "
                               f"({item.distribution.get(value, 0)} / {sum(item.distribution.values())})"
                               for item, share in zip(likert, widths, strict=True)])
        dark = value in (1, 5)
        for y, left, width in zip(ys, lefts, widths, strict=True):
            if width >= SEGMENT_LABEL_MIN:
                ax.text(left + width / 2, y, f"{width:.0%}", ha="center", va="center", fontsize="small",
                        color="white" if dark else "black")
        lefts = [left + width for left, width in zip(lefts, widths, strict=True)]
    labels = [
        style.wrap(t("feedback_label", label=item.label, n=sum(item.distribution.values())))
        if sum(item.distribution.values()) else style.wrap(t("feedback_no_answers", label=item.label))
        for item in likert
    ]
    ax.set_yticks(ys, labels)
    # Symmetric limits, so the zero line sits in the middle, rounded up to a quarter.
    reach = max(max(s[1] + s[2] + s[3] / 2, s[4] + s[5] + s[3] / 2) for s in shares)
    limit = min(1.0, max(0.5, math.ceil(reach * 4 - 1e-9) / 4))
    ax.set_xlim(-limit, limit)
    # The centre line is drawn between the bars only: through them it would cross the neutral percentages,
    # which sit on zero.
    gaps = [(-0.5, ys[0] - BAR_HEIGHT / 2)] + [(y + BAR_HEIGHT / 2, y + 1 - BAR_HEIGHT / 2) for y in ys[:-1]] + \
        [(ys[-1] + BAR_HEIGHT / 2, ys[-1] + 0.5)]
    ax.vlines([0] * len(gaps), [a for a, _ in gaps], [b for _, b in gaps], color="black", linewidth=0.8,
              gid="centre-line")
    ax.set_ylim(ys[-1] + 0.5, -0.5)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{abs(v):.0%}"))
    ax.set_xlabel(t("feedback_x"))
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    # On the right, so the note on the recommend item can take the bottom without the two overlapping.
    legend = fig.legend(loc="outside right center", ncols=1, frameon=False)
    legend.set_gid("legend")
    if others:
        notes = [t("feedback_skipped", label=item.label, n=item.estimate.n, mean=style.fmt(item.estimate.mean))
                 for item in others]
        fig.supxlabel("\n".join(notes), fontsize="small", color="#444444", wrap=True)
    return fig


def gain_text(value: float | None) -> str:
    return i18n.decimal(value, 1, signed=True)


def _gain_lines(gain: Gain, unpaired: int) -> list[str]:
    estimate = gain.gain
    if estimate.low is not None and estimate.high is not None:
        first = t("check_gain", gain=gain_text(estimate.mean), low=gain_text(estimate.low),
                  high=gain_text(estimate.high), n=estimate.n)
    else:
        first = t("check_gain_no_interval", gain=gain_text(estimate.mean), n=estimate.n)
    second = t("check_normalised", g=i18n.decimal(gain.normalised)) if gain.normalised is not None else \
        t("check_no_normalised", why=gain.why_no_normalised.rstrip(".").lower() if gain.why_no_normalised else "–")
    lines = [f"{first} · {second}"]
    if unpaired:
        lines.append(t("check_unpaired", count=unpaired))
    return lines


@style.chart
def before_after(pairs: Sequence[tuple[float | None, float | None]], *, max_score: float | None, title: str,
                 gain: Gain | None = None) -> Figure:
    """One line per trainee shows who learned and who did not, which a mean gain alone hides; trainees missing
    a score are left out (as in the gain itself) and counted in the subtitle. ``gain`` defaults to the gain
    computed from ``pairs`` so the numbers in the subtitle always describe the lines drawn."""
    fig = style.new_figure()
    heading = t("check_title", title=title)
    paired = [(float(a), float(b)) for a, b in pairs if a is not None and b is not None]
    if not paired:
        return style.not_enough_data(fig, heading, t("check_none"))
    if gain is None:
        gain = learning_gain(pairs, max_score)
    style.set_title(fig, heading)
    ax = fig.add_subplot()
    style.set_subtitle(ax, "\n".join(_gain_lines(gain, len(pairs) - len(paired))))
    colours = {"up": style.GAIN, "same": style.MUTED, "down": style.BELOW}
    seen: set[str] = set()
    before_word, after_word = t("check_before"), t("check_after")
    for before, after in paired:
        direction = "up" if after > before else "down" if after < before else "same"
        seen.add(direction)
        (line,) = ax.plot([0, 1], [before, after], color=colours[direction], alpha=0.45, linewidth=1.5,
                          marker="o", markersize=4, gid="trainee", zorder=2)
        style.tip(fig, line, [f"{before_word}: {style.fmt(before, 1)} → {after_word}: {style.fmt(after, 1)}"] * 2)
    assert gain.pre.mean is not None and gain.post.mean is not None
    (mean_line,) = ax.plot([0, 1], [gain.pre.mean, gain.post.mean], color="black", linewidth=3, marker="D",
                           markersize=8, label=t("check_mean"), gid="mean", zorder=4)
    style.tip(fig, mean_line, [f"{t('check_mean')}, {word}: {style.fmt(v, 2)} (n={len(paired)})"
                               for word, v in ((before_word, gain.pre.mean), (after_word, gain.post.mean))])
    for x, value, align in ((0, gain.pre.mean, "right"), (1, gain.post.mean, "left")):
        offset = -0.06 if align == "right" else 0.06
        ax.text(x + offset, value, style.fmt(value), ha=align, va="center", fontweight="bold")
    handles: list[Artist] = [
        Line2D([], [], color=colours[d], linewidth=1.5, marker="o", markersize=4, label=t(f"check_{d}"))
        for d in ("up", "same", "down") if d in seen]
    handles.append(mean_line)
    if max_score is not None:
        handles.append(ax.axhline(max_score, color="black", linestyle="--", linewidth=1,
                                  label=t("check_max", max=style.fmt(max_score, 0 if max_score == int(max_score)
                                                                       else 1)), gid="max"))
        ax.set_ylim(0, max_score * 1.05)
    else:
        ax.set_ylim(bottom=min(0.0, min(min(p) for p in paired)))
    ax.set_xticks([0, 1], [t("check_before"), t("check_after")])
    ax.set_xlim(-0.4, 1.4)
    ax.set_ylabel(t("check_y"))
    ax.grid(axis="y", alpha=0.3)
    fig.legend(handles=handles, loc="outside lower center", ncols=style.legend_columns(handles, 4), frameon=False)
    return fig


def before_after_check(check: CheckSummary, pairs: Sequence[tuple[float | None, float | None]]) -> Figure:
    """The same chart for a check of a session: its title, maximum and computed gain come from the record;
    the raw pairs do not (SessionEffectiveness keeps aggregates only), so the caller passes them."""
    return before_after(pairs, max_score=check.gain.max_score, title=check.title, gain=check.gain)
