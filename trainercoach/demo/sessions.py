"""The demo's sessions: training assets, practice deliveries and what their observers wrote."""

from __future__ import annotations

import bisect
import math
import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select, update

from trainercoach.demo.base import BuilderBase
from trainercoach.demo.plan import (
    CRITERION_OFFSET,
    DELIVERING,
    EXITS,
    LATE_UNOBSERVED,
    PIPELINE,
    RECENT_UNOBSERVED,
    SEED,
    PersonRef,
    PlannedCandidate,
    PlannedDelivery,
    stored,
)
from trainercoach.errors import TrainerCoachError
from trainercoach.models import (
    ActionItem,
    Criterion,
    Delivery,
    Observation,
    Rubric,
    RubricVersion,
    TrainingAsset,
    TraitScore,
)
from trainercoach.services.deliveries import CODE_ALPHABET
from trainercoach.services.observations import weighted_average


class SessionParts(BuilderBase):
    """Training assets, practice deliveries planned from each candidate's timeline, and the observations of
    those sessions with their action items."""

    def add_assets(self) -> None:
        """Training assets the sessions are built on, in all three languages, with their mix of elements."""
        rng = self.rng("assets")
        next_id = self._next_id(TrainingAsset)
        rows: list[tuple[object, ...]] = []
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
        traits: dict[int, float] = dict(self.session.execute(
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
            assert plan.candidate is not None and plan.person is not None
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
            asset_id = self.assets.get(asset or "") if rng.random() < 0.85 else None
            created = min(delivery.ends_at + timedelta(minutes=rng.randint(5, 600)), self._latest())
            # Virtual sessions are recorded by the meeting tool; the link is made from the code, not drawn, so
            # every other record of the demo stays what it was.
            recording = f"https://recordings.example.com/{code.lower()}" if method == "virtual" else ""
            rows.append((delivery.id, code, plan.candidate.id, stored(starts_at), topic, method, audience, trainees,
                         minutes, asset_id, notes, recording, stored(created), 1))
            observer_rows += [(delivery.id, p.id) for p in observers]
        assert all(d.starts_at.date() <= yesterday for d in self.deliveries)
        self.write("delivery", ("id", "code", "candidate_id", "starts_at", "topic", "method", "audience", "trainees",
                                "duration_minutes", "asset_id", "notes", "recording_link", "created_at", "version"),
                   rows)
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
        observations: list[tuple[object, ...]] = []
        scores: list[tuple[object, ...]] = []
        items: list[tuple[object, ...]] = []
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

