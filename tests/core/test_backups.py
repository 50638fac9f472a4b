"""Backups beside the database: daily, before upgrades and restores, thinned to the last N; and restoring one.

A refused restore must change nothing, so those tests compare every file's bytes.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.core.test_cli import run
from trainercoach.db import DatabaseRefused, migrate, open_database
from trainercoach.db.backups import (
    DEFAULT_KEEP,
    check_backup,
    daily_backup,
    list_backups,
    prune_backups,
    restore_database,
)
from trainercoach.db.engine import Database
from trainercoach.db.lifecycle import backup_database, backups_dir, create_private_file
from trainercoach.errors import TrainerCoachError, ValidationError
from trainercoach.services import Coach

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def names(coach_or_path: Coach | Path) -> list[str]:
    path = coach_or_path if isinstance(coach_or_path, Path) else coach_or_path.db.path
    with sqlite3.connect(path) as connection:
        rows = [row[0] for row in connection.execute("SELECT name FROM person ORDER BY id")]
    connection.close()
    return rows


def add_person(database: Database, name: str) -> None:
    with database.transaction() as session:
        session.execute(text("INSERT INTO person (name, created_at) VALUES (:n, '2026-01-05')"), {"n": name})


def fingerprint(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def fake_backup(db_path: Path, stamp: str, label: str) -> Path:
    """A backup file as an earlier day left it (the name carries when it was made)."""
    folder = backups_dir(db_path)
    folder.mkdir(exist_ok=True)
    path = folder / f"{db_path.stem}-{stamp}-{label}.sqlite3"
    path.write_bytes(b"x")
    return path


# -- daily backups and how many are kept ---------------------------------------------------------------
def test_the_first_start_of_a_day_makes_a_checked_backup_and_later_starts_none(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        add_person(database, "Ελένη Παππά")
        first = daily_backup(database, today=date.today())
        assert first is not None and first.parent == backups_dir(db_path)
        assert names(first) == ["Ελένη Παππά"]
        with sqlite3.connect(first) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        copy.close()
        assert daily_backup(database, today=date.today()) is None
        assert [b.path for b in list_backups(db_path)] == [first]
    finally:
        database.close()


def test_a_new_day_makes_a_new_backup(db_path: Path) -> None:
    fake_backup(db_path, "20260101-090000", "daily")
    database = open_database(db_path)
    try:
        assert daily_backup(database, today=date(2026, 1, 1)) is None  # that day has one
        made = daily_backup(database, today=date.today())
        assert made is not None
        assert len([b for b in list_backups(db_path) if b.label == "daily"]) == 2
    finally:
        database.close()


def test_only_the_last_n_automatic_backups_are_kept_and_manual_ones_never_deleted(db_path: Path) -> None:
    automatic = [fake_backup(db_path, f"202601{day:02d}-080000", "daily") for day in range(1, 6)]
    upgrade = fake_backup(db_path, "20260106-080000", "before-upgrade-from-0004")
    manual = fake_backup(db_path, "20251201-080000", "manual")

    removed = prune_backups(db_path, keep=3)

    assert sorted(removed) == sorted(automatic[:3])
    left = {b.path for b in list_backups(db_path)}
    assert left == {automatic[3], automatic[4], upgrade, manual}


def test_the_number_kept_is_a_setting_with_a_default(coach: Coach) -> None:
    assert coach.settings.backups_to_keep() == DEFAULT_KEEP
    coach.settings.set_backups_to_keep(3)
    assert coach.settings.backups_to_keep() == 3
    for wrong in (0, -1, 10_000, "7", True):
        with pytest.raises(ValidationError, match="Keep between"):
            coach.settings.set_backups_to_keep(wrong)  # type: ignore[arg-type]
    assert coach.settings.backups_to_keep() == 3


def test_daily_backup_prunes_to_the_setting(db_path: Path) -> None:
    for day in range(1, 6):
        fake_backup(db_path, f"202601{day:02d}-080000", "daily")
    coach = Coach.open(db_path)
    try:
        coach.settings.set_backups_to_keep(2)
        made = daily_backup(coach.db, today=date.today())
    finally:
        coach.close()
    kept = [b.path for b in list_backups(db_path)]
    assert len(kept) == 2 and kept[0] == made


def test_a_team_server_gets_no_file_backup(database_url: str, backend: str) -> None:
    database = open_database(database_url)
    try:
        if backend == "postgresql":
            assert daily_backup(database) is None
        else:
            assert daily_backup(database) is not None
    finally:
        database.close()


def test_partial_files_of_a_killed_backup_are_not_listed(db_path: Path) -> None:
    open_database(db_path).close()
    folder = backups_dir(db_path)
    folder.mkdir()
    (folder / f"{db_path.stem}-20260101-080000-daily.sqlite3.partial").write_bytes(b"half")
    (folder / "notes.txt").write_text("mine")
    assert list_backups(db_path) == []


def test_partial_files_a_killed_backup_left_are_cleared_once_stale(db_path: Path) -> None:
    folder = backups_dir(db_path)
    folder.mkdir(parents=True)
    old = folder / f"{db_path.stem}-20260101-080000-daily.sqlite3.partial"
    old_wal = folder / f"{db_path.stem}-20260101-080000-daily.sqlite3.partial-wal"
    fresh = folder / f"{db_path.stem}-20260102-080000-daily.sqlite3.partial"
    mine = folder / "notes.sqlite3.partial"
    for path in (old, old_wal, fresh, mine):
        path.write_bytes(b"half")
    for path in (old, old_wal, mine):
        os.utime(path, (1_000_000, 1_000_000))
    removed = prune_backups(db_path, keep=5, now=1_000_000 + 2 * 24 * 3600)
    assert sorted(removed) == sorted([old, old_wal])
    assert fresh.exists() and mine.exists()


@posix_only
def test_backups_and_their_folder_are_private(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        made = daily_backup(database)
    finally:
        database.close()
    assert made is not None
    assert made.stat().st_mode & 0o777 == 0o600
    assert made.parent.stat().st_mode & 0o777 == 0o700


WRITER = """
import sys
from trainercoach.services import CandidateForm, Coach
coach = Coach.open(sys.argv[1], actor="Writer")
number = 0
while True:
    number += 1
    coach.candidates.add(CandidateForm(name=f"Γραφέας {number} 写", notes="ω" * 2000))
    if number == 5:
        print("writing", flush=True)
"""


def test_a_backup_of_a_database_being_written_is_consistent(db_path: Path, private_home: Path) -> None:
    """Another process adds candidates (person, candidate and first stage move in one transaction) the whole time:
    each backup holds whole actions only, and passes its integrity check."""
    import subprocess

    from tests.core.test_cli import ROOT

    open_database(db_path).close()
    env = {k: v for k, v in os.environ.items() if k != "TRAINERCOACH_DB"}
    env["TRAINERCOACH_HOME"] = str(private_home)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        database = open_database(db_path)
        try:
            made = [backup_database(database, label=f"live-{n}") for n in range(3)]
        finally:
            database.close()
    finally:
        writer.kill()
        writer.wait()
    sizes = []
    for backup in made:
        with sqlite3.connect(backup) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            people, candidates, first_moves = (copy.execute(sql).fetchone()[0] for sql in (
                "SELECT count(*) FROM person", "SELECT count(*) FROM candidate",
                "SELECT count(DISTINCT candidate_id) FROM stage_move"))
        copy.close()
        assert people == candidates == first_moves >= 5
        sizes.append(candidates)
    assert sizes == sorted(sizes)


# -- restoring ----------------------------------------------------------------------------------------
@pytest.fixture
def with_backup(db_path: Path) -> tuple[Path, Path]:
    """A database with two people, a backup holding only the first."""
    database = open_database(db_path)
    try:
        add_person(database, "Μαρία Οικονόμου")
        backup = backup_database(database, label="manual")
        add_person(database, "张伟")
    finally:
        database.close()
    return db_path, backup


def test_restore_puts_the_backup_back_and_keeps_the_current_one(with_backup: tuple[Path, Path]) -> None:
    db_path, backup = with_backup
    result = restore_database(db_path, backup)

    assert names(db_path) == ["Μαρία Οικονόμου"]
    assert result.safety_copy is not None and names(result.safety_copy) == ["Μαρία Οικονόμου", "张伟"]
    assert "before-restore" in result.safety_copy.name
    assert names(backup) == ["Μαρία Οικονόμου"]  # the backup itself is only read
    database = open_database(db_path)
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        database.close()
    if sys.platform != "win32":
        assert db_path.stat().st_mode & 0o777 == 0o600


def test_restore_of_an_older_backup_upgrades_it(db_path: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    create_private_file(old)
    database = Database("sqlite:///" + str(old))
    migrate.upgrade(database.engine, "0004")
    add_person(database, "Niamh O'Sullivan")
    database.close()
    open_database(db_path).close()

    result = restore_database(db_path, old)

    assert result.revision == "0004"
    assert names(db_path) == ["Niamh O'Sullivan"]
    database = open_database(db_path, upgrade=False)
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
    finally:
        database.close()


def test_restore_over_a_damaged_database_keeps_its_bytes(with_backup: tuple[Path, Path]) -> None:
    db_path, backup = with_backup
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)  # a header, then garbage
    result = restore_database(db_path, backup)
    assert names(db_path) == ["Μαρία Οικονόμου"]
    assert result.safety_copy is not None
    assert result.safety_copy.read_bytes() == b"SQLite format 3\x00" + b"\xff" * 5000


def newer(path: Path) -> None:
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()


def foreign(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.close()


def damaged(path: Path) -> None:
    open_database(path).close()
    data = bytearray(path.read_bytes())
    data[4096 * 3: 4096 * 3 + 200] = b"\x00\xff" * 100  # a page of the tables scribbled over
    path.write_bytes(bytes(data))


REFUSED = {
    "not sqlite": (lambda p: p.write_text("name,score\n"), "not an SQLite file"),
    "binary": (lambda p: p.write_bytes(os.urandom(3000)), "not an SQLite file"),
    "newer": (newer, "newer version"),
    "foreign": (foreign, "not a Trainer Coach database"),
    "damaged": (damaged, "damaged|cannot be read"),
    "missing": (lambda p: None, "There is no backup file"),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_a_backup_that_cannot_be_restored_is_refused_and_nothing_changes(
    with_backup: tuple[Path, Path], tmp_path: Path, case: str
) -> None:
    db_path, _ = with_backup
    make, message = REFUSED[case]
    wrong = tmp_path / "wrong" / "backup.sqlite3"
    wrong.parent.mkdir()
    make(wrong)
    before = fingerprint(db_path.parent)

    with pytest.raises(DatabaseRefused, match=message):
        restore_database(db_path, wrong)

    assert fingerprint(db_path.parent) == before


def test_restore_refuses_the_database_itself(with_backup: tuple[Path, Path]) -> None:
    db_path, _ = with_backup
    with pytest.raises(DatabaseRefused, match="same file"):
        restore_database(db_path, db_path)


def test_restore_is_for_sqlite() -> None:
    with pytest.raises(TrainerCoachError, match="pg_restore"):
        restore_database("postgresql://someone@localhost/db", Path("x.sqlite3"))


def test_check_backup_names_the_revision(with_backup: tuple[Path, Path]) -> None:
    assert check_backup(with_backup[1]) == migrate.head_revision()


# -- the command line ---------------------------------------------------------------------------------
def test_db_restore_and_db_backups_on_the_command_line(with_backup: tuple[Path, Path], private_home: Path,
                                                       tmp_path: Path) -> None:
    db_path, backup = with_backup

    result = run(private_home, "db", "restore", "--db", db_path, "--from", backup)

    assert result.returncode == 0, result.stderr
    assert "restored from" in result.stdout and "as it was is kept in" in result.stdout
    assert names(db_path) == ["Μαρία Οικονόμου"]

    listing = run(private_home, "db", "backups", "--db", db_path, "--keep", "5")
    assert listing.returncode == 0, listing.stderr
    assert "last 5 automatic backups" in listing.stdout
    assert backup.name in listing.stdout and "before-restore" in listing.stdout
    assert datetime.now().strftime("%Y-%m-%d") in listing.stdout

    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("hello")
    before = fingerprint(db_path.parent)
    refused = run(private_home, "db", "restore", "--db", db_path, "--from", text_file)
    assert refused.returncode == 1
    assert "not a Trainer Coach database" in refused.stderr and "Traceback" not in refused.stderr
    assert fingerprint(db_path.parent) == before
