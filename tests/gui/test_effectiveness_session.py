"""The session page's Effectiveness section shows the service's own figures, and the composite's weights
can be changed from it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.effectiveness_helpers import hand_built
from tests.gui.test_sessions import make_window, safely
from trainercoach.gui.main_window import SESSIONS
from trainercoach.gui.models.effectiveness_models import estimate_text


def open_session(qtbot, coach, session: int):
    window = make_window(qtbot, coach)
    window.show_page(SESSIONS)
    window.sessions.open_session(session)
    return window, window.sessions.page.effectiveness


def cells(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_the_section_shows_what_the_service_computes(qtbot, coach) -> None:
    _, session = hand_built(coach)
    expected = coach.effectiveness.session(session)
    _, section = open_session(qtbot, coach, session)

    # Rubric: criteria down, the two observers across, their weighted averages in the last row.
    rubric = section.rubric
    assert [rubric.headerData(c, Qt.Orientation.Horizontal) for c in range(rubric.columnCount())][2:4] == \
        ["Anna Lead", "Γιώργος Παπάς"]
    assert rubric.rowCount() == len(expected.criteria) + 1
    assert cells(rubric, 0)[2:5] == ["3", "5", "4.00"]
    last = cells(rubric, rubric.rowCount() - 1)
    assert last[2:4] == ["3.00", "5.00"]
    # Two observers, 3 and 5: mean 4, t(0.975, 1) = 12.706, sd = 1.414, half width 12.71; clipped to 1-5.
    assert expected.rubric.n == 2 and expected.rubric.mean == 4.0
    assert last[4] == "4.00 (1.00–5.00), n=2" == estimate_text(expected.rubric, 2)
    assert "n=2" in section.rubric_heading.text()

    # Trainee reaction: one row per item, with n, mean and interval as the service gives them.
    overall = expected.item("overall")
    assert overall is not None and overall.estimate.n == 4 and overall.estimate.mean == 4.25
    row = next(r for r in range(section.feedback.rowCount()) if section.feedback.index(r, 0).data() == overall.label)
    shown = cells(section.feedback, row)
    assert shown[2:4] == ["4", "4.2"]  # 4.25 rounds half to even
    assert shown[4] == f"{overall.estimate.low:.1f}–{overall.estimate.high:.1f}"
    assert shown[5] == estimate_text(overall.estimate) == \
        f"4.2 ({overall.estimate.low:.1f}–{overall.estimate.high:.1f}), n=4"
    assert "few answers" in shown[6]  # small n is marked
    clarity = next(r for r in range(section.feedback.rowCount())
                   if section.feedback.index(r, 0).data() == expected.item("clarity").label)
    assert section.feedback.index(clarity, 2).data() == "3"
    assert "40%" in section.response_label.text() and "4 feedback form" in section.response_label.text()

    # Learning: three paired trainees (the one with no before score is left out): 5.0 → 8.0, gain +3,
    # normalised (8 - 5) / (10 - 5) = 0.60.
    learning = cells(section.learning, 0)
    assert learning[1] == "3"
    assert learning[2] == "5.0 → 8.0"
    assert learning[3].startswith("+3.0 (") and learning[3].endswith("n=3")
    assert learning[4] == "0.60"

    # The charts are the builders' figures for this session.
    assert "退款流程" in section.feedback_chart.figure.texts[0].get_text()
    assert section.check_chart.isVisibleTo(section)
    assert "Refund rules" in section.check_chart.figure.texts[0].get_text()


def test_changing_the_weights_in_the_dialog_changes_the_composite(qtbot, coach, when_dialog_opens) -> None:
    _, session = hand_built(coach)
    _, section = open_session(qtbot, coach, session)
    # Default 50/30/20: rubric 4.0 → 75, feedback 4.25 → 81.25, gain 0.6 → 60: 37.5 + 24.375 + 12 = 73.875.
    assert section.composite_label.text().startswith("Composite 74 = 50% rubric + 30% feedback + 20% learning")

    def only_learning(dialog) -> None:
        dialog.ui.rubricSpin.setValue(0)
        dialog.ui.feedbackSpin.setValue(0)
        dialog.ui.gainSpin.setValue(100)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    when_dialog_opens(safely(only_learning))
    section.weights_button.click()
    assert coach.settings.composite_weights().gain == 1.0
    assert section.composite_label.text().startswith("Composite 60 = 0% rubric + 0% feedback + 100% learning")


def test_weights_that_are_all_zero_are_refused_in_words(qtbot, coach) -> None:
    from trainercoach.gui.dialogs.weights_dialog import WeightsDialog

    dialog = WeightsDialog(coach)
    qtbot.addWidget(dialog)
    for spin in (dialog.ui.rubricSpin, dialog.ui.feedbackSpin, dialog.ui.gainSpin):
        spin.setValue(0)
    dialog.save()
    assert dialog.ui.errorLabel.isVisibleTo(dialog) and "at least one" in dialog.ui.errorLabel.text()
    assert coach.settings.composite_weights().rubric == 0.5
