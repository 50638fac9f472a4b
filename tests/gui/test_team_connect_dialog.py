"""The connect dialog: test a team server, say plainly when it cannot be reached, remember it safely."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.conftest import PostgresServer
from trainercoach.db import credentials
from trainercoach.gui import app as app_module
from trainercoach.gui.dialogs import connect_dialog
from trainercoach.gui.dialogs.connect_dialog import SETTING, ConnectDialog
from trainercoach.gui.settings import settings

PASSWORD = "s3cret-Σ-密"


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """No keyring unless a test brings one: the developer's own keyring is never touched."""
    monkeypatch.setitem(sys.modules, "keyring", None)
    monkeypatch.setattr(credentials, "_typed", {})


@pytest.fixture
def fake_keyring(monkeypatch: pytest.MonkeyPatch) -> dict[tuple[str, str], str]:
    stored: dict[tuple[str, str], str] = {}
    module = types.ModuleType("keyring")
    module.set_password = lambda service, key, value: stored.__setitem__((service, key), value)
    module.get_password = lambda service, key: stored.get((service, key))
    module.delete_password = lambda service, key: stored.pop((service, key))
    monkeypatch.setitem(sys.modules, "keyring", module)
    return stored


def fill(dialog: ConnectDialog, host: str, port: int, database: str, user: str, password: str = "") -> None:
    dialog.ui.hostEdit.setText(host)
    dialog.ui.portSpin.setValue(port)
    dialog.ui.databaseEdit.setText(database)
    dialog.ui.userEdit.setText(user)
    dialog.ui.passwordEdit.setText(password)


def fill_with_server(dialog: ConnectDialog, server: PostgresServer, password: str = "") -> None:
    url = make_url(server.url())
    fill(dialog, url.host or "", url.port or 5432, url.database or "", url.username or "", password)


def wait_for_answer(qtbot, dialog: ConnectDialog) -> None:
    qtbot.waitUntil(lambda: dialog.worker is None and (dialog.ui.errorLabel.isVisibleTo(dialog)
                                                      or "Connected" in dialog.ui.statusLabel.text()), timeout=20_000)


def test_test_connection_reports_the_server_and_what_is_on_it(qtbot, postgres_server: PostgresServer) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    fill_with_server(dialog, postgres_server)
    dialog.ui.testButton.click()
    wait_for_answer(qtbot, dialog)
    assert "Connected to PostgreSQL" in dialog.ui.statusLabel.text()
    assert "empty" in dialog.ui.statusLabel.text()
    assert not dialog.ui.errorLabel.isVisibleTo(dialog)


def test_an_unreachable_server_is_said_plainly_and_nothing_typed_is_lost(qtbot) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    fill(dialog, "127.0.0.1", 1, "trainercoach", "maria", PASSWORD)
    dialog.ui.buttonBox.accepted.emit()  # Connect
    wait_for_answer(qtbot, dialog)
    assert dialog.ui.errorLabel.text().startswith("Cannot reach the team server at 127.0.0.1:1")
    assert "Traceback" not in dialog.ui.errorLabel.text()
    assert dialog.result() == 0 and dialog.connected_url is None
    assert (dialog.ui.hostEdit.text(), dialog.ui.portSpin.value(), dialog.ui.userEdit.text(),
            dialog.ui.passwordEdit.text()) == ("127.0.0.1", 1, "maria", PASSWORD)
    assert dialog.ui.testButton.isEnabled()  # ready to try again


def test_missing_details_are_asked_for_before_connecting(qtbot) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    fill(dialog, "", 5432, "trainercoach", "")
    dialog.ui.testButton.click()
    assert "server's name" in dialog.ui.errorLabel.text() and "your login" in dialog.ui.errorLabel.text()
    assert dialog.worker is None


def test_remember_without_a_keyring_keeps_no_password_and_points_to_pgpass(
        qtbot, postgres_server: PostgresServer, monkeypatch: pytest.MonkeyPatch, private_home: Path) -> None:
    shown: list[str] = []
    monkeypatch.setattr("trainercoach.gui.dialogs.connect_dialog.QMessageBox.information",
                        lambda _parent, _title, text: shown.append(text))
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    fill_with_server(dialog, postgres_server, PASSWORD)
    dialog.ui.rememberCheck.setChecked(True)
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: dialog.connected_url is not None, timeout=20_000)

    url = dialog.connected_url
    assert make_url(url).password is None and settings().value(SETTING) == url
    assert shown and ".pgpass" in shown[0] and "YOUR_PASSWORD" in shown[0] and PASSWORD not in shown[0]
    for path in private_home.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
    assert credentials.password_for(url) == PASSWORD  # for this run only, in memory

    again = ConnectDialog()  # the next time: the server filled in, the password asked for
    qtbot.addWidget(again)
    assert again.url() == url and again.ui.passwordEdit.text() == ""


def test_remember_with_a_keyring_puts_the_password_there(
        qtbot, postgres_server: PostgresServer, fake_keyring: dict) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    fill_with_server(dialog, postgres_server, PASSWORD)
    dialog.ui.rememberCheck.setChecked(True)
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: dialog.connected_url is not None, timeout=20_000)
    assert list(fake_keyring.values()) == [PASSWORD]
    assert PASSWORD not in str(settings().value(SETTING))
    credentials._typed.clear()
    assert credentials.password_for(dialog.connected_url) == PASSWORD
    again = ConnectDialog()
    qtbot.addWidget(again)
    assert "keyring" in again.ui.passwordEdit.placeholderText()


def test_the_launcher_offers_a_retry_when_the_server_is_away(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(app_module.Launcher, "_retry", staticmethod(lambda text: asked.append(text) or len(asked) < 2))
    launcher = app_module.Launcher()
    assert launcher.open("postgresql://maria@127.0.0.1:1/trainercoach", False) is None
    assert len(asked) == 2 and asked[0].startswith("Cannot reach the team server at 127.0.0.1:1")
    launcher.close()


def test_the_launcher_opens_a_window_on_the_server_the_dialog_connected_to(
        monkeypatch: pytest.MonkeyPatch, postgres_server: PostgresServer) -> None:
    schema = postgres_server.create_schema()
    try:
        monkeypatch.setattr(connect_dialog, "connect_to_team_server", lambda _parent=None: postgres_server.url(schema))
        launcher = app_module.Launcher()
        window = launcher.open_team_server()
        assert window is not None and window.coach.db.is_postgresql
        assert len(window.coach.pipeline.stages()) == 9
        window.close()
        launcher.close()
    finally:
        postgres_server.drop_schema(schema)
