"""The Knowledge gaps and Business cases pages in Qt (issue 22), each probe in a fresh process of its own, as
``python -m benchmarks.page_probes pages|bare-pages --db DB --runs N``; the JSON on the last line is read by
``benchmarks.page_bench``. Built on ``gui_probes``' stall watch, settling and bare model, so the pages are measured
exactly as the lists are."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence

from benchmarks.gui_probes import (  # it sets the offscreen platform
    bare_views,
    forget_page,
    loading,
    opening_on_the_dashboard,
    painted,
    settle,
    watched,
)

PAGES = (("gaps", "gaps_page"), ("cases", "cases_page"))  # (the page's id, the window's attribute for it)


def pages(db: str, runs: int) -> dict:
    """``_pages``, with the page the window remembers put back after (the other probes open on what it says)."""
    with opening_on_the_dashboard():
        return _pages(db, runs)


def _pages(db: str, runs: int) -> dict:
    """Each page opened in the main window (built on its first showing, as a person opens it), until its list is
    filled and painted, then scrolled to its end and painted: ``seconds``. ``done`` goes on until the chosen
    row's record (read next, in a worker of its own) is shown too. The stall is the whole of it."""
    from importlib import import_module

    from trainercoach.gui.app import make_application
    from trainercoach.gui.main_window import MainWindow
    from trainercoach.gui.pages import find, index
    from trainercoach.services import Coach

    app = make_application()
    coach = Coach.open(db)
    result: dict[str, dict[str, list[float]]] = {}
    try:
        for page_id, _attribute in PAGES:
            import_module(find(page_id).module)  # the module's import is the cold start's business, not the page's
        for _ in range(runs):
            # A fresh window each run, opened on its dashboard (not on the page a previous run left remembered):
            # the pages are built when first shown.
            forget_page()
            window = MainWindow(coach)
            window.resize(1280, 860)
            window.show()
            app.processEvents()
            settle(app, lambda window=window: not loading(window.dashboard))
            if window.is_built(index("gaps")) or window.is_built(index("cases")):
                raise RuntimeError("a page to measure was built before it was shown")
            for page_id, attribute in PAGES:
                marks: dict[str, float] = {}

                def show(page_id: str = page_id, attribute: str = attribute, marks: dict[str, float] = marks,
                         window: MainWindow = window) -> None:
                    started = time.perf_counter()
                    window.show_page(index(page_id))
                    page = getattr(window, attribute)
                    settle(app, lambda: not getattr(page, "listing", False))  # (one reading synchronously: done)
                    painted(page.table)
                    page.table.scrollToBottom()
                    app.processEvents()
                    painted(page.table)
                    marks["list"] = time.perf_counter() - started
                    settle(app, lambda: not loading(page))
                    app.processEvents()
                    marks["done"] = time.perf_counter() - started
                    marks["rows"] = page.table.model().rowCount()

                _seconds, stall = watched(show)
                entry = result.setdefault(page_id, {"seconds": [], "done": [], "stall": [], "rows": []})
                entry["seconds"].append(marks["list"])
                entry["done"].append(marks["done"])
                entry["stall"].append(stall)
                entry["rows"].append(marks["rows"])
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        coach.close()
    return result


def bare_pages(db: str, runs: int) -> dict:
    """The pages' floor, shaped as the lists' (``gui_probes.bare_lists``): the same rows fetched by a raw SELECT
    (``queries.GAP_LIST_SQL``, ``CASE_LIST_SQL``) in a bare QTableView over BareRows, first screen painted, then
    scrolled to the end and painted."""
    from benchmarks.queries import CASE_LIST_SQL, GAP_LIST_SQL

    return bare_views(db, runs, (("gaps", GAP_LIST_SQL), ("cases", CASE_LIST_SQL)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.page_probes")
    parser.add_argument("probe", choices=("pages", "bare-pages"))
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    result = pages(args.db, args.runs) if args.probe == "pages" else bare_pages(args.db, args.runs)
    from trainercoach.gui.workers import wait_for_workers

    wait_for_workers()  # no thread may still be running when the process ends
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
