"""Business cases (issue 20): a candidate's case for a new session from a knowledge gap, reviewed by a lead
through draft → submitted → approved or returned → scheduled → delivered → evaluated, every step kept. An
approved case is the candidate's component-3 milestone in progress; a delivered one is the milestone done."""

from __future__ import annotations

import math
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from trainercoach.errors import Conflict, NotFound, ValidationError
from trainercoach.i18n import _
from trainercoach.models import (
    AUDIENCES,
    CASE_MEASURES,
    METHODS,
    BusinessCase,
    Candidate,
    CaseSession,
    CaseStep,
    Delivery,
    GapEvidence,
    KnowledgeGap,
    Person,
)
from trainercoach.records.candidates import MilestoneRecord
from trainercoach.records.gaps import CaseDetail, CaseForm, CaseRow, CaseStepRow
from trainercoach.services.case_measures import case_sessions, measure_result
from trainercoach.services.gaps import GapService
from trainercoach.services.history import Change
from trainercoach.services.milestones import read_milestone, write_milestone
from trainercoach.words import CASE_STATUS, undo_label, word

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

MAX_TITLE = 200
MAX_TEXT = 10_000
MAX_HOURS = 10_000
COMPONENT = "gap_business_case"
# Where a case may go from each status.
NEXT: dict[str, tuple[str, ...]] = {
    "draft": ("submitted",),
    "submitted": ("approved", "returned", "draft"),
    "returned": ("submitted", "draft"),
    "approved": ("scheduled", "returned"),
    "scheduled": ("delivered",),
    "delivered": ("evaluated",),
    "evaluated": (),
}
EDITABLE = ("draft", "submitted", "returned")
CASE_FIELDS = ("title", "problem", "audience", "audience_size", "outline", "objectives", "method", "has_text",
               "has_visual", "has_hands_on", "effort_hours", "expected_effect", "measure")


def case_errors(form: CaseForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    title = form.title.strip()
    if not title:
        errors["title"] = _('Give the business case a title: the session it asks for.')
    elif len(title) > MAX_TITLE:
        errors["title"] = _('A title can be at most {max} characters.', max=MAX_TITLE)
    if form.audience not in AUDIENCES:
        errors["audience"] = _('Choose new hires, existing agents or both.')
    if form.method not in METHODS:
        errors["method"] = _('Choose classroom, virtual or online.')
    if form.measure not in CASE_MEASURES:
        errors["measure"] = _('Choose how the effect will be measured.')
    size = form.audience_size
    if size is not None and (not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= 1_000_000):
        errors["audience_size"] = _('The audience size is a whole number of agents, or empty.')
    hours = form.effort_hours
    if hours is not None and (not isinstance(hours, int | float) or isinstance(hours, bool) or not math.isfinite(hours)
                              or not 0 <= hours <= MAX_HOURS):
        errors["effort_hours"] = _('The effort is a number of trainer hours from 0 to {max}, or empty.', max=MAX_HOURS)
    for name in ("problem", "outline", "objectives", "expected_effect"):
        if len(getattr(form, name)) > MAX_TEXT:
            errors[name] = _('This can be at most {max} characters.', max=MAX_TEXT)
    if not (form.has_text or form.has_visual or form.has_hands_on):
        errors["content_mix"] = _('Tick at least one kind of content: text, visual or hands-on.')
    return errors


def submit_errors(form: CaseForm) -> dict[str, str]:
    """What a case needs before a lead can review it."""
    errors: dict[str, str] = {}
    if not form.problem.strip():
        errors["problem"] = _('Say what the problem is before submitting.')
    if not form.objectives.strip():
        errors["objectives"] = _('Write the session\'s objectives before submitting.')
    if form.audience_size is None:
        errors["audience_size"] = _('Say how many agents the session is for before submitting.')
    if form.effort_hours is None:
        errors["effort_hours"] = _('Estimate the effort in trainer hours before submitting.')
    if not form.expected_effect.strip():
        errors["expected_effect"] = _('Say what effect you expect before submitting.')
    return errors


def _form(case: BusinessCase) -> CaseForm:
    return CaseForm(case.candidate_id, case.gap_id, case.title, case.problem, case.audience, case.audience_size,
                    case.outline, case.objectives, case.method, case.has_text, case.has_visual, case.has_hands_on,
                    case.effort_hours, case.expected_effect, case.measure)


class BusinessCaseService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    # -- reading ---------------------------------------------------------------------------------------
    def list(self, *, candidate_id: int | None = None) -> list[CaseRow]:
        with self.coach.db.reading() as session:
            # One query: each case's last step joined in (a query per case took 0.3 s for 420 cases).
            last = (select(CaseStep.case_id, func.max(CaseStep.id).label("step_id"))
                    .group_by(CaseStep.case_id).subquery())
            query = (select(BusinessCase.id, BusinessCase.title, Person.name, KnowledgeGap.topic, BusinessCase.status,
                            BusinessCase.effort_hours, CaseStep.at, BusinessCase.created_at)
                     .join(Candidate, Candidate.id == BusinessCase.candidate_id)
                     .join(Person, Person.id == Candidate.person_id)
                     .join(KnowledgeGap, KnowledgeGap.id == BusinessCase.gap_id)
                     .outerjoin(last, last.c.case_id == BusinessCase.id)
                     .outerjoin(CaseStep, CaseStep.id == last.c.step_id)
                     .order_by(BusinessCase.id))
            if candidate_id is not None:
                query = query.where(BusinessCase.candidate_id == candidate_id)
            return [CaseRow(case_id, title, name, topic, status, effort, at or created)
                    for case_id, title, name, topic, status, effort, at, created in session.execute(query)]

    def get(self, case_id: int) -> CaseDetail:
        with self.coach.db.reading() as session:
            return self.get_in(session, case_id)

    @staticmethod
    def get_in(session: Session, case_id: int) -> CaseDetail:
        """The case with its gap's live evidence, its steps and its measured effect, in the caller's read."""
        case = session.get(BusinessCase, case_id)
        if case is None:
            raise NotFound(_('This business case is no longer in the database.'))
        candidate = session.get(Candidate, case.candidate_id)
        person = session.get(Person, candidate.person_id) if candidate is not None else None
        steps = [CaseStepRow(s.status, s.by, s.at, s.reason) for s in session.scalars(
            select(CaseStep).where(CaseStep.case_id == case_id).order_by(CaseStep.at, CaseStep.id))]
        return CaseDetail(case.id, _form(case), case.status, case.version, person.name if person else "",
                          GapService.get_in(session, case.gap_id), steps, case_sessions(session, case_id),
                          measure_result(session, case), list(NEXT.get(case.status, ())))

    # -- writing ---------------------------------------------------------------------------------------
    def add(self, form: CaseForm) -> int:
        case_id = self._add(form)
        self.coach.history.push(Change(undo_label("add_case", title=form.title.strip()),
                                       undo=lambda: self._delete(case_id),
                                       redo=lambda: self._add(form, case_id)))
        return case_id

    def _add(self, form: CaseForm, case_id: int | None = None) -> int:
        errors = case_errors(form)
        if errors:
            raise ValidationError(errors)
        with self.coach.db.transaction() as session:
            self._check_links(session, form)
            case = BusinessCase(id=case_id, candidate_id=form.candidate_id, gap_id=form.gap_id, status="draft")
            self._write(case, form)
            session.add(case)
            session.flush()
            session.add(CaseStep(case_id=case.id, status="draft", by=self.coach.actor))
            return case.id

    @staticmethod
    def _check_links(session: Session, form: CaseForm) -> None:
        errors = {}
        if session.get(Candidate, form.candidate_id) is None:
            errors["candidate_id"] = _('Choose the candidate who writes the case.')
        if session.get(KnowledgeGap, form.gap_id) is None:
            errors["gap_id"] = _('Choose the knowledge gap the case is for.')
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def _write(case: BusinessCase, form: CaseForm) -> None:
        for name in CASE_FIELDS:
            value = getattr(form, name)
            setattr(case, name, value.strip() if isinstance(value, str) else value)
        case.candidate_id, case.gap_id = form.candidate_id, form.gap_id

    def _delete(self, case_id: int) -> None:
        with self.coach.db.transaction() as session:
            case = self._locked(session, case_id, self.coach.db.written_version("business_case", case_id))
            session.delete(case)

    def update(self, case_id: int, form: CaseForm, *, expected_version: int | None = None) -> None:
        before = self.get(case_id)
        self._update(case_id, form, before.version if expected_version is None else expected_version)
        self.coach.history.push(Change(
            undo_label("edit_case", title=form.title.strip()),
            undo=lambda: self._update(case_id, before.form, self.coach.db.written_version("business_case", case_id)),
            redo=lambda: self._update(case_id, form, self.coach.db.written_version("business_case", case_id))))

    def _update(self, case_id: int, form: CaseForm, expected_version: int | None) -> None:
        errors = case_errors(form)
        if errors:
            raise ValidationError(errors)
        with self.coach.db.transaction() as session:
            case = self._locked(session, case_id, expected_version)
            if case.status not in EDITABLE:
                raise ValidationError({"status": _('A case that is {status} is no longer edited; return it first.',
                                                   status=word(CASE_STATUS, case.status))})
            self._check_links(session, form)
            self._write(case, form)

    @staticmethod
    def _locked(session: Session, case_id: int, expected_version: int | None) -> BusinessCase:
        case = session.get(BusinessCase, case_id)
        if case is None:
            raise NotFound(_('This business case is no longer in the database.'))
        if expected_version is not None and case.version != expected_version:
            raise Conflict(_('This business case was changed by someone else since; their change is kept.'),
                           current_version=case.version)
        return case

    # -- the review ------------------------------------------------------------------------------------
    def move(self, case_id: int, status: str, reason: str = "", *, expected_version: int | None = None) -> None:
        """One step of the review; a return needs its reason. Approving and delivering write the candidate's
        component-3 milestone in the same transaction."""
        before = self.get(case_id)
        step_id, milestone = self._move(case_id, status, reason.strip(),
                                        before.version if expected_version is None else expected_version)
        label = undo_label("move_case", title=before.form.title, status=word(CASE_STATUS, status))
        self.coach.history.push(Change(
            label,
            undo=lambda: self._unmove(case_id, step_id, before.status, milestone),
            redo=lambda: self._move(case_id, status, reason.strip(),
                                    self.coach.db.written_version("business_case", case_id))))

    def _move(self, case_id: int, status: str, reason: str,
              expected_version: int | None) -> tuple[int, tuple[int, MilestoneRecord] | None]:
        with self.coach.db.transaction() as session:
            case = self._locked(session, case_id, expected_version)
            if status not in NEXT.get(case.status, ()):
                raise ValidationError({"status": _('A case that is {now} cannot be marked {then}.',
                                                   now=word(CASE_STATUS, case.status),
                                                   then=word(CASE_STATUS, status))})
            errors = self._step_errors(session, case, status, reason)
            if errors:
                raise ValidationError(errors)
            case.status = status
            step = CaseStep(case_id=case_id, status=status, by=self.coach.actor, reason=reason)
            session.add(step)
            milestone = self._milestone(session, case, status)
            session.flush()
            return step.id, milestone

    def _step_errors(self, session: Session, case: BusinessCase, status: str, reason: str) -> dict[str, str]:
        errors: dict[str, str] = {}
        if status == "submitted":
            errors = submit_errors(_form(case))
            if not session.scalar(select(GapEvidence.id).where(GapEvidence.gap_id == case.gap_id).limit(1)):
                errors["gap_id"] = _('The gap has no evidence yet: link some before submitting.')
        if status == "returned" and not reason:
            errors["reason"] = _('Say why the case goes back, so its author knows what to change.')
        if len(reason) > MAX_TEXT:
            errors["reason"] = _('A reason can be at most {max} characters.', max=MAX_TEXT)
        sessions = case_sessions(session, case.id)
        if status == "scheduled" and not sessions:
            errors["sessions"] = _('Link the session (or sessions) the case is delivered in first.')
        if status == "delivered" and not any(s.held_on and s.held_on <= date.today() for s in sessions):
            errors["sessions"] = _('None of the case\'s sessions has taken place yet.')
        if status == "evaluated":
            result = measure_result(session, case)
            if result is None or not result.after.n:
                errors["result"] = _('There is nothing measured after the sessions yet to evaluate.')
        return errors

    def _milestone(self, session: Session, case: BusinessCase, status: str) -> tuple[int, MilestoneRecord] | None:
        """Approved: the milestone in progress with this case as its evidence; delivered: done, dated today."""
        if status not in ("approved", "delivered"):
            return None
        current = read_milestone(session, case.candidate_id, COMPONENT)
        if status == "approved" and current.status == "done":
            return None
        today = date.today()
        evidence = (_('Business case “{title}” approved on {day}.', title=case.title, day=today.isoformat())
                    if status == "approved" else
                    _('Business case “{title}” delivered on {day}.', title=case.title, day=today.isoformat()))
        new = MilestoneRecord(COMPONENT, "in_progress" if status == "approved" else "done",
                              today if status == "delivered" else current.on_date, evidence)
        return case.candidate_id, write_milestone(session, case.candidate_id, new)

    def _unmove(self, case_id: int, step_id: int, previous: str,
                milestone: tuple[int, MilestoneRecord] | None) -> None:
        with self.coach.db.transaction() as session:
            case = self._locked(session, case_id, self.coach.db.written_version("business_case", case_id))
            case.status = previous
            session.execute(delete(CaseStep).where(CaseStep.id == step_id))
            if milestone is not None:
                write_milestone(session, *milestone)

    def link_session(self, case_id: int, delivery_id: int) -> None:
        """The practice delivery the case is given in (its checks become the case's before and after)."""
        title = self.get(case_id).form.title
        self._link(case_id, delivery_id, True)
        self.coach.history.push(Change(undo_label("link_case_session", title=title),
                                       undo=lambda: self._link(case_id, delivery_id, False),
                                       redo=lambda: self._link(case_id, delivery_id, True)))

    def _link(self, case_id: int, delivery_id: int, linked: bool) -> None:
        with self.coach.db.transaction() as session:
            if session.get(BusinessCase, case_id) is None:
                raise NotFound(_('This business case is no longer in the database.'))
            if session.get(Delivery, delivery_id) is None:
                raise ValidationError({"sessions": _('This session is no longer in the database.')})
            present = session.get(CaseSession, (case_id, delivery_id))
            if linked and present is None:
                session.add(CaseSession(case_id=case_id, delivery_id=delivery_id))
            elif not linked and present is not None:
                session.delete(present)
