"""Every candidate's evaluation at once, at the end of a cohort, on every core of the machine.

Processes, not threads: building a PDF is Python work (reportlab, matplotlib, svglib) that holds the GIL, so
threads would take turns on one core. Each worker process opens its own Coach on the database URL (a
connection cannot cross a process), reads each trainer's snapshot in one transaction, lays it out and writes it
under a temporary name that it renames at the end; the parent only schedules, counts and, on cancel, stops
scheduling and clears up. The file names and the clearing up are trainercoach/reports/batch.py's.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import closing
from pathlib import Path

from trainercoach.errors import NotFound
from trainercoach.i18n import language, normalise
from trainercoach.reports.batch import clear_partials, evaluation_paths
from trainercoach.reports.evaluation import write_trainer_evaluation
from trainercoach.reports.layout import check_page_size
from trainercoach.services.coach import Coach

_worker_coach: Coach | None = None


def _end_with_parent(parent: int) -> None:
    """A worker whose parent is gone (killed, crashed) stops at once instead of writing PDFs for minutes that no one
    will collect: Linux is asked to kill it when the parent dies, and on every system a watcher thread checks
    twice a second that the parent is still its parent."""
    import signal
    import sys
    import threading
    import time

    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _open_worker(db_url: str, actor: str | None, parent: int | None = None) -> None:
    global _worker_coach
    if parent is not None:
        _end_with_parent(parent)
    _worker_coach = Coach.open(db_url, actor=actor)


def _write_one(candidate_id: int, out_path: str, page_size: str, lang: str = "en") -> tuple[str, int]:
    """One trainer's evaluation: its own snapshot (one read), then the layout, which holds no connection."""
    assert _worker_coach is not None
    snapshot = _worker_coach.reports.evaluation(candidate_id, lang=lang)
    write_trainer_evaluation(snapshot, out_path, page_size=page_size)
    return out_path, os.getpid()


def export_all_evaluations(db_url: str, candidate_ids: Sequence[int], out_dir: str | os.PathLike[str], *,
                           page_size: str = "A4", workers: int | None = None,
                           progress: Callable[[int], None] | None = None,
                           cancelled: Callable[[], bool] | None = None, actor: str | None = None,
                           pids: set[int] | None = None, lang: str | None = None) -> list[Path]:
    """Write each candidate's evaluation into ``out_dir``; returns the files written, in the order asked.

    ``progress(done)`` is called after each file; ``cancelled()`` is polled between files: once it says yes no
    new file is started, the ones being written are waited for and then removed with any partial file, and
    the files finished before the cancel are kept and returned. ``pids``, when given, collects the worker
    processes' ids (the tests use it to see the work spread). ``lang``: the documents' language (None: the
    app's; a spawned worker starts in English, so it is always passed on)."""
    lang = normalise(lang) if lang else language()

    check_page_size(page_size)
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    with closing(Coach.open(db_url, actor=actor)) as coach:
        names = {r.id: r.name for r in coach.candidates.list(include_archived=True)}
        actor = coach.actor
    ids = list(dict.fromkeys(candidate_ids))
    missing = [cid for cid in ids if cid not in names]
    if missing:
        raise NotFound(f"No candidate has the id {missing[0]}.")
    paths = evaluation_paths([(cid, names[cid]) for cid in ids], folder)
    count = max(1, min(workers or os.cpu_count() or 1, len(ids) or 1))
    done: list[Path] = []
    pending: dict[Future[tuple[str, int]], int] = {}
    queue = list(ids)
    stop = False
    # "spawn", not Linux's default fork: the app calls this from a worker thread of a running Qt program, and a
    # forked child inherits locks other threads held at that moment (Qt's, SQLite's, logging's).
    with ProcessPoolExecutor(max_workers=count, initializer=_open_worker, initargs=(db_url, actor, os.getpid()),
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        try:
            while queue or pending:
                stop = stop or bool(cancelled and cancelled())
                while queue and not stop and len(pending) < count * 2:
                    cid = queue.pop(0)
                    pending[pool.submit(_write_one, cid, str(paths[cid]), page_size, lang)] = cid
                if not pending:
                    break
                finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for future in finished:
                    pending.pop(future)
                    written, pid = future.result()
                    if pids is not None:
                        pids.add(pid)
                    done.append(Path(written))
                    if progress:
                        progress(len(done))
        except BaseException:
            for future in pending:
                future.cancel()
            clear_partials(paths.values())
            raise
    if stop:
        clear_partials(paths.values())
    order = {paths[cid]: i for i, cid in enumerate(ids)}
    return sorted(done, key=lambda p: order[p])
