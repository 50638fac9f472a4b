"""Saved capacity plans (issue 21): a lead's inputs for sizing the training team, kept by name to compare."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from trainercoach.models.base import Base, utcnow


class CapacityPlan(Base):
    """One plan: its name and its inputs as JSON (analytics/capacity.py's plan_to_dict); the forecast of who
    becomes ready is not kept, it is read afresh when the plan is opened."""

    __tablename__ = "capacity_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    inputs: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
