"""The per-session summaries the database keeps (migration 0014), counted again in one go.

Their triggers keep them right whoever writes; a brand-new file written in bulk (the demo: 3 million answers,
600,000 scores in the large one) is written faster with the triggers set aside and every summary counted once at
the end, in the same transaction. The SQL is the migration's own, so there is one definition of each figure.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

from sqlalchemy import Connection

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
    """SQLite only: the summaries' triggers dropped while the caller writes, then every summary counted and the
    triggers put back as they were, all in the caller's transaction (a rollback brings the triggers back too).
    For a new file only: anyone else writing meanwhile would not be counted."""
    assert connection.dialect.name == "sqlite"
    saved = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'summary_%'").all()
    for name, _sql in saved:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    rebuild(connection)
    for _name, sql in saved:
        connection.exec_driver_sql(sql)
