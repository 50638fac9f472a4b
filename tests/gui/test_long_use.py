"""Long use (issue 22): what a lead opens all day is freed when it closes, so memory does not grow with the hours.

Counted in objects, not in megabytes: the allocator keeps freed memory for reuse (benchmarks/gui_probes.py `soak`
measures resident memory), but a dialog, a canvas or a figure still alive after it closed is a leak.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog

from tests.gui.conftest import settle
from trainercoach.demo import write_demo
from trainercoach.gui.main_window import MainWindow
from trainercoach.gui.workers import anything_loading
from trainercoach.services import Coach


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Coach]:
    path: Path = tmp_path_factory.mktemp("long-use") / "demo.sqlite3"
    write_demo(path, lang="en")
    coach = Coach.open(path, actor="Lead")
    yield coach
    coach.close()


@pytest.fixture
def window(qtbot, demo: Coach) -> Iterator[MainWindow]:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    yield window
    gc.unfreeze()  # the window froze what existed (workers.settle_heap): let the next tests collect it


def freed(qtbot) -> None:
    """What a closed dialog left to the event loop: its deletion (deleteLater), then the cyclic collector."""
    settle(qtbot)
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        gc.collect()


def dialogs_alive() -> list[str]:
    return sorted(type(w).__name__ for w in QApplication.allWidgets() if isinstance(w, QDialog))


def test_every_dialog_of_the_day_is_freed_once_closed(qtbot, window: MainWindow, demo: Coach,
                                                      when_dialog_opens) -> None:
    candidate = demo.candidates.list()[0].id
    delivery = (demo.deliveries.list(candidate_id=candidate) or demo.deliveries.list())[0].id

    def on_session(handler: Callable[[], object]) -> Callable[[], object]:
        return lambda: (window.show_session(delivery), handler())

    openers: list[Callable[[], object]] = [
        lambda: window.open_candidate(candidate), window.new_candidate, on_session(window.edit_session),
        on_session(window.observe), on_session(window.enter_feedback), window.edit_people, window.configure_stages,
        window.edit_readiness_rule, window.edit_rubrics]
    opened: list[str] = []

    def close(dialog: QDialog) -> None:
        opened.append(type(dialog).__name__)
        dialog.reject()

    counts = []
    for _ in range(2):
        for open_dialog in openers:
            when_dialog_opens(close)
            open_dialog()
        freed(qtbot)
        assert dialogs_alive() == []  # each went with its close (modal.run_dialog deleteLaters it)
        counts.append(len(QApplication.allWidgets()))
    assert len(opened) == 2 * len(openers)
    assert counts[1] <= counts[0]  # the second round added nothing that stays


def test_a_candidate_whose_charts_were_looked_at_is_freed_charts_and_all(qtbot, window: MainWindow, demo: Coach,
                                                                         when_dialog_opens) -> None:
    """The Effectiveness tab reads the forecast in a worker; a first read used to freeze every object alive out of
    the cyclic collector (workers.settle_heap), the dialog's charts with it, and a matplotlib figure is a
    reference cycle: each candidate looked at stayed in memory until the app quit."""
    figures: list[weakref.ref] = []
    candidates = [c.id for c in demo.candidates.list()][:3]

    def look(dialog: QDialog) -> None:
        panel = dialog.effectiveness  # type: ignore[attr-defined]
        dialog.show_effectiveness()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: not anything_loading() and panel.forecast is not None, timeout=60_000)
        for chart in (panel.trend_chart, panel.criteria_chart, panel.forecast_chart):
            assert chart.figure is not None
            figures.append(weakref.ref(chart.figure))
        dialog.reject()

    for candidate in candidates:
        when_dialog_opens(look)
        window.open_candidate(candidate)
    freed(qtbot)
    assert len(figures) == 3 * len(candidates)
    assert [ref for ref in figures if ref() is not None] == []
    assert dialogs_alive() == []


def test_a_session_opened_again_and_again_leaves_one_page_of_charts(qtbot, window: MainWindow, demo: Coach) -> None:
    """The session page redraws its charts in place (ChartView drops the old canvas): opening sessions all day
    keeps one set of widgets, not one per session opened."""
    sessions = [s.id for s in demo.deliveries.list()][:6]
    window.show_session(sessions[0])
    freed(qtbot)
    before = len(QApplication.allWidgets())
    for delivery in sessions[1:] + sessions[:1]:
        window.show_session(delivery)
    freed(qtbot)
    assert len(QApplication.allWidgets()) == before
