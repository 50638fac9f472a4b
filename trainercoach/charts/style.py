"""How every chart looks and which fonts it uses, so the screen and the PDFs show the same thing.

Fonts: DejaVu Sans (matplotlib's own copy, present wherever the app runs) draws Latin and Greek; the shipped
Droid Sans Fallback draws Chinese. matplotlib falls back glyph by glyph along a family list, so a name that mixes
scripts prints whole. The list is applied through :func:`chart_rc` rather than by changing the global rcParams
at import, so charts never change how anything else in the process draws.

Why a Figure subclass: a Text takes its font when it is created, but tick labels are created late (when the
figure is first drawn, and again when a resized window needs more ticks), and the PDF font type is read when the
file is written. :class:`ChartFigure` applies the chart settings around drawing and saving too, so the embedding
app (FigureCanvasQTAgg) and the PDF writer can call ``draw`` / ``savefig`` without knowing about them.
"""

from __future__ import annotations

import logging
import math
import threading
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache, wraps
from typing import TYPE_CHECKING, Any, ParamSpec

import matplotlib as mpl
from matplotlib import font_manager
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.dates import ConciseDateFormatter, num2date
from matplotlib.figure import Figure, SubFigure
from matplotlib.text import Text
from matplotlib.ticker import ScalarFormatter

from trainercoach import i18n, paths
from trainercoach.charts.labels import CONTROL, t

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

P = ParamSpec("P")

LATIN_GREEK_FAMILY = "DejaVu Sans"

# rcParams is process-global: a lock keeps two threads building charts from restoring each other's settings.
_RC_LOCK = threading.RLock()

# Colour-blind-safe (Okabe-Ito) colours, named by what they mean in the charts.
RUBRIC = "#0072B2"
FEEDBACK = "#D55E00"
GAIN = "#009E73"
COHORT = "#000000"
ABOVE = "#56B4E9"
BELOW = "#E69F00"
MUTED = "#999999"
# Likert 1..5, from strongly disagree (red) through neutral (grey) to strongly agree (blue).
LIKERT = ("#B2182B", "#EF8A62", "#D9D9D9", "#67A9CF", "#2166AC")
FIGSIZE = (8.0, 4.5)  # inches; only the starting size: on screen the canvas follows the window


class _NoBoldCjkNotice(logging.Filter):
    """The shipped CJK font has no bold face, so a bold Chinese title is drawn in the regular weight on purpose;
    matplotlib would log that on every new size. Only that one notice, for that one font, is dropped."""

    def __init__(self, family: str) -> None:
        super().__init__()
        self.family = family

    def filter(self, record: logging.LogRecord) -> bool:
        return not (str(record.msg).startswith("findfont: Failed to find font weight")
                    and isinstance(record.args, tuple) and len(record.args) > 1 and record.args[1] == self.family)


@cache
def cjk_family() -> str:
    """Register the shipped CJK font with matplotlib once and return its family name."""
    font_manager.fontManager.addfont(str(paths.CJK_FONT))
    family = font_manager.FontProperties(fname=str(paths.CJK_FONT)).get_name()
    logging.getLogger("matplotlib.font_manager").addFilter(_NoBoldCjkNotice(family))
    return family


@cache
def symbol_family() -> str:
    """The shipped emoji/symbol font, last in the list: trainees' comments and topics may carry emoji."""
    font_manager.fontManager.addfont(str(paths.SYMBOL_FONT))
    family = font_manager.FontProperties(fname=str(paths.SYMBOL_FONT)).get_name()
    logging.getLogger("matplotlib.font_manager").addFilter(_NoBoldCjkNotice(family))  # no bold face either
    return family


def families() -> list[str]:
    return [LATIN_GREEK_FAMILY, cjk_family(), symbol_family()]


def rc() -> dict[RcKeyType, Any]:
    """The settings every chart is built, drawn and saved with."""
    return {
        "font.family": families(),
        "font.size": 10,
        # DejaVu's own hints draw a Greek ί (iota with tonos) as "(" at screen sizes; FreeType's autohinter
        # draws it right (and every other glyph as well).
        "text.hinting": "force_autohint",
        "axes.titlesize": "large",
        "axes.titleweight": "bold",
        "axes.labelsize": "medium",
        "xtick.labelsize": "small",
        "ytick.labelsize": "small",
        "legend.fontsize": "small",
        "axes.spines.top": False,
        "axes.spines.right": False,
        # Names and topics are people's text: "$5 & <b>" must print as typed, never as mathtext.
        "text.parse_math": False,
        "text.usetex": False,
        # TrueType embedded: selectable, searchable text that prints the same in every PDF reader.
        "pdf.fonttype": 42,
        # Text as outlines: the SVG shows the same glyphs without the reader's fonts (svglib has none of ours).
        "svg.fonttype": "path",
        "svg.hashsalt": "trainercoach",  # stable ids, so the same chart gives the same file
    }


@contextmanager
def chart_rc() -> Iterator[None]:
    with _RC_LOCK, mpl.rc_context(rc()):
        yield


Tip = str | Sequence[str]  # one text for a bar or box; one per point for a line or a scatter


class ChartFigure(Figure):
    """A Figure that draws and saves itself with the chart settings (see the module docstring for why).

    ``tips`` are the values a window shows when the pointer rests on a bar or a point (gui/widgets/chart_view.py):
    the builder says them, since it knows what each artist stands for; a PDF ignores them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.tips: list[tuple[Artist, Tip]] = []
        # each title with its whole text and most lines, wrapped again when drawn
        self.titles: list[tuple[Text, str, int, int]] = []  # and the columns it may take at most
        self.enough_data = True  # False: the figure says "Not enough data" instead of drawing (no caption then)

    def tip_at(self, event: Any) -> str | None:
        """The tip of the topmost artist under a matplotlib mouse event, if any."""
        for artist, tip in reversed(self.tips):
            if artist.figure is not self or not artist.get_visible():
                continue
            hit, info = artist.contains(event)
            if not hit:
                continue
            if isinstance(tip, str):
                return tip
            indices = list(info.get("ind", []))
            if indices:
                return tip[int(indices[0])]
        return None

    def draw(self, renderer: Any) -> None:
        with chart_rc():
            engine = self.get_layout_engine()
            if self._fit_titles(renderer) and engine is not None:
                # The layout moves an axes (and its title) to make room for its labels: fit once more there.
                engine.execute(self)
                self._fit_titles(renderer)
            super().draw(renderer)

    def _fit_titles(self, renderer: Any) -> bool:
        """Wrap each title more narrowly until it lies inside the figure (a long name in a narrow pane, or in
        a PDF's column); the layout then makes room for its lines. True when one had to be wrapped more."""
        edge, narrowed = self.bbox, False
        for title, text, lines, widest in self.titles:
            if title.figure is None:  # its axes was removed (a chart view drawn again on the same figure)
                continue
            columns = widest
            title.set_text(wrap_lines(text, columns, lines))
            while columns > 12:
                box = title.get_window_extent(renderer)
                if box.x0 >= edge.x0 + 2 and box.x1 <= edge.x1 - 2:
                    break
                columns -= 4
                narrowed = True
                title.set_text(wrap_lines(text, columns, lines))
        return narrowed

    def clear(self, keep_observers: bool = False) -> None:
        """Cleared, the figure forgets the tips and titles of what it held."""
        super().clear(keep_observers)
        self.tips = []
        self.titles = []

    def savefig(self, fname: Any, *args: Any, **kwargs: Any) -> None:
        with chart_rc():
            super().savefig(fname, *args, **kwargs)


def chart(builder: Callable[P, Figure]) -> Callable[P, Figure]:
    """Run a figure builder inside the chart settings, so every Text it creates gets the chart fonts.

    Every builder also takes ``lang=`` (en, el, zh_CN): the language of its words, by default the one the app
    or the document being written speaks (trainercoach/i18n.py)."""

    @wraps(builder)
    def build(*args: P.args, **kwargs: P.kwargs) -> Figure:
        lang = kwargs.pop("lang", None)
        with chart_rc(), i18n.using(lang):  # type: ignore[arg-type]
            figure = builder(*args, **kwargs)
            if "," in i18n.decimal(0.5):  # a language that writes a decimal comma
                _decimal_commas(figure)
            return figure

    return build


class _CommaFormatter(ScalarFormatter):
    """matplotlib's own tick numbers, with the decimal comma the language writes (its ``useLocale`` would
    follow the process's C locale, shared by every chart and thread, not the chart's language)."""

    def __call__(self, x: float, pos: int | None = None) -> str:
        return super().__call__(x, pos).replace(".", ",")


def _decimal_commas(figure: Figure) -> None:
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            if type(axis.get_major_formatter()) is ScalarFormatter:  # not dates, percentages or words
                axis.set_major_formatter(_CommaFormatter())


# Dates on an axis: matplotlib's month names are English (strftime in the C locale), so the other languages
# get numbers, which read the same everywhere. (formats, zero_formats, offset_formats of ConciseDateFormatter)
NUMERIC_DATES = (["%Y", "%m", "%d", "%H:%M", "%H:%M", "%S.%f"],
                 ["", "%Y", "%Y-%m", "%m-%d", "%H:%M", "%H:%M"],
                 ["", "%Y", "%Y-%m", "%Y-%m-%d", "%Y-%m-%d", "%Y-%m-%d %H:%M"])


class DateFormatter(ConciseDateFormatter):
    """matplotlib's concise dates without the offset alone at the axis's right end (a "2026-12" there reads as a
    stray label): the first tick carries it on a second line instead, where the dates start."""

    def format_ticks(self, values: Any) -> list[str]:
        self.show_offset = True
        # ConciseDateFormatter's methods are not annotated in matplotlib.
        labels = list(super().format_ticks(values))  # type: ignore[no-untyped-call]
        offset, self._offset_string = self.get_offset(), ""  # type: ignore[no-untyped-call]
        if not labels or not offset:
            return labels
        # matplotlib words the offset from the last tick; the first tick needs its own month and year.
        last, first = num2date(values[-1], tz=self._tz), num2date(values[0], tz=self._tz)
        pattern = next((f for f in self.offset_formats if f and last.strftime(f) == offset), None)
        said = first.strftime(pattern) if pattern else offset
        if said not in labels[0]:
            labels[0] = f"{labels[0]}\n{said}"
        return labels


def date_formats() -> dict[str, list[str]]:
    """Keyword arguments for ConciseDateFormatter in the current language (none: matplotlib's English)."""
    if i18n.language() == "en":
        return {}
    return dict(zip(("formats", "zero_formats", "offset_formats"), NUMERIC_DATES, strict=True))


def tip(fig: Figure | SubFigure, artist: Artist, text: Tip) -> None:
    """Say what ``artist`` shows, for the window's tooltip (see ChartFigure)."""
    if isinstance(fig, ChartFigure):
        fig.tips.append((artist, text))


def tips(fig: Figure | SubFigure, artists: Sequence[Artist], texts: Sequence[str]) -> None:
    """One tip per bar of a bar call."""
    for artist, text in zip(artists, texts, strict=True):
        tip(fig, artist, text)


def new_figure() -> ChartFigure:
    """A figure with no pyplot state: constrained layout keeps labels inside whatever size the window gives."""
    return ChartFigure(figsize=FIGSIZE, layout="constrained")


def not_enough_data(fig: Figure, title: str, reason: str = "") -> Figure:
    """Say so instead of drawing: one point or an empty distribution would read as a result."""
    fig.clear()
    if isinstance(fig, ChartFigure):
        fig.tips.clear()
        fig.titles.clear()
        fig.enough_data = False
    ax = fig.add_subplot()
    ax.set_axis_off()
    set_title(ax, title)
    ax.text(0.5, 0.55, t("not_enough_data"), ha="center", va="center", fontsize="x-large", color=MUTED,
            transform=ax.transAxes, gid="not-enough-data")
    if reason:
        said = ax.text(0.5, 0.40, wrap(reason, TITLE_COLUMNS, 3), ha="center", va="center", fontsize="medium",
                       color=MUTED, transform=ax.transAxes)
        if isinstance(fig, ChartFigure):
            fig.titles.append((said, reason, 3, TITLE_COLUMNS))
    return fig


def interval_band(ax: Axes, xs: Sequence[Any], lows: Sequence[float | None], highs: Sequence[float | None],
                  colour: str, gid: str, label: str | None = None) -> PolyCollection | None:
    """Shade the 95% intervals between neighbouring points; an interval with no neighbour to join (its
    neighbours have none) is drawn as a whisker, so it is not lost as a zero-width band."""
    low = [math.nan if v is None else v for v in lows]
    high = [math.nan if v is None else v for v in highs]
    if all(math.isnan(v) for v in low):
        return None
    band = ax.fill_between(xs, low, high, color=colour, alpha=0.18, linewidth=0, label=label, gid=gid, zorder=1)
    for i, x in enumerate(xs):
        alone = all(j < 0 or j >= len(xs) or math.isnan(low[j]) for j in (i - 1, i + 1))
        if alone and not math.isnan(low[i]):
            ax.vlines(x, low[i], high[i], color=colour, alpha=0.5, linewidth=4, gid=f"{gid}-whisker")
    return band


TITLE_COLUMNS = 64  # a title longer than this is wrapped before it is drawn; narrower figures wrap it more


def one_line(text: str) -> str:
    """Text a person typed, for one line of a chart: line breaks, tabs and other control characters (which
    print as boxes) become spaces."""
    return CONTROL.sub(" ", text)


SUBTITLE_COLUMNS = 96  # a subtitle is set smaller


def fit_title(text: str, columns: int = TITLE_COLUMNS) -> str:
    """A chart title in at most two lines: broken at spaces (a long unbroken name between characters), the
    rest cut with an ellipsis."""
    return wrap(text, columns, 2)


def wrap_lines(text: str, columns: int, lines: int) -> str:
    """Each line of ``text`` (a subtitle's own line breaks are kept) wrapped to ``columns``."""
    return "\n".join(wrap(part, columns, lines) for part in text.split("\n"))


def set_subtitle(ax: Axes, text: str) -> Text:
    """A smaller title over an axes (what the chart rests on), fitted to the figure as titles are."""
    title = ax.set_title(wrap_lines(text, SUBTITLE_COLUMNS, 2), fontsize="medium", fontweight="normal")
    if isinstance(ax.figure, ChartFigure):
        ax.figure.titles.append((title, text, 2, SUBTITLE_COLUMNS))
    return title


def set_title(target: Axes | Figure, text: str) -> Text:
    """Title an axes (or, above several, the figure) so that it stays inside the figure at any size: it is
    wrapped here, and again when drawn if the figure is narrower than the title (ChartFigure.draw)."""
    if isinstance(target, Figure):
        title = target.suptitle(fit_title(text), fontsize="large", fontweight="bold")
    else:
        title = target.set_title(fit_title(text))
    figure = target if isinstance(target, Figure) else target.figure
    if isinstance(figure, ChartFigure):
        figure.titles.append((title, one_line(text), 2, TITLE_COLUMNS))
    return title


def _width(text: str) -> int:
    """Display columns: a Chinese character is about two Latin letters wide."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap(text: str, width: int = 26, max_lines: int = 3) -> str:
    """Break a long label into lines for an axis; Chinese has no spaces, so it may break between characters."""
    lines: list[str] = []
    line = ""
    for word in one_line(text).split(" "):
        candidate = f"{line} {word}" if line else word
        if _width(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for char in word:
            if _width(line + char) > width:
                lines.append(line)
                line = ""
            line += char
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip()[: max(1, len(lines[-1]) - 1)] + "…"
    return "\n".join(lines)


LEGEND_COLUMNS = 80  # columns of text a legend row may hold at print size (a PDF's width, small type)


def legend_columns(handles: Sequence[Any], most: int = 3) -> int:
    """As many legend columns as fit a row: a legend cannot reflow, and Greek labels are long."""
    widths = [_width(str(h.get_label())) + 6 for h in handles]  # the key and the gap beside each label
    for columns in range(min(most, len(widths)), 1, -1):
        rows = [widths[i:i + columns] for i in range(0, len(widths), columns)]
        # Each column is as wide as its widest label.
        if sum(max(row[c] for row in rows if c < len(row)) for c in range(columns)) <= LEGEND_COLUMNS:
            return columns
    return 1


def fmt(value: float | None, digits: int = 1) -> str:
    return i18n.decimal(value, digits)


def hide_axes_frame(ax: Axes) -> None:
    for spine in ax.spines.values():
        spine.set_visible(False)
