"""The per-session summaries the database keeps (migration 0014), counted again in one go.

Their triggers keep them right whoever writes; a brand-new database written in bulk (the demo: 3 million
answers, 600,000 scores in the large one; ``db copy``) is written faster with the triggers set aside and every
summary counted once at the end, in the same transaction. The SQL is the migration's own, so there is one
definition of each figure.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

from sqlalchemy import Connection, text

REVISION = "0014"  # the migration that last defined the summaries and their triggers


def _definitions() -> ModuleType:
    from trainercoach.db import migrate

    script = migrate.scripts().get_revision(REVISION)
    assert script is not None and script.module is not None
    return script.module


def rebuild(connection: Connection) -> None:
    """Every session's summary and observer gaps counted from the rows, in the caller's transaction."""
    connection.exec_driver_sql("DELETE FROM observer_gap")
    connection.exec_driver_sql("DELETE FROM session_summary")
    for statement in _definitions().fill_all().split(";"):
        if statement.strip():
            connection.exec_driver_sql(statement)


@contextmanager
def suspended(connection: Connection) -> Iterator[None]:
    """The summaries' triggers set aside while the caller writes a new database in bulk, then every summary
    counted in one grouped pass and the triggers put back, all in the caller's transaction (a rollback brings
    them back too). For a new database only: anyone else writing meanwhile would not be counted. SQLite drops
    and re-creates its row triggers; on PostgreSQL only the schema's owner may disable them (``db copy``
    checks), and a statement trigger over a copied table of millions of rows is what this avoids."""
    if connection.dialect.name == "sqlite":
        saved = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'summary_%'").all()
        for name, _sql in saved:
            connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        yield
        rebuild(connection)
        for _name, sql in saved:
            connection.exec_driver_sql(sql)
        return
    triggers = connection.execute(text(
        "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE c.relnamespace = current_schema()::regnamespace AND t.tgname LIKE :names"),
        {"names": "trainercoach_summary_%"}).all()
    for table, name in triggers:
        connection.exec_driver_sql(f'ALTER TABLE "{table}" DISABLE TRIGGER "{name}"')
    yield
    rebuild(connection)
    for table, name in triggers:
        connection.exec_driver_sql(f'ALTER TABLE "{table}" ENABLE TRIGGER "{name}"')
