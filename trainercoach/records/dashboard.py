"""What needs the lead today, as the dashboard shows it."""

from __future__ import annotations

from dataclasses import dataclass, field

from trainercoach.records.assets import AssetRecord
from trainercoach.records.observer_profiles import ObserverWarning
from trainercoach.records.pipeline import Headcount, StageRecord


@dataclass(frozen=True)
class Attention:
    candidate_id: int
    name: str
    stage: str
    reason: str
    days: int
    # stalled | no_mentor | unscored | action_item | unobserved | no_feedback | ready | renewal
    kind: str = "stalled"
    delivery_id: int | None = None
    action_item_id: int | None = None
    detail: str = ""  # what the reason is about, as typed: an action item's text, a session's topic


@dataclass(frozen=True)
class DashboardData:
    stages: list[StageRecord]
    attention: list[Attention]
    # Training assets to look at (issue 20): review due by today, or stale (the article changed since the last
    # review); most overdue first.
    assets: list[AssetRecord] = field(default_factory=list)
    # observers whose latest quarter's bias is beyond the lead's threshold (issue 19)
    observers: list[ObserverWarning] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Every candidate not archived, paused and withdrawn too (the dashboard is empty without any)."""
        return sum(stage.candidates for stage in self.stages)

    @property
    def headcount(self) -> Headcount:
        """What "candidates in the programme" counts, the same here as on the programme page and report."""
        return Headcount.of(self.stages)
