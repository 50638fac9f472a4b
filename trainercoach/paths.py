"""Where the app keeps and finds its files."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "TrainerCoach"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"
FONTS = RESOURCES / "fonts"
CJK_FONT = FONTS / "DroidSansFallbackFull.ttf"
# Emoji and symbols as TrueType outlines (monochrome), so trainees' emoji print and draw everywhere.
SYMBOL_FONT = FONTS / "Symbola.ttf"


def data_dir() -> Path:
    """The user's data folder; ``TRAINERCOACH_HOME`` moves it so tests never touch a real one."""
    override = os.environ.get("TRAINERCOACH_HOME")
    if override:
        path = Path(override)
    else:
        import platformdirs  # here, not at the top: the app's window is up before anything asks for it

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)  # a new data folder is its owner's alone
    return path


def default_database_path() -> Path:
    return data_dir() / "trainercoach.sqlite3"


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
