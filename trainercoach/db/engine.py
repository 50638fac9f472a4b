"""The engine and the transaction every service call runs in."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from trainercoach import crashpoints, paths
from trainercoach.errors import AccessDenied, Conflict, ServerUnreachable, TrainerCoachError, ValidationError
from trainercoach.i18n import _

if TYPE_CHECKING:
    from trainercoach.db.changes import ChangeWatcher

# Connecting to a team server that is down must not leave a window frozen for minutes.
CONNECT_TIMEOUT_SECONDS = 10
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def resolve_url(target: str | os.PathLike[str] | None = None) -> str:
    """A path or URL from ``--db``, else ``TRAINERCOACH_DB``, else the file in the user's data folder."""
    if target is None or str(target) == "":
        target = os.environ.get("TRAINERCOACH_DB") or paths.default_database_path()
    text = str(target)
    if "://" in text:
        return normalize_url(text)
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def normalize_url(url: str) -> str:
    """``postgresql://`` as people write it (and as psql takes it) means psycopg 3, the driver the app ships;
    SQLAlchemy alone would reach for psycopg2, which is not installed."""
    for scheme in POSTGRES_SCHEMES:
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme):]
    return url


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def server_address(url: str | URL) -> str:
    """``host:port`` of a server URL, as a person would look it up (a socket folder when no host is given)."""
    parsed = make_url(url) if isinstance(url, str) else url
    host = parsed.host or str(parsed.query.get("host", "")) or "localhost"
    return f"{host}:{parsed.port or 5432}"


def _sqlite_connect(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API objects
    # pysqlite's own transaction handling skips BEGIN before DDL; SQLAlchemy's recipe hands BEGIN to us
    # so that a migration, like any action, is one transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    url = normalize_url(url)
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 15})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN"))
        return engine
    engine = create_engine(
        url,
        pool_pre_ping=True,
        pool_size=2,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS, "application_name": "Trainer Coach"},
    )
    event.listen(engine, "do_connect", _password_from_a_safe_place)
    return engine


def _password_from_a_safe_place(dialect, _record, _args, params: dict) -> None:  # noqa: ANN001 - SQLAlchemy's
    """A URL the app keeps has no password; it is looked up when connecting (see credentials)."""
    from trainercoach.db.credentials import password_for

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

        if storage_problem(error.orig) in ("full", "read-only", "moved"):  # each its own sentence; rolled back
            return TrainerCoachError(explain_storage_error(error.orig, sqlite_path(url)) + " "
                                     + _("Nothing was changed."))
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
            yield session
            if crashpoints.armed:  # the crash tests' stop: written, not yet committed
                session.flush()
                crashpoints.reached("save")

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.errors_explained(), self._sessions() as session:
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
        from trainercoach.db.changes import ChangeWatcher

        return ChangeWatcher(self.url, own_backends=self.own_backends)

    def display_name(self) -> str:
        path = self.path
        return str(path) if path else make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()
