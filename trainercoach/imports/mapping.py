"""A column mapping: which feedback item each column of a survey export answers, and what the person said about
the file that it could not say itself (the dates' order, what an ambiguous zone name means). Kept as a preset,
so the next export of the same survey needs no questions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from trainercoach.errors import ValidationError
from trainercoach.i18n import _
from trainercoach.imports.times import ORDERS, parse_offset

PRESET_VERSION = 1


@dataclass
class Mapping:
    """Which item each column answers. ``columns`` maps a header to an item key, ``"comment"``, or ``""`` to
    ignore it; ``scale`` adds worded answers (e.g. a survey's own "Very satisfied") to the built-in ones."""

    columns: dict[str, str] = field(default_factory=dict)
    scale: dict[str, int] = field(default_factory=dict)
    date_order: str = ""  # "dmy" or "mdy" when the response times' day and month could be swapped
    zones: dict[str, str] = field(default_factory=dict)  # an ambiguous zone name ("CST") -> its offset ("+08:00")

    def to_dict(self) -> dict[str, Any]:
        """The form kept by ``FeedbackService.save_preset``."""
        data: dict[str, Any] = {"version": PRESET_VERSION, "columns": dict(self.columns), "scale": dict(self.scale)}
        if self.date_order:
            data["date_order"] = self.date_order
        if self.zones:
            data["zones"] = dict(self.zones)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mapping:
        """A preset read back; a damaged or foreign one is refused rather than half used."""
        if not isinstance(data, dict) or not isinstance(data.get("columns", {}), dict) \
                or not isinstance(data.get("scale", {}), dict):
            raise ValidationError({"preset": _("This preset is not a column mapping; save it again from the import.")})
        columns = data.get("columns", {})
        scale = data.get("scale", {})
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in columns.items()) or not all(
                isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) for k, v in scale.items()):
            raise ValidationError({"preset": _("This preset is damaged; save it again from the import.")})
        order = data.get("date_order", "")
        zones = data.get("zones", {})
        if order not in ("", *ORDERS) or not isinstance(zones, dict) or not all(
                isinstance(k, str) and isinstance(v, str) and _is_offset(v) for k, v in zones.items()):
            raise ValidationError({"preset": _("This preset is damaged; save it again from the import.")})
        return cls(dict(columns), dict(scale), order, dict(zones))


def _is_offset(text: str) -> bool:
    try:
        parse_offset(text)
    except ValueError:
        return False
    return True


__all__ = ["PRESET_VERSION", "Mapping"]
