"""What the demo plans with: the shape of a small demo's programme (stages, timings, shares), and the records
the parts pass on to later parts (people, candidates and sessions as planned). No part writes anything here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from trainercoach import paths

SEED = "trainercoach-demo-1"
SCALES = ("small", "large", "huge")
# How many times the large organisation each scale is: "huge" is issue 22's ten times the data.
GROWTH = {"large": 1, "huge": 10}
# The default stages in pipeline order; the demo is written into a new database, which always has them.
PIPELINE = ("nominated", "screening", "train_the_trainer", "practice", "co_delivery", "certified", "active")
EXITS = ("paused", "withdrawn")
# Usual days spent before a move *into* a stage, as a lead would plan it; "resume" is a return from Paused.
DAYS_BEFORE = {
    "screening": (7, 21), "train_the_trainer": (10, 30), "practice": (25, 45), "co_delivery": (25, 50),
    "certified": (20, 40), "active": (7, 20), "paused": (5, 30), "withdrawn": (5, 25), "resume": (30, 60),
}
HISTORY_DAYS = 355  # every history starts within the last year
STALLED_DAYS = (35, 75)  # beyond the dashboard's 30 days, so "needs attention" has something to show
FRESH_DAYS = (2, 26)
# Practice deliveries: how many a candidate has given, by the furthest stage reached.
SESSIONS = {"train_the_trainer": (1, 3), "practice": (3, 8), "co_delivery": (8, 12), "certified": (10, 14),
            "active": (11, 15)}
DELIVERING = ("practice", "co_delivery", "certified", "active")
RECENT_UNOBSERVED = 3  # sessions in the last two days nobody has written up yet
LATE_UNOBSERVED = 2  # older ones still waiting, so the dashboard's "not observed yet" has something
# How a criterion usually sits against a candidate's overall level: agents are chosen for what they know,
# and new trainers rush and forget to check understanding.
CRITERION_OFFSET = {"preparation": 0.1, "accuracy": 0.35, "clarity": 0.0, "engagement": -0.1, "checking": -0.3,
                    "questions": 0.0, "pacing": -0.35, "tools": 0.1}
# Which criterion a trainee feedback item mostly reflects.
ITEM_CRITERION = {"clarity": "clarity", "relevance": "accuracy", "pace": "pacing", "engagement": "engagement",
                  "confidence": "checking", "overall": ""}
CHECK_KINDS = (("daily_quiz", 10.0, 0.5), ("practical_task", 20.0, 0.3), ("oral_exam", 10.0, 0.2))
PERSON_COLUMNS = ("id", "name", "email", "team", "site", "languages", "employment", "vendor_company", "hire_date",
                  "role", "created_at", "version")



def stored(value: date | None) -> str | None:
    """A date or a moment as SQLAlchemy stores it in SQLite, so ordering and comparing in SQL agree with it."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(" ", "microseconds")
    return value.isoformat()


def load_data(scale: str = "small") -> dict[str, Any]:
    with paths.resource("demo", f"{scale}.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data



@dataclass(frozen=True)
class PersonRef:
    """A person the builder has written: what later parts need of them."""

    id: int
    name: str


@dataclass(frozen=True)
class CandidateRef:
    id: int
    mentor_id: int | None


@dataclass
class PlannedCandidate:
    """One candidate from the data file, with the history the builder planned for them."""

    spec: dict[str, Any]
    lang: str
    lead: PersonRef
    stages: list[str] = field(default_factory=list)  # stage keys, one per move, first to current
    moved_at: list[datetime] = field(default_factory=list)
    reached: int = 0  # index in PIPELINE of the furthest stage reached
    nominator: str = ""
    person: PersonRef | None = None
    candidate: CandidateRef | None = None

    @property
    def name(self) -> str:
        name: str = self.spec["name"]
        return name


@dataclass
class PlannedDelivery:
    """One practice delivery as planned, with what the later parts need to score it believably."""

    id: int
    plan: PlannedCandidate
    stage: str  # the stage the candidate was in at the time
    starts_at: datetime
    lang: str
    topic: str
    method: str
    trainees: int
    minutes: int
    observers: list[PersonRef]
    observed: bool
    quality: float = 3.0  # the candidate's level that day, 1-5, before anyone's judgement
    criteria: dict[str, float] = field(default_factory=dict)  # criterion key -> mean observer score
    code: str = ""

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)

