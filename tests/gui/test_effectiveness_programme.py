"""The Programme page: read in a worker, shown with the internal-trainer share beside the guide's 80%."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.effectiveness_helpers import add_session
from tests.gui.test_sessions import make_window
from trainercoach.gui.main_window import PROGRAMME, MainWindow
from trainercoach.services import CandidateForm


def test_the_programme_page_loads_in_its_worker(qtbot, coach) -> None:
    employee = coach.candidates.add(CandidateForm(name="Μαρία Οικονόμου"))
    vendor = coach.candidates.add(CandidateForm(name="陈晨", employment="vendor", vendor_company="Acme BPO"))
    add_session(coach, employee, "Refunds", days_ago=1)
    add_session(coach, employee, "Ανάκτηση λογαριασμού", days_ago=2)
    add_session(coach, vendor, "账户找回", days_ago=3)
    window = make_window(qtbot, coach)
    page = window.programme
    assert page.data is None  # nothing is read until the page is shown
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pages.currentWidget() is page
    assert window.ui.navigation.item(PROGRAMME).text() == "Programme"
    assert page.busy and page.status.text() == "Loading…"
    qtbot.waitUntil(lambda: page.data is not None and not page.busy, timeout=15_000)
    assert page.share_tile.value.text() == "67%"
    assert "2 of 3 sessions" in page.share_tile.detail.text() and "80%" in page.share_tile.detail.text()
    assert page.candidates_tile.value.text() == "2"
    assert page.funnel_chart.figure is not None and page.trends_chart.figure is not None
    assert page.no_matrix.isVisibleTo(page) and page.no_renewals.isVisibleTo(page)


def test_the_programme_page_is_remembered(qtbot, coach) -> None:
    window = make_window(qtbot, coach)
    window.show_page(PROGRAMME)
    qtbot.waitUntil(lambda: not window.programme.busy, timeout=15_000)
    window.close()
    again = make_window(qtbot, coach)
    assert isinstance(again, MainWindow) and again.current_page() == PROGRAMME
    qtbot.waitUntil(lambda: again.programme.data is not None and not again.programme.busy, timeout=15_000)
