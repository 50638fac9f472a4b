"""Window layout and choices remembered between runs, kept beside the database in the data folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from trainercoach import paths


def settings() -> QSettings:
    return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
