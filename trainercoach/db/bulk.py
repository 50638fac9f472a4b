"""Many rows in one ``INSERT`` statement on PostgreSQL: ``INSERT ... SELECT ... FROM unnest(arrays)``.

Why: psycopg's ``executemany`` sends one statement per row (pipelined, but each is bound, executed and fires the
table's statement-level triggers once: the change announcements, the sequences' catch-up, any summary a migration
keeps), so a 100,000-form import ran some 750,000 statements and its redo as many. ``COPY`` would be one stream,
but PostgreSQL refuses ``COPY FROM`` into a table whose row policies bind the user (every lead and trainer on a
team server); an ``INSERT`` over arrays, one column each, is one statement per table and batch, and the policies,
checks, foreign keys and triggers apply to it exactly as to the row-by-row inserts it replaces.

Each column travels as one array parameter cast to the column's own type (``%(id)s::INTEGER[]``), so the driver
sends a few large values instead of a parameter per cell, and the statement is the same text whatever the batch
size (one plan, one entry in SQLAlchemy's cache).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    Text,
    bindparam,
    cast,
    func,
    insert,
    literal,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _literal(column: TypeEngine[Any], values: Sequence[Any]) -> str | None:
    """The values as one array literal (``{1,NULL,3}``, ``{"a \\"quoted\\" word",NULL}``) for the server to parse,
    or None to let the driver send the list: a quarter of the time psycopg takes to dump a list item by item (a
    large import's answers are two million numbers). Only integers, text and naive times are written here, the
    types an import and an undo send in bulk; anything else (a float, a time with a zone) is the driver's."""
    if isinstance(column, Integer) and all(type(value) is int or value is None for value in values):
        return "{" + ",".join("NULL" if value is None else str(value) for value in values) + "}"
    if isinstance(column, String) and all(type(value) is str or value is None for value in values):
        return "{" + ",".join("NULL" if value is None else _quoted(value) for value in values) + "}"
    if isinstance(column, DateTime) and not column.timezone and all(
            value is None or (type(value) is datetime and value.tzinfo is None) for value in values):
        return "{" + ",".join("NULL" if value is None else f'"{value}"' for value in values) + "}"
    return None


def _array_values(table: Table, name: str, values: Sequence[Any]) -> list[Any]:
    """The column's values as the driver must see them: one Python type per list (psycopg refuses a list that
    mixes ``int`` and ``float``, as a float column read back from SQLite may)."""
    if isinstance(table.c[name].type, Float):
        return [None if value is None else float(value) for value in values]
    return list(values)


def insert_columns(session: Session, table: Table, columns: Mapping[str, Sequence[Any]],
                   constants: Mapping[str, Any] | None = None) -> None:
    """Insert ``len(any column)`` rows into ``table``, in one statement on PostgreSQL: ``columns`` maps a column name
    to its values, row by row (every list the same length); ``constants`` maps a column to the one value every row
    gets (the session, the import). Goes through the session like any Core insert, so what it wrote is noted
    (``trainercoach.db.tracking``) and it belongs to the session's transaction."""
    names = list(columns)
    lengths = {len(values) for values in columns.values()}
    if len(lengths) != 1:
        raise ValueError(f"columns of different lengths for {table.name}: {sorted(lengths)}")
    if not lengths.pop():
        return
    fixed = dict(constants or {})
    if session.get_bind().dialect.name != "postgresql":  # SQLite: executemany is its fast path already
        session.execute(insert(table), [{**fixed, **dict(zip(names, row, strict=True))}
                                        for row in zip(*columns.values(), strict=True)])
        return
    given: dict[str, Any] = {}
    arrays: list[ColumnElement[Any]] = []
    for name, values in columns.items():
        column = table.c[name].type
        literal_text = _literal(column, values)
        if literal_text is None:
            arrays.append(bindparam(f"a_{name}", type_=ARRAY(column)))
            given[f"a_{name}"] = _array_values(table, name, values)
        else:
            arrays.append(cast(bindparam(f"a_{name}", type_=Text()), ARRAY(column)))
            given[f"a_{name}"] = literal_text
    rows = func.unnest(*arrays).table_valued(*names).render_derived(name="given")
    query = select(*(rows.c[name] for name in names),
                   *(literal(value, table.c[name].type).label(name) for name, value in fixed.items()))
    statement = insert(table).from_select([*names, *fixed], query)
    session.execute(statement, given)


def insert_rows(session: Session, table: Table, names: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """The same for rows given as tuples in ``names`` order (as an undo keeps them)."""
    if rows:
        insert_columns(session, table, dict(zip(names, (list(column) for column in zip(*rows, strict=True)),
                                                strict=True)))


__all__ = ["insert_columns", "insert_rows"]
