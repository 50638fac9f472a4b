"""Closing the loop (issue 20): the measure a business case promised, before and after its sessions, each with
n and a 95% interval — the comprehension checks of its sessions, or the gap's outside figures either side of
the first session."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainercoach.analytics.stats import estimate_values
from trainercoach.models import BusinessCase, CaseSession, ComprehensionCheck, Delivery, GapEvidence
from trainercoach.records.gaps import CaseSessionRow, MeasureResult
from trainercoach.services.gap_evidence import check_values


def case_sessions(session: Session, case_id: int) -> list[CaseSessionRow]:
    found = session.scalars(select(Delivery).join(CaseSession, CaseSession.delivery_id == Delivery.id)
                            .where(CaseSession.case_id == case_id).order_by(Delivery.starts_at, Delivery.id))
    return [CaseSessionRow(d.id, d.topic, d.starts_at.date()) for d in found]


def measure_result(session: Session, case: BusinessCase) -> MeasureResult | None:
    """None until the case has a session; then the promised measure before and after it."""
    sessions = case_sessions(session, case.id)
    if not sessions:
        return None
    if case.measure == "check_score":
        checks = session.scalars(select(ComprehensionCheck).where(
            ComprehensionCheck.delivery_id.in_([s.id for s in sessions]))).all()
        before = [v for c in checks for v in check_values(session, c, before=True)]
        after = [v for c in checks for v in check_values(session, c)]
        scaled = all(c.max_score for c in checks)
        bounds = (0.0, 100.0) if scaled else None
        return MeasureResult(case.measure, estimate_values(before, bounds=bounds),
                             estimate_values(after, bounds=bounds), "%" if scaled else "")
    first = min(s.held_on for s in sessions if s.held_on is not None)
    figures = session.execute(select(GapEvidence.on_date, GapEvidence.value).where(
        GapEvidence.gap_id == case.gap_id, GapEvidence.kind == "figure", GapEvidence.figure_kind == case.measure,
        GapEvidence.value.is_not(None), GapEvidence.on_date.is_not(None))).all()
    before_values = [v for d, v in figures if d is not None and d < first]
    after_values = [v for d, v in figures if d is not None and d >= first]
    return MeasureResult(case.measure, estimate_values(before_values), estimate_values(after_values))
