"""The training asset library's history and feedback (issue 20): each asset's versions, and what agents said
of the material itself. The asset is ``TrainingAsset`` in models/deliveries.py, beside the sessions using it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from trainercoach.models.base import Base, utcnow


class AssetVersion(Base):
    """One version of an asset: its label, what changed, when and by whom (the name, as other "by"s are kept)."""

    __tablename__ = "training_asset_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("training_asset.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(40))
    changes: Mapped[str] = mapped_column(Text, default="")
    made_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    made_by: Mapped[str] = mapped_column(String(200), default="")


class AssetFeedback(Base):
    """An agent's rating (1-5) and/or comment on the material, optionally from the session that used it;
    ``entered_by_id`` is who typed it in (on a team server, a trainer changes only what she entered)."""

    __tablename__ = "training_asset_feedback"
    __table_args__ = (CheckConstraint("rating IS NULL OR (rating BETWEEN 1 AND 5)", name="rating_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("training_asset.id", ondelete="CASCADE"), index=True)
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("delivery.id", ondelete="SET NULL"))
    rating: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
