"""Per-session figures the database keeps as their rows are written, so nothing has to add up every answer.

Derived tables: the database's own triggers (migration 0014) write them, in the same statement as the rows
they sum; the app and its users only read them. A session's rubric figures are the count, sum and sum of
squares of its observations' weighted rubric averages; its feedback figures are its number of forms and the
count, sum and sum of squares of its answers to the "overall" item. ``observer_gap`` holds, per observer of a
session two or more observers scored with one rubric version, the observer's score less the other observers'
mean, averaged over the criteria: the everyday part of an observer's bias.
"""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from trainercoach.models.base import Base


class SessionSummary(Base):
    __tablename__ = "session_summary"

    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"), primary_key=True)
    rubric_n: Mapped[int] = mapped_column(Integer, default=0)
    rubric_sum: Mapped[float] = mapped_column(Float, default=0.0)
    rubric_sumsq: Mapped[float] = mapped_column(Float, default=0.0)
    responses: Mapped[int] = mapped_column(Integer, default=0)
    overall_n: Mapped[int] = mapped_column(Integer, default=0)
    overall_sum: Mapped[int] = mapped_column(Integer, default=0)
    overall_sumsq: Mapped[int] = mapped_column(Integer, default=0)


class ObserverGap(Base):
    __tablename__ = "observer_gap"
    # Read by session: its rows sit in its key's order on SQLite, a quarter faster for the dashboard's warning.
    __table_args__ = {"sqlite_with_rowid": False}

    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"), primary_key=True)
    rubric_version_id: Mapped[int] = mapped_column(ForeignKey("rubric_version.id", ondelete="CASCADE"),
                                                   primary_key=True)
    observer_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    gap: Mapped[float] = mapped_column(Float)


# Tables no one writes: copies, undo and fixtures leave them to the triggers that keep them.
DERIVED_TABLES = frozenset({"session_summary", "observer_gap"})
