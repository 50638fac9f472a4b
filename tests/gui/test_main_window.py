"""The main window as a lead uses it: navigation, shortcuts, adding, undo and redo, remembered layout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.conftest import settle, type_text
from trainercoach.gui.main_window import CANDIDATES, DASHBOARD, PIPELINE, MainWindow
from trainercoach.gui.pages import PAGES
from trainercoach.services import CandidateForm


def make_window(qtbot, coach) -> MainWindow:
    window = MainWindow(coach)
    qtbot.addWidget(window)
    # Shortcuts of the window's actions only fire in the active window, as for a person.
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    settle(qtbot)
    return window


def test_navigation_by_list_and_shortcuts(qtbot, coach) -> None:
    window = make_window(qtbot, coach)
    assert window.ui.navigation.count() == len(PAGES) == 10  # capacity (21), assets, gaps and cases (20) last
    window.ui.navigation.setCurrentRow(PIPELINE)
    assert window.ui.pages.currentWidget() is window.board
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pages.currentWidget() is window.candidates
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pages.currentWidget() is window.dashboard
    assert window.ui.navigation.currentRow() == DASHBOARD


def test_a_new_database_offers_a_demo_and_a_first_candidate(qtbot, coach) -> None:
    window = make_window(qtbot, coach)
    assert window.dashboard.empty_state.isVisible()
    coach.candidates.add(CandidateForm(name="Μαρία"))
    window.refresh_all()
    settle(qtbot)
    assert not window.dashboard.empty_state.isVisible()


def test_add_a_candidate_then_undo_and_redo_with_the_keyboard(qtbot, coach, when_dialog_opens) -> None:
    window = make_window(qtbot, coach)
    window.show_page(CANDIDATES)
    settle(qtbot)

    def fill(dialog) -> None:
        type_text(dialog.ui.nameEdit, "张伟")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    when_dialog_opens(fill)
    window.ui.actionNewCandidate.trigger()
    assert [r.name for r in coach.candidates.list()] == ["张伟"]
    settle(qtbot)
    assert window.candidates.model.rowCount() == 1
    assert window.ui.actionUndo.isEnabled() and "张伟" in window.ui.actionUndo.text()

    with qtbot.waitActive(window):  # the window manager's part: the window is active again
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert coach.candidates.list() == []
    settle(qtbot)
    assert window.candidates.model.rowCount() == 0
    assert window.ui.actionRedo.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [r.name for r in coach.candidates.list()] == ["张伟"]
    settle(qtbot)
    assert window.candidates.model.rowCount() == 1


def test_archive_from_the_list_and_undo(qtbot, coach) -> None:
    keep = coach.candidates.add(CandidateForm(name="Keep"))
    gone = coach.candidates.add(CandidateForm(name="Zoe"))
    window = make_window(qtbot, coach)
    window.show_page(CANDIDATES)
    settle(qtbot)
    window.candidates.select(gone)
    assert window.ui.actionArchiveCandidate.isEnabled()
    window.ui.actionArchiveCandidate.trigger()
    assert [r.id for r in coach.candidates.list()] == [keep]
    settle(qtbot)
    assert window.candidates.model.rowCount() == 1
    window.ui.actionUndo.trigger()
    assert sorted(r.id for r in coach.candidates.list()) == sorted([keep, gone])


def test_search_as_you_type_finds_across_scripts_and_accents(qtbot, coach) -> None:
    for name in ("Ελένη Παπαδοπούλου", "王静", "José Álvarez"):
        coach.candidates.add(CandidateForm(name=name))
    window = make_window(qtbot, coach)
    window.ui.actionFind.trigger()
    assert window.candidates.search.hasFocus()
    type_text(window.candidates.search, "ελενη")
    qtbot.waitUntil(lambda: window.candidates.model.rowCount() == 1)
    assert window.candidates.model.row_at(0).name == "Ελένη Παπαδοπούλου"
    window.candidates.search.clear()
    type_text(window.candidates.search, "jose")
    qtbot.waitUntil(lambda: window.candidates.model.rowCount() == 1
                    and window.candidates.model.row_at(0).name == "José Álvarez")


def test_sorting_by_a_column(qtbot, coach) -> None:
    from trainercoach.services import TraitEntry

    for name, score in (("B", 2), ("A", 5), ("C", None)):
        form = CandidateForm(name=name)
        form.traits["passion"] = TraitEntry(score)
        coach.candidates.add(form)
    window = make_window(qtbot, coach)
    view = window.candidates
    settle(qtbot)
    score_column = view.model.COLUMNS.index("score")
    view.table.sortByColumn(score_column, Qt.SortOrder.DescendingOrder)
    names = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert names == ["A", "B", "C"]
    view.select(next(r.id for r in coach.candidates.list() if r.name == "B"))
    view.table.sortByColumn(view.model.COLUMNS.index("name"), Qt.SortOrder.DescendingOrder)
    assert [view.model.index(r, 0).data() for r in range(3)] == ["C", "B", "A"]
    assert view.model.row_at(view.table.selectionModel().selectedRows()[0].row()).name == "B"  # kept


def test_layout_and_last_view_are_remembered(qtbot, coach) -> None:
    window = make_window(qtbot, coach)
    window.resize(760, 540)
    window.show_page(PIPELINE)
    window.close()
    again = make_window(qtbot, coach)
    assert again.current_page() == PIPELINE
    assert again.size().width() == 760


def test_the_window_shows_before_its_database_and_fills_when_attached(qtbot, coach) -> None:
    """The app's start: the window is up at once, nothing can act on a database that is not open yet."""
    coach.candidates.add(CandidateForm(name="Μαρία"))
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    assert not window.attached and not window.is_built(DASHBOARD)
    assert not window.ui.actionNewCandidate.isEnabled() and not window.ui.navigation.isEnabled()
    assert window.ui.actionQuit.isEnabled()
    window.show_page(CANDIDATES)  # nothing to show yet: ignored, not an error
    window.attach(coach)
    assert window.attached and window.ui.actionNewCandidate.isEnabled() and window.ui.navigation.isEnabled()
    assert window.is_built(DASHBOARD) and not window.is_built(CANDIDATES)
    settle(qtbot)
    assert window.dashboard.data is not None and window.dashboard.data.total == 1


def test_only_the_page_in_view_is_built_and_read_again_after_a_change(qtbot, coach) -> None:
    window = make_window(qtbot, coach)
    assert [window.is_built(p) for p in (DASHBOARD, PIPELINE, CANDIDATES)] == [True, False, False]
    window.show_page(CANDIDATES)
    settle(qtbot)
    reads = window.candidates._loader.reads
    window.show_page(DASHBOARD)
    coach.candidates.add(CandidateForm(name="王静"))
    window.refresh_all()  # the dashboard reads now; the candidate list only when shown again
    assert window.candidates._loader.reads == reads
    window.show_page(CANDIDATES)
    settle(qtbot)
    assert window.candidates._loader.reads == reads + 1
    assert window.candidates.model.rowCount() == 1
    assert not window.is_built(PIPELINE)
