"""A database from each released schema version (tests/data/, written by tools/build_upgrade_fixtures.py) opens in
the current app: it is backed up, upgraded to the current schema, and every row of every table is still there, value
for value."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from trainercoach.db import migrate, open_database
from trainercoach.db.lifecycle import backups_dir, check_database
from trainercoach.services import Coach

DATA = Path(__file__).resolve().parents[1] / "data"
REVISIONS = [script.revision for script in reversed(list(migrate.scripts().walk_revisions()))]


def rows_by_table(path: Path) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    with sqlite3.connect(path) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        result = {}
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            result[table] = (names, sorted(cursor.fetchall(), key=repr))
    connection.close()
    return result


def projected(path: Path, table: str, names: list[str]) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as connection:
        columns = ", ".join(f'"{n}"' for n in names)
        rows = sorted(connection.execute(f'SELECT {columns} FROM "{table}"').fetchall(), key=repr)
    connection.close()
    return rows


def test_every_released_schema_has_a_database_file() -> None:
    missing = [r for r in REVISIONS if not (DATA / f"schema-{r}.sqlite3").exists()]
    assert not missing, f"run tools/build_upgrade_fixtures.py: no database file for schema {missing}"


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_database_of_each_version_upgrades_with_every_row_intact(revision: str, tmp_path: Path) -> None:
    original = DATA / f"schema-{revision}.sqlite3"
    path = tmp_path / "coach.sqlite3"
    shutil.copyfile(original, path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
    connection.close()
    before = rows_by_table(path)
    assert sum(len(rows) for _, rows in before.values()) > 400  # real rows, not an empty schema
    assert len(before["candidate"][1]) > 10

    database = open_database(path)
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        assert check_database(database).ok, check_database(database).problems
    finally:
        database.close()

    for table, (names, rows) in before.items():
        assert projected(path, table, names) == rows, f"{table} changed in the upgrade from {revision}"
    if revision != migrate.head_revision():
        [backup] = backups_dir(path).iterdir()
        assert f"before-upgrade-from-{revision}" in backup.name
        assert rows_by_table(backup) == before

    coach = Coach.open(path)
    try:
        assert len(coach.candidates.list(include_archived=True)) == len(before["candidate"][1])
        if "delivery" in before:
            assert len(coach.deliveries.list()) == len(before["delivery"][1])
            assert any(row.responses for row in coach.deliveries.list())
        names = {row.name for row in coach.candidates.list(include_archived=True)}
        assert {"Μαρία Οικονόμου", "张伟"} <= names
    finally:
        coach.close()
