"""Where a database is: a path or URL as people give it, made into the URL the app opens, and back.

The bottom of ``trainercoach.db``: it imports nothing else of it, so the engine, the watcher and the
sign-in code can all use it without depending on one another.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from trainercoach import paths

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def resolve_url(target: str | os.PathLike[str] | None = None) -> str:
    """A path or URL from ``--db``, else ``TRAINERCOACH_DB``, else the file in the user's data folder."""
    if target is None or str(target) == "":
        target = os.environ.get("TRAINERCOACH_DB") or paths.default_database_path()
    text = str(target)
    if "://" in text:
        return normalize_url(text)
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def normalize_url(url: str) -> str:
    """``postgresql://`` as people write it (and as psql takes it) means psycopg 3, the driver the app ships;
    SQLAlchemy alone would reach for psycopg2, which is not installed."""
    for scheme in POSTGRES_SCHEMES:
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme):]
    return url


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def server_address(url: str | URL) -> str:
    """``host:port`` of a server URL, as a person would look it up (a socket folder when no host is given)."""
    parsed = make_url(url) if isinstance(url, str) else url
    host = parsed.host or str(parsed.query.get("host", "")) or "localhost"
    return f"{host}:{parsed.port or 5432}"
