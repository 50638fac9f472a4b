"""The windows speak the interface language throughout (issue 18.7): feedback grid headers, numbers beside a spin
box, one date format on a tab, a Greek column header that fits."""

from __future__ import annotations

import re
from datetime import date

from tests.gui.conftest import in_language, settle
from tests.gui.effectiveness_helpers import add_session, hand_built
from trainercoach import i18n
from trainercoach.gui.formats import date_text, datetime_text
from trainercoach.services import CandidateForm

ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


# -- one date format on a tab ---------------------------------------------------------------------------------
def test_the_certification_dates_read_as_the_sessions_beside_them(qtbot, coach) -> None:
    """Greek: the evidence list said "18/11/2026 · topic" under an award date box showing "2026-10-22"."""
    from trainercoach.gui.dialogs.certification_dialog import CertificationDialog

    candidate, _ = hand_built(coach)
    for lang in ("el", "zh_CN"):
        with in_language(lang):
            dialog = CertificationDialog(coach, candidate)
            qtbot.addWidget(dialog)
            dialog.show()
            today = date.today()
            evidence = dialog.sessions.item(0).text()
            assert not ISO.search(evidence)
            assert dialog.ui.awardedOnEdit.text() == date_text(today)
            renewal = dialog.ui.renewalEdit.date()
            assert dialog.ui.renewalEdit.text() == date_text(date(renewal.year(), renewal.month(), renewal.day()))
            dialog.close()


def test_the_session_date_box_writes_the_interface_date(qtbot, coach) -> None:
    from trainercoach.gui.dialogs.session_dialog import SessionDialog

    candidate, session = hand_built(coach)
    starts = coach.deliveries.get(session).form.starts_at
    for lang in ("el", "zh_CN"):
        with in_language(lang):
            dialog = SessionDialog(coach, session)
            qtbot.addWidget(dialog)
            dialog.show()
            assert dialog.ui.startsAtEdit.text() == datetime_text(starts)
            assert not ISO.search(dialog.ui.startsAtEdit.text())
            dialog.close()


def test_the_sign_off_date_in_the_checklist_reads_as_the_certifications_beside_it(qtbot, coach) -> None:
    """The Effectiveness tab's "signed off on 2026-10-22" stood above an award dated 18/11/2026."""
    from trainercoach.gui.dialogs.candidate_dialog import CandidateDialog

    candidate, _ = hand_built(coach)
    coach.certification.sign_off(candidate)
    for lang in ("el", "zh_CN"):
        with in_language(lang):
            dialog = CandidateDialog(coach, candidate)
            qtbot.addWidget(dialog)
            dialog.show_effectiveness()
            model = dialog.effectiveness.checklist
            details = [model.index(r, 2).data() for r in range(model.rowCount())]
            signed = [d for d in details if date_text(date.today()) in d]
            assert signed, details
            assert not [d for d in details if ISO.search(d)], details
            dialog.close()
    # The core writes what Qt writes, without Qt; a PDF (a document) keeps the ISO form it writes throughout.
    for lang in ("el", "zh_CN"):
        with in_language(lang):
            assert i18n.day(date(2026, 11, 8)) == date_text(date(2026, 11, 8))
            with i18n.using(lang):
                assert i18n.day(date(2026, 11, 8)) == "2026-11-08"
    assert i18n.day(date(2026, 11, 8)) == date_text(date(2026, 11, 8)) == "2026-11-08"


# -- numbers beside a spin box -------------------------------------------------------------------------------
def test_the_readiness_rule_in_words_writes_its_numbers_as_the_spin_boxes_do(qtbot, coach) -> None:
    """Greek: the spin box showed "3,50" and the rule in words beneath it "3.5 or more"."""
    from PySide6.QtCore import Qt

    from trainercoach.gui.dialogs.readiness_rule_dialog import ReadinessRuleDialog

    with in_language("el"):
        dialog = ReadinessRuleDialog(coach)
        qtbot.addWidget(dialog)
        dialog.show()
        spin = dialog.ui.rubricThresholdSpin
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, "3,5")
        qtbot.keyClick(spin, Qt.Key.Key_Tab)
        assert spin.text().startswith("3,5") and spin.value() == 3.5
        words = dialog.ui.previewLabel.text()
        assert "3,5 " in words and "3.5" not in words, words
        feedback = dialog.ui.feedbackThresholdSpin
        feedback.setValue(4.25)
        assert "4,25" in dialog.ui.previewLabel.text()
        dialog.close()
    with in_language("zh_CN"):
        dialog = ReadinessRuleDialog(coach)
        qtbot.addWidget(dialog)
        dialog.ui.rubricThresholdSpin.setValue(3.5)
        assert "3.5" in dialog.ui.previewLabel.text()
        dialog.close()


def test_a_criterion_weight_in_the_rubric_list_reads_as_its_spin_box(qtbot, coach) -> None:
    from trainercoach.gui.dialogs.rubric_dialog import RubricDialog

    with in_language("el"):
        dialog = RubricDialog(coach)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.ui.criteriaList.setCurrentRow(0)
        dialog.ui.weightSpin.setValue(1.5)
        assert dialog.ui.weightSpin.text().startswith("1,5")
        shown = dialog.ui.criteriaList.item(0).text()
        assert "×1,5" in shown, shown
        dialog.close()


# -- the paper-form grid's headers ------------------------------------------------------------------------------
def _headers(qtbot, coach, session: int) -> tuple[list[str], list[str]]:
    from PySide6.QtCore import Qt

    from trainercoach.gui.dialogs.feedback_entry_dialog import FeedbackEntryDialog

    dialog = FeedbackEntryDialog(coach, session)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    shown = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount() - 1)]
    tips = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for c in range(model.columnCount() - 1)]
    dialog.close()
    return shown, tips


def test_the_paper_form_headers_speak_the_interface_language(qtbot, coach) -> None:
    """A database created in Chinese, typed into by a Greek lead and an English one: the default questions are
    headed in each one's language ("1. Σαφήνεια", "1. Clarity"), a lead's own question as typed."""
    from trainercoach.services.defaults import localise_defaults

    localise_defaults(coach.db, "zh_CN")
    coach.feedback.add_item("Ο εκπαιδευτής απάντησε στις ερωτήσεις")
    candidate = coach.candidates.add(CandidateForm(name="王静"))
    session = add_session(coach, candidate, "退款流程")
    assert coach.feedback.items()[0].label == "课程内容清晰"  # the database's own words are Chinese
    with in_language("el"):
        shown, tips = _headers(qtbot, coach, session)
    assert shown[0] == "1. Σαφήνεια" and shown[5] == "6. Συνολικά", shown
    assert shown[-1] == "8. Ο εκπαιδευτής…"  # the lead's own question, as typed
    assert tips[0].startswith("Η συνεδρία ήταν σαφής") and tips[-1].startswith("Ο εκπαιδευτής απάντησε")
    assert not [h for h in shown if re.search(r"[\u4e00-\u9fff]|Clarity", h)]
    shown, tips = _headers(qtbot, coach, session)
    assert shown[:2] == ["1. Clarity", "2. Relevance"] and tips[0].startswith("The session was clear")
    assert shown[-1] == "8. Ο εκπαιδευτής…"
    with in_language("zh_CN"):
        shown, _ = _headers(qtbot, coach, session)
    assert shown[0] == "1. 清晰度" and shown[-1] == "8. Ο εκπαιδευτής…", shown


# -- a Greek column header that fits ------------------------------------------------------------------------------
def test_the_candidates_headers_fit_their_words_in_greek(qtbot, coach) -> None:
    """At 1024 and 1280 px wide the Greek list cut "Ημέρες στο στάδιο" to "έρες στο στά"."""
    from PySide6.QtCore import Qt

    from tests.gui.test_sessions import make_window
    from trainercoach.gui.main_window import CANDIDATES
    from trainercoach.gui.views.candidates_view import CandidatesView

    coach.candidates.add(CandidateForm(name="Ελένη Παπαδοπούλου"))
    for width in (1024, 1280):
        with in_language("el"):
            window = make_window(qtbot, coach)
            window.resize(width, 760)
            window.show_page(CANDIDATES)
            settle(qtbot)
            view = window.findChild(CandidatesView)
            header = view.table.horizontalHeader()
            model = view.table.model()
            days = next(c for c in range(header.count())
                        if model.headerData(c, Qt.Orientation.Horizontal) == "Ημέρες στο στάδιο")
            short = [(model.headerData(c, Qt.Orientation.Horizontal), header.sectionSize(c), header.sectionSizeHint(c))
                     for c in range(header.count()) if header.sectionSize(c) < header.sectionSizeHint(c)]
            assert not short, short
            assert header.sectionSize(days) >= header.fontMetrics().horizontalAdvance("Ημέρες στο στάδιο")
            assert model.headerData(days, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == \
                "Ημέρες στο στάδιο"
            window.close()
