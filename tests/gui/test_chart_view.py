"""Issue 18, points 5, 6 and 9 in the window: a chart lets the page scroll under the wheel, says its values under
the pointer and saves itself as a picture; every count of candidates says what it counts; the paper follows the
person's country."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QToolTip

from tests.gui.effectiveness_helpers import add_session
from tests.gui.test_sessions import make_window
from trainercoach.gui.dialogs.print_form import default_paper
from trainercoach.gui.main_window import DASHBOARD, PROGRAMME
from trainercoach.services import CandidateForm


@pytest.fixture
def programme(qtbot, coach):
    """The programme page of a window 1024 pixels wide, read: four candidates, one paused, one archived."""
    ids = [coach.candidates.add(CandidateForm(name=name)) for name in
           ("Μαρία Οικονόμου", "陈晨", "Anna Smith", "Tom Becker", "Old Timer")]
    for number, cid in enumerate(ids[:3]):
        add_session(coach, cid, f"Refunds {number}", days_ago=1 + number)
    paused = next(s.id for s in coach.pipeline.stages() if s.kind == "exit")
    coach.pipeline.move(ids[3], paused, "On leave")
    coach.candidates.archive(ids[4])
    window = make_window(qtbot, coach)
    window.resize(1024, 700)
    window.show_page(PROGRAMME)
    page = window.programme
    qtbot.waitUntil(lambda: page.data is not None and not page.busy, timeout=15_000)
    QApplication.processEvents()
    page.funnel_chart.canvas.draw()
    return window, page


def wheel(widget, where: QPoint, notches: int = -3) -> None:
    """Turn the wheel over ``widget`` as a mouse does (negative: towards the person, scrolling down)."""
    event = QWheelEvent(QPointF(where), QPointF(widget.mapToGlobal(where)), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def bar_centre(view, index: int) -> QPoint:
    """Where a funnel bar is on the canvas, in Qt's coordinates."""
    canvas = view.canvas
    bar, _tip = canvas.figure.tips[index]
    box = bar.get_window_extent()
    ratio = canvas.device_pixel_ratio or 1
    return QPoint(int((box.x0 + box.x1) / 2 / ratio), int(canvas.height() - (box.y0 + box.y1) / 2 / ratio))


def test_the_wheel_over_a_chart_scrolls_the_page(programme) -> None:
    _window, page = programme
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0, "the page is taller than the window"
    bar.setValue(0)
    canvas = page.funnel_chart.canvas
    wheel(canvas, QPoint(canvas.width() // 2, canvas.height() // 2))
    assert bar.value() > 0
    moved = bar.value()
    wheel(page.trends_chart.canvas, QPoint(20, 20))
    assert bar.value() > moved


def test_a_chart_says_the_value_under_the_pointer(programme, qtbot) -> None:
    _window, page = programme
    view = page.funnel_chart
    where = bar_centre(view, 0)
    QApplication.sendEvent(view.canvas, QMouseEvent(QEvent.Type.MouseMove, QPointF(where),
                                                    QPointF(view.canvas.mapToGlobal(where)), Qt.MouseButton.NoButton,
                                                    Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: "reached this stage" in view.tip, timeout=3_000)
    assert "Candidates who reached this stage: 4" in view.tip
    assert QToolTip.text() == view.tip
    # Off the bars, the chart says what it counts.
    corner = QPoint(2, 2)
    QApplication.sendEvent(view.canvas, QMouseEvent(QEvent.Type.MouseMove, QPointF(corner),
                                                    QPointF(view.canvas.mapToGlobal(corner)), Qt.MouseButton.NoButton,
                                                    Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: "archived candidates are left out" in view.tip, timeout=3_000)


@pytest.mark.parametrize("kind", ["png", "svg"])
def test_a_chart_saves_as_a_picture_from_its_menu(programme, tmp_path: Path, monkeypatch, kind: str) -> None:
    _window, page = programme
    folder = tmp_path / "pictures"
    folder.mkdir()
    target = folder / f"funnel.{kind}"
    asked = []

    def ask(*args, **kwargs):
        asked.append(args)
        return str(target), args[3].split(";;")[0 if kind == "png" else 1]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    menu = page.funnel_chart.context_menu()
    action = next(a for a in menu.actions() if a.objectName() == "saveChartAction")
    assert action.text() == "Save as PNG/SVG…" and action.isEnabled()
    action.trigger()
    assert asked and target.exists()
    data = target.read_bytes()
    if kind == "png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and data.endswith(b"IEND\xaeB`\x82")
    else:
        assert ET.fromstring(data).tag.endswith("svg")
    assert [p.name for p in folder.iterdir()] == [target.name]  # written whole: no temporary left beside it


def test_a_name_without_ending_gets_the_chosen_type(programme, tmp_path: Path, monkeypatch) -> None:
    _window, page = programme
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "funnel"),
                                                                          a[3].split(";;")[1]))
    assert page.funnel_chart.save_as() == tmp_path / "funnel.svg"
    assert (tmp_path / "funnel.svg").read_bytes().lstrip().startswith(b"<?xml")


def test_every_count_of_candidates_is_the_same_and_says_what_it_counts(programme, qtbot) -> None:
    window, page = programme
    assert page.candidates_tile.value.text() == "3"
    assert "not counting 1 paused or withdrawn" in page.candidates_tile.detail.text()
    assert "archived" in page.candidates_tile.toolTip()
    funnel = page.data.programme.funnel
    assert funnel[0][1] == 4  # three in the programme and the paused one; the archived one is left out
    assert "4 active candidates, including 1 since paused or withdrawn" in page.funnel_chart.note
    window.show_page(DASHBOARD)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: dashboard.data is not None and dashboard.summary.text().startswith("3 "),
                    timeout=15_000)
    assert dashboard.summary.text() == "3 candidate(s) in the programme"
    assert "1 paused or withdrawn" in dashboard.summary.toolTip() and "archived" in dashboard.summary.toolTip()


def test_the_paper_follows_the_country(qtbot) -> None:
    before = QLocale()
    try:
        for language, country, paper in ((QLocale.Language.French, QLocale.Country.Canada, "Letter"),
                                         (QLocale.Language.Spanish, QLocale.Country.Mexico, "Letter"),
                                         (QLocale.Language.English, QLocale.Country.UnitedStates, "Letter"),
                                         (QLocale.Language.English, QLocale.Country.UnitedKingdom, "A4"),
                                         (QLocale.Language.Greek, QLocale.Country.Greece, "A4")):
            QLocale.setDefault(QLocale(language, country))
            assert default_paper() == paper, (language, country)
    finally:
        QLocale.setDefault(before)
