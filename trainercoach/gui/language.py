"""The interface language: chosen from --lang, the settings, or the system, and loaded with Qt's translators.

Qt translates the windows from the .qm files built from resources/translations/*.ts (tools/translations.py);
Qt's own words (standard buttons) come from qtbase's translations where Qt ships them (Chinese) and from ours
otherwise (Greek). The core's words (charts, PDFs, messages, default content) follow through
trainercoach.i18n.set_language. A change in the settings applies the next time the app starts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from trainercoach import i18n, paths
from trainercoach.gui.settings import settings

SETTING = "language"  # "" (or missing): follow the system


def saved_language() -> str:
    return str(settings().value(SETTING, "") or "")


def save_language(lang: str) -> None:
    store = settings()
    store.setValue(SETTING, lang)
    store.sync()


def choose_language(requested: str | None) -> str:
    """--lang first, then the language saved in the settings, then the system's; one of i18n.LANGUAGES."""
    if requested:
        return i18n.normalise(requested)
    saved = saved_language()
    if saved in i18n.LANGUAGES:
        return saved
    return i18n.normalise(QLocale.system().name())


def install_translations(app: QCoreApplication, requested: str | None) -> str:
    """Load Qt's and the app's translations for the chosen language; returns it. Dates and numbers follow it
    (QLocale's default)."""
    lang = choose_language(requested)
    i18n.set_language(lang)
    # The system's own locale when it speaks the chosen language (its region's conventions: en_GB, el_CY).
    system = QLocale.system()
    same = i18n.normalise(system.name()) == lang and system.language() != QLocale.Language.C
    QLocale.setDefault(system if same else QLocale(lang))
    _build_if_missing(lang)
    # Installed last, asked first: the app's own file covers Qt's words qtbase lacks (Greek). English has a file
    # of plurals only ("%n day(s)" -> "1 day", "2 days") and needs none of Qt's.
    sources = [("trainercoach", str(paths.resource("translations")))]
    if lang != "en":
        sources.insert(0, ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(f"{name}_{lang}", folder):
            app.installTranslator(translator)
    return lang


def _build_if_missing(lang: str) -> None:
    """A fresh checkout run without tools/dev.py has the .ts sources but no .qm yet: build it once (lrelease
    ships with PySide6). Without it the windows would quietly stay in English."""
    folder = paths.resource("translations")
    source, built = folder / f"trainercoach_{lang}.ts", folder / f"trainercoach_{lang}.qm"
    if built.exists() or not source.exists():
        return
    import contextlib
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    import PySide6

    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or \
        str(Path(PySide6.__file__).parent / "lrelease")
    # English windows rather than no app if it fails; tools/translations.py build says why.
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run([tool, "-silent", str(source), "-qm", str(built)], check=True, timeout=60)


def add_language_menu(window: QMainWindow, menu: QMenu) -> QMenu:
    """Edit ▸ Language: the three languages, each in its own words; the choice applies at the next start."""
    submenu = menu.addMenu(QCoreApplication.translate("Language", "&Language"))
    submenu.setObjectName("menuLanguage")
    group = QActionGroup(submenu)
    current = saved_language()
    choices = [("", QCoreApplication.translate("Language", "As the system"))]
    choices += [(code, i18n.NAMES[code]) for code in i18n.LANGUAGES]
    for code, label in choices:
        action = QAction(label, submenu, checkable=True)
        action.setData(code)
        action.setChecked(code == current)
        group.addAction(action)
        submenu.addAction(action)
    group.triggered.connect(lambda action: _chosen(window, action.data()))
    return submenu


def _chosen(window: QMainWindow, code: str) -> None:
    if code == saved_language():
        return
    save_language(code)
    QMessageBox.information(window, QCoreApplication.translate("Language", "Language"), QCoreApplication.translate(
        "Language", "Trainer Coach will use the new language the next time it starts."))
