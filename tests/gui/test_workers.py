"""The Loader every page reads through: off the GUI thread, the newest read wins, failures are reported."""

from __future__ import annotations

import gc
import threading

from trainercoach.gui.workers import Loader, anything_loading, wait_for_workers


def test_a_read_asked_while_one_runs_replaces_the_waiting_ones_and_only_the_newest_arrives(qtbot) -> None:
    loader = Loader()
    arrived: list[str] = []
    threads: list[int] = []
    loader.loaded.connect(arrived.append)
    gate = threading.Event()

    def slow() -> str:
        threads.append(threading.get_ident())
        gate.wait(5)
        return "first"

    loader.load(slow)
    loader.load(lambda: "second")  # waits for the first, then is replaced by the third
    loader.load(lambda: "third")
    assert loader.busy and anything_loading()
    gate.set()
    qtbot.waitUntil(lambda: not loader.busy)
    assert arrived == ["third"]  # the first was asked for before the newest: dropped
    assert loader.reads == 2
    assert threads and threads[0] != threading.get_ident()  # not on the GUI thread
    assert wait_for_workers()


def test_a_failed_read_is_reported_and_the_heap_is_settled_after_a_first_read(qtbot) -> None:
    loader = Loader()
    failures: list[BaseException] = []
    loader.failed.connect(failures.append)

    def broken() -> None:
        raise ValueError("no such table")

    loader.load(broken)
    qtbot.waitUntil(lambda: not loader.busy)
    assert [str(f) for f in failures] == ["no such table"]
    gc.unfreeze()
    loader.load(lambda: 42)
    with qtbot.waitSignal(loader.loaded) as arrived:
        pass
    assert arrived.args == [42]
    assert gc.get_freeze_count() > 0  # what existed is out of the cyclic collector's way
    gc.unfreeze()


def test_a_read_is_no_longer_waited_for_once_its_result_is_delivered_though_its_thread_still_ends(qtbot) -> None:
    loader = Loader()
    seen: list[tuple[str, bool, bool]] = []
    loader.loaded.connect(lambda result: seen.append((result, loader.waiting, loader.busy)))
    gate = threading.Event()

    def slow() -> str:
        gate.wait(5)
        return "first"

    loader.load(slow)
    loader.load(lambda: "second")
    assert loader.waiting
    gate.set()
    qtbot.waitUntil(lambda: not loader.busy)
    # The newest result arrives with nothing left to wait for, while its thread has not yet ended (busy): a view
    # reports itself loaded then, not one more hop later; the first read's dropped result never ended the wait.
    assert seen == [("second", False, True)]
    assert not loader.waiting
    failing = Loader()
    failing.failed.connect(lambda _error: seen.append(("failed", failing.waiting, failing.busy)))
    failing.load(lambda: 1 / 0)
    qtbot.waitUntil(lambda: not failing.busy)
    assert seen[-1] == ("failed", False, True)
    assert wait_for_workers()
