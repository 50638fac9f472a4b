"""People and the logins mapped to them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PersonRecord:
    id: int
    name: str
    email: str
    role: str
    retired: bool = False  # no longer offered for new work; still named on old records
    version: int = 1  # the version read, for an edit's check against someone else's save


@dataclass(frozen=True)
class LoginRecord:
    db_user: str
    person_id: int
    person_name: str
    role: str
