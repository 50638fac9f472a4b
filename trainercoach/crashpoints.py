"""Named points in long writes where a crash test stops the process, to kill it there with SIGKILL.

Set ``TRAINERCOACH_PAUSE_AT=NAME`` (or ``NAME#N`` for the N-th time the point is reached in this process) and the
process writes ``PAUSED AT NAME`` on standard error when it gets there and then waits, holding whatever it has
half-written, until it is killed. Unset, as it always is outside the tests, a point costs one comparison.

Points: ``save`` (a transaction flushed, not yet committed), ``import`` (half of a file's rows written),
``migration`` (every migration run, not yet committed), ``pdf`` (a PDF complete under its temporary name, not yet
renamed), ``export`` (part of a spreadsheet written), ``restore`` (part of a backup copied into the database),
``backup`` (a backup checked under its partial name, not yet renamed).
"""

from __future__ import annotations

import os
import sys
import time

_TARGET = os.environ.get("TRAINERCOACH_PAUSE_AT", "")
_name, _, _nth = _TARGET.partition("#")
_WANTED = int(_nth) if _nth.isdigit() else 1
_seen = 0

armed = bool(_name)


def reached(name: str) -> None:
    global _seen
    if not armed or name != _name:
        return
    _seen += 1
    if _seen != _WANTED:
        return
    sys.stderr.write(f"PAUSED AT {name}\n")
    sys.stderr.flush()
    while True:  # until the test kills us
        time.sleep(3600)
