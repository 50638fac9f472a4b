"""Long work off the GUI thread (imports now; batch exports and large reports later), with progress and cancel.

A job is a plain function of two callbacks, ``progress(done)`` and ``cancelled()``, the same shape the Qt-free
core takes, so the core never learns about threads and a test can call the job directly.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

Job = Callable[[Callable[[int], None], Callable[[], bool]], Any]


class Worker(QThread):
    """Runs one job in its own thread. Signals arrive in the GUI thread (queued), so slots may touch widgets:
    ``progressed(done)``, then ``succeeded(result)`` or ``failed(exception)``; QThread's ``finished`` last."""

    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next check; the core rolls back what it started."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit, self._cancel.is_set)
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread, which tells the person
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)

    def stop(self, wait_ms: int = 30_000) -> bool:
        """Cancel and wait for the thread to end (a window closing must not leave a thread writing)."""
        self.cancel()
        return self.wait(wait_ms)
