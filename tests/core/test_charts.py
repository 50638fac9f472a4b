"""Charts are checked by what they show (plotted values, bands, labels, titles), not by their pixels."""

from __future__ import annotations

import io
import threading
import warnings
from datetime import date, datetime

import matplotlib as mpl
import pytest
from matplotlib.dates import date2num
from matplotlib.figure import Figure
from matplotlib.text import Text

from trainercoach import charts
from trainercoach.analytics.gain import learning_gain
from trainercoach.analytics.readiness import CompositeWeights
from trainercoach.analytics.stats import EMPTY, Estimate
from trainercoach.charts import style
from trainercoach.records.effectiveness import (
    CandidateEffectiveness,
    CheckSummary,
    CriterionComparison,
    ItemSummary,
    Programme,
    Readiness,
    SessionEffectiveness,
    TrendPoint,
)

GREEK = "Θοδωρής Κυριακίδης"
CHINESE = "李小龙"
NAME = f"{GREEK} {CHINESE} <b>&</b> $5"
NOT_ENOUGH = "Not enough data"


# -- records built by hand ----------------------------------------------------------------------------
def trend_points() -> list[TrendPoint]:
    return [
        TrendPoint(1, datetime(2026, 3, 2, 9), "Refunds", 3.0, Estimate(12, 3.5, 3.1, 3.9), 0.25),
        TrendPoint(2, datetime(2026, 3, 16, 9), "Refunds", 3.5, Estimate(4, 4.0, 3.2, 4.8), None),
        TrendPoint(3, datetime(2026, 4, 1, 9), "账户恢复", 4.25, Estimate(15, 4.4, 4.1, 4.7), 0.5),
    ]


def candidate(trend: list[TrendPoint] | None = None,
              criteria: list[CriterionComparison] | None = None) -> CandidateEffectiveness:
    return CandidateEffectiveness(7, NAME, trend_points() if trend is None else trend,
                                  [] if criteria is None else criteria, Readiness(7, []))


def criteria() -> list[CriterionComparison]:
    return [
        CriterionComparison("clarity", "Clarity of explanation", 4.2, 9, 3.5),
        CriterionComparison("pacing", "Pacing and time management, including the breaks and the wrap-up", 2.5, 8,
                            3.0),
        CriterionComparison("tools", "工具与材料的使用", None, 0, 3.25),
    ]


def session(feedback: list[ItemSummary] | None = None) -> SessionEffectiveness:
    items = [
        ItemSummary("clarity", "The session was clear", "likert", Estimate(4, 3.5),
                    {1: 1, 3: 1, 4: 1, 5: 1}),
        ItemSummary("pace", "Ο ρυθμός ήταν σωστός", "likert", Estimate(5, 2.2), {2: 4, 3: 1}),
        ItemSummary("engagement", "The session kept me engaged", "likert", EMPTY, {}),
        ItemSummary("recommend", "How likely are you to recommend this session?", "recommend",
                    Estimate(4, 7.5, 6.0, 9.0), {6: 1, 7: 1, 8: 1, 9: 1}),
    ] if feedback is None else feedback
    return SessionEffectiveness(3, "S-003", f"Escalations {CHINESE}", 7, NAME, datetime(2026, 3, 2, 9), 6, [],
                                EMPTY, [], items, 5, [], CompositeWeights(), None)


def programme(**changes: object) -> Programme:
    values: dict = dict(
        funnel=[("Nominated", 40), ("Screening", 34), ("Certified", 0)],
        time_in_stage={"Paused": [40], "Screening": [10, 12, 15, 20, 30], "Nominated": [5, 9]},
        deliveries_per_month=[("2026-01", 3), ("2026-02", 7)],
        internal_sessions=8, all_sessions=10,
        monthly_rubric=[("2026-01", Estimate(3, 3.2, 2.8, 3.6)), ("2026-02", Estimate(7, 3.9, 3.6, 4.2))],
        monthly_feedback=[("2026-01", Estimate(1, 4.0)), ("2026-02", Estimate(20, 4.3, 4.1, 4.5))],
    )
    values.update(changes)
    return Programme(**values)


# -- reading a figure back -----------------------------------------------------------------------------
def texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def one(fig: Figure, gid: str):  # any artist
    found = every(fig, gid)
    assert len(found) == 1, (gid, found)
    return found[0]


def every(fig: Figure, gid: str) -> list:
    """Every artist with this id: a bar call gives its id to each bar."""
    return fig.findobj(lambda a: a.get_gid() == gid)


def vertices(collection) -> set[tuple[float, float]]:
    return {(round(float(x), 6), round(float(y), 6)) for path in collection.get_paths() for x, y in path.vertices}


def legend_texts(fig: Figure) -> list[str]:
    return [t.get_text() for legend in fig.legends for t in legend.get_texts()]


def assert_not_enough_data(fig: Figure) -> None:
    assert NOT_ENOUGH in texts(fig)
    (ax,) = fig.axes
    assert not ax.axison and not ax.lines and not ax.patches and not ax.collections


def render_quietly(fig: Figure) -> list[str]:
    """Draw to PNG and return the warnings matplotlib gave (a missing glyph is one)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.savefig(io.BytesIO(), format="png", dpi=50)
    return [str(w.message) for w in caught]


# -- candidate trend -----------------------------------------------------------------------------------
def test_the_trend_plots_each_view_at_its_session_dates() -> None:
    fig = charts.candidate_trend(candidate())
    points = trend_points()
    rubric = one(fig, "rubric")
    assert list(rubric.get_ydata()) == [3.0, 3.5, 4.25]
    assert list(rubric.get_xdata()) == [p.starts_at for p in points]
    assert list(one(fig, "feedback").get_ydata()) == [3.5, 4.0, 4.4]
    assert list(one(fig, "gain").get_ydata()) == [0.25, 0.5]
    assert list(one(fig, "gain").get_xdata()) == [points[0].starts_at, points[2].starts_at]
    # Few answers: the point is hollow; enough answers: filled.
    assert list(one(fig, "feedback-small").get_ydata()) == [4.0]
    assert one(fig, "feedback-small").get_markerfacecolor() == "white"
    assert list(one(fig, "feedback-points").get_ydata()) == [3.5, 4.4]


def test_the_feedback_band_is_the_95_percent_interval() -> None:
    fig = charts.candidate_trend(candidate())
    band = vertices(one(fig, "feedback-band"))
    for point in trend_points():
        x = round(float(date2num(point.starts_at)), 6)
        assert (x, point.feedback.low) in band and (x, point.feedback.high) in band
    assert {y for _, y in band} == {3.1, 3.2, 4.1, 3.9, 4.8, 4.7}


def test_a_feedback_without_interval_leaves_a_gap_in_the_band() -> None:
    points = trend_points()
    points[1] = TrendPoint(2, points[1].starts_at, "x", 3.5, Estimate(1, 4.0), None)
    fig = charts.candidate_trend(candidate(points))
    band = vertices(one(fig, "feedback-band"))
    assert all(y != 4.0 for _, y in band)
    # The two intervals standing alone are drawn as whiskers so they are not lost.
    assert len(every(fig, "feedback-band-whisker")) == 2


def test_the_trend_names_the_candidate_and_labels_everything() -> None:
    fig = charts.candidate_trend(candidate())
    ax = fig.axes[0]
    assert ax.get_title() == f"{NAME}: deliveries over time"
    assert ax.get_xlabel() == "Session date" and ax.get_ylabel() == "Score (1–5)"
    assert fig.axes[1].get_ylabel() == "Normalised learning gain (0–1)"
    assert fig.axes[1].get_ylim()[1] == pytest.approx(1.04)
    assert legend_texts(fig) == ["Rubric (observers, weighted)", "Feedback (overall item)",
                                 "Under 10 answers (hollow)", "Feedback 95% interval",
                                 "Learning gain (normalised)"]


def test_without_any_gain_there_is_no_gain_axis() -> None:
    points = [TrendPoint(p.delivery_id, p.starts_at, p.topic, p.rubric, p.feedback, None) for p in trend_points()]
    fig = charts.candidate_trend(candidate(points))
    assert len(fig.axes) == 1 and "Learning gain (normalised)" not in legend_texts(fig)


@pytest.mark.parametrize("count", [0, 1])
def test_a_trend_needs_two_sessions(count: int) -> None:
    fig = charts.candidate_trend(candidate(trend_points()[:count]))
    assert_not_enough_data(fig)
    assert f"{NAME}: deliveries over time" in texts(fig)


def test_sessions_with_nothing_measured_do_not_make_a_trend() -> None:
    empty = TrendPoint(9, datetime(2026, 5, 1), "x", None, EMPTY, None)
    assert_not_enough_data(charts.candidate_trend(candidate([trend_points()[0], empty])))


# -- criteria against the cohort -----------------------------------------------------------------------
def test_criteria_bars_end_at_the_candidates_mean_with_the_cohort_median_marked() -> None:
    fig = charts.criteria_vs_cohort(candidate(criteria=criteria()))
    ax = fig.axes[0]
    clarity, pacing = one(fig, "criterion-clarity"), one(fig, "criterion-pacing")
    assert clarity.get_x() == 1 and clarity.get_x() + clarity.get_width() == pytest.approx(4.2)
    assert pacing.get_x() + pacing.get_width() == pytest.approx(2.5)
    # Strength and weakness against the cohort read from the colour.
    assert clarity.get_facecolor() == mpl.colors.to_rgba(style.ABOVE)
    assert pacing.get_facecolor() == mpl.colors.to_rgba(style.BELOW)
    median = one(fig, "cohort-median")
    assert list(median.get_xdata()) == [3.5, 3.0, 3.25] and list(median.get_ydata()) == [0, 1, 2]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0].replace("\n", " ") == "Clarity of explanation (n=9)"
    assert "\n" in labels[1] and labels[1].replace("\n", " ").startswith("Pacing and time management")
    assert labels[2].replace("\n", " ") == "工具与材料的使用 (not scored)"
    assert ax.get_title().replace("\n", " ") == f"{NAME}: rubric criteria against the cohort"
    assert ax.get_xlabel() == "Mean rubric score (1–5)"
    assert legend_texts(fig) == ["At or above cohort median", "Below cohort median", "Cohort median"]
    assert {"4.2", "2.5"} <= set(texts(fig))


def test_criteria_with_no_score_say_not_enough_data() -> None:
    assert_not_enough_data(charts.criteria_vs_cohort(candidate(criteria=[])))
    unscored = [CriterionComparison("clarity", "Clarity", None, 0, 3.0)]
    assert_not_enough_data(charts.criteria_vs_cohort(candidate(criteria=unscored)))


# -- feedback distribution ----------------------------------------------------------------------------
def test_feedback_bars_diverge_around_the_neutral_answer() -> None:
    fig = charts.feedback_distribution(session())
    segments = {v: every(fig, f"likert-{v}") for v in range(1, 6)}
    # Item 0 (clarity): answers 1, 3, 4, 5 once each -> 25% each; item 1 (pace): 2 x4, 3 x1.
    assert [segments[v][0].get_width() for v in range(1, 6)] == [0.25, 0.0, 0.25, 0.25, 0.25]
    assert [segments[v][1].get_width() for v in range(1, 6)] == [0.0, 0.8, 0.2, 0.0, 0.0]
    # Disagreement left of zero, the neutral share split across it, agreement right of it.
    assert segments[1][0].get_x() == pytest.approx(-0.375)
    assert segments[3][0].get_x() == pytest.approx(-0.125)
    assert segments[4][0].get_x() == pytest.approx(0.125)
    assert segments[3][1].get_x() == pytest.approx(-0.1)
    assert segments[2][1].get_x() == pytest.approx(-0.9)
    # No answers: a row with nothing drawn.
    assert all(segments[v][2].get_width() == 0 for v in range(1, 6))


def test_feedback_labels_give_n_and_note_the_0_to_10_item() -> None:
    fig = charts.feedback_distribution(session())
    labels = [t.get_text().replace("\n", " ") for t in fig.axes[0].get_yticklabels()]
    assert labels == ["The session was clear (n=4)", "Ο ρυθμός ήταν σωστός (n=5)",
                      "The session kept me engaged (no answers)"]
    assert legend_texts(fig) == ["1 Strongly disagree", "2 Disagree", "3 Neutral", "4 Agree", "5 Strongly agree"]
    shown = texts(fig)
    assert f"Trainee feedback: Escalations {CHINESE}" in shown
    assert "5 responses from 6 trainees" in shown
    assert any("How likely are you to recommend this session?" in t and "0–10" in t and "n=4" in t
               and "mean 7.5" in t for t in shown)
    assert {"80%", "25%", "20%"} <= set(shown)
    assert fig.axes[0].get_xlabel() == "Share of answers (disagree ← | → agree)"


def test_feedback_with_no_answers_says_not_enough_data() -> None:
    items = [ItemSummary("clarity", "Clear", "likert", EMPTY, {}),
             ItemSummary("recommend", "Recommend?", "recommend", Estimate(2, 8.0), {8: 2})]
    assert_not_enough_data(charts.feedback_distribution(session(items)))
    assert_not_enough_data(charts.feedback_distribution(session([])))


# -- before / after -----------------------------------------------------------------------------------
PAIRS = [(2.0, 4.0), (4.0, 6.0), (5.0, 5.0), (None, 5.0)]


def test_before_after_draws_each_trainee_and_the_class_mean() -> None:
    fig = charts.before_after(PAIRS, max_score=8, title=f"Quiz: {GREEK}")
    trainees = every(fig, "trainee")
    assert [tuple(line.get_ydata()) for line in trainees] == [(2.0, 4.0), (4.0, 6.0), (5.0, 5.0)]
    mean = one(fig, "mean")
    assert list(mean.get_ydata()) == pytest.approx([11 / 3, 5.0])
    assert list(one(fig, "max").get_ydata()) == [8, 8]
    # Worked by hand: gains 2, 2, 0 -> mean 4/3; normalised (5 - 11/3) / (8 - 11/3) = 4/13 = 0.31.
    shown = texts(fig)
    assert f"Quiz: {GREEK}" in shown
    subtitle = fig.axes[0].get_title()
    assert "Mean gain +1.3" in subtitle and "n=3" in subtitle and "Normalised gain 0.31" in subtitle
    assert "Trainees with only one score, not shown: 1." in subtitle
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == ["Before", "After"]
    assert legend_texts(fig) == ["Trainee: higher after", "Trainee: unchanged", "Class mean", "Maximum 8"]


def test_before_after_explains_a_missing_normalised_gain() -> None:
    fig = charts.before_after([(10.0, 10.0), (10.0, 9.0)], max_score=10, title="Perfect start")
    subtitle = fig.axes[0].get_title().replace("\n", " ")
    assert "No normalised gain: the trainees already scored the maximum before" in subtitle
    fig = charts.before_after([(1.0, 3.0)], max_score=None, title="No maximum")
    assert "No normalised gain: the check has no maximum score" in fig.axes[0].get_title().replace("\n", " ")
    assert not every(fig, "max")


def test_before_after_from_a_check_record_uses_its_title_maximum_and_gain() -> None:
    pairs = [(3.0, 6.0), (5.0, 9.0)]
    check = CheckSummary(1, "quiz", "每日测验", date(2026, 3, 2), learning_gain(pairs, 10))
    fig = charts.before_after_check(check, pairs)
    assert "每日测验" in texts(fig)
    assert list(one(fig, "max").get_ydata()) == [10, 10]
    assert "Normalised gain 0.58" in fig.axes[0].get_title()  # (7.5 - 4) / (10 - 4)


def test_before_after_without_pairs_says_not_enough_data() -> None:
    assert_not_enough_data(charts.before_after([(None, 5.0), (3.0, None)], max_score=10, title="Quiz"))
    assert_not_enough_data(charts.before_after([], max_score=10, title="Quiz"))


# -- funnel ------------------------------------------------------------------------------------------
def test_the_funnel_centres_each_stage_and_gives_conversion() -> None:
    fig = charts.funnel(programme())
    bars = every(fig, "funnel")
    assert [b.get_width() for b in bars] == [40, 34, 0]
    assert [b.get_x() for b in bars] == [-20, -17, 0]
    counts = one(fig, "funnel-counts")
    assert [t.get_text().replace("\n", " ") for t in counts.get_yticklabels()] == [
        "40", "34  (85% of previous stage)", "0  (0% of previous stage)"]
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Nominated", "Screening", "Certified"]
    assert fig.axes[0].get_title() == "Pipeline funnel"


def test_a_funnel_with_no_candidates_says_not_enough_data() -> None:
    assert_not_enough_data(charts.funnel(programme(funnel=[])))
    assert_not_enough_data(charts.funnel(programme(funnel=[("Nominated", 0), ("Screening", 0)])))


# -- time in stage ------------------------------------------------------------------------------------
def test_time_in_stage_shows_every_stay_in_pipeline_order() -> None:
    fig = charts.time_in_stage(programme())
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["Nominated (n=2)", "Screening (n=5)", "Certified", "Paused (n=1)"]
    assert sorted(one(fig, "stage-0").get_offsets()[:, 0]) == [5, 9]
    assert sorted(one(fig, "stage-1").get_offsets()[:, 0]) == [10, 12, 15, 20, 30]
    assert list(one(fig, "stage-3").get_offsets()[:, 0]) == [40]
    shown = texts(fig)
    assert "no completed stays yet" in shown and "median 15" in shown and "median 7" in shown
    assert ax.get_title() == "Time in each stage" and ax.get_xlabel() == "Days in stage (completed stays)"


def test_time_in_stage_without_stays_says_not_enough_data() -> None:
    assert_not_enough_data(charts.time_in_stage(programme(time_in_stage={})))
    assert_not_enough_data(charts.time_in_stage(programme(time_in_stage={"Screening": []})))


# -- programme trends ---------------------------------------------------------------------------------
def test_programme_trends_plot_deliveries_and_monthly_means() -> None:
    fig = charts.programme_trends(programme())
    scores, counts = fig.axes
    assert [b.get_height() for b in every(fig, "deliveries")] == [3, 7]
    assert [t.get_text() for t in counts.get_xticklabels()] == ["2026-01", "2026-02"]
    assert list(one(fig, "rubric").get_ydata()) == [3.2, 3.9]
    assert list(one(fig, "feedback").get_ydata()) == [4.0, 4.3]
    assert {(0, 2.8), (0, 3.6), (1, 3.6), (1, 4.2)} <= vertices(one(fig, "rubric-band"))
    # Only February has a feedback interval: nothing to join it to, so it is a whisker, not a flat band.
    whisker = one(fig, "feedback-band-whisker")
    assert [[tuple(p) for p in segment] for segment in whisker.get_segments()] == [[(1, 4.1), (1, 4.5)]]
    assert "Internal trainers gave 8 of 10 sessions (80%)." in scores.get_title()
    assert "g2g" in scores.get_title()
    assert "The programme month by month" in texts(fig)
    assert legend_texts(fig) == ["Rubric score", "Trainee feedback (overall)", "95% interval"]
    assert counts.get_ylabel() == "Deliveries" and scores.get_ylabel() == "Mean (1–5)"


def test_programme_trends_without_sessions_say_not_enough_data() -> None:
    assert_not_enough_data(charts.programme_trends(programme(deliveries_per_month=[], all_sessions=0,
                                                              internal_sessions=0)))


# -- fonts, files, and no leaks ------------------------------------------------------------------------
def every_chart() -> list[Figure]:
    return [
        charts.candidate_trend(candidate()),
        charts.criteria_vs_cohort(candidate(criteria=criteria())),
        charts.feedback_distribution(session()),
        charts.before_after(PAIRS, max_score=8, title=f"{GREEK} {CHINESE}"),
        charts.funnel(programme(funnel=[("Υποψήφιοι", 4), ("认证", 2)])),
        charts.time_in_stage(programme()),
        charts.programme_trends(programme()),
        charts.candidate_trend(candidate([])),
    ]


def test_greek_and_chinese_render_without_missing_glyphs() -> None:
    for fig in every_chart():
        assert render_quietly(fig) == []


def test_a_missing_glyph_would_be_caught() -> None:
    """The check above can fail: a character neither shipped font has does warn."""
    fig = charts.before_after(PAIRS, max_score=8, title="\U00010348")  # a Gothic letter
    assert any("missing from font" in message for message in render_quietly(fig))


def test_charts_save_as_svg_and_as_pdf_with_embedded_truetype() -> None:
    for fig in every_chart():
        svg, pdf = io.BytesIO(), io.BytesIO()
        fig.savefig(svg, format="svg")
        fig.savefig(pdf, format="pdf")
        assert svg.getvalue().lstrip().startswith(b"<?xml") and b"<svg" in svg.getvalue()
        assert pdf.getvalue().startswith(b"%PDF") and b"/FontFile2" in pdf.getvalue()
        assert b"/Type3" not in pdf.getvalue()
    pdf = io.BytesIO()
    charts.candidate_trend(candidate()).savefig(pdf, format="pdf")
    assert b"DejaVuSans" in pdf.getvalue() and b"DroidSansFallback" in pdf.getvalue()


def test_charts_leave_the_global_settings_alone() -> None:
    before = dict(mpl.rcParams)
    figures = every_chart()
    figures[0].savefig(io.BytesIO(), format="pdf")
    for fig in figures:
        fig.savefig(io.BytesIO(), format="svg")
        fig.savefig(io.BytesIO(), format="png", dpi=30)
    assert dict(mpl.rcParams) == before


def test_text_typed_by_people_prints_as_typed() -> None:
    fig = charts.candidate_trend(candidate())
    title = fig.axes[0].title
    assert title.get_text() == f"{NAME}: deliveries over time"
    assert title.get_parse_math() is False
    family = title.get_fontproperties().get_family()
    assert family == ["DejaVu Sans", style.cjk_family(), style.symbol_family()]


def test_charts_can_be_built_in_threads() -> None:
    results: list[Figure] = []
    errors: list[BaseException] = []

    def build() -> None:
        try:
            for _ in range(3):
                fig = charts.feedback_distribution(session())
                fig.savefig(io.BytesIO(), format="png", dpi=30)
                results.append(fig)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=build) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(results) == 9


def test_wrap_breaks_latin_at_spaces_and_chinese_between_characters() -> None:
    assert style.wrap("Pacing and time management", 12) == "Pacing and\ntime\nmanagement"
    assert style.wrap("工具与材料的使用方法", 8) == "工具与材\n料的使用\n方法"
    assert style.wrap("one two three four", 5, 2) == "one\ntw…"
