"""Matching what a person types against names in any script."""

from __future__ import annotations

import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so "μαρια" finds "Μαρία" and "JOSE" finds "José"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def matches(query: str, *fields: str) -> bool:
    words = fold(query).split()
    haystack = fold(" ".join(fields))
    return all(word in haystack for word in words)


def same_name(a: str, b: str) -> bool:
    """Whether two names are one name for a person (any case, any script). Compared in Python, not with SQL's
    lower(): SQLite folds only ASCII letters and PostgreSQL folds by the server's locale, so "ΚΑΤΆΡΤΙΣΗ" and
    "κατάρτιση" would be one title on one database and two on the other."""
    return a.strip().casefold() == b.strip().casefold()


def name_taken(session: Session, column: InstrumentedAttribute[str], name: str) -> str | None:
    """The existing value of ``column`` that is the same name as ``name``, if any (small tables only: the
    lists a lead keeps by hand, such as rubrics, feedback items, training assets)."""
    return next((other for other in session.scalars(select(column)) if same_name(other, name)), None)
