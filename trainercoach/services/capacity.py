"""The capacity planner's starting point from the database: the certified trainers where they work and in which
language, and the forecast of candidates becoming ready; the arithmetic is analytics/capacity.py's.

A plan is edited in the window (what-if) and computed again at once, without the database; only the starting
point is read, in one transaction for the trainers and one for the forecast.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from trainercoach.analytics.capacity import Outlook, Plan, SiteLoad, Trainer, outlook
from trainercoach.errors import ValidationError
from trainercoach.i18n import _
from trainercoach.models import Candidate, Certification, Person

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


_MESSAGES = {
    "negative": lambda: _("Hires, hours and changes are numbers of 0 or more."),
    "at_least_one": lambda: _("At least one trainee per session."),
    "hours": lambda: _("Hours a month are from 0 to 744."),
}
