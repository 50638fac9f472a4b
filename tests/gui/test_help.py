"""Help ▸ User guide in each language, and every figure's tooltip: how it was computed, from how many answers,
and which section of the guide explains it (issue 18, point 10)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import in_language, settle
from tests.gui.effectiveness_helpers import add_session, hand_built
from tests.gui.test_main_window import make_window
from trainercoach import i18n, paths
from trainercoach.gui.dialogs.candidate_dialog import CandidateDialog
from trainercoach.gui.dialogs.help_dialog import HelpDialog
from trainercoach.gui.main_window import PROGRAMME, SESSIONS
from trainercoach.gui.widgets.chart_view import ChartView
from trainercoach.gui.widgets.figure_tips import ANCHORS, HELP_ANCHOR, how_computed
from trainercoach.services import CandidateForm

HEADINGS = {"en": ("User guide", "The composite score", "The readiness rule"),
            "el": ("Οδηγός χρήσης", "Η σύνθετη βαθμολογία", "Ο κανόνας ετοιμότητας"),
            "zh_CN": ("用户指南", "综合得分", "认证准备规则")}


class _Names(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.links: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("name"):
            self.names.add(str(values["name"]))
        if tag == "a" and (values.get("href") or "").startswith("#"):
            self.links.add(str(values["href"])[1:])


def anchors_of(lang: str) -> _Names:
    parser = _Names()
    parser.feed(paths.resource("help", f"help_{lang}.html").read_text(encoding="utf-8"))
    return parser


def guide(window) -> HelpDialog:
    dialog = window._guide
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    return dialog


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_help_user_guide_opens_in_the_interface_language(qtbot, coach, lang: str) -> None:
    with in_language(lang):
        window = make_window(qtbot, coach)
        help_menu = window.ui.menuHelp
        assert window.ui.actionUserGuide in help_menu.actions()
        window.ui.actionUserGuide.trigger()  # Help ▸ User guide
        settle(qtbot)
        dialog = guide(window)
        text = dialog.browser.toPlainText()
        for heading in HEADINGS[lang]:
            assert heading in text
        if lang != "en":  # the menu entry and the figures' "How is this computed?" in the language too
            assert window.ui.actionUserGuide.text() != "&User guide"
            assert not how_computed().startswith("How is this computed?")
        others = [h for other, headings in HEADINGS.items() if other != lang for h in headings[1:]]
        assert not any(h in text for h in others)  # not the English guide under a translated title
        dialog.close()


def test_f1_on_a_figure_opens_the_guide_at_its_section(qtbot, coach) -> None:
    window = make_window(qtbot, coach)
    label = QWidget(window.ui.pages.currentWidget())
    label.setProperty(HELP_ANCHOR, "kiosk")
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.show()
    label.setFocus()
    settle(qtbot)
    assert QApplication.focusWidget() is label
    qtbot.keyClick(label, Qt.Key.Key_F1)
    dialog = guide(window)
    qtbot.waitUntil(lambda: dialog.browser.verticalScrollBar().value() > 0)
    assert dialog.anchor == "kiosk"


def test_every_section_a_figure_points_to_is_in_all_three_guides() -> None:
    guides = {lang: anchors_of(lang) for lang in i18n.LANGUAGES}
    for lang, found in guides.items():
        assert set(ANCHORS) <= found.names, (lang, set(ANCHORS) - found.names)
        assert found.links <= found.names, (lang, found.links - found.names)  # no link inside a guide is dead
    assert len({frozenset(found.names) for found in guides.values()}) == 1  # the same sections in each


def tip(widget: QWidget) -> str:
    """What a person sees hovering the figure: a chart's note (the canvas's tooltip), else the widget's own."""
    if isinstance(widget, ChartView):
        assert widget.canvas is not None
        return widget.canvas.toolTip()
    return widget.toolTip()


def has_tip(widget: QWidget, *numbers: str) -> None:
    text = tip(widget)
    assert widget.property(HELP_ANCHOR) in ANCHORS, text
    assert "How is this computed?" in text
    for number in numbers:
        assert re.search(rf"(?<![\d.]){re.escape(number)}(?!\d|[.,]\d)", text), (number, text)


def test_every_figure_says_how_it_was_computed_and_its_n(qtbot, coach) -> None:
    candidate, session = hand_built(coach)  # 2 observers, 4 forms (4 overall answers), 3 paired trainees
    other = coach.candidates.add(CandidateForm(name="Μαρία", employment="vendor", vendor_company="Acme"))
    add_session(coach, other, "Ανάκτηση λογαριασμού", days_ago=1)
    window = make_window(qtbot, coach)

    dashboard = window.dashboard
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=15_000)
    tiles = [dashboard.tiles.itemAt(i).widget() for i in range(dashboard.tiles.count())]
    stages = {stage.name: stage.candidates for stage in dashboard.data.stages}
    assert len(tiles) == len(stages)
    for tile, (name, count) in zip(tiles, stages.items(), strict=True):
        has_tip(tile, str(count))
        assert name in tip(tile)
    has_tip(dashboard.summary)

    dialog = CandidateDialog(coach, candidate, parent=window)
    qtbot.addWidget(dialog)
    dialog.show_effectiveness()
    panel = dialog.effectiveness
    has_tip(panel.checklist_view, "1", "4")  # 1 observed session, 4 answers to the overall question
    has_tip(panel.banner, "1", "4")
    has_tip(panel.trend_chart, "1", "4")  # one session with a score
    criteria = sum(c.n for c in panel.effectiveness.criteria)
    assert criteria > 0
    has_tip(panel.criteria_chart, str(criteria))
    dialog.close()

    window.show_page(SESSIONS)
    window.sessions.open_session(session)
    page = window.sessions.page
    section = page.effectiveness
    has_tip(page.observations_view, "2")
    has_tip(page.feedback_label, "4")
    has_tip(page.checks_view, "1")
    has_tip(section.composite_label, "2", "4", "3")  # observers, overall answers, paired trainees
    has_tip(section.rubric_heading, "2")
    has_tip(section.rubric_view, "2")
    has_tip(section.response_label, "4", "10")  # 4 forms of 10 trainees
    has_tip(section.feedback_view, "4")
    has_tip(section.feedback_chart, "4")
    has_tip(section.learning_view, "3")
    has_tip(section.check_chart, "3")

    window.show_page(PROGRAMME)
    programme = window.programme
    qtbot.waitUntil(lambda: programme.data is not None and not programme.busy, timeout=15_000)
    has_tip(programme.candidates_tile, "2")
    has_tip(programme.trainers_tile, "0")
    has_tip(programme.sessions_tile, "2")  # both sessions this month (3 and 1 days ago) … of 2 in all
    has_tip(programme.share_tile, "1", "2")  # 1 of 2 sessions by an employee
    has_tip(programme.funnel_chart, "2")
    has_tip(programme.stage_chart, "0")
    has_tip(programme.trends_chart, "2")


def test_a_chart_offers_its_section_of_the_guide(qtbot, coach) -> None:
    hand_built(coach)
    window = make_window(qtbot, coach)
    window.show_page(PROGRAMME)
    programme = window.programme
    qtbot.waitUntil(lambda: programme.data is not None and not programme.busy, timeout=15_000)
    menu = programme.funnel_chart.context_menu()
    action = next(a for a in menu.actions() if a.text() == "How is this computed?")
    action.trigger()
    dialog = guide(window)
    assert dialog.anchor == "counts"
