"""A team server's logins: who is connected, with which role, and making logins for people.

The rules themselves (grants and row-level policies) are made by migration 0004; this module only reads
and changes which login is whom. Everything here is PostgreSQL's; SQLite has no logins.
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
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.orm import Session

from trainercoach.i18n import _

if TYPE_CHECKING:
    from psycopg.sql import Composable

LEAD_ROLE = "trainercoach_lead"
TRAINER_ROLE = "trainercoach_trainer"
GROUP_ROLE = {"lead": LEAD_ROLE, "trainer": TRAINER_ROLE}
# Lower case, so the name works unquoted in psql and in a URL exactly as typed.
LOGIN_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
SCRAM_ITERATIONS = 4096  # PostgreSQL's own default


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
    if name.startswith("pg_") or name in GROUP_ROLE.values():
        return _('{name} is reserved on the server; choose another login.', name=name)
    return None


def connected(session: Session) -> Connected:
    """The role this connection acts with, as the database will enforce it."""
    user, is_super, is_owner, is_lead, is_trainer = session.execute(text(
        "SELECT current_user, "
        "       COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false), "
        "       pg_has_role(current_user, (SELECT tableowner FROM pg_tables "
        "                                  WHERE schemaname = current_schema() AND tablename = 'candidate'), "
        "                   'MEMBER'), "
        "       pg_has_role(current_user, :lead, 'MEMBER'), pg_has_role(current_user, :trainer, 'MEMBER')"
    ), {"lead": LEAD_ROLE, "trainer": TRAINER_ROLE}).one()
    person_id = session.execute(text("SELECT person_id FROM app_user WHERE db_user = current_user")).scalar()
    role = "owner" if is_super or is_owner else "lead" if is_lead else "trainer" if is_trainer else "none"
    return Connected(user, role, person_id)


def role_exists(session: Session, name: str) -> tuple[bool, bool]:
    """(exists, is a superuser)."""
    row = session.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = :name"), {"name": name}).first()
    return (row is not None, bool(row and row[0]))


def create_login(session: Session, name: str, password: str | None) -> None:
    """``CREATE ROLE … LOGIN``; the password goes over as a SCRAM verifier, so the password itself never
    reaches the server's statement log or its activity view."""
    from psycopg import sql

    statement = sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(name))
    if password:
        statement = sql.SQL("{} PASSWORD {}").format(statement, sql.Literal(scram_verifier(password)))
    _run(session, statement)


def set_password(session: Session, name: str, password: str) -> None:
    from psycopg import sql

    _run(session, sql.SQL("ALTER ROLE {} PASSWORD {}").format(
        sql.Identifier(name), sql.Literal(scram_verifier(password))))


def set_group(session: Session, name: str, role: str | None) -> None:
    """Make ``name`` a member of the group role for ``role`` and of no other Trainer Coach group."""
    from psycopg import sql

    for key, group in GROUP_ROLE.items():
        member = session.execute(text(
            "SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = :group AND u.rolname = :name)"
        ), {"name": name, "group": group}).scalar()
        if key == role and not member:
            _run(session, sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(name)))
        elif key != role and member:
            _run(session, sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), sql.Identifier(name)))


def _run(session: Session, statement: Composable) -> None:
    """A statement psycopg composed (identifiers quoted by it), sent through SQLAlchemy so that a refusal
    (a lead whose login may not create roles) arrives as a DBAPIError the database layer explains in words."""
    connection = session.connection()
    rendered = statement.as_string(connection.connection.driver_connection)
    connection.exec_driver_sql(rendered)


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
