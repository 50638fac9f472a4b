"""The forecast on a real database (issue 21): one read, the command's text and JSON, the programme's months."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.core.helpers import run_cli
from trainercoach.analytics.forecast import FORECAST, NOT_ENOUGH_DATA, READY, measured_ready
from trainercoach.demo import write_demo
from trainercoach.services import Coach


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Coach, Path]]:
    path = tmp_path_factory.mktemp("forecast") / "demo.sqlite3"
    write_demo(path, lang="en")
    coach = Coach.open(path, actor="Test Lead")
    yield coach, path
    coach.close()


def test_every_pipeline_candidate_has_a_forecast_or_says_why_not(demo: tuple[Coach, Path]) -> None:
    coach, _ = demo
    rows = coach.forecasts.all()
    statuses = {row.forecast.status for row in rows}
    assert statuses == {FORECAST, READY, NOT_ENOUGH_DATA}
    readiness = coach.effectiveness.readiness_all()
    rule = coach.settings.readiness_rule()
    with coach.db.reading() as session:
        histories = coach.forecasts.histories_in(session)
    for row in rows:
        measured = [c for c in readiness[row.candidate_id].conditions if c.key != "signoff"]
        # "ready" here is exactly the readiness checklist's measured conditions all met.
        assert (row.forecast.status == READY) == all(c.met for c in measured), row
        assert measured_ready(rule, histories[row.candidate_id].deliveries) == (row.forecast.status == READY)
        if row.forecast.status == FORECAST:
            assert row.forecast.sessions_low is not None and row.forecast.sessions_high is not None
            assert row.forecast.sessions_low <= (row.forecast.sessions_expected or 0) <= row.forecast.sessions_high
    # Certified and active trainers, and those who left, have nothing to forecast.
    stages = {row.stage for row in rows}
    assert not stages & {"Certified", "Active trainer", "Paused", "Withdrawn"}


def test_the_forecasts_are_read_in_one_transaction(demo: tuple[Coach, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    coach, _ = demo
    opened = []
    real = coach.db.reading

    def counting():  # type: ignore[no-untyped-def]
        opened.append(1)
        return real()

    monkeypatch.setattr(coach.db, "reading", counting)
    coach.forecasts.all()
    assert len(opened) == 1


def test_a_stricter_rule_moves_the_forecast_further_away(demo: tuple[Coach, Path]) -> None:
    coach, _ = demo
    before = {r.candidate_id: r.forecast for r in coach.forecasts.all(date(2026, 12, 6))}
    rule = coach.settings.readiness_rule()
    from dataclasses import replace

    coach.settings.set_readiness_rule(replace(rule, rubric_threshold=4.2))
    try:
        after = {r.candidate_id: r.forecast for r in coach.forecasts.all(date(2026, 12, 6))}
    finally:
        coach.settings.set_readiness_rule(rule)
    both = [cid for cid in before if before[cid].status == FORECAST and after[cid].status == FORECAST]
    assert both
    assert all((after[c].sessions_expected or 0) >= (before[c].sessions_expected or 0) for c in both)
    assert sum(after[c].sessions_expected or 0 for c in both) > sum(before[c].sessions_expected or 0 for c in both)


def test_the_programme_expects_candidates_month_by_month(demo: tuple[Coach, Path]) -> None:
    coach, _ = demo
    programme = coach.forecasts.programme(date(2026, 12, 6))
    assert len(programme.months) == 12 and programme.months[0][0] == date(2026, 12, 1)
    assert programme.months[1][0] == date(2027, 1, 1)
    assert 0 < sum(n for _, n in programme.months) <= programme.forecast
    assert programme.ready_now + programme.forecast + programme.not_enough_data == len(coach.forecasts.all())


def test_the_command_prints_text_and_json(demo: tuple[Coach, Path]) -> None:
    coach, path = demo
    result = run_cli("forecast", "--db", path, "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {r["candidate_id"] for r in rows} == {r.candidate_id for r in coach.forecasts.all()}
    shown = [r for r in rows if r["status"] == "forecast"]
    assert shown and {"sessions_expected", "sessions_low", "sessions_high", "date_expected"} <= set(shown[0])
    assert date.fromisoformat(shown[0]["date_expected"])
    assert any(r["status"] == "not enough data" and "sessions_expected" not in r for r in rows)
    text = run_cli("forecast", "--db", path, "--backtest")
    assert text.returncode == 0 and "ready in ~" in text.stdout and "80%" in text.stdout
    assert "Backtest over 12 earlier days" in text.stdout
    empty = run_cli("forecast", "--db", path.parent / "empty.sqlite3", "--json")
    assert empty.returncode == 0 and json.loads(empty.stdout) == []
