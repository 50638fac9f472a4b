"""The g2g pipeline: its stages and every move a candidate makes between them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from trainercoach.models.base import Base, utcnow

STAGE_KINDS = ("pipeline", "exit")


class Stage(Base):
    """A column of the board. ``key`` names the shipped defaults so they can be translated; a stage a
    lead adds or renames has its own ``name``."""

    __tablename__ = "stage"
    __table_args__ = (CheckConstraint("kind IN ('pipeline', 'exit')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20), default="pipeline")


class StageMove(Base):
    """One move of one candidate: kept forever as the candidate's timeline (who, when, from, to, why)."""

    __tablename__ = "stage_move"
    __table_args__ = (Index("ix_stage_move_candidate_moved", "candidate_id", "moved_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"))
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stage.id", ondelete="RESTRICT"))
    to_stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id", ondelete="RESTRICT"))
    moved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    moved_by: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
