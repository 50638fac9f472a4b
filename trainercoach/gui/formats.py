"""Dates and times as the interface language writes them (QLocale): 30/11/2026 in Greek, 2026/11/30 in Chinese.

English keeps the ISO form the app has always shown (2026-11-30), which reads the same in every English-speaking
country and sorts as it reads.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from trainercoach import i18n


def _date_format(locale: QLocale) -> str:
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")  # a four-digit year: no 1926 or 2026 doubt


def date_edit_format() -> str:
    """The Qt format of a date as ``date_text`` writes it, for the date edits: one format on every tab."""
    return "yyyy-MM-dd" if i18n.language() == "en" else _date_format(QLocale())


def datetime_edit_format() -> str:
    """The Qt format of a date and time as ``datetime_text`` writes it, for the date-and-time edits."""
    return f"{date_edit_format()} HH:mm"


def date_text(value: date | datetime | None, empty: str = "—") -> str:
    if value is None:
        return empty
    if i18n.language() == "en":
        return f"{value:%Y-%m-%d}"
    locale = QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), _date_format(locale))


def datetime_text(value: datetime | None, empty: str = "—") -> str:
    if value is None:
        return empty
    if i18n.language() == "en":
        return f"{value:%Y-%m-%d %H:%M}"
    locale = QLocale()
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    # The 24-hour clock, as the PDFs and the session forms use: "14:00", never "2:00μ.μ." beside it.
    return locale.toString(moment, f"{_date_format(locale)} HH:mm")


def number_text(value: float, digits: int = 1, *, signed: bool = False) -> str:
    """A decimal as the interface language writes it: 3,66 in Greek, 3.66 in English and Chinese."""
    if i18n.language() == "en":
        return f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    text = locale.toString(float(value), "f", digits)
    return f"+{text}" if signed and value >= 0 else text


def short_number(value: float) -> str:
    """A setting in as few digits as it needs (3.5, 4), as the interface language writes it: "3,5" beside a
    spin box showing "3,50" in Greek, never "3.5"."""
    if i18n.language() == "en":
        return f"{value:g}"
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "g", 12)


def score_text(value: float | None, digits: int = 1) -> str:
    """A score or an average as the interface writes it, or "—" when there is none yet."""
    return "—" if value is None else number_text(value, digits)
