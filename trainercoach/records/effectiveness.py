"""Session effectiveness, a candidate's trend and readiness, and the programme's figures.

Three views are kept apart everywhere: the observers' rubric score, the trainees' reaction (feedback)
and their learning (comprehension checks)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from trainercoach.analytics.gain import Gain
from trainercoach.analytics.readiness import CompositeWeights, Condition, is_ready
from trainercoach.analytics.stats import Estimate
from trainercoach.records.pipeline import Headcount


@dataclass(frozen=True)
class ObserverScore:
    observation_id: int
    observer: str
    weighted: float | None
    recommendation: str


@dataclass(frozen=True)
class CriterionScore:
    key: str
    title: str
    weight: float
    by_observer: dict[str, int | None]
    mean: float | None


@dataclass(frozen=True)
class ItemSummary:
    key: str
    label: str
    kind: str
    estimate: Estimate
    distribution: dict[int, int]  # answer value -> how many gave it


@dataclass(frozen=True)
class CheckSummary:
    check_id: int
    kind: str
    title: str
    held_on: date | None
    gain: Gain


@dataclass(frozen=True)
class SessionEffectiveness:
    delivery_id: int
    code: str
    topic: str
    candidate_id: int
    candidate_name: str
    starts_at: datetime
    trainees: int
    observers: list[ObserverScore]
    rubric: Estimate  # over the observers' weighted averages
    criteria: list[CriterionScore]
    feedback: list[ItemSummary]
    responses: int
    checks: list[CheckSummary]
    weights: CompositeWeights
    composite: float | None

    @property
    def response_rate(self) -> float | None:
        return self.responses / self.trainees if self.trainees else None

    def item(self, key: str) -> ItemSummary | None:
        return next((i for i in self.feedback if i.key == key), None)


@dataclass(frozen=True)
class TrendPoint:
    delivery_id: int
    starts_at: datetime
    topic: str
    rubric: float | None
    feedback: Estimate
    normalised_gain: float | None


@dataclass(frozen=True)
class CriterionComparison:
    key: str
    title: str
    mean: float | None
    n: int
    cohort_median: float | None


@dataclass(frozen=True)
class Readiness:
    candidate_id: int
    conditions: list[Condition]

    @property
    def ready(self) -> bool:
        return is_ready(self.conditions)


@dataclass(frozen=True)
class CandidateEffectiveness:
    candidate_id: int
    name: str
    trend: list[TrendPoint]
    criteria: list[CriterionComparison]
    readiness: Readiness


@dataclass(frozen=True)
class Programme:
    # pipeline stages in order, with how many candidates (archived left out) ever reached each
    funnel: list[tuple[str, int]]
    time_in_stage: dict[str, list[int]]  # days each completed stay lasted
    deliveries_per_month: list[tuple[str, int]]
    internal_sessions: int
    all_sessions: int
    monthly_rubric: list[tuple[str, Estimate]] = field(default_factory=list)
    monthly_feedback: list[tuple[str, Estimate]] = field(default_factory=list)
    # candidates in the programme now (records/pipeline.py): the funnel's first stage is headcount.active
    headcount: Headcount = field(default_factory=lambda: Headcount(0, 0))

    @property
    def internal_share(self) -> float | None:
        return self.internal_sessions / self.all_sessions if self.all_sessions else None
