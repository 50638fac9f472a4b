"""Scoring an observation with the keyboard, as an observer at the back of the room would."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.gui.conftest import settle, type_text
from tests.gui.test_sessions import make_window, safely
from trainercoach.gui.dialogs.observation_dialog import ObservationDialog
from trainercoach.gui.main_window import SESSIONS
from trainercoach.records.rubrics import CriterionRecord
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm
from trainercoach.services.observations import weighted_average


def setup_session(coach) -> tuple[int, int, int]:
    candidate = coach.candidates.add(CandidateForm(name="王静"))
    observer = coach.people.add("Γιώργος Παπαδάκης", role="lead")
    session = coach.deliveries.add(DeliveryForm(
        candidate_id=candidate, topic="Επιστροφές χρημάτων 退款", observer_ids=[observer],
        starts_at=datetime.now().replace(microsecond=0) - timedelta(days=1)))
    return candidate, observer, session


def save(qtbot, dialog: ObservationDialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_score_every_criterion_with_the_keyboard_and_save(qtbot, coach, when_dialog_opens) -> None:
    candidate, observer, session = setup_session(coach)
    rubric = coach.rubrics.latest()
    keys = [Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_5, Qt.Key.Key_0, Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_N,
            Qt.Key.Key_5]
    assert len(rubric.criteria) == len(keys)
    window = make_window(qtbot, coach)
    window.show_page(SESSIONS)
    window.sessions.select(session)
    seen: dict[str, object] = {}

    def score(dialog: ObservationDialog) -> None:
        ui = dialog.ui
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        assert ui.observerCombo.currentData() == observer  # the session's observer is proposed
        assert "version 1" in ui.rubricVersionLabel.text()
        ui.criteriaView.setFocus()
        # The anchors of the current criterion are in view, every level of them.
        first = rubric.criteria[0]
        assert first.anchors[5][:30] in ui.anchorsBrowser.toPlainText()
        for key in keys[:2]:
            qtbot.keyClick(ui.criteriaView, key)
        qtbot.keyClick(ui.criteriaView, Qt.Key.Key_Up)  # back to the second criterion: its chosen level shows
        assert dialog.current_row() == 1
        assert "▶ 3" in ui.anchorsBrowser.toPlainText()
        type_text(ui.criterionNoteEdit, "Σωστά βήματα, 清楚")
        ui.criteriaView.setFocus()
        qtbot.keyClick(ui.criteriaView, Qt.Key.Key_3)  # the same score again moves on
        for key in keys[2:]:
            qtbot.keyClick(ui.criteriaView, key)
        seen["average"] = ui.averageLabel.text()
        ui.tabs.setCurrentWidget(ui.summaryTab)
        type_text(ui.strengthsEdit, "Καθαρή δομή · 结构清晰")
        type_text(ui.improvementsEdit, "Check understanding more often")
        ui.recommendationCombo.setCurrentIndex(ui.recommendationCombo.findData("practice_more"))
        qtbot.mouseClick(ui.addActionButton, Qt.MouseButton.LeftButton)
        editor = QApplication.focusWidget()
        assert editor is ui.actionItemsView.indexWidget(ui.actionItemsView.currentIndex())  # typing goes to the cell
        type_text(editor, "Πρακτική με ερωτήσεις · 练习提问")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        save(qtbot, dialog)

    when_dialog_opens(safely(score))
    window.ui.actionObserve.trigger()

    [row] = coach.observations.for_delivery(session)
    detail = coach.observations.get(row.id)
    ids = [c.id for c in rubric.criteria]
    expected = dict(zip(ids, [4, 3, 5, None, 2, 4, None, 5], strict=True))
    assert detail.form.scores == expected
    assert detail.form.notes == {ids[1]: "Σωστά βήματα, 清楚"}
    assert detail.form.observer_id == observer
    assert detail.form.rubric_version_id == rubric.id
    assert detail.form.strengths == "Καθαρή δομή · 结构清晰"
    assert detail.form.recommendation == "practice_more"
    weights = {c.id: c.weight for c in rubric.criteria}
    assert row.weighted_average == weighted_average(expected, weights)
    assert f"{row.weighted_average:.2f}" in str(seen["average"])
    [item] = detail.form.action_items
    assert item.text == "Πρακτική με ερωτήσεις · 练习提问"
    assert item.due_on == date.today() + timedelta(days=14)
    assert item.owner_id == coach.candidates.get(candidate).person_id
    # The session page shows it as soon as the list is read again.
    settle(qtbot)
    assert window.sessions.page.observations.rowCount() == 1 or window.sessions.model.row_at(0).observations == 1


def test_nothing_scored_is_refused_beside_the_scores(qtbot, coach) -> None:
    _, _, session = setup_session(coach)
    dialog = ObservationDialog(coach, session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.observerCombo.setCurrentIndex(0)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.observerError.isVisible()
    assert dialog.ui.scoresError.isVisible() and "at least one" in dialog.ui.scoresError.text()
    assert coach.observations.for_delivery(session) == []


def test_an_empty_action_item_is_marked_and_nothing_saved(qtbot, coach) -> None:
    _, _, session = setup_session(coach)
    dialog = ObservationDialog(coach, session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.ui.criteriaView, Qt.Key.Key_4)
    dialog.ui.addActionButton.click()
    save(qtbot, dialog)
    assert dialog.ui.tabs.currentWidget() is dialog.ui.summaryTab
    assert dialog.ui.actionsError.isVisible() and "Action item 1" in dialog.ui.actionsError.text()
    assert coach.observations.for_delivery(session) == []


def test_an_observation_keeps_its_rubric_version_after_a_revision(qtbot, coach) -> None:
    _, observer, session = setup_session(coach)
    dialog = ObservationDialog(coach, session)
    qtbot.addWidget(dialog)
    for _ in range(3):
        qtbot.keyClick(dialog.ui.criteriaView, Qt.Key.Key_5)
    dialog.save()
    [row] = coach.observations.for_delivery(session)
    version_1 = row.rubric_version_id

    latest = coach.rubrics.latest()
    criteria = [CriterionRecord(c.key, c.title + " (revised)", c.description, c.weight, c.anchors)
                for c in latest.criteria[:5]]
    coach.rubrics.revise(latest.rubric_id, criteria, "Shorter")

    again = ObservationDialog(coach, session, row.id)
    qtbot.addWidget(again)
    assert again.rubric.id == version_1 and again.rubric.number == 1
    assert "now at version 2" in again.ui.rubricVersionLabel.text()
    assert again.criteria.rowCount() == 8
    assert not again.criteria.index(0, 1).data().endswith("(revised)")
    again.ui.criteriaView.setFocus()
    qtbot.keyClick(again.ui.criteriaView, Qt.Key.Key_2)  # re-score the first criterion
    again.save()
    assert coach.observations.for_delivery(session)[0].rubric_version_id == version_1
    assert coach.observations.get(row.id).form.scores[latest.criteria[0].id] == 2

    other = coach.people.add("Anna", role="trainer")
    new = ObservationDialog(coach, session)
    qtbot.addWidget(new)
    assert new.rubric.number == 2 and new.criteria.rowCount() == 5
    new.ui.observerCombo.setCurrentIndex(new.ui.observerCombo.findData(other))
    assert observer != other
