"""The Sessions page's list at scale: a virtual model that reads a page at a time in a worker, while the
database sorts and filters; the rows a person sees are the ones the whole list would give."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt

from trainercoach.gui.models.session_list import PAGE_ROWS
from trainercoach.gui.models.session_table import SessionTableModel
from trainercoach.gui.views.sessions_view import SessionsView
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm, Coach

SESSIONS = 2 * PAGE_ROWS + 37  # three pages, the last one short


@pytest.fixture
def many(coach: Coach) -> list[int]:
    names = ["Ελένη", "王静", "Zoe", "ángel", "Bob"]
    candidates = [coach.candidates.add(CandidateForm(name=name)) for name in names]
    start = datetime(2025, 1, 1, 9, 0)
    return [coach.deliveries.add(DeliveryForm(candidates[n % 5], start + timedelta(hours=n), f"Topic {n:03d}",
                                              trainees=n % 7, method=("classroom", "virtual", "online")[n % 3]))
            for n in range(SESSIONS)]


def make_view(qtbot, coach: Coach) -> SessionsView:
    view = SessionsView(coach)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitUntil(lambda: not view.loading)
    return view


def column(view: SessionsView, name: str, rows: range) -> list[str]:
    return [view.model.index(r, SessionTableModel.COLUMNS.index(name)).data() for r in rows]


def test_only_the_pages_shown_are_read(qtbot, coach: Coach, many: list[int]) -> None:
    view = make_view(qtbot, coach)
    model = view.model
    assert model.rowCount() == SESSIONS
    assert model.fetched_rows == PAGE_ROWS  # the first page, read with the ids; nothing else yet
    assert model.is_loaded(0) and not model.is_loaded(SESSIONS - 1)
    assert model.row_at(SESSIONS - 1) is None
    assert view.count_label.text().startswith(f"{SESSIONS} session")

    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.is_loaded(SESSIONS - 1))
    qtbot.waitUntil(lambda: not view.loading)
    assert model.fetched_rows < SESSIONS  # the middle page was never read
    assert not model.is_loaded(PAGE_ROWS + 1)
    assert column(view, "topic", range(SESSIONS - 2, SESSIONS)) == ["Topic 001", "Topic 000"]  # oldest last
    assert model.row_at(SESSIONS - 1).id == many[0]


def test_sorting_and_filtering_give_the_rows_of_the_whole_list(qtbot, coach: Coach, many: list[int]) -> None:
    view = make_view(qtbot, coach)
    trainees = SessionTableModel.COLUMNS.index("trainees")
    view.table.sortByColumn(trainees, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not view.loading)
    rows = coach.deliveries.list()
    expected = [r.id for r in sorted(rows, key=lambda r: r.trainees, reverse=True)]
    assert view.model.ids() == expected
    assert column(view, "trainees", range(3)) == ["6", "6", "6"]

    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        view.table.sortByColumn(SessionTableModel.COLUMNS.index("candidate"), Qt.SortOrder.AscendingOrder)
        qtbot.waitUntil(lambda: not view.loading)
    finally:
        QLocale.setDefault(previous)
    names = column(view, "candidate", range(PAGE_ROWS))
    # The language's order, case and accents aside (by code points it would be "Bob" < "Zoe" < "ángel").
    assert list(dict.fromkeys(names))[:3] == ["ángel", "Bob", "Zoe"]

    view.method_filter.setCurrentIndex(view.method_filter.findData("virtual"))
    qtbot.waitUntil(lambda: not view.loading)
    assert sorted(view.model.ids()) == sorted(r.id for r in rows if r.method == "virtual")


def test_the_selection_follows_its_session_through_a_new_sort(qtbot, coach: Coach, many: list[int]) -> None:
    view = make_view(qtbot, coach)
    chosen = many[5]
    view.select(chosen)
    assert view.selected_id() == chosen
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert view.selected_id() == chosen  # while the new order is read
    qtbot.waitUntil(lambda: not view.loading)
    assert view.model.id_at(0) == many[0]
    assert view.selected_id() == chosen
    assert view.table.selectionModel().selectedRows()[0].row() == 5


def test_a_search_typed_quickly_reads_the_list_once_for_the_last_text(qtbot, coach: Coach, many: list[int]) -> None:
    view = make_view(qtbot, coach)
    reads = view._loader.reads
    # Every word anywhere: "236" may also stand in another session's random code (that once made two rows here
    # and a 20 s wait for one), so the rows expected are the service's own answer to the same text.
    expected = [r.id for r in coach.deliveries.list("Topic 236")]
    view.search.setText("Topic 23")
    view.search.setText("Topic 236")
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() == len(expected), timeout=20_000)
    assert view._loader.reads == reads + 1  # one read after the pause in typing
    assert sorted(view.model.ids()) == sorted(expected)
    assert "Topic 236" in column(view, "topic", range(len(expected)))


def test_a_new_list_starts_at_its_top_and_reads_only_its_first_page(qtbot, coach: Coach, many: list[int]) -> None:
    view = make_view(qtbot, coach)
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: not view.loading)
    fetched = view.model.fetched_rows
    view.method_filter.setCurrentIndex(view.method_filter.findData("virtual"))  # a shorter list than the offset
    qtbot.waitUntil(lambda: not view.loading)
    assert view.table.verticalScrollBar().value() == 0
    assert view.model.fetched_rows == fetched + view.model.rowCount()  # its one page, read with the ids
    assert view.table.rowAt(0) == 0 and view.model.index(0, 1).data()
