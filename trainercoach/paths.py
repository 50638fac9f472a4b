"""Where the app keeps and finds its files."""

from __future__ import annotations

import os
from importlib import resources as _importlib_resources
from pathlib import Path

APP_NAME = "TrainerCoach"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _resources() -> Path:
    """The app's files: ``trainercoach/resources`` inside an installed wheel (setup.py puts them there, .qm files
    compiled), else ``resources/`` at the top of the source tree, which is their source (a checkout, an editable
    install). A real folder either way: fonts, translations and the style sheet are handed to Qt, reportlab and
    matplotlib by file name, so the package must be installed unzipped (pip, pipx and PyInstaller all do). In the
    PyInstaller bundle (tools/bundle.py) the package is ``_internal/trainercoach`` beside the program, and the
    resources are put there under the same name."""
    packaged = Path(str(_importlib_resources.files("trainercoach") / "resources"))
    if packaged.is_dir():
        return packaged
    return PROJECT_ROOT / "resources"


RESOURCES = _resources()
FONTS = RESOURCES / "fonts"
CJK_FONT = FONTS / "DroidSansFallbackFull.ttf"
# Latin, Greek and Cyrillic for the windows on a machine whose only fonts are the app's (regular and bold).
SANS_FONTS = (FONTS / "DejaVuSans.ttf", FONTS / "DejaVuSans-Bold.ttf")
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
    """A shipped file (``resource("rubrics", "observation_rubric.json")``), installed or in the source tree."""
    return RESOURCES.joinpath(*parts)
