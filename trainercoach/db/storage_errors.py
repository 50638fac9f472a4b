"""What went wrong with the file under a database, in the person's words: a full disk, a read-only file, a
read-only folder, a file another program holds, a file another program replaced or wrote into.

SQLite reports all of these as an ``OperationalError`` (or a ``DatabaseError``) whose text is terse ("attempt to
write a readonly database" is said both for a read-only file and for a file that was moved away while open), and
the operating system reports its side as an ``OSError`` with an errno. Each case has a different remedy, so each
gets its own sentence; the caller adds what happened to the person's work ("Nothing was changed.").
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from trainercoach.i18n import _

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def storage_problem(error: BaseException) -> str | None:
    """Which kind of trouble this is: "full", "read-only", "busy", "moved", "damaged", or None (something else)."""
    if isinstance(error, OSError):
        if error.errno in _FULL:
            return "full"
        if error.errno in _READ_ONLY:
            return "read-only"
        return None
    if not isinstance(error, sqlite3.Error):
        return None
    name = getattr(error, "sqlite_errorname", "") or ""
    reason = str(error).lower()
    if name == "SQLITE_READONLY_DBMOVED":
        return "moved"
    if name.startswith("SQLITE_FULL") or "disk is full" in reason:
        return "full"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "is locked" in reason:
        return "busy"
    if name.startswith("SQLITE_READONLY") or "readonly database" in reason or "read-only" in reason:
        return "read-only"
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in reason:
        return "damaged"
    if name.startswith("SQLITE_CANTOPEN") or "unable to open database file" in reason:
        return "read-only"  # most often the folder: SQLite cannot make its journal beside the file
    return None


def explain_storage_error(error: BaseException, where: Path | str | None = None) -> str:
    """One plain sentence for ``error`` about the file or folder ``where`` (the database, or what was written)."""
    path = Path(where) if where is not None else Path(getattr(error, "filename", None) or ".")
    kind = storage_problem(error)
    if kind == "full":
        return _("There is no room left on the disk that holds {path}; free some space (or choose another disk) "
                 "and try again.",
                 path=path)
    if kind == "moved":
        return explain_moved(path)
    if kind == "busy":
        return _("{path} is in use by another program or window; close it there and try again.", path=path)
    if kind == "damaged":
        return _("{path} was changed by another program while it was open here, or is damaged; open it again (or "
                 "restore a backup).",
                 path=path)
    if kind == "read-only":
        folder = path.parent if not path.is_dir() else path
        if path.is_file() and not os.access(path, os.W_OK):
            return _("{path} is a read-only file; allow writing to it (or copy it elsewhere) and try again.",
                     path=path)
        if folder.exists() and not os.access(folder, os.W_OK):
            return _("The folder {folder} is read-only, and the database needs to write its journal beside the "
                     "file; allow writing to the folder (or move the database) and try again.",
                     folder=folder)
        return _("{path} cannot be written (the disk or the file is read-only); allow writing to it and try "
                 "again.",
                 path=path)
    return _("{path} cannot be used: {error}.", path=path, error=getattr(error, "strerror", None) or error)


__all__ = ["explain_storage_error", "storage_problem"]


class FileReplaced(Exception):
    """The database file under an open connection is no longer the one that was opened."""


def watch_replacement(database: object) -> None:
    """Refuse to write once another program has replaced, moved or deleted the open database file (a sync tool, a
    copy over it): SQLite in WAL mode would go on writing into the old, unlinked file, and every later save would
    vanish without a word. Checked when each transaction begins (one stat call)."""
    path = getattr(database, "path", None)
    if path is None:
        return
    from sqlalchemy import event

    try:
        opened = os.stat(path)
    except OSError:
        return
    identity = (opened.st_dev, opened.st_ino)

    def check(_connection: object) -> None:
        try:
            now = os.stat(path)
            same = (now.st_dev, now.st_ino) == identity
        except OSError:
            same = False
        if not same:
            from trainercoach.errors import TrainerCoachError

            raise TrainerCoachError(explain_moved(path) + " " + _("Nothing was changed."))

    event.listen(database.engine, "begin", check)  # type: ignore[attr-defined]


def explain_moved(path: Path) -> str:
    return _("{path} was moved, replaced or deleted by another program while it was open here; open it "
             "again.",
             path=path)
