"""A targets × observers table of scores from a CSV or XLSX file, for ``calibration icc`` (issue 19).

The shape statistics packages and spreadsheets share: a header row naming the observers (its first cell names
the target column), then one row per target, its name in the first column, an empty cell for a score not given.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from trainercoach.i18n import _
from trainercoach.imports.comprehension_import import parse_score
from trainercoach.imports.limits import ImportLimits
from trainercoach.imports.tables import TableRefused, open_table


@dataclass(frozen=True)
class ScoreTable:
    """Targets in rows, observers in columns, None where a score is missing."""

    targets: list[str]
    observers: list[str]
    scores: list[list[float | None]]


def read_score_table(path: str | Path, limits: ImportLimits | None = None) -> ScoreTable:
    """Every score in the file, or TableRefused naming the line and column of the first thing wrong."""
    with open_table(path, limits) as table:
        headers = [h.strip() for h in table.headers]
        observers = headers[1:]
        if len(observers) < 1:
            raise TableRefused(_("The first column names the targets and each other column is an observer's "
                                 "scores; this file has no observer columns."), table.header_line)
        targets: list[str] = []
        scores: list[list[float | None]] = []
        for row in table.rows():
            if row.blank:
                continue
            if row.extra:
                raise TableRefused(_('Line {line}: more filled cells than the header has columns.', line=row.line),
                                   row.line)
            values: list[float | None] = []
            for header, cell in zip(observers, row.cells[1:], strict=True):
                try:
                    value = parse_score(cell)
                except ValueError as error:
                    raise TableRefused(_('Line {line}, column {column}: {problem}', line=row.line,
                                         column=header or "?", problem=error), row.line) from None
                values.append(value if value is None or math.isfinite(value) else None)
            targets.append(row.cells[0].strip() or str(row.line))
            scores.append(values)
    if not targets:
        raise TableRefused(_("There are no targets below the header."), table.header_line)
    return ScoreTable(targets, observers, scores)
