"""The command line given what it should refuse: damaged databases, special files, paths that cannot be written.
Every case ends with exit status 1 and a sentence on standard error, never a traceback, and nothing half-written."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.core.test_cli import run, run_process
from trainercoach.db import open_database
from trainercoach.db.lifecycle import backup_database, backups_dir
from trainercoach.services import CandidateForm, Coach

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX devices and file modes")


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, Path]:
    """A database with a page of its tables scribbled over, and a good backup made before."""
    path = tmp_path / "coach.sqlite3"
    coach = Coach.open(path)
    for number in range(300):
        coach.candidates.add(CandidateForm(name=f"Υποψήφιος {number} 候选人", notes="x" * 400))
    backup = backup_database(coach.db, label="manual")
    coach.close()
    data = bytearray(path.read_bytes())
    for page in range(6, 12):
        data[4096 * page: 4096 * page + 4096] = b"\xa5" * 4096  # not a page SQLite can read
    path.write_bytes(bytes(data))
    return path, backup


def refused(result) -> str:  # a CompletedProcess
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stderr.strip()
    return result.stderr


def test_a_damaged_database_is_explained_and_can_be_restored(damaged: tuple[Path, Path], private_home: Path) -> None:
    path, backup = damaged
    assert "damaged" in refused(run(private_home, "list", "candidates", "--db", path))
    assert "integrity" in refused(run(private_home, "db", "check", "--db", path))
    assert "No backup was made" in refused(run(private_home, "db", "backup", "--db", path))
    assert not [p for p in backups_dir(path).iterdir() if p.name.endswith(".partial")]
    restored = run(private_home, "db", "restore", "--db", path, "--from", backup)
    assert restored.returncode == 0, restored.stderr
    assert run(private_home, "db", "check", "--db", path).returncode == 0
    coach = Coach.open(path)
    try:
        assert len(coach.candidates.list()) == 300
    finally:
        coach.close()


@posix_only
@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_a_device_is_not_taken_for_a_database(private_home: Path, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    assert "special file" in refused(run(private_home, "list", "candidates", "--db", device))


@posix_only
def test_an_empty_file_becomes_a_private_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    open_database(path).close()
    assert path.stat().st_mode & 0o777 == 0o600


def test_outputs_that_cannot_be_written_are_refused_in_words(tmp_path: Path, private_home: Path) -> None:
    path = tmp_path / "coach.sqlite3"
    coach = Coach.open(path)
    cid = coach.candidates.add(CandidateForm(name="Ελένη"))
    coach.close()
    a_file = tmp_path / "a file"
    a_file.write_text("mine")
    exported = run_process(private_home, "export", "trainer", "--id", cid, "--db", path, "--out", a_file)
    assert "is a file" in refused(exported)
    refused(run(private_home, "db", "backup", "--db", path, "--out", a_file / "backup.sqlite3"))
    refused(run(private_home, "export-list", "candidates", "--db", path, "--out", a_file / "list.csv"))
    assert "is a folder" in refused(run(private_home, "db", "restore", "--db", path, "--from", tmp_path))
    assert a_file.read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("coach.sqlite3")) == ["a file"]


@pytest.mark.parametrize("args", [
    ["export", "trainer", "--id", "99999999999999999999", "--out", "OUT"],
    ["export", "session", "--id", "-5", "--out", "OUT"],
    ["export", "trainer", "--id", "x", "--out", "OUT"],
    ["list", "sessions", "--candidate", "99999999999999999999"],
    ["export-list", "sessions", "--candidate", "0", "--out", "OUT/list.csv"],
    ["export", "trainer", "--all", "--workers", "0", "--out", "OUT"],
])
def test_ids_and_counts_no_database_can_hold_are_usage_errors(tmp_path: Path, private_home: Path,
                                                              args: list[str]) -> None:
    path = tmp_path / "coach.sqlite3"
    Coach.open(path).close()
    result = run(private_home, *[a.replace("OUT", str(tmp_path / "out")) for a in args], "--db", path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "not an id" in result.stderr or "not a number of processes" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_session_number_beyond_any_id_is_looked_up_as_a_code(tmp_path: Path, private_home: Path) -> None:
    path = tmp_path / "coach.sqlite3"
    Coach.open(path).close()
    source = tmp_path / "survey.csv"
    source.write_text("clarity\n3\n", encoding="utf-8")
    result = run(private_home, "import-feedback", "--session", "99999999999999999999", source, "--db", path)
    assert "No session has the code" in refused(result)


def test_a_number_too_large_for_the_database_is_refused_in_words(tmp_path: Path) -> None:
    from trainercoach.errors import TrainerCoachError

    coach = Coach.open(tmp_path / "coach.sqlite3")
    try:
        with pytest.raises(TrainerCoachError, match="too large"):
            coach.candidates.get(2**70)
    finally:
        coach.close()
