"""How a training asset was received and what the library covers (issue 20): what trainees thought and learned
in the sessions that used each version of an asset, and per topic which learning styles the assets teach in."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from trainercoach.analytics.stats import EMPTY, Estimate
from trainercoach.records.assets import MIX


@dataclass(frozen=True)
class ItemMean:
    """One feedback item's mean over the sessions of a version (its n is the number of answers)."""

    key: str
    label: str
    kind: str
    estimate: Estimate


@dataclass(frozen=True)
class VersionReception:
    """The sessions that used one version of an asset, and what their trainees thought and learned.

    ``label`` is "" for sessions held before the asset's first recorded version. ``overall`` is the feedback
    item "overall" (1-5) over every form of those sessions; ``learning`` is each trainee's gain on a
    comprehension check as a share of the check's maximum, (after − before) / maximum, in percentage points,
    over every trainee with both scores on a check with a maximum."""

    label: str
    made_at: datetime | None
    sessions: int
    forms: int
    overall: Estimate = EMPTY
    learning: Estimate = EMPTY
    items: tuple[ItemMean, ...] = ()
    session_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class TopicCoverage:
    """One topic (a session topic, as the sessions spell it) and the learning styles of the assets its sessions
    used: ``counts`` has, per kind of ``MIX``, how many of those assets have it."""

    topic: str
    assets: tuple[str, ...]
    counts: dict[str, int] = field(default_factory=dict)
    sessions: int = 0

    @property
    def styles(self) -> tuple[str, ...]:
        return tuple(kind for kind in MIX if self.counts.get(kind, 0))

    @property
    def text_only(self) -> bool:
        """Taught only as text: every asset used for the topic is text and nothing else (the flag)."""
        return self.styles == ("text",)


@dataclass(frozen=True)
class Coverage:
    """Every topic that some session taught from an asset, by name; ``unused`` are assets no session has used
    yet (they teach no topic so far)."""

    topics: list[TopicCoverage]
    unused: tuple[str, ...] = ()

    @property
    def flagged(self) -> list[TopicCoverage]:
        return [t for t in self.topics if t.text_only]
