"""Observations of practice deliveries against a rubric, and the action items they set."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from trainercoach.models.base import Base, utcnow

RECOMMENDATIONS = ("ready", "practice_more", "needs_support")


class Observation(Base):
    __tablename__ = "observation"
    __table_args__ = (
        UniqueConstraint("delivery_id", "observer_id"),
        CheckConstraint("recommendation IN ('ready', 'practice_more', 'needs_support')", name="recommendation"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"), index=True)
    observer_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    rubric_version_id: Mapped[int] = mapped_column(ForeignKey("rubric_version.id", ondelete="RESTRICT"))
    strengths: Mapped[str] = mapped_column(Text, default="")
    improvements: Mapped[str] = mapped_column(Text, default="")
    recommendation: Mapped[str] = mapped_column(String(20), default="practice_more")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ObservationScore(Base):
    __tablename__ = "observation_score"
    __table_args__ = (CheckConstraint("score IS NULL OR (score BETWEEN 1 AND 5)", name="score_range"),)

    observation_id: Mapped[int] = mapped_column(ForeignKey("observation.id", ondelete="CASCADE"),
                                                primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id", ondelete="RESTRICT"), primary_key=True)
    # None: the observer could not judge this criterion in this session.
    score: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class ActionItem(Base):
    __tablename__ = "action_item"
    __table_args__ = (Index("ix_action_item_open_due", "done_at", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    observation_id: Mapped[int | None] = mapped_column(ForeignKey("observation.id", ondelete="CASCADE"),
                                                       index=True)
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    due_on: Mapped[date | None] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
