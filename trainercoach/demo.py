"""A demo database: enough of a believable programme to explore the app, or to test it against.

The people, and the words they and their leads write, live in ``resources/demo/small.json``; this module
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

import bisect
import hashlib
import json
import math
import os
import random
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from trainercoach import paths
from trainercoach.db import open_database
from trainercoach.errors import TrainerCoachError
from trainercoach.i18n import language
from trainercoach.models import (
    COMPONENTS,
    TRAITS,
    ActionItem,
    Candidate,
    Certification,
    ComprehensionCheck,
    Criterion,
    Delivery,
    FeedbackImport,
    FeedbackItem,
    FeedbackResponse,
    Observation,
    Person,
    Rubric,
    RubricVersion,
    Stage,
    TrainingAsset,
    TraitScore,
    utcnow,
)
from trainercoach.services.coach import Coach
from trainercoach.services.defaults import localise_defaults
from trainercoach.services.deliveries import CODE_ALPHABET
from trainercoach.services.observations import weighted_average
from trainercoach.services.rubrics import RubricService

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


def write_demo(path: Path, scale: str = "small", *, today: date | None = None,
               lang: str | None = None) -> dict[str, int]:
    """Write a demo database to a new file ``path`` and return how many of each thing it holds. Its stages,
    feedback items and rubric are in ``lang`` (None: the current language); the people's names, topics and
    comments are in the three languages of the demo's sites, as they were typed.

    It refuses an existing non-empty file, so a real database is never overwritten, and removes what it
    created if anything fails, so a failed run leaves nothing behind.
    """
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
    data = load_data("small")
    builder: type[DemoBuilder] = DemoBuilder
    if scale == "large":
        data, builder = large_data(data), LargeDemoBuilder
    database = None
    try:
        database = open_database(path)
        # The rubric the app ships, as Coach.open would install it, so observations are scored against it.
        RubricService(Coach(database, actor="demo")).install_default(lang=lang)
        localise_defaults(database, lang or language())
        database.engine.dispose()  # no other connection may hold the file while its journal mode changes
        with database.engine.connect() as connection:
            raw = connection.connection.driver_connection
            _building(raw)
            with Session(bind=connection) as session, session.begin():
                # The UTC date, as moves are stored in UTC: a local date east of Greenwich may be a day ahead.
                demo = builder(session, data, today or utcnow().date())
                counts = demo.build()
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


def stored(value: date | None) -> str | None:
    """A date or a moment as SQLAlchemy stores it in SQLite, so ordering and comparing in SQL agree with it."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(" ", "microseconds")
    return value.isoformat()


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
        return self.spec["name"]


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


class DemoBuilder:
    """Writes the demo part by part; each part has its own random generator so parts stay independent.

    The people and their histories come first; then training assets, practice deliveries planned from each
    candidate's timeline, the observations of those sessions, trainee feedback in line with what the observers
    saw, and comprehension checks. A later part reads what an earlier one planned (``self.deliveries``), never
    its random generator. A new part is a method added at the end of ``parts``.

    The class attributes below are what a scale changes (``LargeDemoBuilder`` sets its own); the small demo's
    values are the module's constants, so its content stays what it has always been.
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
        return [self.add_mentors, self.plan_histories, self.add_candidates, self.add_moves, self.add_traits,
                self.add_milestones, self.add_assets, self.add_deliveries, self.add_observations,
                self.add_feedback, self.add_checks, self.add_certification]

    def build(self) -> dict[str, int]:
        self.raw = self.session.connection().connection.driver_connection
        for part in self.parts:
            part()
        self.session.flush()
        return dict(self.counts)

    def write(self, table: str, columns: Sequence[str], rows: Iterable[tuple]) -> None:
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

    # -- the parts -------------------------------------------------------------------------------
    def add_mentors(self) -> None:
        """Leads and trainers: they mentor, nominate and record the moves."""
        rng = self.rng("mentors")
        next_id = self._next_id(Person)
        rows = []
        for spec in self.data["mentors"]:
            person_id = next_id + len(rows)
            hired = self.today - timedelta(days=rng.randint(4 * 365, 12 * 365))
            rows.append((person_id, spec["name"], spec["email"], spec["team"], spec["site"], spec["languages"],
                         "employee", "", stored(hired), spec["role"],
                         stored(self.at(self.history_days + 10, rng)), 1))
            self.mentors[spec["key"]] = PersonRef(person_id, spec["name"])
        self.write("person", PERSON_COLUMNS, rows)
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
                last = rng.randint(*self.settled_days)
            gaps = [rng.randint(*DAYS_BEFORE[self._move_kind(plan.stages, i)]) for i in range(1, len(plan.stages))]
            room = self.history_days - last
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
        next_person, next_candidate = self._next_id(Person), self._next_id(Candidate)
        people, candidates = [], []
        for plan in self.planned:
            spec = plan.spec
            pool = self.data["sites"][spec["site"]]["mentors"]
            first = plan.moved_at[0]
            person_id = next_person + len(people)
            hired = first.date() - timedelta(days=rng.randint(300, 8 * 365))
            people.append((person_id, spec["name"], spec.get("email") or None, spec["team"], spec["site"],
                           spec["languages"], spec.get("employment", "employee"), spec.get("vendor_company", ""),
                           stored(hired), "agent", stored(first), 1))
            mentor = None if spec.get("no_mentor") else self.mentors[rng.choice(pool)]
            nominator = self.mentors[rng.choice(pool)]
            archived_at = None
            if spec.get("archived"):
                since = (self.today - plan.moved_at[-1].date()).days
                archived_at = self.at(rng.randint(1, max(1, since - 1)), rng)
            candidate = CandidateRef(next_candidate + len(candidates), mentor.id if mentor else None)
            nominated_on = first.date() - timedelta(days=rng.randint(0, 3))
            candidates.append((candidate.id, person_id, self.stages[spec["stage"]].id, candidate.mentor_id,
                               nominator.id, stored(nominated_on), spec.get("notes", ""), stored(archived_at),
                               stored(first), 1))
            plan.person, plan.candidate = PersonRef(person_id, spec["name"]), candidate
            plan.nominator = nominator.name
        self.write("person", PERSON_COLUMNS, people)
        self.write("candidate", ("id", "person_id", "stage_id", "mentor_id", "nominated_by_id", "nominated_on",
                                 "notes", "archived_at", "created_at", "version"), candidates)
        self.counts["people"] += len(self.planned)
        self.counts["candidates"] += len(self.planned)

    def add_moves(self) -> None:
        """The timeline: from the first stage through every stage to the current one, with the lead's reasons."""
        rng = self.rng("moves")
        reasons = self.data["reasons"]
        rows = []
        for plan in self.planned:
            assert plan.candidate is not None
            previous: str | None = None
            for index, (key, moved_at) in enumerate(zip(plan.stages, plan.moved_at, strict=True)):
                kind = "nominated" if index == 0 else self._move_kind(plan.stages, index)
                reason = rng.choice(reasons[plan.lang][kind]).format(nominator=plan.nominator)
                rows.append((plan.candidate.id, self.stages[previous].id if previous else None, self.stages[key].id,
                             stored(moved_at), plan.lead.name, reason))
                previous = key
        self.write("stage_move", ("candidate_id", "from_stage_id", "to_stage_id", "moved_at", "moved_by", "reason"),
                   rows)
        self.counts["moves"] += len(rows)

    def add_traits(self) -> None:
        """The four selection traits, scored with a note, for everyone but a few early candidates."""
        rng = self.rng("traits")
        notes = self.data["trait_notes"]
        rows = []
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
                rows.append((plan.candidate.id, trait, score, note or ""))
        self.write("trait_score", ("candidate_id", "trait", "score", "note"), rows)

    def add_milestones(self) -> None:
        """Train-the-trainer milestones in step with the stage: the further along, the more is done."""
        rng = self.rng("milestones")
        evidence = self.data["milestone_evidence"]
        topics = self.data["topics"]
        yesterday = self.today - timedelta(days=1)
        rows = []
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
                rows.append((plan.candidate.id, component, status, stored(on_date), text))
        self.write("milestone", ("candidate_id", "component", "status", "on_date", "evidence"), rows)
        self.counts["milestones"] += len(rows)

    def add_assets(self) -> None:
        """Training assets the sessions are built on, in all three languages, with their mix of elements."""
        rng = self.rng("assets")
        next_id = self._next_id(TrainingAsset)
        rows = []
        for spec in self.data["assets"]:
            asset_id = next_id + len(rows)
            rows.append((asset_id, spec["title"], spec["text"], spec["visual"], spec["hands_on"],
                         self.mentors[spec["owner"]].id, spec["version"], spec["link"],
                         stored(self.today + timedelta(days=spec["review_in_days"])),
                         stored(self.at(rng.randint(self.history_days - 20, self.history_days + 60), rng))))
            self.assets[spec["key"]] = asset_id
        self.write("training_asset", ("id", "title", "has_text", "has_visual", "has_hands_on", "owner_id",
                                      "asset_version", "link", "review_due", "created_at"), rows)
        self.counts["assets"] = len(rows)

    def add_deliveries(self) -> None:
        """Practice deliveries in step with each candidate's timeline: none before the late weeks of
        train-the-trainer, more the further the candidate went, never while paused and never in the future."""
        rng = self.rng("deliveries")
        self.session.flush()
        traits = dict(self.session.execute(
            select(TraitScore.candidate_id, func.avg(TraitScore.score)).group_by(TraitScore.candidate_id)).all())
        pools = {site: [self.mentors[key] for key in dict.fromkeys([info["lead"], *info["mentors"]])]
                 for site, info in self.data["sites"].items()}
        topics = self.data["session_topics"]
        asset_of = {t["topic"]: t["asset"] for lang in topics.values() for t in lang}
        yesterday = self.today - timedelta(days=1)
        dated: list[tuple[PlannedCandidate, str, date, int]] = []  # (candidate, stage, day, 0 am / 1 pm)
        for plan in self.planned:
            assert plan.candidate is not None and plan.person is not None
            windows = self._delivery_windows(plan)
            days = [(stage, day) for stage, first, last in windows
                    for day in (first + timedelta(days=i) for i in range((last - first).days + 1))]
            if not days:
                continue
            spec = plan.spec
            low, high = self.sessions_per_stage[PIPELINE[plan.reached]]
            wanted = spec.get("sessions") or rng.randint(low, high)
            weekdays = [d for d in days if d[1].weekday() < 5]
            if len(weekdays) >= wanted:
                slots = [(stage, day, rng.randint(0, 1)) for stage, day in weekdays]
            else:  # a short stay, such as an onboarding week: a morning and an afternoon session a day
                slots = [(stage, day, half) for stage, day in days for half in (0, 1)]
            chosen = sorted(rng.sample(slots, min(wanted, len(slots))), key=lambda d: (d[1], d[2]))
            dated.extend((plan, stage, day, half) for stage, day, half in chosen)
        # A few sessions of the last two days are not written up yet: the observer has not got to them.
        recent: set[int] = set()
        current = [p for p in self.planned if p.spec["stage"] in DELIVERING and not p.spec.get("stalled")
                   and not p.spec.get("quiet_days") and not p.spec.get("sessions")
                   and p.moved_at[-1].date() < self.today - timedelta(days=3)]
        for plan in rng.sample(current, min(RECENT_UNOBSERVED, len(current))):
            mine = [i for i, (p, *_) in enumerate(dated) if p is plan]
            day = self.today - timedelta(days=rng.choice((1, 2)))
            if mine and all(d < day for _, _, d, _ in (dated[i] for i in mine[:-1])):
                last = mine[-1]
                dated[last] = (plan, dated[last][1], day, dated[last][3])
                recent.add(last)
        # ...and a couple of older ones are still waiting, the dashboard's "not observed yet".
        last_of = {id(p): i for i, (p, *_) in enumerate(dated)}  # each candidate's last session
        waiting = [i for i, (p, _, day, _) in enumerate(dated)
                   if i not in recent and p.spec["stage"] in DELIVERING and not p.spec.get("archived")
                   and 5 <= (self.today - day).days <= 40 and last_of[id(p)] == i]
        late = set(rng.sample(waiting, min(LATE_UNOBSERVED, len(waiting))))

        next_id = self._next_id(Delivery)
        codes: set[str] = set()
        rows, observer_rows = [], []
        seen: dict[int, int] = {}
        for index, (plan, stage, day, half) in enumerate(dated):
            spec = plan.spec
            lang = plan.lang if rng.random() < 0.85 else "en"
            choices = topics[lang]
            focus = [t for t in topics[plan.lang] if t["asset"] == spec.get("focus")]
            if focus and rng.random() < 0.6:
                lang, choices = plan.lang, focus
            topic = rng.choice(choices)["topic"]
            method = rng.choices(("classroom", "virtual", "online"), (0.55, 0.33, 0.12))[0]
            audience = spec.get("audience") if spec.get("audience") and rng.random() < 0.8 else \
                rng.choices(("new_hires", "existing", "mixed"), (0.5, 0.35, 0.15))[0]
            trainees = rng.randint(*self.trainee_range)
            minutes = rng.choice(range(45, 181, 15))
            starts_at = datetime.combine(day, time(rng.choice(((9, 10, 11), (13, 14, 15))[half]), rng.choice((0, 30))))
            code = ""
            while not code or code in codes:
                code = "".join(rng.choice(CODE_ALPHABET) for _ in range(6))
            codes.add(code)
            pool = [p for p in pools[spec["site"]] if p.id != plan.person.id]
            mentor = next((p for p in pool if p.id == plan.candidate.mentor_id), None)
            first = mentor if mentor and rng.random() < 0.6 else rng.choice(pool)
            observers = [first, *self._more_observers(rng, pool, first)]
            notes = ""
            if stage == "co_delivery" and spec.get("co_with"):
                notes = self.data["co_delivery_note"][lang].format(name=self.mentors[spec["co_with"]].name)
            delivery = PlannedDelivery(
                next_id + index, plan, stage, starts_at, lang, topic, method, trainees, minutes, observers,
                observed=index not in recent and index not in late, code=code,
            )
            number = seen.get(id(plan), 0)
            seen[id(plan)] = number + 1
            delivery.quality = self._level(plan, number, traits.get(plan.candidate.id))
            self.deliveries.append(delivery)
            asset = asset_of.get(topic)
            asset_id = self.assets.get(asset) if rng.random() < 0.85 else None
            created = min(delivery.ends_at + timedelta(minutes=rng.randint(5, 600)), self._latest())
            rows.append((delivery.id, code, plan.candidate.id, stored(starts_at), topic, method, audience, trainees,
                         minutes, asset_id, notes, stored(created), 1))
            observer_rows += [(delivery.id, p.id) for p in observers]
        assert all(d.starts_at.date() <= yesterday for d in self.deliveries)
        self.write("delivery", ("id", "code", "candidate_id", "starts_at", "topic", "method", "audience", "trainees",
                                "duration_minutes", "asset_id", "notes", "created_at", "version"), rows)
        self.write("delivery_observer", ("delivery_id", "person_id"), observer_rows)
        self.counts["sessions"] = len(rows)

    def _more_observers(self, rng: random.Random, pool: list[PersonRef], first: PersonRef) -> list[PersonRef]:
        """Who observes with the first observer: now and then a second one."""
        if rng.random() < 0.3 and len(pool) > 1:
            return [rng.choice([p for p in pool if p is not first])]
        return []

    def add_observations(self) -> None:
        """Each observer scores the session against the shipped rubric's latest version; scores follow the
        candidate's level, which rises over their deliveries, and the recommendation follows the scores."""
        rng = self.rng("observations")
        self._use_rubric()
        texts = self.data["observation_text"]
        actions = self.data["action_items"]
        lang_of = {self.mentors[spec["key"]].id: self.data["sites"][spec["site"]]["lang"]
                   for spec in self.data["mentors"]}
        leads = {self.mentors[spec["key"]].id for spec in self.data["mentors"] if spec["role"] == "lead"}
        bias = {person.id: rng.gauss(-0.15 if person.id in leads else 0.05, 0.2) for person in self.mentors.values()}
        weights = {cid: weight for cid, _, weight in self.criteria}
        next_id = self._next_id(Observation)
        next_item = self._next_id(ActionItem)
        starts: dict[int, list[datetime]] = {}  # each candidate's session times, to count the earlier ones
        for delivery in self.deliveries:
            starts.setdefault(id(delivery.plan), []).append(delivery.starts_at)
        for times in starts.values():
            times.sort()
        observations, scores, items = [], [], []
        for delivery in self.deliveries:
            if not delivery.observed:
                continue
            plan = delivery.plan
            assert plan.candidate is not None and plan.person is not None
            totals: dict[str, list[int]] = {}
            for observer in delivery.observers:
                lang = lang_of[observer.id]
                marks: dict[int, int | None] = {}
                by_key: dict[str, int] = {}
                for cid, key, _ in self.criteria:
                    if rng.random() < 0.04:
                        marks[cid] = None  # not seen in this session
                        continue
                    mean = delivery.quality + CRITERION_OFFSET.get(key, 0.0) + bias[observer.id]
                    marks[cid] = by_key[key] = min(5, max(1, round(rng.gauss(mean, 0.5))))
                    totals.setdefault(key, []).append(by_key[key])
                if not by_key:
                    cid, key, _ = self.criteria[0]
                    marks[cid] = by_key[key] = min(5, max(1, round(delivery.quality)))
                average = weighted_average(marks, weights) or 0.0
                number = bisect.bisect_left(starts[id(plan)], delivery.starts_at)
                if average >= 3.9 and number >= 2 and delivery.stage in DELIVERING:
                    recommendation = "ready"
                elif average < 2.6:
                    recommendation = "needs_support"
                else:
                    recommendation = "practice_more"
                ranked = sorted(by_key, key=lambda k: (by_key[k], rng.random()))
                strengths = " ".join(rng.choice(texts[lang]["strengths"][k]) for k in reversed(ranked[-2:]))
                weak = [k for k in ranked[:2] if by_key[k] <= 4] or ranked[:1]
                improvements = " ".join(rng.choice(texts[lang]["improvements"][k]) for k in weak)
                written = min(delivery.ends_at + timedelta(hours=rng.randint(1, 40)), self._latest())
                observation_id = next_id + len(observations)
                observations.append((observation_id, delivery.id, observer.id, self.rubric_version_id, strengths,
                                     improvements, recommendation, stored(written), 1))
                scores += [(observation_id, cid, score, "") for cid, score in marks.items()]
                if rng.random() < (0.2 if recommendation == "ready" else 0.45):
                    for key in weak[: rng.choice((1, 1, 2))]:
                        text = rng.choice(actions[lang][key]).format(topic=delivery.topic)
                        due = written.date() + timedelta(days=rng.randint(7, 28))
                        done_at = self._done_at(plan, written, due, rng)
                        owner = plan.person.id if rng.random() < 0.8 else observer.id
                        items.append((next_item + len(items), plan.candidate.id, observation_id, text, owner,
                                      stored(due), stored(done_at), stored(written)))
            delivery.criteria = {key: sum(v) / len(v) for key, v in totals.items()}
        self.write("observation", ("id", "delivery_id", "observer_id", "rubric_version_id", "strengths",
                                   "improvements", "recommendation", "created_at", "version"), observations)
        self.write("observation_score", ("observation_id", "criterion_id", "score", "note"), scores)
        self.write("action_item", ("id", "candidate_id", "observation_id", "text", "owner_id", "due_on", "done_at",
                                   "created_at"), items)
        self.counts["observations"] = len(observations)
        self.counts["action_items"] = len(items)

    def add_feedback(self) -> None:
        """Trainee feedback for every observed session (and a kiosk round for some not yet observed): half to
        all of the trainees answer, in line with what the observers saw, with blanks and a few comments."""
        rng = self.rng("feedback")
        items = list(self.session.execute(
            select(FeedbackItem.key, FeedbackItem.id, FeedbackItem.kind).where(FeedbackItem.active.is_(True))
            .order_by(FeedbackItem.position)))
        comments = self.data["feedback_comments"]
        files = self.data["import_files"]
        next_response = self._next_id(FeedbackResponse)
        next_import = self._next_id(FeedbackImport)
        latest = self._latest()
        gauss, chance = rng.gauss, rng.random
        item_ids = [item_id for _, item_id, _ in items]
        overall_at = next((i for i, (key, _, _) in enumerate(items) if key == "overall"), None)
        responses, answers, imports = [], [], []
        for delivery in self.deliveries:
            if not delivery.observed:
                # Only the kiosk round at the end of a classroom session is in; nobody has typed anything yet.
                if delivery.method != "classroom" or rng.random() < 0.4:
                    continue
                source = "kiosk"
            elif delivery.method == "classroom":
                source = rng.choices(("paper", "kiosk", "import", "typed"), (0.4, 0.3, 0.2, 0.1))[0]
            else:  # virtual and online sessions send a survey link
                source = rng.choices(("import", "typed"), (0.75, 0.25))[0]
            count = max(1, round(delivery.trainees * rng.uniform(0.5, 1.0)))
            level = delivery.quality
            if delivery.criteria:
                level = (level + sum(delivery.criteria.values()) / len(delivery.criteria)) / 2
            import_id = None
            entered = latest
            if source == "import":
                spec = rng.choice(files)
                import_id = next_import + len(imports)
                entered = min(delivery.ends_at + timedelta(days=rng.randint(1, 3)), latest)
                imports.append((import_id, delivery.id, spec["name"].format(code=delivery.code),
                                hashlib.sha256(f"{SEED}:{delivery.code}".encode()).hexdigest(), spec["preset"],
                                count, stored(entered), delivery.plan.name))
            # What each item leans on for this session, worked out once rather than once per trainee. This loop
            # runs three million times in the large demo, hence the local names and the plain comparisons.
            centres = [(kind == "recommend", key == "overall",
                        (level + delivery.criteria.get(ITEM_CRITERION.get(key, ""), level)) / 2)
                       for key, _, kind in items]
            for _ in range(count):
                trainee = gauss(0.35, 0.5)  # trainees are kinder than observers, some more than others
                values: list[int | None] = []
                given: int | None = None  # the answer to "overall" so far
                for recommend, is_overall, centre in centres:
                    mean = centre + trainee
                    if recommend:
                        value = round(((given or round(mean)) - 1) * 2.5 + gauss(0, 1.2))
                        value = 0 if value < 0 else 10 if value > 10 else value
                        if chance() < 0.1:
                            value = None
                    elif chance() < 0.04:
                        value = None
                    else:
                        value = round(gauss(mean, 0.55))
                        value = 1 if value < 1 else 5 if value > 5 else value
                    if is_overall:
                        given = value
                    values.append(value)
                comment = ""
                if chance() < 0.28:
                    overall = given or round(level)
                    band = "high" if overall >= 4 else "mid" if overall == 3 else "low"
                    comment = rng.choice(comments[delivery.lang][band])
                if not comment and overall_at is not None and all(v is None for v in values):
                    values[overall_at] = min(5, max(1, round(level)))
                if source == "kiosk":
                    created = delivery.ends_at + timedelta(minutes=rng.randint(0, 15))
                elif source == "import":
                    created = entered
                else:
                    created = delivery.ends_at + timedelta(days=rng.randint(1, 4), minutes=rng.randint(0, 120))
                response_id = next_response + len(responses)
                responses.append((response_id, delivery.id, source, import_id, comment,
                                  stored(min(created, latest))))
                answers += [(response_id, item_id, value)
                            for item_id, value in zip(item_ids, values, strict=True) if value is not None]
        self.write("feedback_import", ("id", "delivery_id", "file_name", "sha256", "preset", "rows", "imported_at",
                                       "imported_by"), imports)
        self.write("feedback_response", ("id", "delivery_id", "source", "import_id", "comment", "created_at"),
                   responses)
        self.write("feedback_answer", ("response_id", "item_id", "value"), answers)
        self.counts["feedback_answers"] = len(answers)
        self.counts["feedback_responses"] = len(responses)
        self.counts["feedback_imports"] = len(imports)

    def add_checks(self) -> None:
        """Comprehension checks for about half of the sessions: before and after per anonymous trainee, and
        for the older ones a retention check weeks later."""
        rng = self.rng("checks")
        titles = self.data["check_titles"]
        yesterday = self.today - timedelta(days=1)
        next_check = self._next_id(ComprehensionCheck)
        checks, scores = [], []
        for delivery in self.deliveries:
            if rng.random() >= self.check_share:
                continue
            kind, top, _ = rng.choices(CHECK_KINDS, [w for *_, w in CHECK_KINDS])[0]
            step = 1.0 if top <= 10 else 0.5
            held = delivery.starts_at.date()
            retention_on = None
            if (self.today - held).days >= 35 and rng.random() < 0.7:
                retention_on = min(yesterday, held + timedelta(days=rng.randint(21, 35)))
            check_id = next_check + len(checks)
            created = min(delivery.ends_at + timedelta(hours=rng.randint(1, 30)), self._latest())
            checks.append((check_id, delivery.id, kind, titles[delivery.lang][kind].format(topic=delivery.topic), top,
                           stored(held), stored(retention_on), stored(created)))
            gain_centre = 0.35 + 0.1 * (delivery.quality - 3)
            for number in range(1, delivery.trainees + 1):
                before = top * min(0.9, max(0.05, rng.gauss(0.45, 0.15)))
                gain = min(0.95, max(-0.1, rng.gauss(gain_centre, 0.15)))
                after = before + gain * (top - before)
                kept = after - top * rng.uniform(0.0, 0.2) if retention_on and rng.random() < 0.85 else None
                pre = None if rng.random() < 0.05 else self._mark(before, step, top)
                post = None if rng.random() < 0.03 else self._mark(after, step, top)
                scores.append((check_id, f"T{number:02d}", pre, post,
                               None if kept is None else self._mark(kept, step, top)))
        self.write("comprehension_check", ("id", "delivery_id", "kind", "title", "max_score", "held_on",
                                           "retention_on", "created_at"), checks)
        self.write("comprehension_score", ("check_id", "trainee", "pre", "post", "retention"), scores)
        self.counts["comprehension_checks"] = len(checks)
        self.counts["comprehension_scores"] = len(scores)

    def add_certification(self) -> None:
        """Mentor sign-off for most candidates from Co-delivery on, and certifications for those who reached
        Certified: on their most delivered topic, with their observed sessions as evidence and renewal due
        two years on (a few sooner, so renewals come due)."""
        rng = self.rng("certification")
        by_candidate: dict[int, list[PlannedDelivery]] = {}
        for delivery in self.deliveries:
            by_candidate.setdefault(id(delivery.plan), []).append(delivery)
        signoffs, certifications, evidence = [], [], []
        next_cert = self._next_id(Certification)
        co_delivery = PIPELINE.index("co_delivery")
        certified = PIPELINE.index("certified")
        for plan in self.planned:
            if plan.candidate is None or plan.reached < co_delivery or plan.stages[-1] in EXITS:
                continue
            entered = plan.moved_at[plan.stages.index("co_delivery")] if "co_delivery" in plan.stages else None
            if entered is not None and rng.random() < 0.8:
                signed = min(self.today - timedelta(days=1), entered.date() + timedelta(days=rng.randint(5, 20)))
                signoffs.append((plan.candidate.id, stored(signed), plan.lead.name, ""))
            if plan.reached < certified or "certified" not in plan.stages:
                continue
            delivered = [d for d in by_candidate.get(id(plan), []) if d.observed]
            if not delivered:
                continue
            topics: dict[str, int] = {}
            for delivery in delivered:
                topics[delivery.topic] = topics.get(delivery.topic, 0) + 1
            topic = max(topics, key=lambda t: (topics[t], t))
            awarded = plan.moved_at[plan.stages.index("certified")].date()
            level = "advanced" if plan.stages[-1] == "active" and rng.random() < 0.4 else (
                "intermediate" if plan.stages[-1] == "active" else "beginner")
            renewal = awarded + timedelta(days=730)
            if len(certifications) % 3 == 1:  # a shorter first certification, up for renewal soon
                renewal = self.today + timedelta(days=rng.randint(5, 50))
            cert_id = next_cert + len(certifications)
            certifications.append((cert_id, plan.candidate.id, topic, level, stored(awarded), plan.lead.name, "",
                                   stored(renewal), None, stored(datetime.combine(awarded, time(17, 0)))))
            evidence.extend((cert_id, d.id) for d in delivered[-3:])
        self.write("mentor_signoff", ("candidate_id", "signed_on", "signed_by", "note"), signoffs)
        self.write("certification", ("id", "candidate_id", "topic", "level", "awarded_on", "awarded_by", "evidence",
                                     "renewal_due", "revoked_at", "created_at"), certifications)
        self.write("certification_evidence", ("certification_id", "delivery_id"), evidence)
        self.counts["sign_offs"] = len(signoffs)
        self.counts["certifications"] = len(certifications)

    # -- helpers for the sessions ------------------------------------------------------------------
    def _next_id(self, model: type) -> int:
        return (self.session.scalar(select(func.max(model.id))) or 0) + 1  # type: ignore[attr-defined]

    def _latest(self) -> datetime:
        """The latest moment the demo writes anything: the end of yesterday."""
        return self._end_of_yesterday

    def _delivery_windows(self, plan: PlannedCandidate) -> list[tuple[str, date, date]]:
        """The days a candidate could give a practice delivery: (stage, first day, last day) for every stay in a
        delivering stage, and the later half of train-the-trainer for those who have not gone past it."""
        windows = []
        yesterday = self.today - timedelta(days=1)
        ends: list[datetime | None] = [*plan.moved_at[1:], None]
        for key, start, end in zip(plan.stages, plan.moved_at, ends, strict=True):
            late_ttt = key == "train_the_trainer" and PIPELINE[plan.reached] == "train_the_trainer"
            if key not in DELIVERING and not late_ttt:
                continue
            first = start.date() + timedelta(days=1)
            last = end.date() - timedelta(days=1) if end else yesterday
            if late_ttt:
                first += (last - first) / 2
                if (last - first).days < 4:
                    continue
            if end is None and plan.spec.get("quiet_days"):
                last = min(last, self.today - timedelta(days=plan.spec["quiet_days"]))
            if first <= last:
                windows.append((key, first, last))
        return windows

    def _level(self, plan: PlannedCandidate, number: int, traits: float | None) -> float:
        """How well a candidate delivers their ``number``-th session (from 0): the stronger nominations
        start higher and everyone improves, quickly at first."""
        jitter = self._jitter.get(plan.name)
        if jitter is None:  # the same for every session of a candidate; a generator is costly to seed
            jitter = self._jitter[plan.name] = random.Random(f"{SEED}:level:{plan.name}").gauss(0, 0.2)
        start = 2.2 + 0.3 * ((traits or 3.2) - 3) + 0.12 * plan.reached + jitter
        if plan.spec["stage"] == "withdrawn":
            start -= 0.4
        ceiling = min(4.7, start + 1.3 + 0.08 * plan.reached)
        return start + (ceiling - start) * (1 - math.exp(-number / 3.5))

    def _use_rubric(self) -> None:
        """The shipped rubric's latest version, dated back before the first session so history reads right."""
        version = self.session.scalar(select(RubricVersion).join(Rubric, Rubric.id == RubricVersion.rubric_id)
                                      .where(Rubric.archived_at.is_(None))
                                      .order_by(Rubric.id, RubricVersion.number.desc()).limit(1))
        if version is None:
            raise TrainerCoachError("The demo needs the default rubric; install it first.")
        self.rubric_version_id = version.id
        self.criteria = [(c.id, c.key, c.weight) for c in self.session.scalars(
            select(Criterion).where(Criterion.rubric_version_id == version.id).order_by(Criterion.position))]
        lead = next(spec["name"] for spec in self.data["mentors"] if spec["role"] == "lead")
        then = self.at(self.history_days + 5, self.rng("rubric"))
        self.session.execute(update(Rubric).where(Rubric.id == version.rubric_id).values(created_at=then))
        self.session.execute(update(RubricVersion).where(RubricVersion.id == version.id)
                             .values(created_at=then, created_by=lead))

    def _done_at(self, plan: PlannedCandidate, written: datetime, due: date, rng: random.Random) -> datetime | None:
        """Most action items get done, nearly always by the due date; a few are forgotten and go overdue."""
        left = plan.spec["stage"] in EXITS
        elapsed = (self.today - written.date()).days
        if due < self.today:
            # Forgotten ones are recent: older ones were followed up at the next observation.
            if left or (self.today - due).days > 45 or rng.random() < 0.75:
                days = min(max(1, (due - written.date()).days + rng.randint(-5, 3)), elapsed)
                return min(written + timedelta(days=days, hours=rng.randint(0, 6)), self._latest())
            return None
        if rng.random() < 0.3 and elapsed >= 2:
            return written + timedelta(days=rng.randint(1, elapsed - 1))
        return None

    @staticmethod
    def _mark(value: float, step: float, top: float) -> float:
        return min(top, max(0.0, round(value / step) * step))

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



# -- the large demo ------------------------------------------------------------------------------------
LARGE_CANDIDATES = 600
LARGE_PEOPLE = 2000
LARGE_TRAINERS_PER_SITE = 18
# Where the large organisation's candidates are now: years of history leave many active trainers.
LARGE_STAGES = {"nominated": 0.07, "screening": 0.06, "train_the_trainer": 0.08, "practice": 0.10,
                "co_delivery": 0.08, "certified": 0.08, "active": 0.38, "paused": 0.06, "withdrawn": 0.09}
GREEK_LETTERS = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _name_parts(people: list[dict[str, Any]]) -> dict[str, dict[str, list[tuple[str, str]]]]:
    """Given names and surnames of the small demo, by script and (for Greek, whose surnames agree with the
    person) by gender, each with its Latin spelling taken from the person's e-mail address."""
    parts: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for spec in people:
        name, email = spec["name"], spec.get("email") or ""
        latin = email.split("@")[0].split(".")
        if CJK.search(name):
            lang, given, surname = "zh", name[1:], name[0]
            latin = latin[::-1]  # wang.jing: the surname comes first in the address too
        else:
            lang = "el" if GREEK_LETTERS.search(name) else "en"
            given, _, surname = name.partition(" ")
        if len(latin) != 2 or not surname:
            continue
        gender = ("m" if given.endswith("ς") else "f") if lang == "el" else ""
        groups = parts.setdefault(lang, {})
        groups.setdefault("given" + gender, []).append((given, latin[0]))
        groups.setdefault("surname" + gender, []).append((surname, latin[1]))
    return {lang: {k: sorted(set(v)) for k, v in groups.items()} for lang, groups in parts.items()}


def large_data(small: dict[str, Any]) -> dict[str, Any]:
    """The small demo's data grown to a large organisation: 600 candidates and about 80 leads and trainers
    on the same four sites, with names recombined from the small demo's and its own sentences for notes."""
    rng = random.Random(f"{SEED}:large-people")
    everyone = small["candidates"] + small["mentors"]
    parts = _name_parts(everyone)
    domain = small["organisation_domain"]
    vendors = {spec["vendor_company"]: spec["email"].split("@")[1] for spec in small["candidates"]
               if spec.get("vendor_company")}
    vendors_by_lang: dict[str, list[str]] = {}
    teams = sorted({spec["team"] for spec in small["candidates"]})
    languages: dict[str, list[str]] = {}
    notes: dict[str, list[str]] = {}
    for spec in small["candidates"]:
        lang = small["sites"][spec["site"]]["lang"]
        languages.setdefault(spec["site"], []).append(spec["languages"])
        if spec.get("notes"):
            notes.setdefault(lang, []).append(spec["notes"])
        if spec.get("vendor_company"):
            vendors_by_lang.setdefault(lang, []).append(spec["vendor_company"])
    emails: set[str] = {spec["email"] for spec in everyone if spec.get("email")}

    def person(site: str, staff: bool = False) -> dict[str, Any]:
        lang = small["sites"][site]["lang"]
        groups = parts[lang]
        gender = rng.choice("mf") if lang == "el" else ""
        given, given_latin = rng.choice(groups["given" + gender])
        surname, surname_latin = rng.choice(groups["surname" + gender])
        name = surname + given if lang == "zh" else f"{given} {surname}"
        spec: dict[str, Any] = {"name": name, "site": site, "team": rng.choice(teams),
                                "languages": rng.choice(languages[site])}
        host = domain
        if not staff and rng.random() < 0.1 and vendors_by_lang.get(lang):
            company = rng.choice(vendors_by_lang[lang])
            spec.update(employment="vendor", vendor_company=company)
            host = vendors[company]
        local = f"{given_latin}.{surname_latin}"
        email, number = f"{local}@{host}", 1
        while email in emails:
            number += 1
            email = f"{local}{number}@{host}"
        emails.add(email)
        spec["email"] = email
        return spec

    sites = {name: dict(info, mentors=list(info["mentors"])) for name, info in small["sites"].items()}
    mentors = [dict(spec) for spec in small["mentors"]]
    for site, info in sites.items():
        for number in range(1, LARGE_TRAINERS_PER_SITE + 1):
            spec = person(site, staff=True)
            key = f"{site.lower()}-{number}"
            mentors.append({**spec, "key": key, "role": "trainer", "team": "Training"})
            info["mentors"].append(key)
    stages, weights = zip(*LARGE_STAGES.items(), strict=True)
    candidates = []
    site_names = list(sites)
    for _ in range(LARGE_CANDIDATES):
        site = rng.choice(site_names)
        spec = person(site)
        lang = sites[site]["lang"]
        stage = rng.choices(stages, weights)[0]
        spec["stage"] = stage
        if rng.random() < 0.8:
            spec["notes"] = rng.choice(notes[lang])
        if stage == "paused":
            spec["reached"] = rng.choice(("screening", "train_the_trainer", "practice", "co_delivery"))
        elif stage == "withdrawn":
            spec["reached"] = rng.choice(("nominated", "screening", "train_the_trainer", "practice"))
            spec["archived"] = rng.random() < 0.3
        elif stage in ("nominated", "screening"):
            spec["unscored"] = rng.random() < 0.3
        if stage in PIPELINE[1:-1] and rng.random() < 0.08:
            spec["stalled"] = True
        if stage != "nominated" and rng.random() < 0.03:
            spec["no_mentor"] = True
        earlier = [key for key in ("train_the_trainer", "practice") if key in PIPELINE[: PIPELINE.index(stage)]] \
            if stage in PIPELINE else []
        if earlier and rng.random() < 0.05:
            spec["paused_during"] = rng.choice(earlier)
        if rng.random() < 0.3:
            spec["focus"] = rng.choice(small["assets"])["key"]
        if stage in ("co_delivery", "certified", "active") and rng.random() < 0.5:
            spec["co_with"] = rng.choice([key for key in sites[site]["mentors"]])
        candidates.append(spec)
    agents = [person(rng.choice(site_names)) for _ in range(LARGE_PEOPLE - len(candidates) - len(mentors))]
    return {**small, "sites": sites, "mentors": mentors, "candidates": candidates, "agents": agents}


class LargeDemoBuilder(DemoBuilder):
    """Years of a large organisation's history: longer careers, active trainers who deliver every week or
    two, sessions observed by two people on average, and the agents who are not (yet) candidates."""

    history_days = 3 * 365 - 10
    settled_days = (30, 900)
    sessions_per_stage = {"train_the_trainer": (1, 3), "practice": (3, 8), "co_delivery": (8, 14),
                          "certified": (12, 30), "active": (70, 170)}
    trainee_range = (8, 32)
    check_share = 0.33

    # Tables of hundreds of thousands of rows: their secondary indexes are built once at the end, in one sort,
    # rather than kept up to date row by row (about a sixth of the time spent in SQLite).
    deferred_indexes = ("feedback_answer", "feedback_response", "comprehension_score", "observation", "action_item")

    @property
    def parts(self) -> list[Callable[[], None]]:
        return [*super().parts, self.add_agents]

    def build(self) -> dict[str, int]:
        raw = self.session.connection().connection.driver_connection
        marks = ", ".join("?" * len(self.deferred_indexes))
        indexes = raw.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                              f"AND tbl_name IN ({marks}) ORDER BY name", self.deferred_indexes).fetchall()
        for name, _ in indexes:
            raw.execute(f'DROP INDEX "{name}"')
        counts = super().build()
        for _, sql in indexes:  # exactly as the migrations wrote them
            raw.execute(sql)
        return counts

    def _more_observers(self, rng: random.Random, pool: list[PersonRef], first: PersonRef) -> list[PersonRef]:
        others = [p for p in pool if p is not first]
        wanted = rng.choices((0, 1, 2), (0.2, 0.6, 0.2))[0]
        return rng.sample(others, min(wanted, len(others)))

    def add_agents(self) -> None:
        """Everyone else in the directory: agents who are not candidates, for the people pickers to search."""
        rng = self.rng("agents")
        next_id = self._next_id(Person)
        rows = []
        for spec in self.data["agents"]:
            created = self.at(rng.randint(1, self.history_days), rng)
            hired = created.date() - timedelta(days=rng.randint(0, 8 * 365))
            rows.append((next_id + len(rows), spec["name"], spec["email"], spec["team"], spec["site"],
                         spec["languages"], spec.get("employment", "employee"), spec.get("vendor_company", ""),
                         stored(hired), "agent", stored(created), 1))
        self.write("person", PERSON_COLUMNS, rows)
        self.counts["people"] += len(rows)
