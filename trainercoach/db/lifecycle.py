"""Opening a database safely: create it, upgrade it after a backup, or refuse it untouched."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from trainercoach import crashpoints
from trainercoach.db import migrate
from trainercoach.db.engine import Database, make_engine, sqlite_driver
from trainercoach.db.urls import resolve_url, sqlite_path
from trainercoach.errors import AccessDenied, TrainerCoachError
from trainercoach.files import commit_file
from trainercoach.i18n import _

SQLITE_MAGIC = b"SQLite format 3\x00"
OUR_TABLES = {"candidate", "stage", "person"}


class DatabaseRefused(TrainerCoachError):
    """The database cannot be opened as it is; the file was left exactly as it was."""


@dataclass(frozen=True)
class SchemaState:
    revision: str | None
    status: str  # "new", "current", "older", "newer" or "foreign"


def create_private_file(path: Path) -> None:
    """Create an empty database file readable by its owner only; SQLite gives its WAL the same mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _sqlite_header_ok(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == SQLITE_MAGIC


def schema_state(database: Database) -> SchemaState:
    tables = set(inspect(database.engine).get_table_names())
    if not tables:
        return SchemaState(None, "new")
    if "alembic_version" not in tables:
        return SchemaState(None, "foreign")
    revision = migrate.current_revision(database.engine)
    if revision is None:
        return SchemaState(None, "new" if tables == {"alembic_version"} else "foreign")
    if revision == migrate.head_revision():
        return SchemaState(revision, "current")
    # Other applications use Alembic too: without our tables it is theirs, not a newer one of ours, and
    # "update the app" would be the wrong advice.
    if not tables >= OUR_TABLES:
        return SchemaState(revision, "foreign")
    if revision not in migrate.known_revisions():
        return SchemaState(revision, "newer")
    return SchemaState(revision, "older")


def open_database(target: str | os.PathLike[str] | None = None, *, upgrade: bool = True) -> Database:
    """Open the database named by ``target`` (see ``resolve_url``), ready for the current app.

    A new database is created with the current schema. An older one is backed up and then upgraded. A
    newer one, or something that is not a Trainer Coach database, is refused and left untouched.
    """
    url = resolve_url(target)
    path = sqlite_path(url)
    if path is not None:
        if path.is_dir():
            raise DatabaseRefused(_('{path} is a folder, not a database file.', path=path))
        if path.exists() and not path.is_file():
            raise DatabaseRefused(_('{path} is not a database file (it is a device or another special file). It was '
                                    'left untouched.',
                                    path=path))
        if not path.exists():
            create_private_file(path)
        elif not path.stat().st_size:
            os.chmod(path, 0o600)  # an empty file becomes a new database: as private as one the app creates
        elif not _sqlite_header_ok(path):
            raise DatabaseRefused(
                _('{path} is not a Trainer Coach database (it is not an SQLite file). It was left untouched.',
                  path=path)
            )
    database = Database(url, make_engine(url))
    from trainercoach.db.storage_errors import watch_replacement

    watch_replacement(database)  # a file replaced under it by another program is not written into unseen
    try:
        with database.errors_explained():
            _prepare(database, upgrade)
    except (DBAPIError, sqlite3.Error) as error:
        database.close()
        if path is None:
            raise
        # SQLite could not read or write the file: a damaged file, a read-only folder, a file system it cannot lock.
        reason = getattr(error, "orig", None) or error
        raise DatabaseRefused(_('{path} cannot be opened as a database: {reason}. Nothing was changed; check the '
                                'file and its folder (or restore a backup).',
                                path=path, reason=reason)) from error
    except BaseException:
        database.close()
        raise
    return database


def _prepare(database: Database, upgrade: bool) -> None:
    """Refuse, or bring to the current schema; raises before anything is written to a refused database."""
    from trainercoach.db.schema_check import altered_database

    if (altered := altered_database(database)) is not None:  # an extra trigger, other columns, two versions…
        raise DatabaseRefused(altered + " " + _("It was left untouched; restore a backup."))
    state = schema_state(database)
    if state.status == "foreign":
        raise DatabaseRefused(
            _('{name} is not a Trainer Coach database: it holds other tables. It was left untouched.',
              name=database.display_name())
        )
    if state.status == "newer":
        raise DatabaseRefused(
            _('{name} was made by a newer version of Trainer Coach (schema {state_revision}). Update the app to open '
              'it; the database was left untouched.',
              name=database.display_name(), state_revision=state.revision)
        )
    if database.is_sqlite:
        # WAL is kept in the file, so it is switched on once, only for a database we accept: a refused
        # file must not have even its header rewritten.
        with database.engine.connect() as connection:
            sqlite_driver(connection).execute("PRAGMA journal_mode = WAL")
    if not upgrade or state.status not in ("new", "older"):
        return
    # PostgreSQL changes its schema inside the migration's transaction, so a failed upgrade leaves the team
    # server as it was; its backups are the server administrator's (pg_dump), not a file beside it.
    if state.status == "older" and database.is_sqlite:
        backup_database(database, label=f"before-upgrade-from-{state.revision}")
    try:
        with database.errors_explained():
            migrate.upgrade(database.engine)
    except AccessDenied as error:
        raise DatabaseRefused(
            _('{name} needs its schema brought up to this version of Trainer Coach, and your login may not change '
              'the schema. Ask the person who runs the team server to open it once with this version (or to run: '
              'python -m trainercoach db upgrade). ({error})',
              name=database.display_name(), error=error)
        ) from error


def backups_dir(database_path: Path) -> Path:
    return database_path.parent / "backups"


def _private_folder(folder: Path) -> Path:
    """A folder only its owner can enter: the backups hold everything the database holds."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    return folder


def backup_database(database: Database, destination: Path | None = None, *, label: str = "manual") -> Path:
    """A consistent copy made with SQLite's backup mechanism, so a live database copies safely."""
    source = database.path
    if source is None:
        raise TrainerCoachError(
            _('Backups from the app are for SQLite databases; back up a team server with pg_dump.')
        )
    if destination is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        destination = backups_dir(source) / f"{source.stem}-{stamp}-{label}.sqlite3"
        number = 1
        while destination.exists():  # two backups within a second each keep their own file
            number += 1
            destination = backups_dir(source) / f"{source.stem}-{stamp}-{label}-{number}.sqlite3"
    destination = Path(destination)
    if destination.parent == backups_dir(source):
        _private_folder(destination.parent)
    if destination.exists():
        raise TrainerCoachError(_('{destination} already exists; choose another name for the backup.',
                                  destination=destination))
    partial = destination.with_name(destination.name + ".partial")
    companions = [partial.with_name(partial.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
    for path in (partial, *companions):
        path.unlink(missing_ok=True)
    create_private_file(partial)
    try:
        # closing(): sqlite3's own context manager only commits; every connection must be closed before
        # the rename, or the copy's WAL and shared-memory files stay behind under the partial name.
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            # The copy inherits WAL mode; a backup should be one self-contained file a person can move.
            dst.execute("PRAGMA journal_mode = DELETE")
            verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            raise TrainerCoachError(_('The backup failed its integrity check: {verdict}', verdict=verdict))
        crashpoints.reached("backup")  # the crash tests' stop: the copy whole and checked, not yet renamed
        commit_file(partial, destination)
    except BaseException as error:
        for path in (partial, *companions):
            path.unlink(missing_ok=True)
        if isinstance(error, sqlite3.DatabaseError):
            raise TrainerCoachError(_('No backup was made: the database is damaged ({error}), and a copy would be '
                                      'too. Keep a copy of the file as it is, and restore an earlier backup.',
                                      error=error)) from error
        raise
    return destination


@dataclass(frozen=True)
class CheckReport:
    problems: list[str]
    revision: str | None

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(database: Database) -> CheckReport:
    """Integrity, references and schema version: what ``db check`` reports."""
    from trainercoach.db.schema_check import altered_database

    altered = altered_database(database) if database.is_sqlite else None
    problems: list[str] = [altered] if altered else []
    revision = None
    try:
        state = schema_state(database)
        revision = state.revision
        if state.status != "current":
            problems.append(
                f"schema is {state.status} (revision {state.revision}, the app expects {migrate.head_revision()})"
            )
    except DBAPIError as error:  # a damaged file: reported, as a check should, rather than raised
        problems.append(f"schema cannot be read: {error.orig}")
    except Exception:  # alembic, given two rows in alembic_version: already reported above
        if not altered:
            raise
    if database.is_sqlite:
        try:
            with database.engine.connect() as connection:
                integrity = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
                if integrity != ["ok"]:
                    problems.extend(f"integrity: {line}" for line in integrity)
                for table, rowid, parent, _ in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                    problems.append(f"broken reference: {table} row {rowid} points at a missing {parent}")
        except DBAPIError as error:
            problems.append(f"integrity: {error.orig} (restore a backup: python -m trainercoach db restore)")
    return CheckReport(problems, revision)


def try_connection(url: str) -> str:
    """Connect once and say what is there, in words; raises TrainerCoachError (ServerUnreachable) if the
    server cannot be reached or refuses the login."""
    database = Database(url)
    try:
        with database.errors_explained():
            with database.engine.connect() as connection:
                version = connection.execute(text("SHOW server_version")).scalar()
            state = schema_state(database)
    finally:
        database.close()
    said = {
        "new": _("Connected to PostgreSQL {version}; its database is empty: Trainer Coach will set it up when "
                 "you open it.", version=version),
        "current": _("Connected to PostgreSQL {version}; it holds a Trainer Coach database ready for this app.",
                     version=version),
        "older": _("Connected to PostgreSQL {version}; it holds a Trainer Coach database that will be upgraded "
                   "when it is opened.", version=version),
        "newer": _("Connected to PostgreSQL {version}, but it holds a Trainer Coach database from a newer app: "
                   "update this app first.", version=version),
        "foreign": _("Connected to PostgreSQL {version}, but its database holds other tables: it is not a "
                     "Trainer Coach database.", version=version),
    }[state.status]
    if state.status in ("newer", "foreign"):
        raise TrainerCoachError(said)
    return said
