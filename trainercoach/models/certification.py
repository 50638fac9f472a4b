"""Certification of trainers per topic, the sessions that are its evidence, and settings a lead can change."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from trainercoach.models.base import Base, utcnow

LEVELS_OF_CERTIFICATION = ("beginner", "intermediate", "advanced")


class Certification(Base):
    __tablename__ = "certification"
    __table_args__ = (
        CheckConstraint("level IN ('beginner', 'intermediate', 'advanced')", name="level"),
        Index("ix_certification_renewal", "revoked_at", "renewal_due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    topic: Mapped[str] = mapped_column(String(300))
    level: Mapped[str] = mapped_column(String(20))
    awarded_on: Mapped[date] = mapped_column(Date)
    awarded_by: Mapped[str] = mapped_column(String(200), default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    renewal_due: Mapped[date | None] = mapped_column(Date)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class CertificationEvidence(Base):
    """A session that a certification rests on."""

    __tablename__ = "certification_evidence"

    certification_id: Mapped[int] = mapped_column(ForeignKey("certification.id", ondelete="CASCADE"),
                                                  primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"), primary_key=True)


class MentorSignoff(Base):
    """The mentor's word that a candidate is ready, one of the readiness rule's conditions."""

    __tablename__ = "mentor_signoff"

    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"), primary_key=True)
    signed_on: Mapped[date] = mapped_column(Date)
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """A setting shared by everyone using the database (readiness rule, composite weights), as JSON."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
