"""The training asset library (issue 20): what a session picks, what the Assets page lists and edits, an asset's
versions and what agents said of the material."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from trainercoach.analytics.stats import Estimate

# Codes a person types for an asset's languages: en, el, zh_CN, pt-BR.
MIX = ("text", "visual", "hands_on", "mock_tickets")


@dataclass(frozen=True)
class AssetForm:
    """What the asset editor saves (and ``coach.assets.create`` / ``update`` take)."""

    title: str
    owner_id: int | None = None
    template: str = ""
    languages: tuple[str, ...] = ()
    link: str = ""  # the knowledge-base article's address
    article_changed_on: date | None = None
    has_text: bool = True
    has_visual: bool = False
    has_hands_on: bool = False
    has_mock_tickets: bool = False
    review_due: date | None = None


def is_stale(article_changed_on: date | None, last_reviewed_on: date | None, created_on: date) -> bool:
    """Stale: the linked article changed after the asset was last reviewed (never reviewed: after it was made)."""
    if article_changed_on is None:
        return False
    return article_changed_on > (last_reviewed_on or created_on)


@dataclass(frozen=True)
class AssetRecord:
    """One asset as every list shows it (a session's asset box, the Assets page, the export)."""

    id: int
    title: str
    has_text: bool
    has_visual: bool
    has_hands_on: bool
    link: str
    has_mock_tickets: bool = False
    owner_id: int | None = None
    owner_name: str = ""
    version_label: str = ""
    template: str = ""
    languages: tuple[str, ...] = ()
    article_changed_on: date | None = None
    review_due: date | None = None
    last_reviewed_on: date | None = None
    last_reviewed_by: str = ""
    stale: bool = False
    versions: int = 0
    ratings: int = 0
    mean_rating: float | None = None
    comments: int = 0
    version: int = 1  # the row's version, for "changed by someone else since"

    def review_due_by(self, today: date) -> bool:
        return self.review_due is not None and self.review_due <= today

    @property
    def mix(self) -> tuple[str, ...]:
        """Which of ``MIX`` the asset has."""
        flags = (self.has_text, self.has_visual, self.has_hands_on, self.has_mock_tickets)
        return tuple(kind for kind, on in zip(MIX, flags, strict=True) if on)


@dataclass(frozen=True)
class AssetVersionRecord:
    id: int
    label: str
    changes: str
    made_at: datetime
    made_by: str


@dataclass(frozen=True)
class AssetFeedbackRecord:
    id: int
    rating: int | None
    comment: str
    delivery_id: int | None
    session_topic: str
    entered_by: str
    created_at: datetime


@dataclass(frozen=True)
class AssetDetail:
    """An asset with its history and feedback, for the editor."""

    record: AssetRecord
    form: AssetForm
    versions: list[AssetVersionRecord] = field(default_factory=list)  # newest first
    feedback: list[AssetFeedbackRecord] = field(default_factory=list)  # newest first
    rating: Estimate | None = None  # the mean rating with its n and 95% interval


@dataclass(frozen=True)
class AssetFilter:
    """The Assets page's filters (and ``coach.assets.list``'s)."""

    stale: bool = False  # only stale assets
    review_due: bool = False  # only assets whose review is due by ``today``
    language: str = ""  # only assets in this language (a code)
    owner_id: int | None = None  # only this person's assets
    search: str = ""
