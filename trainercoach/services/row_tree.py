"""What deleting a row takes with it, kept so that an undo can put all of it back with the same ids.

Deleting a session takes its observers, observations (with their scores and action items), feedback imports, forms
and answers, comprehension checks and scores, and the certification evidence that names it: every row under it by
a foreign key that cascades. The tree is found from the tables' own foreign keys, not from a hand-kept list that
would drift when a table is added. Rows are read as plain tuples in key order, so two readings compare equal only
when nothing changed between them (a redo deletes again only then); they are written back parents first and
deleted children first, each table in one statement whatever its size (an import of 100,000 forms is undone in
three statements, not row by row). A link that the delete cleared rather than deleted (``ON DELETE SET NULL``: a
calibration exercise's delivery) is put back where it is still empty.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, Table, and_, delete, insert, or_, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from trainercoach.db.bulk import insert_rows
from trainercoach.models import DERIVED_TABLES, Base

CHUNK = 5000  # rows per insert statement when putting a tree back
BULK_CHUNK = 100_000  # rows per statement on PostgreSQL, where a statement takes whole columns (db.bulk)


@dataclass(frozen=True)
class TableRows:
    """One table's rows in the tree: its column names and each row's values, in primary-key order."""

    table: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True)
class Link:
    """A row outside the tree whose ``column`` pointed into it and was emptied by the delete."""

    table: str
    key: tuple[tuple[str, Any], ...]
    column: str
    value: Any


@dataclass(frozen=True)
class RowTree:
    """A row (``root`` table, ``key``) and every row under it, as read in one transaction."""

    root: str
    key: int
    tables: tuple[TableRows, ...]
    links: tuple[Link, ...]

    def rows(self, table: str) -> tuple[tuple[Any, ...], ...]:
        return next((t.rows for t in self.tables if t.table == table), ())

    def column(self, table: str, name: str) -> int:
        """The position of a column in ``rows(table)``."""
        return next(t.columns.index(name) for t in self.tables if t.table == table)


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _conditions(root: Table, key: int) -> dict[Table, ColumnElement[bool]]:
    """Each table of the tree (parents first) and which of its rows belong to the tree under ``key``."""
    (primary,) = root.primary_key.columns
    found: dict[Table, ColumnElement[bool]] = {root: primary == key}
    for table in Base.metadata.sorted_tables:
        if table in found or table.name in DERIVED_TABLES:  # the database's triggers put those back
            continue
        ways = [fk.parent.in_(select(fk.column).where(found[fk.column.table]))
                for fk in table.foreign_keys if fk.ondelete == "CASCADE" and fk.column.table in found
                and fk.column.table is not table]
        if ways:
            found[table] = or_(*ways)
    return found


def tables_under(root: str) -> list[str]:
    """The tables a delete of a ``root`` row reaches (the root first): what the tests compare in full."""
    return [t.name for t in _conditions(_table(root), 0)]


def read_tree(session: Session, root: str, key: int) -> RowTree:
    conditions = _conditions(_table(root), key)
    tables = []
    for table, condition in conditions.items():
        query = select(table).where(condition).order_by(*table.primary_key.columns)
        tables.append(TableRows(table.name, tuple(c.name for c in table.columns), _rows(session, table, query)))
    links = []
    for table in Base.metadata.sorted_tables:
        if table in conditions:
            continue
        for fk in table.foreign_keys:
            if fk.ondelete != "SET NULL" or fk.column.table not in conditions:
                continue
            keys = list(table.primary_key.columns)
            query = select(*keys, fk.parent).where(
                fk.parent.in_(select(fk.column).where(conditions[fk.column.table])))
            for *values, value in _readable(session, query):
                links.append(Link(table.name, tuple(zip((c.name for c in keys), values, strict=True)),
                                  fk.parent.name, value))
    return RowTree(root, key, tuple(tables), tuple(links))


def _rows(session: Session, table: Table, query: Select[Any]) -> tuple[tuple[Any, ...], ...]:
    """The rows as tuples. A table of whole numbers only (a large import's answers: most of its rows) is read
    through the driver's own cursor, in one call that builds the tuples itself: a third of an undo's time
    otherwise goes into making each row an object first."""
    if all(isinstance(column.type, Integer) for column in table.columns):
        sql = str(query.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
        cursor = session.connection().connection.cursor()
        try:
            cursor.execute(sql)
            return tuple(map(tuple, cursor.fetchall()))
        finally:
            cursor.close()
    return tuple(map(tuple, session.execute(query).all()))


def _readable(session: Session, query: Select[Any]) -> list[Any]:
    """The rows, or none when the person's role on a team server may not read that table (a trainer and a
    calibration exercise's deliveries): a link they cannot see is not theirs to put back."""
    if session.get_bind().dialect.name != "postgresql":
        return list(session.execute(query).all())
    try:
        with session.begin_nested():  # a refused statement would otherwise end the whole transaction
            return list(session.execute(query).all())
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) != "42501":  # insufficient_privilege
            raise
        return []


def delete_tree(session: Session, root: str, key: int) -> None:
    """Delete the row and everything under it, children first, one statement per table."""
    conditions = _conditions(_table(root), key)
    for table in reversed(list(conditions)):
        session.execute(delete(table).where(conditions[table]))


def _chunks(tree: TableRows) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(tree.rows), CHUNK):
        yield [dict(zip(tree.columns, row, strict=True)) for row in tree.rows[start:start + CHUNK]]


def restore_tree(session: Session, tree: RowTree) -> None:
    """Put the rows back as they were, with their ids (an IntegrityError if one is taken or a parent is gone:
    the caller says what that means and the transaction is rolled back)."""
    postgres = session.get_bind().dialect.name == "postgresql"
    for rows in tree.tables:
        table = _table(rows.table)
        if postgres:  # one statement per table and chunk, not one per row (a redo of a large import: 56 s)
            for start in range(0, len(rows.rows), BULK_CHUNK):
                insert_rows(session, table, rows.columns, rows.rows[start:start + BULK_CHUNK])
            continue
        for chunk in _chunks(rows):
            session.execute(insert(table), chunk)
    for link in tree.links:
        table = _table(link.table)
        where = and_(*(table.c[name] == value for name, value in link.key), table.c[link.column].is_(None))
        session.execute(update(table).where(where).values({link.column: link.value}))


def tree_versions(tree: RowTree) -> Iterator[tuple[str, Any, int]]:
    """(table, id, version) of every versioned row in the tree: what undo and redo will expect to find."""
    for rows in tree.tables:
        if "version" in rows.columns and "id" in rows.columns:
            key, version = rows.columns.index("id"), rows.columns.index("version")
            for row in rows.rows:
                yield rows.table, row[key], row[version]


__all__ = ["Link", "RowTree", "TableRows", "delete_tree", "read_tree", "restore_tree", "tables_under", "tree_versions"]
