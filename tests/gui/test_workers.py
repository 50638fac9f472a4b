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
