"""Practice deliveries (sessions): the form, a row of the list, the detail."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class DeliveryForm:
    candidate_id: int | None = None
    starts_at: datetime | None = None
    topic: str = ""
    method: str = "classroom"
    audience: str = "new_hires"
    trainees: int = 0
    duration_minutes: int = 60
    asset_id: int | None = None
    observer_ids: list[int] = field(default_factory=list)
    notes: str = ""
    recording_link: str = ""


@dataclass(frozen=True)
class DeliveryRow:
    id: int
    code: str
    candidate_id: int
    candidate_name: str
    starts_at: datetime
    topic: str
    method: str
    audience: str
    trainees: int
    duration_minutes: int
    asset_title: str
    observations: int
    responses: int
    recording_link: str = ""


@dataclass(frozen=True)
class DeliveryDetail:
    id: int
    code: str
    version: int
    form: DeliveryForm
    candidate_name: str
    asset_title: str
    observer_names: list[str]
