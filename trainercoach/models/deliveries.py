"""Practice deliveries — the sessions a candidate gives — and the training assets they use.

The guide calls one a practice delivery; the interface and the command line call it a session. In code it
is a ``Delivery`` so it never collides with a database session.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from trainercoach.models.base import Base, utcnow

METHODS = ("classroom", "virtual", "online")
AUDIENCES = ("new_hires", "existing", "mixed")


class TrainingAsset(Base):
    """Material a session is built on, with its mix of text, visual, hands-on and mock-ticket elements.

    ``link`` is the knowledge-base article the asset teaches from; ``article_changed_on`` is when that article
    last changed. The asset is stale when the article changed after its last review (issue 20)."""

    __tablename__ = "training_asset"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), unique=True)
    has_text: Mapped[bool] = mapped_column(Boolean, default=True)
    has_visual: Mapped[bool] = mapped_column(Boolean, default=False)
    has_hands_on: Mapped[bool] = mapped_column(Boolean, default=False)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    asset_version: Mapped[str] = mapped_column(String(40), default="")  # the current version's label
    link: Mapped[str] = mapped_column(String(1000), default="")
    review_due: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Issue 20 (migration 0012): the library's columns.
    has_mock_tickets: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    template: Mapped[str] = mapped_column(String(200), default="", server_default="")
    languages: Mapped[str] = mapped_column(String(100), default="", server_default="")  # codes, comma-separated
    article_changed_on: Mapped[date | None] = mapped_column(Date)
    last_reviewed_on: Mapped[date | None] = mapped_column(Date)
    last_reviewed_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class Delivery(Base):
    __tablename__ = "delivery"
    __table_args__ = (
        CheckConstraint("method IN ('classroom', 'virtual', 'online')", name="method"),
        CheckConstraint("audience IN ('new_hires', 'existing', 'mixed')", name="audience"),
        CheckConstraint("trainees >= 0", name="trainees"),
        CheckConstraint("duration_minutes > 0", name="duration"),
        Index("ix_delivery_candidate_starts", "candidate_id", "starts_at"),
        Index("ix_delivery_starts_at", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The code printed on paper forms and typed by the kiosk, so answers find their session.
    code: Mapped[str] = mapped_column(String(12), unique=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    topic: Mapped[str] = mapped_column(String(300))
    method: Mapped[str] = mapped_column(String(20), default="classroom")
    audience: Mapped[str] = mapped_column(String(20), default="new_hires")
    trainees: Mapped[int] = mapped_column(Integer, default=0)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    asset_id: Mapped[int | None] = mapped_column(ForeignKey("training_asset.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")
    # Where the session's recording can be watched again (for review with the mentor, and for calibration).
    recording_link: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class DeliveryObserver(Base):
    """Who is to observe a session; each of them may score it in an observation."""

    __tablename__ = "delivery_observer"

    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
