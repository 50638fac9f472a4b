"""The engine and the transaction every service call runs in."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from trainercoach import paths


def resolve_url(target: str | os.PathLike[str] | None = None) -> str:
    """A path or URL from ``--db``, else ``TRAINERCOACH_DB``, else the file in the user's data folder."""
    if target is None or str(target) == "":
        target = os.environ.get("TRAINERCOACH_DB") or paths.default_database_path()
    text = str(target)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_connect(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API objects
    # pysqlite's own transaction handling skips BEGIN before DDL; SQLAlchemy's recipe hands BEGIN to us
    # so that a migration, like any action, is one transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 15})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN"))
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """One open database: its URL, its engine, and a session per transaction."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action, one transaction: everything commits together or nothing does."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def display_name(self) -> str:
        path = self.path
        return str(path) if path else make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()
