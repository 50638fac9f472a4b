"""A team server's logins: who is connected, with which role, and making logins for people.

The rules themselves (grants and row-level policies) are made by migrations 0004 and 0007; this module only
reads which login is whom, and changes it through the database's own function ``trainercoach_set_access``
(0007), which a lead may run without any power over the server's other logins. Everything here is
PostgreSQL's; SQLite has no logins.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import stringprep
import unicodedata
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from trainercoach.i18n import _

# The server-wide group roles of schema 0004. Since 0007 each database has roles of its own (``tc_<database>_lead``,
# ``tc_<database>_trainer``, named by the function ``trainercoach_role``); these names stay reserved.
LEGACY_ROLES = ("trainercoach_lead", "trainercoach_trainer")
# Lower case, so the name works unquoted in psql and in a URL exactly as typed.
LOGIN_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
SCRAM_ITERATIONS = 4096  # PostgreSQL's own default
REFUSAL = re.compile(r"trainercoach:([a-z_]+)")


@dataclass(frozen=True)
class Connected:
    """Who the connection is: ``role`` is "owner" (may change the schema: whoever runs the server),
    "lead", "trainer", or "none" (a login the team has not given a role)."""

    db_user: str
    role: str
    person_id: int | None


def login_name_problem(name: str) -> str | None:
    if not LOGIN_NAME.match(name):
        return _('A login is lower-case letters, digits and _ (at most {most}), starting with a letter, e.g. '
                 'maria_k.', most=63)
    if name.startswith("pg_") or name in LEGACY_ROLES:
        return _('{name} is reserved on the server; choose another login.', name=name)
    return None


def group_roles(session: Session) -> dict[str, str]:
    """This database's group roles: {"lead": name, "trainer": name}."""
    lead, trainer = session.execute(text("SELECT trainercoach_role('lead'), trainercoach_role('trainer')")).one()
    return {"lead": lead, "trainer": trainer}


def connected(session: Session) -> Connected:
    """The role this connection acts with, as the database will enforce it."""
    user, is_super, is_owner, is_lead, is_trainer = session.execute(text(
        "SELECT current_user, "
        "       COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false), "
        "       pg_has_role(current_user, (SELECT tableowner FROM pg_tables "
        "                                  WHERE schemaname = current_schema() AND tablename = 'candidate'), "
        "                   'MEMBER'), "
        "       pg_has_role(current_user, trainercoach_role('lead'), 'MEMBER'), "
        "       pg_has_role(current_user, trainercoach_role('trainer'), 'MEMBER')"
    )).one()
    person_id = session.execute(text("SELECT person_id FROM app_user WHERE db_user = current_user")).scalar()
    role = "owner" if is_super or is_owner else "lead" if is_lead else "trainer" if is_trainer else "none"
    return Connected(user, role, person_id)


def role_exists(session: Session, name: str) -> tuple[bool, bool]:
    """(exists, is a superuser)."""
    row = session.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = :name"), {"name": name}).first()
    return (row is not None, bool(row and row[0]))


class AccessRefused(Exception):
    """The database's access function said no; ``reason`` is its code (see ``refusal_words``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def set_access(session: Session, login: str, role: str, password: str | None = None) -> str:
    """Make ``login`` a lead or trainer of this database (``role``), or of neither ("none"), creating it when
    the server has no such login; through the database's one function for it, which refuses any login that
    is not this database's to change. Returns "created", "changed" or "removed"; raises AccessRefused."""
    verifier = scram_verifier(password) if password else None
    try:
        with session.begin_nested():
            outcome: str = session.execute(text("SELECT trainercoach_set_access(:login, :kind, :verifier)"),
                                           {"login": login, "kind": role, "verifier": verifier}).scalar_one()
    except DBAPIError as error:
        found = REFUSAL.search(str(error.orig))
        if found is None:
            raise
        raise AccessRefused(found.group(1)) from None
    return outcome


def refusal_words(reason: str, login: str) -> str:
    """A refusal of the access function in the person's words."""
    words = {
        "not_lead": _('Only a lead can give people access to the team server.'),
        "login_name": _('A login is lower-case letters, digits and _ (at most {most}), starting with a letter, '
                        'e.g. maria_k.', most=63),
        "reserved": _('{name} is reserved on the server; choose another login.', name=login),
        "role": _('Choose lead or trainer.'),
        "verifier": _('The password could not be sent safely; type it again.'),
        "administrator": _('{db_user} is an administrator of the server; give the person their own login.',
                           db_user=login),
        "powers": _('{db_user} has powers on the server beyond this team (making roles or databases, '
                    'replication); give the person their own login.', db_user=login),
        "owner": _('{db_user} owns or is granted things elsewhere on the server (another database or '
                   'application); give the person their own login.', db_user=login),
        "memberships": _("{db_user} belongs to other roles on the server, perhaps another team's; give the "
                         "person their own login.", db_user=login),
        "foreign": _('{db_user} is a login this team did not make; give the person a new login.', db_user=login),
        "no_login": _('There is no login {db_user} on the server.', db_user=login),
    }
    return words.get(reason, _('The server refused to change the login {db_user}.', db_user=login))


def scram_verifier(password: str, salt: bytes | None = None, iterations: int = SCRAM_ITERATIONS) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL would store for ``password`` (RFC 5802/7677), which it accepts in
    place of the password itself."""
    salt = salt if salt is not None else os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", _saslprep(password), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = base64.b64encode
    return (f"SCRAM-SHA-256${iterations}:{b64(salt).decode()}"
            f"${b64(stored_key).decode()}:{b64(server_key).decode()}")


def _saslprep(password: str) -> bytes:
    """SASLprep (RFC 4013) as PostgreSQL applies it; where it fails PostgreSQL uses the bytes as given."""
    mapped = "".join(" " if stringprep.in_table_c12(ch) else ch for ch in password
                     if not stringprep.in_table_b1(ch))
    prepared = unicodedata.normalize("NFKC", mapped)
    prohibited = (stringprep.in_table_c12, stringprep.in_table_c21_c22, stringprep.in_table_c3,
                  stringprep.in_table_c4, stringprep.in_table_c5, stringprep.in_table_c6, stringprep.in_table_c7,
                  stringprep.in_table_c8, stringprep.in_table_c9, stringprep.in_table_a1)
    if not prepared or any(check(ch) for ch in prepared for check in prohibited):
        return password.encode("utf-8")
    return prepared.encode("utf-8")
