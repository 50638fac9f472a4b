"""Noticing that someone else changed the database, so a window can refresh without a restart.

On PostgreSQL the migrations make every table announce each committed change (``NOTIFY``, channel
``trainercoach``, payload ``schema.table``); a watcher listens on a connection of its own, and leaves out what
this app's own connections announced (by their server process id: the window has shown its own change). On
SQLite a watcher keeps a connection of its own and asks ``PRAGMA data_version``, which moves whenever another
connection commits, this app's own included: the file cannot say whose, so a save there is followed by one
refresh more than needed. Either way ``changed()`` never blocks: a window calls it on a timer or when it gets the focus.
Announcements carry only a table's name, never a row, so a trainer learns nothing through them that the
policies hide. Anyone connected may announce anything, so the watcher keeps only the names of this schema's own
tables, each once: what it holds is bounded by the number of tables, however many announcements arrive.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from contextlib import suppress
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import make_url

from trainercoach.db.credentials import password_for
from trainercoach.db.urls import normalize_url, sqlite_path

if TYPE_CHECKING:
    import psycopg

CHANNEL = "trainercoach"
MAX_NAME = 63  # PostgreSQL's longest identifier, in bytes (a schema or a table name)


class ChangeWatcher:
    """``changed()``: the names of the tables changed and committed since the last call (on SQLite, where
    the file does not say which, ``{"*"}``); an empty set when nothing changed. ``own_backends``: the server
    process ids of this app's connections (a live set, kept by the Database), whose announcements are left out."""

    def __init__(self, url: str, own_backends: Collection[int] = ()) -> None:
        self.url = normalize_url(url)
        self._own = own_backends
        self._sqlite: sqlite3.Connection | None = None
        self._postgres: psycopg.Connection[Any] | None = None
        self._schema = ""
        self._version: int | None = None
        path = sqlite_path(self.url)
        if path is not None:
            self._sqlite = sqlite3.connect(path, check_same_thread=False)
            self._version = self._data_version()
        else:
            self._listen()

    def _data_version(self) -> int:
        assert self._sqlite is not None
        return int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])

    def _listen(self) -> None:
        import psycopg

        url = make_url(self.url)
        params = {key: value for key, value in url.translate_connect_args(username="user", database="dbname").items()
                  if value is not None}
        params.update({k: v for k, v in url.query.items() if isinstance(v, str)})
        if "password" not in params and (password := password_for(url)):
            params["password"] = password
        connection = self._postgres = psycopg.connect(autocommit=True, connect_timeout=10, **params)
        row = connection.execute("SELECT current_schema()").fetchone()  # one row, always
        self._schema = row[0] if row is not None else ""
        self._tables = frozenset(name for (name,) in connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))
        self._heard: set[str] = set()
        connection.add_notify_handler(self._hear)
        connection.execute(f"LISTEN {CHANNEL}")

    def _hear(self, notice: psycopg.Notify) -> None:
        """Keeps only the name of one of our own tables, once: anyone may NOTIFY on any channel, so a flood of
        announcements (20,000, or made-up ones) leaves at most one entry per table of ours, never a queue."""
        if notice.pid in self._own or len(notice.payload) > 2 * MAX_NAME + 1:
            return
        schema, dot, table = notice.payload.partition(".")
        if dot and schema == self._schema and table in self._tables:
            self._heard.add(table)

    def changed(self) -> set[str]:
        if self._sqlite is not None:
            version = self._data_version()
            moved, self._version = version != self._version, version
            return {"*"} if moved else set()
        if self._postgres is None:  # lost earlier: listening again, everything may have changed meanwhile
            try:
                self._listen()
            except Exception:  # still away; the next call tries again
                return set()
            return {"*"}
        try:
            self._postgres.execute("SELECT 1")  # a round trip delivers what arrived to the handler
        except Exception:  # the server went away: say "something may have changed", reconnect later
            self.close()
            return {"*"}
        heard, self._heard = self._heard, set()
        return heard

    def close(self) -> None:
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None
        if self._postgres is not None:
            with suppress(Exception):
                self._postgres.close()
            self._postgres = None
