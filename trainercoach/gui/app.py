"""Start the desktop app: parse its options, open (or create) the database, show the main window.

The first window is shown before its database is opened: SQLAlchemy, the migrations, a backup and a large
file take far longer than a window, so they run in a worker while the window is already up and says so. This
module therefore imports only what the window needs; the database and services are imported when opened.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from trainercoach import paths
from trainercoach.errors import ServerUnreachable, TrainerCoachError
from trainercoach.gui.fonts import apply_app_font
from trainercoach.gui.language import install_translations as install_language
from trainercoach.gui.main_window import MainWindow
from trainercoach.gui.modal import run_dialog

if TYPE_CHECKING:
    import tempfile

    from trainercoach.services import Coach

LANGUAGES = ("en", "el", "zh_CN")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py", description="The Trainer Coach desktop app.")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="the database (default: $TRAINERCOACH_DB, "
                        "else trainercoach.sqlite3 in your data folder)")
    parser.add_argument("--demo", action="store_true", help="open a throwaway demo database")
    parser.add_argument("--team", action="store_true",
                        help="connect to a team server (PostgreSQL) first: the connect dialog")
    parser.add_argument("--lang", choices=LANGUAGES, help="the interface language (default: the system's)")
    return parser.parse_args(argv)


def make_application(argv: Sequence[str] = (), lang: str | None = None) -> QApplication:
    found = QApplication.instance()
    app = found if isinstance(found, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationName("Trainer Coach")
    app.setOrganizationName("TrainerCoach")
    apply_app_font(app)
    install_translations(app, lang)
    app.setDesktopFileName("trainercoach")  # resources/trainercoach.desktop: the dock groups its windows
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(paths.resource("trainercoach.svg"))))
    style = paths.resource("style.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def install_translations(app: QApplication, lang: str | None) -> str:
    """The interface language (--lang, else the settings, else the system's) with its translators."""
    return install_language(app, lang)


class Launcher:
    """Keeps the open windows and opens databases for them: the real one, another file, or a demo."""

    def __init__(self) -> None:
        self.windows: list[MainWindow] = []
        self._demo_dirs: list[tempfile.TemporaryDirectory] = []

    def open(self, target: str | None, demo: bool) -> MainWindow | None:
        while True:
            try:
                coach = self._open_coach(target, demo)
                break
            except ServerUnreachable as error:
                # The team server may be back in a moment (a VPN reconnecting); nothing is lost by asking.
                if not self._retry(str(error)):
                    return None
            except TrainerCoachError as error:  # a refused database (DatabaseRefused) among them
                QMessageBox.critical(None, "Trainer Coach", str(error))
                return None
        return self._present(MainWindow(coach, demo=demo, open_database=self.open), coach, demo)

    def start(self, target: str | None, demo: bool) -> MainWindow:
        """The app's first window: shown at once, the database opened in a worker, then attached to the window.
        If the database cannot be opened the window closes, the reason is shown and the app exits with 1, as
        ``open`` refuses it."""
        window = MainWindow(None, demo=demo, open_database=self.open)
        self.windows.append(window)
        window.show()
        # Opened once the window is up: the worker's imports would otherwise share the GIL with its first paint.
        QTimer.singleShot(0, lambda: self._open_for(window, target, demo))
        return window

    def _open_for(self, window: MainWindow, target: str | None, demo: bool) -> None:
        from trainercoach.gui.workers import Loader

        loader = Loader(window)

        def opened(coach: Coach) -> None:
            if window not in self.windows or not window.isVisible():  # closed while the database was opening
                coach.close()
                return
            window.attach(coach)
            self._present(window, coach, demo)

        def failed(error: BaseException) -> None:
            if isinstance(error, ServerUnreachable):
                if self._retry(str(error)):
                    self._open_for(window, target, demo)
                    return
            elif isinstance(error, TrainerCoachError):
                QMessageBox.critical(None, "Trainer Coach", str(error))
            else:
                import traceback

                traceback.print_exception(error)
            self.windows.remove(window)
            window.close()
            QApplication.exit(1)

        loader.loaded.connect(opened)
        loader.failed.connect(failed)
        loader.load(lambda: self._open_coach(target, demo))

    def _open_coach(self, target: str | None, demo: bool) -> Coach:
        from trainercoach.services import Coach

        return self._open_demo() if demo else Coach.open(target)

    def _present(self, window: MainWindow, coach: Coach, demo: bool) -> MainWindow:
        window.destroyed.connect(lambda *_: coach.close())
        if window not in self.windows:
            self.windows.append(window)
        window.show()
        if not demo:  # the first start of each day backs the database up
            from trainercoach.gui.dialogs.restore_dialog import daily_backup_on_start

            daily_backup_on_start(window)
        return window

    @staticmethod
    def _retry(message: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, "Trainer Coach", message,
                          QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Retry)
        return run_dialog(box) == QMessageBox.StandardButton.Retry

    def open_team_server(self, parent: QWidget | None = None) -> MainWindow | None:
        """The connect dialog, then a window on the team server it connected to (None if cancelled)."""
        from trainercoach.gui.dialogs.connect_dialog import connect_to_team_server

        url = connect_to_team_server(parent)
        return self.open(url, False) if url else None

    def _open_demo(self) -> Coach:
        import tempfile

        from trainercoach.demo import write_demo

        folder = tempfile.TemporaryDirectory(prefix="trainercoach-demo-")
        self._demo_dirs.append(folder)
        path = Path(folder.name) / "demo.sqlite3"
        write_demo(path)
        from trainercoach.services import Coach

        return Coach.open(path)

    def close(self) -> None:
        from trainercoach.gui.workers import wait_for_workers

        wait_for_workers()  # a database still being opened or read
        for window in self.windows:
            if window.attached:
                window.coach.close()
        for folder in self._demo_dirs:
            folder.cleanup()


def report_when_ready(app: QApplication, window: MainWindow) -> None:
    """Once the window shows the dashboard's figures: one line ``TRAINERCOACH_READY {json}`` on standard output
    saying what a person would see (the language, the title, the dashboard's heading and summary in their words,
    whether the style sheet is on, the font the heading is really drawn in), an optional screenshot
    (``TRAINERCOACH_SCREENSHOT``), then quit. For tests of an installed copy, which cannot reach into the
    process; set ``TRAINERCOACH_EXIT_WHEN_READY=1``."""
    import json

    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QLabel

    from trainercoach import i18n

    def check() -> None:
        page = window.dashboard if window.attached else None
        if page is None or page.data is None or page.loading:
            QTimer.singleShot(50, check)
            return
        heading = next(label for label in page.findChildren(QLabel) if label.property("class") == "heading")
        info = QFontInfo(heading.font())
        report = {"lang": i18n.language(), "icon": not app.windowIcon().isNull(), "title": window.windowTitle(),
                  "heading": heading.text(),
                  "summary": page.summary.text(), "style_sheet": bool(app.styleSheet()),
                  "ui_family": QFontInfo(app.font()).family(), "heading_family": info.family(),
                  "heading_weight": info.weight(), "heading_style": info.styleName(),
                  "menus": [action.text() for action in window.menuBar().actions()]}
        shot = os.environ.get("TRAINERCOACH_SCREENSHOT")
        if shot:
            window.grab().save(shot)
        print("TRAINERCOACH_READY " + json.dumps(report, ensure_ascii=False), flush=True)
        app.quit()

    QTimer.singleShot(0, check)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(list(argv if argv is not None else sys.argv[1:]))
    app = make_application(lang=args.lang)
    launcher = Launcher()
    target = args.db or os.environ.get("TRAINERCOACH_DB") or None
    window = launcher.open_team_server() if args.team else launcher.start(target, args.demo)
    if window is None:
        return 1
    if os.environ.get("TRAINERCOACH_EXIT_WHEN_READY"):  # tests of an installed copy (tests/test_install.py)
        report_when_ready(app, window)
    if os.environ.get("TRAINERCOACH_BENCH_EXIT_WHEN_SHOWN"):  # the benchmark's cold start (benchmarks/bench.py)
        QTimer.singleShot(0, lambda: (print(f"TRAINERCOACH_SHOWN {time.monotonic():.6f}", flush=True), app.quit()))
    try:
        return app.exec()
    finally:
        launcher.close()
