"""The Knowledge gaps and Business cases pages' rows of the performance table (issue 22: "gap and case pages
within the list targets"): each page opened in the main window until its list is filled and painted, against
the lists' floor shape, the same rows fetched by a raw SELECT in a bare QTableView (``page_probes``); the
GUI-thread stall bounded as everywhere. Qt runs only in the probes' own processes."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.bench import Plan, Result

ROWS = {"gaps": "gap_page", "cases": "case_page"}


def _probe(probe: str, db: Path | str, runs: int) -> dict:
    from benchmarks.bench import _gui_env
    from trainercoach.errors import TrainerCoachError

    command = [sys.executable, "-m", "benchmarks.page_probes", probe, "--db", str(db), "--runs", str(runs)]
    done = subprocess.run(command, capture_output=True, text=True, env=_gui_env(), timeout=900, check=False)
    if done.returncode != 0:
        raise TrainerCoachError(f"The {probe} probe failed: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _select(db: Path | str, sql: str) -> float:
    from benchmarks import backends

    started = time.perf_counter()
    with closing(backends.raw_connect(db)) as raw:
        backends.execute(raw, sql)
    return time.perf_counter() - started


def page_rows(db: Path | str, plan: Plan, backend: str = "sqlite") -> list[Result]:
    """``gap_page`` and ``case_page``: list painted in the main window against the bare view of the SELECT's rows,
    target as the lists' (1.5× on SQLite, 2× on PostgreSQL), and the stall ≤ 100 ms."""
    from benchmarks.bench import LIST_TARGET, SERVER_LIST_TARGET, Result
    from benchmarks.queries import CASE_LIST_SQL, GAP_LIST_SQL

    gui = _probe("pages", db, plan.runs)
    bare = _probe("bare-pages", db, plan.runs)
    results = []
    for name, sql in (("gaps", GAP_LIST_SQL), ("cases", CASE_LIST_SQL)):
        entry = gui[name]
        select = statistics.median(_select(db, sql) for _ in range(plan.runs))
        stall = max(entry["stall"]) * 1000
        done = statistics.median(entry["done"])
        results.append(Result.against_floor(
            ROWS[name], entry["seconds"], bare[name]["seconds"],
            LIST_TARGET if backend == "sqlite" else SERVER_LIST_TARGET, stall_ms=stall, backend=backend,
            note=(f"{entry['rows'][0]} rows, the page opened in the main window until its list is painted and "
                  f"scrolled; with the chosen row's record {done:.3f} s; floor: a bare QTableView of the "
                  f"{bare[name]['rows'][0]} rows of the SELECT, which alone takes {select:.3f} s")))
    return results
