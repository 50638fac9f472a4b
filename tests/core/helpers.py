"""What the core tests share: a quick way to fill a candidate form and to see every row in the database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect, text

from trainercoach.models import TRAITS
from trainercoach.services import CandidateForm, Coach, TraitEntry


def make_form(name: str = "Aoife Byrne", scores: dict[str, int | None] | None = None, **fields: Any) -> CandidateForm:
    form = CandidateForm(name=name, **fields)
    for trait, score in (scores or {}).items():
        form.traits[trait] = TraitEntry(score, f"note on {trait}")
    return form


def full_scores(score: int = 4) -> dict[str, int | None]:
    return dict.fromkeys(TRAITS, score)


def snapshot(coach: Coach, ignore: dict[str, set[str]] | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, so a test can say "nothing changed" and mean all of it.

    ``ignore`` leaves out columns that rightly change anyway, such as a version counter after an undo.
    """
    ignore = ignore or {}
    with coach.db.engine.connect() as connection:
        tables = sorted(inspect(connection).get_table_names())  # SQLite's or PostgreSQL's, the same way
        result = {}
        for table in tables:
            rows = connection.execute(text(f'SELECT * FROM "{table}"')).mappings()
            skip = ignore.get(table, set())
            result[table] = sorted(
                (tuple((k, v) for k, v in row.items() if k not in skip) for row in rows), key=repr
            )
        return result


def counts(coach: Coach) -> dict[str, int]:
    return {table: len(rows) for table, rows in snapshot(coach).items()}


def stage_id(coach: Coach, name: str) -> int:
    return next(stage.id for stage in coach.pipeline.stages() if stage.name == name)
