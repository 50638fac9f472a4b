"""``db copy``: move a whole database to a team server and back (SQLite and PostgreSQL, either way).

Everything goes over in one transaction on the target, table by table in the order references need, with
every row keeping its id (sessions keep the codes printed on paper forms, undo keeps working). Before that
transaction commits, every table's rows are counted on both sides; if one differs the copy is rolled back,
so a target is either a whole copy or as it was.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Table, func, insert, select, text

from trainercoach.db.engine import Database
from trainercoach.db.lifecycle import open_database, schema_state
from trainercoach.db.urls import resolve_url, sqlite_path
from trainercoach.errors import TrainerCoachError
from trainercoach.models import DERIVED_TABLES, Base

BATCH = 5000
# What a database has before anyone uses it: the stages and feedback items its migrations write, and the
# rubric the app installs when it first opens one. A copy replaces these; anything else means "not new".
CONFIGURATION = {"stage", "feedback_item", "rubric", "rubric_version", "criterion", "anchor"}


class CopyRefused(TrainerCoachError):
    """The copy was not made (or was rolled back); the target is as it was."""


class CountMismatch(CopyRefused):
    def __init__(self, differences: dict[str, tuple[int, int]]) -> None:
        self.differences = differences
        listed = "; ".join(f"{table}: {source} in the source, {target} in the copy"
                           for table, (source, target) in differences.items())
        super().__init__(f"The copy was rolled back: the row counts differ ({listed}).")


@dataclass(frozen=True)
class CopyReport:
    counts: dict[str, int]  # table -> rows, the same on both sides

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def tables_in_order() -> list[Table]:
    """Every table of the schema, each after the tables it refers to; not the derived ones, which the target's
    triggers fill as the rows they sum arrive."""
    return [table for table in Base.metadata.sorted_tables if table.name not in DERIVED_TABLES]


def copy_database(source: str | os.PathLike[str], target: str | os.PathLike[str],
                  progress: Callable[[str, int], None] | None = None) -> CopyReport:
    """Copy every row of ``source`` into ``target``, a new database (made and migrated here if it does not
    exist yet). The source is only read, in one consistent snapshot."""
    source_url, target_url = resolve_url(source), resolve_url(target)
    if source_url == target_url:
        raise CopyRefused("The source and the target are the same database.")
    target_path = sqlite_path(target_url)
    made_file = target_path is not None and not target_path.exists()
    source_db = _open_source(source_url)
    target_db: Database | None = None
    try:
        target_db = open_database(target_url)
        with source_db.errors_explained(), target_db.errors_explained():
            report = _copy(source_db, target_db, progress)
            _analyse(target_db)
            return report
    except BaseException:
        if target_db is not None:
            target_db.close()
            target_db = None
        if made_file and target_path is not None:
            _remove_sqlite(target_path)
        raise
    finally:
        source_db.close()
        if target_db is not None:
            target_db.close()


def _open_source(url: str) -> Database:
    if sqlite_path(url) is not None and not sqlite_path(url).exists():  # type: ignore[union-attr]
        raise CopyRefused(f"There is no database at {sqlite_path(url)} to copy.")
    database = open_database(url, upgrade=False)  # a copy never changes its source, not even its schema
    try:
        state = schema_state(database)
        if state.status != "current":
            raise CopyRefused(f"{database.display_name()} is at schema {state.revision or 'none'}, not this app's; "
                              "open it with the app (or db upgrade) first, then copy it.")
        if database.is_postgresql:
            from trainercoach.db import team

            with database.reading() as session:
                me = team.connected(session)
            if me.role not in ("owner", "lead"):
                raise CopyRefused(f"{me.db_user} signs in as a {me.role}, who sees only part of the team's data; "
                                  "copy with a lead's login or the server owner's.")
    except BaseException:
        database.close()
        raise
    return database


def _copy(source_db: Database, target_db: Database, progress: Callable[[str, int], None] | None) -> CopyReport:
    tables = tables_in_order()
    with source_db.engine.connect() as reader:
        if source_db.is_postgresql:
            reader = reader.execution_options(isolation_level="REPEATABLE READ")
        with reader.begin(), target_db.engine.connect() as writer, writer.begin():
            _check_target(writer, target_db, tables)
            for table in reversed(tables):
                if table.name in CONFIGURATION:
                    writer.execute(table.delete())
            counts: dict[str, int] = {}
            # COPY where row policies do not apply (the schema's owner); PostgreSQL refuses COPY FROM into a table
            # whose policies bind the user, so a lead copying onto a server someone else set up inserts.
            owner = target_db.is_postgresql and _owns_schema(writer)
            for table in tables:
                counts[table.name] = _copy_table(reader, writer, table, copy_command=owner)
                if progress is not None:
                    progress(table.name, counts[table.name])
            if owner:
                # The migrations' trigger already moved each sequence past the ids it saw written; the
                # owner (who alone may set a sequence) makes sure of it.
                _fix_sequences(writer, tables)
            source_counts = _counts(reader, tables)
            target_counts = _counts(writer, tables)
            differences = {name: (source_counts[name], target_counts[name]) for name in source_counts
                           if source_counts[name] != target_counts[name] or counts[name] != source_counts[name]}
            if differences:
                raise CountMismatch(differences)
    return CopyReport(target_counts)


def _analyse(target_db: Database) -> None:
    """Statistics for the planner on the rows just copied: a server with autovacuum off (or not yet round)
    plans every query of a freshly copied database blind, and a list's page took 53 ms instead of 13 (issue 22).
    SQLite plans well without them (``ANALYZE`` there would take minutes on a large file for little)."""
    if not target_db.is_postgresql:
        return
    with target_db.engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")


def _check_target(writer: Connection, target_db: Database, tables: list[Table]) -> None:
    if target_db.is_postgresql:
        encoding = writer.execute(text("SHOW server_encoding")).scalar()
        if encoding != "UTF8":
            raise CopyRefused(f"{target_db.display_name()} stores text as {encoding}; names in Greek and Chinese "
                              "need a database created with ENCODING 'UTF8'.")
    used = {table.name: n for table in tables if table.name not in CONFIGURATION
            and (n := writer.execute(select(func.count()).select_from(table)).scalar() or 0)}
    if used:
        biggest = sorted(used.items(), key=lambda item: (-item[1], item[0]))
        listed = ", ".join(f"{n} rows in {name}" for name, n in biggest[:3]) + (", …" if len(biggest) > 3 else "")
        raise CopyRefused(f"{target_db.display_name()} is not a new database (it holds {listed}); copy into a new "
                          "one, so nothing there is mixed with or lost under the copy.")


def _copy_table(reader: Connection, writer: Connection, table: Table, *, copy_command: bool) -> int:
    columns = [column.name for column in table.columns]
    query = select(table).order_by(*table.primary_key.columns)
    written = 0
    result = reader.execution_options(stream_results=True, yield_per=BATCH).execute(query)
    if copy_command:
        # COPY, in the writer's own transaction: several times faster than INSERTs (issue 22: the large demo
        # took minutes), and the same checks, triggers and row policies apply to it.
        names = ", ".join(f'"{name}"' for name in columns)
        driver = writer.connection.driver_connection
        assert driver is not None  # an open connection, inside its transaction
        with driver.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
            for rows in result.partitions(BATCH):
                for row in rows:
                    copy.write_row(row)
                written += len(rows)
        return written
    for rows in result.partitions(BATCH):
        writer.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        written += len(rows)
    return written


def _fix_sequences(writer: Connection, tables: list[Table]) -> None:
    """Ids came over as they were; each sequence continues after the highest, or from 1 in an empty table."""
    for table in tables:
        if "id" not in table.columns or not table.c.id.primary_key or not table.c.id.autoincrement:
            continue
        writer.execute(text(
            "SELECT setval(pg_get_serial_sequence(:table, 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) "
            f'FROM "{table.name}"'
        ), {"table": table.name})


def _owns_schema(connection: Connection) -> bool:
    return bool(connection.execute(text(
        "SELECT pg_has_role(current_user, tableowner, 'MEMBER') FROM pg_tables "
        "WHERE schemaname = current_schema() AND tablename = 'candidate'")).scalar())


def _counts(connection: Connection, tables: list[Table]) -> dict[str, int]:
    return {table.name: connection.execute(select(func.count()).select_from(table)).scalar() or 0
            for table in tables}


def _remove_sqlite(path: Path) -> None:
    for leftover in (path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)
