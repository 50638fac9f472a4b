"""What the calibration service takes and hands out (issue 19): plain dataclasses, no database."""

from __future__ import annotations

from dataclasses import dataclass, field

from trainercoach.analytics.agreement import AgreementSummary


@dataclass(frozen=True)
class TargetForm:
    """A delivery to score: a practice session (``delivery_id``) or a recording (``recording_link``), titled."""

    title: str
    delivery_id: int | None = None
    recording_link: str = ""


@dataclass(frozen=True)
class ExerciseForm:
    name: str
    rubric_version_id: int
    observer_ids: list[int]
    targets: list[TargetForm]
    notes: str = ""


@dataclass(frozen=True)
class ExerciseRow:
    id: int
    name: str
    status: str  # a key of words.CALIBRATION_STATUS
    targets: int
    observers: int
    handed_in: int


@dataclass(frozen=True)
class ExerciseView:
    """An exercise as one person may see it: ``scores[(target_id, observer_id, criterion_id)]`` holds only what
    they may see (their own while it is blind; everyone's once revealed). ``revealed`` says which."""

    id: int
    name: str
    status: str
    rubric_version_id: int
    targets: list[tuple[int, str]]  # (id, title)
    observers: list[tuple[int, str, bool]]  # (person id, name, handed in)
    criteria: list[tuple[int, str]]  # (id, title)
    scores: dict[tuple[int, int, int], int | None]
    references: dict[tuple[int, int], int]
    revealed: bool


@dataclass(frozen=True)
class CriterionAgreement:
    criterion_id: int | None  # None: the total (mean over criteria) per target
    title: str
    summary: AgreementSummary


@dataclass(frozen=True)
class ExerciseAgreement:
    """Every statistic per criterion and for the total; ``observers[i]`` names column i of each table."""

    exercise_id: int
    observers: list[tuple[int, str]]
    per_criterion: list[CriterionAgreement] = field(default_factory=list)
