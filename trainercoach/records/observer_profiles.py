"""What the observer-profile reads hand out (issue 19): each observer's habit, the dashboard's warning, and a
candidate's rubric averages beside the same adjusted for observer leniency. Plain dataclasses, no database."""

from __future__ import annotations

from dataclasses import dataclass, field

from trainercoach.analytics.observer_profile import ObserverProfile


@dataclass(frozen=True)
class ObserverProfiles:
    """Every observer with agreement data: ``observers[i] = (person id, name, profile)``; ``criteria`` the
    criterion keys with their titles in rubric order; ``threshold`` the dashboard's bias threshold."""

    observers: list[tuple[int, str, ObserverProfile]]
    criteria: list[tuple[str, str]]
    threshold: float
    flagged: list[int] = field(default_factory=list)  # person ids named on the dashboard


@dataclass(frozen=True)
class ObserverWarning:
    """An observer whose latest quarter's bias is beyond the lead's threshold (the dashboard names them)."""

    person_id: int
    name: str
    period: str  # "2026 Q3"
    bias: float
    low: float | None
    high: float | None
    n: int
    threshold: float


@dataclass(frozen=True)
class AdjustedCriterion:
    """A candidate's mean on one criterion as scored (``raw``) and adjusted for observer leniency: each score
    minus its observer's estimated bias. ``adjusted_scores`` counts the scores whose observer had an estimate."""

    key: str
    title: str
    n: int
    raw: float | None
    adjusted: float | None
    adjusted_scores: int


@dataclass(frozen=True)
class AdjustedAverages:
    candidate_id: int
    criteria: list[AdjustedCriterion]
    overall: AdjustedCriterion  # every score of every criterion
    bias: dict[int, float]  # observer person id -> the bias taken off
