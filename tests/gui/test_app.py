"""Start-up: the database named on the command line, the demo, and refusals a person can read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from trainercoach.gui import app as app_module
from trainercoach.services import Coach


@pytest.fixture
def launcher(monkeypatch: pytest.MonkeyPatch):
    shown: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    launcher = app_module.Launcher()
    launcher.shown = shown
    yield launcher
    for window in launcher.windows:
        window.close()
    launcher.close()


def test_a_file_that_is_not_our_database_is_refused_untouched(launcher, tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_bytes(b"Meeting notes, not a database \x00\x01")
    assert launcher.open(str(notes), False) is None
    assert launcher.shown and "not a Trainer Coach database" in launcher.shown[0]
    assert notes.read_bytes() == b"Meeting notes, not a database \x00\x01"


def test_the_default_database_is_created_in_the_data_folder(launcher, private_home: Path) -> None:
    window = launcher.open(None, False)
    assert window is not None
    assert window.coach.db.path == private_home / "trainercoach.sqlite3"
    assert (private_home / "trainercoach.sqlite3").stat().st_mode & 0o777 == 0o600


def test_demo_opens_a_throwaway_database_full_of_candidates(launcher, private_home: Path) -> None:
    window = launcher.open(None, True)
    assert window is not None and window.demo
    assert len(window.coach.candidates.list()) >= 30
    assert window.coach.db.path is not None and private_home not in window.coach.db.path.parents
    assert not (private_home / "trainercoach.sqlite3").exists()
    assert "demo" in window.windowTitle()


def test_the_app_starts_from_main_py_and_refuses_a_newer_database(tmp_path: Path) -> None:
    """A real process: main.py with --db on a database from a newer app exits 1 with the reason shown."""
    path = tmp_path / "future.sqlite3"
    Coach.open(path).close()
    import sqlite3

    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()
    script = (
        "import sys; from PySide6.QtWidgets import QMessageBox;"
        "QMessageBox.critical = staticmethod(lambda *a: print(a[2]));"
        "from trainercoach.gui.app import main; sys.exit(main(sys.argv[1:]))"
    )
    result = subprocess.run([sys.executable, "-c", script, "--db", str(path)], capture_output=True, text=True,
                            timeout=60, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1
    assert "newer version" in result.stdout
    assert path.read_bytes() == before


def test_the_first_window_shows_before_its_database_opens(launcher, qtbot, private_home: Path) -> None:
    window = launcher.start(None, False)
    assert window.isVisible() and not window.attached  # up at once; the database opens in a worker
    assert "Opening" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.attached, timeout=20_000)
    assert window.coach.db.path == private_home / "trainercoach.sqlite3"
    assert window.ui.actionNewCandidate.isEnabled()


def test_a_window_closed_while_its_database_opens_stays_closed(launcher, qtbot) -> None:
    from trainercoach.gui.workers import anything_loading

    window = launcher.start(None, False)
    window.close()
    qtbot.waitUntil(lambda: not anything_loading(), timeout=20_000)
    qtbot.wait(50)
    assert not window.isVisible() and not window.attached
