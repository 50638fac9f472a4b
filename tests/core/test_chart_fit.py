"""Issue 18, points 5 and 6: what a person sees in a chart, measured on the drawn figure.

Each chart is drawn at the size it has on screen (a 1024 or 1280 pixel wide window) or in a PDF, and its text
is checked against the figure's edges, the lines it must not touch, and the labels it must not carry."""

from __future__ import annotations

from datetime import datetime

import pytest
from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.text import Text

from tests.core.test_charts import candidate, criteria, programme, session, trend_points
from trainercoach import charts, i18n
from trainercoach.analytics.stats import Estimate
from trainercoach.charts import candidate as candidate_charts
from trainercoach.charts import style
from trainercoach.records.effectiveness import CriterionComparison, ItemSummary, Programme, TrendPoint

FUNNEL = [("Nominated", 40), ("Screening", 35), ("Train-the-trainer", 28), ("Practice deliveries", 20),
          ("Co-delivery", 12), ("Certified", 7), ("Active trainer", 4)]
# The funnel's pane on the programme page: half the page beside the sidebar, 340 pixels high, at 100 dpi.
SCREEN_WIDTHS = {1024: 390, 1280: 520}
PDF_SIZE = (493 / 72, 80 * 2.8346 / 72)  # inches: an A4 page's text width, the report's chart height
LONG_NAME = "Αλεξάνδρα" * 6 + "Papadopoulou" * 5  # one unbroken word, far wider than a page


def drawn(fig: Figure, width_in: float, height_in: float, dpi: float = 100):
    FigureCanvasAgg(fig)
    fig.set_dpi(dpi)
    fig.set_size_inches(width_in, height_in)
    fig.canvas.draw()
    return fig.canvas.get_renderer()


def visible_texts(fig: Figure) -> list[Text]:
    """The texts that are drawn (an axes turned off draws no tick labels, though it keeps them)."""
    hidden = {id(label) for ax in fig.axes if not ax.axison or not ax.get_visible()
              for label in [*ax.get_xticklabels(), *ax.get_yticklabels(), ax.xaxis.label, ax.yaxis.label]}
    return [t for t in fig.findobj(Text) if t.get_text().strip() and t.get_visible() and id(t) not in hidden]


def outside(fig: Figure, renderer) -> list[str]:
    """The texts that run over the figure's edge (half a pixel of rounding allowed)."""
    box = fig.bbox
    return [t.get_text() for t in visible_texts(fig)
            if (e := t.get_window_extent(renderer)).x0 < box.x0 - 0.5 or e.x1 > box.x1 + 0.5
            or e.y0 < box.y0 - 0.5 or e.y1 > box.y1 + 0.5]


# -- 5: the funnel's labels fit at the window widths people use ---------------------------------------------
@pytest.mark.parametrize("window", sorted(SCREEN_WIDTHS))
@pytest.mark.parametrize("lang", ["en", "el", "zh_CN"])
def test_funnel_labels_are_not_clipped_on_screen(window: int, lang: str) -> None:
    fig = charts.funnel(programme(funnel=FUNNEL), lang=lang)
    renderer = drawn(fig, SCREEN_WIDTHS[window] / 100, 3.4)
    assert outside(fig, renderer) == []
    shown = " ".join(t.get_text().replace("\n", " ") for t in visible_texts(fig))
    assert "35" in shown and "88%" in shown  # the conversion is still said, whole


# -- 5: the cohort median's tick never runs through a value ----------------------------------------------
def test_the_cohort_median_tick_does_not_cross_the_value_labels() -> None:
    close = [CriterionComparison("a", "Just below the cohort", 3.4, 9, 3.5),
             CriterionComparison("b", "Just above the cohort", 3.6, 9, 3.5),
             CriterionComparison("c", "Well above the cohort", 4.5, 9, 2.0),
             CriterionComparison("d", "On the median", 3.0, 9, 3.0)]
    for rows in (close, criteria()):
        fig = charts.criteria_vs_cohort(candidate(criteria=rows))
        renderer = drawn(fig, 6.0, 3.4)
        ax = fig.axes[0]
        half_w = getattr(candidate_charts, "MEDIAN_TICK_WIDTH", 3) / 2 * fig.dpi / 72  # markeredgewidth
        half_h = 10 * fig.dpi / 72  # markersize 20 points
        values = [t for t in ax.texts if t.get_text()]
        assert len(values) == sum(1 for c in rows if c.mean is not None)
        for y, c in enumerate(rows):
            if c.cohort_median is None or c.mean is None:
                continue
            mx, my = ax.transData.transform((c.cohort_median, y))
            for text in values:
                box = text.get_window_extent(renderer)
                crosses = (box.x0 < mx + half_w and box.x1 > mx - half_w
                           and box.y0 < my + half_h and box.y1 > my - half_h)
                assert not crosses, (c.title, text.get_text())


# -- 5: the Likert centre line does not run through the neutral percentages ---------------------------------
def pixel_lines(ax) -> list[list[tuple[float, float]]]:
    """Every straight line in the axes as pixel points (a Line2D, or each segment of a line collection)."""
    lines = [list(map(tuple, line.get_transform().transform(line.get_xydata()))) for line in ax.lines]
    for collection in ax.collections:
        if isinstance(collection, LineCollection):
            transform = collection.get_transform()
            lines += [list(map(tuple, transform.transform(segment))) for segment in collection.get_segments()]
    return lines


def test_the_likert_centre_line_does_not_cross_the_neutral_percentages() -> None:
    neutral_heavy = [ItemSummary(f"i{n}", f"Item {n}", "likert", Estimate(10, 3.0), {2: 2, 3: 6, 4: 2})
                     for n in range(3)]
    for items in (neutral_heavy, None):
        fig = charts.feedback_distribution(session(items))
        renderer = drawn(fig, 7.0, 3.4)
        ax = fig.axes[0]
        centre = [points for points in pixel_lines(ax) if len({round(x, 3) for x, _ in points}) == 1
                  and abs(points[0][0] - ax.transData.transform((0, 0))[0]) < 1]
        assert centre, "the chart still marks its centre"
        percentages = [t for t in ax.texts if t.get_text().endswith("%")]
        assert percentages
        for text in percentages:
            box = text.get_window_extent(renderer)
            for points in centre:
                x = points[0][0]
                low, high = sorted(y for _, y in points)
                assert not (box.x0 <= x <= box.x1 and low < box.y1 and high > box.y0), text.get_text()


# -- 5: no stray date offset under the trend ------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "el"])
def test_the_trend_has_no_stray_offset_label_and_still_says_the_year(lang: str) -> None:
    points = [TrendPoint(n, datetime(2026, 12, 1 + 3 * n, 9), "Refunds", 3.0 + n / 10, Estimate(12, 3.5), None)
              for n in range(6)]
    for trend in (points, trend_points()):
        fig = charts.candidate_trend(candidate(trend), lang=lang)
        drawn(fig, 6.0, 3.2)
        ax = fig.axes[0]
        assert ax.xaxis.get_offset_text().get_text() == ""
        labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
        assert labels and "2026" in labels[0]


# -- 5: a long unbroken name stays inside a PDF page, in every chart that names it ---------------------------
@pytest.mark.parametrize("lang", ["en", "el", "zh_CN"])
def test_a_long_unbroken_name_stays_inside_the_page(lang: str) -> None:
    named = candidate()
    named = type(named)(named.candidate_id, LONG_NAME, named.trend, criteria(), named.readiness)
    figures = [charts.candidate_trend(named, lang=lang), charts.criteria_vs_cohort(named, lang=lang),
               charts.candidate_trend(type(named)(7, LONG_NAME, [], [], named.readiness), lang=lang),
               charts.before_after([(1, 2), (2, 3)], max_score=5, title=LONG_NAME, lang=lang)]
    for fig in figures:
        renderer = drawn(fig, *PDF_SIZE, dpi=72)
        assert outside(fig, renderer) == []
        assert any("Αλεξάνδρα" in t.get_text() for t in visible_texts(fig))


# -- 5: a tab never prints as a box ------------------------------------------------------------------------
def test_a_tab_typed_in_a_name_or_topic_prints_as_a_space() -> None:
    tabbed = candidate()
    tabbed = type(tabbed)(7, "Anna\tSmith", [TrendPoint(p.delivery_id, p.starts_at, "Re\tfunds", p.rubric, p.feedback,
                                                        p.normalised_gain) for p in tabbed.trend],
                          [CriterionComparison("c", "Clarity\tof speech", 4.0, 3, 3.5)], tabbed.readiness)
    items = [ItemSummary("x", "Clear\tenough", "likert", Estimate(3, 4.0), {4: 2, 5: 1})]
    base = session(items)
    figures = [charts.candidate_trend(tabbed), charts.criteria_vs_cohort(tabbed),
               charts.feedback_distribution(type(base)(**{**base.__dict__, "topic": "Es\tcalations"})),
               charts.funnel(programme(funnel=[("Nomi\tnated", 4), ("Certified", 2)])),
               charts.time_in_stage(programme(funnel=[("Nomi\tnated", 4)], time_in_stage={"Nomi\tnated": [3]})),
               charts.before_after([(1, 2)], max_score=5, title="Check\tone")]
    for fig in figures:
        drawn(fig, 6.0, 3.4)
        shown = [t.get_text() for t in visible_texts(fig)]
        assert shown and not any(c in text for text in shown for c in "\t\r\x0b"), shown
        for _artist, tip in fig.tips:
            assert "\t" not in (tip if isinstance(tip, str) else "".join(tip))
    assert "Anna Smith" in charts.candidate_trend(tabbed).axes[0].get_title()


# -- 6: a month with no sessions is drawn as empty, not dropped ----------------------------------------------
def test_a_month_without_sessions_is_drawn_empty() -> None:
    gap = programme(deliveries_per_month=[("2026-05", 1), ("2026-07", 5)], all_sessions=6, internal_sessions=3,
                    monthly_rubric=[("2026-05", Estimate(1, 3.0)), ("2026-07", Estimate(5, 3.8, 3.2, 4.4))],
                    monthly_feedback=[("2026-07", Estimate(20, 4.3, 4.1, 4.5))])
    fig = charts.programme_trends(gap)
    counts = fig.axes[1]
    assert [t.get_text() for t in counts.get_xticklabels()] == ["2026-05", "2026-06", "2026-07"]
    assert [b.get_height() for b in fig.findobj(lambda a: a.get_gid() == "deliveries")] == [1, 0, 5]
    rubric = fig.findobj(lambda a: a.get_gid() == "rubric")[0]
    assert list(rubric.get_xdata()) == [0, 2]  # July is two months after May


def test_months_between_crosses_a_new_year() -> None:
    from trainercoach.charts.programme import months_between

    assert months_between(["2026-11", "2027-02"]) == ["2026-11", "2026-12", "2027-01", "2027-02"]
    assert months_between([]) == []


# -- 5: the values are there to hover over ------------------------------------------------------------------
def test_every_chart_says_its_values_under_the_pointer() -> None:
    figures = {
        "funnel": charts.funnel(programme(funnel=FUNNEL)),
        "stage": charts.time_in_stage(programme()),
        "trends": charts.programme_trends(programme()),
        "trend": charts.candidate_trend(candidate()),
        "criteria": charts.criteria_vs_cohort(candidate(criteria=criteria())),
        "feedback": charts.feedback_distribution(session()),
        "check": charts.before_after([(1, 3), (2, 4)], max_score=5, title="Check"),
    }
    for name, fig in figures.items():
        drawn(fig, 6.0, 3.4)
        assert fig.tips, name
        artist, tip = fig.tips[0]
        if hasattr(artist, "get_xydata"):
            x, y = artist.get_transform().transform(artist.get_xydata()[0])
        elif hasattr(artist, "get_offsets"):
            x, y = artist.get_offset_transform().transform(artist.get_offsets()[0])
        else:
            x, y = (lambda b: ((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2))(artist.get_window_extent())
        event = MouseEvent("motion_notify_event", fig.canvas, x, y)
        shown = fig.tip_at(event)
        assert shown, name
        assert any(ch.isdigit() for ch in shown), (name, shown)
    # Nothing under the pointer, nothing said.
    fig = figures["funnel"]
    assert fig.tip_at(MouseEvent("motion_notify_event", fig.canvas, 1, 1)) is None


def test_the_funnel_tip_names_the_stage_and_count_in_the_language() -> None:
    fig = charts.funnel(programme(funnel=FUNNEL), lang="el")
    drawn(fig, 5.2, 3.4)
    bar, tip = fig.tips[1]
    x, y = (lambda b: ((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2))(bar.get_window_extent())
    shown = fig.tip_at(MouseEvent("motion_notify_event", fig.canvas, x, y))
    assert shown is not None and "Screening" in shown and "35" in shown
    with i18n.using("el"):
        assert style.t("funnel_tip", count=35) in shown


def test_a_not_enough_data_figure_says_so_to_the_reports() -> None:
    assert charts.funnel(programme(funnel=FUNNEL)).enough_data
    assert not charts.funnel(Programme([], {}, [], 0, 0)).enough_data
