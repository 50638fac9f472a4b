"""Comprehension checks: the guide's daily quizzes, practical task tests and oral exams, per session."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, Float, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from trainercoach.models.base import Base, utcnow

CHECK_KINDS = ("daily_quiz", "practical_task", "oral_exam")


class ComprehensionCheck(Base):
    __tablename__ = "comprehension_check"
    __table_args__ = (
        CheckConstraint("kind IN ('daily_quiz', 'practical_task', 'oral_exam')", name="kind"),
        CheckConstraint("max_score IS NULL OR max_score > 0", name="max_score"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300), default="")
    max_score: Mapped[float | None] = mapped_column(Float)
    held_on: Mapped[date | None] = mapped_column(Date)
    retention_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ComprehensionScore(Base):
    """One anonymous trainee's scores: before, after, and at the later retention check."""

    __tablename__ = "comprehension_score"
    __table_args__ = (
        UniqueConstraint("check_id", "trainee"),
        CheckConstraint("pre IS NULL OR pre >= 0", name="pre"),
        CheckConstraint("post IS NULL OR post >= 0", name="post"),
        CheckConstraint("retention IS NULL OR retention >= 0", name="retention"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("comprehension_check.id", ondelete="CASCADE"), index=True)
    # An anonymous label such as "T07", so before and after can be paired without a name.
    trainee: Mapped[str] = mapped_column(String(40))
    pre: Mapped[float | None] = mapped_column(Float)
    post: Mapped[float | None] = mapped_column(Float)
    retention: Mapped[float | None] = mapped_column(Float)
