"""Calibration exercises (issue 19): several observers score the same deliveries blind, so the team can see how
far its scores depend on who observed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from trainercoach.models.base import Base, utcnow

CALIBRATION_STATUSES = ("open", "closed")


class CalibrationExercise(Base):
    """One exercise: a rubric version, its targets and observers. Open: observers score blind; closed: everyone
    sees every score (so does each observer once all have submitted)."""

    __tablename__ = "calibration_exercise"
    __table_args__ = (CheckConstraint("status IN ('open', 'closed')", name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    rubric_version_id: Mapped[int] = mapped_column(ForeignKey("rubric_version.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(10), default="open")
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class CalibrationTarget(Base):
    """A delivery everyone scores: a practice session in the database, or a recording (link and title)."""

    __tablename__ = "calibration_target"

    id: Mapped[int] = mapped_column(primary_key=True)
    exercise_id: Mapped[int] = mapped_column(ForeignKey("calibration_exercise.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200), default="")
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("delivery.id", ondelete="SET NULL"))
    recording_link: Mapped[str] = mapped_column(String(500), default="")


class CalibrationObserver(Base):
    """An observer taking part; ``submitted_at`` is when they handed in their scores (then they are final)."""

    __tablename__ = "calibration_observer"

    exercise_id: Mapped[int] = mapped_column(ForeignKey("calibration_exercise.id", ondelete="CASCADE"),
                                             primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)


class CalibrationScore(Base):
    """One observer's score of one criterion on one target; None: could not judge it."""

    __tablename__ = "calibration_score"
    __table_args__ = (CheckConstraint("score IS NULL OR (score BETWEEN 1 AND 5)", name="score_range"),)

    target_id: Mapped[int] = mapped_column(ForeignKey("calibration_target.id", ondelete="CASCADE"),
                                           primary_key=True)
    observer_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id", ondelete="RESTRICT"), primary_key=True)
    score: Mapped[int | None] = mapped_column(Integer)


class CalibrationReference(Base):
    """The lead's reference score of one criterion on one target (optional): bias is measured against it."""

    __tablename__ = "calibration_reference"
    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 5", name="score_range"),)

    target_id: Mapped[int] = mapped_column(ForeignKey("calibration_target.id", ondelete="CASCADE"),
                                           primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id", ondelete="RESTRICT"), primary_key=True)
    score: Mapped[int] = mapped_column(Integer)
