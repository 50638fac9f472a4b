"""Backups kept beside an SQLite database: one each day the app starts, one before each upgrade and restore,
the last few of them kept; and restoring one, checked before anything is replaced.

Backups are made with SQLite's backup mechanism (``lifecycle.backup_database``), so a live database copies
consistently, and each copy passes an integrity check before it takes its name. Backups a person made by hand
(``db backup``, "Back up database…") are never deleted here; only the automatic ones are thinned out.
"""

from __future__ import annotations

import glob
import json
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import text

from trainercoach import crashpoints
from trainercoach.db import migrate, schema_check
from trainercoach.db.engine import Database
from trainercoach.db.lifecycle import (
    OUR_TABLES,
    SQLITE_MAGIC,
    DatabaseRefused,
    _private_folder,
    backup_database,
    backups_dir,
    create_private_file,
    open_database,
)
from trainercoach.db.storage_errors import explain_storage_error, storage_problem
from trainercoach.db.urls import resolve_url, sqlite_path
from trainercoach.errors import TrainerCoachError
from trainercoach.i18n import _

SETTING_KEY = "backups"
DEFAULT_KEEP = 14
MAX_KEEP = 1000
AUTOMATIC = ("daily", "before-upgrade", "before-restore")
STALE_PARTIAL_SECONDS = 24 * 3600
RESTORE_STEP_PAGES = 256
_STAMP = re.compile(r"-(\d{8}-\d{6})-(.+)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    size: int
    label: str

    @property
    def automatic(self) -> bool:
        return self.label.startswith(AUTOMATIC)


def list_backups(database_path: Path) -> list[BackupInfo]:
    """The backups in the folder beside the database, newest first (partial files of a backup in progress, or
    of one killed half-way, are not backups and are not listed)."""
    folder = backups_dir(database_path)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    prefix = database_path.stem + "-"
    for path in folder.iterdir():
        if not path.name.startswith(prefix) or not path.is_file():
            continue
        match = _STAMP.search(path.name[len(database_path.stem):])
        if match is None:
            continue
        try:
            made_at = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path, made_at, size, match.group(2)))
    return sorted(found, key=lambda b: (b.made_at, b.path.stat().st_mtime_ns, b.path.name), reverse=True)


def backups_to_keep(database: Database) -> int:
    """How many automatic backups to keep (a setting in the database; DEFAULT_KEEP when never set)."""
    with suppress(Exception), database.engine.connect() as connection:  # an old schema has no setting table
        value = connection.execute(text("SELECT value FROM setting WHERE key = :key"), {"key": SETTING_KEY}).scalar()
        if value:
            keep = json.loads(value).get("keep")
            if isinstance(keep, int) and 1 <= keep <= MAX_KEEP:
                return keep
    return DEFAULT_KEEP


def check_keep(keep: object) -> int:
    if isinstance(keep, bool) or not isinstance(keep, int) or not 1 <= keep <= MAX_KEEP:
        from trainercoach.errors import ValidationError

        raise ValidationError({"keep": _('Keep between 1 and {max_keep} automatic backups.', max_keep=MAX_KEEP)})
    return keep


def prune_backups(database_path: Path, keep: int, *, now: float | None = None) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep``, and partial files a backup killed part-way left behind
    (a day old or more, so one being written now is never touched); returns what was deleted."""
    automatic = [b for b in list_backups(database_path) if b.automatic]
    removed = []
    for backup in automatic[keep:]:
        with suppress(FileNotFoundError):
            backup.path.unlink()
            removed.append(backup.path)
    folder = backups_dir(database_path)
    limit = (now if now is not None else time.time()) - STALE_PARTIAL_SECONDS
    for partial in folder.glob(f"{glob.escape(database_path.stem)}-*.sqlite3.partial*") if folder.is_dir() else []:
        with suppress(FileNotFoundError):
            if partial.stat().st_mtime < limit:
                partial.unlink()
                removed.append(partial)
    return removed


def daily_backup(database: Database, *, today: date | None = None, keep: int | None = None) -> Path | None:
    """The first start of each day makes a backup; later starts that day make none. Returns the new backup,
    or None (already made today, or a team server, which is backed up by its administrator)."""
    path = database.path
    if path is None:
        return None
    today = today or date.today()
    clear_restore_leftovers(path)  # what a restore killed part-way left: cleared at the next start
    if any(b.label.startswith("daily") and b.made_at.date() == today for b in list_backups(path)):
        return None
    written = backup_database(database, label="daily")
    prune_backups(path, keep if keep is not None else backups_to_keep(database))
    return written


# -- restoring ----------------------------------------------------------------------------------------------
def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)


RESTORE_FOLDER_PREFIX = ".restore-"


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or a platform that cannot tell: assume it is running
    return True


def clear_restore_leftovers(database_path: Path, *, now: float | None = None) -> list[Path]:
    """Remove the private copies a killed restore or check left in the backups folder: those whose process is gone,
    or that are a day old. They hold everything the backup holds, so they must not linger; one that a restore
    running now in another process is using is never touched."""
    folder = backups_dir(database_path)
    if not folder.is_dir():
        return []
    limit = (now if now is not None else time.time()) - STALE_PARTIAL_SECONDS
    removed = []
    for leftover in folder.glob(RESTORE_FOLDER_PREFIX + "*"):
        match = re.match(re.escape(RESTORE_FOLDER_PREFIX) + r"(\d+)-", leftover.name)
        try:
            stale = leftover.lstat().st_mtime < limit
        except FileNotFoundError:
            continue
        if stale or match is None or not _process_alive(int(match.group(1))):
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)
            removed.append(leftover)
    return removed


@contextmanager
def _private_copy(path: Path, beside: Path | None = None) -> Iterator[Path]:
    """The backup's bytes (with its WAL, if it has one) in a private folder: SQLite may write beside a file it
    opens, even read-only (a WAL database gets a shared-memory file), and a backup is only ever read.

    The folder is owner-only (0700, the file 0600) and, given ``beside`` (the database being restored), lives in
    that database's backups folder, named with this process's id: a restore killed part-way leaves it there, not in
    a shared temporary folder, and ``clear_restore_leftovers`` removes it on the next start."""
    path = Path(path)
    if path.is_dir():
        raise DatabaseRefused(_('{path} is a folder; choose a backup file in it.', path=path))
    if not path.is_file():
        raise DatabaseRefused(_('There is no backup file {path!r}.', path=str(path)))
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_MAGIC:
            raise DatabaseRefused(_('{file} is not a Trainer Coach database (it is not an SQLite file); nothing '
                                    'was restored.',
                                    file=path.name))
    parent = None
    if beside is not None:
        parent = _private_folder(backups_dir(beside))
        clear_restore_leftovers(beside)
    folder = Path(tempfile.mkdtemp(prefix=f"{RESTORE_FOLDER_PREFIX}{os.getpid()}-", dir=parent))  # mode 0700
    try:
        copy = folder / "backup.sqlite3"
        try:
            wal = (path.with_name(path.name + "-wal"), copy.with_name(copy.name + "-wal"))
            for source, target in ((path, copy), wal):
                if source is path or source.is_file():
                    create_private_file(target)
                    shutil.copyfile(source, target)
        except OSError as error:
            raise DatabaseRefused(_explain_os_error(error, folder, _('Nothing was restored.'))) from error
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def check_backup(path: Path) -> str:
    """The schema revision of a Trainer Coach database file that can be restored, or DatabaseRefused saying why
    not (not a file, not SQLite, not ours, newer than the app, damaged, its schema altered). The file is only
    read."""
    with _private_copy(path) as copy:
        return _check_copy(copy, Path(path).name)


def _check_copy(path: Path, name: str) -> str:
    try:
        with closing(_read_only(path)) as connection:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables or not tables >= OUR_TABLES:
                raise DatabaseRefused(_('{name} is not a Trainer Coach database: it holds other tables. Nothing was '
                                        'restored.',
                                        name=name))
            rows = schema_check.version_rows(connection) or []
            revision = rows[0] if len(rows) == 1 else None
            if len(rows) == 1 and revision not in migrate.known_revisions():
                raise DatabaseRefused(_('{name} was made by a newer version of Trainer Coach (schema {revision}); '
                                        'update the app to restore it. Nothing was restored.',
                                        name=name, revision=revision))
            verdict = [r[0] for r in connection.execute("PRAGMA integrity_check")]
            if verdict != ["ok"]:
                raise DatabaseRefused(_('{name} is damaged ({verdict}); choose another backup. Nothing was '
                                        'restored.',
                                        name=name, verdict=verdict[0]))
            altered = schema_check.altered(connection, name)
            if altered is not None or revision is None:
                raise DatabaseRefused((altered or _('{name} has no schema version.', name=name)) + " "
                                      + _('Nothing was restored.'))
    except sqlite3.DatabaseError as error:
        raise DatabaseRefused(_('{name} cannot be read as a database ({error}); nothing was restored.',
                                name=name, error=error)) \
            from error
    return revision


def _explain_os_error(error: BaseException, where: Path, outcome: str) -> str:
    """A full disk, a read-only file or folder, or a file another program holds, each said plainly."""
    return explain_storage_error(error, where) + " " + outcome


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    revision: str
    safety_copy: Path | None  # the database as it was just before, in the backups folder


def _safety_copy(path: Path) -> Path | None:
    """A copy of the database being replaced. A healthy one is backed up as usual; one SQLite cannot read (the
    usual reason to restore) is copied byte for byte, with its journal files, so nothing is ever lost."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    database = Database("sqlite:///" + str(path))
    try:
        return backup_database(database, label="before-restore")
    except Exception:  # a damaged database cannot be backed up through SQLite; copy its bytes
        pass
    finally:
        database.close()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = _private_folder(backups_dir(path))
    target = folder / f"{path.stem}-{stamp}-before-restore-unreadable.sqlite3"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{path.stem}-{stamp}-before-restore-unreadable-{number}.sqlite3"
    for source, suffix in ((path, ""), *((path.with_name(path.name + s), s) for s in ("-wal", "-journal"))):
        if source.exists():
            create_private_file(target.with_name(target.name + suffix))
            shutil.copyfile(source, target.with_name(target.name + suffix))
    return target


def _readable(path: Path) -> bool:
    try:
        with closing(sqlite3.connect(path)) as connection:
            verdict: str = connection.execute("PRAGMA quick_check").fetchone()[0]
            return verdict == "ok"
    except sqlite3.DatabaseError:
        return False


def restore_database(target: str | os.PathLike[str] | None, backup: str | os.PathLike[str]) -> RestoreResult:
    """Put the backup's content in place of the database ``target`` (an SQLite file), then bring it to the current
    schema. The backup is checked first (refused, with nothing changed, if it is not a Trainer Coach database, is
    damaged or is newer than the app); the current database is backed up before it is replaced.

    The content is copied into the database with SQLite's backup mechanism, inside one write transaction of the
    database itself: a crash part-way leaves the database as it was. The database must not be open elsewhere
    while it is restored (close the app's other windows on it first)."""
    url = resolve_url(target)
    path = sqlite_path(url)
    if path is None:
        raise TrainerCoachError(_('Restoring from a backup is for SQLite databases; restore a team server with '
                                  'pg_restore.'))
    source = Path(backup).expanduser().resolve()
    if source == path.resolve():
        raise DatabaseRefused(_('The backup and the database are the same file; choose a backup to restore from.'))
    if path.is_dir():
        raise DatabaseRefused(_('{path} is a folder, not a database file.', path=path))
    try:
        with _private_copy(source, beside=path) as copy:
            revision = _check_copy(copy, source.name)  # passed before anything of the database is touched
            safety = _replace_content(path, copy)
    except (OSError, sqlite3.OperationalError) as error:
        raise TrainerCoachError(_explain_os_error(error, path, _('Nothing was restored.'))) from error
    # An older backup is brought to the current schema as any older database is (after a backup of its own).
    open_database(path).close()
    return RestoreResult(path, source, revision, safety)


def _replace_content(path: Path, source: Path) -> Path | None:
    safety = _safety_copy(path)
    if path.exists() and path.stat().st_size and not _readable(path):
        # SQLite cannot write into a damaged file; its bytes (and journal) are safe in the copy above.
        for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
            leftover.unlink(missing_ok=True)
    if not path.exists():
        create_private_file(path)
    _match_page_size(source, path)
    with closing(_read_only(source)) as src, closing(sqlite3.connect(path, timeout=15)) as dst:
        def step(_status: int, remaining: int, _total: int) -> None:
            if remaining:  # the crash tests' stop: part of the pages copied, the transaction still open
                crashpoints.reached("restore")

        try:
            # In steps, within one write transaction of the database: until the last step it is the database
            # as it was to every reader, and to a crash.
            src.backup(dst, pages=RESTORE_STEP_PAGES, progress=step)
        except sqlite3.OperationalError as error:
            if storage_problem(error) == "busy":
                raise TrainerCoachError(_("{file} is in use ({error}); close the app's windows on it and try "
                                          "again. Nothing was restored.",
                                          file=path.name, error=error)) from error
            raise TrainerCoachError(_explain_os_error(error, path, _('Nothing was restored.'))) from error
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":  # pragma: no cover - the source passed the same check a moment ago
            raise TrainerCoachError(_('The restored database failed its integrity check ({verdict}); the database as '
                                      'it was is in {safety}.',
                                      verdict=verdict, safety=safety))
    return safety


def _match_page_size(copy: Path, database: Path) -> None:
    """SQLite cannot copy pages of one size into a WAL database of another (it reports "readonly", which used to be
    taken for "in use"); the private copy is rewritten with the database's page size first. Only the copy changes."""
    if not database.exists() or not database.stat().st_size:
        return
    with closing(sqlite3.connect(f"file:{quote(str(database.resolve()))}?mode=ro", uri=True)) as connection:
        wanted = connection.execute("PRAGMA page_size").fetchone()[0]
        wal = connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with closing(sqlite3.connect(copy)) as connection:
        if not wal or connection.execute("PRAGMA page_size").fetchone()[0] == wanted:
            return
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute(f"PRAGMA page_size = {int(wanted)}")
        connection.execute("VACUUM")
