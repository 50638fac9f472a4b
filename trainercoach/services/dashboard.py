"""What needs the lead today: counts per stage, stalled candidates, overdue action items, sessions nobody has
observed or collected feedback for, candidates ready for certification and certifications due for renewal, and
training assets whose review is due or whose knowledge-base article changed since their last review."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import and_, exists, func, or_, select

from trainercoach.models import Delivery, Observation, SessionSummary
from trainercoach.records.dashboard import Attention, DashboardData
from trainercoach.records.observer_profiles import ObserverWarning

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
        """Everything the dashboard shows. The observers' warning (a grouped read over every co-observed session
        of two quarters: 0.35 s of the huge demo's 1.2 s, nearly all of it in the database) is read on a thread of
        its own meanwhile, on its own connection; the database works on it while this thread reads the rest."""
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dashboard-observers") as aside:
            observers = aside.submit(self.coach.observer_profiles.warnings)
            return self._load(today or date.today(), stalled_after, observers)

    def _load(self, today: date, stalled_after: int, observers: Future[list[ObserverWarning]]) -> DashboardData:
        stages = self.coach.pipeline.stages()
        pipeline = [s for s in stages if s.kind == "pipeline"]
        first = pipeline[0].id if pipeline else None
        goal = pipeline[-1].id if pipeline else None
        exits = {s.id for s in stages if s.kind == "exit"}
        attention: list[Attention] = []
        rows = self.coach.candidates.list()
        stage_of = {row.id: row.stage_name for row in rows}
        name_of = {row.id: row.name for row in rows}
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
        for delivery_id, candidate_id, starts_at, topic, unobserved, no_feedback in self._awaiting(today):
            if candidate_id not in stage_of:
                continue
            days = (today - starts_at.date()).days
            if unobserved:
                attention.append(Attention(
                    candidate_id, name_of[candidate_id], stage_of[candidate_id],
                    f"Session not observed yet ({days} days ago): {topic}", days,
                    kind="unobserved", delivery_id=delivery_id, detail=topic))
            if no_feedback:
                attention.append(Attention(
                    candidate_id, name_of[candidate_id], stage_of[candidate_id],
                    f"No trainee feedback yet ({days} days ago): {topic}", days,
                    kind="no_feedback", delivery_id=delivery_id, detail=topic))
        certified_stage = next((s.position for s in stages if s.key == "certified"), None)
        positions = {s.id: s.position for s in stages}
        ready = self.coach.effectiveness.ready_ids()
        certifications = self.coach.certification.list()
        certified = {c.candidate_id for c in certifications}
        for row in rows:
            before_certified = certified_stage is None or positions.get(row.stage_id, 0) < certified_stage
            if (row.id in ready and row.id not in certified and before_certified
                    and row.stage_id not in exits):
                attention.append(Attention(row.id, row.name, row.stage_name,
                                           "Ready for certification: every readiness condition is met", 0,
                                           kind="ready"))
        for cert in self.coach.certification.renewals_due(today=today, among=certifications):
            assert cert.renewal_due is not None
            left = (cert.renewal_due - today).days
            reason = (f"Certification due for renewal in {left} days: {cert.topic}" if left >= 0
                      else f"Certification renewal overdue by {-left} days: {cert.topic}")
            attention.append(Attention(cert.candidate_id, cert.candidate_name, stage_of.get(cert.candidate_id, ""),
                                       reason, -left, kind="renewal", detail=cert.topic))
        attention.sort(key=lambda item: (-item.days, item.name))
        assets = sorted(self.coach.assets.reminders(today),
                        key=lambda a: (a.review_due is None, a.review_due or today, a.title.casefold()))
        return DashboardData(stages, attention, assets=assets, observers=observers.result())

    def _awaiting(self, today: date) -> list[tuple[int, int, datetime, str, bool, bool]]:
        """(session, candidate, when, topic, not observed, no feedback) of the recent sessions still waiting for
        one or the other, newest first: only those rows, where the session list's query counted every
        observation and form of every session (1.4 s of the huge demo's dashboard). A session whose summary has
        a scored observation is observed without looking further; only the others are looked up among the
        observations (an observation may leave every criterion unscored). Looking up every session's took the
        huge demo 0.15 s on SQLite, and PostgreSQL read all the observations twice (55 ms on the large demo)."""
        since = datetime.combine(today - timedelta(days=UNOBSERVED_WINDOW_DAYS), datetime.min.time())
        until = datetime.combine(today - timedelta(days=UNOBSERVED_AFTER_DAYS), datetime.min.time())
        unobserved = and_(func.coalesce(SessionSummary.rubric_n, 0) == 0,
                          ~exists().where(Observation.delivery_id == Delivery.id))
        no_feedback = and_(func.coalesce(SessionSummary.responses, 0) == 0, Delivery.trainees > 0)
        query = (select(Delivery.id, Delivery.candidate_id, Delivery.starts_at, Delivery.topic, unobserved, no_feedback)
                 .outerjoin(SessionSummary, SessionSummary.delivery_id == Delivery.id)
                 .where(Delivery.starts_at >= since, Delivery.starts_at < until, or_(unobserved, no_feedback))
                 .order_by(Delivery.starts_at.desc(), Delivery.id.desc()))
        with self.coach.db.reading() as session:
            return [(d, c, when, topic, bool(u), bool(f)) for d, c, when, topic, u, f in session.execute(query)]
