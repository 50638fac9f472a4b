"""The capacity planner's starting point from the database: the certified trainers where they work and in which
language, and the forecast of candidates becoming ready; the arithmetic is analytics/capacity.py's.

A plan is edited in the window (what-if) and computed again at once, without the database; only the starting
point is read, in one transaction for the trainers and one for the forecast.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainercoach.analytics.capacity import Outlook, Plan, SiteLoad, Trainer, outlook, plan_from_dict, plan_to_dict
from trainercoach.errors import NotFound, ValidationError
from trainercoach.i18n import _
from trainercoach.models import Candidate, CapacityPlan, Certification, Person, utcnow
from trainercoach.services.history import Change
from trainercoach.words import undo_label

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

DEFAULT_TRAINER_HOURS = 20.0  # hours a month a certified trainer gives to training, until the lead says
DEFAULT_TRAINEES = 8


def first_language(languages: str) -> str:
    """The first of a person's languages ("el, en" -> "el"); the planner counts a trainer once."""
    for part in languages.replace(";", ",").split(","):
        if part.strip():
            return part.strip()
    return ""


class CapacityService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    def starting_plan(self, today: date | None = None) -> Plan:
        """Every certified trainer (a certification in force, not archived) at their site and first language
        with the default hours, a line of zero load for each site and language, and the forecast's expected
        candidates becoming ready in each of the next 12 months."""
        with self.coach.db.reading() as session:
            rows = session.execute(
                select(Candidate.id, Person.name, Person.site, Person.languages)
                .join(Person, Person.id == Candidate.person_id)
                .join(Certification, Certification.candidate_id == Candidate.id)
                .where(Certification.revoked_at.is_(None), Candidate.archived_at.is_(None))
                .distinct().order_by(Person.site, Person.name, Candidate.id)).all()
        trainers = tuple(Trainer(name, site, first_language(languages), DEFAULT_TRAINER_HOURS)
                         for _, name, site, languages in rows)
        places = sorted({(t.site, t.language) for t in trainers})
        loads = tuple(SiteLoad(site, language, trainees_per_session=DEFAULT_TRAINEES) for site, language in places)
        ready = self.coach.forecasts.programme(today)
        return Plan(_("Plan of {day}", day=(today or date.today()).isoformat()), loads, trainers,
                    DEFAULT_TRAINER_HOURS, tuple(value for _, value in ready.months))

    def outlook(self, plan: Plan, months: int = 12) -> Outlook:
        """The next ``months`` months; a plan with a bad input is refused with a message per input."""
        errors = plan.errors()
        if errors:
            raise ValidationError({key: _MESSAGES[kind]() for key, kind in errors.items()})
        return outlook(plan, months)


    # -- saved plans --------------------------------------------------------------------------------
    def saved(self) -> list[tuple[int, str]]:
        """(id, name) of every saved plan, by name."""
        with self.coach.db.reading() as session:
            return [(pid, name) for pid, name in session.execute(
                select(CapacityPlan.id, CapacityPlan.name).order_by(CapacityPlan.name, CapacityPlan.id))]

    def open(self, plan_id: int, today: date | None = None) -> Plan:
        """A saved plan's inputs with today's forecast of who becomes ready."""
        with self.coach.db.reading() as session:
            return self.open_in(session, plan_id, today)

    def open_in(self, session: Session, plan_id: int, today: date | None = None, *, forecast: bool = True) -> Plan:
        """The same inside a read the caller holds open; ``forecast=False`` leaves the forecast out (a plan set
        beside another takes that one's, as the page does)."""
        row = session.get(CapacityPlan, plan_id)
        if row is None:
            raise NotFound(_("This plan is no longer in the database."))
        ready = tuple(value for _, value in self.coach.forecasts.programme_in(session, today).months) \
            if forecast else ()
        return plan_from_dict(row.name, json.loads(row.inputs), ready)

    def save(self, plan: Plan) -> int:
        """Save the plan under its name, replacing a plan of that name (one transaction, one undo step)."""
        name = plan.name.strip()
        errors = {key: _MESSAGES[kind]() for key, kind in plan.errors().items()}
        if not name:
            errors["name"] = _("A plan needs a name.")
        elif len(name) > 200:
            errors["name"] = _("A plan's name is at most 200 characters.")
        if errors:
            raise ValidationError(errors)
        before = self._write(name, json.dumps(plan_to_dict(plan), ensure_ascii=False))
        saved = self._id_of(name)

        def undo() -> None:
            if before is None:
                self._delete(saved)
            else:
                self._write(name, before)

        self.coach.history.push(Change(undo_label("save_plan", name=name), undo=undo,
                                       redo=lambda: self._write(name, json.dumps(plan_to_dict(plan),
                                                                                 ensure_ascii=False))))
        return saved

    def delete(self, plan_id: int) -> None:
        with self.coach.db.reading() as session:
            row = session.get(CapacityPlan, plan_id)
            if row is None:
                raise NotFound(_("This plan is no longer in the database."))
            name, inputs = row.name, row.inputs
        self._delete(plan_id)
        self.coach.history.push(Change(undo_label("delete_plan", name=name),
                                       undo=lambda: self._write(name, inputs),
                                       redo=lambda: self._delete(self._id_of(name))))

    def _write(self, name: str, inputs: str) -> str | None:
        """Insert or replace the plan called ``name``; returns the inputs it had before (None: it was new)."""
        with self.coach.db.transaction() as session:
            row = session.scalar(select(CapacityPlan).where(CapacityPlan.name == name))
            if row is None:
                session.add(CapacityPlan(name=name, inputs=inputs))
                return None
            before = row.inputs
            row.inputs = inputs
            row.updated_at = utcnow()
            return before

    def _id_of(self, name: str) -> int:
        with self.coach.db.reading() as session:
            found = session.scalar(select(CapacityPlan.id).where(CapacityPlan.name == name))
        if found is None:
            raise NotFound(_("This plan is no longer in the database."))
        return found

    def _delete(self, plan_id: int) -> None:
        with self.coach.db.transaction() as session:
            row = session.get(CapacityPlan, plan_id)
            if row is not None:
                session.delete(row)


_MESSAGES = {
    "negative": lambda: _("Hires, hours and changes are numbers of 0 or more."),
    "at_least_one": lambda: _("At least one trainee per session."),
    "hours": lambda: _("Hours a month are from 0 to 744."),
}
