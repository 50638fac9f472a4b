"""The core's words as the window shows them: Edit ▸ Undo names the action in the interface's language (read
when the menu is drawn, not when the action was done), and a stored value reads the same on screen as in the
session's PDF."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from tests.gui.test_sessions import add_session, make_window, settle
from trainercoach import i18n, paths
from trainercoach.gui.main_window import SESSIONS
from trainercoach.reports.session_report import write_session_report
from trainercoach.services import CandidateForm
from trainercoach.services.observations import ObservationForm

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def built_translations() -> None:
    tool = ROOT / "tools" / "translations.py"
    if subprocess.call([sys.executable, str(tool), "check"], stdout=subprocess.DEVNULL):
        subprocess.run([sys.executable, str(tool), "build"], check=True)


@contextmanager
def interface_in(qapp: QApplication, code: str) -> Iterator[None]:
    """The app's and Qt's translators and the core's language, as gui/language.py sets them at start;
    English again afterwards."""
    translators = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("trainercoach", str(paths.resource("translations")))):
        translator = QTranslator()
        if translator.load(f"{name}_{code}", folder):
            qapp.installTranslator(translator)
            translators.append(translator)
    assert code == "en" or translators[-1].filePath().endswith(f"trainercoach_{code}.qm")
    before_lang, before_locale = i18n.language(), QLocale()
    i18n.set_language(code)
    QLocale.setDefault(QLocale(code))
    try:
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        i18n.set_language(before_lang)
        QLocale.setDefault(before_locale)


def test_the_undo_action_names_the_change_in_the_interface_s_language(qtbot, qapp, coach) -> None:
    candidate = coach.candidates.add(CandidateForm(name="Μαρία"))
    with interface_in(qapp, "el"):
        window = make_window(qtbot, coach)
        coach.milestones.set(candidate, "guided_practice", "in_progress")  # a service call: one undoable change
        menu = window.tr("&Undo {label}")
        assert menu != "&Undo {label}"  # the window's own words are Greek too
        assert window.ui.actionUndo.text() == menu.format(label="Επεξεργασία ορόσημου")
    # English from here on: the label pushed in Greek is read again when the menu is next drawn.
    with interface_in(qapp, "en"):
        window.undo()
        assert window.ui.actionRedo.text() == "&Redo Edit milestone"
        assert window.ui.actionUndo.text() == "&Undo Add Μαρία"
        assert window.statusBar().currentMessage() == "Undone: Edit milestone"
    window.close()


@pytest.mark.parametrize("lang", ["en", "el"])
def test_a_stored_value_reads_the_same_on_screen_and_in_the_pdf(qtbot, qapp, coach, tmp_path: Path,
                                                                  lang: str) -> None:
    from pypdf import PdfReader

    candidate = coach.candidates.add(CandidateForm(name="王静"))
    observer = coach.people.add("Γιώργος", role="lead")
    session = add_session(coach, candidate, "Refunds", observer_ids=[observer], method="online",
                          audience="existing")
    rubric = coach.rubrics.latest()
    coach.observations.save(ObservationForm(session, observer, rubric.id, {rubric.criteria[0].id: 4},
                                            recommendation="practice_more"))
    with interface_in(qapp, lang):
        window = make_window(qtbot, coach)
        window.show_page(SESSIONS)
        view = window.sessions
        settle(qtbot, view)
        view.open_session(session)
        page = view.page
        on_screen = [page.observations.index(0, 4).data(), page.fields["method"].text(),
                     page.fields["audience"].text()]
        pdf = write_session_report(coach.reports.session_report(session, lang=lang), tmp_path / "session.pdf")
        window.close()
    printed = "".join("".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    expected = {"en": ["Practise more", "Online / self-paced", "Existing agents"],
                "el": [i18n.text(w, "el") for w in ("Practise more", "Online / self-paced", "Existing agents")]}
    assert on_screen == expected[lang]
    for word in on_screen:
        assert "".join(word.split()) in printed, (word, printed[:400])
