"""The windows' font on a machine whose only fonts are the app's own, and the About box (issue 17)."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import settle
from tests.outside import EMPTY_FONTCONFIG
from trainercoach import paths
from trainercoach.gui import fonts

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_fallbacks_are_never_the_ui_font() -> None:
    """Symbola draws Latin and Greek too, but it is a serif symbol font with no bold: never the windows' font."""
    fallbacks = fonts.register_fonts()
    assert fallbacks and all(not fonts.usable_ui_family(family) for family in fallbacks)
    assert fonts.shipped_sans() == "DejaVu Sans" and fonts.usable_ui_family("DejaVu Sans")
    families = QApplication.font().families()
    assert families[0] == fonts.ui_family() and families[1:] == fallbacks  # the app's font: UI font, then fallbacks


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig, as on Linux desktops")
@pytest.mark.parametrize("lang", ["en", "el"])
def test_with_no_fonts_but_ours_the_window_is_a_sans_with_bold_headings(tmp_path: Path, lang: str) -> None:
    """A real process whose fontconfig knows no font folder (FONTCONFIG_FILE): the only fonts are the app's.
    The window must be drawn in the shipped DejaVu Sans, and the dashboard's heading (font-weight 600 in the
    style sheet) in its bold face — before this, Qt asked for "Sans Serif", which no font is called, and drew
    Latin and Greek in Symbola with no bold. A screenshot is kept beside the test's files for a person to see."""
    config = tmp_path / "fonts.conf"
    config.write_text(EMPTY_FONTCONFIG.format(cache=tmp_path / "cache"), encoding="utf-8")
    shot = tmp_path / f"empty-fonts-{lang}.png"
    env = {key: value for key, value in os.environ.items() if key != "TRAINERCOACH_DB"}
    env.update(FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen", TRAINERCOACH_HOME=str(tmp_path / "home"),
               TRAINERCOACH_EXIT_WHEN_READY="1", TRAINERCOACH_SCREENSHOT=str(shot), PYTHONPATH=str(ROOT),
               PYTHONIOENCODING="utf-8")
    probe = ("import sys; from PySide6.QtGui import QFontDatabase; from trainercoach.gui.app import main, "
             "make_application; app = make_application(lang=sys.argv[1]); "
             "print('FAMILIES', sorted(QFontDatabase.families()), flush=True); sys.exit(main(sys.argv[2:]))")
    result = subprocess.run([sys.executable, "-c", probe, lang, "--demo", "--lang", lang], cwd=tmp_path, env=env,
                            capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert result.returncode == 0, result.stderr
    families = next(line for line in result.stdout.splitlines() if line.startswith("FAMILIES"))
    # Only the app's own fonts (and fontconfig's generic names): the configuration really is empty.
    assert "Symbola" in families and "Droid Sans Fallback" in families
    assert "Liberation" not in families and "Noto" not in families and "Ubuntu" not in families, families
    line = next(line for line in result.stdout.splitlines() if line.startswith("TRAINERCOACH_READY "))
    report = json.loads(line.split(" ", 1)[1])
    assert report["ui_family"] == "DejaVu Sans", report
    assert report["heading_family"] == "DejaVu Sans", report
    assert report["heading_style"] == "Bold", report
    assert report["heading_weight"] >= QFont.Weight.DemiBold.value, report
    assert shot.stat().st_size > 10_000


def test_the_about_box_says_the_versions(qtbot, private_home: Path) -> None:
    from trainercoach.db.migrate import head_revision
    from trainercoach.gui.main_window import MainWindow
    from trainercoach.services import Coach

    coach = Coach.open(private_home / "about.sqlite3")
    window = MainWindow(None)
    qtbot.addWidget(window)
    assert "not open yet" in window.about_text()
    window.attach(coach)
    settle(qtbot)
    try:
        text = window.about_text()
        import sqlite3

        for expected in ("Trainer Coach 0.1.0", f"Qt {qVersion()}", f"Python {platform.python_version()}",
                         f"SQLite {sqlite3.sqlite_version}", head_revision()):
            assert expected in text, text
    finally:
        window.close()
        coach.close()


def test_the_desktop_entry_and_icon_are_shipped() -> None:
    entry = paths.resource("trainercoach.desktop").read_text(encoding="utf-8")
    lines = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert entry.startswith("[Desktop Entry]")
    assert lines["Type"] == "Application" and lines["Exec"] == "trainercoach-gui" and lines["Icon"] == "trainercoach"
    from PySide6.QtGui import QIcon

    icon = QIcon(str(paths.resource("trainercoach.svg")))
    assert not icon.isNull() and not icon.pixmap(64, 64).toImage().isNull()
