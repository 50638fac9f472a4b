"""Candidates: nominate, edit, archive, find. Every call is one transaction and validates first."""

from __future__ import annotations

import builtins
import functools
import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.attributes import flag_modified

from trainercoach.errors import Conflict, NotFound, ValidationError
from trainercoach.i18n import _
from trainercoach.models import (
    COMPONENTS,
    EMPLOYMENTS,
    TRAITS,
    ActionItem,
    Candidate,
    Certification,
    Delivery,
    Milestone,
    Person,
    Stage,
    StageMove,
    TraitScore,
    utcnow,
)
from trainercoach.records.candidates import (
    CandidateDetail,
    CandidateForm,
    CandidateRow,
    FilterChoices,
    MilestoneRecord,
    MoveRecord,
    TraitEntry,
)
from trainercoach.services.history import Change
from trainercoach.services.milestones import milestone_errors, write_milestone
from trainercoach.services.text import matches
from trainercoach.words import undo_label

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_NAME = 200


def validate_form(session: Session, form: CandidateForm, person_id: int | None = None) -> dict[str, str]:
    """Every problem with the form at once, keyed by field, so the form can show each beside its field."""
    errors: dict[str, str] = {}
    name = form.name.strip()
    if not name:
        errors["name"] = _("Enter the candidate's name.")
    elif len(name) > MAX_NAME:
        errors["name"] = _('A name can be at most {max_name} characters.', max_name=MAX_NAME)
    email = form.email.strip()
    if email:
        if not EMAIL.match(email):
            errors["email"] = _('This does not look like an email address (name@example.com).')
        else:
            other = email_owner(session, email, person_id)
            if other is not None:
                errors["email"] = _('{other} already uses this email address.', other=other)
    if form.employment not in EMPLOYMENTS:
        errors["employment"] = _('Choose employee or vendor.')
    elif form.employment == "vendor" and not form.vendor_company.strip():
        errors["vendor_company"] = _("Name the vendor's company.")
    for key, field_id in (("mentor", form.mentor_id), ("nominated_by", form.nominated_by_id)):
        if field_id is not None and session.get(Person, field_id) is None:
            errors[key] = _('This person is no longer in the database.')
    if person_id is not None and form.mentor_id == person_id:
        errors["mentor"] = _('A candidate cannot be their own mentor.')
    if form.nominated_on is not None and form.nominated_on > date.today():
        errors["nominated_on"] = _('The nomination date cannot be in the future.')
    if form.hire_date is not None and form.hire_date > date.today():
        errors["hire_date"] = _('The hire date cannot be in the future.')
    unknown = set(form.traits) - set(TRAITS)
    if unknown:
        errors["traits"] = _('Unknown traits: {join}.', join=', '.join(sorted(unknown)))
    for trait, entry in form.traits.items():
        if entry.score is not None and (
            isinstance(entry.score, bool) or not isinstance(entry.score, int) or not 1 <= entry.score <= 5
        ):
            errors[f"trait:{trait}"] = _('Score the trait from 1 to 5, or leave it empty.')
    return errors


def email_owner(session: Session, email: str, person_id: int | None = None) -> str | None:
    """Who else already uses ``email``, whatever its case. Compared here rather than with SQL's lower(),
    which on SQLite folds only ASCII letters and would let "Μαρία@…" and "μαρία@…" both in."""
    wanted = email.strip().casefold()
    rows = session.execute(select(Person.id, Person.name, Person.email).where(Person.email.is_not(None)))
    for other_id, name, other in rows:
        if other_id != person_id and (other or "").strip().casefold() == wanted:  # NULLs were left out above
            return name
    return None


def selection_score(traits: dict[str, TraitEntry]) -> float | None:
    scores = [entry.score for entry in traits.values() if entry.score is not None]
    return sum(scores) / len(scores) if scores else None


@functools.cache
def _list_query() -> Select[*tuple[Any, ...]]:
    """The candidate list's statement before its filters, built once: building it (two aggregates and an alias,
    coerced clause by clause) cost as much Python as reading the few hundred rows it returns."""
    mentor = aliased(Person)
    entered = (
        select(StageMove.candidate_id, func.max(StageMove.moved_at).label("entered"))
        .group_by(StageMove.candidate_id)
        .subquery()
    )
    traits = (
        select(TraitScore.candidate_id, func.avg(TraitScore.score).label("score"))
        .where(TraitScore.score.is_not(None))
        .group_by(TraitScore.candidate_id)
        .subquery()
    )
    return (
        select(
            Candidate.id, Person.name, Person.email, Person.team, Person.site, Person.languages,
            Person.employment, Person.vendor_company, Candidate.stage_id, Stage.name,
            Candidate.mentor_id, mentor.name, entered.c.entered, traits.c.score, Candidate.archived_at,
        )
        .join(Person, Person.id == Candidate.person_id)
        .join(Stage, Stage.id == Candidate.stage_id)
        .outerjoin(mentor, mentor.id == Candidate.mentor_id)
        .outerjoin(entered, entered.c.candidate_id == Candidate.id)
        .outerjoin(traits, traits.c.candidate_id == Candidate.id)
        .order_by(Person.name, Candidate.id)
    )


class CandidateService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    # -- reading ---------------------------------------------------------------------------------
    def list(
        self,
        search: str = "",
        *,
        stage_id: int | None = None,
        mentor_id: int | None = None,
        site: str | None = None,
        employment: str | None = None,
        include_archived: bool = False,
    ) -> list[CandidateRow]:
        """Candidates with what the list and the board show, in one query; search folds case and accents."""
        with self.coach.db.reading() as session:
            return self.list_in(session, search, stage_id=stage_id, mentor_id=mentor_id, site=site,
                                employment=employment, include_archived=include_archived)

    def list_in(
        self,
        session: Session,
        search: str = "",
        *,
        stage_id: int | None = None,
        mentor_id: int | None = None,
        site: str | None = None,
        employment: str | None = None,
        include_archived: bool = False,
        candidate_id: int | None = None,
    ) -> builtins.list[CandidateRow]:
        """The same, inside a read the caller holds open (one snapshot, one transaction); ``candidate_id`` keeps
        one candidate's row (archived or not), so a report on one person never reads the whole list."""
        query = _list_query()
        if candidate_id is not None:
            query = query.where(Candidate.id == candidate_id)
        elif not include_archived:
            query = query.where(Candidate.archived_at.is_(None))
        if stage_id is not None:
            query = query.where(Candidate.stage_id == stage_id)
        if mentor_id is not None:
            query = query.where(Candidate.mentor_id == mentor_id)
        if site:
            query = query.where(Person.site == site)
        if employment:
            query = query.where(Person.employment == employment)
        # Core's execution: the columns need no ORM loading, which cost a third of the read's Python.
        rows = session.connection().execute(query).all()
        result = [
            CandidateRow(
                id=r[0], name=r[1], email=r[2] or "", team=r[3], site=r[4], languages=r[5],
                employment=r[6], vendor_company=r[7], stage_id=r[8], stage_name=r[9], mentor_id=r[10],
                mentor_name=r[11] or "", entered_stage_at=r[12],
                selection_score=float(r[13]) if r[13] is not None else None, archived=r[14] is not None,
            )
            for r in rows
        ]
        if search.strip():
            result = [
                row for row in result
                if matches(search, row.name, row.email, row.team, row.site, row.mentor_name, row.languages,
                           row.vendor_company, row.stage_name)
            ]
        return result

    def names(self) -> builtins.list[tuple[str, int]]:
        """Every candidate's name and id, archived ones too (old sessions name them), in ``list``'s order: what
        a filter of candidates offers. ``list`` would also aggregate every stage move and trait score, the
        larger part of its read, for names only."""
        with self.coach.db.reading() as session:
            return [(name, candidate_id) for candidate_id, name in session.execute(
                select(Candidate.id, Person.name).join(Person, Person.id == Candidate.person_id)
                .order_by(Person.name, Candidate.id))]

    def list_with_choices(
        self,
        search: str = "",
        *,
        stage_id: int | None = None,
        mentor_id: int | None = None,
        site: str | None = None,
        employment: str | None = None,
        include_archived: bool = False,
    ) -> tuple[builtins.list[CandidateRow], FilterChoices]:
        """``list`` and what its filters offer (stages, mentors, sites), in one read: a page refreshed asks for
        both, and each read of its own is a transaction begun and ended (on a team server a ping, BEGIN and
        ROLLBACK, round trips before any query)."""
        with self.coach.db.reading() as session:
            rows = self.list_in(session, search, stage_id=stage_id, mentor_id=mentor_id, site=site,
                                employment=employment, include_archived=include_archived)
            stages = [(stage.name, stage.id) for stage in self.coach.pipeline.stages_in(session)]
            mentors = [(person.name, person.id) for person in self.coach.people.mentors_in(session)]
            return rows, FilterChoices(stages, mentors, self.sites_in(session))

    def sites(self) -> builtins.list[str]:
        with self.coach.db.reading() as session:
            return self.sites_in(session)

    @staticmethod
    def sites_in(session: Session) -> builtins.list[str]:
        """The sites candidates work at, archived ones' too, in order; inside a read the caller holds open."""
        return list(session.scalars(
            select(Person.site).join(Candidate, Candidate.person_id == Person.id)
            .where(Person.site != "").distinct().order_by(Person.site)
        ))

    def get(self, candidate_id: int) -> CandidateDetail:
        with self.coach.db.reading() as session:
            return self.get_in(session, candidate_id)

    def get_in(self, session: Session, candidate_id: int) -> CandidateDetail:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        candidate = session.get(Candidate, candidate_id)
        if candidate is None:
            raise NotFound(_('This candidate is no longer in the database.'))
        person = session.get(Person, candidate.person_id)
        assert person is not None
        form = self._form(session, candidate, person)
        stage = session.get(Stage, candidate.stage_id)
        assert stage is not None
        return CandidateDetail(
            id=candidate.id, person_id=person.id, version=candidate.version, form=form,
            stage_id=stage.id, stage_name=stage.name, archived_at=candidate.archived_at,
            timeline=self._timeline(session, candidate_id),
            milestones=self._milestones(session, candidate_id),
        )

    @staticmethod
    def _form(session: Session, candidate: Candidate, person: Person) -> CandidateForm:
        traits = {t: TraitEntry() for t in TRAITS}
        for score in session.scalars(select(TraitScore).where(TraitScore.candidate_id == candidate.id)):
            traits[score.trait] = TraitEntry(score.score, score.note)
        return CandidateForm(
            name=person.name, email=person.email or "", team=person.team, site=person.site,
            languages=person.languages, employment=person.employment,
            vendor_company=person.vendor_company, hire_date=person.hire_date,
            nominated_by_id=candidate.nominated_by_id, nominated_on=candidate.nominated_on,
            mentor_id=candidate.mentor_id, notes=candidate.notes, traits=traits,
        )

    @staticmethod
    def _timeline(session: Session, candidate_id: int) -> builtins.list[MoveRecord]:
        source = aliased(Stage)
        target = aliased(Stage)
        rows = session.execute(
            select(StageMove.id, StageMove.moved_at, StageMove.moved_by, source.name, target.name,
                   StageMove.reason)
            .outerjoin(source, source.id == StageMove.from_stage_id)
            .join(target, target.id == StageMove.to_stage_id)
            .where(StageMove.candidate_id == candidate_id)
            .order_by(StageMove.moved_at.desc(), StageMove.id.desc())
        ).all()
        return [MoveRecord(*row) for row in rows]

    @staticmethod
    def _milestones(session: Session, candidate_id: int) -> builtins.list[MilestoneRecord]:
        found = {
            m.component: m
            for m in session.scalars(select(Milestone).where(Milestone.candidate_id == candidate_id))
        }
        return [
            MilestoneRecord(c, found[c].status, found[c].on_date, found[c].evidence) if c in found
            else MilestoneRecord(c, "not_started", None, "")
            for c in COMPONENTS
        ]

    # -- writing ---------------------------------------------------------------------------------
    def add(self, form: CandidateForm, *, milestones: builtins.list[MilestoneRecord] | None = None,
            reason: str | None = None) -> int:
        """Nominate a new candidate into the first stage of the pipeline."""
        form = copy_form(form)
        reason = _("Nominated") if reason is None else reason  # the first line of the timeline
        ids = self._insert(form, reason=reason, milestones=milestones)
        name = form.name.strip()
        self.coach.history.push(Change(
            undo_label("add_candidate", name=name),
            undo=lambda: self._remove(ids[0], self._written(ids[0])),
            redo=lambda: self._insert(form, reason=reason, milestones=milestones, ids=ids),
        ))
        return ids[0]

    def _insert(self, form: CandidateForm, *, reason: str, milestones: builtins.list[MilestoneRecord] | None = None,
                ids: tuple[int, int] | None = None) -> tuple[int, int]:
        with self.coach.db.transaction() as session:
            errors = validate_form(session, form) | _milestones_errors(milestones)
            if errors:
                raise ValidationError(errors)
            first = session.scalar(
                select(Stage).where(Stage.kind == "pipeline").order_by(Stage.position).limit(1)
            )
            if first is None:
                raise ValidationError({"stage": _('The pipeline has no stages; add one first.')})
            person = Person(id=ids[1] if ids else None)
            self._write_person(person, form)
            session.add(person)
            session.flush()
            candidate = Candidate(id=ids[0] if ids else None, person_id=person.id, stage_id=first.id)
            self._write_candidate(candidate, form)
            session.add(candidate)
            session.flush()
            self._write_traits(session, candidate.id, form)
            for record in milestones or []:
                write_milestone(session, candidate.id, record)
            session.add(StageMove(candidate_id=candidate.id, from_stage_id=None, to_stage_id=first.id,
                                  moved_by=self.coach.actor, reason=reason))
            return candidate.id, person.id

    def _written(self, candidate_id: int) -> int | None:
        """The version this app's last write left the candidate at: what undo and redo expect to find."""
        return self.coach.db.written_version("candidate", candidate_id)

    @staticmethod
    def _check_version(session: Session, candidate: Candidate, expected_version: int | None) -> None:
        """Undo and redo refuse, as a save does, to overwrite what someone else saved since."""
        if expected_version is not None and candidate.version != expected_version:
            person = session.get(Person, candidate.person_id)
            raise Conflict(_('{name} was changed by someone else since; their change is kept.',
                             name=person.name if person else ""), current_version=candidate.version)

    def _remove(self, candidate_id: int, expected_version: int | None = None) -> None:
        with self.coach.db.transaction() as session:
            candidate = session.get(Candidate, candidate_id)
            if candidate is None:
                raise NotFound(_('This candidate is no longer in the database.'))
            self._check_version(session, candidate, expected_version)
            if expected_version is not None and any(
                    session.scalar(select(func.count()).select_from(table).where(column == candidate_id))
                    for table, column in ((Delivery, Delivery.candidate_id), (ActionItem, ActionItem.candidate_id),
                                          (Certification, Certification.candidate_id))):
                # sessions, action items and certifications added since do not move the candidate's version, and
                # taking the candidate back would delete them
                person = session.get(Person, candidate.person_id)
                raise Conflict(_('Sessions, action items or certifications were added for {name} since; undo '
                                 'would delete them, so {name} is kept.', name=person.name if person else ""))
            person_id = candidate.person_id
            session.delete(candidate)
            session.flush()
            still_named = session.scalar(
                select(func.count()).select_from(Candidate)
                .where((Candidate.mentor_id == person_id) | (Candidate.nominated_by_id == person_id))
            )
            if not still_named:
                session.delete(session.get(Person, person_id))

    def update(self, candidate_id: int, form: CandidateForm, *,
               milestones: builtins.list[MilestoneRecord] | None = None, expected_version: int | None = None) -> None:
        """Save an edited form (and milestones); ``expected_version`` catches someone else's edit meanwhile."""
        form = copy_form(form)
        before = self.get(candidate_id)
        if expected_version is None:
            expected_version = before.version
        self._update(candidate_id, form, milestones, expected_version)
        self.coach.history.push(Change(
            undo_label("edit_candidate", name=form.name.strip()),
            undo=lambda: self._update(candidate_id, before.form, before.milestones, self._written(candidate_id)),
            redo=lambda: self._update(candidate_id, form, milestones, self._written(candidate_id)),
        ))

    def _update(self, candidate_id: int, form: CandidateForm, milestones: builtins.list[MilestoneRecord] | None = None,
                expected_version: int | None = None) -> None:
        with self.coach.db.transaction() as session:
            candidate = session.get(Candidate, candidate_id)
            if candidate is None:
                raise NotFound(_('This candidate is no longer in the database.'))
            if expected_version is not None and candidate.version != expected_version:
                person = session.get(Person, candidate.person_id)
                assert person is not None
                theirs = self._form(session, candidate, person)
                changed = form_differences(form, theirs)
                if milestones is not None:
                    changed |= milestone_differences(milestones, self._milestones(session, candidate_id))
                raise Conflict(
                    f"{person.name} was changed by someone else after you opened it"
                    + (f" ({', '.join(changed)})." if changed else " (moved or archived)."),
                    what_changed=changed, current_version=candidate.version,
                )
            errors = validate_form(session, form, person_id=candidate.person_id) | _milestones_errors(milestones)
            if errors:
                raise ValidationError(errors)
            person = session.get(Person, candidate.person_id)
            assert person is not None
            # No flush until the end: a flush halfway (the traits query) would write the candidate twice and
            # move its version on by two for one save.
            with session.no_autoflush:
                self._write_person(person, form)
                self._write_candidate(candidate, form)
                self._write_traits(session, candidate_id, form)
                for record in milestones or []:
                    write_milestone(session, candidate_id, record)
                # The person, traits and milestones live in other rows; the candidate's version stands for them all.
                flag_modified(candidate, "notes")

    def archive(self, candidate_id: int) -> None:
        """Take a candidate off the board and lists; nothing about them is deleted."""
        name = self._set_archived(candidate_id, True)
        self.coach.history.push(Change(
            undo_label("archive_candidate", name=name),
            undo=lambda: self._set_archived(candidate_id, False, self._written(candidate_id)),
            redo=lambda: self._set_archived(candidate_id, True, self._written(candidate_id)),
        ))

    def restore(self, candidate_id: int) -> None:
        name = self._set_archived(candidate_id, False)
        self.coach.history.push(Change(
            undo_label("restore_candidate", name=name),
            undo=lambda: self._set_archived(candidate_id, True, self._written(candidate_id)),
            redo=lambda: self._set_archived(candidate_id, False, self._written(candidate_id)),
        ))

    def _set_archived(self, candidate_id: int, archived: bool, expected_version: int | None = None) -> str:
        with self.coach.db.transaction() as session:
            candidate = session.get(Candidate, candidate_id)
            if candidate is None:
                raise NotFound(_('This candidate is no longer in the database.'))
            self._check_version(session, candidate, expected_version)
            person = session.get(Person, candidate.person_id)
            assert person is not None
            if archived and candidate.archived_at is not None:
                raise ValidationError({"archived": _('{person_name} is already archived.', person_name=person.name)})
            if not archived and candidate.archived_at is None:
                raise ValidationError({"archived": _('{person_name} is not archived.', person_name=person.name)})
            candidate.archived_at = utcnow() if archived else None
            return person.name

    @staticmethod
    def _write_person(person: Person, form: CandidateForm) -> None:
        person.name = form.name.strip()
        person.email = form.email.strip() or None
        person.team = form.team.strip()
        person.site = form.site.strip()
        person.languages = form.languages.strip()
        person.employment = form.employment
        person.vendor_company = form.vendor_company.strip() if form.employment == "vendor" else ""
        person.hire_date = form.hire_date

    @staticmethod
    def _write_candidate(candidate: Candidate, form: CandidateForm) -> None:
        candidate.mentor_id = form.mentor_id
        candidate.nominated_by_id = form.nominated_by_id
        candidate.nominated_on = form.nominated_on
        candidate.notes = form.notes

    @staticmethod
    def _write_traits(session: Session, candidate_id: int, form: CandidateForm) -> None:
        existing = {
            s.trait: s for s in session.scalars(select(TraitScore).where(TraitScore.candidate_id == candidate_id))
        }
        for trait in TRAITS:
            entry = form.traits.get(trait, TraitEntry())
            row = existing.get(trait)
            if row is None:
                session.add(TraitScore(candidate_id=candidate_id, trait=trait, score=entry.score, note=entry.note))
            else:
                row.score, row.note = entry.score, entry.note


def _milestones_errors(milestones: list[MilestoneRecord] | None) -> dict[str, str]:
    return {
        f"milestone:{record.component}": " ".join(problems.values())
        for record in milestones or []
        if (problems := milestone_errors(record))
    }


# The form's fields under the names validation uses for them, so the GUI can mark the same widgets.
FORM_FIELDS = (("name", "name"), ("email", "email"), ("team", "team"), ("site", "site"),
               ("languages", "languages"), ("employment", "employment"), ("vendor_company", "vendor_company"),
               ("hire_date", "hire_date"), ("nominated_by", "nominated_by_id"), ("nominated_on", "nominated_on"),
               ("mentor", "mentor_id"), ("notes", "notes"))


def form_differences(yours: CandidateForm, theirs: CandidateForm) -> dict[str, tuple[object, object]]:
    """Field -> (yours, theirs) wherever the saved candidate differs from the form being saved, compared as
    they would be stored (trimmed, an empty e-mail as none), so only real differences are shown."""
    mine, saved = _comparable(yours), _comparable(theirs)
    return {key: (mine[key], saved[key]) for key in mine if mine[key] != saved[key]}


def _comparable(form: CandidateForm) -> dict[str, object]:
    values: dict[str, object] = {}
    for key, attribute in FORM_FIELDS:
        value = getattr(form, attribute)
        values[key] = value.strip() if isinstance(value, str) and key != "notes" else value
    if values["employment"] != "vendor":
        values["vendor_company"] = ""
    for trait in TRAITS:
        entry = form.traits.get(trait, TraitEntry())
        values[f"trait:{trait}"] = entry.score
        values[f"trait_note:{trait}"] = entry.note
    return values


def milestone_differences(yours: list[MilestoneRecord], theirs: list[MilestoneRecord]
                          ) -> dict[str, tuple[object, object]]:
    saved = {m.component: (m.status, m.on_date, m.evidence) for m in theirs}
    changed: dict[str, tuple[object, object]] = {}
    for record in yours:
        mine = (record.status, record.on_date, record.evidence)
        if saved.get(record.component) != mine:
            changed[f"milestone:{record.component}"] = (mine, saved.get(record.component))
    return changed


def copy_form(form: CandidateForm) -> CandidateForm:
    """A deep copy, so a form kept for undo is not changed by later edits of the same object."""
    return replace(form, traits={k: replace(v) for k, v in form.traits.items()})
