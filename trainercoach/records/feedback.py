"""Trainee feedback: the items asked, one trainee's answers, the comments and imports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

RANGES = {"likert": (1, 5), "recommend": (0, 10)}


@dataclass(frozen=True)
class FeedbackItemRecord:
    id: int
    key: str
    label: str
    kind: str
    position: int
    active: bool

    @property
    def range(self) -> tuple[int, int]:
        return RANGES[self.kind]


@dataclass
class FeedbackEntry:
    """One trainee's answers, by item key; None or a missing key means the question was left blank."""

    answers: dict[str, int | None] = field(default_factory=dict)
    comment: str = ""
    answered_at: datetime | None = None  # when the trainee answered (UTC), if the file says; else the import's time


@dataclass(frozen=True)
class ResponseRecord:
    id: int
    source: str
    answers: dict[str, int]
    comment: str
    created_at: datetime


@dataclass(frozen=True)
class CommentRecord:
    response_id: int
    delivery_id: int
    starts_at: datetime
    topic: str
    comment: str


@dataclass(frozen=True)
class ImportRecord:
    id: int
    delivery_id: int
    file_name: str
    rows: int
    imported_at: datetime
    imported_by: str
