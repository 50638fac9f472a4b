"""What the benchmark (``benchmarks.bench``) measures with Qt, each in a fresh process of its own.

The benchmark never imports Qt itself; it runs ``python -m benchmarks.gui_probes PROBE`` and
reads one JSON object from the last line of its output. A probe runs headless (``QT_QPA_PLATFORM=offscreen``)
and watches the GUI thread the way a person would notice it: a timer that should tick every 10 ms, and the
longest gap between two ticks while the operation runs (a synchronous operation of 800 ms is an 800 ms stall).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QEventLoop, QModelIndex, Qt, QTimer  # the platform is chosen first
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

SHOWN = "TRAINERCOACH_SHOWN"  # the line a cold start prints: SHOWN <time.monotonic() when the window was up>
PROBES = ("bare-window", "lists", "bare-lists", "dashboard", "main-window", "soak")


class StallWatch:
    """A 10 ms timer on the GUI thread; the longest gap between its ticks is the longest time nothing moved."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self.last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest


def watched(operation: Callable[[], object]) -> tuple[float, float]:
    """Run ``operation`` from the event loop, as a click would; returns (seconds, longest stall in seconds)."""
    loop = QEventLoop()
    watch = StallWatch()
    took: list[float] = []

    def run() -> None:
        started = time.perf_counter()
        operation()
        took.append(time.perf_counter() - started)
        QTimer.singleShot(50, loop.quit)  # a few more ticks: work the operation left queued counts too

    watch.start()
    QTimer.singleShot(20, run)
    loop.exec()
    return took[0], watch.stop()


def settle(app: QApplication, done: Callable[[], bool], timeout: float = 120.0) -> None:
    """Run the event loop (the stall watch keeps ticking) until ``done()``: a view reading in a worker has
    shown what it shows only once its rows have arrived."""
    if done():
        return
    # An event loop polled by a timer, not processEvents() in a loop: PySide6 6.12 drops a reference to None
    # on every call of a Qt method returning void, so thousands of calls end the process ("none_dealloc").
    limit = time.perf_counter() + timeout
    loop = QEventLoop()
    expired: list[bool] = []

    def check() -> None:
        if done():
            loop.quit()
        elif time.perf_counter() > limit:
            expired.append(True)
            loop.quit()

    poll = QTimer()
    poll.setInterval(1)  # a coarser poll would add up to its interval to every wait measured
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if expired:
        raise TimeoutError("the view did not finish loading")


def loading(view: object) -> bool:
    """Whether a view is still reading (views that read synchronously never are)."""
    return bool(getattr(view, "loading", False))


def print_shown() -> None:
    print(f"{SHOWN} {time.monotonic():.6f}", flush=True)


def bare_window() -> dict:
    """The floor of a cold start: a fresh process that shows an empty PySide6 main window and quits."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    QTimer.singleShot(0, lambda: (print_shown(), app.quit()))
    app.exec()
    return {}


def _coach(db: str):  # a Coach, imported late so the bare window loads none of the app
    from trainercoach.services import Coach

    return Coach.open(db)


def lists(db: str, runs: int) -> dict:
    """The candidate and session lists: the view built and its first screen shown, then a scroll to the end."""
    from trainercoach.gui.app import make_application
    from trainercoach.gui.views.candidates_view import CandidatesView
    from trainercoach.gui.views.sessions_view import SessionsView

    app = make_application()
    coach = _coach(db)
    result: dict[str, dict[str, list[float]]] = {}
    try:
        for _ in range(runs):
            for name, view_class in (("candidates", CandidatesView), ("sessions", SessionsView)):
                views: list = []
                first: list[float] = []

                def show(view_class: type = view_class, views: list = views, first: list[float] = first) -> None:
                    # The first screen counts once its rows are there, the scroll once the last rows are.
                    started = time.perf_counter()
                    view = view_class(coach)
                    view.resize(1200, 800)
                    view.show()
                    app.processEvents()
                    settle(app, lambda: not loading(view))
                    painted(view.table)
                    first.append(time.perf_counter() - started)
                    view.table.scrollToBottom()
                    app.processEvents()
                    settle(app, lambda: not loading(view))
                    painted(view.table)
                    last = view.model.index(view.model.rowCount() - 1, 1)
                    if last.isValid() and not last.data():
                        raise RuntimeError("the last row is empty after the scroll")
                    views.append(view)

                seconds, stall = watched(show)
                entry = result.setdefault(name, {"seconds": [], "first_screen": [], "stall": [], "rows": []})
                entry["seconds"].append(seconds)
                entry["first_screen"].append(first[0])
                entry["stall"].append(stall)
                entry["rows"].append(views[0].model.rowCount())
                views[0].close()
                views[0].deleteLater()
                app.processEvents()
    finally:
        coach.close()
    return result


def painted(table: QTableView) -> None:
    """Paint the table's visible rows now: a screen counts as shown once it is drawn, for the app's view and for
    the bare floor alike."""
    table.viewport().repaint()


class BareRows(QAbstractTableModel):
    """The least a table model can be: rows already in memory, each cell its value as text."""

    def __init__(self, rows: list[tuple]) -> None:
        super().__init__()
        self.rows = rows
        self.columns = len(rows[0]) if rows else 0

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.columns

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self.rows[index.row()][index.column()]
        return "" if value is None else str(value)


def bare_lists(db: str, runs: int) -> dict:
    """The lists' floor (issue 22): the same rows, fetched by the same raw SELECT, in a bare QTableView over
    BareRows at the same size; first screen painted, then scrolled to the end and painted."""
    from benchmarks.queries import CANDIDATE_LIST_SQL, SESSION_LIST_SQL

    return bare_views(db, runs, (("candidates", CANDIDATE_LIST_SQL), ("sessions", SESSION_LIST_SQL)))


def bare_views(db: str, runs: int, queries: Sequence[tuple[str, str]]) -> dict:
    """Each ``(name, sql)``'s rows in a bare QTableView, timed as the floors of the lists and the pages are."""
    from contextlib import closing

    from benchmarks.backends import execute, raw_connect

    app = QApplication.instance() or QApplication([sys.argv[0]])
    result: dict[str, dict[str, list[float]]] = {}
    for _ in range(runs):
        for name, sql in queries:
            views: list[QTableView] = []

            def show(sql: str = sql, views: list[QTableView] = views) -> None:
                with closing(raw_connect(db)) as raw:
                    rows = execute(raw, sql)
                view = QTableView()
                view.setModel(BareRows(rows))
                view.resize(1200, 800)
                view.show()
                app.processEvents()
                painted(view)
                view.scrollToBottom()
                app.processEvents()
                painted(view)
                views.append(view)

            seconds, stall = watched(show)
            entry = result.setdefault(name, {"seconds": [], "stall": [], "rows": []})
            entry["seconds"].append(seconds)
            entry["stall"].append(stall)
            entry["rows"].append(views[0].model().rowCount())
            views[0].close()
            views[0].deleteLater()
            app.processEvents()
    return result


def dashboard(db: str, runs: int) -> dict:
    """The dashboard page refreshed, as after every change: the service's load and the table filled."""
    from trainercoach.gui.app import make_application
    from trainercoach.gui.views.dashboard_view import DashboardView

    app = make_application()
    coach = _coach(db)
    try:
        view = DashboardView(coach)
        view.resize(1200, 800)
        view.show()
        app.processEvents()
        seconds, stalls = [], []
        settle(app, lambda: not loading(view))
        for _ in range(runs):
            # Until the figures are on screen: the read runs in a worker, the stall watch ticks meanwhile.
            took, stall = watched(lambda: (view.refresh(), settle(app, lambda: not loading(view))))
            seconds.append(took)
            stalls.append(stall)
        view.close()
    finally:
        coach.close()
    return {"seconds": seconds, "stall": stalls}


def main_window(db: str) -> dict:
    """The main window built on the database and shown on its dashboard; the process's peak memory after."""
    from trainercoach.gui.app import make_application
    from trainercoach.gui.main_window import MainWindow

    app = make_application()
    coach = _coach(db)
    windows: list = []

    def show() -> None:
        window = MainWindow(coach)
        window.resize(1280, 860)
        window.show()
        app.processEvents()
        settle(app, lambda: not loading(window.dashboard))  # the dashboard's figures are on screen
        windows.append(window)

    try:
        with opening_on_the_dashboard():  # until the window has closed, which remembers its page
            seconds, stall = watched(show)
            peak_mb = peak_resident_mb()
            windows[0].close()
    finally:
        coach.close()
    return {"seconds": seconds, "stall": stall, "peak_mb": peak_mb}


@contextmanager
def opening_on_the_dashboard() -> Iterator[None]:
    """The window opens on the page it last showed: a probe that measures the dashboard clears that, and puts it
    back after (the soak probe ends on the Sessions page, and on the huge demo a window opening there stalled 1 s
    building a 295,770-row list the dashboard's figures then waited for)."""
    from trainercoach.gui.settings import settings

    remembered = settings().value("main/page")
    forget_page()
    try:
        yield
    finally:
        stored = settings()
        if remembered is None:
            stored.remove("main/page")
        else:
            stored.setValue("main/page", remembered)
        stored.sync()


def forget_page() -> None:
    """The next window opens on its dashboard, whatever page the last one showed."""
    from trainercoach.gui.settings import settings

    stored = settings()
    stored.remove("main/page")
    stored.sync()


def peak_resident_mb() -> float:
    """This process's peak resident memory. On Linux from /proc (VmHWM), which starts again at exec: ``ru_maxrss``
    of a process started by ``fork`` and ``exec`` keeps the parent's size at the fork, so a probe spawned by a
    benchmark that had just written the large demo (500 MB) reported 492 MB, and after the huge one 3.5 GB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux, bytes on macOS
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def resident_mb() -> float:
    """The process's resident memory now (not its peak), from /proc; 0 where there is none."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def _dialogs(window: Any) -> list[Callable[[], object]]:
    """Every dialog a lead opens in a day, opened as the window opens it (its own handler, modal) on a real
    record; ``soak`` closes each as soon as it is up."""
    coach = window.coach
    candidate = coach.candidates.list()[0].id
    sessions = coach.deliveries.list(candidate_id=candidate) or coach.deliveries.list()
    delivery = sessions[0].id

    def on_session(handler: Callable[[], object]) -> Callable[[], object]:
        return lambda: (window.show_session(delivery), handler())

    return [lambda: window.open_candidate(candidate), window.new_candidate, on_session(window.edit_session),
            on_session(window.observe), on_session(window.enter_feedback), window.edit_people,
            window.configure_stages, window.edit_readiness_rule, window.edit_rubrics]


def _close_when_up(app: QApplication) -> None:
    """Close the modal dialog once it is shown, as a person would with Escape. A candidate is looked at first on
    its Effectiveness tab (its charts, and the forecast read in a worker), as a lead opens one for its figures."""
    from trainercoach.gui.workers import anything_loading

    def close() -> None:
        modal = app.activeModalWidget()
        if modal is None:
            QTimer.singleShot(5, close)
            return
        if getattr(modal, "effectiveness", None) is not None:  # an existing candidate (a new one has no tab)
            modal.show_effectiveness()
            when_read(modal)
        else:
            modal.close()

    def when_read(modal: Any) -> None:
        if anything_loading():
            QTimer.singleShot(5, lambda: when_read(modal))
        else:
            modal.close()

    QTimer.singleShot(5, close)


def _after_round(app: QApplication) -> None:
    """What the event loop would do next in the app: delete the dialogs closed (deleteLater), collect."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()


def soak(db: str, rounds: int) -> dict:
    """Long use (issue 22): the main window, then every page shown and every dialog opened and closed,
    ``rounds`` times; resident memory and the widgets alive after each round."""
    from trainercoach.gui.app import make_application
    from trainercoach.gui.main_window import MainWindow
    from trainercoach.gui.pages import PAGES

    app = make_application()
    coach = _coach(db)
    window = MainWindow(coach)
    window.resize(1280, 860)
    window.show()
    settle(app, lambda: not loading(window.dashboard))
    dialogs = _dialogs(window)
    after: list[float] = []
    widgets: list[int] = []  # widgets alive after each round: a leak of dialogs or charts shows here first
    started = time.perf_counter()
    try:
        for _ in range(rounds):
            for index in range(len(PAGES)):
                window.show_page(index)
                app.processEvents()
                page = window.ui.pages.currentWidget()
                settle(app, lambda page=page: not loading(page))
            for open_dialog in dialogs:
                _close_when_up(app)
                open_dialog()
                app.processEvents()  # what the window left for later
            _after_round(app)
            after.append(resident_mb())
            widgets.append(len(QApplication.allWidgets()))
        window.close()
    finally:
        coach.close()
    return {"rounds": rounds, "seconds": time.perf_counter() - started, "first_mb": after[0], "last_mb": after[-1],
            "resident_mb": after, "widgets": widgets}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.gui_probes")
    parser.add_argument("probe", choices=PROBES)
    parser.add_argument("--db", default="")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if args.probe == "bare-window":
        result = bare_window()
    elif args.probe == "lists":
        result = lists(args.db, args.runs)
    elif args.probe == "bare-lists":
        result = bare_lists(args.db, args.runs)
    elif args.probe == "soak":
        result = soak(args.db, args.runs)
    elif args.probe == "dashboard":
        result = dashboard(args.db, args.runs)
    else:
        result = main_window(args.db)
    from trainercoach.gui.workers import wait_for_workers

    wait_for_workers()  # no thread may still be running when the process ends
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
