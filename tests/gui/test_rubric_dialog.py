"""The rubric editor: a revision is a new version, and observations keep the one they were scored with."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.conftest import type_text
from trainercoach.gui.dialogs.rubric_dialog import RubricDialog
from trainercoach.records.observations import ActionItemForm, ObservationForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm


def observed_session(coach, days_ago: int = 1, due: date | None = None) -> tuple[int, int, int]:
    candidate = coach.candidates.add(CandidateForm(name="Ελένη Παπαδοπούλου"))
    observer = coach.people.add("王静", role="lead")
    session = coach.deliveries.add(DeliveryForm(
        candidate_id=candidate, topic="退款流程", observer_ids=[observer],
        starts_at=datetime.now().replace(microsecond=0) - timedelta(days=days_ago)))
    rubric = coach.rubrics.latest()
    items = [ActionItemForm("Ασκήσεις με ερωτήσεις", due_on=due)] if due else []
    observation = coach.observations.save(ObservationForm(
        session, observer, rubric.id, {rubric.criteria[0].id: 4, rubric.criteria[1].id: 2}, action_items=items))
    return candidate, session, observation


def test_revising_a_rubric_makes_version_2_and_the_old_observation_keeps_version_1(qtbot, coach) -> None:
    _, session, observation = observed_session(coach)
    version_1 = coach.rubrics.latest()
    dialog = RubricDialog(coach)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Saving makes version 2" in dialog.ui.versionInfoLabel.text()
    assert "keep version 1" in dialog.ui.versionInfoLabel.text()
    assert dialog.ui.criteriaList.count() == len(version_1.criteria)

    dialog.ui.criteriaList.setCurrentRow(2)
    dialog.ui.titleEdit.selectAll()
    type_text(dialog.ui.titleEdit, "Σαφήνεια · 清晰")
    dialog.ui.weightSpin.setValue(2.0)
    dialog.ui.anchor5Edit.clear()
    type_text(dialog.ui.anchor5Edit, "Κάθε έννοια με παράδειγμα")
    dialog.ui.upButton.click()  # now second
    dialog.ui.addCriterionButton.click()
    type_text(dialog.ui.titleEdit, "Inclusive language")
    type_text(dialog.ui.anchor3Edit, "Mostly inclusive")
    type_text(dialog.ui.noteEdit, "Clarity first")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted

    version_2 = coach.rubrics.latest()
    assert (version_2.number, version_2.note) == (2, "Clarity first")
    titles = [c.title for c in version_2.criteria]
    assert titles[1] == "Σαφήνεια · 清晰" and titles[-1] == "Inclusive language"
    assert version_2.criteria[1].weight == 2.0 and version_2.criteria[1].anchors[5] == "Κάθε έννοια με παράδειγμα"
    assert version_2.criteria[-1].anchors == {3: "Mostly inclusive"}
    # The observation made before still reads version 1, with version 1's criteria.
    form = coach.observations.get(observation).form
    assert form.rubric_version_id == version_1.id
    assert coach.rubrics.version(form.rubric_version_id).criteria[2].title == version_1.criteria[2].title
    assert coach.observations.for_delivery(session)[0].rubric_version_id == version_1.id


def test_a_criterion_without_a_title_is_refused_and_no_version_written(qtbot, coach) -> None:
    dialog = RubricDialog(coach)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.addCriterionButton.click()
    dialog.save()
    assert dialog.isVisible()
    assert dialog.ui.criterionError.isVisible() and "title" in dialog.ui.criterionError.text()
    assert coach.rubrics.latest().number == 1
