"""Readiness forecasts from the database: what the model needs is read in one transaction, the model is pure
(analytics/forecast.py).

Every candidate's deliveries feed the cohort's learning curve (the certified and active trainers' early
sessions are what the cohort's curve is learnt from); forecasts are made for the candidates still in the
pipeline before certification.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainercoach.analytics.forecast import (
    FORECAST,
    NOT_ENOUGH_DATA,
    READY,
    Delivered,
    Forecast,
    History,
    fit_cohort,
    forecast,
    ready_per_month,
)
from trainercoach.analytics.forecast_backtest import backtest, cut_days
from trainercoach.analytics.readiness import ReadinessRule
from trainercoach.errors import NotFound
from trainercoach.i18n import _
from trainercoach.models import Candidate, Delivery, Person, SessionSummary, Stage
from trainercoach.records.forecasts import Backtest, ForecastRow, ProgrammeForecast

if TYPE_CHECKING:
    from trainercoach.services.coach import Coach

PAST_READINESS = ("certified", "active")  # the default stages after readiness: nothing left to forecast


class ForecastService:
    def __init__(self, coach: Coach) -> None:
        self.coach = coach

    # -- reading -------------------------------------------------------------------------------------
    def histories_in(self, session: Session) -> dict[int, History]:
        """Every candidate's deliveries, oldest first, with their rubric score and "overall" answers: one query
        over the per-session summaries the database keeps (migration 0014), whatever the number of candidates."""
        deliveries: dict[int, list[Delivered]] = defaultdict(list)
        for candidate_id, starts_at, rubric_n, rubric_sum, answers, total in session.execute(
                select(Delivery.candidate_id, Delivery.starts_at, SessionSummary.rubric_n, SessionSummary.rubric_sum,
                       SessionSummary.overall_n, SessionSummary.overall_sum)
                .outerjoin(SessionSummary, SessionSummary.delivery_id == Delivery.id)
                .order_by(Delivery.candidate_id, Delivery.starts_at, Delivery.id)):
            rubric = rubric_sum / rubric_n if rubric_n else None
            deliveries[candidate_id].append(Delivered(starts_at.date(), rubric, answers or 0, float(total or 0)))
        ids = session.scalars(select(Candidate.id)).all()
        return {cid: History(cid, tuple(deliveries.get(cid, ()))) for cid in ids}

    def _pipeline_in(self, session: Session) -> list[tuple[int, str, str]]:
        """(id, name, stage) of the candidates a forecast is for: not archived, in a pipeline stage before
        certification."""
        rows = session.execute(
            select(Candidate.id, Person.name, Stage.name, Stage.key)
            .join(Person, Person.id == Candidate.person_id).join(Stage, Stage.id == Candidate.stage_id)
            .where(Candidate.archived_at.is_(None), Stage.kind == "pipeline")
            .order_by(Stage.position, Person.name, Candidate.id))
        return [(cid, name, stage) for cid, name, stage, key in rows if key not in PAST_READINESS]

    # -- forecasts -----------------------------------------------------------------------------------
    def all(self, today: date | None = None) -> list[ForecastRow]:
        """Every pipeline candidate's forecast, in board order."""
        with self.coach.db.reading() as session:
            return self.all_in(session, today)

    def all_in(self, session: Session, today: date | None = None) -> list[ForecastRow]:
        """The same, inside a read the caller holds open (one snapshot, one transaction)."""
        rule = self.coach.settings.readiness_rule_in(session)
        histories = self.histories_in(session)
        model = fit_cohort(list(histories.values()))
        day = today or date.today()
        return [ForecastRow(cid, name, stage, forecast(rule, model, histories[cid], day))
                for cid, name, stage in self._pipeline_in(session)]

    def by_candidate(self, today: date | None = None) -> dict[int, Forecast]:
        return {row.candidate_id: row.forecast for row in self.all(today)}

    def candidate(self, candidate_id: int, today: date | None = None) -> Forecast:
        """One candidate's forecast (the cohort's curve is still fitted on everyone), whatever their stage."""
        with self.coach.db.reading() as session:
            if session.get(Candidate, candidate_id) is None:
                raise NotFound(_('This candidate is no longer in the database.'))
            rule = self.coach.settings.readiness_rule_in(session)
            histories = self.histories_in(session)
        model = fit_cohort(list(histories.values()))
        return forecast(rule, model, histories[candidate_id], today or date.today())

    def programme(self, today: date | None = None, months: int = 12) -> ProgrammeForecast:
        """How many are expected to become ready in each of the next ``months`` months."""
        with self.coach.db.reading() as session:
            return self.programme_in(session, today, months)

    def programme_in(self, session: Session, today: date | None = None, months: int = 12) -> ProgrammeForecast:
        """The same, inside a read the caller holds open (the capacity plan's PDF reads it with the plan)."""
        rows = self.all_in(session, today)
        results = [row.forecast for row in rows]
        return ProgrammeForecast(
            ready_per_month(results, today or date.today(), months),
            sum(r.status == READY for r in results), sum(r.status == FORECAST for r in results),
            sum(r.status == NOT_ENOUGH_DATA for r in results))

    def backtest(self, cuts: int = 12, rule: ReadinessRule | None = None) -> Backtest:
        """How often the 80% interval held what happened, over this database's own history cut at ``cuts``
        earlier days."""
        with self.coach.db.reading() as session:
            rule = rule or self.coach.settings.readiness_rule_in(session)
            histories = list(self.histories_in(session).values())
        days = cut_days(histories, cuts)
        return Backtest(backtest(rule, histories, days), days)
