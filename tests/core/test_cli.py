"""``python -m trainercoach`` as a script would run it: its exit status and its two streams.

Most tests call the command line in this process (``run``, the same ``main`` with the same environment); a few
start a real process (``run_process``) for each family of commands and for what only a process has: an output
encoding other than UTF-8."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.helpers import run_cli

ROOT = Path(__file__).resolve().parents[2]


def run(home: Path, *args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, home=home, env=env)


def run_process(home: Path, *args: str | Path, env: dict[str, str] | None = None,
                encoding: str = "utf-8") -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("TRAINERCOACH_DB", "PYTHONIOENCODING")}
    environment.update(TRAINERCOACH_HOME=str(home), QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "trainercoach", *map(str, args)], cwd=ROOT, env=environment,
        capture_output=True, encoding=encoding, timeout=120,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "demo.sqlite3"
    result = run_process(folder / "home", "demo", "--db", path)
    assert result.returncode == 0, result.stderr
    assert f"Demo database written to {path}" in result.stdout
    assert "candidates" in result.stdout and result.stderr == ""
    return path


def test_list_candidates_as_json(private_home: Path, demo_db: Path) -> None:
    result = run(private_home, "list", "candidates", "--json", "--db", demo_db)

    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert isinstance(rows, list) and 30 <= len(rows) <= 45
    for row in rows:
        assert isinstance(row["id"], int) and row["name"] and row["stage"]
        assert not row["archived"]
    names = {row["name"] for row in rows}
    assert {"Μαρία Οικονόμου", "Αλέξανδρος Μαυρίδης", "张伟", "林静怡", "Niamh O'Sullivan", "José Ferreira"} <= names
    assert len({row["id"] for row in rows}) == len(rows)
    stages = {row["stage"] for row in rows}
    assert {"Nominated", "Active trainer", "Paused", "Withdrawn"} <= stages

    archived = json.loads(run(private_home, "list", "candidates", "--json", "--archived", "--db", demo_db).stdout)
    assert len(archived) > len(rows)
    assert any(row["archived"] for row in archived)


def test_the_database_can_come_from_the_environment(private_home: Path, demo_db: Path) -> None:
    by_flag = run(private_home, "list", "candidates", "--json", "--db", demo_db)
    by_env = run_process(private_home, "list", "candidates", "--json", env={"TRAINERCOACH_DB": str(demo_db)})
    assert by_env.returncode == 0, by_env.stderr
    assert json.loads(by_env.stdout) == json.loads(by_flag.stdout)


def test_json_survives_an_output_that_is_not_utf8(private_home: Path, demo_db: Path) -> None:
    """A Windows pipe writes in the code page; Greek and Chinese names must still come through."""
    result = run_process(private_home, "list", "candidates", "--json", "--db", demo_db,
                         env={"PYTHONIOENCODING": "cp1252"}, encoding="cp1252")
    assert result.returncode == 0, result.stderr
    names = {row["name"] for row in json.loads(result.stdout)}
    assert {"Μαρία Οικονόμου", "张伟"} <= names
    plain = run_process(private_home, "list", "candidates", "--db", demo_db, env={"PYTHONIOENCODING": "cp1252"},
                        encoding="cp1252")
    assert plain.returncode == 0, plain.stderr
    assert len(plain.stdout.splitlines()) == len(names)


def test_plain_list_shows_ids_names_and_stages(private_home: Path, demo_db: Path) -> None:
    result = run(private_home, "list", "candidates", "--db", demo_db)
    assert result.returncode == 0
    assert any("张伟" in line and "[Active trainer]" in line for line in result.stdout.splitlines())


def test_db_check_passes_on_the_demo(private_home: Path, demo_db: Path) -> None:
    result = run_process(private_home, "db", "check", "--db", demo_db)
    assert result.returncode == 0, result.stderr
    assert ": ok (schema " in result.stdout


def test_db_check_fails_on_a_broken_reference(private_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    assert run(private_home, "db", "upgrade", "--db", path).returncode == 0
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO stage_move (candidate_id, to_stage_id, moved_at, moved_by, reason) "
                    "VALUES (77, 1, '2026-01-01', 'x', 'y')")
    raw.close()
    result = run(private_home, "db", "check", "--db", path)
    assert result.returncode == 1
    assert "broken reference: stage_move" in result.stderr


def test_db_backup_writes_a_valid_sqlite_copy(private_home: Path, demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "backup.sqlite3"
    result = run(private_home, "db", "backup", "--db", demo_db, "--out", out)

    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    with sqlite3.connect(out) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        with sqlite3.connect(demo_db) as source:
            count = "SELECT count(*) FROM candidate"
            assert copy.execute(count).fetchone() == source.execute(count).fetchone()
        source.close()
    copy.close()
    assert [p.name for p in tmp_path.iterdir()] == ["backup.sqlite3"]

    again = run(private_home, "db", "backup", "--db", demo_db, "--out", out)
    assert again.returncode == 1 and "already exists" in again.stderr


def test_db_upgrade_creates_a_new_database(private_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    result = run(private_home, "db", "upgrade", "--db", path)
    assert result.returncode == 0, result.stderr
    assert "is at the current schema" in result.stdout
    assert run(private_home, "db", "check", "--db", path).returncode == 0


def test_demo_onto_an_existing_database_is_refused_and_changes_nothing(private_home: Path, demo_db: Path) -> None:
    before = digest(demo_db)
    result = run(private_home, "demo", "--db", demo_db)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("trainercoach: ") and "already exists and is not empty" in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(demo_db) == before


def test_demo_needs_a_path(private_home: Path, tmp_path: Path) -> None:
    no_path = run(private_home, "demo")
    assert no_path.returncode == 1 and "--db PATH" in no_path.stderr


@pytest.mark.parametrize("args", [
    [],
    ["list"],
    ["list", "sessions-and-more"],
    ["db"],
    ["db", "explode"],
    ["demo", "--scale", "medium"],
    ["list", "candidates", "--no-such-flag"],
])
def test_a_usage_error_exits_2(private_home: Path, args: list[str]) -> None:
    result = (run_process if not args else run)(private_home, *args)  # the first in a real process
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert result.stdout == ""


def test_db_upgrade_on_a_file_that_is_not_a_database_exits_1_and_leaves_it(private_home: Path,
                                                                            tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("name,score\nΜαρία,5\n张伟,4\n", encoding="utf-8")
    before = digest(path)
    result = run(private_home, "db", "upgrade", "--db", path)
    assert result.returncode == 1
    assert "not a Trainer Coach database" in result.stderr and "Traceback" not in result.stderr
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.csv"]


def test_without_db_the_data_folder_is_used(private_home: Path) -> None:
    result = run(private_home, "db", "upgrade")
    assert result.returncode == 0, result.stderr
    assert (private_home / "trainercoach.sqlite3").exists()
    assert json.loads(run(private_home, "list", "candidates", "--json").stdout) == []
