"""A candidate's Effectiveness tab, the readiness rule dialog, awarding a certification, and the board
marking ready candidates."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.conftest import settle, type_text
from tests.gui.effectiveness_helpers import add_session, hand_built, observe
from tests.gui.test_sessions import make_window, safely
from trainercoach.analytics.readiness import ReadinessRule
from trainercoach.gui.dialogs.candidate_dialog import CandidateDialog
from trainercoach.gui.main_window import PIPELINE, PROGRAMME
from trainercoach.gui.models.board_model import READY_ROLE
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.services import CandidateForm


def checklist(dialog: CandidateDialog) -> dict[str, tuple[str, str]]:
    model = dialog.effectiveness.checklist
    return {model.index(r, 1).data(): (model.index(r, 0).data(), model.index(r, 2).data())
            for r in range(model.rowCount())}


def test_the_checklist_follows_a_rule_changed_in_the_rule_dialog(qtbot, coach, when_dialog_opens) -> None:
    candidate, _ = hand_built(coach)
    window = make_window(qtbot, coach)
    dialog = CandidateDialog(coach, candidate, parent=window)
    qtbot.addWidget(dialog)
    dialog.show_effectiveness()
    before = checklist(dialog)
    assert before["At least 3 observed practice deliveries"] == ("✗", "1 observed")
    assert "Ready for certification" not in dialog.effectiveness.banner.text()

    def one_delivery(rule_dialog) -> None:
        ui = rule_dialog.ui
        ui.minObservedSpin.setValue(1)
        ui.lastSessionsSpin.setValue(1)
        ui.rubricThresholdSpin.setValue(3.5)
        ui.feedbackThresholdSpin.setValue(4.0)
        ui.feedbackMinAnswersSpin.setValue(4)
        ui.requireSignoffCheck.setChecked(False)
        assert "at least 1 practice delivery has been observed" in ui.previewLabel.text()
        assert "no mentor sign-off" in ui.previewLabel.text()
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    when_dialog_opens(safely(one_delivery))
    window.ui.actionReadinessRule.trigger()
    assert coach.settings.readiness_rule() == ReadinessRule(1, 1, 3.5, 4.0, 4, False)
    dialog.effectiveness.reload()
    after = checklist(dialog)
    assert after["At least 1 observed practice deliveries"] == ("✓", "1 observed")
    assert after["The last 1 rubric averages at or above 3.5"][0] == "✓"
    assert after["Overall feedback at or above 4 from at least 4 answers"][0] == "✓"
    assert "Mentor sign-off" not in after
    assert "Ready for certification" in dialog.effectiveness.banner.text()


def test_the_rule_dialog_shows_refusals(qtbot, coach, monkeypatch) -> None:
    from trainercoach.errors import ValidationError
    from trainercoach.gui.dialogs.readiness_rule_dialog import ReadinessRuleDialog

    dialog = ReadinessRuleDialog(coach)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(coach.settings, "set_readiness_rule", lambda rule: (_ for _ in ()).throw(
        ValidationError({"min_observed": "Too many.", "other": "Something else."})))
    dialog.save()
    assert dialog.ui.minObservedError.text() == "Too many." and dialog.ui.minObservedError.isVisibleTo(dialog)
    assert dialog.ui.errorLabel.text() == "Something else."


def test_sign_off_is_saved_and_withdrawn_from_the_tab(qtbot, coach) -> None:
    candidate, _ = hand_built(coach)
    dialog = CandidateDialog(coach, candidate)
    qtbot.addWidget(dialog)
    dialog.show_effectiveness()
    panel = dialog.effectiveness
    assert checklist(dialog)["Mentor sign-off"][0] == "✗"
    panel.signoff_button.click()
    assert candidate in coach.certification.sign_offs()
    assert checklist(dialog)["Mentor sign-off"][0] == "✓"
    assert panel.signoff_button.text() == "Withdraw mentor sign-off"
    assert dialog.changed_elsewhere
    panel.signoff_button.click()
    assert candidate not in coach.certification.sign_offs()


def test_an_award_made_in_the_dialog_is_in_the_matrix_and_renewals(qtbot, coach, when_dialog_opens) -> None:
    candidate, session = hand_built(coach)
    other = add_session(coach, candidate, "Escalations", days_ago=10)
    window = make_window(qtbot, coach)
    dialog = CandidateDialog(coach, candidate, parent=window)
    qtbot.addWidget(dialog)
    dialog.show_effectiveness()
    panel = dialog.effectiveness
    renew_by = date.today() + timedelta(days=30)

    def award(cert) -> None:
        ui = cert.ui
        assert ui.topicCombo.findText("Escalations") >= 0  # the candidate's own session topics are offered
        assert ui.renewalEdit.date() == QDate.currentDate().addYears(2)
        ui.topicCombo.setEditText("")
        type_text(ui.topicCombo.lineEdit(), "退款流程 — Επιστροφές")
        ui.levelCombo.setCurrentIndex(ui.levelCombo.findData("intermediate"))
        ui.renewalEdit.setDate(QDate(renew_by.year, renew_by.month, renew_by.day))
        type_text(ui.evidenceEdit, "Two observers, strong feedback")
        cert.set_evidence([session])
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    when_dialog_opens(safely(award))
    panel.award_button.click()
    [record] = coach.certification.list(candidate)
    assert (record.topic, record.level, record.renewal_due, record.delivery_ids) == (
        "退款流程 — Επιστροφές", "intermediate", renew_by, [session])
    assert other not in record.delivery_ids
    assert panel.certifications.rowCount() == 1
    assert panel.certifications.index(0, 1).data() == "Intermediate"

    dialog.reject()
    window.refresh_all()
    window.show_page(PROGRAMME)
    page = window.programme
    qtbot.waitUntil(lambda: page.data is not None and not page.busy, timeout=15_000)
    matrix = page.matrix
    assert matrix.headerData(0, Qt.Orientation.Horizontal) == "退款流程 — Επιστροφές"
    assert matrix.headerData(0, Qt.Orientation.Vertical) == "王静"
    assert matrix.index(0, 0).data() == "Intermediate"
    assert page.renewals.rowCount() == 1
    assert page.renewals.index(0, 0).data() == "王静"
    assert page.renewals.index(0, 4).data() == "in 30 days"


def test_a_refused_award_is_explained_and_nothing_is_saved(qtbot, coach) -> None:
    from trainercoach.gui.dialogs.certification_dialog import CertificationDialog

    candidate, _ = hand_built(coach)
    dialog = CertificationDialog(coach, candidate)
    qtbot.addWidget(dialog)
    dialog.ui.topicCombo.setEditText("   ")
    dialog.save()
    assert dialog.ui.topicError.isVisibleTo(dialog) and "topic" in dialog.ui.topicError.text()
    assert coach.certification.list(candidate) == []


def test_the_board_marks_a_ready_candidate(qtbot, coach) -> None:
    coach.settings.set_readiness_rule(ReadinessRule(min_observed=1, last_sessions=1, feedback_min_answers=1))
    ready = coach.candidates.add(CandidateForm(name="Ελένη Ready"))
    waiting = coach.candidates.add(CandidateForm(name="王芳"))
    lead = coach.people.add("Anna Lead", role="lead")
    for candidate, score in ((ready, 5), (waiting, 2)):
        session = add_session(coach, candidate, "Refunds", observer_ids=[lead])
        observe(coach, session, lead, score)
        coach.feedback.add_response(session, FeedbackEntry({"overall": 5}))
        coach.certification.sign_off(candidate)
    window = make_window(qtbot, coach)
    window.show_page(PIPELINE)
    board = window.board
    settle(qtbot)  # the board reads its cards in a worker
    marks = {}
    for candidate in (ready, waiting):
        column = board.column_of(candidate)
        assert column is not None
        index = column.model.index(column.model.row_of(candidate))
        marks[candidate] = index.data(READY_ROLE)
        assert ("Ready for certification" in index.data(Qt.ItemDataRole.ToolTipRole)) == marks[candidate]
    assert marks == {ready: True, waiting: False}
    column = board.column_of(ready)
    assert column is not None
    column.view.grab()  # the delegate paints the badge without error
