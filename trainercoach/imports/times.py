"""Response times as survey tools write them: Google's localised timestamps ("2025/11/10 2:05:11 μ.μ. GMT+2",
"2025/11/10 下午2:05:11 GMT+8"), Microsoft's and spreadsheets' dates ("11/10/2025 14:05:11", ISO 8601 from an XLSX
cell), with or without a time-zone offset or name ("EET", "UTC+08:00", "Europe/Athens"). A zone name that means one
offset is read as it; one that names several ("CST": China, US Central or Cuba) is read only once the person has
said which offset it is (``zones``), never guessed. A date whose day and month could be swapped (10/11/2025)
is read only once the person has said which comes first; a time with no offset is the computer's local time.
Times are kept in UTC, as the database keeps every time."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from trainercoach.i18n import N_, _, language
from trainercoach.i18n import text as in_language

DAY_FIRST = "dmy"
MONTH_FIRST = "mdy"
ORDERS = (DAY_FIRST, MONTH_FIRST)

_AFTERNOON = ("pm", "p.m.", "μ.μ.", "μμ", "下午", "晚上", "中午")
_MORNING = ("am", "a.m.", "π.μ.", "πμ", "上午", "早上", "凌晨")
_MARKER = re.compile(r"(?i)(p\.m\.|a\.m\.|\bpm\b|\bam\b|μ\.μ\.|π\.μ\.|μμ|πμ|下午|上午|晚上|中午|早上|凌晨)")
_ZONE = re.compile(r"\[?\s*(?:(GMT|UTC)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?|([+-])(\d{2}):?(\d{2})|Z)\s*\]?\s*$",
                   re.IGNORECASE)
_NAMED = re.compile(r"\s([A-Za-z]{2,5}|[A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?)\s*$")
_OFFSET = re.compile(r"(?:UTC|GMT)?\s*([+\-−])(\d{1,2})(?::?(\d{2}))?")
# Abbreviations that name one offset the world over (summer-time names included).
ZONE_NAMES: dict[str, float] = {
    "UTC": 0, "GMT": 0, "WET": 0, "WEST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "HKT": 8,
    "SGT": 8, "AWST": 8, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13, "HST": -10,
    "AKST": -9, "AKDT": -8, "PST": -8, "PDT": -7, "MST": -7, "MDT": -6, "EST": -5, "EDT": -4,
}
# Abbreviations that name several: the person says which (``zones``), they are never guessed. Each meaning is its
# offset as a preset keeps it and the zone's name, marked for translation (the window spells the choices out).
AMBIGUOUS_ZONES: dict[str, tuple[tuple[str, str], ...]] = {
    "CST": (("+08:00", N_("China Standard Time")), ("-06:00", N_("Central Standard Time (North America)")),
            ("-05:00", N_("Cuba Standard Time"))),
    "CDT": (("-05:00", N_("Central Daylight Time (North America)")), ("-04:00", N_("Cuba Daylight Time"))),
    "IST": (("+05:30", N_("India Standard Time")), ("+01:00", N_("Irish Standard Time")),
            ("+02:00", N_("Israel Standard Time"))),
    "BST": (("+01:00", N_("British Summer Time")), ("+06:00", N_("Bangladesh Standard Time"))),
    "AST": (("-04:00", N_("Atlantic Standard Time")), ("+03:00", N_("Arabia Standard Time"))),
    "SST": (("-11:00", N_("Samoa Standard Time")), ("+08:00", N_("Singapore Standard Time"))),
}
_NOT_ZONES = {"AM", "PM"}


class ZoneUnknown(ValueError):
    """A time's zone name this app cannot read as one offset (ambiguous or unknown): the person says which."""


def parse_offset(text: str) -> timezone:
    """An offset as a person writes it ("+08:00", "UTC+8", "-0530"); ValueError when it is not one."""
    found = _OFFSET.fullmatch(text.strip())
    if not found:
        raise ValueError(_("{value!r} is not a time-zone offset such as +08:00.", value=text))
    hours, minutes = int(found.group(2)), int(found.group(3) or 0)
    if hours > 14 or minutes > 59:
        raise ValueError(_("{value!r} is not a time-zone offset such as +08:00.", value=text))
    offset = timedelta(hours=hours, minutes=minutes)
    return timezone(-offset if found.group(1) in "-−" else offset)


def _named_zone(name: str, text: str, zones: dict[str, str]) -> tzinfo:
    given = {key.upper(): value for key, value in zones.items()}
    if name.upper() in given:
        return parse_offset(given[name.upper()])
    if name.upper() in ZONE_NAMES:
        return timezone(timedelta(hours=ZONE_NAMES[name.upper()]))
    if name.upper() in AMBIGUOUS_ZONES:
        raise ZoneUnknown(_("{value!r}: the time zone {name} could be {choices}; say which offset it is.",
                           value=text, name=name, choices=zone_choices(name)))
    if "/" in name:
        try:
            return ZoneInfo(name)
        except (ValueError, OSError, KeyError):
            pass
    raise ZoneUnknown(_("{value!r}: this app does not know the time zone {name}; say which offset it is.",
                       value=text, name=name))


def offset_text(offset: str) -> str:
    """An offset as a person reads it: "UTC+08:00", "UTC−06:00" (a true minus sign)."""
    return "UTC" + offset.replace("-", "\u2212")


def zone_meanings(name: str) -> list[tuple[str, str]]:
    """(offset, the zone's name in the current language) for each meaning of an ambiguous name, e.g. CST's
    China Standard Time at +08:00; [] when the name means one offset or none this app knows."""
    return [(offset, in_language(meaning)) for offset, meaning in AMBIGUOUS_ZONES.get(name.upper(), ())]


def zone_choices(name: str) -> str:
    """The meanings of an ambiguous name in one line, for a message: "China Standard Time UTC+08:00, …"."""
    separator = "、" if language() == "zh_CN" else ", "  # Chinese lists with the enumeration comma
    return separator.join(f"{meaning} {offset_text(offset)}" for offset, meaning in zone_meanings(name))


def ambiguous_zone(value: str, zones: dict[str, str] | None = None) -> str:
    """The ambiguous zone name a response time ends with ("CST"), upper-cased, unless ``zones`` already says what
    it means; "" when there is none. A file's times share their zone, so the window asks once per name."""
    named = _NAMED.search(" ".join(value.split()))
    if not named:
        return ""
    name = named.group(1).upper()
    given = {key.upper() for key in (zones or {})}
    return name if name in AMBIGUOUS_ZONES and name not in given else ""


_DATE = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$")


def _split(text: str, zones: dict[str, str] | None = None) -> tuple[str, tzinfo | None, str]:
    """(the date and time, the zone if one is written, the morning/afternoon marker if one is)."""
    rest = " ".join(text.replace("−", "-").split())
    zone: tzinfo | None = None
    named = _NAMED.search(rest)
    if named and named.group(1).upper() not in _NOT_ZONES and named.group(1).upper() not in ("UTC", "GMT"):
        zone = _named_zone(named.group(1), text.strip(), zones or {})
        rest = rest[:named.start()].strip()
    found = None if zone is not None else _ZONE.search(rest)
    if found and found.group(0).strip():
        if found.group(1):
            sign, hours, minutes = found.group(2), found.group(3), found.group(4)
        else:
            sign, hours, minutes = found.group(5), found.group(6), found.group(7)
        offset = timedelta(hours=int(hours or 0), minutes=int(minutes or 0))
        zone = timezone(-offset if sign == "-" else offset)
        rest = rest[:found.start()].strip()
    marker = ""
    found_marker = _MARKER.search(rest)
    if found_marker:
        marker = found_marker.group(1).lower()
        rest = (rest[:found_marker.start()] + " " + rest[found_marker.end():]).strip()
        rest = " ".join(rest.split())
    return rest, zone, marker


def date_order(text: str) -> str:
    """What the date in ``text`` says about the file's order: "ymd" (year first), DAY_FIRST or MONTH_FIRST when
    only one reading is a date, "" when both are (10/11/2025), "bad" when it is not a date at all."""
    try:
        rest, _zone, _marker = _split(text, None)
    except ValueError:  # an unknown zone: the date itself may still say its order
        rest = _NAMED.sub("", " ".join(text.split()))
        rest = _split(rest)[0]
    found = _DATE.match(rest)
    if not found:
        return "ymd" if _iso(rest) else "bad"
    first, second, third = found.group(1), found.group(2), found.group(3)
    if len(first) == 4:
        return "ymd"
    a, b = int(first), int(second)
    if a > 12 and b <= 12:
        return DAY_FIRST
    if b > 12 and a <= 12:
        return MONTH_FIRST
    return "" if a <= 12 and b <= 12 and len(third) else "bad"


def _iso(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def parse_time(text: str, order: str = "", zones: dict[str, str] | None = None) -> datetime:
    """The moment ``text`` names, in UTC without a zone (as the database keeps it). ValueError, in words for the
    person, when it is not a time, its day and month could be swapped and ``order`` does not say which, or its zone
    name is ambiguous or unknown and ``zones`` (name to offset, "+08:00") does not say what it is."""
    stripped = text.strip()
    rest, zone, marker = _split(stripped, zones)
    found = _DATE.match(rest)
    if found:
        first, second, third = found.group(1), found.group(2), found.group(3)
        if len(first) == 4:
            year, month, day = int(first), int(second), int(third)
        else:
            kind = date_order(stripped)
            if kind == "":
                kind = order
            if kind not in ORDERS:
                raise ValueError(_("{value!r} could be day/month or month/day; say which the file uses.",
                                   value=stripped))
            day, month = (int(first), int(second)) if kind == DAY_FIRST else (int(second), int(first))
            year = int(third) + (2000 if len(third) == 2 else 0)
        hour, minute, second_ = int(found.group(4) or 0), int(found.group(5) or 0), int(found.group(6) or 0)
        if marker:
            if hour > 12 or hour == 0:
                raise ValueError(_("{value!r} is not a time.", value=stripped))
            if marker in _AFTERNOON and hour != 12:
                hour += 12
            elif marker in _MORNING and hour == 12:
                hour = 0
        try:
            moment = datetime(year, month, day, hour, minute, second_)
        except ValueError as error:
            raise ValueError(_("{value!r} is not a date.", value=stripped)) from error
    else:
        parsed = _iso(rest)
        if parsed is None or marker:
            raise ValueError(_("{value!r} is not a date and time this app can read.", value=stripped))
        moment = parsed
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()  # local time
    return moment.astimezone(UTC).replace(tzinfo=None)


__all__ = ["AMBIGUOUS_ZONES", "DAY_FIRST", "MONTH_FIRST", "ORDERS", "ZONE_NAMES", "ZoneUnknown", "ambiguous_zone",
           "date_order", "offset_text", "parse_offset", "parse_time", "zone_choices", "zone_meanings"]
