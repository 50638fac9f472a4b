"""The candidate list reads its rows and its filters' choices in one read, and its rows arrive sorted from the
worker that read them; the order is the one the model gives when it sorts them itself."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from trainercoach.gui.models.candidate_table import COLUMNS, CandidateTableModel, sorted_rows
from trainercoach.gui.views.candidates_view import CandidatesView
from trainercoach.records.candidates import CandidateRow
from trainercoach.services import CandidateForm, Coach

TODAY = date.today()


def row(n: int, name: str, days: int, score: float | None, archived: bool = False) -> CandidateRow:
    return CandidateRow(id=n, name=name, email="", team="", site="", languages="", employment="employee",
                        vendor_company="", stage_id=1, stage_name="Screening", mentor_id=None, mentor_name="",
                        entered_stage_at=datetime.combine(TODAY - timedelta(days=days), datetime.min.time()),
                        selection_score=score, archived=archived)


ROWS = [row(1, "frank", 3, 2.5), row(2, "Émile", 40, None), row(3, "eddie", 12, 4.0, archived=True),
        row(4, "Ángel", 3, 1.0), row(5, "王静", 0, 3.0), row(6, "Zed", 1, None)]


def names(model: CandidateTableModel) -> list[str]:
    return [model.row_at(r).name for r in range(model.rowCount())]


def test_rows_sorted_off_the_gui_thread_are_the_order_the_model_sorts_them_in(qtbot) -> None:
    for column in range(len(COLUMNS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            itself, given = CandidateTableModel(), CandidateTableModel()
            itself.sort(column, order)
            given.sort(column, order)
            itself.set_rows(ROWS)
            given.set_rows(ROWS, sorted_rows(ROWS, *given.sorting()))
            assert names(given) == names(itself), (COLUMNS[column], order)
    model = CandidateTableModel()
    model.sort(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    model.set_rows(ROWS, sorted_rows(ROWS, *model.sorting()))
    assert [n for n in names(model) if n.isascii()] == ["eddie", "frank", "Zed"]  # case aside
    model.sort(COLUMNS.index("days"), Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Émile", "eddie", "frank", "Ángel", "Zed", "王静"]  # ties keep the service's order


def test_rows_sorted_by_a_column_no_longer_sorted_by_are_sorted_again(qtbot) -> None:
    model = CandidateTableModel()
    model.sort(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    stale = sorted_rows(ROWS, *model.sorting())  # the person clicks another heading while the rows are read
    model.sort(COLUMNS.index("score"), Qt.SortOrder.DescendingOrder)
    model.set_rows(ROWS, stale)
    assert names(model) == ["eddie", "王静", "frank", "Ángel", "Émile", "Zed"]


def test_the_view_reads_its_rows_and_choices_once_and_shows_them_sorted(qtbot, coach: Coach, monkeypatch) -> None:
    mentor = coach.people.add("Zeno Mentor", role="trainer")
    for name, site in (("Zoe", "Lisbon"), ("ada", "Athens"), ("Bob", "Dublin")):
        coach.candidates.add(CandidateForm(name=name, site=site, mentor_id=mentor))
    reads: list[bool] = []
    reading = coach.db.reading

    def counted(*args, **kwargs):  # every read is a transaction; on a team server, round trips of its own
        reads.append(True)
        return reading(*args, **kwargs)

    monkeypatch.setattr(coach.db, "reading", counted)
    view = CandidatesView(coach)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitUntil(lambda: not view.loading)
    assert view._loader.reads == 1 and len(reads) == 1  # the rows and the filters' choices: one transaction
    assert [view.model.index(r, 0).data() for r in range(3)] == ["ada", "Bob", "Zoe"]  # case aside
    assert [view.site_filter.itemData(i) for i in range(1, view.site_filter.count())] == [
        "Athens", "Dublin", "Lisbon"]
    assert view.mentor_filter.findData(mentor) > 0
    assert view.stage_filter.count() == 1 + len(coach.pipeline.stages())
