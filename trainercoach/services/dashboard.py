"""What needs the lead today: counts per stage, stalled candidates, overdue action items, sessions nobody has
observed or collected feedback for, candidates ready for certification and certifications due for renewal, and
training assets whose review is due or whose knowledge-base article changed since their last review."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from trainercoach.records.dashboard import Attention, DashboardData

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

STALLED_AFTER_DAYS = 30
UNOBSERVED_AFTER_DAYS = 2
# An unobserved session older than this is history, not something the lead can still act on.
UNOBSERVED_WINDOW_DAYS = 60






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
                                           f"No move for {days} days", days, kind="stalled"))
            if row.mentor_id is None and row.stage_id != first:
                attention.append(Attention(row.id, row.name, row.stage_name, "No mentor assigned", days,
                                           kind="no_mentor"))
            if row.selection_score is None and row.stage_id != first:
                attention.append(Attention(row.id, row.name, row.stage_name,
                                           "Selection traits not scored", days, kind="unscored"))
        for item in self.coach.action_items.overdue(today):
            assert item.due_on is not None
            days = (today - item.due_on).days
            attention.append(Attention(
                item.candidate_id, item.candidate_name, stage_of.get(item.candidate_id, ""),
                f"Action item overdue by {days} day{'s' if days != 1 else ''}: {item.text}", days,
                kind="action_item", action_item_id=item.id, detail=item.text))
        for session in self.coach.deliveries.list(
                since=today - timedelta(days=UNOBSERVED_WINDOW_DAYS),
                until=today - timedelta(days=UNOBSERVED_AFTER_DAYS + 1)):
            if session.candidate_id not in stage_of:
                continue
            days = (today - session.starts_at.date()).days
            if not session.observations:
                attention.append(Attention(
                    session.candidate_id, session.candidate_name, stage_of[session.candidate_id],
                    f"Session not observed yet ({days} days ago): {session.topic}", days,
                    kind="unobserved", delivery_id=session.id, detail=session.topic))
            if not session.responses and session.trainees:
                attention.append(Attention(
                    session.candidate_id, session.candidate_name, stage_of[session.candidate_id],
                    f"No trainee feedback yet ({days} days ago): {session.topic}", days,
                    kind="no_feedback", delivery_id=session.id, detail=session.topic))
        certified_stage = next((s.position for s in stages if s.key == "certified"), None)
        positions = {s.id: s.position for s in stages}
        readiness = self.coach.effectiveness.readiness_all([row.id for row in rows])
        certified = {c.candidate_id for c in self.coach.certification.list()}
        for row in rows:
            before_certified = certified_stage is None or positions.get(row.stage_id, 0) < certified_stage
            if (readiness[row.id].ready and row.id not in certified and before_certified
                    and row.stage_id not in exits):
                attention.append(Attention(row.id, row.name, row.stage_name,
                                           "Ready for certification: every readiness condition is met", 0,
                                           kind="ready"))
        for cert in self.coach.certification.renewals_due(today=today):
            assert cert.renewal_due is not None
            left = (cert.renewal_due - today).days
            reason = (f"Certification due for renewal in {left} days: {cert.topic}" if left >= 0
                      else f"Certification renewal overdue by {-left} days: {cert.topic}")
            attention.append(Attention(cert.candidate_id, cert.candidate_name, stage_of.get(cert.candidate_id, ""),
                                       reason, -left, kind="renewal", detail=cert.topic))
        attention.sort(key=lambda item: (-item.days, item.name))
        assets = sorted(self.coach.assets.reminders(today),
                        key=lambda a: (a.review_due is None, a.review_due or today, a.title.casefold()))
        return DashboardData(stages, attention, assets=assets, observers=self.coach.observer_profiles.warnings())
