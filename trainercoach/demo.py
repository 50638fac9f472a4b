"""A demo database: enough of a believable programme to explore the app, or to test it against.

The people, and the words they and their leads write, live in ``resources/demo/small.json``; this module
decides the rest (dates, scores, which sentence goes where) with seeded random generators, one per part, so
every run gives the same demo and a part added later (practice deliveries, observations, trainee feedback)
does not change what the earlier parts write. All dates are relative to today and none is in the future.

The demo is written straight into tables inside one transaction, not through the services: the services
record the current user and time on every move, and a history has to be back-dated. The values obey the
same rules the services enforce; ``tests/core/test_demo.py`` checks them with the services' own validation.
Only the shipped rubric goes in through its service first (as ``Coach.open`` would install it), so that
observations are scored against exactly the criteria a new database gets. The many small rows (sessions,
scores, trainee answers) go in as Core inserts with their ids chosen here, which keeps the demo fast.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from trainercoach import paths
from trainercoach.db import open_database
from trainercoach.errors import TrainerCoachError
from trainercoach.models import (
    COMPONENTS,
    TRAITS,
    ActionItem,
    Candidate,
    Certification,
    CertificationEvidence,
    ComprehensionCheck,
    ComprehensionScore,
    Criterion,
    Delivery,
    DeliveryObserver,
    FeedbackAnswer,
    FeedbackImport,
    FeedbackItem,
    FeedbackResponse,
    MentorSignoff,
    Milestone,
    Observation,
    ObservationScore,
    Person,
    Rubric,
    RubricVersion,
    Stage,
    StageMove,
    TrainingAsset,
    TraitScore,
    utcnow,
)
from trainercoach.services.coach import Coach
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
        # The rubric the app ships, as Coach.open would install it, so observations are scored against it.
        RubricService(Coach(database, actor="demo")).install_default()
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
    observers: list[Person]
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
        self.assets: dict[str, int] = {}
        self.deliveries: list[PlannedDelivery] = []
        self.criteria: list[tuple[int, str, float]] = []  # (id, key, weight) of the rubric version in use
        self.rubric_version_id: int | None = None
        self.counts: dict[str, int] = {"candidates": 0, "people": 0, "moves": 0, "milestones": 0}

    @property
    def parts(self) -> list[Callable[[], None]]:
        return [self.add_mentors, self.plan_histories, self.add_candidates, self.add_moves, self.add_traits,
                self.add_milestones, self.add_assets, self.add_deliveries, self.add_observations,
                self.add_feedback, self.add_checks, self.add_certification]

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

    def add_assets(self) -> None:
        """Training assets the sessions are built on, in all three languages, with their mix of elements."""
        rng = self.rng("assets")
        table = TrainingAsset.__table__
        next_id = self._next_id(TrainingAsset)
        rows = []
        for spec in self.data["assets"]:
            asset_id = next_id + len(rows)
            rows.append({
                "id": asset_id, "title": spec["title"], "has_text": spec["text"], "has_visual": spec["visual"],
                "has_hands_on": spec["hands_on"], "owner_id": self.mentors[spec["owner"]].id,
                "asset_version": spec["version"], "link": spec["link"],
                "review_due": self.today + timedelta(days=spec["review_in_days"]),
                "created_at": self.at(rng.randint(HISTORY_DAYS - 20, HISTORY_DAYS + 60), rng),
            })
            self.assets[spec["key"]] = asset_id
        self.session.execute(insert(table), rows)
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
            low, high = SESSIONS[PIPELINE[plan.reached]]
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
        waiting = [i for i, (p, _, day, _) in enumerate(dated)
                   if i not in recent and p.spec["stage"] in DELIVERING and not p.spec.get("archived")
                   and 5 <= (self.today - day).days <= 40 and all(q is not p for q, *_ in dated[i + 1:])]
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
            trainees = rng.randint(6, 30)
            minutes = rng.choice(range(45, 181, 15))
            starts_at = datetime.combine(day, time(rng.choice(((9, 10, 11), (13, 14, 15))[half]), rng.choice((0, 30))))
            code = ""
            while not code or code in codes:
                code = "".join(rng.choice(CODE_ALPHABET) for _ in range(6))
            codes.add(code)
            pool = [p for p in pools[spec["site"]] if p.id != plan.person.id]
            mentor = next((p for p in pool if p.id == plan.candidate.mentor_id), None)
            first = mentor if mentor and rng.random() < 0.6 else rng.choice(pool)
            observers = [first]
            if rng.random() < 0.3 and len(pool) > 1:
                observers.append(rng.choice([p for p in pool if p is not first]))
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
            rows.append({
                "id": delivery.id, "code": code, "candidate_id": plan.candidate.id, "starts_at": starts_at,
                "topic": topic, "method": method, "audience": audience, "trainees": trainees,
                "duration_minutes": minutes, "asset_id": self.assets.get(asset) if rng.random() < 0.85 else None,
                "notes": notes, "created_at": min(delivery.ends_at + timedelta(minutes=rng.randint(5, 600)),
                                                  self._latest()),
                "version": 1,
            })
            observer_rows += [{"delivery_id": delivery.id, "person_id": p.id} for p in observers]
        assert all(d.starts_at.date() <= yesterday for d in self.deliveries)
        if rows:
            self.session.execute(insert(Delivery.__table__), rows)
            self.session.execute(insert(DeliveryObserver.__table__), observer_rows)
        self.counts["sessions"] = len(rows)

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
                number = sum(1 for d in self.deliveries if d.plan is plan and d.starts_at < delivery.starts_at)
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
                observations.append({
                    "id": observation_id, "delivery_id": delivery.id, "observer_id": observer.id,
                    "rubric_version_id": self.rubric_version_id, "strengths": strengths,
                    "improvements": improvements, "recommendation": recommendation, "created_at": written,
                    "version": 1,
                })
                scores += [{"observation_id": observation_id, "criterion_id": cid, "score": score, "note": ""}
                           for cid, score in marks.items()]
                if rng.random() < (0.2 if recommendation == "ready" else 0.45):
                    for key in weak[: rng.choice((1, 1, 2))]:
                        text = rng.choice(actions[lang][key]).format(topic=delivery.topic)
                        due = written.date() + timedelta(days=rng.randint(7, 28))
                        done_at = self._done_at(plan, written, due, rng)
                        owner = plan.person.id if rng.random() < 0.8 else observer.id
                        items.append({"id": next_item + len(items), "candidate_id": plan.candidate.id,
                                      "observation_id": observation_id, "text": text, "owner_id": owner,
                                      "due_on": due, "done_at": done_at, "created_at": written})
            delivery.criteria = {key: sum(v) / len(v) for key, v in totals.items()}
        for table, rows in ((Observation, observations), (ObservationScore, scores), (ActionItem, items)):
            if rows:
                self.session.execute(insert(table.__table__), rows)
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
            if source == "import":
                spec = rng.choice(files)
                import_id = next_import + len(imports)
                entered = min(delivery.ends_at + timedelta(days=rng.randint(1, 3)), self._latest())
                imports.append({
                    "id": import_id, "delivery_id": delivery.id, "file_name": spec["name"].format(code=delivery.code),
                    "sha256": hashlib.sha256(f"{SEED}:{delivery.code}".encode()).hexdigest(),
                    "preset": spec["preset"], "rows": count, "imported_at": entered,
                    "imported_by": delivery.plan.name,
                })
            for _ in range(count):
                trainee = rng.gauss(0.35, 0.5)  # trainees are kinder than observers, some more than others
                values: dict[str, int | None] = {}
                for key, _, kind in items:
                    criterion = delivery.criteria.get(ITEM_CRITERION.get(key, ""), level)
                    mean = (level + criterion) / 2 + trainee
                    if kind == "recommend":
                        overall = values.get("overall") or round(mean)
                        value = min(10, max(0, round((overall - 1) * 2.5 + rng.gauss(0, 1.2))))
                        values[key] = None if rng.random() < 0.1 else value
                    else:
                        values[key] = None if rng.random() < 0.04 else min(5, max(1, round(rng.gauss(mean, 0.55))))
                comment = ""
                if rng.random() < 0.28:
                    overall = values.get("overall") or round(level)
                    band = "high" if overall >= 4 else "mid" if overall == 3 else "low"
                    comment = rng.choice(comments[delivery.lang][band])
                if not comment and all(v is None for v in values.values()):
                    values["overall"] = min(5, max(1, round(level)))
                if source == "kiosk":
                    created = delivery.ends_at + timedelta(minutes=rng.randint(0, 15))
                elif source == "import":
                    created = imports[-1]["imported_at"]
                else:
                    created = delivery.ends_at + timedelta(days=rng.randint(1, 4), minutes=rng.randint(0, 120))
                response_id = next_response + len(responses)
                responses.append({"id": response_id, "delivery_id": delivery.id, "source": source,
                                  "import_id": import_id, "comment": comment,
                                  "created_at": min(created, self._latest())})
                answers += [{"response_id": response_id, "item_id": item_id, "value": values[key]}
                            for key, item_id, _ in items if values.get(key) is not None]
        for table, rows in ((FeedbackImport, imports), (FeedbackResponse, responses), (FeedbackAnswer, answers)):
            if rows:
                self.session.execute(insert(table.__table__), rows)
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
            if rng.random() >= 0.5:
                continue
            kind, top, _ = rng.choices(CHECK_KINDS, [w for *_, w in CHECK_KINDS])[0]
            step = 1.0 if top <= 10 else 0.5
            held = delivery.starts_at.date()
            retention_on = None
            if (self.today - held).days >= 35 and rng.random() < 0.7:
                retention_on = min(yesterday, held + timedelta(days=rng.randint(21, 35)))
            check_id = next_check + len(checks)
            checks.append({
                "id": check_id, "delivery_id": delivery.id, "kind": kind,
                "title": titles[delivery.lang][kind].format(topic=delivery.topic), "max_score": top,
                "held_on": held, "retention_on": retention_on,
                "created_at": min(delivery.ends_at + timedelta(hours=rng.randint(1, 30)), self._latest()),
            })
            gain_centre = 0.35 + 0.1 * (delivery.quality - 3)
            for number in range(1, delivery.trainees + 1):
                before = top * min(0.9, max(0.05, rng.gauss(0.45, 0.15)))
                gain = min(0.95, max(-0.1, rng.gauss(gain_centre, 0.15)))
                after = before + gain * (top - before)
                kept = after - top * rng.uniform(0.0, 0.2) if retention_on and rng.random() < 0.85 else None
                scores.append({
                    "check_id": check_id, "trainee": f"T{number:02d}",
                    "pre": None if rng.random() < 0.05 else self._mark(before, step, top),
                    "post": None if rng.random() < 0.03 else self._mark(after, step, top),
                    "retention": None if kept is None else self._mark(kept, step, top),
                })
        for table, rows in ((ComprehensionCheck, checks), (ComprehensionScore, scores)):
            if rows:
                self.session.execute(insert(table.__table__), rows)
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
                signoffs.append({"candidate_id": plan.candidate.id, "signed_on": signed,
                                 "signed_by": plan.lead.name, "note": ""})
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
            certifications.append({
                "id": cert_id, "candidate_id": plan.candidate.id, "topic": topic, "level": level,
                "awarded_on": awarded, "awarded_by": plan.lead.name,
                "evidence": "", "renewal_due": renewal, "revoked_at": None,
                "created_at": datetime.combine(awarded, time(17, 0)),
            })
            evidence.extend({"certification_id": cert_id, "delivery_id": d.id} for d in delivered[-3:])
        for table, rows in ((MentorSignoff, signoffs), (Certification, certifications),
                            (CertificationEvidence, evidence)):
            if rows:
                self.session.execute(insert(table.__table__), rows)
        self.counts["sign_offs"] = len(signoffs)
        self.counts["certifications"] = len(certifications)

    # -- helpers for the sessions ------------------------------------------------------------------
    def _next_id(self, model: type) -> int:
        return (self.session.scalar(select(func.max(model.id))) or 0) + 1  # type: ignore[attr-defined]

    def _latest(self) -> datetime:
        """The latest moment the demo writes anything: the end of yesterday."""
        return datetime.combine(self.today, time(0)) - timedelta(minutes=1)

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
        rng = random.Random(f"{SEED}:level:{plan.name}")
        start = 2.2 + 0.3 * ((traits or 3.2) - 3) + 0.12 * plan.reached + rng.gauss(0, 0.2)
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
        then = self.at(HISTORY_DAYS + 5, self.rng("rubric"))
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

