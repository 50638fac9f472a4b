"""A demo database: enough of a believable programme to explore the app, or to test it against.

The people, and the words they and their leads write, live in ``resources/demo/small.json``; this package
decides the rest (dates, scores, which sentence goes where) with seeded random generators, one per part, so
every run gives the same demo and a part added later (practice deliveries, observations, trainee feedback)
does not change what the earlier parts write. All dates are relative to today and none is in the future.

The demo is written straight into tables inside one transaction, not through the services: the services
record the current user and time on every move, and a history has to be back-dated. The values obey the
same rules the services enforce; ``tests/core/test_demo.py`` checks them with the services' own validation.
Only the shipped rubric goes in through its service first (as ``Coach.open`` would install it), so that
observations are scored against exactly the criteria a new database gets.

Every row is a plain tuple with its id chosen here, written with the sqlite3 module's ``executemany`` on the
transaction's own connection: the large demo (``--scale large``: 2,000 people, 30,000 sessions, 450,000
feedback forms and their three million answers) spends its time deciding values, not in an ORM. Its people
are new combinations of the small demo's given names and surnames, and its words are the small demo's
sentences, so everything still reads as written by a person in English, Greek or Chinese.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainercoach.db import open_database, summaries
from trainercoach.db.engine import sqlite_driver
from trainercoach.demo.builder import DemoBuilder
from trainercoach.demo.plan import GROWTH, SCALES, SEED, load_data
from trainercoach.demo.scales import LargeDemoBuilder, large_data
from trainercoach.errors import TrainerCoachError
from trainercoach.i18n import language
from trainercoach.models import Person, Setting, utcnow
from trainercoach.services.coach import Coach
from trainercoach.services.defaults import localise_defaults
from trainercoach.services.rubrics import RubricService

__all__ = ["SCALES", "SEED", "DemoBuilder", "LargeDemoBuilder", "large_data", "load_data", "write_demo"]


def write_demo(path: Path, scale: str = "small", *, today: date | None = None,
               lang: str | None = None) -> dict[str, int]:
    """Write a demo database to a new file ``path`` and return how many of each thing it holds. Its stages,
    feedback items and rubric are in ``lang`` (None: the current language); the people's names, topics and
    comments are in the three languages of the demo's sites, as they were typed.

    It refuses an existing non-empty file, so a real database is never overwritten, and removes what it
    created if anything fails, so a failed run leaves nothing behind.
    """
    if scale not in SCALES:
        raise TrainerCoachError(f"There is no {scale!r} demo; choose small, large or huge.")
    text = str(path)
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]+:/", text):
        raise TrainerCoachError("The demo is written to a new SQLite file; give a file path, not a database URL.")
    path = Path(text).expanduser()
    if path.is_dir():
        raise TrainerCoachError(f"{path} is a folder; give the path of a new database file.")
    if path.exists() and path.stat().st_size > 0:
        raise TrainerCoachError(
            f"{path} already exists and is not empty. The demo is written only to a new file so that it never "
            "overwrites a database; choose another path."
        )
    existed = path.exists()
    data = load_data("small")
    builder: type[DemoBuilder] = DemoBuilder
    if scale in GROWTH:
        data, builder = large_data(data, GROWTH[scale]), LargeDemoBuilder
    database = None
    try:
        database = open_database(path)
        # The rubric the app ships, as Coach.open would install it, so observations are scored against it.
        RubricService(Coach(database, actor="demo")).install_default(lang=lang)
        localise_defaults(database, lang or language())
        database.engine.dispose()  # no other connection may hold the file while its journal mode changes
        with database.engine.connect() as connection:
            raw = sqlite_driver(connection)
            _building(raw)
            with Session(bind=connection) as session, session.begin():
                # The UTC date, as moves are stored in UTC: a local date east of Greenwich may be a day ahead.
                demo = builder(session, data, today or utcnow().date())
                with summaries.suspended(connection):  # counted once at the end: a third of the time
                    counts = demo.build()
                    session.flush()
                # Whoever opens the demo acts as its first lead, so what they do says a lead's name ("by").
                lead = session.scalar(select(Person.id).where(Person.role == "lead").order_by(Person.id).limit(1))
                if lead is not None:
                    session.add(Setting(key="you", value=json.dumps({"person_id": lead})))
            _built(raw)
    except BaseException:
        if database is not None:
            database.close()
        _discard(path, existed)
        raise
    database.close()
    _sync(path)
    return counts


def _building(raw: sqlite3.Connection) -> None:
    """Settings for writing a brand-new file in one go, as fast as SQLite can.

    No rollback journal and no fsync: a journal exists to put a file back as it was after a failed or
    interrupted transaction, and the file before this one was empty. Any failure removes the whole file
    (``_discard``), so there is nothing a journal could restore. Foreign keys are not checked row by row;
    every id is chosen here from rows written in the same transaction (the tests check the references).
    """
    for pragma in ("journal_mode = OFF", "synchronous = OFF", "foreign_keys = OFF", "temp_store = MEMORY",
                   "cache_size = -65536"):
        raw.execute(f"PRAGMA {pragma}")


def _built(raw: sqlite3.Connection) -> None:
    """Back to what every database of the app runs with (WAL, kept in the file) before anyone opens it."""
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA foreign_keys = ON")


def _sync(path: Path) -> None:
    """One fsync at the end, instead of one per transaction while building: the file is on disk when we say so."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)



def _discard(path: Path, existed: bool) -> None:
    """Leave the place as it was: no half-written demo for the next attempt to refuse."""
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    if existed:
        with path.open("wb"):
            pass
    else:
        path.unlink(missing_ok=True)

