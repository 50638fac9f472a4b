"""What needs the lead: overdue action items and unobserved sessions, on the dashboard and on the candidate."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from tests.gui.conftest import settle
from tests.gui.test_rubric_dialog import observed_session
from tests.gui.test_sessions import make_window, safely
from trainercoach.gui.dialogs.candidate_dialog import CandidateDialog
from trainercoach.gui.views.dashboard_view import SESSION_ROLE
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm


def test_an_overdue_action_item_shows_on_the_dashboard_and_on_the_candidate(qtbot, coach, when_dialog_opens) -> None:
    candidate, _, _ = observed_session(coach, due=date.today() - timedelta(days=3))
    window = make_window(qtbot, coach)
    model = window.dashboard.attention
    reasons = [model.index(r, 2).data() for r in range(model.rowCount())]
    overdue = next(r for r in reasons if "Ασκήσεις με ερωτήσεις" in r)
    assert "overdue by 3" in overdue

    seen: dict[str, object] = {}

    def look(dialog: CandidateDialog) -> None:
        ui = dialog.ui
        seen["tab"] = ui.tabs.tabText(ui.tabs.indexOf(ui.sessionsTab))
        seen["sessions"] = dialog.sessions.rowCount()
        actions = dialog.action_items
        seen["due"] = actions.index(0, 2).data()
        seen["colour"] = actions.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color().name()
        # Ticking Done saves at once.
        actions.setData(actions.index(0, 3), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        dialog.reject()

    row = reasons.index(overdue)
    when_dialog_opens(safely(look))
    window.dashboard.attention_view.activated.emit(model.index(row, 0))
    assert "overdue" in str(seen["tab"]) and seen["sessions"] == 1
    assert "overdue by 3" in str(seen["due"]) and seen["colour"] == "#b42318"
    [item] = coach.action_items.list(candidate_id=candidate)
    assert item.done_at is not None
    window.refresh_all()
    settle(qtbot)
    assert not any("Ασκήσεις" in model.index(r, 2).data() for r in range(model.rowCount()))


def test_a_session_nobody_observed_shows_on_the_dashboard_and_opens_the_session(qtbot, coach) -> None:
    candidate = coach.candidates.add(CandidateForm(name="李娜"))
    session = coach.deliveries.add(DeliveryForm(candidate_id=candidate, topic="Escalations 升级",
                                                starts_at=datetime.now() - timedelta(days=4)))
    coach.deliveries.add(DeliveryForm(candidate_id=candidate, topic="Yesterday", starts_at=datetime.now()
                                      - timedelta(days=1)))
    window = make_window(qtbot, coach)
    model = window.dashboard.attention
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data(SESSION_ROLE) is not None]
    assert len(rows) == 1 and "Escalations 升级" in model.index(rows[0], 2).data()
    window.dashboard.attention_view.activated.emit(model.index(rows[0], 0))
    assert window.sessions.showing_session() and window.sessions.page.delivery_id == session
