"""The builder's common ground: state shared by the parts and the way they write rows."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainercoach.db.engine import sqlite_driver
from trainercoach.demo.plan import (
    EXITS,
    HISTORY_DAYS,
    PIPELINE,
    SEED,
    SESSIONS,
    PersonRef,
    PlannedCandidate,
    PlannedDelivery,
)
from trainercoach.errors import TrainerCoachError
from trainercoach.models import (
    Stage,
)


class BuilderBase:
    """What every part of the demo builder shares: the transaction, the data file, today, what earlier parts
    planned, one random generator per part, and writing rows as plain tuples.

    The class attributes are what a scale changes (``LargeDemoBuilder`` sets its own); the small demo's
    values are the constants of ``plan``, so its content stays what it has always been.
    """

    history_days = HISTORY_DAYS
    settled_days = (5, 90)  # since the last move of those certified, active or gone
    sessions_per_stage = SESSIONS
    trainee_range = (6, 30)
    check_share = 0.5  # of the sessions with a comprehension check

    def __init__(self, session: Session, data: dict[str, Any], today: date) -> None:
        self.session = session
        self.data = data
        self.today = today
        self.stages: dict[str, Stage] = {s.key: s for s in session.scalars(select(Stage)) if s.key}
        missing = set(PIPELINE + EXITS) - set(self.stages)
        if missing:
            raise TrainerCoachError(f"The demo needs the default stages; missing: {', '.join(sorted(missing))}.")
        self.mentors: dict[str, PersonRef] = {}
        self.planned: list[PlannedCandidate] = []
        self.assets: dict[str, int] = {}
        self.deliveries: list[PlannedDelivery] = []
        self.criteria: list[tuple[int, str, float]] = []  # (id, key, weight) of the rubric version in use
        self.rubric_version_id: int | None = None
        self._jitter: dict[str, float] = {}
        self._end_of_yesterday = datetime.combine(today, time(0)) - timedelta(minutes=1)
        self.counts: dict[str, int] = {"candidates": 0, "people": 0, "moves": 0, "milestones": 0}


    @property
    def parts(self) -> list[Callable[[], None]]:
        """The parts, in the order they are written: each builder names its own."""
        raise NotImplementedError

    def build(self) -> dict[str, int]:
        self.raw = sqlite_driver(self.session.connection())
        for part in self.parts:
            part()
        self.session.flush()
        return dict(self.counts)

    def write(self, table: str, columns: Sequence[str], rows: Iterable[tuple[object, ...]]) -> None:
        """Rows as plain tuples in ``columns`` order, through the transaction's own sqlite3 connection.

        Values are stored as SQLAlchemy stores them (``stored``), so the app reads them back like its own.
        """
        marks = ", ".join("?" * len(columns))
        self.raw.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    @staticmethod
    def rng(part: str) -> random.Random:
        return random.Random(f"{SEED}:{part}")

    def at(self, days_ago: int, rng: random.Random) -> datetime:
        """A working-hours moment ``days_ago`` days back; at least a day back, so never in the future."""
        day = self.today - timedelta(days=max(1, days_ago))
        return datetime.combine(day, time(8, 30)) + timedelta(minutes=rng.randrange(0, 9 * 60, 5))


    def _next_id(self, model: type) -> int:
        return (self.session.scalar(select(func.max(model.id))) or 0) + 1  # type: ignore[attr-defined]

    def _latest(self) -> datetime:
        """The latest moment the demo writes anything: the end of yesterday."""
        return self._end_of_yesterday
