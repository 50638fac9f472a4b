"""The schema changes only through migrations; opening a database creates, upgrades (after a backup) or refuses.

A refused file must be left exactly as it was, so those tests compare bytes, not just contents.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from trainercoach.db import DatabaseRefused, migrate, open_database
from trainercoach.db.engine import Database, make_engine
from trainercoach.db.lifecycle import backup_database, backups_dir, check_database, create_private_file, schema_state
from trainercoach.errors import TrainerCoachError
from trainercoach.models import Base

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture
def opened(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


def revisions_oldest_first() -> list[str]:
    return [script.revision for script in reversed(list(migrate.scripts().walk_revisions()))]


def tables(database: Database) -> set[str]:
    return set(inspect(database.engine).get_table_names())


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` and a hash of its bytes: a refused database must not change by one byte,
    and no journal, WAL or backup may appear beside it."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


def database_at(path: Path, revision: str) -> Database:
    """A database as an older app left it: migrated only up to ``revision``."""
    create_private_file(path)
    database = Database("sqlite:///" + str(path))
    migrate.upgrade(database.engine, revision)
    return database


# -- from empty, down and up again -----------------------------------------------------------------
def test_a_new_database_is_created_at_the_current_schema(opened: Database) -> None:
    assert migrate.current_revision(opened.engine) == migrate.head_revision()
    assert schema_state(opened).status == "current"
    assert tables(opened) == set(Base.metadata.tables) | {"alembic_version"}
    assert check_database(opened).ok


def test_the_orm_models_match_the_migrated_schema(opened: Database) -> None:
    with opened.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_downgrade_to_base_and_upgrade_again(opened: Database) -> None:
    with opened.engine.begin() as connection:
        stages = connection.execute(text("SELECT key, name, position, kind FROM stage ORDER BY id")).all()

    migrate.downgrade(opened.engine, "base")
    assert tables(opened) <= {"alembic_version"}
    assert migrate.current_revision(opened.engine) is None
    assert schema_state(opened).status == "new"

    migrate.upgrade(opened.engine)
    assert migrate.current_revision(opened.engine) == migrate.head_revision()
    with opened.engine.begin() as connection:
        assert connection.execute(text("SELECT key, name, position, kind FROM stage ORDER BY id")).all() == stages
    assert check_database(opened).ok


def test_every_revision_upgrades_and_downgrades_one_step_at_a_time(db_path: Path) -> None:
    create_private_file(db_path)
    database = Database("sqlite:///" + str(db_path))
    try:
        steps = revisions_oldest_first()
        seen: list[set[str]] = [tables(database)]
        for revision in steps:
            migrate.upgrade(database.engine, revision)
            assert migrate.current_revision(database.engine) == revision
            seen.append(tables(database))
        for index in range(len(steps) - 1, -1, -1):
            migrate.downgrade(database.engine, steps[index - 1] if index else "base")
            assert tables(database) - {"alembic_version"} == seen[index] - {"alembic_version"}
    finally:
        database.close()


# -- an older database is backed up, then upgraded ---------------------------------------------------
def test_an_older_database_is_backed_up_before_it_is_upgraded(db_path: Path) -> None:
    head = migrate.scripts().get_revision(migrate.head_revision())
    previous = head.down_revision
    if previous is None:
        pytest.skip("only one migration exists, so no database can be older than the app yet")
    assert isinstance(previous, str)
    older = database_at(db_path, previous)
    with older.engine.begin() as connection:
        connection.execute(text("INSERT INTO person (name, created_at) VALUES ('Μαρία Οικονόμου', '2026-01-05')"))
    older.close()
    assert schema_state(Database("sqlite:///" + str(db_path))).status == "older"

    upgraded = open_database(db_path)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision()
        with upgraded.engine.connect() as connection:
            assert connection.execute(text("SELECT name FROM person")).scalars().all() == ["Μαρία Οικονόμου"]
    finally:
        upgraded.close()

    [backup] = backups_dir(db_path).iterdir()
    assert f"before-upgrade-from-{previous}" in backup.name
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(previous,)]
        assert copy.execute("SELECT name FROM person").fetchall() == [("Μαρία Οικονόμου",)]


def test_a_current_database_is_opened_without_a_backup(db_path: Path) -> None:
    open_database(db_path).close()
    open_database(db_path).close()
    assert not backups_dir(db_path).exists()


def test_backup_is_a_consistent_private_copy(opened: Database, tmp_path: Path) -> None:
    with opened.engine.begin() as connection:
        connection.execute(text("INSERT INTO person (name, created_at) VALUES ('张伟', '2026-01-05')"))
    target = tmp_path / "copies" / "copy.sqlite3"

    written = backup_database(opened, target)

    assert written == target
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT name FROM person").fetchall() == [("张伟",)]
    assert [p.name for p in target.parent.iterdir()] == ["copy.sqlite3"]  # no WAL or partial files left
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file
    copy.close()
    if sys.platform != "win32":
        assert target.stat().st_mode & 0o777 == 0o600


def test_backup_never_overwrites(opened: Database, tmp_path: Path) -> None:
    target = tmp_path / "taken.sqlite3"
    target.write_text("mine")
    with pytest.raises(TrainerCoachError, match="already exists"):
        backup_database(opened, target)
    assert target.read_text() == "mine"


def test_backup_by_default_goes_to_the_backups_folder(opened: Database, db_path: Path) -> None:
    written = backup_database(opened)
    assert written.parent == backups_dir(db_path)
    assert written.name.startswith(db_path.stem) and written.name.endswith("-manual.sqlite3")
    second = backup_database(opened)  # within the same second, most likely: it must not be refused
    assert sorted(backups_dir(db_path).iterdir()) == sorted([written, second])


# -- refused, and left untouched ---------------------------------------------------------------------
def make_newer(path: Path) -> None:
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()


def make_foreign(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        connection.execute("INSERT INTO invoices (total) VALUES (12.5)")
    connection.close()


def make_other_alembic_app(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        connection.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
    connection.close()


def make_text(path: Path) -> None:
    path.write_text("name,score\nΜαρία,5\n", encoding="utf-8")


REFUSED = {
    "newer": (make_newer, "newer version of Trainer Coach"),
    "foreign": (make_foreign, "not a Trainer Coach database"),
    "another app's alembic database": (make_other_alembic_app, "not a Trainer Coach database"),
    "not SQLite": (make_text, "not an SQLite file"),
}


@pytest.mark.parametrize("upgrade", [True, False], ids=["upgrade", "check"])
@pytest.mark.parametrize("case", list(REFUSED))
def test_a_database_that_is_not_ours_is_refused_and_left_byte_identical(
    tmp_path: Path, case: str, upgrade: bool
) -> None:
    make, message = REFUSED[case]
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "coach.sqlite3"
    make(path)
    before = fingerprint(folder)

    with pytest.raises(DatabaseRefused, match=message) as refused:
        open_database(path, upgrade=upgrade)

    assert "left untouched" in str(refused.value)
    assert fingerprint(folder) == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseRefused, match="is a folder"):
        open_database(tmp_path)


def test_an_empty_file_becomes_a_new_database(db_path: Path) -> None:
    db_path.touch()
    database = open_database(db_path)
    try:
        assert schema_state(database).status == "current"
    finally:
        database.close()


# -- how the file is kept ---------------------------------------------------------------------------
def test_wal_and_foreign_keys_are_on(opened: Database) -> None:
    with opened.engine.connect() as first, opened.engine.connect() as second:
        for connection in (first, second):
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with pytest.raises(IntegrityError), opened.transaction() as session:
        session.execute(text("INSERT INTO person (name, created_at) VALUES ('x', '2026-01-01')"))
        session.execute(text(
            "INSERT INTO candidate (person_id, stage_id, notes, created_at, version) "
            "VALUES (1, 999, '', '2026-01-01', 1)"
        ))
    with opened.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM person").scalar() == 0


@posix_only
def test_the_database_file_is_readable_by_its_owner_only(opened: Database, db_path: Path) -> None:
    with opened.transaction() as session:
        session.execute(text("INSERT INTO person (name, created_at) VALUES ('x', '2026-01-01')"))
    for path in [db_path, *db_path.parent.glob(db_path.name + "-*")]:
        assert path.stat().st_mode & 0o777 == 0o600, path
    assert os.access(db_path, os.R_OK | os.W_OK)


def test_check_reports_a_broken_reference(opened: Database, db_path: Path) -> None:
    with sqlite3.connect(db_path) as raw:  # foreign keys are off on a plain connection
        raw.execute("INSERT INTO person (id, name, created_at) VALUES (1, 'x', '2026-01-01')")
        raw.execute("INSERT INTO candidate (person_id, stage_id, notes, created_at, version) "
                    "VALUES (1, 999, '', '2026-01-01', 1)")
    raw.close()
    report = check_database(opened)
    assert not report.ok
    assert any("broken reference: candidate" in problem and "stage" in problem for problem in report.problems)


def test_check_reports_an_old_schema(db_path: Path) -> None:
    database = database_at(db_path, revisions_oldest_first()[0])
    try:
        report = check_database(database)
        if migrate.head_revision() == revisions_oldest_first()[0]:
            assert report.ok
        else:
            assert any("schema is older" in problem for problem in report.problems)
    finally:
        database.close()


def test_an_in_memory_database_enforces_foreign_keys_too() -> None:
    engine = make_engine("sqlite://")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
