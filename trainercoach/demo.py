"""A demo database: enough of a believable programme to explore the app, or to test it against.

The people, and the words they and their leads write, live in ``resources/demo/small.json``; this module
decides the rest (dates, scores, which sentence goes where) with seeded random generators, one per part, so
every run gives the same demo and a part added later (practice deliveries, observations, trainee feedback)
does not change what the earlier parts write. All dates are relative to today and none is in the future.

The demo is written straight into tables inside one transaction, not through the services: the services
record the current user and time on every move, and a history has to be back-dated. The values obey the
same rules the services enforce; ``tests/core/test_demo.py`` checks them with the services' own validation.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainercoach import paths
from trainercoach.db import open_database
from trainercoach.errors import TrainerCoachError
from trainercoach.models import (
    COMPONENTS,
    TRAITS,
    Candidate,
    Milestone,
    Person,
    Stage,
    StageMove,
    TraitScore,
    utcnow,
)

SEED = "trainercoach-demo-1"
SCALES = ("small", "large")
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


def write_demo(path: Path, scale: str = "small", *, today: date | None = None) -> dict[str, int]:
    """Write a demo database to a new file ``path`` and return how many of each thing it holds.

    It refuses an existing non-empty file, so a real database is never overwritten, and removes what it
    created if anything fails, so a failed run leaves nothing behind.
    """
    if scale == "large":
        raise TrainerCoachError("The large demo is not built yet.")
    if scale not in SCALES:
        raise TrainerCoachError(f"There is no {scale!r} demo; choose small or large.")
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
    data = load_data(scale)
    database = None
    try:
        database = open_database(path)
        with database.transaction() as session:
            # The UTC date, as moves are stored in UTC: a local date east of Greenwich may be a day ahead.
            demo = DemoBuilder(session, data, today or utcnow().date())
            counts = demo.build()
    except BaseException:
        if database is not None:
            database.close()
        _discard(path, existed)
        raise
    database.close()
    return counts


def load_data(scale: str = "small") -> dict[str, Any]:
    with paths.resource("demo", f"{scale}.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def _discard(path: Path, existed: bool) -> None:
    """Leave the place as it was: no half-written demo for the next attempt to refuse."""
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    if existed:
        with path.open("wb"):
            pass
    else:
        path.unlink(missing_ok=True)


@dataclass
class PlannedCandidate:
    """One candidate from the data file, with the history the builder planned for them."""

    spec: dict[str, Any]
    lang: str
    lead: Person
    stages: list[str] = field(default_factory=list)  # stage keys, one per move, first to current
    moved_at: list[datetime] = field(default_factory=list)
    reached: int = 0  # index in PIPELINE of the furthest stage reached
    nominator: str = ""
    person: Person | None = None
    candidate: Candidate | None = None

    @property
    def name(self) -> str:
        return self.spec["name"]


class DemoBuilder:
    """Writes the demo part by part; each part has its own random generator so parts stay independent.

    Later parts (practice deliveries, observations, trainee feedback) are methods added to ``parts``.
    """

    def __init__(self, session: Session, data: dict[str, Any], today: date) -> None:
        self.session = session
        self.data = data
        self.today = today
        self.stages: dict[str, Stage] = {s.key: s for s in session.scalars(select(Stage)) if s.key}
        missing = set(PIPELINE + EXITS) - set(self.stages)
        if missing:
            raise TrainerCoachError(f"The demo needs the default stages; missing: {', '.join(sorted(missing))}.")
        self.mentors: dict[str, Person] = {}
        self.planned: list[PlannedCandidate] = []
        self.counts: dict[str, int] = {"candidates": 0, "people": 0, "moves": 0, "milestones": 0}

    @property
    def parts(self) -> list[Callable[[], None]]:
        return [self.add_mentors, self.plan_histories, self.add_candidates, self.add_moves, self.add_traits,
                self.add_milestones]

    def build(self) -> dict[str, int]:
        for part in self.parts:
            part()
        self.session.flush()
        return dict(self.counts)

    @staticmethod
    def rng(part: str) -> random.Random:
        return random.Random(f"{SEED}:{part}")

    def at(self, days_ago: int, rng: random.Random) -> datetime:
        """A working-hours moment ``days_ago`` days back; at least a day back, so never in the future."""
        day = self.today - timedelta(days=max(1, days_ago))
        return datetime.combine(day, time(8, 30)) + timedelta(minutes=rng.randrange(0, 9 * 60, 5))

    # -- the parts -------------------------------------------------------------------------------
    def add_mentors(self) -> None:
        """Leads and trainers: they mentor, nominate and record the moves."""
        rng = self.rng("mentors")
        for spec in self.data["mentors"]:
            person = Person(
                name=spec["name"], email=spec["email"], team=spec["team"], site=spec["site"],
                languages=spec["languages"], employment="employee", role=spec["role"],
                hire_date=self.today - timedelta(days=rng.randint(4 * 365, 12 * 365)),
                created_at=self.at(HISTORY_DAYS + 10, rng),
            )
            self.session.add(person)
            self.mentors[spec["key"]] = person
        self.session.flush()
        self.counts["people"] += len(self.mentors)

    def plan_histories(self) -> None:
        """Each candidate's path through the stages and the date of every move, planned back from the last."""
        rng = self.rng("histories")
        for spec in self.data["candidates"]:
            site = self.data["sites"][spec["site"]]
            plan = PlannedCandidate(spec, site["lang"], self.mentors[site["lead"]])
            plan.stages = self._path(spec)
            plan.reached = max(PIPELINE.index(key) for key in plan.stages if key in PIPELINE)
            current = spec["stage"]
            if spec.get("stalled"):
                last = rng.randint(*STALLED_DAYS)
            elif current in PIPELINE[:-1]:
                last = rng.randint(*FRESH_DAYS)
            else:
                last = rng.randint(5, 90)
            gaps = [rng.randint(*DAYS_BEFORE[self._move_kind(plan.stages, i)]) for i in range(1, len(plan.stages))]
            room = HISTORY_DAYS - last
            if sum(gaps) > room:
                gaps = [max(1, gap * room // sum(gaps)) for gap in gaps]
            days_ago = last + sum(gaps)
            plan.moved_at.append(self.at(days_ago, rng))
            for gap in gaps:
                days_ago -= gap
                plan.moved_at.append(self.at(days_ago, rng))
            self.planned.append(plan)

    def add_candidates(self) -> None:
        rng = self.rng("candidates")
        for plan in self.planned:
            spec = plan.spec
            pool = self.data["sites"][spec["site"]]["mentors"]
            first = plan.moved_at[0]
            person = Person(
                name=spec["name"], email=spec.get("email") or None, team=spec["team"], site=spec["site"],
                languages=spec["languages"], employment=spec.get("employment", "employee"),
                vendor_company=spec.get("vendor_company", ""), role="agent",
                hire_date=first.date() - timedelta(days=rng.randint(300, 8 * 365)), created_at=first,
            )
            self.session.add(person)
            self.session.flush()
            mentor = None if spec.get("no_mentor") else self.mentors[rng.choice(pool)]
            nominator = self.mentors[rng.choice(pool)]
            archived_at = None
            if spec.get("archived"):
                since = (self.today - plan.moved_at[-1].date()).days
                archived_at = self.at(rng.randint(1, max(1, since - 1)), rng)
            candidate = Candidate(
                person_id=person.id, stage_id=self.stages[spec["stage"]].id,
                mentor_id=mentor.id if mentor else None, nominated_by_id=nominator.id,
                nominated_on=first.date() - timedelta(days=rng.randint(0, 3)), notes=spec.get("notes", ""),
                archived_at=archived_at, created_at=first,
            )
            self.session.add(candidate)
            plan.person, plan.candidate, plan.nominator = person, candidate, nominator.name
        self.session.flush()
        self.counts["people"] += len(self.planned)
        self.counts["candidates"] += len(self.planned)

    def add_moves(self) -> None:
        """The timeline: from the first stage through every stage to the current one, with the lead's reasons."""
        rng = self.rng("moves")
        reasons = self.data["reasons"]
        for plan in self.planned:
            assert plan.candidate is not None
            previous: str | None = None
            for index, (key, moved_at) in enumerate(zip(plan.stages, plan.moved_at, strict=True)):
                kind = "nominated" if index == 0 else self._move_kind(plan.stages, index)
                reason = rng.choice(reasons[plan.lang][kind]).format(nominator=plan.nominator)
                self.session.add(StageMove(
                    candidate_id=plan.candidate.id,
                    from_stage_id=self.stages[previous].id if previous else None,
                    to_stage_id=self.stages[key].id, moved_at=moved_at, moved_by=plan.lead.name, reason=reason,
                ))
                previous = key
                self.counts["moves"] += 1

    def add_traits(self) -> None:
        """The four selection traits, scored with a note, for everyone but a few early candidates."""
        rng = self.rng("traits")
        notes = self.data["trait_notes"]
        for plan in self.planned:
            assert plan.candidate is not None
            scored = not plan.spec.get("unscored")
            # Those who went further were, on the whole, the stronger nominations.
            centre = 3.1 + 0.25 * plan.reached - (0.6 if plan.spec["stage"] == "withdrawn" else 0)
            for trait in TRAITS:
                score = note = None
                if scored:
                    score = min(5, max(1, round(rng.gauss(centre, 0.8))))
                    band = "high" if score >= 4 else "mid" if score == 3 else "low"
                    note = rng.choice(notes[plan.lang][trait][band])
                self.session.add(TraitScore(candidate_id=plan.candidate.id, trait=trait, score=score,
                                            note=note or ""))

    def add_milestones(self) -> None:
        """Train-the-trainer milestones in step with the stage: the further along, the more is done."""
        rng = self.rng("milestones")
        evidence = self.data["milestone_evidence"]
        topics = self.data["topics"]
        yesterday = self.today - timedelta(days=1)
        for plan in self.planned:
            assert plan.candidate is not None
            statuses = self._milestone_statuses(plan.reached, rng)
            if not statuses:
                continue
            start = plan.moved_at[plan.stages.index("train_the_trainer")].date()
            if "certified" in plan.stages:
                end = plan.moved_at[plan.stages.index("certified")].date()
            elif plan.spec["stage"] in EXITS:
                end = plan.moved_at[-1].date()
            else:
                end = yesterday
            span = max(0, (end - start).days)
            topic = rng.choice(topics[plan.lang])
            for index, component in enumerate(COMPONENTS):
                status = statuses.get(component, "not_started")
                if status == "not_started":
                    continue
                fraction = (index + rng.random()) / len(COMPONENTS)
                on_date = min(yesterday, start + timedelta(days=round(span * fraction)))
                text = evidence[plan.lang][component][status].format(topic=topic, n=rng.randint(6, 16))
                self.session.add(Milestone(candidate_id=plan.candidate.id, component=component, status=status,
                                           on_date=on_date, evidence=text))
                self.counts["milestones"] += 1

    # -- helpers ---------------------------------------------------------------------------------
    @staticmethod
    def _path(spec: dict[str, Any]) -> list[str]:
        current = spec["stage"]
        if current in EXITS:
            reached = spec.get("reached", "nominated")
            return [*PIPELINE[: PIPELINE.index(reached) + 1], current]
        path = list(PIPELINE[: PIPELINE.index(current) + 1])
        paused = spec.get("paused_during")
        if paused:
            at = path.index(paused) + 1
            path[at:at] = ["paused", paused]
        return path

    @staticmethod
    def _move_kind(stages: list[str], index: int) -> str:
        """What a move is, for its reason and its usual timing: the stage it enters, or a resume."""
        if stages[index - 1] == "paused" and stages[index] in PIPELINE:
            return "resume"
        return stages[index]

    @staticmethod
    def _milestone_statuses(reached: int, rng: random.Random) -> dict[str, str]:
        guided, feedback, gap, content = COMPONENTS
        stage = PIPELINE[reached]
        if stage == "train_the_trainer":
            return {guided: "in_progress", feedback: "in_progress" if rng.random() < 0.4 else "not_started"}
        if stage == "practice":
            return {guided: "done", feedback: rng.choice(["in_progress", "done"]),
                    gap: rng.choice(["in_progress", "not_started"])}
        if stage == "co_delivery":
            return {guided: "done", feedback: "done", gap: "done" if rng.random() < 0.6 else "in_progress",
                    content: "in_progress"}
        if stage in ("certified", "active"):
            return dict.fromkeys(COMPONENTS, "done")
        return {}

