"""Each observer's habit from every score that can be compared (issue 19): calibration exercises once revealed,
and everyday practice deliveries two or more observers scored with the same rubric version. The statistics
are in ``analytics/observer_profile.py``; this module reads the scores, names the people, keeps the lead's
threshold (a shared setting) and adjusts a candidate's rubric averages for observer leniency."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainercoach.analytics import observer_profile as op
from trainercoach.errors import ValidationError
from trainercoach.i18n import _
from trainercoach.models import (
    CalibrationExercise,
    CalibrationObserver,
    CalibrationReference,
    CalibrationScore,
    CalibrationTarget,
    Candidate,
    Criterion,
    Delivery,
    Observation,
    ObservationScore,
    ObserverGap,
    Person,
    Setting,
)
from trainercoach.records.observer_profiles import (
    AdjustedAverages,
    AdjustedCriterion,
    ObserverProfiles,
    ObserverWarning,
)
from trainercoach.services.history import Change
from trainercoach.words import undo_label

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

THRESHOLD_KEY = "observer_bias_threshold"
DEFAULT_THRESHOLD = 0.5  # points on the 1-5 scale
LOWEST, HIGHEST = 0.1, 4.0


def threshold_errors(points: object) -> dict[str, str]:
    if isinstance(points, bool) or not isinstance(points, int | float) or not LOWEST <= float(points) <= HIGHEST:
        return {"threshold": _("The threshold is a number of points from {low} to {high}.", low=LOWEST,
                               high=HIGHEST)}
    return {}


class ObserverProfileService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    # -- the lead's threshold -------------------------------------------------------------------------
    def threshold(self) -> float:
        with self.coach.db.reading() as session:
            return self.threshold_in(session)

    def threshold_in(self, session: Session) -> float:
        import json

        row = session.get(Setting, THRESHOLD_KEY)
        try:
            value = json.loads(row.value)["points"] if row is not None else DEFAULT_THRESHOLD
        except (ValueError, KeyError, TypeError):
            return DEFAULT_THRESHOLD
        return float(value) if not threshold_errors(value) else DEFAULT_THRESHOLD

    def set_threshold(self, points: float) -> None:
        """How far (in points, either way) an observer's latest quarter may stray before the dashboard names
        them; one setting for everyone on the database."""
        errors = threshold_errors(points)
        if errors:
            raise ValidationError(errors)
        before = self.threshold()
        self._set_threshold(float(points))
        self.coach.history.push(Change(undo_label("observer_threshold"), undo=lambda: self._set_threshold(before),
                                       redo=lambda: self._set_threshold(float(points))))

    def _set_threshold(self, points: float) -> None:
        import json

        with self.coach.db.transaction() as session:
            row = session.get(Setting, THRESHOLD_KEY)
            value = json.dumps({"points": round(float(points), 2)})
            if row is None:
                session.add(Setting(key=THRESHOLD_KEY, value=value))
            else:
                row.value = value

    # -- reading the deviations ---------------------------------------------------------------------------
    def deviations_in(self, session: Session, since: datetime | None = None) -> list[op.Deviation]:
        """Every comparable score's deviation from its consensus: revealed exercises and everyday co-observed
        deliveries (only those from ``since`` on, when given)."""
        return self._exercise_deviations(session, since) + self._everyday_deviations(session, since)

    @staticmethod
    def _everyday_deviations(session: Session, since: datetime | None) -> list[op.Deviation]:
        shared_query = (select(Observation.delivery_id, Observation.rubric_version_id)
                        .group_by(Observation.delivery_id, Observation.rubric_version_id)
                        .having(func.count(func.distinct(Observation.observer_id)) >= 2))
        if since is not None:
            shared_query = shared_query.join(Delivery, Delivery.id == Observation.delivery_id) \
                .where(Delivery.starts_at >= since)
        shared = shared_query.subquery()
        rows = session.execute(
            select(Observation.delivery_id, Observation.rubric_version_id, Observation.observer_id, Criterion.key,
                   ObservationScore.score, Delivery.starts_at)
            .join(shared, (shared.c.delivery_id == Observation.delivery_id)
                  & (shared.c.rubric_version_id == Observation.rubric_version_id))
            .join(ObservationScore, ObservationScore.observation_id == Observation.id)
            .join(Criterion, Criterion.id == ObservationScore.criterion_id)
            .join(Delivery, Delivery.id == Observation.delivery_id)
            .where(ObservationScore.score.is_not(None))).all()
        cells: dict[tuple[int, int, str], dict[int, float]] = defaultdict(dict)
        when: dict[int, datetime] = {}
        for delivery_id, version_id, observer_id, key, score, starts_at in rows:
            cells[(delivery_id, version_id, key)][observer_id] = float(score or 0)  # the query keeps only scored cells
            when[delivery_id] = starts_at
        found = []
        for (delivery_id, version_id, key), scores in cells.items():
            for observer, gap in op.gaps_against_consensus(scores).items():
                found.append(op.Deviation(observer, key, f"delivery:{delivery_id}:{version_id}", when[delivery_id],
                                          gap))
        return found

    @staticmethod
    def _exercise_deviations(session: Session, since: datetime | None) -> list[op.Deviation]:
        exercises = {e.id: e for e in session.scalars(select(CalibrationExercise))}
        waiting = {e for (e,) in session.execute(select(CalibrationObserver.exercise_id)
                                                 .where(CalibrationObserver.submitted_at.is_(None)).distinct())}
        last_in = dict(session.execute(select(CalibrationObserver.exercise_id, func.max(
            CalibrationObserver.submitted_at)).group_by(CalibrationObserver.exercise_id)).all())
        revealed = {i for i, e in exercises.items() if e.status == "closed" or i not in waiting}
        if not revealed:
            return []
        target_of = dict(session.execute(select(CalibrationTarget.id, CalibrationTarget.exercise_id)
                                         .where(CalibrationTarget.exercise_id.in_(revealed))).all())
        keys = dict(session.execute(select(Criterion.id, Criterion.key)).all())
        cells: dict[tuple[int, int], dict[int, float]] = defaultdict(dict)
        for s in session.scalars(select(CalibrationScore).where(CalibrationScore.target_id.in_(target_of),
                                                                 CalibrationScore.score.is_not(None))):
            assert s.score is not None
            cells[(s.target_id, s.criterion_id)][s.observer_id] = float(s.score)
        references = {(r.target_id, r.criterion_id): float(r.score) for r in session.scalars(
            select(CalibrationReference).where(CalibrationReference.target_id.in_(target_of)))}
        found = []
        for (target_id, criterion_id), scores in cells.items():
            exercise = exercises[target_of[target_id]]
            when = exercise.closed_at or last_in.get(exercise.id) or exercise.created_at
            if since is not None and when < since:
                continue
            for observer, gap in op.gaps_against_consensus(scores, references.get((target_id, criterion_id))).items():
                found.append(op.Deviation(observer, keys[criterion_id], f"exercise-target:{target_id}", when, gap))
        return found

    # -- profiles and the dashboard's warning ----------------------------------------------------------
    def profiles(self) -> ObserverProfiles:
        with self.coach.db.reading() as session:
            return self.profiles_in(session)

    def profiles_in(self, session: Session, since: datetime | None = None) -> ObserverProfiles:
        """Every observer's profile (from ``since`` on, when given), with who the dashboard names."""
        found = op.profiles(self.deviations_in(session, since))
        names = dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(found))).all())
        order = session.execute(select(Criterion.key, Criterion.title, Criterion.rubric_version_id,
                                       Criterion.position).order_by(Criterion.rubric_version_id.desc(),
                                                                    Criterion.position)).all()
        seen = {key for p in found.values() for key in p.by_criterion}
        criteria: dict[str, str] = {}
        for key, title, _version, _position in order:
            if key in seen and key not in criteria:
                criteria[key] = title
        threshold = self.threshold_in(session)
        recent = op.quarter(op.previous_quarter_start(datetime.now()))  # what the dashboard looks at
        flagged = [p.observer for p in op.beyond_threshold(
            {o: p for o, p in found.items() if p.latest is not None and p.latest.label >= recent}, threshold)]
        observers = sorted(((pid, names.get(pid, str(pid)), p) for pid, p in found.items()),
                           key=lambda row: (row[1].casefold(), row[0]))
        return ObserverProfiles(observers, list(criteria.items()), threshold, flagged)

    def warnings(self, today: datetime | None = None) -> list[ObserverWarning]:
        """Observers whose bias in their latest quarter (this one or the one before, on at least
        ``op.WARN_MIN_TARGETS`` deliveries) is beyond the lead's threshold, furthest first.

        The dashboard reads this on every refresh, so only the latest quarter's bias is worked out, and the
        everyday part is added up by the database (``_everyday_totals``): a whole profile per observer cost the
        large demo's dashboard 2 s. ``profiles_in`` gives the same figures the long way (a test holds them to it)."""
        now = today or datetime.now()
        since = op.previous_quarter_start(now)
        this_quarter = datetime(now.year, (now.month - 1) // 3 * 3 + 1, 1)
        with self.coach.db.reading() as session:
            periods: dict[int, dict[str, op.Totals]] = defaultdict(dict)
            for observer, series in op.per_target(self._exercise_deviations(session, since)).items():
                periods[observer].update(op.totals_by_quarter(series))
            for observer, recent, n, total, squares in self._everyday_totals(session, since, this_quarter):
                label = op.quarter(this_quarter if recent else since)
                had_n, had_total, had_squares = periods[observer].get(label, (0, 0.0, 0.0))
                periods[observer][label] = (had_n + n, had_total + total, had_squares + squares)
            latest = op.latest_from_totals(periods)
            threshold = self.threshold_in(session)
            flagged = sorted(((pid, period) for pid, period in latest.items()
                              if period.bias.mean is not None and period.bias.n >= op.WARN_MIN_TARGETS
                              and abs(period.bias.mean) > threshold),
                             key=lambda item: -abs(item[1].bias.mean or 0.0))
            names = dict(session.execute(select(Person.id, Person.name)
                                         .where(Person.id.in_([pid for pid, _ in flagged]))).all())
        return [ObserverWarning(pid, names.get(pid, str(pid)), period.label, period.bias.mean or 0.0, period.bias.low,
                                period.bias.high, period.bias.n, threshold) for pid, period in flagged]

    @staticmethod
    def _everyday_totals(session: Session, since: datetime,
                         this_quarter: datetime) -> list[tuple[int, bool, int, float, float]]:
        """(observer, in this quarter rather than the one before, n, sum, sum of squares) of the per-delivery
        gaps of everyday co-observed deliveries from ``since`` on: the observer's score minus the mean of the
        other observers' on each criterion, averaged over the criteria, as ``per_target`` makes of
        ``_everyday_deviations``. The database keeps each gap as scores are written (``observer_gap``, migration
        0014) and adds them up here: worked out from every score, this took the huge demo's dashboard 17 s."""
        recent = Delivery.starts_at >= this_quarter
        rows = session.execute(
            select(ObserverGap.observer_id, recent, func.count(), func.sum(ObserverGap.gap),
                   func.sum(ObserverGap.gap * ObserverGap.gap))
            .join(Delivery, Delivery.id == ObserverGap.delivery_id).where(Delivery.starts_at >= since)
            .group_by(ObserverGap.observer_id, recent))
        return [(observer, bool(is_recent), n, float(total), float(squares))
                for observer, is_recent, n, total, squares in rows]

    # -- a candidate's averages adjusted for observer leniency ------------------------------------------
    def adjusted(self, candidate_id: int) -> AdjustedAverages:
        with self.coach.db.reading() as session:
            return self.adjusted_in(session, candidate_id)

    def adjusted_in(self, session: Session, candidate_id: int) -> AdjustedAverages:
        """The candidate's mean per criterion and over all criteria as scored, beside the same with each score
        less its observer's overall bias (``ObserverProfile.overall``: the mean per-delivery deviation from the
        consensus over every comparable score). Observers without comparable scores are taken as scored."""
        from trainercoach.errors import NotFound

        if session.get(Candidate, candidate_id) is None:
            raise NotFound(_("This candidate is no longer in the database."))
        bias = {pid: p.overall.mean for pid, p in op.profiles(self.deviations_in(session)).items()
                if p.overall.mean is not None}
        rows = session.execute(
            select(Criterion.key, Criterion.title, Observation.observer_id, ObservationScore.score)
            .join(ObservationScore, ObservationScore.criterion_id == Criterion.id)
            .join(Observation, Observation.id == ObservationScore.observation_id)
            .join(Delivery, Delivery.id == Observation.delivery_id)
            .where(Delivery.candidate_id == candidate_id, ObservationScore.score.is_not(None))
            .order_by(Criterion.rubric_version_id.desc(), Criterion.position)).all()
        per_key: dict[str, list[tuple[int, float]]] = {}
        titles: dict[str, str] = {}
        for key, title, observer, score in rows:
            titles.setdefault(key, title)
            per_key.setdefault(key, []).append((observer, float(score or 0)))  # only scored cells are read
        every = [pair for pairs in per_key.values() for pair in pairs]
        used = {o: b for o, b in bias.items() if any(o == observer for observer, _s in every)}

        def line(key: str, title: str, pairs: list[tuple[int, float]]) -> AdjustedCriterion:
            raw = sum(s for _o, s in pairs) / len(pairs) if pairs else None
            return AdjustedCriterion(key, title, len(pairs), raw, op.adjusted_mean(pairs, bias),
                                     sum(o in bias for o, _s in pairs))

        return AdjustedAverages(candidate_id, [line(k, titles[k], v) for k, v in per_key.items()],
                                line("", _("All criteria"), every), used)
