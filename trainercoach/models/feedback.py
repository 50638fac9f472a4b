"""Anonymous trainee feedback: the items asked, each trainee's answers, and where the answers came from."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, ForeignKey, Index, Integer, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column

from trainercoach.models.base import Base, utcnow

ITEM_KINDS = ("likert", "recommend")
SOURCES = ("typed", "kiosk", "paper", "import")
# The default items of DESIGN.md: (key, label, kind). A lead may add more.
DEFAULT_ITEMS = (
    ("clarity", "The session was clear", "likert"),
    ("relevance", "The content is relevant to my work", "likert"),
    ("pace", "The pace was right", "likert"),
    ("engagement", "The session kept me engaged", "likert"),
    ("confidence", "I feel confident applying what I learned", "likert"),
    ("overall", "Overall, the session was good", "likert"),
    ("recommend", "How likely are you to recommend this session to a colleague?", "recommend"),
)


class FeedbackItem(Base):
    """A question: Likert 1-5, or 0-10 for "would you recommend"."""

    __tablename__ = "feedback_item"
    __table_args__ = (CheckConstraint("kind IN ('likert', 'recommend')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True)
    label: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="likert")
    position: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class FeedbackImport(Base):
    """One imported file; its hash lets the app notice the same file imported twice."""

    __tablename__ = "feedback_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    preset: Mapped[str] = mapped_column(String(200), default="")
    rows: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(200), default="")
    # True when the person was told the file was imported before and chose to import it again.
    deliberate_repeat: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    # A file lands in a session once unless deliberately repeated: the database says so, so two imports of the
    # same file at the same moment cannot both land (the app's "seen before" check runs before the write).
    __table_args__ = (
        Index("ux_feedback_import_once", "delivery_id", "sha256", unique=True,
              sqlite_where=text("NOT deliberate_repeat"), postgresql_where=text("NOT deliberate_repeat")),
    )


class FeedbackResponse(Base):
    """One trainee's form. Anonymous by design: nothing here names the trainee."""

    __tablename__ = "feedback_response"
    __table_args__ = (CheckConstraint("source IN ('typed', 'kiosk', 'paper', 'import')", name="source"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(20), default="typed")
    import_id: Mapped[int | None] = mapped_column(ForeignKey("feedback_import.id", ondelete="CASCADE"),
                                                  index=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class FeedbackAnswer(Base):
    __tablename__ = "feedback_answer"
    __table_args__ = (CheckConstraint("value BETWEEN 0 AND 10", name="value"),)

    response_id: Mapped[int] = mapped_column(ForeignKey("feedback_response.id", ondelete="CASCADE"),
                                             primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("feedback_item.id", ondelete="RESTRICT"), primary_key=True,
                                         index=True)
    value: Mapped[int] = mapped_column(Integer)


class ImportPreset(Base):
    """A saved column mapping for a survey tool's export, set once and reused."""

    __tablename__ = "import_preset"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    # JSON: {"columns": {header: item key or "comment" or ""}, "scale": {word: number}}
    mapping: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # On a team server, the trainer whose preset it is; NULL for a shared one, which only leads change.
    owner_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
