"""A readiness forecast in words, the same on the board's cards, the Effectiveness tab and the programme page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trainercoach.analytics.forecast import FORECAST, HORIZON, READY, Forecast
from trainercoach.gui.formats import date_text


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Forecast", text, None, n)


def interval_text(forecast: Forecast) -> str:
    """"2–6", or "8–30+" when the interval reaches beyond the horizon."""
    high = f"{HORIZON}+" if forecast.beyond_horizon else str(forecast.sessions_high)
    return f"{forecast.sessions_low}–{high}"


def card_text(forecast: Forecast | None) -> str:
    """The card's line: "Ready in ~3 sessions, 2–6"."""
    if forecast is None:
        return ""
    if forecast.status == READY:
        return _tr("Measured conditions met, awaiting sign-off")
    if forecast.status != FORECAST or forecast.sessions_expected is None:
        return _tr("Not enough data to forecast")
    if forecast.sessions_expected > HORIZON:
        return _tr("Not within %n sessions", HORIZON)
    return _tr("Ready in ~%n session(s), {interval}", forecast.sessions_expected).format(
        interval=interval_text(forecast))


def long_text(forecast: Forecast) -> str:
    """The sentence under the Effectiveness tab's chart, with the dates at the candidate's cadence."""
    if forecast.status == READY:
        return _tr("The measured conditions of the readiness rule are met; the mentor's sign-off is a person's "
                   "decision and is not forecast.")
    if forecast.status != FORECAST or forecast.sessions_expected is None:
        return _tr("Not enough data to forecast: the forecast needs at least one observed session, and a cohort "
                   "with five or more candidates observed three times.")
    if forecast.sessions_expected > HORIZON:
        return _tr("Not expected to meet the readiness rule within %n more sessions at the present rate of "
                   "progress.", HORIZON)
    text = _tr("Expected to meet the readiness rule's measured conditions in about %n more session(s) "
               "(80% interval: {interval}), around {date}", forecast.sessions_expected).format(
        interval=interval_text(forecast), date=date_text(forecast.date_expected))
    if forecast.date_low and forecast.date_high:
        text += _tr(" (between {low} and {high})").format(low=date_text(forecast.date_low),
                                                          high=date_text(forecast.date_high))
    elif forecast.date_low:
        text += _tr(" (from {low})").format(low=date_text(forecast.date_low))
    if forecast.gap_days:
        text += _tr(", at one session every %n day(s).", round(forecast.gap_days))
    return text
