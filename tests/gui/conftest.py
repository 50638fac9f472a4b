"""GUI fixtures: the real app font and style, so screenshots and sizes match what a person sees."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


@pytest.fixture(autouse=True)
def styled_app(qapp: QApplication) -> QApplication:
    from trainercoach import paths
    from trainercoach.gui.fonts import apply_app_font

    apply_app_font(qapp)
    qapp.setStyleSheet(paths.resource("style.qss").read_text(encoding="utf-8"))
    return qapp


@pytest.fixture(autouse=True)
def no_worker_left() -> Iterator[None]:
    """Views read in worker threads: none may outlive its test (a thread still running at exit aborts)."""
    yield
    from trainercoach.gui.workers import wait_for_workers

    assert wait_for_workers()


@pytest.fixture
def when_dialog_opens(qtbot) -> Iterator[Callable[[Callable[[QDialog], None]], None]]:
    """Run ``handle`` on the next modal dialog, as a person would answer it, then let the test go on. A handler
    whose dialog never opened is disarmed when its test ends, so it cannot answer the next test's dialogs."""
    ended = False

    def arm(handle: Callable[[QDialog], None]) -> None:
        def poll() -> None:
            if ended:
                return
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QDialog) and dialog.isVisible():
                handle(dialog)
            else:
                QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)

    yield arm
    ended = True


def settle(qtbot) -> None:
    """Pages read their rows in worker threads: wait until every read has arrived, as a person waits for
    a page to fill before looking at it."""
    from trainercoach.gui.workers import anything_loading

    qtbot.waitUntil(lambda: not anything_loading(), timeout=20_000)


def type_text(widget, text: str) -> None:  # any QWidget
    """Type ``text`` into ``widget`` key by key. QTest only knows ASCII keys, so other characters (Greek,
    Chinese, emoji) arrive as key events carrying their text, as an input method delivers them."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest

    for char in text:
        if char.isascii() and char.isprintable():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def in_language(code: str):  # a context manager
    """The interface in ``code`` ("el", "zh_CN") for the length of a ``with``: the app's and Qt's translators,
    the core's language and the locale, all put back afterwards so other tests stay in English."""
    from contextlib import contextmanager

    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from trainercoach import i18n, paths

    @contextmanager
    def switched():
        app = QApplication.instance()
        translators = []
        for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                             ("trainercoach", str(paths.resource("translations")))):
            translator = QTranslator()
            if translator.load(f"{name}_{code}", folder):
                app.installTranslator(translator)
                translators.append(translator)
        before_lang, before_locale = i18n.language(), QLocale()
        i18n.set_language(code)
        QLocale.setDefault(QLocale(code))
        try:
            yield code
        finally:
            for translator in translators:
                app.removeTranslator(translator)
            i18n.set_language(before_lang)
            QLocale.setDefault(before_locale)

    return switched()
