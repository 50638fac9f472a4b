"""The demo's calibration exercises (issue 19): two closed exercises in which several observers scored the same
three practice deliveries, with the disagreement real observers show and one observer who clearly scores high.

This part draws from its own random generator (``rng("calibration")``) and reads only what earlier parts
planned (the deliveries, their level and the criteria), so adding it changed no row of any other table.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from trainercoach.demo.base import BuilderBase
from trainercoach.demo.plan import PlannedDelivery, stored
from trainercoach.models import CalibrationExercise, CalibrationTarget

# Each observer's habit on the 1-5 scale: Tom Becker scores about 0.8 above everyone else (the lenient observer
# a lead should find); Nikos is a little severe; the rest are near the consensus.
LEANING = {"tom": 0.8, "nikos": -0.25, "sarah": -0.1, "priya": 0.1, "eleni": -0.05, "wang": 0.05, "lina": 0.15}
NOISE = 0.45  # how far one observer's score of one criterion wanders from what they would usually give
LENIENT = "tom"



@dataclass(frozen=True)
class PlannedExercise:
    name: str
    lead: str  # a mentor's key in the data file
    observers: tuple[str, ...]
    langs: tuple[str, ...]  # the sites whose deliveries are scored
    days_ago: int
    reference: bool  # the lead entered reference scores
    notes: str


EXERCISES = (
    PlannedExercise("Spring calibration: Dublin and Lisbon", "sarah", ("sarah", "tom", "priya", "nikos"), ("en",),
                    45, False, "Three recorded practice sessions, scored blind against the current rubric."),
    PlannedExercise("Βαθμονόμηση Αθήνα · 上海 校准", "eleni", ("eleni", "nikos", "wang", "lina", "tom"),
                    ("el", "zh"), 14, True, "Κοινή άσκηση των δύο γραφείων · 两个办公室的联合练习"),
)


class CalibrationParts(BuilderBase):
    """Writes the calibration exercises, their targets, observers, scores and (for one) the lead's reference."""

    def add_calibration(self) -> None:
        rng = self.rng("calibration")
        assert self.rubric_version_id is not None
        next_exercise = self._next_id(CalibrationExercise)
        next_target = self._next_id(CalibrationTarget)
        exercises: list[tuple[object, ...]] = []
        targets: list[tuple[object, ...]] = []
        observers: list[tuple[object, ...]] = []
        scores: list[tuple[object, ...]] = []
        references: list[tuple[object, ...]] = []
        for spec in EXERCISES:
            created = self.at(spec.days_ago, rng)
            chosen = self._calibration_targets(rng, spec.langs, created)
            if len(chosen) < 3:
                continue
            exercise_id = next_exercise + len(exercises)
            people = [self.mentors[key] for key in spec.observers]
            handed_in = [min(created + timedelta(days=rng.randint(2, 8), hours=rng.randint(0, 6)), self._latest())
                         for _ in people]
            closed = min(max(handed_in) + timedelta(days=1, hours=rng.randint(0, 5)), self._latest())
            exercises.append((exercise_id, spec.name, self.rubric_version_id, "closed", self.mentors[spec.lead].id,
                              spec.notes, stored(created), stored(closed), 2))
            observers += [(exercise_id, person.id, stored(at)) for person, at in zip(people, handed_in, strict=True)]
            for position, delivery in enumerate(chosen):
                target_id = next_target + len(targets)
                assert delivery.plan.person is not None
                targets.append((target_id, exercise_id, position,
                                f"{delivery.topic} · {delivery.plan.person.name}", delivery.id, ""))
                for cid, key, _ in self.criteria:
                    level = delivery.criteria.get(key, delivery.quality)
                    if spec.reference:
                        references.append((target_id, cid, min(5, max(1, round(level)))))
                    for key_of, person in zip(spec.observers, people, strict=True):
                        score: int | None = min(5, max(1, round(rng.gauss(level + LEANING[key_of], NOISE))))
                        if rng.random() < 0.02:
                            score = None  # could not judge it on the recording
                        scores.append((target_id, person.id, cid, score))
        self.write("calibration_exercise", ("id", "name", "rubric_version_id", "status", "lead_id", "notes",
                                            "created_at", "closed_at", "version"), exercises)
        self.write("calibration_target", ("id", "exercise_id", "position", "title", "delivery_id",
                                          "recording_link"), targets)
        self.write("calibration_observer", ("exercise_id", "person_id", "submitted_at"), observers)
        self.write("calibration_score", ("target_id", "observer_id", "criterion_id", "score"), scores)
        self.write("calibration_reference", ("target_id", "criterion_id", "score"), references)
        self.counts["calibration_exercises"] = len(exercises)

    def _calibration_targets(self, rng: random.Random, langs: tuple[str, ...],
                             before: datetime) -> list[PlannedDelivery]:
        """Three observed deliveries in the sites' languages, given before the exercise: a weaker, a middling and
        a stronger one (within the scale's middle, so a lenient observer is not hidden by the ceiling)."""
        pool = sorted((d for d in self.deliveries if d.observed and d.lang in langs and d.ends_at < before
                       and d.plan.person is not None and 2.2 <= self._observed_level(d) <= 3.9),
                      key=lambda d: (self._observed_level(d), d.id))
        if len(pool) < 3:
            return []
        third = len(pool) // 3
        return [rng.choice(pool[:third]), rng.choice(pool[third:2 * third]), rng.choice(pool[2 * third:])]

    @staticmethod
    def _observed_level(delivery: PlannedDelivery) -> float:
        values = list(delivery.criteria.values())
        return sum(values) / len(values) if values else delivery.quality
