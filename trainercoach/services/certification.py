"""Certification: a level per trainer and topic, awarded on evidence, with a renewal date; mentor sign-off."""

from __future__ import annotations

import builtins
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainercoach.errors import Conflict, NotFound, ValidationError
from trainercoach.i18n import _
from trainercoach.models import (
    LEVELS_OF_CERTIFICATION,
    Candidate,
    Certification,
    CertificationEvidence,
    Delivery,
    MentorSignoff,
    Person,
    utcnow,
)
from trainercoach.records.certification import CertificationForm, CertificationRecord, Matrix
from trainercoach.services.history import Change
from trainercoach.words import undo_label

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

RENEWAL_WARNING_DAYS = 60








class CertificationService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    def award(self, form: CertificationForm) -> int:
        awarded_on = form.awarded_on or date.today()
        topic = form.topic.strip()
        errors: dict[str, str] = {}
        if not topic:
            errors["topic"] = _('Name the topic the trainer is certified for.')
        elif len(topic) > 300:
            errors["topic"] = _('A topic can be at most 300 characters.')
        if form.level not in LEVELS_OF_CERTIFICATION:
            errors["level"] = _('Choose beginner, intermediate or advanced.')
        if awarded_on > date.today():
            errors["awarded_on"] = _('A certification cannot be awarded in the future.')
        if form.renewal_due is not None and form.renewal_due <= awarded_on:
            errors["renewal_due"] = _('The renewal date comes after the award.')
        with self.coach.db.transaction() as session:
            if session.get(Candidate, form.candidate_id) is None:
                raise NotFound(_('This candidate is no longer in the database.'))
            if form.delivery_ids:
                own = set(session.scalars(select(Delivery.id).where(Delivery.id.in_(form.delivery_ids),
                                                                     Delivery.candidate_id == form.candidate_id)))
                if own != set(form.delivery_ids):
                    errors["evidence"] = _('Evidence must be sessions this trainer gave.')
            if errors:
                raise ValidationError(errors)
            certification = Certification(candidate_id=form.candidate_id, topic=topic, level=form.level,
                                          awarded_on=awarded_on, awarded_by=self.coach.actor,
                                          evidence=form.evidence, renewal_due=form.renewal_due)
            session.add(certification)
            session.flush()
            for delivery_id in dict.fromkeys(form.delivery_ids):
                session.add(CertificationEvidence(certification_id=certification.id, delivery_id=delivery_id))
            certification_id = certification.id
        self.coach.history.push(Change(undo_label("certify", topic=topic),
                                       undo=lambda: self._revoke(certification_id, True, check=True),
                                       redo=lambda: self._revoke(certification_id, False, check=True)))
        return certification_id

    def revoke(self, certification_id: int) -> None:
        self._revoke(certification_id, True)
        self.coach.history.push(Change(undo_label("revoke_certification"),
                                       undo=lambda: self._revoke(certification_id, False, check=True),
                                       redo=lambda: self._revoke(certification_id, True, check=True)))

    def _revoke(self, certification_id: int, revoked: bool, *, check: bool = False) -> None:
        """``check`` (undo, redo): the certification must still be as this app left it, the opposite of what is
        written now; if someone else revoked or restored it since, their change is kept."""
        with self.coach.db.transaction() as session:
            certification = session.get(Certification, certification_id)
            if certification is None:
                raise NotFound(_('This certification is no longer in the database.'))
            if check and (certification.revoked_at is not None) == revoked:
                raise Conflict(_('This certification was changed by someone else since; their change is kept.'))
            certification.revoked_at = utcnow() if revoked else None

    def list(self, candidate_id: int | None = None) -> list[CertificationRecord]:
        """Certifications in force (not revoked), newest first."""
        with self.coach.db.reading() as session:
            return self.list_in(session, candidate_id)

    def list_in(self, session: Session, candidate_id: int | None = None) -> builtins.list[CertificationRecord]:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        query = (
            select(Certification, Person.name).join(Candidate, Candidate.id == Certification.candidate_id)
            .join(Person, Person.id == Candidate.person_id).where(Certification.revoked_at.is_(None))
            .order_by(Certification.awarded_on.desc(), Certification.id.desc())
        )
        if candidate_id is not None:
            query = query.where(Certification.candidate_id == candidate_id)
        rows = session.execute(query).all()
        evidence: dict[int, list[int]] = {}
        if rows:
            for cert_id, delivery_id in session.execute(
                select(CertificationEvidence.certification_id, CertificationEvidence.delivery_id)
                .where(CertificationEvidence.certification_id.in_([c.id for c, _ in rows]))
            ):
                evidence.setdefault(cert_id, []).append(delivery_id)
        return [CertificationRecord(c.id, c.candidate_id, name, c.topic, c.level, c.awarded_on, c.awarded_by,
                                    c.renewal_due, c.evidence, sorted(evidence.get(c.id, [])))
                for c, name in rows]

    def renewals_due(self, within_days: int = RENEWAL_WARNING_DAYS, today: date | None = None,
                     among: builtins.list[CertificationRecord] | None = None) -> builtins.list[CertificationRecord]:
        """Those due within ``within_days``; ``among`` a list the caller has just read, so it is not read again."""
        found = self.list() if among is None else among
        return sorted((c for c in found if c.due_within(within_days, today)),
                      key=lambda c: (c.renewal_due, c.candidate_name))

    def matrix(self) -> Matrix:
        """The highest level each trainer holds per topic."""
        order = {level: i for i, level in enumerate(LEVELS_OF_CERTIFICATION)}
        levels: dict[tuple[int, str], str] = {}
        trainers: dict[int, str] = {}
        for cert in self.list():
            trainers[cert.candidate_id] = cert.candidate_name
            key = (cert.candidate_id, cert.topic)
            if key not in levels or order[cert.level] > order[levels[key]]:
                levels[key] = cert.level
        topics = sorted({topic for _, topic in levels}, key=str.casefold)
        return Matrix(topics, sorted(trainers.items(), key=lambda t: t[1].casefold()), levels)

    # -- mentor sign-off -------------------------------------------------------------------------
    def sign_off(self, candidate_id: int, note: str = "", on: date | None = None) -> None:
        with self.coach.db.transaction() as session:
            if session.get(Candidate, candidate_id) is None:
                raise NotFound(_('This candidate is no longer in the database.'))
            row = session.get(MentorSignoff, candidate_id) or MentorSignoff(candidate_id=candidate_id)
            row.signed_on, row.signed_by, row.note = on or date.today(), self.coach.actor, note
            session.add(row)

    def withdraw_sign_off(self, candidate_id: int) -> None:
        with self.coach.db.transaction() as session:
            row = session.get(MentorSignoff, candidate_id)
            if row is None:
                raise ValidationError({"signoff": _('There is no sign-off to withdraw.')})
            session.delete(row)

    def sign_offs(self) -> dict[int, tuple[date, str]]:
        with self.coach.db.reading() as session:
            return self.sign_offs_in(session)

    def sign_offs_in(self, session: Session) -> dict[int, tuple[date, str]]:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        return {r.candidate_id: (r.signed_on, r.signed_by) for r in session.scalars(select(MentorSignoff))}
