"""Observations: an observer scores a practice delivery against a rubric version and sets action items."""

from __future__ import annotations

import builtins
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainercoach.errors import Conflict, NotFound, ValidationError
from trainercoach.i18n import _
from trainercoach.models import (
    RECOMMENDATIONS,
    ActionItem,
    Candidate,
    Criterion,
    Delivery,
    Observation,
    ObservationScore,
    Person,
    RubricVersion,
    utcnow,
)
from trainercoach.records.observations import (
    ActionItemForm,
    ActionItemRecord,
    ObservationDetail,
    ObservationForm,
    ObservationRow,
)
from trainercoach.services.history import Change
from trainercoach.words import undo_label

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

MAX_ACTION = 2000












def weighted_average(scores: dict[int, int | None], weights: dict[int, float]) -> float | None:
    """The weighted mean of the criteria that were scored; criteria not judged do not count as zero."""
    pairs = [(score, weights[c]) for c, score in scores.items() if score is not None and c in weights]
    total = sum(w for _, w in pairs)
    return sum(s * w for s, w in pairs) / total if total else None


def validate_observation(session: Session, form: ObservationForm, observation_id: int | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    delivery = session.get(Delivery, form.delivery_id)
    if delivery is None:
        return {"delivery": _('This session is no longer in the database.')}
    if form.observer_id is None:
        errors["observer"] = _('Choose who observed the session.')
    else:
        observer = session.get(Person, form.observer_id)
        candidate = session.get(Candidate, delivery.candidate_id)
        if observer is None:
            errors["observer"] = _('This observer is no longer in the database.')
        elif candidate is not None and candidate.person_id == observer.id:
            errors["observer"] = _('A candidate cannot observe their own session.')
        else:
            other = session.scalar(select(Observation.id).where(
                Observation.delivery_id == form.delivery_id, Observation.observer_id == form.observer_id))
            if other is not None and other != observation_id:
                errors["observer"] = _('{observer_name} has already observed this session; open that observation.',
                                       observer_name=observer.name)
    if session.get(RubricVersion, form.rubric_version_id) is None:
        errors["rubric"] = _('This rubric version is no longer in the database.')
        return errors
    criteria = set(session.scalars(select(Criterion.id).where(Criterion.rubric_version_id == form.rubric_version_id)))
    if set(form.scores) - criteria or set(form.notes) - criteria:
        errors["scores"] = _('A score is for a criterion that is not in this rubric version.')
    for criterion_id, score in form.scores.items():
        if score is not None and (isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5):
            errors[f"score:{criterion_id}"] = _('Score each criterion from 1 to 5, or leave it as not observed.')
    if not any(score is not None for score in form.scores.values()):
        errors["scores"] = _('Score at least one criterion.')
    if form.recommendation not in RECOMMENDATIONS:
        errors["recommendation"] = _('Choose a recommendation.')
    for position, item in enumerate(form.action_items, start=1):
        if not item.text.strip():
            errors[f"action:{position}"] = _('Action item {position} needs a description.', position=position)
        elif len(item.text) > MAX_ACTION:
            errors[f"action:{position}"] = _('Action item {position} is longer than {max_action} characters.',
                                             position=position, max_action=MAX_ACTION)
        if item.owner_id is not None and session.get(Person, item.owner_id) is None:
            errors[f"action:{position}"] = _('The owner of action item {position} is no longer in the database.',
                                             position=position)
    return errors


class ObservationService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    def for_delivery(self, delivery_id: int) -> list[ObservationRow]:
        with self.coach.db.reading() as session:
            return self.for_delivery_in(session, delivery_id)

    def for_delivery_in(self, session: Session, delivery_id: int) -> list[ObservationRow]:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        observations = session.execute(
            select(Observation, Person.name).join(Person, Person.id == Observation.observer_id)
            .where(Observation.delivery_id == delivery_id).order_by(Observation.created_at)
        ).all()
        rows = []
        for observation, name in observations:
            scores, weights = self._scores(session, observation.id)
            rows.append(ObservationRow(
                observation.id, observation.delivery_id, observation.observer_id, name,
                observation.rubric_version_id, observation.recommendation, weighted_average(scores, weights),
                sum(1 for s in scores.values() if s is not None), observation.created_at,
            ))
        return rows

    @staticmethod
    def _scores(session: Session, observation_id: int) -> tuple[dict[int, int | None], dict[int, float]]:
        rows = session.execute(
            select(ObservationScore.criterion_id, ObservationScore.score, Criterion.weight)
            .join(Criterion, Criterion.id == ObservationScore.criterion_id)
            .where(ObservationScore.observation_id == observation_id)
        ).all()
        return {c: s for c, s, _ in rows}, {c: w for c, _, w in rows}

    def get(self, observation_id: int) -> ObservationDetail:
        with self.coach.db.reading() as session:
            return self.get_in(session, observation_id)

    def get_in(self, session: Session, observation_id: int) -> ObservationDetail:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        observation = session.get(Observation, observation_id)
        if observation is None:
            raise NotFound(_('This observation is no longer in the database.'))
        scores = session.scalars(select(ObservationScore)
                                 .where(ObservationScore.observation_id == observation_id)).all()
        items = session.scalars(select(ActionItem).where(ActionItem.observation_id == observation_id)
                                .order_by(ActionItem.id)).all()
        observer = session.get(Person, observation.observer_id)
        form = ObservationForm(
            observation.delivery_id, observation.observer_id, observation.rubric_version_id,
            {s.criterion_id: s.score for s in scores}, {s.criterion_id: s.note for s in scores if s.note},
            observation.strengths, observation.improvements, observation.recommendation,
            [ActionItemForm(i.text, i.owner_id, i.due_on, i.done_at is not None, i.id) for i in items],
        )
        return ObservationDetail(observation.id, observation.version, form, observer.name if observer else "")

    def save(self, form: ObservationForm, observation_id: int | None = None, *,
             expected_version: int | None = None) -> int:
        """Add (no id) or replace an observation with its scores and action items, in one transaction."""
        before = self.get(observation_id) if observation_id is not None else None
        if before is not None and expected_version is None:
            expected_version = before.version
        saved = self._save(form, observation_id, expected_version)
        if before is None:
            self.coach.history.push(Change(undo_label("add_observation"),
                                           undo=lambda: self._delete(saved, self._written(saved)),
                                           redo=lambda: self._save(form, None, None, saved)))
        else:
            self.coach.history.push(Change(undo_label("edit_observation"), undo=lambda: self._save(before.form, saved),
                                           redo=lambda: self._save(form, saved)))
        return saved

    def _save(self, form: ObservationForm, observation_id: int | None, expected_version: int | None = None,
              new_id: int | None = None) -> int:
        if expected_version is None and observation_id is not None and new_id is None:
            # Undo and redo of an edit: they expect the version this app's last write left, and refuse (as a save
            # does) to overwrite what someone else saved since. A save passes the version it opened.
            expected_version = self._written(observation_id)
        with self.coach.db.transaction() as session:
            found: Observation | None = None
            if observation_id is not None:
                found = session.get(Observation, observation_id)
                if found is None:
                    raise NotFound(_('This observation is no longer in the database.'))
                if expected_version is not None and found.version != expected_version:
                    raise Conflict(_('This observation was changed by someone else after you opened it.'))
            errors = validate_observation(session, form, observation_id)
            if errors:
                raise ValidationError(errors)
            if found is None:
                observation = Observation(id=new_id, delivery_id=form.delivery_id)
                session.add(observation)
            else:
                observation = found
            assert form.observer_id is not None  # validate_observation refuses an observation without an observer
            observation.observer_id = form.observer_id
            observation.rubric_version_id = form.rubric_version_id
            observation.strengths = form.strengths
            observation.improvements = form.improvements
            observation.recommendation = form.recommendation
            session.flush()
            existing = {s.criterion_id: s for s in session.scalars(
                select(ObservationScore).where(ObservationScore.observation_id == observation.id))}
            for criterion_id, row in existing.items():
                if criterion_id not in form.scores:
                    session.delete(row)
            for criterion_id, score in form.scores.items():
                row = existing.get(criterion_id) or ObservationScore(observation_id=observation.id,
                                                                    criterion_id=criterion_id)
                row.score, row.note = score, form.notes.get(criterion_id, "")
                session.add(row)
            self._write_action_items(session, observation, form.action_items)
            return observation.id

    @staticmethod
    def _write_action_items(session: Session, observation: Observation, items: list[ActionItemForm]) -> None:
        delivery = session.get(Delivery, observation.delivery_id)
        assert delivery is not None
        existing = {i.id: i for i in session.scalars(select(ActionItem)
                                                    .where(ActionItem.observation_id == observation.id))}
        kept = {item.id for item in items if item.id in existing}
        for item_id, gone in existing.items():
            if item_id not in kept:
                session.delete(gone)
        for item in items:
            row = existing.get(item.id) if item.id is not None else None
            if row is None:
                row = ActionItem(candidate_id=delivery.candidate_id, observation_id=observation.id)
                session.add(row)
            row.text, row.owner_id, row.due_on = item.text.strip(), item.owner_id, item.due_on
            if item.done and row.done_at is None:
                row.done_at = utcnow()
            elif not item.done:
                row.done_at = None

    def delete(self, observation_id: int) -> None:
        before = self.get(observation_id)
        self._delete(observation_id)
        self.coach.history.push(Change(undo_label("delete_observation"),
                                       undo=lambda: self._save(before.form, None, None, observation_id),
                                       redo=lambda: self._delete(observation_id, self._written(observation_id))))

    def _written(self, observation_id: int) -> int | None:
        """The version this app's last write left the observation at: what undo and redo expect to find."""
        return self.coach.db.written_version("observation", observation_id)

    def _delete(self, observation_id: int, expected_version: int | None = None) -> None:
        with self.coach.db.transaction() as session:
            observation = session.get(Observation, observation_id)
            if observation is None:
                raise NotFound(_('This observation is no longer in the database.'))
            if expected_version is not None and observation.version != expected_version:
                raise Conflict(_('This observation was changed by someone else since; their change is kept.'))
            session.delete(observation)


class ActionItemService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    def list(self, *, candidate_id: int | None = None, open_only: bool = False,
             overdue_on: date | None = None) -> list[ActionItemRecord]:
        with self.coach.db.reading() as session:
            return self.list_in(session, candidate_id=candidate_id, open_only=open_only, overdue_on=overdue_on)

    def list_in(self, session: Session, *, candidate_id: int | None = None, open_only: bool = False,
             overdue_on: date | None = None) -> builtins.list[ActionItemRecord]:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        owner = Person.__table__.alias("owner")
        query = (
            select(ActionItem.id, ActionItem.candidate_id, Person.name, ActionItem.observation_id, ActionItem.text,
                   ActionItem.owner_id, owner.c.name, ActionItem.due_on, ActionItem.done_at)
            .join(Candidate, Candidate.id == ActionItem.candidate_id)
            .join(Person, Person.id == Candidate.person_id)
            .outerjoin(owner, owner.c.id == ActionItem.owner_id)
            .order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id)
        )
        if candidate_id is not None:
            query = query.where(ActionItem.candidate_id == candidate_id)
        if open_only or overdue_on is not None:
            query = query.where(ActionItem.done_at.is_(None))
        if overdue_on is not None:
            query = query.where(ActionItem.due_on < overdue_on, Candidate.archived_at.is_(None))
        return [ActionItemRecord(item_id, candidate, name, observation, text, owner_id, owner_name or "", due, done)
                for item_id, candidate, name, observation, text, owner_id, owner_name, due, done
                in session.execute(query)]

    def overdue(self, today: date | None = None) -> builtins.list[ActionItemRecord]:
        return self.list(overdue_on=today or date.today())

    def add(self, candidate_id: int, text: str, owner_id: int | None = None, due_on: date | None = None) -> int:
        """An action item not tied to an observation, e.g. agreed in a mentoring talk."""
        if not text.strip():
            raise ValidationError({"text": _('Describe the action item.')})
        if len(text.strip()) > MAX_ACTION:  # as for the action items of an observation
            raise ValidationError({"text": _('An action item can be at most {max_action} characters.',
                                             max_action=MAX_ACTION)})
        with self.coach.db.transaction() as session:
            if session.get(Candidate, candidate_id) is None:
                raise NotFound(_('This candidate is no longer in the database.'))
            if owner_id is not None and session.get(Person, owner_id) is None:
                raise ValidationError({"owner": _('This person is no longer in the database.')})
            item = ActionItem(candidate_id=candidate_id, text=text.strip(), owner_id=owner_id, due_on=due_on)
            session.add(item)
            session.flush()
            return item.id

    def set_done(self, item_id: int, done: bool = True) -> None:
        def write(value: bool, check: bool = False) -> None:
            with self.coach.db.transaction() as session:
                item = session.get(ActionItem, item_id)
                if item is None:
                    raise NotFound(_('This action item is no longer in the database.'))
                # Undo and redo: the item must still be as this app left it (the opposite of what is written
                # now); someone else closing or reopening it since is kept, as a save would keep it.
                if check and (item.done_at is not None) == value:
                    raise Conflict(_('This action item was changed by someone else since; their change is kept.'))
                item.done_at = utcnow() if value else None

        write(done)
        self.coach.history.push(Change(undo_label("close_action_item") if done else undo_label("reopen_action_item"),
                                       undo=lambda: write(not done, True), redo=lambda: write(done, True)))
