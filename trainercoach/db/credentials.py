"""Signing in to a team server: the URL without its password, and the password kept somewhere safe.

A password is never written into a URL that is stored (settings, recent files, logs). It comes, in this
order, from memory (typed in this run of the app), the system keyring (if the ``keyring`` module is
installed), or libpq's own password file ``~/.pgpass``, which libpq reads by itself when none is given.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

KEYRING_SERVICE = "Trainer Coach team server"
DEFAULT_PORT = 5432
_typed: dict[str, str] = {}  # passwords typed in this run, by account_key; gone when the app quits


@dataclass(frozen=True)
class ServerLogin:
    """What the connect dialog asks for, without the password."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "trainercoach"
    user: str = ""

    def url(self, password: str | None = None) -> str:
        """A ``postgresql://`` URL (with ``password`` only for a connection made at once, never to keep)."""
        return URL.create("postgresql", username=self.user or None, password=password or None,
                          host=self.host or None, port=self.port or None,
                          database=self.database or None).render_as_string(hide_password=False)

    @classmethod
    def from_url(cls, url: str) -> ServerLogin:
        parsed = make_url(url)
        return cls(parsed.host or "", parsed.port or DEFAULT_PORT, parsed.database or "", parsed.username or "")

    def problems(self) -> dict[str, str]:
        problems = {}
        if not self.host.strip():
            problems["host"] = "Give the server's name or address."
        if not 0 < self.port < 65536:
            problems["port"] = "The port is a number from 1 to 65535 (usually 5432)."
        if not self.database.strip():
            problems["database"] = "Give the database's name."
        if not self.user.strip():
            problems["user"] = "Give your login on the server."
        return problems


def account_key(url: str | URL) -> str:
    """user@host:port/database: what a password is stored under, the same for every form of the URL."""
    parsed = make_url(url) if isinstance(url, str) else url
    return f"{parsed.username or ''}@{parsed.host or 'localhost'}:{parsed.port or DEFAULT_PORT}/{parsed.database or ''}"


def without_password(url: str) -> str:
    parsed = make_url(url)  # URL.set(password=None) would keep the old one: None there means "unchanged"
    return URL.create(parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database,
                      parsed.query).render_as_string(hide_password=False)


def keep_for_this_run(url: str, password: str) -> None:
    _typed[account_key(url)] = password


def save_in_keyring(url: str, password: str) -> bool:
    """Store the password in the system keyring; False when there is none (then use ~/.pgpass)."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, account_key(url), password)
    except Exception:  # no keyring module or no backend: the caller says where else to put it
        return False
    return True


def forget(url: str) -> None:
    _typed.pop(account_key(url), None)
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, account_key(url))
    except Exception:  # nothing stored, or no keyring
        pass


def password_for(url: str | URL) -> str | None:
    """The password to connect with when the URL carries none: typed in this run, else from the keyring.
    None lets libpq look in ~/.pgpass (or connect without one, where the server trusts the login)."""
    key = account_key(url)
    if key in _typed:
        return _typed[key]
    try:
        import keyring

        password: str | None = keyring.get_password(KEYRING_SERVICE, key)
        return password
    except Exception:  # no keyring: ~/.pgpass or no password
        return None


def pgpass_path() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path(os.environ.get("PGPASSFILE") or Path.home() / ".pgpass")


def pgpass_line(login: ServerLogin) -> str:
    """The line to add to the password file, the password left for the person to type in."""
    def escape(value: str) -> str:
        return value.replace("\\", "\\\\").replace(":", "\\:")

    return f"{escape(login.host)}:{login.port}:{escape(login.database)}:{escape(login.user)}:YOUR_PASSWORD"
