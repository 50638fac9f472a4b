"""Session effectiveness from the database: aggregates are summed in SQL, the statistics are pure functions.

Three views are kept apart everywhere: the observers' rubric score, the trainees' reaction (feedback) and
their learning (comprehension checks). A composite is offered only beside its weights.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Float, Subquery, case, cast, func, select, true
from sqlalchemy.orm import Session, aliased

from trainercoach.analytics.gain import learning_gain, with_retention
from trainercoach.analytics.readiness import CandidateFacts, check, composite, met
from trainercoach.analytics.stats import EMPTY, Estimate, estimate, estimate_values, median
from trainercoach.errors import NotFound
from trainercoach.i18n import _
from trainercoach.models import (
    Candidate,
    ComprehensionCheck,
    ComprehensionScore,
    Criterion,
    Delivery,
    FeedbackAnswer,
    FeedbackItem,
    FeedbackResponse,
    Observation,
    ObservationScore,
    Person,
    SessionSummary,
    Stage,
    StageMove,
)
from trainercoach.records.effectiveness import (
    CandidateEffectiveness,
    CheckSummary,
    CriterionComparison,
    CriterionScore,
    ItemSummary,
    ObserverScore,
    Programme,
    Readiness,
    SessionEffectiveness,
    TrendPoint,
)
from trainercoach.records.feedback import RANGES
from trainercoach.records.pipeline import Headcount

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

OVERALL = "overall"






















def _weighted_per_observation() -> Subquery:
    """Each observation's weighted rubric average, computed by the database."""
    return (
        select(
            ObservationScore.observation_id.label("observation_id"),
            (func.sum(ObservationScore.score * Criterion.weight) / func.sum(Criterion.weight)).label("weighted"),
        )
        .join(Criterion, Criterion.id == ObservationScore.criterion_id)
        .where(ObservationScore.score.is_not(None))
        .group_by(ObservationScore.observation_id)
        .subquery()
    )


class EffectivenessService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    # -- one session -----------------------------------------------------------------------------
    def session(self, delivery_id: int) -> SessionEffectiveness:
        with self.coach.db.reading() as session:
            return self.session_in(session, delivery_id)

    def session_in(self, session: Session, delivery_id: int) -> SessionEffectiveness:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        delivery = session.get(Delivery, delivery_id)
        if delivery is None:
            raise NotFound(_('This session is no longer in the database.'))
        name = session.scalar(select(Person.name).join(Candidate, Candidate.person_id == Person.id)
                              .where(Candidate.id == delivery.candidate_id)) or ""
        observers, criteria = self._rubric(session, delivery_id)
        feedback, responses = self._feedback(session, delivery_id)
        checks = self._checks(session, delivery_id)
        rubric = _estimate([o.weighted for o in observers])
        weights = self.coach.settings.composite_weights_in(session)
        overall = next((i.estimate.mean for i in feedback if i.key == OVERALL), None)
        gains = [c.gain.normalised for c in checks if c.gain.normalised is not None]
        return SessionEffectiveness(
            delivery.id, delivery.code, delivery.topic, delivery.candidate_id, name, delivery.starts_at,
            delivery.trainees, observers, rubric, criteria, feedback, responses, checks, weights,
            composite(weights, rubric.mean, overall, sum(gains) / len(gains) if gains else None),
        )

    @staticmethod
    def _rubric(session: Session, delivery_id: int) -> tuple[list[ObserverScore], list[CriterionScore]]:
        weighted = _weighted_per_observation()
        observers = [
            ObserverScore(oid, name, float(w) if w is not None else None, recommendation)
            for oid, name, w, recommendation in session.execute(
                select(Observation.id, Person.name, weighted.c.weighted, Observation.recommendation)
                .join(Person, Person.id == Observation.observer_id)
                .outerjoin(weighted, weighted.c.observation_id == Observation.id)
                .where(Observation.delivery_id == delivery_id).order_by(Observation.created_at, Observation.id)
            )
        ]
        rows = session.execute(
            select(Criterion.key, Criterion.title, Criterion.weight, Criterion.position, Person.name,
                   ObservationScore.score)
            .join(ObservationScore, ObservationScore.criterion_id == Criterion.id)
            .join(Observation, Observation.id == ObservationScore.observation_id)
            .join(Person, Person.id == Observation.observer_id)
            .where(Observation.delivery_id == delivery_id)
            .order_by(Criterion.position)
        ).all()
        by_key: dict[str, dict[str, Any]] = {}
        for key, title, weight, _position, observer, score in rows:
            entry = by_key.setdefault(key, {"title": title, "weight": weight, "scores": {}})
            entry["scores"][observer] = score
        criteria = [
            CriterionScore(key, e["title"], e["weight"], e["scores"], _estimate(list(e["scores"].values())).mean)
            for key, e in by_key.items()
        ]
        return observers, criteria

    def candidate_feedback(self, candidate_id: int) -> tuple[list[ItemSummary], int]:
        """Every feedback item pooled over all of a candidate's sessions (each answer counts once), with the
        number of forms: what an evaluation summarises without reading each session."""
        with self.coach.db.reading() as session:
            return self.candidate_feedback_in(session, candidate_id)

    def candidate_feedback_in(self, session: Session, candidate_id: int) -> tuple[list[ItemSummary], int]:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        if session.get(Candidate, candidate_id) is None:
            raise NotFound(_('This candidate is no longer in the database.'))
        sessions = select(Delivery.id).where(Delivery.candidate_id == candidate_id)
        return self._feedback(session, FeedbackResponse.delivery_id.in_(sessions))

    @staticmethod
    def _feedback(session: Session, delivery_id: int | Any) -> tuple[list[ItemSummary], int]:
        """``delivery_id`` is one session's id, or a condition on FeedbackResponse choosing several."""
        where = FeedbackResponse.delivery_id == delivery_id if isinstance(delivery_id, int) else delivery_id
        value = cast(FeedbackAnswer.value, Float)
        aggregates = {
            item_id: (n, total, total_sq)
            for item_id, n, total, total_sq in session.execute(
                select(FeedbackAnswer.item_id, func.count(), func.sum(value), func.sum(value * value))
                .join(FeedbackResponse, FeedbackResponse.id == FeedbackAnswer.response_id)
                .where(where)
                .group_by(FeedbackAnswer.item_id)
            )
        }
        distribution: dict[int, dict[int, int]] = defaultdict(dict)
        for item_id, answer, n in session.execute(
            select(FeedbackAnswer.item_id, FeedbackAnswer.value, func.count())
            .join(FeedbackResponse, FeedbackResponse.id == FeedbackAnswer.response_id)
            .where(where)
            .group_by(FeedbackAnswer.item_id, FeedbackAnswer.value)
        ):
            distribution[item_id][answer] = n
        responses = session.scalar(select(func.count()).select_from(FeedbackResponse)
                                   .where(where)) or 0
        items = []
        for item in session.scalars(select(FeedbackItem).order_by(FeedbackItem.position)):
            if not item.active and item.id not in aggregates:
                continue
            n, total, total_sq = aggregates.get(item.id, (0, 0.0, 0.0))
            items.append(ItemSummary(item.key, item.label, item.kind,
                                     estimate(n, total or 0.0, total_sq or 0.0, bounds=RANGES[item.kind]),
                                     dict(sorted(distribution[item.id].items()))))
        return items, responses

    @staticmethod
    def _checks(session: Session, delivery_id: int) -> list[CheckSummary]:
        checks = session.scalars(select(ComprehensionCheck).where(ComprehensionCheck.delivery_id == delivery_id)
                                 .order_by(ComprehensionCheck.held_on, ComprehensionCheck.id)).all()
        result = []
        for check_row in checks:
            scores = session.execute(select(ComprehensionScore.pre, ComprehensionScore.post,
                                            ComprehensionScore.retention)
                                     .where(ComprehensionScore.check_id == check_row.id)).all()
            gain = with_retention(learning_gain([(p, q) for p, q, _ in scores], check_row.max_score),
                                  [r for _, _, r in scores])
            result.append(CheckSummary(check_row.id, check_row.kind, check_row.title, check_row.held_on, gain))
        return result

    # -- one candidate ---------------------------------------------------------------------------
    def candidate(self, candidate_id: int) -> CandidateEffectiveness:
        with self.coach.db.reading() as session:
            return self.candidate_in(session, candidate_id)

    def candidate_in(self, session: Session, candidate_id: int) -> CandidateEffectiveness:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        candidate = session.get(Candidate, candidate_id)
        if candidate is None:
            raise NotFound(_('This candidate is no longer in the database.'))
        name = session.scalar(select(Person.name).where(Person.id == candidate.person_id)) or ""
        rubric = self._rubric_by_session(session, candidate_id)
        feedback = self._overall_by_session(session, candidate_id)
        gains = self._gain_by_session(session, candidate_id)
        trend = [
            TrendPoint(d.id, d.starts_at, d.topic, rubric.get(d.id), feedback.get(d.id, EMPTY), gains.get(d.id))
            for d in session.scalars(select(Delivery).where(Delivery.candidate_id == candidate_id)
                                     .order_by(Delivery.starts_at, Delivery.id))
        ]
        criteria = self._criteria_against_cohort(session, candidate_id)
        readiness = self.readiness_all_in(session, [candidate_id])[candidate_id]
        return CandidateEffectiveness(candidate_id, name, trend, criteria, readiness)

    @staticmethod
    def _rubric_by_session(session: Session, candidate_id: int | None = None) -> dict[int, float]:
        """Each observed session's mean weighted rubric score, from the summaries the database keeps."""
        query = (select(SessionSummary.delivery_id, SessionSummary.rubric_sum / SessionSummary.rubric_n)
                 .where(SessionSummary.rubric_n > 0))
        if candidate_id is not None:
            query = query.join(Delivery, Delivery.id == SessionSummary.delivery_id).where(
                Delivery.candidate_id == candidate_id)
        return {d: float(v) for d, v in session.execute(query)}

    @staticmethod
    def _overall_by_session(session: Session, candidate_id: int) -> dict[int, Estimate]:
        rows = session.execute(
            select(SessionSummary.delivery_id, SessionSummary.overall_n, SessionSummary.overall_sum,
                   SessionSummary.overall_sumsq)
            .join(Delivery, Delivery.id == SessionSummary.delivery_id)
            .where(SessionSummary.overall_n > 0, Delivery.candidate_id == candidate_id))
        return {d: estimate(n, float(t), float(s), bounds=RANGES["likert"]) for d, n, t, s in rows}

    @staticmethod
    def _gain_by_session(session: Session, candidate_id: int) -> dict[int, float]:
        """Hake's normalised gain per session, from the class averages of each check (mean over its checks)."""
        paired = (ComprehensionScore.pre.is_not(None)) & (ComprehensionScore.post.is_not(None))
        rows = session.execute(
            select(ComprehensionCheck.delivery_id, ComprehensionCheck.max_score,
                   func.avg(case((paired, ComprehensionScore.pre))),
                   func.avg(case((paired, ComprehensionScore.post))))
            .join(ComprehensionScore, ComprehensionScore.check_id == ComprehensionCheck.id)
            .join(Delivery, Delivery.id == ComprehensionCheck.delivery_id)
            .where(Delivery.candidate_id == candidate_id, ComprehensionCheck.max_score.is_not(None))
            .group_by(ComprehensionCheck.id)
        ).all()
        per_session: dict[int, list[float]] = defaultdict(list)
        for delivery_id, max_score, pre, post in rows:
            if pre is not None and post is not None and max_score - pre > 0:
                per_session[delivery_id].append((post - pre) / (max_score - pre))
        return {d: sum(v) / len(v) for d, v in per_session.items()}

    @staticmethod
    def _criteria_against_cohort(session: Session, candidate_id: int) -> list[CriterionComparison]:
        """The candidate's mean per criterion beside the median of every candidate's mean (the cohort)."""
        rows = session.execute(
            select(Delivery.candidate_id, Criterion.key, func.avg(ObservationScore.score), func.count())
            .join(Criterion, Criterion.id == ObservationScore.criterion_id)
            .join(Observation, Observation.id == ObservationScore.observation_id)
            .join(Delivery, Delivery.id == Observation.delivery_id)
            .where(ObservationScore.score.is_not(None))
            .group_by(Delivery.candidate_id, Criterion.key)
        ).all()
        titles = dict(session.execute(
            select(Criterion.key, Criterion.title).order_by(Criterion.rubric_version_id, Criterion.position)
        ).all())
        order = {key: i for i, (key, _) in enumerate(session.execute(
            select(Criterion.key, func.min(Criterion.position)).group_by(Criterion.key)
            .order_by(func.min(Criterion.position))).all())}
        cohort: dict[str, list[float]] = defaultdict(list)
        own: dict[str, tuple[float, int]] = {}
        for cid, key, mean, n in rows:
            cohort[key].append(float(mean))
            if cid == candidate_id:
                own[key] = (float(mean), n)
        return [
            CriterionComparison(key, titles.get(key, key), own.get(key, (None, 0))[0], own.get(key, (None, 0))[1],
                                median(cohort[key]))
            for key in sorted(cohort, key=lambda k: order.get(k, 0))
        ]

    # -- readiness -------------------------------------------------------------------------------
    def readiness(self, candidate_id: int) -> Readiness:
        return self.readiness_all([candidate_id])[candidate_id]

    def readiness_all(self, candidate_ids: list[int] | None = None) -> dict[int, Readiness]:
        """Every candidate's checklist from four grouped queries, so the board can mark who is ready."""
        with self.coach.db.reading() as session:
            return self.readiness_all_in(session, candidate_ids)

    def readiness_all_in(self, session: Session, candidate_ids: list[int] | None = None) -> dict[int, Readiness]:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        rule = self.coach.settings.readiness_rule_in(session)
        return {cid: Readiness(cid, check(rule, facts))
                for cid, facts in self._facts_in(session, candidate_ids).items()}

    def ready_ids(self) -> set[int]:
        """The candidates who meet every readiness condition: what the dashboard and the board mark, without the
        words and intervals of each checklist (the huge demo has 6,000 candidates)."""
        with self.coach.db.reading() as session:
            rule = self.coach.settings.readiness_rule_in(session)
            sign_offs = self.coach.certification.sign_offs_in(session)
            latest = self._latest_rubric(session, rule.last_sessions)
            # Observed sessions and overall answers, per candidate, in one pass over the summaries.
            counted = {cid: (int(observed or 0), int(n or 0), float(total or 0))
                       for cid, observed, n, total in session.execute(
                           select(Delivery.candidate_id,
                                  func.sum(case((SessionSummary.rubric_n > 0, 1), else_=0)),
                                  func.sum(SessionSummary.overall_n), func.sum(SessionSummary.overall_sum))
                           .join(Delivery, Delivery.id == SessionSummary.delivery_id)
                           .group_by(Delivery.candidate_id))}
            ready: set[int] = set()
            for cid in session.scalars(select(Candidate.id)):
                observed, n, total = counted.get(cid, (0, 0, 0.0))
                if met(rule, _facts(observed, latest.get(cid, []), Estimate(n, total / n) if n else EMPTY,
                                    sign_offs.get(cid))):
                    ready.add(cid)
            return ready

    def _latest_rubric(self, session: Session, last: int) -> dict[int, list[float]]:
        """Each candidate's rubric averages of their ``last`` latest observed sessions, oldest first: what the
        rule's rubric condition looks at. Each candidate's few rows are found through the index on (candidate,
        start), where a window over every observed session ranked 300,000 rows (the huge demo: 0.58 s, now
        0.05 s on SQLite). PostgreSQL runs the per-candidate LIMIT as a LATERAL join; a correlated ``IN`` there
        was planned as a subquery per session (81 s on the large demo). SQLite has no LATERAL, and plans the
        ``IN`` per candidate."""
        newest = aliased(Delivery)
        newest_summary = aliased(SessionSummary)
        latest = (select(newest.id, newest.starts_at, newest_summary.rubric_sum, newest_summary.rubric_n)
                  .join(newest_summary, newest_summary.delivery_id == newest.id)
                  .where(newest.candidate_id == Candidate.id, newest_summary.rubric_n > 0)
                  .order_by(newest.starts_at.desc(), newest.id.desc()).limit(last))
        if self.coach.db.is_postgresql:
            rows = latest.lateral("latest")
            query = (select(Candidate.id, rows.c.rubric_sum, rows.c.rubric_n).select_from(Candidate)
                     .join(rows, true()).order_by(Candidate.id, rows.c.starts_at, rows.c.id))
        else:
            ids = latest.with_only_columns(newest.id).correlate(Candidate)
            query = (select(Candidate.id, SessionSummary.rubric_sum, SessionSummary.rubric_n).select_from(Candidate)
                     .join(Delivery, Delivery.id.in_(ids))
                     .join(SessionSummary, SessionSummary.delivery_id == Delivery.id)
                     .order_by(Candidate.id, Delivery.starts_at, Delivery.id))
        found: dict[int, list[float]] = {}
        for cid, total, n in session.connection().execute(query).all():  # fetched at once: row by row cost 70 ms
            found.setdefault(cid, []).append(total / n)
        return found

    def _facts_in(self, session: Session, candidate_ids: list[int] | None) -> dict[int, CandidateFacts]:
        """Every candidate's facts for the checklist: every observed session's rubric average, the feedback's
        interval."""
        sign_offs = self.coach.certification.sign_offs_in(session)
        ids = candidate_ids if candidate_ids is not None else list(session.scalars(select(Candidate.id)))
        # Per-session figures the database keeps as they are written (migration 0014): adding up every score
        # and answer here took the huge demo's dashboard 13 s.
        per_session = (
            select(Delivery.candidate_id, SessionSummary.rubric_sum, SessionSummary.rubric_n)
            .join(Delivery, Delivery.id == SessionSummary.delivery_id)
            .where(SessionSummary.rubric_n > 0)
            # each candidate's sessions in time order; by candidate first, the order of an index SQLite can walk
            .order_by(Delivery.candidate_id, Delivery.starts_at, Delivery.id)
        )
        feedback_query = (
            select(Delivery.candidate_id, func.sum(SessionSummary.overall_n), func.sum(SessionSummary.overall_sum),
                   func.sum(SessionSummary.overall_sumsq))
            .join(Delivery, Delivery.id == SessionSummary.delivery_id)
            .where(SessionSummary.overall_n > 0).group_by(Delivery.candidate_id)
        )
        if candidate_ids is not None:
            per_session = per_session.where(Delivery.candidate_id.in_(ids))
            feedback_query = feedback_query.where(Delivery.candidate_id.in_(ids))
        rubric: dict[int, list[float]] = defaultdict(list)
        for cid, total, n in session.connection().execute(per_session):  # 300,000 rows: no ORM rows
            rubric[cid].append(total / n)
        feedback = {cid: estimate(int(n), float(t), float(s), bounds=RANGES["likert"])
                    for cid, n, t, s in session.execute(feedback_query)}
        result = {}
        for cid in ids:
            values = rubric.get(cid, [])
            result[cid] = _facts(len(values), values, feedback.get(cid, EMPTY), sign_offs.get(cid))
        return result

    # -- the programme ---------------------------------------------------------------------------
    def programme(self) -> Programme:
        with self.coach.db.reading() as session:
            return self.programme_in(session)

    def programme_in(self, session: Session) -> Programme:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        stages = session.execute(select(Stage.id, Stage.name, Stage.kind).order_by(Stage.position, Stage.id)).all()
        # Archived candidates are left out here as in every other count (records/pipeline.py, Headcount).
        reached = dict(session.execute(
            select(StageMove.to_stage_id, func.count(func.distinct(StageMove.candidate_id)))
            .join(Candidate, Candidate.id == StageMove.candidate_id).where(Candidate.archived_at.is_(None))
            .group_by(StageMove.to_stage_id)
        ).all())
        pipeline = [(sid, name) for sid, name, kind in stages if kind == "pipeline"]
        # A candidate who reached a later stage passed the earlier ones, even when a lead skipped a column.
        funnel, running = [], 0
        for sid, name in reversed(pipeline):
            running = max(running, reached.get(sid, 0))
            funnel.append((name, running))
        funnel.reverse()
        names = {sid: name for sid, name, _ in stages}
        time_in_stage: dict[str, list[int]] = defaultdict(list)
        previous: dict[int, tuple[int, datetime]] = {}
        for cid, to_stage, moved_at in session.execute(
            select(StageMove.candidate_id, StageMove.to_stage_id, StageMove.moved_at)
            .order_by(StageMove.candidate_id, StageMove.moved_at, StageMove.id)
        ):
            if cid in previous:
                stage_id, since = previous[cid]
                time_in_stage[names[stage_id]].append(max(0, (moved_at - since).days))
            previous[cid] = (to_stage, moved_at)
        month = func.strftime("%Y-%m", Delivery.starts_at) if self.coach.db.is_sqlite else \
            func.to_char(Delivery.starts_at, "YYYY-MM")
        per_month = [(m, n) for m, n in session.execute(
            select(month, func.count()).group_by(month).order_by(month))]
        internal = session.scalar(
            select(func.count()).select_from(Delivery).join(Candidate, Candidate.id == Delivery.candidate_id)
            .join(Person, Person.id == Candidate.person_id).where(Person.employment == "employee")) or 0
        total = session.scalar(select(func.count()).select_from(Delivery)) or 0
        summed = (select(month, func.sum(SessionSummary.rubric_n), func.sum(SessionSummary.rubric_sum),
                         func.sum(SessionSummary.rubric_sumsq), func.sum(SessionSummary.overall_n),
                         func.sum(SessionSummary.overall_sum), func.sum(SessionSummary.overall_sumsq))
                  .join(Delivery, Delivery.id == SessionSummary.delivery_id).group_by(month).order_by(month))
        monthly_rubric, monthly_feedback = [], []
        for m, rn, rt, rs, fn, ft, fs in session.execute(summed):
            if rn:
                monthly_rubric.append((m, estimate(int(rn), float(rt), float(rs), bounds=(1, 5))))
            if fn:
                monthly_feedback.append((m, estimate(int(fn), float(ft), float(fs), bounds=RANGES["likert"])))
        return Programme(funnel, dict(time_in_stage), per_month, internal, total, monthly_rubric, monthly_feedback,
                         Headcount.of(self.coach.pipeline.stages_in(session)))


def _facts(observed: int, rubric: list[float], feedback: Estimate, signed: tuple[date, str] | None) -> CandidateFacts:
    """A candidate's facts for the readiness rule, with the mentor's sign-off (date, by whom) if there is one."""
    return CandidateFacts(observed, rubric, feedback, signed[0] if signed else None, signed[1] if signed else "")


def _estimate(values: list[float | int | None]) -> Estimate:
    return estimate_values(values, bounds=(1, 5))
