"""Forecasts where decisions are made (issue 21): the board's cards, the Effectiveness tab, the capacity page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog

from trainercoach.analytics.forecast import FORECAST
from trainercoach.demo import write_demo
from trainercoach.gui.forecast_text import card_text
from trainercoach.gui.models.board_model import FORECAST_ROLE
from trainercoach.gui.views.candidate_effectiveness import CandidateEffectivenessPanel
from trainercoach.gui.views.capacity_page import CapacityPage
from trainercoach.gui.views.pipeline_board import PipelineBoard
from trainercoach.services import Coach


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Coach]:
    path: Path = tmp_path_factory.mktemp("forecast-gui") / "demo.sqlite3"
    write_demo(path, lang="en")
    coach = Coach.open(path, actor="Lead")
    yield coach
    coach.close()


def test_the_board_cards_carry_the_forecast(qtbot, demo: Coach) -> None:
    board = PipelineBoard(demo)
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: not board.loading, timeout=60_000)
    forecasts = demo.forecasts.by_candidate()
    shown = 0
    for column in board.columns:
        model = column.model
        for row in range(model.rowCount()):
            index = model.index(row)
            forecast = index.data(FORECAST_ROLE)
            candidate = model.data(index, 0x0100 + 2)  # ID_ROLE
            assert forecast == forecasts.get(candidate)
            if forecast is not None and forecast.status == FORECAST:
                text = card_text(forecast)
                assert text.startswith("Ready in ~") and f"{forecast.sessions_low}–" in text
                shown += 1
    assert shown > 5
    board.grab()  # painting every card with its forecast line does not fail


def test_the_effectiveness_tab_draws_the_forecast(qtbot, demo: Coach) -> None:
    row = next(r for r in demo.forecasts.all() if r.forecast.status == FORECAST)
    panel = CandidateEffectivenessPanel(demo, row.candidate_id)
    qtbot.addWidget(panel)
    panel.reload()
    qtbot.waitUntil(lambda: panel.forecast is not None, timeout=60_000)
    assert "80% interval" in panel.forecast_label.text()
    assert panel.forecast == demo.forecasts.candidate(row.candidate_id)


def test_the_capacity_page_follows_every_edit_and_saves_a_plan(qtbot, demo: Coach, monkeypatch) -> None:
    page = CapacityPage(demo)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.outlook is not None, timeout=60_000)
    assert page.loads.rowCount() >= 1 and page.trainers.rowCount() >= 1
    before = page.outlook
    assert before is not None
    page.loads.item(0, 2).setText("20")  # 20 hires a month, 30 h a class of 8: 3 classes, 90 h
    page.loads.item(0, 3).setText("30")
    after = page.outlook
    assert after is not None and after.months[0].needed == before.months[0].needed + 90
    page.loads.item(0, 2).setText("twenty")
    assert "Not a number" in page.errors.text() and page.outlook is after
    page.loads.item(0, 2).setText("-3")
    assert page.errors.text() and page.outlook is after
    page.loads.item(0, 2).setText("20")
    assert page.errors.text() == ""
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Σχέδιο 计划", True))
    page.save_as()
    assert [name for _, name in demo.capacity.saved()] == ["Σχέδιο 计划"]
    page.compare.setCurrentIndex(1)
    assert "Σχέδιο 计划" in page.comparison.text()
    demo.history.undo()
    assert demo.capacity.saved() == []
