"""Import presets as files a team shares: a column mapping written to JSON by one lead and read by another.

A preset file comes from outside, so it is read as hostile: its size, its keys, every value's type and length are
checked, and a name is a plain name (no markup, no control characters), before anything is saved. One that fails
is refused with the reason, never half used. The built-in presets (Google Forms, Microsoft Forms) are not
mappings but the recognition of those tools' exports by their shape (:mod:`trainercoach.imports.surveys`), so
every copy of the app has them and they are not files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from pathlib import Path
from typing import Any

from trainercoach.errors import TrainerCoachError
from trainercoach.i18n import _
from trainercoach.imports.feedback_import import COMMENT, IGNORE
from trainercoach.imports.mapping import PRESET_VERSION, Mapping
from trainercoach.imports.surveys import BUILTIN_PRESETS, GOOGLE, GOOGLE_FIRST, MICROSOFT, MICROSOFT_FIRST, TIME
from trainercoach.imports.times import ORDERS, parse_offset

FILE_FORMAT = "trainercoach-import-preset"
MAX_FILE_BYTES = 256 * 1024  # a preset of hundreds of columns is a few kilobytes
MAX_COLUMNS = 500
MAX_WORDS = 500
MAX_TEXT = 500  # a column header or a worded answer
MAX_NAME = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_MARKUP = re.compile(r"[<>]")


class PresetRefused(TrainerCoachError):
    """A preset file that is not one, or not a safe one; nothing was saved."""


def builtin_description(name: str) -> dict[str, Any]:
    """What a built-in preset is, for ``presets show``: how the export is recognised and read."""
    if name == GOOGLE:
        first = sorted(GOOGLE_FIRST)
        shape = _("a first column named for the response time ({names}), then one column a question", names=", ".join(
            first))
    else:
        first = [", ".join(columns) for columns in MICROSOFT_FIRST]
        shape = _("the first columns ID, Start time, Completion time, Email, Name (in the form's language), then "
                  "one column a question")
    return {"name": name, "built_in": True, "recognised_by": shape, "first_columns": first,
            "questions": _("matched to feedback items by meaning, in English, Greek and Simplified Chinese; an import "
                           "goes ahead without a preset only when every column is placed with confidence")}


def is_builtin(name: str) -> bool:
    return name in BUILTIN_PRESETS


def preset_file_text(name: str, mapping: dict[str, Any]) -> str:
    """The JSON a preset is shared as: its name and its mapping, readable and stable."""
    return json.dumps({"format": FILE_FORMAT, "version": PRESET_VERSION, "name": name, "mapping": mapping},
                      ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def read_preset_file(path: str | Path, item_keys: Collection[str]) -> tuple[str, Mapping]:
    """(name, mapping) of a shared preset file, checked through and through; PresetRefused with the reason when it
    is too large, not JSON, not a preset, or holds anything a preset does not (an unknown key, a wrong type, an
    item this database lacks, markup or control characters in a name)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PresetRefused(_("{file} is {size} bytes; a preset file is at most {max} bytes. Is it the right "
                                  "file?", file=path.name, size=size, max=MAX_FILE_BYTES))
        raw = path.read_bytes()[:MAX_FILE_BYTES + 1]
    except OSError as error:
        raise PresetRefused(_("{file} cannot be read: {why}.", file=path.name, why=error.strerror or error)) from error
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise PresetRefused(_("{file} is not a preset file (not JSON in UTF-8).", file=path.name)) from error
    if not isinstance(data, dict) or data.get("format") != FILE_FORMAT:
        raise PresetRefused(_("{file} is not a Trainer Coach preset file (made with presets export).",
                              file=path.name))
    _only(data, {"format", "version", "name", "mapping"}, _("the file"))
    if data.get("version") != PRESET_VERSION:
        raise PresetRefused(_("This preset file is version {version!r}; this app reads version {ours}.",
                              version=data.get("version"), ours=PRESET_VERSION))
    name = check_name(data.get("name"))
    mapping = data.get("mapping")
    if not isinstance(mapping, dict):
        raise PresetRefused(_("The preset's mapping is not a set of columns."))
    _only(mapping, {"version", "columns", "scale", "date_order", "zones"}, _("the mapping"))
    columns = _texts(mapping.get("columns", {}), MAX_COLUMNS, _("columns"))
    targets = {IGNORE, COMMENT, TIME, *item_keys}
    for header, target in columns.items():
        if not isinstance(target, str) or target not in targets:
            raise PresetRefused(_("The column {header!r} goes to {target!r}, which is not a feedback item here (nor "
                                  "the comment).", header=header[:80], target=str(target)[:80]))
    scale = _texts(mapping.get("scale", {}), MAX_WORDS, _("scale"))
    for word, value in scale.items():
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
            raise PresetRefused(_("The worded answer {word!r} means {value!r}; a worded answer means a whole number "
                                  "from 0 to 10.", word=word[:80], value=str(value)[:40]))
    order = mapping.get("date_order", "")
    if order not in ("", *ORDERS):
        raise PresetRefused(_("The preset's date order {order!r} is not dmy or mdy.", order=str(order)[:40]))
    zones = _texts(mapping.get("zones", {}), 50, _("zones"))
    for zone, offset in zones.items():
        try:
            parse_offset(str(offset))
        except ValueError as error:
            raise PresetRefused(_("The time zone {zone!r}: {why}", zone=zone[:40], why=error)) from error
    return name, Mapping.from_dict(mapping)


def check_name(name: object) -> str:
    """A preset's name as a person types it: text, at most MAX_NAME characters, no markup, no control
    characters (a name is shown in lists and windows, and a shared file is not to smuggle anything into them)."""
    if not isinstance(name, str) or not name.strip():
        raise PresetRefused(_("The preset has no name."))
    name = name.strip()
    if len(name) > MAX_NAME:
        raise PresetRefused(_("A preset name can be at most {max} characters.", max=MAX_NAME))
    if _CONTROL.search(name) or _MARKUP.search(name):
        raise PresetRefused(_("The preset's name {name!r} holds markup or control characters; a name is plain text.",
                              name=name[:80]))
    return name


def _only(data: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(str(key)[:40] for key in data if key not in allowed)
    if unknown:
        raise PresetRefused(_("Unknown keys in {where}: {keys}. Is this preset from a newer version of the app?",
                              where=where, keys=", ".join(unknown)))


def _texts(value: object, limit: int, what: str) -> dict[str, Any]:
    """A JSON object of at most ``limit`` entries whose keys are plain texts of at most MAX_TEXT characters."""
    if not isinstance(value, dict):
        raise PresetRefused(_("The preset's {what} are not a list of names and values.", what=what))
    if len(value) > limit:
        raise PresetRefused(_("The preset has {count} {what}; at most {max} are allowed.", count=len(value), what=what,
                              max=limit))
    for key in value:
        if not key.strip() or len(key) > MAX_TEXT or _CONTROL.search(key.replace("\n", " ").replace("\t", " ")):
            raise PresetRefused(_("The preset's {what} hold a name that is empty, longer than {max} characters or "
                                  "has control characters.", what=what, max=MAX_TEXT))
    return value


__all__ = ["FILE_FORMAT", "MAX_FILE_BYTES", "MICROSOFT", "PresetRefused", "builtin_description", "check_name",
           "is_builtin", "preset_file_text", "read_preset_file"]
