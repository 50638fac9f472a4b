"""People who are not (only) candidates: mentors, nominators, leads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from trainercoach.errors import ValidationError
from trainercoach.models import ROLES, Person
from trainercoach.services.candidates import EMAIL, email_owner
from trainercoach.services.records import PersonRecord

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach


class PeopleService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    def list(self, roles: tuple[str, ...] | None = None) -> list[PersonRecord]:
        query = select(Person.id, Person.name, Person.email, Person.role).order_by(Person.name, Person.id)
        if roles:
            query = query.where(Person.role.in_(roles))
        with self.coach.db.reading() as session:
            return [PersonRecord(i, n, e or "", r) for i, n, e, r in session.execute(query)]

    def mentors(self) -> list[PersonRecord]:
        """Who can mentor: leads and trainers."""
        return self.list(("lead", "trainer"))

    def add(self, name: str, email: str = "", role: str = "lead") -> int:
        errors: dict[str, str] = {}
        name, email = name.strip(), email.strip()
        if not name:
            errors["name"] = "Enter the person's name."
        if role not in ROLES:
            errors["role"] = "Choose lead, trainer or agent."
        if email and not EMAIL.match(email):
            errors["email"] = "This does not look like an email address (name@example.com)."
        with self.coach.db.transaction() as session:
            if email and "email" not in errors:
                other = email_owner(session, email)
                if other:
                    errors["email"] = f"{other} already uses this email address."
            if errors:
                raise ValidationError(errors)
            person = Person(name=name, email=email or None, role=role)
            session.add(person)
            session.flush()
            return person.id
