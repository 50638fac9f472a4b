"""Calibration exercises (issue 19): a lead picks deliveries, a rubric version and observers; each observer
scores blind, hands in, and once all have (or the lead closes the exercise) everyone sees every score and the
agreement statistics of ``analytics/agreement.py``. Co-observed practice deliveries feed the same statistics
("everyday agreement").

Blindness is kept here for every database, and by row policies on a team server (migration 0010).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from trainercoach.analytics import agreement as ag
from trainercoach.errors import NotFound, ValidationError
from trainercoach.i18n import _
from trainercoach.models import (
    CalibrationExercise,
    CalibrationObserver,
    CalibrationReference,
    CalibrationScore,
    CalibrationTarget,
    Criterion,
    Delivery,
    Observation,
    ObservationScore,
    Person,
    RubricVersion,
    utcnow,
)
from trainercoach.records.calibration import (
    CriterionAgreement,
    ExerciseAgreement,
    ExerciseForm,
    ExerciseRow,
    ExerciseView,
)
from trainercoach.services.history import Change
from trainercoach.words import undo_label

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

MAX_NAME = 200


def exercise_errors(form: ExerciseForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not form.name.strip():
        errors["name"] = _("Give the exercise a name.")
    elif len(form.name.strip()) > MAX_NAME:
        errors["name"] = _("A name can be at most {most} characters.", most=MAX_NAME)
    if len(set(form.observer_ids)) < 2:
        errors["observers"] = _("Choose at least two observers: agreement needs two or more.")
    if not form.targets:
        errors["targets"] = _("Add at least one delivery to score.")
    for line, target in enumerate(form.targets, start=1):
        if target.delivery_id is None and not target.recording_link.strip():
            errors[f"target:{line}"] = _("Delivery {line}: choose a practice session or give a recording's link.",
                                         line=line)
        elif len(target.title.strip()) > MAX_NAME or len(target.recording_link) > 500:
            errors[f"target:{line}"] = _("Delivery {line}: the title or the link is too long.", line=line)
    return errors


class CalibrationService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    # -- reading ------------------------------------------------------------------------------------------
    def list(self) -> list[ExerciseRow]:
        with self.coach.db.reading() as session:
            rows = []
            for e in session.scalars(select(CalibrationExercise).order_by(CalibrationExercise.id)):
                targets = session.scalar(select(func.count()).select_from(CalibrationTarget)
                                         .where(CalibrationTarget.exercise_id == e.id)) or 0
                observers = session.scalars(select(CalibrationObserver)
                                            .where(CalibrationObserver.exercise_id == e.id)).all()
                rows.append(ExerciseRow(e.id, e.name, e.status, targets, len(observers),
                                        sum(o.submitted_at is not None for o in observers)))
            return rows

    def view(self, exercise_id: int, viewer_id: int | None = None) -> ExerciseView:
        """The exercise as ``viewer_id`` may see it (None: a lead, who sees everything). An observer sees only
        their own scores until every observer has handed in or the exercise is closed."""
        with self.coach.db.reading() as session:
            return self._view(session, exercise_id, viewer_id)

    def view_in(self, session: Session, exercise_id: int, viewer_id: int | None = None) -> ExerciseView:
        """``view`` inside a caller's transaction."""
        return self._view(session, exercise_id, viewer_id)

    def _view(self, session: Session, exercise_id: int, viewer_id: int | None) -> ExerciseView:
        exercise = self._exercise(session, exercise_id)
        targets = session.scalars(select(CalibrationTarget).where(CalibrationTarget.exercise_id == exercise_id)
                                  .order_by(CalibrationTarget.position, CalibrationTarget.id)).all()
        observers = session.execute(
            select(CalibrationObserver.person_id, Person.name, CalibrationObserver.submitted_at)
            .join(Person, Person.id == CalibrationObserver.person_id)
            .where(CalibrationObserver.exercise_id == exercise_id).order_by(Person.name, Person.id)).all()
        criteria = session.execute(select(Criterion.id, Criterion.title)
                                   .where(Criterion.rubric_version_id == exercise.rubric_version_id)
                                   .order_by(Criterion.position)).all()
        revealed = exercise.status == "closed" or all(o.submitted_at is not None for o in observers)
        target_ids = [t.id for t in targets]
        query = select(CalibrationScore).where(CalibrationScore.target_id.in_(target_ids))
        if viewer_id is not None and not revealed:
            query = query.where(CalibrationScore.observer_id == viewer_id)
        scores = {(s.target_id, s.observer_id, s.criterion_id): s.score for s in session.scalars(query)}
        references: dict[tuple[int, int], int] = {}
        if viewer_id is None or revealed:
            references = {(r.target_id, r.criterion_id): r.score for r in session.scalars(
                select(CalibrationReference).where(CalibrationReference.target_id.in_(target_ids)))}
        return ExerciseView(exercise.id, exercise.name, exercise.status, exercise.rubric_version_id,
                            [(t.id, t.title) for t in targets],
                            [(o.person_id, o.name, o.submitted_at is not None) for o in observers],
                            [(c.id, c.title) for c in criteria], scores, references, revealed)

    @staticmethod
    def _exercise(session: Session, exercise_id: int) -> CalibrationExercise:
        exercise = session.get(CalibrationExercise, exercise_id)
        if exercise is None:
            raise NotFound(_("This calibration exercise is no longer in the database."))
        return exercise

    # -- writing ------------------------------------------------------------------------------------------
    def create(self, form: ExerciseForm) -> int:
        """A new open exercise with its targets and observers, in one transaction."""
        saved = self._create(form)
        self.coach.history.push(Change(undo_label("add_calibration", name=form.name.strip()),
                                       undo=lambda: self._delete(saved), redo=lambda: self._create(form, saved)))
        return saved

    def _create(self, form: ExerciseForm, new_id: int | None = None) -> int:
        errors = exercise_errors(form)
        if errors:
            raise ValidationError(errors)
        with self.coach.db.transaction() as session:
            if session.get(RubricVersion, form.rubric_version_id) is None:
                raise ValidationError({"rubric_version": _("This rubric version is no longer in the database.")})
            for person_id in set(form.observer_ids):
                if session.get(Person, person_id) is None:
                    raise ValidationError({"observers": _("An observer is no longer in the database.")})
            for target in form.targets:
                if target.delivery_id is not None and session.get(Delivery, target.delivery_id) is None:
                    raise ValidationError({"targets": _("A session to score is no longer in the database.")})
            exercise = CalibrationExercise(id=new_id, name=form.name.strip(), notes=form.notes,
                                           rubric_version_id=form.rubric_version_id, status="open")
            session.add(exercise)
            session.flush()
            for position, target in enumerate(form.targets):
                session.add(CalibrationTarget(exercise_id=exercise.id, position=position, title=target.title.strip(),
                                              delivery_id=target.delivery_id,
                                              recording_link=target.recording_link.strip()))
            for person_id in dict.fromkeys(form.observer_ids):
                session.add(CalibrationObserver(exercise_id=exercise.id, person_id=person_id))
            return exercise.id

    def _delete(self, exercise_id: int) -> None:
        with self.coach.db.transaction() as session:
            session.delete(self._exercise(session, exercise_id))

    def score(self, exercise_id: int, observer_id: int, scores: dict[tuple[int, int], int | None]) -> None:
        """An observer's scores, ``{(target id, criterion id): 1-5 or None}``, replacing theirs, in one
        transaction. Refused when the exercise is closed, they are not one of its observers or have handed in."""
        errors = {f"score:{t}:{c}": _("A score is a whole number from 1 to 5, or empty.")
                  for (t, c), v in scores.items() if v is not None and (type(v) is not int or not 1 <= v <= 5)}
        if errors:
            raise ValidationError(errors)
        with self.coach.db.transaction() as session:
            exercise = self._exercise(session, exercise_id)
            taking_part = self._observer(session, exercise, observer_id)
            if taking_part.submitted_at is not None:
                raise ValidationError({"scores": _("These scores were handed in; they can no longer change.")})
            targets = set(session.scalars(select(CalibrationTarget.id)
                                          .where(CalibrationTarget.exercise_id == exercise_id)))
            criteria = set(session.scalars(select(Criterion.id)
                                           .where(Criterion.rubric_version_id == exercise.rubric_version_id)))
            if any(t not in targets or c not in criteria for t, c in scores):
                raise ValidationError({"scores": _("A score is for a delivery or criterion not in this exercise.")})
            session.execute(delete(CalibrationScore).where(CalibrationScore.observer_id == observer_id,
                                                           CalibrationScore.target_id.in_(targets)))
            for (target_id, criterion_id), value in scores.items():
                session.add(CalibrationScore(target_id=target_id, observer_id=observer_id,
                                             criterion_id=criterion_id, score=value))

    def hand_in(self, exercise_id: int, observer_id: int) -> None:
        """The observer's scores are final; when the last observer hands in, every score is revealed."""
        with self.coach.db.transaction() as session:
            exercise = self._exercise(session, exercise_id)
            self._observer(session, exercise, observer_id).submitted_at = utcnow()

    def _observer(self, session: Session, exercise: CalibrationExercise, person_id: int) -> CalibrationObserver:
        if exercise.status != "open":
            raise ValidationError({"scores": _("This exercise is closed; its scores can no longer change.")})
        taking_part = session.get(CalibrationObserver, (exercise.id, person_id))
        if taking_part is None:
            raise ValidationError({"observer": _("This person is not an observer in this exercise.")})
        return taking_part

    def set_reference(self, exercise_id: int, scores: dict[tuple[int, int], int | None]) -> None:
        """The lead's reference scores (None removes one): bias is then measured against them. Undo puts back
        what each changed cell held."""
        before = self._set_reference(exercise_id, scores)
        name = self.view(exercise_id).name
        self.coach.history.push(Change(undo_label("reference_calibration", name=name),
                                       undo=lambda: self._set_reference(exercise_id, before),
                                       redo=lambda: self._set_reference(exercise_id, scores)))

    def _set_reference(self, exercise_id: int,
                       scores: dict[tuple[int, int], int | None]) -> dict[tuple[int, int], int | None]:
        if any(v is not None and (type(v) is not int or not 1 <= v <= 5) for v in scores.values()):
            raise ValidationError({"reference": _("A score is a whole number from 1 to 5, or empty.")})
        with self.coach.db.transaction() as session:
            exercise = self._exercise(session, exercise_id)
            targets = set(session.scalars(select(CalibrationTarget.id)
                                          .where(CalibrationTarget.exercise_id == exercise_id)))
            criteria = set(session.scalars(select(Criterion.id)
                                           .where(Criterion.rubric_version_id == exercise.rubric_version_id)))
            if any(t not in targets or c not in criteria for t, c in scores):
                raise ValidationError({"reference": _("A score is for a delivery or criterion not in this "
                                                      "exercise.")})
            before: dict[tuple[int, int], int | None] = {}
            for (target_id, criterion_id), value in scores.items():
                found = session.get(CalibrationReference, (target_id, criterion_id))
                before[(target_id, criterion_id)] = None if found is None else found.score
                if value is None:
                    if found is not None:
                        session.delete(found)
                elif found is None:
                    session.add(CalibrationReference(target_id=target_id, criterion_id=criterion_id, score=value))
                else:
                    found.score = value
            return before

    def close(self, exercise_id: int) -> None:
        """The lead closes the exercise: scoring stops and every score is revealed."""
        with self.coach.db.transaction() as session:
            exercise = self._exercise(session, exercise_id)
            name = exercise.name
            self._set_status(session, exercise, "closed")
        self.coach.history.push(Change(undo_label("close_calibration", name=name),
                                       undo=lambda: self._reopen(exercise_id),
                                       redo=lambda: self.close_again(exercise_id)))

    def close_again(self, exercise_id: int) -> None:
        with self.coach.db.transaction() as session:
            self._set_status(session, self._exercise(session, exercise_id), "closed")

    def _reopen(self, exercise_id: int) -> None:
        with self.coach.db.transaction() as session:
            self._set_status(session, self._exercise(session, exercise_id), "open")

    @staticmethod
    def _set_status(session: Session, exercise: CalibrationExercise, status: str) -> None:
        exercise.status = status
        exercise.closed_at = utcnow() if status == "closed" else None

    # -- statistics -----------------------------------------------------------------------------------------
    def agreement(self, exercise_id: int, *, bootstrap: int = 0) -> ExerciseAgreement:
        """Every statistic per criterion and for each target's mean over criteria, once the scores are revealed
        (a lead may look at any time). ``bootstrap`` resamples give alpha's intervals for the mean over criteria
        when it has at least ``ALPHA_MIN_TARGETS`` targets."""
        with self.coach.db.reading() as session:
            return self.agreement_in(session, exercise_id, bootstrap=bootstrap)

    def agreement_in(self, session: Session, exercise_id: int, *, bootstrap: int = 0) -> ExerciseAgreement:
        """``agreement`` inside a caller's transaction (the calibration report reads it with the exercise)."""
        view = self._view(session, exercise_id, None)
        observers = [(pid, name) for pid, name, _done in view.observers]
        result = ExerciseAgreement(exercise_id, observers)
        totals: dict[tuple[int, int], list[int]] = defaultdict(list)
        reference_totals: dict[int, list[int]] = defaultdict(list)
        for criterion_id, title in view.criteria:
            table = [[view.scores.get((t, o, criterion_id)) for o, _n in observers] for t, _title in view.targets]
            for (t, _title), row in zip(view.targets, table, strict=True):
                for (o, _n), v in zip(observers, row, strict=True):
                    if v is not None:
                        totals[(t, o)].append(v)
                if (t, criterion_id) in view.references:
                    reference_totals[t].append(view.references[(t, criterion_id)])
            reference = [view.references.get((t, criterion_id)) for t, _title in view.targets]
            has_reference = any(r is not None for r in reference)
            result.per_criterion.append(CriterionAgreement(criterion_id, title, ag.summarise(
                table, reference if has_reference else None)))
        total_table: list[list[float | None]] = [
            [sum(totals[(t, o)]) / len(totals[(t, o)]) if totals[(t, o)] else None for o, _n in observers]
            for t, _title in view.targets]
        ref_total = [sum(reference_totals[t]) / len(reference_totals[t]) if reference_totals[t] else None
                     for t, _title in view.targets]
        result.per_criterion.append(CriterionAgreement(None, _("Mean over criteria"), ag.summarise(
            total_table, ref_total if any(r is not None for r in ref_total) else None, bootstrap=bootstrap,
            alpha_min_targets=ag.ALPHA_MIN_TARGETS)))
        return result

    def everyday(self, *, since: datetime | None = None, bootstrap: int = 0,
                 bootstrap_max_targets: int | None = None) -> ExerciseAgreement:
        """Everyday agreement: practice deliveries (from ``since`` on, when given) two or more observers scored
        with the same rubric version (a delivery scored with two versions is two targets), each criterion by its
        key and each observation's mean over criteria, as targets × observers tables (missing where someone did
        not observe). Alpha's bootstrap runs only up to ``bootstrap_max_targets`` deliveries, when given: each
        resample of thousands costs seconds, and the interval of so many is narrow anyway."""
        with self.coach.db.reading() as session:
            shared_query = (select(Observation.delivery_id, Observation.rubric_version_id)
                            .group_by(Observation.delivery_id, Observation.rubric_version_id)
                            .having(func.count(func.distinct(Observation.observer_id)) >= 2))
            if since is not None:
                shared_query = shared_query.join(Delivery, Delivery.id == Observation.delivery_id) \
                    .where(Delivery.starts_at >= since)
            shared = shared_query.subquery()
            rows = session.execute(
                select(Observation.delivery_id, Observation.rubric_version_id, Observation.observer_id,
                       Criterion.key, ObservationScore.score)
                .join(shared, (shared.c.delivery_id == Observation.delivery_id)
                      & (shared.c.rubric_version_id == Observation.rubric_version_id))
                .join(ObservationScore, ObservationScore.observation_id == Observation.id)
                .join(Criterion, Criterion.id == ObservationScore.criterion_id)
                .where(ObservationScore.score.is_not(None))).all()
            cells: dict[str, dict[tuple[int, int], dict[int, float]]] = defaultdict(lambda: defaultdict(dict))
            for delivery_id, version_id, observer_id, key, score in rows:
                cells[key][(delivery_id, version_id)][observer_id] = float(score or 0)  # only scored cells are read
            ids = sorted({o for by_target in cells.values() for m in by_target.values() for o in m})
            names = {row.id: row.name for row in session.execute(select(Person.id, Person.name)
                                                                 .where(Person.id.in_(ids)))}
            titles: dict[str, str] = {}
            for key, title in session.execute(select(Criterion.key, Criterion.title)
                                              .order_by(Criterion.rubric_version_id.desc(), Criterion.position)):
                titles.setdefault(key, title)
        observers = [(o, names.get(o, str(o))) for o in ids]
        result = ExerciseAgreement(0, observers)
        column = {o: j for j, o in enumerate(ids)}
        targets = sorted({t for by_target in cells.values() for t in by_target})
        row_of = {t: i for i, t in enumerate(targets)}
        sums = np.zeros((len(targets), len(ids)))
        counts = np.zeros((len(targets), len(ids)))
        for key in [k for k in titles if k in cells]:
            by_target = cells[key]
            table = np.full((len(by_target), len(ids)), np.nan)
            for i, scores in enumerate(by_target.values()):
                for o, v in scores.items():
                    table[i, column[o]] = v
            result.per_criterion.append(CriterionAgreement(None, titles[key], ag.summarise(table)))
            for target, scores in by_target.items():
                for o, v in scores.items():
                    sums[row_of[target], column[o]] += v
                    counts[row_of[target], column[o]] += 1
        with np.errstate(invalid="ignore", divide="ignore"):
            total = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
        if bootstrap_max_targets is not None and ag.paired_targets(total) > bootstrap_max_targets:
            bootstrap = 0
        result.per_criterion.append(CriterionAgreement(None, _("Mean over criteria"), ag.summarise(
            total, bootstrap=bootstrap, alpha_min_targets=ag.ALPHA_MIN_TARGETS)))
        return result
