"""Shared fixtures. Every test runs with its own data folder, so none can touch a real database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("TRAINERCOACH_HOME", str(home))
    monkeypatch.delenv("TRAINERCOACH_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "coach.sqlite3"


@pytest.fixture
def coach(db_path: Path) -> Iterator[object]:
    from trainercoach.services import Coach

    opened = Coach.open(db_path, actor="Test Lead")
    yield opened
    opened.close()
