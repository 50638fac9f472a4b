"""Candidates as the services hand them out: the form a window edits, a row of the list, the detail."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

# The guide's four traits of a good trainer candidate, in the guide's order (the models use these too).
TRAITS = ("knowledge", "passion", "presenting", "process")


@dataclass
class TraitEntry:
    score: int | None = None
    note: str = ""


@dataclass
class CandidateForm:
    """What the candidate form edits: the person, their nomination and the four selection traits."""

    name: str = ""
    email: str = ""
    team: str = ""
    site: str = ""
    languages: str = ""
    employment: str = "employee"
    vendor_company: str = ""
    hire_date: date | None = None
    nominated_by_id: int | None = None
    nominated_on: date | None = None
    mentor_id: int | None = None
    notes: str = ""
    traits: dict[str, TraitEntry] = field(default_factory=lambda: {t: TraitEntry() for t in TRAITS})


@dataclass(frozen=True)
class CandidateRow:
    id: int
    name: str
    email: str
    team: str
    site: str
    languages: str
    employment: str
    vendor_company: str
    stage_id: int
    stage_name: str
    mentor_id: int | None
    mentor_name: str
    entered_stage_at: datetime | None
    selection_score: float | None
    archived: bool

    def days_in_stage(self, today: date | None = None) -> int:
        if self.entered_stage_at is None:
            return 0
        return max(0, ((today or date.today()) - self.entered_stage_at.date()).days)


@dataclass(frozen=True)
class FilterChoices:
    """What the candidate list's filters offer, as (label, value): stages in board order, who can mentor now,
    the sites candidates work at."""

    stages: list[tuple[str, int]]
    mentors: list[tuple[str, int]]
    sites: list[str]


@dataclass(frozen=True)
class MoveRecord:
    id: int
    moved_at: datetime
    moved_by: str
    from_stage: str | None
    to_stage: str
    reason: str


@dataclass(frozen=True)
class MilestoneRecord:
    component: str
    status: str
    on_date: date | None
    evidence: str


@dataclass(frozen=True)
class CandidateDetail:
    id: int
    person_id: int
    version: int
    form: CandidateForm
    stage_id: int
    stage_name: str
    archived_at: datetime | None
    timeline: list[MoveRecord]
    milestones: list[MilestoneRecord]
