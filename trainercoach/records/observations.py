"""Observations of a session and the action items they give."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class ActionItemForm:
    text: str
    owner_id: int | None = None
    due_on: date | None = None
    done: bool = False
    id: int | None = None


@dataclass
class ObservationForm:
    delivery_id: int
    observer_id: int | None
    rubric_version_id: int
    scores: dict[int, int | None] = field(default_factory=dict)  # criterion id -> 1..5, None: not judged
    notes: dict[int, str] = field(default_factory=dict)  # criterion id -> what the observer saw
    strengths: str = ""
    improvements: str = ""
    recommendation: str = "practice_more"
    action_items: list[ActionItemForm] = field(default_factory=list)


@dataclass(frozen=True)
class ObservationRow:
    id: int
    delivery_id: int
    observer_id: int
    observer_name: str
    rubric_version_id: int
    recommendation: str
    weighted_average: float | None
    scored: int
    created_at: datetime


@dataclass(frozen=True)
class ObservationDetail:
    id: int
    version: int
    form: ObservationForm
    observer_name: str


@dataclass(frozen=True)
class ActionItemRecord:
    id: int
    candidate_id: int
    candidate_name: str
    observation_id: int | None
    text: str
    owner_id: int | None
    owner_name: str
    due_on: date | None
    done_at: datetime | None

    def overdue(self, today: date | None = None) -> bool:
        return self.done_at is None and self.due_on is not None and self.due_on < (today or date.today())
