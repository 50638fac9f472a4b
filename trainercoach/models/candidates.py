"""Candidates: agents nominated as possible trainers, with their selection traits and milestones."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from trainercoach.models.base import Base, utcnow
from trainercoach.records.candidates import TRAITS as TRAITS  # defined beside the form that holds one per trait

# The guide's four components of train-the-trainer, in the guide's order.
COMPONENTS = ("guided_practice", "feedback_evaluation", "gap_business_case", "content_building")
MILESTONE_STATUSES = ("not_started", "in_progress", "done")


class Candidate(Base):
    __tablename__ = "candidate"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), unique=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id", ondelete="RESTRICT"), index=True)
    mentor_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    nominated_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    nominated_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class TraitScore(Base):
    __tablename__ = "trait_score"
    __table_args__ = (
        CheckConstraint("score IS NULL OR (score BETWEEN 1 AND 5)", name="score_range"),
        CheckConstraint("trait IN ('knowledge', 'passion', 'presenting', 'process')", name="trait"),
    )

    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), primary_key=True
    )
    trait: Mapped[str] = mapped_column(String(20), primary_key=True)
    score: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class Milestone(Base):
    """Progress on one train-the-trainer component, with the evidence a lead would ask for."""

    __tablename__ = "milestone"
    __table_args__ = (
        CheckConstraint("status IN ('not_started', 'in_progress', 'done')", name="status"),
        CheckConstraint(
            "component IN ('guided_practice', 'feedback_evaluation', 'gap_business_case', 'content_building')",
            name="component",
        ),
    )

    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), primary_key=True
    )
    component: Mapped[str] = mapped_column(String(40), primary_key=True)
    status: Mapped[str] = mapped_column(String(20), default="not_started")
    on_date: Mapped[date | None] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(Text, default="")
