"""The engine and the transaction every service call runs in."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from trainercoach import crashpoints
from trainercoach.db import tracking
from trainercoach.db.changes import ChangeWatcher
from trainercoach.db.credentials import password_for
from trainercoach.db.urls import normalize_url, server_address, sqlite_path
from trainercoach.errors import AccessDenied, Conflict, ServerUnreachable, TrainerCoachError, ValidationError
from trainercoach.i18n import _

# Connecting to a team server that is down must not leave a window frozen for minutes.
CONNECT_TIMEOUT_SECONDS = 10
# How long a write on SQLite waits for another program's (or window's) write to finish before it is refused.
SQLITE_BUSY_SECONDS = 15.0
# The execution option that marks a SQLite connection as about to write (see Database.transaction).
_WRITES = "trainercoach_writes"


def sqlite_driver(connection: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under a SQLite ``connection``: for what must bypass SQLAlchemy's transaction (a PRAGMA
    that only works outside one) or its cost per row (the demo's bulk inserts)."""
    driver = connection.connection.driver_connection
    if not isinstance(driver, sqlite3.Connection):
        raise TypeError(f"Not a SQLite connection: {driver!r}")
    return driver


def _sqlite_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # pysqlite's own transaction handling skips BEGIN before DDL; SQLAlchemy's recipe hands BEGIN to us
    # so that a migration, like any action, is one transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    """A write transaction takes the write lock at its start (BEGIN IMMEDIATE), so SQLite's busy timeout applies:
    it waits its turn behind another writer. Begun as a plain BEGIN, it would read first and then meet the other
    writer's lock when it writes, where SQLite cannot wait (the reads would be stale) and says "database is
    locked" at once. Reads stay plain BEGIN, so they never queue behind a writer."""
    writes = connection.get_execution_options().get(_WRITES, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def make_engine(url: str) -> Engine:
    url = normalize_url(url)
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_SECONDS})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    engine = create_engine(
        url,
        pool_pre_ping=True,
        pool_size=2,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS, "application_name": "Trainer Coach"},
    )
    event.listen(engine, "do_connect", _password_from_a_safe_place)
    return engine


def _password_from_a_safe_place(dialect: object, _record: object, _args: object, params: dict[str, Any]) -> None:
    """A URL the app keeps has no password; it is looked up when connecting (see credentials)."""
    if not params.get("password"):
        found = password_for(URL.create("postgresql", username=params.get("user"), host=params.get("host"),
                                        port=int(params["port"]) if params.get("port") else None,
                                        database=params.get("dbname")))
        if found:
            params["password"] = found


def translate_error(error: BaseException, url: str) -> TrainerCoachError | None:
    """What a database error means to the person who caused it, or None for a genuine bug.

    Only PostgreSQL's errors are translated here: on SQLite the same classes mean other things (a locked
    file is an OperationalError too), and those are handled where they happen.
    """
    if isinstance(error, StaleDataError):
        return Conflict(_('Someone else changed this at the same time; open it again to see their change.'))
    if isinstance(error, DBAPIError) and make_url(url).get_backend_name() == "sqlite":
        reason = str(error.orig)
        from trainercoach.db.storage_errors import explain_storage_error, storage_problem

        problem = storage_problem(error.orig) if error.orig is not None else None
        if error.orig is not None and problem in ("full", "read-only", "moved"):  # each its own sentence
            return TrainerCoachError(explain_storage_error(error.orig, sqlite_path(url)) + " "
                                     + _("Nothing was changed."))
        if error.orig is not None and problem == "busy":  # another writer held the file past the busy timeout
            return TrainerCoachError(_('Another program or window kept {path} busy for longer than {seconds:g} '
                                       'seconds. Nothing was changed; try again in a moment.',
                                       path=sqlite_path(url), seconds=SQLITE_BUSY_SECONDS))
        if "malformed" in reason or "not a database" in reason:  # SQLITE_CORRUPT, SQLITE_NOTADB
            return TrainerCoachError(_('The database file is damaged ({reason}). Nothing was changed. Restore a '
                                       'backup: File ▸ Restore from backup…, or python -m trainercoach db restore.',
                                       reason=reason))
        return None
    if not isinstance(error, DBAPIError) or make_url(url).get_backend_name() != "postgresql":
        return None
    original = error.orig
    state = getattr(original, "sqlstate", None) or ""
    reason = _first_line(original)
    address = server_address(url)
    user = make_url(url).username or "your login"
    if state == "42501":  # insufficient_privilege, which is also what a row-level policy refusing a row says
        return AccessDenied(_('Your role on the team server does not allow this ({reason}).', reason=reason))
    if "cannot contain NUL" in reason:  # raised by the driver before the text reaches the server
        return TrainerCoachError(_('Text with an invisible control character (NUL) cannot be saved or looked up; it '
                                   'is often left by copying from another program. Remove it and try again.'))
    if state == "22001":  # string_data_right_truncation: a length the services did not check
        return TrainerCoachError(_('A text is longer than the database can keep ({reason}); shorten it and try '
                                   'again. Nothing was saved.',
                                   reason=reason))
    if state in ("40001", "40P01"):  # serialization failure, deadlock: two saves at the same moment
        return Conflict(_('Someone else was saving the same thing at the same moment; try again.'))
    # libpq reports a failed connection without a SQLSTATE; its words tell the cases apart.
    connecting = not state and type(original).__name__ == "OperationalError"
    refused_login = state.startswith("28") or connecting and (
        "password authentication failed" in reason or "no pg_hba.conf entry" in reason
        or ("role \"" in reason and "does not exist" in reason) or "password" in reason
    )
    if refused_login:
        return ServerUnreachable(_('The team server at {address} did not accept the login {user}: {reason}. Check '
                                   'the user name and password (or ask a lead to give you access).',
                                   address=address, user=user, reason=reason))
    if state == "3D000" or connecting and "database \"" in reason and "does not exist" in reason:
        database = make_url(url).database or ""
        return ServerUnreachable(_('The team server at {address} has no database called {database!r}: check the '
                                   'name, or ask whoever runs the server to create it.',
                                   address=address, database=database))
    if error.connection_invalidated or state.startswith("08") or state.startswith("57P") or connecting:
        return ServerUnreachable(_('Cannot reach the team server at {address}: {reason}. Nothing was changed; check '
                                   'the network (or ask whoever runs the server) and try again.',
                                   address=address, reason=reason))
    return None


def _first_line(error: BaseException | None) -> str:
    """The server's own words, without libpq's "connection to server at … failed:" preamble."""
    text = str(error or "").strip()
    line = text.splitlines()[0] if text else type(error).__name__
    line = line.rsplit(" failed: ", 1)[-1].strip()
    for prefix in ("FATAL:", "ERROR:"):
        line = line.removeprefix(prefix).strip()
    return line.rstrip(".")


# NUL cannot be stored by PostgreSQL at all, and a lone surrogate (half of a character, which a broken paste can
# leave) cannot be encoded for either database: refused as the person's input, not raised as the driver's error.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _refuse_unstorable_text(session: Session, _context: object, _instances: object) -> None:
    for instance in (*session.new, *session.dirty):
        state = sa_inspect(instance)
        for attribute in state.mapper.column_attrs:
            value = state.dict.get(attribute.key)  # only what was loaded or set: never a load inside the flush
            if isinstance(value, str) and _UNSTORABLE.search(value):
                what = attribute.key.replace("_", " ")
                raise ValidationError({attribute.key: _('The {what} holds an invisible control character (NUL) or a '
                                                        'broken character, often left by copying from another '
                                                        'program; remove it and save again.',
                                                        what=what)})


class Database:
    """One open database: its URL, its engine, and a session per transaction."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = normalize_url(url)
        self.engine = engine or make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _refuse_unstorable_text)
        # What each transaction writes, for the windows (tracking.collecting) and for undo's version check.
        self.written_versions: dict[tuple[str, Any], int | None] = {}
        tracking.install(self._sessions, self.written_versions)
        # The server processes of this app's own connections: what they announce is this app's own doing, which
        # its windows have already shown, so a watcher leaves it out (changes.py).
        self.own_backends: set[int] = set()
        if self.is_postgresql:
            event.listen(self.engine, "connect", self._note_backend)
            event.listen(self.engine, "close", self._forget_backend)

    def _note_backend(self, dbapi_connection: Any, record: Any) -> None:
        pid = dbapi_connection.info.backend_pid
        record.info["backend_pid"] = pid
        self.own_backends.add(pid)

    def _forget_backend(self, _dbapi_connection: Any, record: Any) -> None:
        self.own_backends.discard(record.info.get("backend_pid"))

    def written_version(self, table: str, key: object) -> int | None:
        """The version this app last left a versioned row at (``"candidate", 3``), or None if it wrote none:
        what undo and redo expect to find, so that they refuse to overwrite someone else's save."""
        return self.written_versions.get((table, key))

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action, one transaction: everything commits together or nothing does."""
        with self.errors_explained(), self._sessions() as session, session.begin():
            if self.is_sqlite:  # the write lock now, waiting for another writer (BEGIN IMMEDIATE)
                session.connection(execution_options={_WRITES: True})
            yield session
            if crashpoints.armed:  # the crash tests' stop: written, not yet committed
                session.flush()
                crashpoints.reached("save")

    @contextmanager
    def reading(self, *, snapshot: bool = False) -> Iterator[Session]:
        """A read: every statement in the block runs in one transaction, rolled back at the end.

        ``snapshot``: every statement also sees the database as it was at the first one, so a report never mixes
        data from before and after someone else's save. SQLite's transaction is that already; PostgreSQL's
        default (READ COMMITTED) takes a fresh view per statement, so the block reads REPEATABLE READ there."""
        with self.errors_explained(), self._sessions() as session:
            if snapshot and self.is_postgresql:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            yield session

    @contextmanager
    def errors_explained(self) -> Iterator[None]:
        """A lost server, a role that may not do this, or someone else's save, told in words; the original
        error stays attached (``__cause__``) for whoever debugs it."""
        try:
            yield
        except (DBAPIError, StaleDataError) as error:
            translated = translate_error(error, self.url)
            if translated is None:
                raise
            raise translated from error
        except OverflowError as error:  # SQLite's driver, given a number beyond 64 bits
            raise TrainerCoachError(_('A number is too large for the database ({error}); nothing was changed.',
                                      error=error)) \
                from error
        except UnicodeEncodeError as error:  # half of a character (a lone surrogate) in a lookup
            if "surrogate" not in str(error):
                raise
            raise TrainerCoachError(_('The text holds a broken character (half of one, often left by copying from '
                                      'another program); remove it and try again.')) from error

    def watch(self) -> ChangeWatcher:
        """A watcher for other people's changes to this database (close it when done)."""
        return ChangeWatcher(self.url, own_backends=self.own_backends)

    def server_version(self) -> str:
        """The database software and its version, as the About box shows it: "SQLite 3.45.1", "PostgreSQL 16.2"."""
        if self.is_sqlite:
            with self.engine.connect() as connection:
                version = connection.exec_driver_sql("select sqlite_version()").scalar()
            return f"SQLite {version}"
        info = self.engine.dialect.server_version_info
        if info is None:
            with self.engine.connect():  # the dialect learns the version on its first connection
                info = self.engine.dialect.server_version_info
        return "PostgreSQL " + ".".join(str(part) for part in info or ())

    def display_name(self) -> str:
        path = self.path
        return str(path) if path else make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()
