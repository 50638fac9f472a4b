"""The pipeline board as a lead uses it: drag a card to the next stage, give the reason, undo it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.gui.conftest import in_language, settle, type_text
from trainercoach.gui.dialogs.stages_dialog import StagesDialog
from trainercoach.gui.main_window import PIPELINE, MainWindow
from trainercoach.gui.views.pipeline_board import PipelineBoard
from trainercoach.services import CandidateForm


def drag_card(board: PipelineBoard, candidate_id: int, stage_id: int) -> None:
    """What a person's drag delivers: the source model's mime data entering, moving over and dropped on
    the target column."""
    source = board.column_of(candidate_id)
    target = board.column_for_stage(stage_id)
    assert source is not None and target is not None
    mime = source.model.mimeData([source.model.index(source.model.row_of(candidate_id))])
    viewport = target.view.viewport()
    at = QPointF(viewport.rect().center())
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(at.toPoint(), Qt.DropAction.MoveAction, mime, buttons, modifiers),
                  QDragMoveEvent(at.toPoint(), Qt.DropAction.MoveAction, mime, buttons, modifiers),
                  QDropEvent(at, Qt.DropAction.MoveAction, mime, buttons, modifiers)):
        QApplication.sendEvent(viewport, event)


def stage_ids(coach) -> list[int]:
    return [s.id for s in coach.pipeline.stages()]


def test_drag_a_card_to_the_next_stage_with_a_reason_then_undo(qtbot, coach, when_dialog_opens) -> None:
    candidate = coach.candidates.add(CandidateForm(name="Ελένη Παπαδοπούλου"))
    first, second = stage_ids(coach)[:2]
    window = MainWindow(coach)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_page(PIPELINE)
    board = window.board
    settle(qtbot)  # the cards are read in a worker
    assert board.column_of(candidate).stage.id == first

    seen: list[str] = []

    def answer(dialog) -> None:
        seen.append(dialog.ui.summaryLabel.text())
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.click()  # no reason yet: refused beside the field, the dialog stays open
        seen.append(dialog.ui.errorLabel.text() if dialog.isVisible() else "closed")
        type_text(dialog.ui.reasonEdit, "Πέρασε τη συνέντευξη <b>& ready</b>")
        ok.click()

    when_dialog_opens(answer)
    drag_card(board, candidate, second)

    assert "Ελένη Παπαδοπούλου" in seen[0]
    assert "reason" in seen[1].lower() or "why" in seen[1].lower()
    detail = coach.candidates.get(candidate)
    assert detail.stage_id == second
    assert detail.timeline[0].reason == "Πέρασε τη συνέντευξη <b>& ready</b>"
    assert detail.timeline[0].moved_by == "Test Lead"
    settle(qtbot)
    assert board.column_of(candidate).stage.id == second
    assert board.column_for_stage(first).model.rowCount() == 0

    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert coach.candidates.get(candidate).stage_id == first
    settle(qtbot)
    assert board.column_of(candidate).stage.id == first
    assert len(coach.candidates.get(candidate).timeline) == 1

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert coach.candidates.get(candidate).stage_id == second


def test_cancelling_the_reason_leaves_the_card_where_it_was(qtbot, coach, when_dialog_opens) -> None:
    candidate = coach.candidates.add(CandidateForm(name="王静"))
    first, second = stage_ids(coach)[:2]
    board = PipelineBoard(coach)
    qtbot.addWidget(board)
    board.show()
    settle(qtbot)
    when_dialog_opens(lambda dialog: dialog.reject())
    drag_card(board, candidate, second)
    assert coach.candidates.get(candidate).stage_id == first
    assert board.column_of(candidate).stage.id == first
    assert len(coach.candidates.get(candidate).timeline) == 1


def test_dropping_on_its_own_column_is_not_a_move(qtbot, coach) -> None:
    candidate = coach.candidates.add(CandidateForm(name="Zoe"))
    board = PipelineBoard(coach)
    qtbot.addWidget(board)
    board.show()
    settle(qtbot)
    moves: list[tuple[int, int]] = []
    for column in board.columns:
        column.view.dropped.connect(lambda c, s: moves.append((c, s)))
    drag_card(board, candidate, stage_ids(coach)[0])
    assert moves == []


def test_the_card_menu_moves_without_dragging(qtbot, coach, when_dialog_opens) -> None:
    candidate = coach.candidates.add(CandidateForm(name="José Álvarez"))
    stages = coach.pipeline.stages()
    board = PipelineBoard(coach)
    qtbot.addWidget(board)
    board.show()
    settle(qtbot)
    menu = board.card_menu(candidate)
    move_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    targets = [a.text() for a in move_menu.actions()]
    assert stages[0].name not in targets and stages[2].name in targets

    def answer(dialog) -> None:
        type_text(dialog.ui.reasonEdit, "Fast track")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(answer)
    next(a for a in move_menu.actions() if a.text() == stages[2].name).trigger()
    assert coach.candidates.get(candidate).stage_id == stages[2].id


def test_cards_show_name_mentor_days_and_score(qtbot, coach) -> None:
    from trainercoach.gui.models.board_model import ROW_ROLE
    from trainercoach.services import TraitEntry

    mentor = coach.people.add("Γιώργος Mentor", role="trainer")
    form = CandidateForm(name="李娜", mentor_id=mentor)
    form.traits["knowledge"] = TraitEntry(4)
    form.traits["passion"] = TraitEntry(5)
    candidate = coach.candidates.add(form)
    board = PipelineBoard(coach)
    qtbot.addWidget(board)
    settle(qtbot)
    column = board.column_of(candidate)
    row = column.model.index(0).data(ROW_ROLE)
    assert (row.name, row.mentor_name, row.selection_score) == ("李娜", "Γιώργος Mentor", 4.5)
    assert column.title.text().endswith("1")


def test_stages_can_be_added_renamed_reordered_and_an_occupied_one_not_deleted(qtbot, coach, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    coach.candidates.add(CandidateForm(name="Occupant"))
    dialog = StagesDialog(coach)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Shadowing 影子", True))
    dialog.ui.addButton.click()
    names = [s.name for s in coach.pipeline.stages()]
    assert names[-1] == "Shadowing 影子"
    assert dialog.current().name == "Shadowing 影子"

    dialog.ui.upButton.click()
    assert [s.name for s in coach.pipeline.stages()][-2] == "Shadowing 影子"

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Nominated", True))
    dialog.ui.renameButton.click()
    assert not dialog.ui.errorLabel.isHidden() and "already a stage" in dialog.ui.errorLabel.text()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.select_row(0)
    dialog.ui.deleteButton.click()
    assert "move them" in dialog.ui.errorLabel.text()
    assert coach.pipeline.stages()[0].candidates == 1

    dialog.select_row(next(i for i, s in enumerate(dialog.stages) if s.name == "Shadowing 影子"))
    dialog.ui.deleteButton.click()
    assert "Shadowing 影子" not in [s.name for s in coach.pipeline.stages()]


def click_card(qtbot, board: PipelineBoard, candidate_id: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    column = board.column_of(candidate_id)
    index = column.model.index(column.model.row_of(candidate_id))
    qtbot.mouseClick(column.view.viewport(), Qt.MouseButton.LeftButton, modifier,
                     column.view.visualRect(index).center())


def test_ctrl_shift_right_moves_the_selected_card_to_the_next_stage(qtbot, coach, when_dialog_opens) -> None:
    """Issue 18.8: a keyboard way to move a card, no mouse drag needed."""
    candidate = coach.candidates.add(CandidateForm(name="Ελένη"))
    first, second = stage_ids(coach)[:2]
    board = PipelineBoard(coach)
    qtbot.addWidget(board)
    board.show()
    settle(qtbot)
    click_card(qtbot, board, candidate)
    seen: list[str] = []

    def answer(dialog) -> None:
        seen.append(dialog.ui.summaryLabel.text())
        seen.append("skip shown" if dialog.ui.skipLabel.isVisible() else "no skip")
        type_text(dialog.ui.reasonEdit, "Ready for the next step")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(answer)
    qtbot.keyClick(board.column_of(candidate).view, Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Ελένη" in seen[0] and seen[1] == "no skip"
    assert coach.candidates.get(candidate).stage_id == second
    board.refresh()  # what the main window does when an operation says a candidate changed
    settle(qtbot)
    assert board.column_of(candidate).stage.id == second

    def back(dialog) -> None:
        seen.append(dialog.ui.summaryLabel.text())
        type_text(dialog.ui.reasonEdit, "Back a step")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        seen.append(dialog.ui.errorLabel.text())

    when_dialog_opens(back)
    with qtbot.waitActive(board):  # the board's window is active again once the dialog has gone
        board.activateWindow()
    click_card(qtbot, board, candidate)
    qtbot.keyClick(board.column_of(candidate).view, Qt.Key.Key_Left,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Back a step" not in seen[-1] and seen[-1] == ""
    assert coach.candidates.get(candidate).stage_id == first


def test_several_selected_cards_move_together_and_undo_together(qtbot, coach, when_dialog_opens) -> None:
    """Ctrl+click three cards (one in another column), move them with one reason: one transaction, one undo."""
    ana, ben, cleo = (coach.candidates.add(CandidateForm(name=n)) for n in ("Ana", "Ben", "Cleo"))
    first, second, third = stage_ids(coach)[:3]
    coach.pipeline.move(cleo, second, "earlier")
    board = PipelineBoard(coach)
    qtbot.addWidget(board)
    board.show()
    settle(qtbot)
    click_card(qtbot, board, ana)
    click_card(qtbot, board, ben, Qt.KeyboardModifier.ControlModifier)
    click_card(qtbot, board, cleo, Qt.KeyboardModifier.ControlModifier)
    assert sorted(board.selected_ids()) == sorted([ana, ben, cleo])
    seen: list[str] = []

    def answer(dialog) -> None:
        seen.append(dialog.ui.summaryLabel.text())
        seen.append(dialog.ui.skipLabel.text() if dialog.ui.skipLabel.isVisible() else "")
        type_text(dialog.ui.reasonEdit, "Cohort passed the interview")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(answer)
    # Cleo is the current card: Ctrl+Shift+→ takes all three to the stage after hers, skipping one for Ana and Ben
    qtbot.keyClick(board.column_of(cleo).view, Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert all(name in seen[0] for name in ("Ana", "Ben", "Cleo")) and "3" in seen[0]
    assert coach.pipeline.stages()[1].name in seen[1]  # said before it was done
    assert {coach.candidates.get(c).stage_id for c in (ana, ben, cleo)} == {third}
    assert coach.history.undo_label == f"Move 3 candidates to {coach.pipeline.stages()[2].name}"
    coach.history.undo()
    assert [coach.candidates.get(c).stage_id for c in (ana, ben, cleo)] == [first, first, second]
    assert not coach.history.can_undo or coach.history.undo_label.startswith("Move Cleo")


def test_moving_a_card_past_a_stage_says_it_skips_one_before_it_is_done(qtbot, coach, when_dialog_opens) -> None:
    candidate = coach.candidates.add(CandidateForm(name="José"))
    stages = coach.pipeline.stages()
    board = PipelineBoard(coach)
    qtbot.addWidget(board)
    board.show()
    settle(qtbot)
    seen: list[str] = []

    def answer(dialog) -> None:
        seen.append(dialog.ui.skipLabel.text() if dialog.ui.skipLabel.isVisible() else "")
        seen.append(str(coach.candidates.get(candidate).stage_id))
        dialog.reject()  # thought better of it

    when_dialog_opens(answer)
    menu = board.card_menu(candidate)
    move_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in move_menu.actions() if a.text() == stages[2].name).trigger()
    assert stages[1].name in seen[0] and "skips" in seen[0]
    assert seen[1] == str(stages[0].id)
    assert coach.candidates.get(candidate).stage_id == stages[0].id


@pytest.mark.parametrize("code", ["en", "el", "zh_CN"])
def test_a_cards_days_and_forecast_lines_show_whole_in_every_language(qtbot, coach, code: str) -> None:
    """In Greek the days in the stage and the forecast were cut with "…" at the board's fixed 220 px; a column is
    now as wide as those lines need in the interface's language, at their longest in practice."""
    from PySide6.QtGui import QFontMetrics

    from trainercoach.analytics.forecast import FORECAST, Forecast
    from trainercoach.gui.forecast_text import card_text
    from trainercoach.gui.views import card_delegate

    coach.candidates.add(CandidateForm(name="Ελένη 王静"))
    with in_language(code):
        board = PipelineBoard(coach)
        qtbot.addWidget(board)
        board.show()
        settle(qtbot)
        column = board.columns[0]
        delegate = column.view.itemDelegate()
        lines = [delegate.tr("%n day(s) in this stage", "", 45),
                 card_text(Forecast(0, FORECAST, sessions_expected=16, sessions_low=12, sessions_high=23)),
                 card_text(Forecast(0, "not_enough_data"))]
        metrics = QFontMetrics(column.view.font())
        room = column.view.viewport().width() - 2 * (card_delegate.MARGIN + card_delegate.PAD)
        assert all(card_delegate.fit(metrics, line, room) == line for line in lines), (code, lines, room)
        if code == "el":
            assert "ημέρες" in lines[0] and column.width() > 220  # translated, and wider than it was
