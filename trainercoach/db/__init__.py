"""Opening, migrating, checking and backing up the database."""

from trainercoach.db.engine import Database
from trainercoach.db.lifecycle import DatabaseRefused, open_database
from trainercoach.db.urls import resolve_url

__all__ = ["Database", "DatabaseRefused", "open_database", "resolve_url"]
