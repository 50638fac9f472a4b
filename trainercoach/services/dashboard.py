"""What needs the lead today: counts per stage, candidates that need attention, overdue action items and
sessions nobody has observed yet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from trainercoach.services.records import StageRecord

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

STALLED_AFTER_DAYS = 30
UNOBSERVED_AFTER_DAYS = 2
# An unobserved session older than this is history, not something the lead can still act on.
UNOBSERVED_WINDOW_DAYS = 60


@dataclass(frozen=True)
class Attention:
    candidate_id: int
    name: str
    stage: str
    reason: str
    days: int
    kind: str = "candidate"  # candidate | action_item | unobserved
    delivery_id: int | None = None
    action_item_id: int | None = None


@dataclass(frozen=True)
class DashboardData:
    stages: list[StageRecord]
    attention: list[Attention]

    @property
    def total(self) -> int:
        return sum(stage.candidates for stage in self.stages)


class DashboardService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    def load(self, today: date | None = None, stalled_after: int = STALLED_AFTER_DAYS) -> DashboardData:
        today = today or date.today()
        stages = self.coach.pipeline.stages()
        pipeline = [s for s in stages if s.kind == "pipeline"]
        first = pipeline[0].id if pipeline else None
        goal = pipeline[-1].id if pipeline else None
        exits = {s.id for s in stages if s.kind == "exit"}
        attention: list[Attention] = []
        rows = self.coach.candidates.list()
        stage_of = {row.id: row.stage_name for row in rows}
        for row in rows:
            if row.stage_id in exits or row.stage_id == goal:
                continue
            days = row.days_in_stage(today)
            if days > stalled_after:
                attention.append(Attention(row.id, row.name, row.stage_name,
                                           f"No move for {days} days", days))
            if row.mentor_id is None and row.stage_id != first:
                attention.append(Attention(row.id, row.name, row.stage_name, "No mentor assigned", days))
            if row.selection_score is None and row.stage_id != first:
                attention.append(Attention(row.id, row.name, row.stage_name,
                                           "Selection traits not scored", days))
        for item in self.coach.action_items.overdue(today):
            assert item.due_on is not None
            days = (today - item.due_on).days
            attention.append(Attention(
                item.candidate_id, item.candidate_name, stage_of.get(item.candidate_id, ""),
                f"Action item overdue by {days} day{'s' if days != 1 else ''}: {item.text}", days,
                kind="action_item", action_item_id=item.id))
        for session in self.coach.deliveries.list(
                since=today - timedelta(days=UNOBSERVED_WINDOW_DAYS),
                until=today - timedelta(days=UNOBSERVED_AFTER_DAYS + 1)):
            if session.observations or session.candidate_id not in stage_of:
                continue
            days = (today - session.starts_at.date()).days
            attention.append(Attention(
                session.candidate_id, session.candidate_name, stage_of[session.candidate_id],
                f"Session not observed yet ({days} days ago): {session.topic}", days,
                kind="unobserved", delivery_id=session.id))
        attention.sort(key=lambda item: (-item.days, item.name))
        return DashboardData(stages, attention)
