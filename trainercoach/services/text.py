"""Matching what a person types against names in any script."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so "μαρια" finds "Μαρία" and "JOSE" finds "José"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def matches(query: str, *fields: str) -> bool:
    words = fold(query).split()
    haystack = fold(" ".join(fields))
    return all(word in haystack for word in words)
