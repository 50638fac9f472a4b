"""Readiness forecasts as the services hand them out: the forecast itself is analytics/forecast.py's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from trainercoach.analytics.forecast import Forecast
from trainercoach.analytics.forecast_backtest import Coverage


@dataclass(frozen=True)
class ForecastRow:
    candidate_id: int
    name: str
    stage: str
    forecast: Forecast


@dataclass(frozen=True)
class ProgrammeForecast:
    """The programme page's view: how many candidates are expected to become ready each month."""

    months: list[tuple[date, float]]  # first day of the month, expected number becoming ready
    ready_now: int  # meet the measured conditions already
    forecast: int  # have a forecast
    not_enough_data: int


@dataclass(frozen=True)
class Backtest:
    history: Coverage  # the team's own history, cut at earlier days
    cuts: list[date]
