"""Practice deliveries (sessions): log, edit, delete, find. Every call is one transaction and validates first."""

from __future__ import annotations

import builtins
import secrets
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from trainercoach.errors import AccessDenied, Conflict, NotFound, ValidationError
from trainercoach.i18n import _
from trainercoach.models import (
    AUDIENCES,
    METHODS,
    Candidate,
    ComprehensionCheck,
    Delivery,
    DeliveryObserver,
    FeedbackResponse,
    Observation,
    Person,
    TrainingAsset,
)
from trainercoach.records.sessions import DeliveryDetail, DeliveryForm, DeliveryRow
from trainercoach.services.history import Change
from trainercoach.services.row_tree import RowTree, read_tree, restore_tree, tree_versions
from trainercoach.services.text import matches
from trainercoach.words import undo_label

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

MAX_TOPIC = 300
MAX_TRAINEES = 10_000
MAX_MINUTES = 24 * 60
MAX_LINK = 1000
# Letters and digits that cannot be confused on paper (no 0/O, 1/I/L).
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"










def validate_delivery(session: Session, form: DeliveryForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    if form.candidate_id is None:
        errors["candidate"] = _('Choose the candidate who gave the session.')
    else:
        candidate = session.get(Candidate, form.candidate_id)
        if candidate is None:
            errors["candidate"] = _('This candidate is no longer in the database.')
    topic = form.topic.strip()
    if not topic:
        errors["topic"] = _("Enter the session's topic.")
    elif len(topic) > MAX_TOPIC:
        errors["topic"] = _('A topic can be at most {max_topic} characters.', max_topic=MAX_TOPIC)
    if form.starts_at is None:
        errors["starts_at"] = _('Give the date and time of the session.')
    elif form.starts_at > datetime.now() + timedelta(days=366):
        errors["starts_at"] = _('The session is more than a year ahead; check the date.')
    if form.method not in METHODS:
        errors["method"] = _('Choose classroom, virtual or online/self-paced.')
    if form.audience not in AUDIENCES:
        errors["audience"] = _('Choose new hires, existing agents or mixed.')
    if not _is_int(form.trainees) or not 0 <= form.trainees <= MAX_TRAINEES:
        errors["trainees"] = _('The number of trainees is a whole number from 0 to {max_trainees}.',
                               max_trainees=MAX_TRAINEES)
    if not _is_int(form.duration_minutes) or not 1 <= form.duration_minutes <= MAX_MINUTES:
        errors["duration"] = _('The duration is a whole number of minutes, from 1 to 1440.')
    if form.asset_id is not None and session.get(TrainingAsset, form.asset_id) is None:
        errors["asset"] = _('This training asset is no longer in the database.')
    link_error = recording_link_error(form.recording_link)
    if link_error:
        errors["recording_link"] = link_error
    if len(set(form.observer_ids)) != len(form.observer_ids):
        errors["observers"] = _('An observer is listed twice.')
    elif form.observer_ids:
        found = set(session.scalars(select(Person.id).where(Person.id.in_(form.observer_ids))))
        if found != set(form.observer_ids):
            errors["observers"] = _('An observer is no longer in the database.')
        elif form.candidate_id is not None:
            candidate = session.get(Candidate, form.candidate_id)
            if candidate is not None and candidate.person_id in found:
                errors["observers"] = _('A candidate cannot observe their own session.')
    return errors


def recording_link_error(link: str) -> str:
    """Why a recording link cannot be saved, or "" when it can. Only web addresses: a link is opened with a
    click on the session page and printed in its report, so a ``file:`` or ``javascript:`` address someone typed
    or imported must never be one."""
    link = link.strip()
    if not link:
        return ""
    if len(link) > MAX_LINK:
        return _("A recording link can be at most {max_link} characters.", max_link=MAX_LINK)
    parts = urlsplit(link)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c.isspace() for c in link) \
            or any(ord(c) < 32 for c in link):
        return _("A recording link is a web address starting with https:// (for example "
                 "https://video.example.com/session-12).")
    return ""


# The form's fields under the names validation uses for them, so the GUI can mark the same widgets.
DELIVERY_FIELDS = (("candidate", "candidate_id"), ("starts_at", "starts_at"), ("topic", "topic"),
                   ("method", "method"), ("audience", "audience"), ("trainees", "trainees"),
                   ("duration", "duration_minutes"), ("asset", "asset_id"), ("observers", "observer_ids"),
                   ("notes", "notes"), ("recording_link", "recording_link"))


def delivery_differences(yours: DeliveryForm, theirs: DeliveryForm) -> dict[str, tuple[object, object]]:
    """Field -> (yours, theirs) wherever the saved session differs from the form being saved."""
    changed: dict[str, tuple[object, object]] = {}
    for key, attribute in DELIVERY_FIELDS:
        mine, saved = getattr(yours, attribute), getattr(theirs, attribute)
        if key == "topic":
            mine, saved = mine.strip(), saved.strip()
        if key == "observers":
            mine, saved = sorted(mine), sorted(saved)
        if mine != saved:
            changed[key] = (mine, saved)
    return changed


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def new_code(session: Session) -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))
        if session.scalar(select(Delivery.id).where(Delivery.code == code)) is None:
            return code


# What the session list can be sorted by, and the column each sorts on (the counts are aggregated apart).
SORT_COLUMNS: dict[str, Any] = {
    "date": Delivery.starts_at, "topic": Delivery.topic, "candidate": Person.name, "method": Delivery.method,
    "audience": Delivery.audience, "trainees": Delivery.trainees, "duration": Delivery.duration_minutes,
    "observations": None, "responses": None, "code": Delivery.code,
}


def _default_key(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def _filtered(query: Any, *, candidate_id: int | None, method: str | None, audience: str | None,
              since: date | None, until: date | None) -> Any:
    """The session list's filters, shared by ``list`` and ``ordered_ids``."""
    if candidate_id is not None:
        query = query.where(Delivery.candidate_id == candidate_id)
    if method:
        query = query.where(Delivery.method == method)
    if audience:
        query = query.where(Delivery.audience == audience)
    if since is not None:
        query = query.where(Delivery.starts_at >= datetime.combine(since, datetime.min.time()))
    if until is not None:
        query = query.where(Delivery.starts_at < datetime.combine(until + timedelta(days=1), datetime.min.time()))
    return query


class DeliveryService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    # -- reading ---------------------------------------------------------------------------------
    def list(
        self,
        search: str = "",
        *,
        candidate_id: int | None = None,
        method: str | None = None,
        audience: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> list[DeliveryRow]:
        """Sessions newest first, with their observation and feedback counts, in one query."""
        with self.coach.db.reading() as session:
            return self.list_in(session, search, candidate_id=candidate_id, method=method, audience=audience,
                                since=since, until=until)

    def list_in(
        self,
        session: Session,
        search: str = "",
        *,
        candidate_id: int | None = None,
        method: str | None = None,
        audience: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> builtins.list[DeliveryRow]:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        observations = (
            select(Observation.delivery_id, func.count().label("n")).group_by(Observation.delivery_id).subquery()
        )
        responses = (
            select(FeedbackResponse.delivery_id, func.count().label("n"))
            .group_by(FeedbackResponse.delivery_id).subquery()
        )
        query = (
            select(Delivery.id, Delivery.code, Delivery.candidate_id, Person.name, Delivery.starts_at, Delivery.topic,
                   Delivery.method, Delivery.audience, Delivery.trainees, Delivery.duration_minutes,
                   TrainingAsset.title, func.coalesce(observations.c.n, 0), func.coalesce(responses.c.n, 0),
                   Delivery.recording_link)
            .join(Candidate, Candidate.id == Delivery.candidate_id)
            .join(Person, Person.id == Candidate.person_id)
            .outerjoin(TrainingAsset, TrainingAsset.id == Delivery.asset_id)
            .outerjoin(observations, observations.c.delivery_id == Delivery.id)
            .outerjoin(responses, responses.c.delivery_id == Delivery.id)
            .order_by(Delivery.starts_at.desc(), Delivery.id.desc())
        )
        query = _filtered(query, candidate_id=candidate_id, method=method, audience=audience, since=since,
                          until=until)
        rows = [DeliveryRow(i, code, candidate, name, starts, topic, method, audience, trainees, minutes, asset or "",
                            observed, responded, link)
                for i, code, candidate, name, starts, topic, method, audience, trainees, minutes, asset, observed,
                responded, link in session.execute(query)]
        if search.strip():
            rows = [r for r in rows if matches(search, r.topic, r.candidate_name, r.code, r.asset_title)]
        return rows

    def ordered_ids(
        self,
        search: str = "",
        *,
        candidate_id: int | None = None,
        method: str | None = None,
        audience: str | None = None,
        since: date | None = None,
        until: date | None = None,
        sort: str = "date",
        descending: bool = True,
        key: Callable[[Any], Any] | None = None,
    ) -> builtins.list[int]:
        """The ids of the sessions ``list`` returns for the same search and filters, ordered by one column
        (``SORT_COLUMNS``): what a list of tens of thousands of sessions needs up front; ``rows`` reads the
        sessions a page at a time. Ties keep ``list``'s order (newest first). ``key`` turns a column's value
        into what it sorts by (the label a person reads for a method, a collation key for words); without
        it numbers and dates sort as themselves and words by folded case. The counts of observations and
        feedback forms are aggregated only when the list is sorted by them."""
        if sort not in SORT_COLUMNS:
            raise ValueError(f"Sessions cannot be sorted by {sort!r}.")
        searching = bool(search.strip())
        counts = None
        if sort in ("observations", "responses"):
            table = Observation if sort == "observations" else FeedbackResponse
            counts = select(table.delivery_id, func.count().label("n")).group_by(table.delivery_id).subquery()
            value: Any = func.coalesce(counts.c.n, 0)
        else:
            value = SORT_COLUMNS[sort]
        # Each row: id, the sorted column's value, then what a search looks in.
        query = select(Delivery.id, value).order_by(Delivery.starts_at.desc(), Delivery.id.desc())
        if sort == "candidate" or searching:
            query = (query.join(Candidate, Candidate.id == Delivery.candidate_id)
                     .join(Person, Person.id == Candidate.person_id))
        if searching:
            query = query.outerjoin(TrainingAsset, TrainingAsset.id == Delivery.asset_id).add_columns(
                Delivery.topic, Person.name, Delivery.code, TrainingAsset.title)
        if counts is not None:
            query = query.outerjoin(counts, counts.c.delivery_id == Delivery.id)
        query = _filtered(query, candidate_id=candidate_id, method=method, audience=audience, since=since,
                          until=until)
        if not searching and key is None and sort in ("date", "trainees", "duration", "observations", "responses"):
            # Dates and numbers: the database orders them as the stable sort below would (ties newest first), and
            # ids alone come back as plain ints (no row objects: a window reads this in a worker thread, and
            # turning 30,000 rows into Python is one C call that holds the GIL, freezing the window meanwhile).
            ordered = query.order_by(None).order_by(value.desc() if descending else value.asc(),
                                                    Delivery.starts_at.desc(), Delivery.id.desc())
            with self.coach.db.reading() as session:
                return list(session.scalars(ordered.with_only_columns(Delivery.id, maintain_column_froms=True)))
        with self.coach.db.reading() as session:
            found = list(session.execute(query))
        if searching:
            found = [r for r in found if matches(search, r[2], r[3], r[4], r[5] or "")]
        sort_key = key or _default_key
        found.sort(key=lambda r: sort_key(r[1]), reverse=descending)  # stable: ties stay newest first
        return [r[0] for r in found]

    def rows(self, ids: Sequence[int]) -> builtins.list[DeliveryRow]:
        """The sessions with these ids, in the same order, with their counts: one page of a long list. Ids
        of sessions deleted meanwhile are left out."""
        if not ids:
            return []
        wanted = list(dict.fromkeys(ids))
        # The counts as correlated subqueries (each an index lookup): one statement, so on a team server a page
        # is one round trip, not three.
        observations = (select(func.count()).where(Observation.delivery_id == Delivery.id)
                        .correlate(Delivery).scalar_subquery())
        responses = (select(func.count()).where(FeedbackResponse.delivery_id == Delivery.id)
                     .correlate(Delivery).scalar_subquery())
        query = (
            select(Delivery.id, Delivery.code, Delivery.candidate_id, Person.name, Delivery.starts_at, Delivery.topic,
                   Delivery.method, Delivery.audience, Delivery.trainees, Delivery.duration_minutes,
                   TrainingAsset.title, observations, responses, Delivery.recording_link)
            .join(Candidate, Candidate.id == Delivery.candidate_id)
            .join(Person, Person.id == Candidate.person_id)
            .outerjoin(TrainingAsset, TrainingAsset.id == Delivery.asset_id)
            .where(Delivery.id.in_(wanted))
        )
        with self.coach.db.reading() as session:
            found = {row[0]: row for row in session.connection().execute(query)}
        return [DeliveryRow(*found[i][:10], found[i][10] or "", found[i][11], found[i][12], found[i][13])
                for i in ids if i in found]

    def get(self, delivery_id: int) -> DeliveryDetail:
        with self.coach.db.reading() as session:
            return self.get_in(session, delivery_id)

    def get_in(self, session: Session, delivery_id: int) -> DeliveryDetail:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        delivery = session.get(Delivery, delivery_id)
        if delivery is None:
            raise NotFound(_('This session is no longer in the database.'))
        observers = self._observers(session, delivery_id)
        candidate_name = session.scalar(
            select(Person.name).join(Candidate, Candidate.person_id == Person.id)
            .where(Candidate.id == delivery.candidate_id)
        )
        asset = session.get(TrainingAsset, delivery.asset_id) if delivery.asset_id else None
        form = self._form(session, delivery, observers)
        return DeliveryDetail(delivery.id, delivery.code, delivery.version, form, candidate_name or "",
                              asset.title if asset else "", [n for _, n in observers])

    @staticmethod
    def _observers(session: Session, delivery_id: int) -> builtins.list[tuple[int, str]]:
        return [(i, n) for i, n in session.execute(
            select(Person.id, Person.name).join(DeliveryObserver, DeliveryObserver.person_id == Person.id)
            .where(DeliveryObserver.delivery_id == delivery_id).order_by(Person.name)
        )]

    @classmethod
    def _form(cls, session: Session, delivery: Delivery, observers: builtins.list[tuple[int, str]] | None = None
              ) -> DeliveryForm:
        observers = cls._observers(session, delivery.id) if observers is None else observers
        return DeliveryForm(
            candidate_id=delivery.candidate_id, starts_at=delivery.starts_at, topic=delivery.topic,
            method=delivery.method, audience=delivery.audience, trainees=delivery.trainees,
            duration_minutes=delivery.duration_minutes, asset_id=delivery.asset_id,
            observer_ids=[i for i, _ in observers], notes=delivery.notes,
            recording_link=delivery.recording_link,
        )

    def by_code(self, code: str) -> int:
        with self.coach.db.reading() as session:
            found = session.scalar(select(Delivery.id).where(Delivery.code == code.strip().upper()))
        if found is None:
            raise NotFound(_('No session has the code {code_strip!r}.', code_strip=code.strip()))
        return found

    # -- writing ---------------------------------------------------------------------------------
    def add(self, form: DeliveryForm) -> int:
        form = replace(form, observer_ids=list(form.observer_ids))
        saved: list[tuple[int, str]] = []  # (id, code) once inserted, so a redo puts back the same

        def insert() -> None:
            # A redo puts the session back with the same id and code, so printed forms still find it.
            with self.coach.db.transaction() as session:
                errors = validate_delivery(session, form)
                if errors:
                    raise ValidationError(errors)
                delivery = Delivery(id=saved[0][0] if saved else None, code=saved[0][1] if saved else new_code(session))
                self._write(session, delivery, form)
                session.add(delivery)
                session.flush()
                self._write_observers(session, delivery.id, form.observer_ids)
                saved[:] = [(delivery.id, delivery.code)]

        insert()
        delivery_id = saved[0][0]
        self.coach.history.push(Change(
            undo_label("log_session", topic=form.topic.strip()),
            undo=lambda: self._delete(delivery_id, self.coach.db.written_version("delivery", delivery_id)),
            redo=insert,
        ))
        return delivery_id

    def update(self, delivery_id: int, form: DeliveryForm, *, expected_version: int | None = None) -> None:
        form = replace(form, observer_ids=list(form.observer_ids))
        before = self.get(delivery_id)
        self._update(delivery_id, form, before.version if expected_version is None else expected_version)
        self.coach.history.push(Change(
            undo_label("edit_session", topic=form.topic.strip()),
            undo=lambda: self._update(delivery_id, before.form, self.coach.db.written_version("delivery", delivery_id)),
            redo=lambda: self._update(delivery_id, form, self.coach.db.written_version("delivery", delivery_id)),
        ))

    def _update(self, delivery_id: int, form: DeliveryForm, expected_version: int | None = None) -> None:
        with self.coach.db.transaction() as session:
            delivery = session.get(Delivery, delivery_id)
            if delivery is None:
                raise NotFound(_('This session is no longer in the database.'))
            if expected_version is not None and delivery.version != expected_version:
                changed = delivery_differences(form, self._form(session, delivery))
                raise Conflict(
                    "This session was changed by someone else after you opened it"
                    + (f" ({', '.join(changed)})." if changed else "."),
                    what_changed=changed, current_version=delivery.version,
                )
            errors = validate_delivery(session, form)
            if errors:
                raise ValidationError(errors)
            with session.no_autoflush:
                self._write(session, delivery, form)
                self._write_observers(session, delivery_id, form.observer_ids)
                # The observers live in another table; the session's version stands for them too, so a change
                # of observers alone is still seen by whoever saves next.
                flag_modified(delivery, "notes")

    def delete(self, delivery_id: int) -> None:
        """Delete a session with everything recorded for it (observers, observations, feedback, checks). Undo puts
        all of it back with the same ids, so links, printed codes and reports still find it."""
        taken: list[RowTree] = []
        self._delete(delivery_id, keep=taken)
        tree = taken[0]
        topic = tree.rows("delivery")[0][tree.column("delivery", "topic")]
        self.coach.history.push(Change(undo_label("delete_session", topic=topic),
                                       undo=lambda: self._restore(tree),
                                       redo=lambda: self._delete(delivery_id, expected=tree)))

    def _delete(self, delivery_id: int, expected_version: int | None = None, *,
                keep: builtins.list[RowTree] | None = None, expected: RowTree | None = None) -> None:
        """``expected_version`` (undo of logging it): the version this app left; someone else's save is kept.
        ``expected`` (redo of a delete): the session and all under it as this app put them back; ``keep`` receives
        what is deleted, read in the same transaction."""
        stale: Conflict | None = None
        try:
            with self.coach.db.transaction() as session:
                delivery = session.get(Delivery, delivery_id)
                if delivery is None:
                    raise NotFound(_('This session is no longer in the database.'))
                if expected_version is not None and delivery.version != expected_version:
                    stale = Conflict(_('This session was changed by someone else since; their change is kept.'),
                                     current_version=delivery.version)
                    raise stale
                if expected_version is not None and self._added_since(session, delivery_id):
                    # what others added to the session does not move its version, and deleting it would take it
                    stale = Conflict(_('Observations, feedback or checks were added to this session since; undo '
                                       'would delete them, so the session is kept.'))
                    raise stale
                if keep is not None or expected is not None:
                    now = read_tree(session, "delivery", delivery_id)
                    if expected is not None and now.tables != expected.tables:
                        stale = Conflict(_('This session, or something recorded for it, was changed or added to by '
                                           'someone else since; their change is kept and the session stays.'))
                        raise stale
                    if keep is not None:
                        keep.append(now)
                session.delete(delivery)
        except Conflict as error:
            if error is stale:
                raise
            # On a team server the database keeps an observed session from a trainer's delete (the row stays,
            # nothing is deleted); that is a rule to explain, not someone else's change.
            if self.counts(delivery_id)["observations"]:
                raise AccessDenied(_('This session has been observed, and the observation is part of the record: ask '
                                     'a lead to delete it.')) from None
            raise

    def _restore(self, tree: RowTree) -> None:
        """Undo of a delete: the session and everything deleted with it, with the same ids; refused, changing
        nothing, when what it needs is gone or its place was taken since."""
        delivery = dict(zip(tree.tables[0].columns, tree.rows("delivery")[0], strict=True))
        try:
            with self.coach.db.transaction() as session:
                if session.get(Candidate, delivery["candidate_id"]) is None:
                    raise Conflict(_('The candidate who gave this session was deleted since, so the session cannot '
                                     'come back.'))
                taken = session.scalar(select(func.count()).select_from(Delivery).where(
                    (Delivery.id == delivery["id"]) | (Delivery.code == delivery["code"])))
                if taken:
                    raise Conflict(_('A session logged since has taken this session\'s number or code, so it cannot '
                                     'come back; nothing was changed.'))
                restore_tree(session, tree)
        except IntegrityError as error:
            raise Conflict(_('Something this session needs was deleted, or its records\' places were taken, since '
                             'it was deleted; nothing was put back.')) from error
        for table, key, version in tree_versions(tree):
            self.coach.db.written_versions[(table, key)] = version

    @staticmethod
    def _added_since(session: Session, delivery_id: int) -> bool:
        """Whether anything hangs off the session that deleting it would take with it."""
        return any(session.scalar(select(func.count()).select_from(table).where(column == delivery_id))
                   for table, column in ((Observation, Observation.delivery_id),
                                         (FeedbackResponse, FeedbackResponse.delivery_id),
                                         (ComprehensionCheck, ComprehensionCheck.delivery_id)))

    def counts(self, delivery_id: int) -> dict[str, int]:
        """What deleting the session would take with it, for the question the GUI asks."""
        with self.coach.db.reading() as session:
            return {
                "observations": session.scalar(select(func.count()).select_from(Observation)
                                               .where(Observation.delivery_id == delivery_id)) or 0,
                "responses": session.scalar(select(func.count()).select_from(FeedbackResponse)
                                            .where(FeedbackResponse.delivery_id == delivery_id)) or 0,
                "checks": session.scalar(select(func.count()).select_from(ComprehensionCheck)
                                         .where(ComprehensionCheck.delivery_id == delivery_id)) or 0,
            }

    @staticmethod
    def _write(session: Session, delivery: Delivery, form: DeliveryForm) -> None:
        # validate_delivery refused a session without a candidate or a time before this is called
        assert form.candidate_id is not None and form.starts_at is not None
        delivery.candidate_id = form.candidate_id
        delivery.starts_at = form.starts_at
        delivery.topic = form.topic.strip()
        delivery.method = form.method
        delivery.audience = form.audience
        delivery.trainees = form.trainees
        delivery.duration_minutes = form.duration_minutes
        delivery.asset_id = form.asset_id
        delivery.notes = form.notes
        delivery.recording_link = form.recording_link.strip()

    @staticmethod
    def _write_observers(session: Session, delivery_id: int, observer_ids: builtins.list[int]) -> None:
        session.execute(delete(DeliveryObserver).where(DeliveryObserver.delivery_id == delivery_id))
        for person_id in observer_ids:
            session.add(DeliveryObserver(delivery_id=delivery_id, person_id=person_id))
