"""What needs the lead today: counts per stage and the candidates that need attention."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from trainercoach.services.records import StageRecord

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

STALLED_AFTER_DAYS = 30


@dataclass(frozen=True)
class Attention:
    candidate_id: int
    name: str
    stage: str
    reason: str
    days: int


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
        for row in self.coach.candidates.list():
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
        attention.sort(key=lambda item: (-item.days, item.name))
        return DashboardData(stages, attention)
