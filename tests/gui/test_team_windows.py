"""Team mode as people see it: changes made elsewhere appear without a restart, a second save is shown what
the first changed and chooses, and a lead's and a trainer's windows on one server show what each role allows."""

from __future__ import annotations

from contextlib import closing, suppress
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.core.helpers import make_form
from tests.core.test_team_roles import Team, team_server  # noqa: F401 - the fixture, shared with the core tests
from tests.gui.conftest import settle
from trainercoach.errors import Conflict
from trainercoach.gui import change_refresh
from trainercoach.gui.dialogs import conflict_dialog
from trainercoach.gui.dialogs.candidate_dialog import CandidateDialog
from trainercoach.gui.dialogs.people_dialog import PeopleDialog
from trainercoach.gui.dialogs.session_dialog import SessionDialog
from trainercoach.gui.main_window import CANDIDATES, SESSIONS, MainWindow
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import Coach


@pytest.fixture(autouse=True)
def quick_refresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(change_refresh, "INTERVAL_SECONDS", 0.2)


def open_window(qtbot, coach: Coach, page: int) -> MainWindow:
    window = MainWindow(coach)
    qtbot.addWidget(window)
    window.show()
    window.show_page(page)
    settle(qtbot)
    return window


def session_topics(window: MainWindow) -> set[str]:
    model = window.sessions.model
    column = model.COLUMNS.index("topic")
    return {model.index(row, column).data() for row in range(model.rowCount())}


def close(window: MainWindow) -> None:
    window.close()


def test_a_change_made_elsewhere_appears_without_a_restart(qtbot, coach: Coach) -> None:
    window = open_window(qtbot, coach, CANDIDATES)
    assert window.candidates.model.rowCount() == 0
    with closing(Coach.open(coach.db.url, actor="Colleague")) as colleague:
        colleague.candidates.add(make_form("Νίκη <Ζήση> & 妮基"))
        qtbot.waitUntil(lambda: window.candidates.model.rowCount() == 1, timeout=15_000)
    settle(qtbot)
    assert window.candidates.model.index(0, 0).data() == "Νίκη <Ζήση> & 妮基"
    close(window)


def test_coming_back_to_the_window_shows_a_change_at_once(qtbot, coach: Coach, monkeypatch) -> None:
    monkeypatch.setattr(change_refresh, "INTERVAL_SECONDS", 600)  # no tick while the test runs: only the focus
    window = open_window(qtbot, coach, CANDIDATES)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is other.windowHandle())
    with closing(Coach.open(coach.db.url, actor="Colleague")) as colleague:
        colleague.candidates.add(make_form("Back to the front"))
        qtbot.wait(500)
        settle(qtbot)
        assert window.candidates.model.rowCount() == 0  # not yet: nobody asked
        window.activateWindow()
        qtbot.waitUntil(lambda: window.candidates.model.rowCount() == 1, timeout=15_000)
    settle(qtbot)
    close(window)


def conflicting_candidate(coach: Coach) -> tuple[int, Coach]:
    candidate_id = coach.candidates.add(make_form("Ana Ortiz", team="Billing"))
    return candidate_id, Coach.open(coach.db.url, actor="Colleague")


@pytest.mark.parametrize("choice", [conflict_dialog.EDIT, conflict_dialog.MINE, conflict_dialog.THEIRS])
def test_a_second_save_is_shown_the_first_and_chooses(qtbot, coach: Coach, monkeypatch, choice: str) -> None:
    candidate_id, colleague = conflicting_candidate(coach)
    dialog = CandidateDialog(coach, candidate_id)
    qtbot.addWidget(dialog)
    theirs = colleague.candidates.get(candidate_id)
    colleague.candidates.update(candidate_id, replace(theirs.form, team="Retention <VIP>"),
                                expected_version=theirs.version)
    colleague.close()
    dialog.ui.siteEdit.setText("Αθήνα")
    asked: list[Conflict] = []
    monkeypatch.setattr(conflict_dialog, "ask", lambda _parent, error, _labels=None: asked.append(error) or choice)
    dialog.save()
    assert len(asked) == 1
    assert asked[0].what_changed["team"] == ("Billing", "Retention <VIP>")
    assert asked[0].what_changed["site"] == ("Αθήνα", "")
    saved = coach.candidates.get(candidate_id).form
    if choice == conflict_dialog.MINE:  # saved over theirs, knowingly: the form as typed
        assert dialog.result() == dialog.DialogCode.Accepted
        assert (saved.team, saved.site) == ("Billing", "Αθήνα")
        return
    assert dialog.result() != dialog.DialogCode.Accepted  # nothing overwritten, the dialog stays open
    assert (saved.team, saved.site) == ("Retention <VIP>", "")
    if choice == conflict_dialog.EDIT:  # what was typed is kept, and the person is told why nothing was saved
        assert dialog.ui.siteEdit.text() == "Αθήνα"
        assert "someone else" in dialog.ui.formError.text()
    else:  # theirs in the form; saving now is no longer a conflict
        assert dialog.ui.teamEdit.text() == "Retention <VIP>"
        assert dialog.ui.siteEdit.text() == ""
        dialog.save()
        assert dialog.result() == dialog.DialogCode.Accepted
        assert len(asked) == 1


def test_the_differences_are_shown_escaped_yours_beside_theirs(qtbot) -> None:
    error = Conflict("changed", {"team": ("<b>Billing</b>", "R&D 研发"), "mentor": (None, 3)}, current_version=4)
    html = conflict_dialog.differences_html(error, {"team": "Team"})
    assert "&lt;b&gt;Billing&lt;/b&gt;" in html and "R&amp;D 研发" in html and "<b>Billing</b>" not in html
    assert "<td>—</td><td>3</td>" in html


def test_the_conflict_question_defaults_to_keeping_what_was_typed(qtbot, when_dialog_opens) -> None:
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:  # Enter: the default button
        seen.append(box.informativeText())
        box.defaultButton().click()

    when_dialog_opens(answer)
    choice = conflict_dialog.ask(None, Conflict("changed", {"topic": ("Mine", "Theirs")}))
    assert choice == conflict_dialog.EDIT
    assert "Theirs" in seen[0]


def test_a_session_saved_by_someone_else_is_offered_back(qtbot, coach: Coach, monkeypatch) -> None:
    candidate_id = coach.candidates.add(make_form("Li Wei 李伟"))
    delivery_id = coach.deliveries.add(DeliveryForm(candidate_id, datetime(2026, 11, 2, 9), "Refunds", trainees=5))
    dialog = SessionDialog(coach, delivery_id)
    qtbot.addWidget(dialog)
    with closing(Coach.open(coach.db.url, actor="Colleague")) as colleague:
        theirs = colleague.deliveries.get(delivery_id)
        colleague.deliveries.update(delivery_id, replace(theirs.form, topic="Refunds & returns 退款"),
                                    expected_version=theirs.version)
    monkeypatch.setattr(conflict_dialog, "ask", lambda *_args: conflict_dialog.THEIRS)
    dialog.ui.traineesSpin.setValue(8)
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.ui.topicEdit.text() == "Refunds & returns 退款"
    assert dialog.ui.traineesSpin.value() == 5
    assert coach.deliveries.get(delivery_id).form.trainees == 5


# -- a lead and a trainer on one server -----------------------------------------------------------------
def test_a_lead_and_a_trainer_see_each_others_changes_and_only_what_their_roles_allow(
        qtbot, team_server: Team) -> None:  # noqa: F811
    lena, alice = team_server.coach("lena"), team_server.coach("alice")
    try:
        lead = open_window(qtbot, lena, SESSIONS)
        trainer = open_window(qtbot, alice, SESSIONS)
        assert session_topics(lead) == {"alice's topic", "bob's topic", "Spare"}
        assert session_topics(trainer) == {"alice's topic", "Spare"}  # never Bob's
        # the lead logs a session for Alice: it appears in her window without a restart
        lena.deliveries.add(DeliveryForm(team_server.candidates["alice"], datetime(2026, 6, 1, 9),
                                         "Από τον επικεφαλής"))
        qtbot.waitUntil(lambda: "Από τον επικεφαλής" in session_topics(trainer), timeout=15_000)
        # Alice logs her own: the lead sees it; a session for Bob added by the lead never reaches Alice
        alice.deliveries.add(DeliveryForm(team_server.candidates["alice"], datetime(2026, 6, 2, 9), "自己的课"))
        lena.deliveries.add(DeliveryForm(team_server.candidates["bob"], datetime(2026, 6, 3, 9), "Bob's second"))
        qtbot.waitUntil(lambda: {"自己的课", "Bob's second"} <= session_topics(lead), timeout=15_000)
        settle(qtbot)
        qtbot.waitUntil(lambda: "自己的课" in session_topics(trainer), timeout=15_000)
        assert "Bob's second" not in session_topics(trainer) and "bob's topic" not in session_topics(trainer)
        # who may hand out logins: the lead's people dialog offers it, the trainer's does not
        lead_people, trainer_people = PeopleDialog(lena, lead), PeopleDialog(alice, trainer)
        assert lead_people.may_grant and not lead_people.ui.accessBox.isHidden()
        assert not trainer_people.may_grant and trainer_people.ui.accessBox.isHidden()
        close(lead)
        close(trainer)
    finally:
        wait_and_close(lena, alice)


def wait_and_close(*coaches: Coach) -> None:
    from trainercoach.gui.workers import wait_for_workers

    wait_for_workers()
    for coach in coaches:
        coach.close()


def test_a_lead_gives_a_person_a_login_and_a_role_from_the_app(qtbot, team_server: Team, login_role) -> None:  # noqa: F811
    lena = team_server.coach("lena")
    try:
        person = lena.people.add("Μαρία Κ. 玛丽亚", role="trainer")
        dialog = PeopleDialog(lena)
        qtbot.addWidget(dialog)
        assert dialog.may_grant
        dialog.select_person(person)
        dialog.ui.loginEdit.setText("Not A Login!")
        dialog.grant()
        assert dialog.ui.accessErrorLabel.isVisibleTo(dialog) and "lower-case" in dialog.ui.accessErrorLabel.text()
        assert [login.person_id for login in lena.people.logins()].count(person) == 0  # nothing made
        login = login_role("maria")
        dialog.ui.loginEdit.setText(login)
        dialog.ui.accessRoleCombo.setCurrentIndex(dialog.ui.accessRoleCombo.findData("trainer"))
        dialog.ui.loginEdit.setText("postgres")  # the server's administrator: refused in words, nothing made
        dialog.grant()
        assert "administrator" in dialog.ui.accessErrorLabel.text()
        assert dialog.ui.loginEdit.text() == "postgres"  # what she typed stays
        assert person not in {r.person_id for r in lena.people.logins()}
        dialog.ui.loginEdit.setText(login)
        dialog.grant()  # Lena's login has no power over the server's logins, and needs none (issue 15)
        assert not dialog.ui.accessErrorLabel.isVisibleTo(dialog)
        assert (login, person, "trainer") in {(r.db_user, r.person_id, r.role) for r in lena.people.logins()}
        row = next(r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 0).data() == "Μαρία Κ. 玛丽亚")
        assert login in dialog.model.index(row, 3).data()
        dialog.select_person(person)
        dialog.revoke()
        assert person not in {r.person_id for r in lena.people.logins()}
    finally:
        lena.close()


class Link:
    """A port in front of the PostgreSQL server that passes bytes until it is cut, as a VPN or Wi-Fi drops, and
    passes them again once mended."""

    def __init__(self, host: str, port: int) -> None:
        import socket
        import threading

        self._target = (host, port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._open = threading.Event()
        self._open.set()
        self._sockets: list = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket
        import threading

        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if not self._open.is_set():
                client.close()  # the network is down: the connection ends at once
                continue
            server = socket.create_connection(self._target)
            self._sockets += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source, sink) -> None:  # sockets
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with suppress(OSError):
                    end.close()

    def cut(self) -> None:
        import socket

        self._open.clear()
        for end in self._sockets:
            with suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
        self._sockets.clear()

    def mend(self) -> None:
        self._open.set()

    def close(self) -> None:
        self.cut()
        self._listener.close()


def test_a_save_while_the_server_is_away_is_said_plainly_and_keeps_what_was_typed(qtbot, postgres_server) -> None:
    from sqlalchemy.engine import make_url

    schema = postgres_server.create_schema()
    real = make_url(postgres_server.url(schema))
    link = Link(real.host or "127.0.0.1", real.port or 5432)
    coach = Coach.open(real.set(port=link.port).render_as_string(hide_password=False), actor="Lead on the train")
    try:
        dialog = CandidateDialog(coach)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.ui.nameEdit.setText("Ζωή 佐伊 <&>")
        dialog.ui.notesEdit.setPlainText("Typed on a train 🚆")
        link.cut()
        qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.ui.formError.isVisible()
        assert "Cannot reach the team server" in dialog.ui.formError.text()
        assert dialog.ui.nameEdit.text() == "Ζωή 佐伊 <&>"
        assert dialog.ui.notesEdit.toPlainText() == "Typed on a train 🚆"
        link.mend()  # back in range: the same Save again
        qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        assert dialog.result() == dialog.DialogCode.Accepted
        with closing(Coach.open(real.render_as_string(hide_password=False), actor="check")) as direct:
            assert [(c.name, direct.candidates.get(c.id).form.notes) for c in direct.candidates.list()] == [
                ("Ζωή 佐伊 <&>", "Typed on a train 🚆")]
    finally:
        coach.close()
        link.close()
        postgres_server.drop_schema(schema)
