"""The page registry (gui/pages.py): a page is declared once, and the window is made from the declarations."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.gui.conftest import settle
from trainercoach.gui import pages
from trainercoach.gui.main_window import MainWindow
from trainercoach.services import Coach

ROOT = Path(__file__).resolve().parents[2]


def test_every_page_in_the_registry_can_be_shown_and_its_navigation_matches(qtbot, coach: Coach) -> None:
    window = MainWindow(coach)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    assert window.ui.navigation.count() == window.ui.pages.count() == len(pages.PAGES)
    assert len({page.id for page in pages.PAGES}) == len(pages.PAGES)
    for index, page in enumerate(pages.PAGES):
        assert window.ui.navigation.item(index).text() == page.translated_title()
        getattr(window.ui, page.action).trigger()  # the View menu's entry shows it
        settle(qtbot)
        assert window.current_page() == index == pages.index(page.id)
        assert window.ui.navigation.currentRow() == index
        shown = window.ui.pages.currentWidget()
        assert type(shown).__name__ == page.cls and shown is getattr(window, page.name)
        assert page.shows, f"{page.id} says which kinds of record it shows"
        for signal, method in page.signals:
            assert hasattr(shown, signal) and callable(getattr(window, method))
        for name in page.page_actions:
            assert name is None or hasattr(window.ui, name)
        if page.header_key:
            assert hasattr(shown, "table")
    window.close()


def test_a_page_added_to_the_registry_needs_nothing_else(qtbot, coach: Coach, monkeypatch) -> None:
    """One entry (and its module) is a new page: navigation, a View menu action, building, refreshing."""
    from trainercoach.gui import main_window

    extra = pages.Page("people", "People", "trainercoach.gui.views.candidates_view", "CandidatesView",
                       "actionShowPeople", frozenset({"person"}), attribute="people_page")
    monkeypatch.setattr(main_window, "PAGES", (*pages.PAGES, extra))
    monkeypatch.setattr(main_window, "_ATTRIBUTES", {**main_window._ATTRIBUTES, "people_page": len(pages.PAGES)})
    window = MainWindow(coach)
    qtbot.addWidget(window)
    settle(qtbot)
    assert window.ui.navigation.count() == len(pages.PAGES) + 1
    assert window.ui.actionShowPeople in window.ui.menuView.actions()
    window.ui.actionShowPeople.trigger()
    settle(qtbot)
    assert window.current_page() == len(pages.PAGES) and window.ui.pages.currentWidget() is window.people_page
    window.close()


def test_the_export_list_no_longer_imports_the_main_window() -> None:
    """dialogs/export_list.py and main_window.py imported each other; the page numbers live in the registry."""
    tree = ast.parse((ROOT / "trainercoach/gui/dialogs/export_list.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "trainercoach.gui.main_window" not in imported
    registry = ast.parse((ROOT / "trainercoach/gui/pages.py").read_text(encoding="utf-8"))
    assert not any(isinstance(node, ast.ImportFrom) and node.module and "main_window" in node.module
                   for node in ast.walk(registry))


def test_no_session_tool_turns_an_import_error_into_not_installed() -> None:
    source = (ROOT / "trainercoach/gui/main_window.py").read_text(encoding="utf-8")
    assert "except ImportError" not in source and "not installed" not in source
