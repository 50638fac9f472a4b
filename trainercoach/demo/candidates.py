"""The demo's people and candidates: who they are and the history each one has been through."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from typing import Any

from trainercoach.demo.base import BuilderBase
from trainercoach.demo.plan import (
    DAYS_BEFORE,
    EXITS,
    FRESH_DAYS,
    PERSON_COLUMNS,
    PIPELINE,
    STALLED_DAYS,
    CandidateRef,
    PersonRef,
    PlannedCandidate,
    PlannedDelivery,
    stored,
)
from trainercoach.models import (
    COMPONENTS,
    TRAITS,
    Candidate,
    Certification,
    Person,
)


class CandidateParts(BuilderBase):
    """People and their way through the programme: leads and trainers, candidates, their stage moves, trait
    scores, train-the-trainer milestones, mentor sign-offs and certifications."""

    def add_mentors(self) -> None:
        """Leads and trainers: they mentor, nominate and record the moves."""
        rng = self.rng("mentors")
        next_id = self._next_id(Person)
        rows: list[tuple[object, ...]] = []
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
        people: list[tuple[object, ...]] = []
        candidates: list[tuple[object, ...]] = []
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


    def add_certification(self) -> None:
        """Mentor sign-off for most candidates from Co-delivery on, and certifications for those who reached
        Certified: on their most delivered topic, with their observed sessions as evidence and renewal due
        two years on (a few sooner, so renewals come due)."""
        rng = self.rng("certification")
        by_candidate: dict[int, list[PlannedDelivery]] = {}
        for delivery in self.deliveries:
            by_candidate.setdefault(id(delivery.plan), []).append(delivery)
        signoffs: list[tuple[object, ...]] = []
        certifications: list[tuple[object, ...]] = []
        evidence: list[tuple[object, ...]] = []
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


