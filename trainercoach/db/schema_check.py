"""Is an SQLite file's schema exactly the one Trainer Coach gives that schema version? Asked before a file is
restored, opened or called "ok" by ``db check``.

Why: a backup is a file anyone can hand over, and SQLite runs whatever the file holds. One extra trigger
(``AFTER INSERT ON feedback_response BEGIN DELETE FROM observation; END``) would pass an integrity check and then
wipe every observation at the next import; our table names over other columns crash the lists later; two rows in
``alembic_version`` make the file unopenable. So the whole schema is compared: every table with its columns (type,
NOT NULL, default, primary key, hidden/generated), foreign keys and indexes, every trigger and view, and
``alembic_version`` holding exactly one row.

What a version "should have" is not written down by hand: it is a fresh database migrated to that revision by the
same Alembic migrations the app runs (in a temporary folder, once per revision and process). A database made by
any release and upgraded since went through those same migrations, so it compares equal; the files in
``tests/data/`` (one per released schema) check that this stays so.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from contextlib import closing
from functools import cache
from pathlib import Path

from trainercoach.i18n import _

MAX_LISTED = 5  # differences named in a message; the rest are counted

Schema = dict[tuple[str, str], tuple[object, ...]]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _normal_sql(sql: str | None) -> str:
    """Trigger, view and partial-index SQL compared without regard to spacing, case or identifier quotes."""
    return " ".join(re.sub(r'["`\[\]]', "", sql or "").lower().split())


def describe(connection: sqlite3.Connection) -> Schema:
    """Every schema object of the file, by (kind, name), as comparable tuples. SQLite's own tables
    (sqlite_sequence, sqlite_stat1…) are left out: SQLite makes them itself."""
    found: Schema = {}
    objects = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    for kind, name, table, sql in objects:
        if kind == "table" and name.startswith("sqlite_"):
            continue
        if kind == "table":
            columns = tuple(tuple(row[1:]) for row in connection.execute(f"PRAGMA table_xinfo({_quoted(name)})"))
            columns = tuple((c[0], str(c[1]).upper(), *c[2:]) for c in columns)
            keys = tuple(sorted(tuple(str(v) for v in row[2:])
                                for row in connection.execute(f"PRAGMA foreign_key_list({_quoted(name)})")))
            without_rowid = "without rowid" in _normal_sql(sql)
            found[(kind, name)] = (columns, keys, without_rowid)
        elif kind == "index":
            info = {row[1]: row for row in connection.execute(f"PRAGMA index_list({_quoted(table)})")}
            row = info.get(name)
            key = tuple((c[2], c[3], c[4]) for c in connection.execute(f"PRAGMA index_xinfo({_quoted(name)})")
                        if c[5])
            unique, origin, partial = (row[2], row[3], row[4]) if row else (None, None, None)
            found[(kind, name)] = (table, unique, origin, key, _normal_sql(sql) if partial else "")
        else:  # trigger, view
            found[(kind, name)] = (table, _normal_sql(sql))
    return found


@cache
def expected(revision: str) -> Schema:
    """The schema a fresh database migrated to ``revision`` has (built once per process, in a temporary folder)."""
    from sqlalchemy import create_engine

    from trainercoach import crashpoints
    from trainercoach.db import migrate

    with tempfile.TemporaryDirectory(prefix="trainercoach-schema-") as folder:
        engine = create_engine("sqlite:///" + str(Path(folder) / f"{revision}.sqlite3"))
        armed, crashpoints.armed = crashpoints.armed, False  # the crash tests stop the real migration, not this
        try:
            migrate.upgrade(engine, revision)
        finally:
            crashpoints.armed = armed
            engine.dispose()
        with closing(sqlite3.connect(Path(folder) / f"{revision}.sqlite3")) as connection:
            return describe(connection)


def version_rows(connection: sqlite3.Connection) -> list[str] | None:
    """The rows of alembic_version, or None when the file has no such table."""
    has = connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    if has.fetchone() is None:
        return None
    return [row[0] for row in connection.execute("SELECT version_num FROM alembic_version LIMIT 3")]


def _what(kind: str, name: str) -> str:
    return {"table": _("table {name}", name=name), "index": _("index {name}", name=name),
            "trigger": _("trigger {name}", name=name), "view": _("view {name}", name=name)}.get(
        kind, f"{kind} {name}")


def differences(connection: sqlite3.Connection, revision: str) -> list[str]:
    """How the file's schema differs from what ``revision`` should have, in words (empty: it is exactly that)."""
    rows = version_rows(connection)
    problems: list[str] = []
    if rows is not None and len(rows) != 1:
        problems.append(_("alembic_version holds {count} rows instead of exactly one",
                          count=len(rows) if len(rows) < 3 else "3 or more"))
    have, want = describe(connection), expected(revision)
    order = {"table": 0, "view": 1, "trigger": 2}  # tables first: an index follows from its table

    def ordered(keys: set[tuple[str, str]]) -> list[tuple[str, str]]:
        return sorted(keys, key=lambda key: (order.get(key[0], 3), key))

    for key in ordered(have.keys() - want.keys()):
        problems.append(_("an extra {what}", what=_what(*key)))
    for key in ordered(want.keys() - have.keys()):
        problems.append(_("no {what}", what=_what(*key)))
    for key in ordered(have.keys() & want.keys()):
        if have[key] != want[key]:
            problems.append(_("a different {what}", what=_what(*key)))
    return problems


def summary(problems: list[str]) -> str:
    """The first few differences and how many more: a message, not a page."""
    shown = "; ".join(problems[:MAX_LISTED])
    more = len(problems) - MAX_LISTED
    return shown + (_(" and {count} more", count=more) if more > 0 else "")


def altered(connection: sqlite3.Connection, name: str) -> str | None:
    """A refusal (in words) when the file claims a known Trainer Coach revision but its schema is not that
    revision's, else None. Files that are not ours, new or newer are left to the caller's own checks."""
    from trainercoach.db import migrate

    rows = version_rows(connection)
    if not rows:
        return None
    if len(rows) != 1:
        return _("{name} has been changed by another program: its alembic_version table holds more than one row, "
                 "so its schema version is unknown.",
                 name=name)
    if rows[0] not in migrate.known_revisions():
        return None
    problems = differences(connection, rows[0])
    if not problems:
        return None
    return _("{name} is not laid out as Trainer Coach (schema {revision}) lays out its databases: {problems}. It "
             "may have been changed by another program, on purpose or not.",
             name=name, revision=rows[0], problems=summary(problems))


def altered_database(database: object) -> str | None:
    """``altered`` for an open Database (SQLite only: a team server's schema is its administrator's)."""
    path = getattr(database, "path", None)
    if path is None:
        return None
    engine = database.engine  # type: ignore[attr-defined]
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        return altered(raw, database.display_name())  # type: ignore[attr-defined]


__all__ = ["altered", "altered_database", "describe", "differences", "expected", "summary", "version_rows"]
