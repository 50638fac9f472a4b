"""Real plurals in English (issue 18.7): "1 candidate", "2 candidates", "1 day in this stage", never "day(s)"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import settle
from trainercoach import i18n
from trainercoach.gui.language import install_translations
from trainercoach.gui.views.candidates_view import CandidatesView
from trainercoach.services import CandidateForm


@pytest.fixture
def english(qapp: QApplication) -> Iterator[str]:
    """The app's own start in English (gui/language.py), undone afterwards."""
    before_lang, before_locale = i18n.language(), QLocale()
    before = set(qapp.findChildren(QTranslator))
    lang = install_translations(qapp, "en")
    added = [t for t in qapp.findChildren(QTranslator) if t not in before]
    yield lang
    for translator in added:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    i18n.set_language(before_lang)
    QLocale.setDefault(before_locale)


def test_counts_read_as_english_plurals(qtbot, coach, english: str) -> None:
    assert english == "en"
    coach.candidates.add(CandidateForm(name="Ana"))
    view = CandidatesView(coach)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot)
    assert view.count_label.text() == "1 candidate"
    coach.candidates.add(CandidateForm(name="Ben"))
    view.refresh()
    settle(qtbot)
    assert view.count_label.text() == "2 candidates"
    translate = QApplication.translate
    assert translate("CardDelegate", "%n day(s) in this stage", "", 1) == "1 day in this stage"
    assert translate("CardDelegate", "%n day(s) in this stage", "", 12) == "12 days in this stage"


def test_no_english_plural_is_left_with_s_in_brackets() -> None:
    """Every numerus message of the windows has an English singular and plural without "(s)"."""
    import xml.etree.ElementTree as ElementTree

    from trainercoach import paths

    root = ElementTree.parse(paths.resource("translations", "trainercoach_en.ts")).getroot()
    forms = [form.text or "" for form in root.iter("numerusform")]
    assert len(forms) >= 40 and not [f for f in forms if "(s)" in f or not f]
