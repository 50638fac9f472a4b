"""A readiness forecast in words, the same on the board's cards and the Effectiveness tab."""

from __future__ import annotations

from PySide6.QtCore import QObject

from trainercoach.analytics.forecast import FORECAST, HORIZON, READY, Forecast
from trainercoach.gui.formats import date_text


def interval_text(forecast: Forecast) -> str:
    """"2–6", or "8–30+" when the interval reaches beyond the horizon."""
    high = f"{HORIZON}+" if forecast.beyond_horizon else str(forecast.sessions_high)
    return f"{forecast.sessions_low}–{high}"


class ForecastWords(QObject):
    """A QObject only so that lupdate sees its tr() calls with their plural counts."""

    def card(self, forecast: Forecast) -> str:
        if forecast.status == READY:
            return self.tr("Measured conditions met, awaiting sign-off")
        if forecast.status != FORECAST or forecast.sessions_expected is None:
            return self.tr("Not enough data to forecast")
        if forecast.sessions_expected > HORIZON:
            return self.tr("Not within %n sessions", "", HORIZON)
        return self.tr("Ready in ~%n session(s), {interval}", "", forecast.sessions_expected).format(
            interval=interval_text(forecast))

    def sentence(self, forecast: Forecast) -> str:
        if forecast.status == READY:
            return self.tr("The measured conditions of the readiness rule are met; the mentor's sign-off is a "
                           "person's decision and is not forecast.")
        if forecast.status != FORECAST or forecast.sessions_expected is None:
            return self.tr("Not enough data to forecast: the forecast needs at least one observed session, and a "
                           "cohort with five or more candidates observed three times.")
        if forecast.sessions_expected > HORIZON:
            return self.tr("Not expected to meet the readiness rule within %n more sessions at the present rate "
                           "of progress.", "", HORIZON)
        text = self.tr("Expected to meet the readiness rule's measured conditions in about %n more session(s) "
                       "(80% interval: {interval}), around {date}", "", forecast.sessions_expected).format(
            interval=interval_text(forecast), date=date_text(forecast.date_expected))
        if forecast.date_low and forecast.date_high:
            text += self.tr(" (between {low} and {high})").format(low=date_text(forecast.date_low),
                                                                  high=date_text(forecast.date_high))
        elif forecast.date_low:
            text += self.tr(" (from {low})").format(low=date_text(forecast.date_low))
        if forecast.gap_days:
            text += self.tr(", at one session every %n day(s).", "", round(forecast.gap_days))
        return text


_words: list[ForecastWords] = []  # one, made on first use in the GUI thread (a card is painted often)


def _the_words() -> ForecastWords:
    if not _words:
        _words.append(ForecastWords())
    return _words[0]


def card_text(forecast: Forecast | None) -> str:
    """The card's line: "Ready in ~3 sessions, 2–6"."""
    return "" if forecast is None else _the_words().card(forecast)


def long_text(forecast: Forecast) -> str:
    """The sentence above the Effectiveness tab's chart, with the dates at the candidate's cadence."""
    return _the_words().sentence(forecast)
