"""What each PDF shows, read in one transaction (trainercoach/services/reports.py) and only laid out by
trainercoach/reports/: a document never mixes data from before and after someone else's save.

Each snapshot carries the language it was read in (the readiness conditions, for one, are worded when they
are read), who asked for it and when it was read, which the document prints as "Generated … by …".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from trainercoach.analytics.capacity import Outlook, Plan
from trainercoach.records.calibration import ExerciseAgreement, ExerciseView
from trainercoach.records.candidates import CandidateDetail, CandidateRow
from trainercoach.records.certification import CertificationRecord
from trainercoach.records.comprehension import CheckRecord
from trainercoach.records.effectiveness import (
    CandidateEffectiveness,
    ItemSummary,
    Programme,
    Readiness,
    SessionEffectiveness,
)
from trainercoach.records.feedback import CommentRecord, FeedbackItemRecord
from trainercoach.records.observations import ActionItemRecord, ObservationDetail, ObservationRow
from trainercoach.records.rubrics import RubricVersionRecord
from trainercoach.records.sessions import DeliveryDetail, DeliveryRow


@dataclass(frozen=True)
class EvaluationSnapshot:
    """One candidate's trainer evaluation."""

    lang: str
    actor: str
    read_at: datetime
    detail: CandidateDetail
    row: CandidateRow  # mentor, time in stage
    nominated_by: str  # the nominating person's name, "" when none
    effectiveness: CandidateEffectiveness
    deliveries: list[DeliveryRow]  # oldest first
    feedback: list[ItemSummary]  # every item pooled over the candidate's sessions
    feedback_forms: int
    comments: list[CommentRecord]  # the most recent few
    comment_total: int
    actions: list[ActionItemRecord]
    certifications: list[CertificationRecord]


@dataclass(frozen=True)
class ObservationSheet:
    """One observer's scores with the rubric version they scored against."""

    row: ObservationRow
    detail: ObservationDetail
    rubric: RubricVersionRecord


@dataclass(frozen=True)
class SessionReportSnapshot:
    """One practice delivery's session report."""

    lang: str
    actor: str
    read_at: datetime
    detail: DeliveryDetail
    effectiveness: SessionEffectiveness
    observations: list[ObservationSheet]
    comments: list[CommentRecord]
    comment_total: int
    checks: dict[int, CheckRecord]  # by check id


@dataclass(frozen=True)
class ProgrammeSnapshot:
    """The programme report: the pipeline, every active candidate, the trends."""

    lang: str
    actor: str
    read_at: datetime
    today: date  # what "overdue" was judged against
    programme: Programme
    candidates: list[CandidateRow]
    readiness: dict[int, Readiness]
    deliveries: list[DeliveryRow]
    trends: dict[int, CandidateEffectiveness]  # candidates with at least one delivery
    overdue: list[ActionItemRecord]
    certifications: list[CertificationRecord]


@dataclass(frozen=True)
class FeedbackFormSnapshot:
    """The paper feedback form of one session."""

    lang: str
    detail: DeliveryDetail
    items: list[FeedbackItemRecord]


@dataclass(frozen=True)
class CalibrationSnapshot:
    """One calibration exercise's report: the exercise as a lead sees it (every score, the reference) and every
    agreement statistic per criterion and for the mean over criteria (the last of ``agreement.per_criterion``)."""

    lang: str
    actor: str
    read_at: datetime
    view: ExerciseView
    agreement: ExerciseAgreement
    lead: str  # the lead's name, "" when none is recorded
    notes: str
    created_at: datetime
    closed_at: datetime | None


@dataclass(frozen=True)
class CapacitySnapshot:
    """A capacity plan's PDF (issue 21): the plan's inputs and its outlook, and the plan set beside it, if any,
    with its outlook on the same forecast of candidates becoming ready (as the Capacity page sets them side by
    side)."""

    lang: str
    actor: str
    read_at: datetime
    first: date  # month 0 of the outlook
    plan_id: int | None  # the saved plan's id; None for a plan as it stood on screen
    plan: Plan
    outlook: Outlook
    compared: Plan | None = None
    compared_outlook: Outlook | None = None
