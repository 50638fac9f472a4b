"""How big an imported table may be, checked before the file is parsed, so a small crafted file cannot take
minutes and gigabytes (a 0.8 MB workbook declaring 20 million shared strings, a 50 MB line of commas).

The defaults are far above what a session's feedback or a quiz produces (a session has tens of trainees, not a
hundred thousand) and at or above what spreadsheets themselves allow (Excel keeps at most 32,767 characters in a
cell). A genuinely bigger file can be read by raising a limit: the shared setting ``import_limits`` (Settings
service: ``set_import_limits``) or, for one command, the environment variable ``TRAINERCOACH_IMPORT_LIMITS``,
e.g. ``rows=500000,unpacked_mb=400``. The environment wins over the setting, the setting over the defaults.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, fields, replace

from trainercoach.errors import ValidationError
from trainercoach.i18n import _

ENVIRONMENT = "TRAINERCOACH_IMPORT_LIMITS"
SETTING_KEY = "import_limits"


@dataclass(frozen=True)
class ImportLimits:
    rows: int = 100_000  # rows in the table (a workbook's sheet, a CSV's records)
    columns: int = 1_000  # cells in one row
    cells: int = 5_000_000  # cells read in all, empty ones a workbook pads rows with included
    cell_chars: int = 131_072  # characters in one cell (Excel: 32,767)
    line_chars: int = 2_000_000  # characters in one line of a CSV file
    unpacked_mb: int = 100  # size of each part of a workbook once unzipped, as the zip declares it
    shared_strings: int = 1_000_000  # distinct texts a workbook declares (read into memory whole by openpyxl)

    def errors(self) -> dict[str, str]:
        return {f.name: _('{name} must be a whole number from 1 to 10^12.', name=f.name)
                for f in fields(self)
                if isinstance(getattr(self, f.name), bool) or not isinstance(getattr(self, f.name), int)
                or not 1 <= getattr(self, f.name) <= 10**12}

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: object) -> ImportLimits:
        """Known names only, each a positive whole number; anything else keeps its default."""
        if not isinstance(data, dict):
            return cls()
        names = {f.name for f in fields(cls)}
        chosen = {k: v for k, v in data.items()
                  if k in names and isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 10**12}
        return cls(**chosen)

    def with_environment(self, value: str | None = None) -> ImportLimits:
        """These limits with ``TRAINERCOACH_IMPORT_LIMITS`` (``name=number,…``) applied over them."""
        value = os.environ.get(ENVIRONMENT, "") if value is None else value
        if not value.strip():
            return self
        names = {f.name for f in fields(self)}
        chosen: dict[str, int] = {}
        for part in value.split(","):
            name, _sep, number = part.partition("=")
            name = name.strip().replace("-", "_")
            try:
                amount = int(number.strip().replace("_", ""))
            except ValueError:
                amount = 0
            if name not in names or not 1 <= amount <= 10**12:
                raise ValidationError({ENVIRONMENT: _(
                    '{variable} holds {part!r}; write name=number, with names from: {names}.',
                    variable=ENVIRONMENT, part=part.strip(), names=", ".join(sorted(names)))})
            chosen[name] = amount
        return replace(self, **chosen)


def current(setting: object = None) -> ImportLimits:
    """The limits in force: the defaults, then the shared setting (its stored value, if given), then the
    environment."""
    return ImportLimits.from_dict(setting).with_environment()


__all__ = ["ENVIRONMENT", "SETTING_KEY", "ImportLimits", "current"]
