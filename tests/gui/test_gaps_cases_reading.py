"""The Knowledge gaps and Business cases pages read off the GUI thread (issue 22): in the main window, the chosen
row stays chosen through a change and its undo, a record just added is chosen once the list is read again, and
no service is called from the GUI thread while the pages read."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from tests.gui.conftest import settle
from trainercoach.gui import pages
from trainercoach.gui.main_window import MainWindow
from trainercoach.records.gaps import CaseForm, EvidenceForm, GapForm
from trainercoach.services import CandidateForm, Coach


def _reads_off_the_gui_thread(monkeypatch: pytest.MonkeyPatch, service: object, names: tuple[str, ...]) -> list[str]:
    """Wrap the service's reading methods to record which thread called them (its writes read too, in the
    operation's own thread: ``run_op``'s business, not the page's)."""
    threads: list[str] = []
    for name in names:
        method = getattr(service, name)

        def wrapped(*args: object, _method=method, **kwargs: object) -> object:
            threads.append("gui" if threading.current_thread() is threading.main_thread() else "worker")
            return _method(*args, **kwargs)
        monkeypatch.setattr(service, name, wrapped)
    return threads


def _window(qtbot, coach: Coach, page_id: str) -> MainWindow:
    window = MainWindow(coach)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    window.show_page(pages.index(page_id))
    settle(qtbot)
    return window


def test_the_gap_page_keeps_its_chosen_gap_through_a_change_and_its_undo(
        qtbot, coach: Coach, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = {topic: coach.gaps.add(GapForm(topic)) for topic in ("Alpha refunds", "Beta 退款 Αθήνα", "Gamma SLA")}
    threads = _reads_off_the_gui_thread(monkeypatch, coach.gaps, ("list",))
    window = _window(qtbot, coach, "gaps")
    page = window.gaps_page
    assert [r.cells[0] for r in page.gaps.rows] == list(ids)
    assert page.chosen_gap() == ids["Alpha refunds"] and page.detail is not None  # the first, until one is chosen
    page.select_gap(ids["Beta 退款 Αθήνα"])
    settle(qtbot)
    assert page.detail is not None and page.detail.id == ids["Beta 退款 Αθήνα"]
    page.toggle_status()  # closed through run_op: the window reads the page again
    assert page.loading and page.detail is None and not page.status_button.isEnabled()  # the buttons wait
    settle(qtbot)
    assert page.chosen_gap() == ids["Beta 退款 Αθήνα"] and page.detail is not None and page.detail.status == "closed"
    assert page.status_button.text() == "Reopen gap" and page.status_button.isEnabled()
    window.undo()
    settle(qtbot)
    assert page.chosen_gap() == ids["Beta 退款 Αθήνα"] and page.detail is not None and page.detail.status == "open"
    new = coach.gaps.add(GapForm("Delta escalation"))  # added elsewhere, then chosen: listed once read again
    page.refresh()
    page.select_gap(new)
    settle(qtbot)
    assert page.chosen_gap() == new and page.detail is not None and page.detail.id == new
    window.undo()  # the gap goes; the first row is chosen instead
    settle(qtbot)
    assert new not in [r.id for r in page.gaps.rows] and page.chosen_gap() == page.gaps.rows[0].id
    assert threads and set(threads) == {"worker"}
    assert page._detail.reads >= 5  # each chosen gap read in the detail's worker
    window.close()


def test_the_case_page_keeps_its_chosen_case_through_a_step_and_its_undo(
        qtbot, coach: Coach, monkeypatch: pytest.MonkeyPatch) -> None:
    candidate = coach.candidates.add(CandidateForm(name="Ελένη 学员"))
    gap = coach.gaps.add(GapForm("Refunds"), EvidenceForm("figure", figure_kind="qa_score", source="QA · Αθήνα",
                                                          on_date=date(2025, 11, 1), value=82.0, agents=35))
    ready = {"problem": "Agents miss the window.", "audience_size": 48, "objectives": "Το παράθυρο επιστροφών",
             "effort_hours": 6.5, "expected_effect": "+20 points", "has_hands_on": True}  # complete enough to submit
    first = coach.cases.add(CaseForm(candidate, gap, "Refunds refresher", **ready))  # type: ignore[arg-type]
    second = coach.cases.add(CaseForm(candidate, gap, "SLA 升级", **ready))  # type: ignore[arg-type]
    threads = _reads_off_the_gui_thread(monkeypatch, coach.cases, ("list",))
    window = _window(qtbot, coach, "cases")
    page = window.cases_page
    assert [r.id for r in page.cases.rows] == [first, second] and page.chosen_case() == first
    page.table.selectRow(1)  # as a click would
    settle(qtbot)
    assert page.detail is not None and page.detail.id == second
    page.step_buttons["submitted"].click()
    settle(qtbot)
    assert page.chosen_case() == second and page.detail is not None and page.detail.status == "submitted"
    assert page.step_buttons["approved"].isVisibleTo(page) and not page.step_buttons["submitted"].isVisibleTo(page)
    window.undo()
    settle(qtbot)
    assert page.chosen_case() == second and page.detail is not None and page.detail.status == "draft"
    assert page.cases.rows[1].cells[3] == "Draft"
    assert threads and set(threads) == {"worker"} and page._detail.reads >= 4
    window.close()
