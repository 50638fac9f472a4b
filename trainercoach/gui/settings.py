"""Window layout and choices remembered between runs, kept beside the database in the data folder."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from trainercoach import paths


def settings() -> QSettings:
    return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def restore_window(window: QMainWindow, header_keys: dict[int, str]) -> dict[int, QByteArray]:
    """The window's remembered size, place and docks, applied now; the remembered columns of its tables by page
    (``header_keys``: page -> settings key), applied when each page is built."""
    stored = settings()
    for key, apply in (("main/geometry", window.restoreGeometry), ("main/state", window.restoreState)):
        value = stored.value(key)
        if isinstance(value, QByteArray):
            apply(value)
    return {index: header for index, key in header_keys.items()
            if isinstance(header := stored.value(key), QByteArray)}
