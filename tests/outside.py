"""Running the app as a person would, outside the source tree: shared by the tests of an installed wheel
(test_install.py) and of the PyInstaller bundle (test_bundle.py)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

# The dashboard's heading in each language: proves the .qm translations were found in the installed copy.
DASHBOARD = {"en": "Dashboard", "el": "Πίνακας ελέγχου", "zh_CN": "概览"}
# A fontconfig configuration that knows no font folder (FONTCONFIG_FILE): the only fonts are the app's own.
EMPTY_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""
# The window's first menu in each language.
FILE_MENU = {"en": "&File", "el": "&Αρχείο", "zh_CN": "文件(&F)"}


def clean_copy(target: Path) -> Path:
    """The tree as a fresh clone would have it: the files git tracks or would track (nothing ignored: no .venv,
    no .qm, no build/), or, outside a git checkout, the tree without those."""
    target.mkdir()
    try:
        listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                                capture_output=True, check=True).stdout.decode().split("\0")
    except (OSError, subprocess.CalledProcessError):
        ignore = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.qm",
                                        ".*cache")
        shutil.copytree(ROOT, target, dirs_exist_ok=True, ignore=ignore)
        return target
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def run(command: list[str], cwd: Path, env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8",
                            timeout=timeout)
    assert result.returncode == 0, f"{command} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result


def outside_env(home: Path) -> dict[str, str]:
    """The environment of a person's shell: nothing of the source tree on the path, a data folder of its own."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "TRAINERCOACH_DB")}
    env.update(TRAINERCOACH_HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return env


def greek_letters(text: str) -> int:
    return sum("\u0370" <= char <= "\u03ff" for char in text)


def pdf_text(folder: Path) -> str:
    """The text of the one PDF written into ``folder``, read back."""
    from pypdf import PdfReader

    (pdf,) = folder.glob("*.pdf")
    return "".join(page.extract_text() for page in PdfReader(pdf).pages)


def ready_report(output: str) -> dict[str, Any]:
    """What the window said once it showed the dashboard (``TRAINERCOACH_EXIT_WHEN_READY``, gui/app.py)."""
    line = next((line for line in output.splitlines() if line.startswith("TRAINERCOACH_READY ")), None)
    assert line is not None, f"the window never said it was ready:\n{output}"
    report: dict[str, Any] = json.loads(line.split(" ", 1)[1])
    return report


def assert_dashboard_shown(report: dict[str, Any], lang: str) -> None:
    """The window is in ``lang`` (its translations found), styled, with the bold heading of the dashboard."""
    assert report["lang"] == lang, report
    assert report["heading"] == DASHBOARD[lang], report
    assert report["style_sheet"] is True, report
    assert report["heading_style"] == "Bold", report
    assert report["menus"][0] == FILE_MENU[lang], report
