"""``trainercoach.db.bulk``: whole columns in one INSERT on PostgreSQL (arrays written as literals for numbers, text
and times, the driver's lists for the rest) put back exactly the values given, awkward ones included, on both
databases; and it is one statement whatever the row count."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Column, Date, DateTime, Float, Integer, MetaData, String, Table, Text, event, select

from trainercoach.db.bulk import insert_columns, insert_rows
from trainercoach.services import Coach

TEXTS = ['say "hi"', "back\\slash", "{braces},commas", "NULL", "", " padded ", "line\nbreak", "Ζωή · 讲 👍", None,
         "tab\there", "\\\"", "'single'"]


def _table() -> Table:
    return Table("bulk_probe", MetaData(), Column("id", Integer, primary_key=True), Column("n", Integer),
                 Column("word", String(40)), Column("note", Text), Column("at", DateTime), Column("day", Date),
                 Column("share", Float), Column("flag", Boolean), Column("fixed", Integer))


def test_every_kind_of_value_comes_back_as_it_was_given(coach: Coach) -> None:
    table = _table()
    table.create(coach.db.engine)
    count = len(TEXTS)
    columns = {
        "id": list(range(1, count + 1)),
        "n": [None if i % 4 == 0 else i * 1_000_003 - 5_000_000 for i in range(count)],
        "word": [t if t is None else t[:40] for t in TEXTS],
        "note": list(reversed(TEXTS)),
        "at": [None if i == 3 else datetime(2026, 12, 6, 7, i, i, i * 1111) for i in range(count)],
        "day": [None if i == 5 else date(2026, 1, 1 + i) for i in range(count)],
        "share": [None if i == 2 else (i if i % 2 else i / 3) for i in range(count)],  # ints and floats mixed
        "flag": [None if i == 1 else i % 2 == 0 for i in range(count)],
    }
    with coach.db.transaction() as session:
        insert_columns(session, table, columns, {"fixed": 7})
        insert_columns(session, table, {name: [] for name in columns})  # nothing to write: no statement
    with coach.db.engine.connect() as connection:
        back = [tuple(row) for row in connection.execute(select(table).order_by(table.c.id))]
    expected = [(*(columns[name][i] for name in columns), 7) for i in range(count)]
    assert back == expected


def test_rows_as_tuples_and_one_statement_on_a_server(coach: Coach) -> None:
    table = _table()
    table.create(coach.db.engine)
    sent: list[bool] = []

    def seen(_conn: object, _cursor: object, statement: str, _parameters: object, _context: object,
             executemany: bool) -> None:
        if "bulk_probe" in statement:
            sent.append(executemany)

    rows = [(n, n % 7, f"w{n}", None, None, None, None, None, None) for n in range(1, 3001)]
    event.listen(coach.db.engine, "before_cursor_execute", seen)
    try:
        with coach.db.transaction() as session:
            insert_rows(session, table, [c.name for c in table.columns], rows)
    finally:
        event.remove(coach.db.engine, "before_cursor_execute", seen)
    with coach.db.engine.connect() as connection:
        assert [tuple(r) for r in connection.execute(select(table).order_by(table.c.id))] == rows
    assert sent == ([False] if coach.db.is_postgresql else [True])
