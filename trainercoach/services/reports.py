"""The data of each PDF, read at once: one call, one transaction, one record (trainercoach/records/reports.py).

trainercoach/reports/ only lays a snapshot out, so a document is consistent with itself even while colleagues
save on a team server, and writing it (reportlab, matplotlib) holds no database connection. Each method reads
in the language asked for (None: the app's), since some of what it reads is worded as it is read.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainercoach import i18n
from trainercoach.analytics.agreement import BOOTSTRAP_RESAMPLES
from trainercoach.analytics.capacity import Plan
from trainercoach.errors import NotFound
from trainercoach.i18n import _
from trainercoach.models import CalibrationExercise, Person
from trainercoach.records.gaps import CaseSnapshot
from trainercoach.records.reports import (
    CalibrationSnapshot,
    CapacitySnapshot,
    EvaluationSnapshot,
    FeedbackFormSnapshot,
    ObservationSheet,
    ProgrammeSnapshot,
    SessionReportSnapshot,
)

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

EVALUATION_COMMENTS = 12  # the evaluation quotes the most recent few
SESSION_COMMENTS = 40


class ReportService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    def evaluation(self, candidate_id: int, *, lang: str | None = None) -> EvaluationSnapshot:
        """One candidate's evaluation; raises NotFound for a candidate no longer in the database."""
        with i18n.using(lang) as chosen, self.coach.db.reading(snapshot=True) as session:
            return self._evaluation(session, candidate_id, chosen)

    def _evaluation(self, session: Session, candidate_id: int, lang: str) -> EvaluationSnapshot:
        coach = self.coach
        detail = coach.candidates.get_in(session, candidate_id)
        rows = coach.candidates.list_in(session, candidate_id=candidate_id)
        if not rows:
            raise NotFound(_('This candidate is no longer in the database.'))
        nominator = detail.form.nominated_by_id
        nominated_by = session.scalar(select(Person.name).where(Person.id == nominator)) if nominator else None
        deliveries = sorted(coach.deliveries.list_in(session, candidate_id=candidate_id),
                            key=lambda d: (d.starts_at, d.id))
        items, forms = coach.effectiveness.candidate_feedback_in(session, candidate_id)
        comments, total = coach.feedback.comments_in(session, candidate_id=candidate_id, limit=EVALUATION_COMMENTS)
        return EvaluationSnapshot(
            lang=lang, actor=coach.actor, read_at=datetime.now(), detail=detail, row=rows[0],
            nominated_by=nominated_by or "", effectiveness=coach.effectiveness.candidate_in(session, candidate_id),
            deliveries=deliveries, feedback=items, feedback_forms=forms, comments=comments, comment_total=total,
            actions=coach.action_items.list_in(session, candidate_id=candidate_id),
            certifications=coach.certification.list_in(session, candidate_id),
        )

    def session_report(self, delivery_id: int, *, lang: str | None = None) -> SessionReportSnapshot:
        """One session's report; raises NotFound for a session no longer in the database."""
        with i18n.using(lang) as chosen, self.coach.db.reading(snapshot=True) as session:
            coach = self.coach
            detail = coach.deliveries.get_in(session, delivery_id)
            sheets = [ObservationSheet(row, coach.observations.get_in(session, row.id),
                                       coach.rubrics.version_in(session, row.rubric_version_id))
                      for row in coach.observations.for_delivery_in(session, delivery_id)]
            comments, total = coach.feedback.comments_in(session, delivery_id=delivery_id, limit=SESSION_COMMENTS)
            return SessionReportSnapshot(
                lang=chosen, actor=coach.actor, read_at=datetime.now(), detail=detail,
                effectiveness=coach.effectiveness.session_in(session, delivery_id), observations=sheets,
                comments=comments, comment_total=total,
                checks={c.id: c for c in coach.comprehension.for_delivery_in(session, delivery_id)},
            )

    def programme(self, *, today: date | None = None, lang: str | None = None) -> ProgrammeSnapshot:
        """The programme report: every active candidate, their sessions and readiness, the monthly trends."""
        today = today or date.today()
        with i18n.using(lang) as chosen, self.coach.db.reading(snapshot=True) as session:
            coach = self.coach
            candidates = coach.candidates.list_in(session)
            deliveries = coach.deliveries.list_in(session)
            given = {d.candidate_id for d in deliveries}
            return ProgrammeSnapshot(
                lang=chosen, actor=coach.actor, read_at=datetime.now(), today=today,
                programme=coach.effectiveness.programme_in(session), candidates=candidates,
                readiness=coach.effectiveness.readiness_all_in(session, [c.id for c in candidates]),
                deliveries=deliveries,
                trends={c.id: coach.effectiveness.candidate_in(session, c.id) for c in candidates if c.id in given},
                overdue=coach.action_items.list_in(session, overdue_on=today),
                certifications=coach.certification.list_in(session),
            )

    def feedback_form(self, delivery_id: int, *, lang: str | None = None) -> FeedbackFormSnapshot:
        """The paper feedback form of one session; raises NotFound for a session no longer in the database."""
        with i18n.using(lang) as chosen, self.coach.db.reading(snapshot=True) as session:
            return FeedbackFormSnapshot(lang=chosen, detail=self.coach.deliveries.get_in(session, delivery_id),
                                        items=self.coach.feedback.items_in(session))

    def calibration(self, exercise_id: int, *, lang: str | None = None) -> CalibrationSnapshot:
        """One calibration exercise's report (issue 19): everything a lead sees, with the agreement statistics;
        raises NotFound for an exercise no longer in the database."""
        with i18n.using(lang) as chosen, self.coach.db.reading(snapshot=True) as session:
            exercise = session.get(CalibrationExercise, exercise_id)
            if exercise is None:
                raise NotFound(_("This calibration exercise is no longer in the database."))
            lead = session.scalar(select(Person.name).where(Person.id == exercise.lead_id)) \
                if exercise.lead_id is not None else None
            return CalibrationSnapshot(
                lang=chosen, actor=self.coach.actor, read_at=datetime.now(),
                view=self.coach.calibration.view_in(session, exercise_id),
                agreement=self.coach.calibration.agreement_in(session, exercise_id,
                                                             bootstrap=BOOTSTRAP_RESAMPLES), lead=lead or "",
                notes=exercise.notes, created_at=exercise.created_at, closed_at=exercise.closed_at)

    def business_case(self, case_id: int, *, lang: str | None = None) -> CaseSnapshot:
        """One business case's PDF (issue 20): the case, its gap's live evidence, its steps and its measured
        effect; raises NotFound for a case no longer in the database."""
        with i18n.using(lang) as chosen, self.coach.db.reading(snapshot=True) as session:
            return CaseSnapshot(lang=chosen, actor=self.coach.actor, read_at=datetime.now(),
                                case=self.coach.cases.get_in(session, case_id))

    def capacity(self, plan: Plan | int, *, compare: int | None = None, today: date | None = None,
                 lang: str | None = None) -> CapacitySnapshot:
        """A capacity plan's PDF (issue 21): a saved plan by id with the forecast read with it, or the plan as it
        stands on screen (its forecast is the one on screen, so the PDF shows what the page showed); ``compare``:
        a saved plan set beside it, on the same forecast. Raises NotFound for a plan no longer in the database
        and ValidationError for a plan with a bad input."""
        today = today or date.today()
        capacity = self.coach.capacity
        with i18n.using(lang) as chosen:
            with self.coach.db.reading(snapshot=True) as session:
                mine = capacity.open_in(session, plan, today) if isinstance(plan, int) else plan
                other = capacity.open_in(session, compare, today, forecast=False) if compare is not None else None
            if other is not None:
                other = replace(other, ready_per_month=mine.ready_per_month)
            return CapacitySnapshot(
                lang=chosen, actor=self.coach.actor, read_at=datetime.now(), first=today,
                plan_id=plan if isinstance(plan, int) else None, plan=mine, outlook=capacity.outlook(mine),
                compared=other, compared_outlook=capacity.outlook(other) if other is not None else None)
