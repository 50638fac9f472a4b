"""The main views in Greek and Chinese: translated, with every label, button, check box and tab wide enough for
its words (Greek runs longer than English; a cut-off word is the first thing a person notices)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from tests.core.test_team_roles import team_server  # noqa: F401 - a fixture
from tests.gui.conftest import settle
from trainercoach import i18n, paths
from trainercoach.gui.dialogs.candidate_dialog import CandidateDialog
from trainercoach.gui.main_window import MainWindow
from trainercoach.services import Coach

ROOT = Path(__file__).resolve().parents[2]
SLACK = 2  # pixels: rounding between font metrics and layout


@pytest.fixture(scope="module", autouse=True)
def built_translations() -> None:
    """The .qm files are built from the .ts sources (tools/dev.py does it before the tests; a direct pytest
    run may not have)."""
    tool = ROOT / "tools" / "translations.py"
    if subprocess.call([sys.executable, str(tool), "check"], stdout=subprocess.DEVNULL):
        subprocess.run([sys.executable, str(tool), "build"], check=True)


@pytest.fixture(params=["el", "zh_CN"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app's and Qt's translators for one language, removed afterwards so other tests stay in English."""
    code = request.param
    translators = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("trainercoach", str(paths.resource("translations")))):
        translator = QTranslator()
        if translator.load(f"{name}_{code}", folder):
            qapp.installTranslator(translator)
            translators.append(translator)
    assert translators and translators[-1].filePath().endswith(f"trainercoach_{code}.qm")
    before_lang, before_locale = i18n.language(), QLocale()
    i18n.set_language(code)
    QLocale.setDefault(QLocale(code))
    yield code
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.set_language(before_lang)
    QLocale.setDefault(before_locale)


@pytest.fixture
def demo_coach(tmp_path: Path, lang: str) -> Iterator[Coach]:
    from trainercoach.demo import write_demo

    write_demo(tmp_path / "demo.sqlite3", lang=lang)
    coach = Coach.open(tmp_path / "demo.sqlite3", actor="lead")
    yield coach
    coach.close()


def _plain(text: str) -> str:
    """What is drawn: the accelerator's & is not, a doubled && is one &."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def cut_off(root: QWidget) -> list[str]:
    """Every visible label, button, check box and tab under ``root`` whose words do not fit."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or widget.wordWrap() or widget.textFormat() == 1 or "<" in text or "\n" in text:
                continue
            need = widget.fontMetrics().horizontalAdvance(_plain(text))
            have = widget.contentsRect().width() - 2 * widget.margin() - 2 * widget.indent() \
                if widget.indent() > 0 else widget.contentsRect().width() - 2 * widget.margin()
            if need > have + SLACK:
                found.append(f"{name}: {text!r} needs {need}px, has {have}px")
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton | QToolButton):
            button: QAbstractButton = widget
            if not button.text():
                continue
            if button.sizeHint().width() > button.width() + SLACK:
                found.append(f"{name}: {button.text()!r} needs {button.sizeHint().width()}px, has {button.width()}px")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                text = _plain(widget.tabText(index))
                need = widget.fontMetrics().horizontalAdvance(text)
                have = widget.tabRect(index).width()
                if need > have + SLACK:
                    found.append(f"tab {text!r} needs {need}px, has {have}px")
    return found


def english_left(root: QWidget) -> list[str]:
    """Visible labels and buttons that are still the English source: nothing translated them."""
    words = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        text = widget.text()
        if widget.isVisibleTo(root) and text and any("a" <= c.lower() <= "z" for c in text) and \
                QCoreApplication.translate("", text) == text and _plain(text).isascii() and \
                len(_plain(text).split()) >= 2 and not any(ch.isdigit() for ch in text):
            words.append(text)
    return words


def test_main_views_fit_their_words(qtbot, demo_coach: Coach, lang: str) -> None:
    window = MainWindow(demo_coach)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    settle(qtbot)
    # Translated, or this test would pass by measuring English.
    assert window.ui.navigation.item(0).text() == {"el": "Πίνακας ελέγχου", "zh_CN": "概览"}[lang]
    assert window.ui.menuFile.title() != "&File"
    problems = []
    for index in range(window.ui.pages.count()):
        window.show_page(index)
        settle(qtbot)
        qtbot.wait(50)
        page = window.ui.pages.currentWidget()
        problems += [f"page {index}: {p}" for p in cut_off(page)]
        problems += [f"page {index}: left in English: {w!r}" for w in english_left(page)]
    problems += cut_off(window.ui.toolBar) if hasattr(window.ui, "toolBar") else []
    assert not problems, "\n".join(problems)


def test_candidate_dialog_fits_its_words(qtbot, demo_coach: Coach, lang: str) -> None:
    candidate = next(c for c in demo_coach.candidates.list() if c.mentor_name)
    dialog = CandidateDialog(demo_coach, candidate.id)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 760)
    dialog.show()
    settle(qtbot)
    problems = []
    for index in range(dialog.ui.tabs.count()):
        dialog.ui.tabs.setCurrentIndex(index)
        settle(qtbot)
        qtbot.wait(50)
        problems += [f"tab {index}: {p}" for p in cut_off(dialog)]
    assert not problems, "\n".join(problems)


def test_a_label_that_does_not_fit_is_noticed(qtbot, lang: str) -> None:
    """The measure above can fail: a Greek label squeezed into 40 pixels is reported."""
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel("Αξιολόγηση εκπαιδευτή 培训师评估", holder)
    label.setGeometry(0, 0, 40, 20)
    holder.show()
    assert cut_off(holder)


def test_language_choice_order_and_menu(qtbot, coach) -> None:
    """--lang first, then the settings (Edit ▸ Language), then the system's."""
    from trainercoach.gui.language import choose_language, save_language, saved_language

    system = i18n.normalise(QLocale.system().name())
    assert choose_language(None) == system
    save_language("el")
    assert saved_language() == "el" and choose_language(None) == "el"
    assert choose_language("zh_CN") == "zh_CN"
    save_language("")
    assert choose_language(None) == system
    window = MainWindow(coach)
    qtbot.addWidget(window)
    menu = window.ui.menuEdit.findChild(type(window.ui.menuEdit), "menuLanguage")
    assert menu is not None
    labels = [a.text() for a in menu.actions()]
    assert labels[1:] == ["English", "Ελληνικά", "简体中文"]
    assert [a.isChecked() for a in menu.actions()] == [True, False, False, False]


def _dialogs(coach: Coach) -> dict[str, QWidget]:
    from trainercoach.gui.dialogs.batch_export_dialog import BatchExportDialog
    from trainercoach.gui.dialogs.certification_dialog import CertificationDialog
    from trainercoach.gui.dialogs.comprehension_dialog import ComprehensionDialog
    from trainercoach.gui.dialogs.feedback_entry_dialog import FeedbackEntryDialog
    from trainercoach.gui.dialogs.import_dialog import ImportFeedbackDialog
    from trainercoach.gui.dialogs.observation_dialog import ObservationDialog
    from trainercoach.gui.dialogs.people_dialog import PeopleDialog
    from trainercoach.gui.dialogs.readiness_rule_dialog import ReadinessRuleDialog
    from trainercoach.gui.dialogs.rubric_dialog import RubricDialog
    from trainercoach.gui.dialogs.session_dialog import SessionDialog
    from trainercoach.gui.dialogs.stages_dialog import StagesDialog
    from trainercoach.gui.dialogs.weights_dialog import WeightsDialog

    candidate = next(c for c in coach.candidates.list() if c.mentor_name)
    delivery = next(d for d in coach.deliveries.list() if d.observations)
    return {
        "session": SessionDialog(coach, delivery.id), "new session": SessionDialog(coach),
        "observation": ObservationDialog(coach, delivery.id), "feedback entry": FeedbackEntryDialog(coach, delivery.id),
        "import": ImportFeedbackDialog(coach, delivery.id), "comprehension": ComprehensionDialog(coach, delivery.id),
        "certification": CertificationDialog(coach, candidate.id), "readiness rule": ReadinessRuleDialog(coach),
        "weights": WeightsDialog(coach), "stages": StagesDialog(coach), "people": PeopleDialog(coach),
        "rubric": RubricDialog(coach), "batch export": BatchExportDialog(coach),
    }


def test_dialogs_fit_their_words(qtbot, demo_coach: Coach, lang: str) -> None:
    problems = []
    for name, dialog in _dialogs(demo_coach).items():
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot)
        qtbot.wait(20)
        problems += [f"{name}: {p}" for p in cut_off(dialog)]
        problems += [f"{name}: left in English: {w!r}" for w in english_left(dialog)]
        dialog.hide()
    assert not problems, "\n".join(problems)


def test_team_dialogs_fit_their_words(qtbot, team_server, lang: str, when_dialog_opens) -> None:  # noqa: F811
    """What only a team server shows: the People dialog's access box, and the question after a conflict."""
    from PySide6.QtWidgets import QMessageBox

    from trainercoach.errors import Conflict
    from trainercoach.gui.dialogs import conflict_dialog
    from trainercoach.gui.dialogs.people_dialog import PeopleDialog

    lena = team_server.coach("lena")
    try:
        people = PeopleDialog(lena)
        qtbot.addWidget(people)
        people.show()
        settle(qtbot)
        assert not people.ui.accessBox.isHidden()
        people.select_person(lena.people.add("Μαρία Κ. 玛丽亚", role="trainer"))
        people.ui.loginEdit.setText("Not A Login!")
        people.grant()  # refused: the message beside the fields, from the core, in the language and fitting
        assert people.ui.accessErrorLabel.isVisibleTo(people) and not people.ui.accessErrorLabel.text().isascii()
        problems = cut_off(people) + [f"left in English: {w!r}" for w in english_left(people)]
        seen: list[QMessageBox] = []

        def look(box: QMessageBox) -> None:
            problems.extend(cut_off(box) + [f"left in English: {w!r}" for w in english_left(box)])
            seen.append(box)
            box.defaultButton().click()

        when_dialog_opens(look)
        conflict_dialog.ask(people, Conflict("changed", {"team": ("Billing", "Τιμολόγηση 账单")}), {"team": "Team"})
        assert seen and not problems, "\n".join(problems)
    finally:
        from trainercoach.gui.workers import wait_for_workers

        wait_for_workers()
        lena.close()
