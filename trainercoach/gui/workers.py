"""Long work off the GUI thread (imports now; batch exports and large reports later), with progress and cancel.

A job is a plain function of two callbacks, ``progress(done)`` and ``cancelled()``, the same shape the Qt-free
core takes, so the core never learns about threads and a test can call the job directly.
"""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QDialog, QWidget

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

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit, self._cancel.is_set)
        except Exception as error:  # handed to the GUI thread, which tells the person
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)

    def stop(self, wait_ms: int = 30_000) -> bool:
        """Cancel and wait for the thread to end (a window closing must not leave a thread writing)."""
        self.cancel()
        return self.wait(wait_ms)


class _Keeper(QObject):
    """Holds every running worker, so none is collected (or destroyed with a closed window) while its thread
    runs; a worker is let go in the GUI thread once its thread has finished."""

    def __init__(self) -> None:
        super().__init__()
        self.running: set[Worker] = set()

    def keep(self, worker: Worker) -> None:
        self.running.add(worker)
        worker.finished.connect(self._forget)

    def _forget(self) -> None:
        worker = self.sender()
        if isinstance(worker, Worker):
            # ``finished`` is emitted just before the thread ends: wait for that (a moment) before letting the
            # object go, or it would be destroyed while its thread still runs.
            worker.wait()
            self.running.discard(worker)
            worker.deleteLater()


_keeper: _Keeper | None = None


def keep_running(worker: Worker) -> None:
    global _keeper  # one keeper for the GUI thread
    if _keeper is None:
        _keeper = _Keeper()
    _keeper.keep(worker)


def wait_for_workers(wait_ms: int = 30_000) -> bool:
    """Wait for every worker's thread to end: before the database they read is closed (a window closing, the
    app quitting, a test ending). True when none is left running."""
    if _keeper is None:
        return True
    return all(worker.wait(wait_ms) for worker in list(_keeper.running))


_loaders: weakref.WeakSet[Loader] = weakref.WeakSet()


def settle_heap() -> None:
    """Move every object alive now (modules, SQLAlchemy's caches, the pages) out of the cyclic garbage
    collector's way, once a page's first read has arrived. Without it a full collection, triggered by a later
    read in a worker, walks the whole heap while holding the GIL: 100 ms and more of a frozen window on a large
    database (measured on the dashboard's refresh). Objects made later are collected as usual."""
    gc.freeze()


def anything_loading() -> bool:
    """Whether any view is still reading (or has a read waiting): what a test waits for before it looks. A loader
    deleted with its closed window before its last read's end was delivered reads nothing any more."""
    for loader in list(_loaders):
        if not shiboken6.isValid(loader):
            continue
        try:
            if loader.busy:
                return True
        except RuntimeError:  # its view was deleted
            continue
    return False


class Loader(QObject):
    """Reads what a view shows off the GUI thread, one read at a time, so the GUI thread never waits on SQL.

    ``load(read)`` runs ``read()`` (service calls only) in a worker and emits ``loaded(result)`` in the GUI
    thread, or ``failed(exception)``. A read asked for while one runs waits for it and replaces any other
    waiting read; the running read's result is then dropped, as it was asked for before the newest one (a
    search typed on, a filter changed again). ``idle`` is emitted whenever nothing is left to read.
    """

    loaded = Signal(object)
    failed = Signal(object)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: Worker | None = None
        self._next: Callable[[], Any] | None = None
        self.reads = 0  # reads started: tests check that a view reads once, not once per page
        self._awaited = False  # the newest read asked for has not delivered its result yet
        self._settled = False
        _loaders.add(self)

    @property
    def busy(self) -> bool:
        return self._worker is not None or self._next is not None

    @property
    def waiting(self) -> bool:
        """The newest read asked for has not delivered its result (or its error) yet: what the view shows is
        not final. Unlike ``busy`` it is false as soon as the result is delivered, while the worker's thread is
        still ending: a view that waited for the thread too would keep a person (and the benchmark) waiting on
        one more hop through a loaded machine's scheduler for nothing."""
        return self._awaited

    def load(self, read: Callable[[], Any]) -> None:
        self._awaited = True
        if self._worker is not None:
            self._next = read
            return
        self._start(read)

    def _start(self, read: Callable[[], Any]) -> None:
        worker = Worker(lambda _progress, _cancelled: read())
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._finished)
        self._worker = worker
        self.reads += 1
        keep_running(worker)
        worker.start()

    def _succeeded(self, result: object) -> None:
        if not self._settled:
            self._settled = True
            if not self._in_dialog():
                settle_heap()
        if self._next is None:
            self._awaited = False
            self.loaded.emit(result)

    def _in_dialog(self) -> bool:
        """Whether this loader reads for a dialog. A dialog's objects must not be frozen: once it closes, those in
        reference cycles (every matplotlib figure) would never be collected, and each candidate whose charts were
        looked at stayed in memory (issue 22's soak: about 7 MB a candidate). The pages live as long as the
        window, so theirs may."""
        owner = self.parent()
        while owner is not None and not isinstance(owner, QWidget):
            owner = owner.parent()
        return isinstance(owner, QWidget) and isinstance(owner.window(), QDialog)

    def _failed(self, error: object) -> None:
        if self._next is None:
            self._awaited = False
            self.failed.emit(error)

    def _finished(self) -> None:
        self._worker = None
        if self._next is not None:
            read, self._next = self._next, None
            self._start(read)
        else:
            self.idle.emit()

    def wait(self, wait_ms: int = 30_000) -> bool:
        """Block until the running read ends (a closing window; never while the person works)."""
        return self._worker is None or self._worker.wait(wait_ms)
