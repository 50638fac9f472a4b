"""Knowledge gaps and business cases (issue 20): the forms a person fills in and what the services hand out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from trainercoach.analytics.stats import Estimate

MAX_SOURCE = 300  # characters in an outside figure's source
MAX_TEXT = 5000  # characters in a description or a note


@dataclass
class GapForm:
    topic: str
    description: str = ""


@dataclass
class EvidenceForm:
    """One piece of evidence: ``kind`` says which link is filled (question, check, comment, action_item), or
    for an outside figure ("figure") its kind, source, date, value and how many agents it covers."""

    kind: str
    question_id: int | None = None
    check_id: int | None = None
    response_id: int | None = None
    action_item_id: int | None = None
    figure_kind: str | None = None
    source: str = ""
    on_date: date | None = None
    value: float | None = None
    agents: int | None = None
    note: str = ""


@dataclass(frozen=True)
class EvidenceRow:
    """Evidence as shown, its numbers read live: ``what`` names it (the question, the check, the comment, the
    figure's source), ``figure`` is its number (a share right, a mean, a typed value), ``estimate`` its mean with
    n and interval where there is one, ``agents`` how many agents it shows struggling."""

    id: int
    kind: str
    what: str
    figure: float | None
    estimate: Estimate | None
    agents: int
    on_date: date | None
    figure_kind: str | None = None
    source: str = ""
    note: str = ""
    answered: int | None = None
    correct: int | None = None
    check_id: int | None = None  # the check a question or a check evidence belongs to (its trainees)
    visible: bool = True  # False: a linked record this login may not read (a team server's rules)


@dataclass(frozen=True)
class GapRow:
    id: int
    topic: str
    status: str
    evidence: int
    agents: int
    trend: str
    cases: int
    created_by: str
    created_at: datetime


@dataclass(frozen=True)
class GapDetail:
    id: int
    form: GapForm
    status: str
    version: int
    created_by: str
    created_at: datetime
    evidence: list[EvidenceRow]
    agents: int
    trend: str


@dataclass(frozen=True)
class QuestionPick:
    """A check question to link, with how many got it right: the most missed come first."""

    id: int
    text: str
    topic: str
    check_title: str
    session_topic: str
    held_on: date | None
    answered: int
    correct: int


@dataclass(frozen=True)
class LinkPick:
    """Another record to link (a check, a feedback comment, an action item): its id and how it reads."""

    kind: str
    id: int
    text: str
    on_date: date | None


@dataclass
class CaseForm:
    candidate_id: int
    gap_id: int
    title: str
    problem: str = ""
    audience: str = "existing"
    audience_size: int | None = None
    outline: str = ""
    objectives: str = ""
    method: str = "classroom"
    has_text: bool = True
    has_visual: bool = False
    has_hands_on: bool = False
    effort_hours: float | None = None
    expected_effect: str = ""
    measure: str = "check_score"


@dataclass(frozen=True)
class CaseStepRow:
    status: str
    by: str
    at: datetime
    reason: str = ""


@dataclass(frozen=True)
class CaseRow:
    id: int
    title: str
    candidate: str
    gap: str
    status: str
    effort_hours: float | None
    changed_at: datetime


@dataclass(frozen=True)
class CaseSessionRow:
    id: int
    topic: str
    held_on: date | None


@dataclass(frozen=True)
class MeasureResult:
    """The promised measure before and after the case's sessions, each with n and interval; ``unit`` is "%" for
    check scores (share of the maximum) or empty for a figure as typed."""

    measure: str
    before: Estimate
    after: Estimate
    unit: str = ""

    @property
    def change(self) -> float | None:
        if self.before.mean is None or self.after.mean is None:
            return None
        return self.after.mean - self.before.mean


@dataclass(frozen=True)
class CaseDetail:
    id: int
    form: CaseForm
    status: str
    version: int
    candidate: str
    gap: GapDetail
    steps: list[CaseStepRow]
    sessions: list[CaseSessionRow]
    result: MeasureResult | None
    next_steps: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CaseSnapshot:
    """A business case's PDF: the case, its gap's evidence and its measured effect, read in one transaction."""

    lang: str
    actor: str
    read_at: datetime
    case: CaseDetail
