"""Certifications awarded and the trainers-by-topics matrix."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass
class CertificationForm:
    candidate_id: int
    topic: str
    level: str = "beginner"
    awarded_on: date | None = None
    renewal_due: date | None = None
    evidence: str = ""
    delivery_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class CertificationRecord:
    id: int
    candidate_id: int
    candidate_name: str
    topic: str
    level: str
    awarded_on: date
    awarded_by: str
    renewal_due: date | None
    evidence: str
    delivery_ids: list[int]

    def due_within(self, days: int, today: date | None = None) -> bool:
        return self.renewal_due is not None and self.renewal_due <= (today or date.today()) + timedelta(days=days)


@dataclass(frozen=True)
class Matrix:
    """Trainers by topics: the level each holds, or None."""

    topics: list[str]
    trainers: list[tuple[int, str]]
    levels: dict[tuple[int, str], str]
