"""The demo's comprehension checks, showing what trainees learnt in a session and kept weeks later."""

from __future__ import annotations

from datetime import timedelta

from trainercoach.demo.base import BuilderBase
from trainercoach.demo.plan import (
    CHECK_KINDS,
    stored,
)
from trainercoach.models import (
    ComprehensionCheck,
)


class CheckParts(BuilderBase):
    """Comprehension checks: before, after and retention scores per anonymous trainee."""

    def add_checks(self) -> None:
        """Comprehension checks for about half of the sessions: before and after per anonymous trainee, and
        for the older ones a retention check weeks later."""
        rng = self.rng("checks")
        titles = self.data["check_titles"]
        yesterday = self.today - timedelta(days=1)
        next_check = self._next_id(ComprehensionCheck)
        checks: list[tuple[object, ...]] = []
        scores: list[tuple[object, ...]] = []
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


    @staticmethod
    def _mark(value: float, step: float, top: float) -> float:
        return min(top, max(0.0, round(value / step) * step))
