"""Other people's changes appear without a restart: a watcher on the database, asked every few seconds and
whenever the window gets the focus.

The watcher (trainercoach.db.changes) lives on a thread of its own: on a team server each question is a round
trip, and a server that has gone away must never freeze the window. Only a signal crosses to the GUI thread.
"""

from __future__ import annotations

import threading
from contextlib import suppress

from PySide6.QtCore import QObject, Signal

INTERVAL_SECONDS = 3.0


class ChangeRefresher(QObject):
    """Emits ``changed`` (on the GUI thread) when something was committed to the database since last asked.
    Changes of this app's own connections are included on SQLite, which cannot tell whose they were; the
    refresh that follows is then merely redundant."""

    changed = Signal()

    def __init__(self, database: object, interval: float | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._interval = INTERVAL_SECONDS if interval is None else interval
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="change-refresher", daemon=True)
        self._thread.start()

    def poke(self) -> None:
        """Ask now (the window got the focus) rather than at the next tick."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        watcher = None
        while not self._stop.is_set():
            try:
                if watcher is None:
                    watcher = self._database.watch()  # type: ignore[attr-defined]
                elif watcher.changed() and not self._stop.is_set():
                    self.changed.emit()
            except Exception:  # the server is away or the file gone: try again at the next tick
                if watcher is not None:
                    with suppress(Exception):
                        watcher.close()
                watcher = None
            self._wake.wait(self._interval)
            self._wake.clear()
        if watcher is not None:
            with suppress(Exception):
                watcher.close()
