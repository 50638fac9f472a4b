"""People who are not (only) candidates: mentors, nominators, leads."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainercoach.db import team
from trainercoach.db.team import Connected
from trainercoach.errors import AccessDenied, Conflict, NotFound, TrainerCoachError, ValidationError
from trainercoach.i18n import _
from trainercoach.models import ACCESS_ROLES, ROLES, AppUser, Person, utcnow
from trainercoach.records.people import LoginRecord, PersonRecord
from trainercoach.services.candidates import EMAIL, email_owner
from trainercoach.services.history import Change
from trainercoach.words import undo_label

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach


class PeopleService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    def list(self, roles: tuple[str, ...] | None = None, *, retired: bool = True) -> list[PersonRecord]:
        """Everyone (with ``roles``, if given). Retired people are listed too unless ``retired`` is False: old
        records still name them; only the choices for new work leave them out."""
        with self.coach.db.reading() as session:
            return self.list_in(session, roles, retired=retired)

    @staticmethod
    def list_in(session: Session, roles: tuple[str, ...] | None = None, *,
                retired: bool = True) -> builtins.list[PersonRecord]:
        """The same, inside a read the caller holds open."""
        query = (select(Person.id, Person.name, Person.email, Person.role, Person.retired_at, Person.version)
                 .order_by(Person.name, Person.id))
        if roles:
            query = query.where(Person.role.in_(roles))
        if not retired:
            query = query.where(Person.retired_at.is_(None))
        return [PersonRecord(i, n, e or "", r, gone is not None, v) for i, n, e, r, gone, v in session.execute(query)]

    def mentors(self) -> builtins.list[PersonRecord]:
        """Who can mentor, observe or own an action item now: leads and trainers who are not retired."""
        return self.list(("lead", "trainer"), retired=False)

    def mentors_in(self, session: Session) -> builtins.list[PersonRecord]:
        """The same, inside a read the caller holds open."""
        return self.list_in(session, ("lead", "trainer"), retired=False)

    def get(self, person_id: int) -> PersonRecord:
        with self.coach.db.reading() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound(_('This person is no longer in the database.'))
            return self._record(person)

    @staticmethod
    def _record(person: Person) -> PersonRecord:
        return PersonRecord(person.id, person.name, person.email or "", person.role, person.retired_at is not None,
                            person.version)

    @staticmethod
    def _checked(session: object, name: str, email: str, role: str,
                 person_id: int | None = None) -> tuple[str, str]:
        """The name and e-mail address as they will be saved, or a ValidationError naming each bad field."""
        errors: dict[str, str] = {}
        name, email = name.strip(), email.strip()
        if not name:
            errors["name"] = _("Enter the person's name.")
        elif len(name) > 200:  # the column's size: a longer name would be cut off (or refused by PostgreSQL)
            errors["name"] = _('A name can be at most 200 characters.')
        if role not in ROLES:
            errors["role"] = _('Choose lead, trainer or agent.')
        if email and not EMAIL.match(email):
            errors["email"] = _('This does not look like an email address (name@example.com).')
        if email and "email" not in errors:
            other = email_owner(session, email, person_id)  # type: ignore[arg-type]
            if other:
                errors["email"] = _('{other} already uses this email address.', other=other)
        if errors:
            raise ValidationError(errors)
        return name, email

    def edit(self, person_id: int, name: str, email: str, role: str, expected_version: int | None = None) -> None:
        """Correct a person's name, e-mail address or role; undoable. With ``expected_version``, a save by someone
        else since that version is refused (Conflict) rather than overwritten."""
        with self.coach.db.transaction() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound(_('This person is no longer in the database.'))
            if expected_version is not None and person.version != expected_version:
                raise Conflict(_('{name} was changed by someone else since; their change is kept.', name=person.name),
                               current_version=person.version)
            name, email = self._checked(session, name, email, role, person_id)
            before = (person.name, person.email or "", person.role)
            person.name, person.email, person.role = name, email or None, role
            session.flush()
            after = (name, email, role)
            version = person.version
        if before == after:
            return
        self.coach.history.push(Change(
            undo_label("edit_person", name=name),
            undo=lambda: self.edit(person_id, *before, expected_version=version),
            redo=lambda: self.edit(person_id, *after, expected_version=version + 1),
        ))

    def retire(self, person_id: int, retired: bool = True) -> None:
        """Retire a person (or bring them back with ``retired=False``): a retired person is no longer offered as
        an observer, mentor or owner of an action item, and stays named on every old record. Undoable."""
        with self.coach.db.transaction() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound(_('This person is no longer in the database.'))
            if (person.retired_at is not None) == retired:
                return
            person.retired_at = utcnow() if retired else None
            name = person.name
        self.coach.history.push(Change(
            undo_label("retire_person", name=name) if retired else undo_label("unretire_person", name=name),
            undo=lambda: self.retire(person_id, not retired),
            redo=lambda: self.retire(person_id, retired),
        ))

    def add(self, name: str, email: str = "", role: str = "lead") -> int:
        with self.coach.db.transaction() as session:
            name, email = self._checked(session, name, email, role)
            person = Person(name=name, email=email or None, role=role)
            session.add(person)
            session.flush()
            return person.id

    # -- logins on a team server -------------------------------------------------------------------
    def connected(self) -> Connected:
        """Who this app is connected as, and so what the database lets it do. A local file is yours alone:
        its owner, with no login to speak of."""
        if not self.coach.db.is_postgresql:
            return Connected(self.coach.actor, "owner", None)
        with self.coach.db.reading() as session:
            return team.connected(session)

    def logins(self) -> builtins.list[LoginRecord]:
        """The team's logins and whom they belong to (a trainer sees only their own)."""
        with self.coach.db.reading() as session:
            return [LoginRecord(u, p, n, r) for u, p, n, r in session.execute(
                select(AppUser.db_user, AppUser.person_id, Person.name, AppUser.role)
                .join(Person, Person.id == AppUser.person_id).order_by(Person.name, AppUser.db_user))]

    def grant_access(self, person_id: int, db_user: str, role: str, password: str | None = None) -> None:
        """Give a person a login on the team server with a role (lead or trainer): the login is created if
        the server has none of that name, its role here is set, and the database's policies from then on
        know it as this person. For leads (and the server's owner) only; the database itself refuses others.

        Only logins that are this database's may be changed: one it made or one in its roles. Everything else
        (an administrator, the schema's owner, another application's or another team's login) is refused in
        words; the database's own function does the work, so a lead needs no power over the server's logins.

        Not undoable: a login belongs to the whole server. Give the person another role, or revoke_access.
        """
        db_user = db_user.strip()
        errors: dict[str, str] = {}
        if role not in ACCESS_ROLES:
            errors["role"] = _('Choose lead or trainer.')
        problem = team.login_name_problem(db_user)
        if problem:
            errors["db_user"] = problem
        if not self.coach.db.is_postgresql:
            raise TrainerCoachError(_('Logins and roles are for a team server (PostgreSQL). A database file on your '
                                      'computer is yours alone; move it to a server with db copy first.'))
        me = self.connected()
        if me.role not in ("owner", "lead"):
            raise AccessDenied(_('Only a lead can give people access to the team server.'))
        with self.coach.db.transaction() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound(_('This person is no longer in the database.'))
            holder = session.get(AppUser, db_user) if not errors else None
            if holder is not None and holder.person_id != person_id:
                other = session.get(Person, holder.person_id)
                errors["db_user"] = _('The login {db_user} already belongs to {someone}.',
                                      db_user=db_user, someone=other.name if other else _('someone else'))
            exists, superuser = team.role_exists(session, db_user) if not errors else (False, False)
            if superuser:
                errors["db_user"] = _('{db_user} is an administrator of the server; give the person their own login.',
                                      db_user=db_user)
            if errors:
                raise ValidationError(errors)
            self._set_access(session, db_user, role, password)
            earlier = session.scalar(select(AppUser).where(AppUser.person_id == person_id))
            if earlier is not None and earlier.db_user != db_user:
                self._set_access(session, earlier.db_user, "none")
                session.delete(earlier)
                session.flush()
            if holder is None:
                session.add(AppUser(db_user=db_user, person_id=person_id, role=role))
            else:
                holder.role = role

    def revoke_access(self, person_id: int) -> None:
        """Take a person's role away: their login stays on the server (it may serve other databases) but
        sees nothing of the team's any more, and cannot even connect to its database."""
        if not self.coach.db.is_postgresql:
            raise TrainerCoachError(_('Logins and roles are for a team server (PostgreSQL).'))
        with self.coach.db.transaction() as session:
            found = session.scalar(select(AppUser).where(AppUser.person_id == person_id))
            if found is None:
                raise NotFound(_('This person has no login on the team server.'))
            self._set_access(session, found.db_user, "none")
            session.delete(found)

    def revoke_login(self, db_user: str) -> None:
        """revoke_access by the login's name (what a lead scripting access knows)."""
        if not self.coach.db.is_postgresql:
            raise TrainerCoachError(_('Logins and roles are for a team server (PostgreSQL).'))
        if self.connected().role not in ("owner", "lead"):
            raise AccessDenied(_('Only a lead can give people access to the team server.'))
        with self.coach.db.reading() as session:
            found = session.get(AppUser, db_user.strip())
        if found is None:
            raise NotFound(_('The login {db_user} has no access to this team.', db_user=db_user.strip()))
        self.revoke_access(found.person_id)

    @staticmethod
    def _set_access(session: Session, db_user: str, role: str, password: str | None = None) -> None:
        try:
            team.set_access(session, db_user, role, password)
        except team.AccessRefused as refusal:
            if role == "none" and refusal.reason == "no_login":  # gone from the server already: nothing to take
                return
            if refusal.reason == "not_lead":
                raise AccessDenied(team.refusal_words(refusal.reason, db_user)) from None
            raise ValidationError({"db_user": team.refusal_words(refusal.reason, db_user)}) from None
