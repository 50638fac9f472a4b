"""People: everyone the programme names — candidates, mentors, nominators, leads."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from trainercoach.models.base import Base, utcnow

EMPLOYMENTS = ("employee", "vendor")
ROLES = ("lead", "trainer", "agent")


class Person(Base):
    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("employment IN ('employee', 'vendor')", name="employment"),
        CheckConstraint("role IN ('lead', 'trainer', 'agent')", name="role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), unique=True)
    team: Mapped[str] = mapped_column(String(200), default="")
    site: Mapped[str] = mapped_column(String(200), default="")
    languages: Mapped[str] = mapped_column(String(200), default="")
    employment: Mapped[str] = mapped_column(String(20), default="employee")
    vendor_company: Mapped[str] = mapped_column(String(200), default="")
    hire_date: Mapped[date | None] = mapped_column(Date)
    role: Mapped[str] = mapped_column(String(20), default="agent")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # When the person was retired: no longer offered as an observer, mentor or owner; kept on old records.
    retired_at: Mapped[datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


ACCESS_ROLES = ("lead", "trainer")


class AppUser(Base):
    """A login on a team server and the person it is: the database's policies look people up here."""

    __tablename__ = "app_user"
    __table_args__ = (CheckConstraint("role IN ('lead', 'trainer')", name="role"),)

    db_user: Mapped[str] = mapped_column(String(63), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
