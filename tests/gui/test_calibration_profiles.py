"""Issue 19 in the windows, driven through pytest-qt: the lead types reference scores in their dialog and the
page measures bias against them; everyday co-observation and observer profiles on the Calibration page; the
threshold saved from the page makes the dashboard name an observer and, raised, stop naming them; a
candidate's rubric averages beside the same adjusted for observer leniency, only when asked for. Grabs of the
page and the dashboard (three languages) are kept where CALIBRATION_GRABS says, to be looked at."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from tests.gui.conftest import in_language, settle
from trainercoach.gui.dialogs.calibration_dialogs import ReferenceDialog
from trainercoach.gui.main_window import MainWindow
from trainercoach.records.calibration import ExerciseForm, TargetForm
from trainercoach.records.observations import ObservationForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm, Coach

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


def build(coach: Coach) -> tuple[int, int, int, int]:
    """Two observers: Ana one point above Ben on three co-observed sessions this quarter and on a closed
    exercise of three recordings; a candidate, Νίκος."""
    coach.rubrics.install_default()
    version = coach.rubrics.latest()
    ana = coach.people.add("Ana Lenient", role="trainer")
    ben = coach.people.add("Ben 本", role="trainer")
    candidate = coach.candidates.add(CandidateForm(name="Νίκος Παππάς"))
    now = datetime.now().replace(microsecond=0)
    for day in range(3):
        delivery = coach.deliveries.add(DeliveryForm(candidate, starts_at=now - timedelta(hours=day + 2),
                                                     topic=f"Refunds <&> {day}"))
        for person, score in ((ana, 4), (ben, 3)):
            coach.observations.save(ObservationForm(delivery, person, version.id,
                                                    scores={c.id: score for c in version.criteria}))
    exercise = coach.calibration.create(ExerciseForm("Μάρτιος 三月", version.id, [ana, ben], [
        TargetForm(f"Recording {i}", recording_link=f"https://v.example/{i}") for i in (1, 2, 3)]))
    view = coach.calibration.view(exercise)
    for person, lift in ((ana, 1), (ben, 0)):
        coach.calibration.score(exercise, person, {(t, c): 2 + (i + j) % 3 + lift
                                                   for i, (t, _n) in enumerate(view.targets)
                                                   for j, (c, _m) in enumerate(view.criteria)})
    coach.calibration.close(exercise)
    return ana, ben, candidate, exercise


def open_window(qtbot, coach: Coach) -> MainWindow:
    window = MainWindow(coach)
    qtbot.addWidget(window)
    window.show()
    window.resize(1400, 1000)
    return window


def test_reference_scores_typed_in_their_dialog_become_the_yardstick(qtbot, coach: Coach,
                                                                     when_dialog_opens) -> None:
    _ana, _ben, _candidate, exercise = build(coach)
    window = open_window(qtbot, coach)
    window.ui.actionCalibration.trigger()
    settle(qtbot)
    page = window.calibration
    assert page.matrix.columnCount() == 2 and "other observers" in page.heat_hint.text()

    def type_reference(dialog: ReferenceDialog) -> None:
        table, model = dialog.table, dialog.model
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                table.setCurrentIndex(model.index(row, col))
                QTest.keyClick(table, Qt.Key.Key_F2)
                (editor,) = [e for e in table.findChildren(QLineEdit) if e.isVisible()]
                QTest.keyClicks(editor, "9" if (row, col) == (0, 0) else "1")  # 9 is not taken
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(type_reference)
    QTest.mouseClick(page.reference_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    references = coach.calibration.view(exercise).references
    criteria = len(coach.calibration.view(exercise).criteria)
    assert len(references) == 3 * criteria - 1 and set(references.values()) == {1}
    assert page.matrix.columnCount() == 3 and page.matrix.headerData(2, Qt.Orientation.Horizontal) == "Reference"
    assert page.matrix.index(1, 2).data() == "1.00"
    assert "reference" in page.heat_hint.text()
    # Against a reference of 1 everyone is lenient.
    assert {r.cells[0]: r.cells[3] for r in page.profiles.rows} == {"Ana Lenient": "lenient", "Ben 本": "lenient"}
    coach.history.undo()
    assert coach.calibration.view(exercise).references == {}
    window.close()


def test_everyday_agreement_profiles_and_the_dashboard_warning(qtbot, coach: Coach) -> None:
    ana, ben, _candidate, _exercise = build(coach)
    window = open_window(qtbot, coach)
    settle(qtbot)
    dashboard = window.dashboard
    assert dashboard.observer_warning.isVisibleTo(window)
    assert "Ana Lenient scores above the consensus" in dashboard.observer_warning.text()
    assert "Ben 本 scores below the consensus" in dashboard.observer_warning.text()

    window.ui.actionCalibration.trigger()
    settle(qtbot)
    page = window.calibration
    everyday = page.everyday
    assert everyday.figures_view.isVisibleTo(page) and not everyday.empty.isVisibleTo(page)
    assert everyday.deviations.index(everyday.deviations.rowCount() - 1, 0).data() == "+1.00"
    figures = {r.cells[0]: r.cells[1] for r in page.figures.rows}
    assert "not meaningful with so few targets" in figures["Krippendorff's alpha, interval"]  # three recordings
    section = page.profiles_section
    rows = {r.cells[0]: r.cells for r in section.profiles.rows}
    assert set(rows) == {"Ana Lenient", "Ben 本"} and rows["Ana Lenient"][2] == "6"  # 3 sessions + 3 recordings
    assert section.flagged_note.text() == "Named on the dashboard now: Ana Lenient, Ben 本."

    section.threshold.setValue(1.5)  # the lead raises the threshold above every bias
    QTest.mouseClick(section.save_threshold, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert coach.observer_profiles.threshold() == 1.5
    assert section.flagged_note.text() == "No observer's latest quarter is beyond 1.50 points."
    window.ui.actionDashboard.trigger()
    settle(qtbot)
    assert not dashboard.observer_warning.isVisibleTo(window)
    coach.history.undo()  # the threshold back at 0.5: named again
    window.dashboard.refresh()
    settle(qtbot)
    assert dashboard.observer_warning.isVisibleTo(window) and "Ana Lenient" in dashboard.observer_warning.text()
    window.close()


def test_adjusted_averages_only_when_asked_and_beside_the_raw_ones(qtbot, coach: Coach) -> None:
    from trainercoach.gui.dialogs.candidate_dialog import CandidateDialog

    ana, ben, candidate, _exercise = build(coach)
    window = open_window(qtbot, coach)
    dialog = CandidateDialog(coach, candidate, parent=window)
    qtbot.addWidget(dialog)
    dialog.show_effectiveness()
    panel = dialog.effectiveness
    assert not panel.adjusted_view.isVisibleTo(panel)
    panel.adjusted_box.click()
    assert panel.adjusted_view.isVisibleTo(panel) and "estimated bias" in panel.adjusted_hint.text()
    found = coach.observer_profiles.adjusted(candidate)
    last = panel.adjusted.rows[-1].cells
    assert last[0] == "All criteria" and last[1] == f"{found.overall.raw:.2f} ({found.overall.n})"
    assert last[1].startswith("3.50") and last[2] == f"{found.overall.adjusted:.2f}"
    panel.adjusted_box.click()
    assert not panel.adjusted_view.isVisibleTo(panel)


@pytest.mark.parametrize("code", ["en", "el", "zh_CN"])
def test_the_page_and_the_dashboard_in_three_languages(qtbot, coach: Coach, code: str, tmp_path: Path) -> None:
    from tests.gui.test_translations_fit import cut_off, english_left

    build(coach)
    folder = Path(os.environ.get("CALIBRATION_GRABS", tmp_path))
    with in_language(code):
        window = open_window(qtbot, coach)
        settle(qtbot)
        assert window.dashboard.observer_warning.isVisibleTo(window)
        window.dashboard.grab().save(str(folder / f"dashboard-warning-{code}.png"))
        window.ui.actionCalibration.trigger()
        settle(qtbot)
        page = window.calibration
        assert cut_off(page) == []
        if code != "en":
            assert english_left(page) == [] and english_left(window.dashboard) == []
        qtbot.wait(200)  # the layout settles after the tables fit their rows, as it does before a person looks
        page.widget().grab().save(str(folder / f"calibration-profiles-{code}.png"))
        window.close()
