"""Opening, migrating, checking and backing up the database."""

from trainercoach.db.engine import Database, resolve_url
from trainercoach.db.lifecycle import DatabaseRefused, open_database

__all__ = ["Database", "DatabaseRefused", "open_database", "resolve_url"]
