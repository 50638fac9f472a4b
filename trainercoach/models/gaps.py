"""Knowledge gaps and business cases (issue 20): what agents don't know, its evidence, and the case for a new
session that a candidate writes and a lead reviews."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from trainercoach.models.base import Base, utcnow

GAP_STATUSES = ("open", "closed")
EVIDENCE_KINDS = ("question", "check", "comment", "action_item", "figure")
FIGURE_KINDS = ("qa_score", "csat", "ticket_volume")
CASE_STATUSES = ("draft", "submitted", "approved", "returned", "scheduled", "delivered", "evaluated")
# What a case promises to move: the comprehension checks of its sessions, or one of the gap's outside figures.
CASE_MEASURES = ("check_score", "qa_score", "csat", "ticket_volume")


class CheckQuestion(Base):
    """One question of a comprehension check: how many trainees answered it and how many got it right."""

    __tablename__ = "check_question"
    __table_args__ = (
        CheckConstraint("answered >= 0 AND correct >= 0 AND correct <= answered", name="counts"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("comprehension_check.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(300))
    topic: Mapped[str] = mapped_column(String(200), default="")
    answered: Mapped[int] = mapped_column(Integer)
    correct: Mapped[int] = mapped_column(Integer)


class KnowledgeGap(Base):
    __tablename__ = "knowledge_gap"
    __table_args__ = (CheckConstraint("status IN ('open', 'closed')", name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    topic: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="open")
    # Who spotted it: on a team server a trainer changes only the gaps they made.
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class GapEvidence(Base):
    """One piece of a gap's evidence: a link to a record the app holds (its numbers are read live), or an
    outside figure typed with its source."""

    __tablename__ = "gap_evidence"
    __table_args__ = (
        CheckConstraint("kind IN ('question', 'check', 'comment', 'action_item', 'figure')", name="kind"),
        CheckConstraint("figure_kind IS NULL OR figure_kind IN ('qa_score', 'csat', 'ticket_volume')",
                        name="figure_kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    gap_id: Mapped[int] = mapped_column(ForeignKey("knowledge_gap.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    question_id: Mapped[int | None] = mapped_column(ForeignKey("check_question.id", ondelete="CASCADE"))
    check_id: Mapped[int | None] = mapped_column(ForeignKey("comprehension_check.id", ondelete="CASCADE"))
    response_id: Mapped[int | None] = mapped_column(ForeignKey("feedback_response.id", ondelete="CASCADE"))
    action_item_id: Mapped[int | None] = mapped_column(ForeignKey("action_item.id", ondelete="CASCADE"))
    figure_kind: Mapped[str | None] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(300), default="")
    on_date: Mapped[date | None] = mapped_column(Date)
    value: Mapped[float | None] = mapped_column(Float)
    agents: Mapped[int | None] = mapped_column(Integer)  # how many agents an outside figure covers
    note: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[str] = mapped_column(String(200), default="")
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class BusinessCase(Base):
    __tablename__ = "business_case"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'submitted', 'approved', 'returned', 'scheduled', 'delivered', "
                        "'evaluated')", name="status"),
        CheckConstraint("measure IN ('check_score', 'qa_score', 'csat', 'ticket_volume')", name="measure"),
        CheckConstraint("audience_size IS NULL OR audience_size >= 0", name="audience_size"),
        CheckConstraint("effort_hours IS NULL OR effort_hours >= 0", name="effort_hours"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    gap_id: Mapped[int] = mapped_column(ForeignKey("knowledge_gap.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    problem: Mapped[str] = mapped_column(Text, default="")
    audience: Mapped[str] = mapped_column(String(20), default="existing")
    audience_size: Mapped[int | None] = mapped_column(Integer)
    outline: Mapped[str] = mapped_column(Text, default="")
    objectives: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(String(20), default="classroom")
    has_text: Mapped[bool] = mapped_column(default=True)
    has_visual: Mapped[bool] = mapped_column(default=False)
    has_hands_on: Mapped[bool] = mapped_column(default=False)
    effort_hours: Mapped[float | None] = mapped_column(Float)
    expected_effect: Mapped[str] = mapped_column(Text, default="")
    measure: Mapped[str] = mapped_column(String(20), default="check_score")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class CaseStep(Base):
    """One step of a case's review, kept: the status it reached, who moved it, when, and why (a return)."""

    __tablename__ = "case_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("business_case.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    by: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(Text, default="")


class CaseSession(Base):
    """A practice delivery given for a case: its checks are the case's before and after."""

    __tablename__ = "case_session"

    case_id: Mapped[int] = mapped_column(ForeignKey("business_case.id", ondelete="CASCADE"), primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"), primary_key=True)
