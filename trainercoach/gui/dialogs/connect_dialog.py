"""Connect to team server: where the shared PostgreSQL database is, and who you are on it.

"Test connection" and "Connect" both try the server first (off the GUI thread: an unreachable server takes
seconds to say so), and a failure is shown here in words, with everything typed still in place to correct
and try again. "Remember" keeps the server's URL without the password in the settings; the password goes
into the system keyring when there is one, and otherwise the person is shown the line for ~/.pgpass. The
password is never written in plain text by the app.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from trainercoach.db import credentials, lifecycle
from trainercoach.db.credentials import ServerLogin
from trainercoach.errors import TrainerCoachError
from trainercoach.gui.forms.ui_connect_dialog import Ui_ConnectDialog
from trainercoach.gui.modal import run_dialog
from trainercoach.gui.settings import settings as app_settings
from trainercoach.gui.workers import Worker

SETTING = "team/url"


class ConnectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or app_settings()
        self.ui = Ui_ConnectDialog()
        self.ui.setupUi(self)
        self.worker: Worker | None = None
        self._connect_after_test = False
        self.connected_url: str | None = None
        self.connect_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("&Connect"))
        self.ui.rememberCheck.setToolTip(self.tr(
            "Keeps the server, database and login in your settings. The password goes into the system keyring "
            "if there is one; the settings never hold it."))
        remembered = self.settings.value(SETTING, "")
        if remembered:
            self._fill(ServerLogin.from_url(str(remembered)))
            self.ui.rememberCheck.setChecked(True)
            if credentials.password_for(str(remembered)):
                self.ui.passwordEdit.setPlaceholderText(self.tr("kept in the system keyring"))
        self.ui.testButton.clicked.connect(self.test)
        self.ui.buttonBox.accepted.connect(self.try_to_connect)
        self.ui.buttonBox.rejected.connect(self.reject)
        (self.ui.passwordEdit if remembered else self.ui.hostEdit).setFocus()

    # -- what was typed ------------------------------------------------------------------------------
    def _fill(self, login: ServerLogin) -> None:
        self.ui.hostEdit.setText(login.host)
        self.ui.portSpin.setValue(login.port)
        self.ui.databaseEdit.setText(login.database)
        self.ui.userEdit.setText(login.user)

    def login(self) -> ServerLogin:
        return ServerLogin(self.ui.hostEdit.text().strip(), self.ui.portSpin.value(),
                           self.ui.databaseEdit.text().strip(), self.ui.userEdit.text().strip())

    def url(self) -> str:
        """The server's URL without the password: what is remembered and handed to the app."""
        return self.login().url()

    # -- testing ---------------------------------------------------------------------------------------
    def test(self) -> None:
        self._connect_after_test = False
        self._start()

    def try_to_connect(self) -> None:
        self._connect_after_test = True
        self._start()

    def _start(self) -> None:
        if self.worker is not None:
            return
        problems = self.login().problems()
        if problems:
            self._show_error(" ".join(problems.values()))
            return
        password = self.ui.passwordEdit.text()
        url = self.login().url(password or None)  # held only by the test's own connection
        self._busy(True)
        self.ui.statusLabel.setText(self.tr("Connecting to {server}…").format(server=self.login().host))
        self.ui.errorLabel.setVisible(False)
        self.worker = Worker(lambda _progress, _cancelled: lifecycle.try_connection(url), self)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._finished)
        self.worker.start()

    def _busy(self, busy: bool) -> None:
        for widget in (self.ui.testButton, self.connect_button, self.ui.hostEdit, self.ui.portSpin,
                       self.ui.databaseEdit, self.ui.userEdit, self.ui.passwordEdit):
            widget.setEnabled(not busy)

    def _finished(self) -> None:
        self.worker = None
        self._busy(False)

    def _succeeded(self, message: str) -> None:
        self.ui.statusLabel.setText(message)
        if self._connect_after_test:
            self._accept_connected()

    def _failed(self, error: BaseException) -> None:
        self.ui.statusLabel.clear()
        if isinstance(error, TrainerCoachError):
            self._show_error(str(error))
        else:
            self._show_error(self.tr("Could not connect: {reason}").format(reason=error))

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(True)

    # -- connecting ------------------------------------------------------------------------------------
    def _accept_connected(self) -> None:
        url = self.url()
        password = self.ui.passwordEdit.text()
        if password:
            credentials.keep_for_this_run(url, password)
        if self.ui.rememberCheck.isChecked():
            self.settings.setValue(SETTING, url)
            self.settings.sync()
            if password and not credentials.save_in_keyring(url, password):
                QMessageBox.information(self, self.tr("Password not saved"), self.pgpass_advice())
        elif self.settings.value(SETTING, "") == url:
            self.settings.remove(SETTING)
            credentials.forget(url)
            if password:
                credentials.keep_for_this_run(url, password)
        self.connected_url = url
        self.accept()

    def pgpass_advice(self) -> str:
        return self.tr(
            "There is no system keyring on this computer, so the password was not saved; the app never writes "
            "it in plain text. To connect without typing it each time, add this line to your PostgreSQL "
            "password file {path} (with your password in place of YOUR_PASSWORD), readable only by you "
            "(chmod 600 {path}):\n\n{line}").format(path=credentials.pgpass_path(),
                                                    line=credentials.pgpass_line(self.login()))

    def done(self, result: int) -> None:
        if self.worker is not None:  # closing while a test runs: wait for its (timed-out) end
            self.worker.wait(15_000)
        super().done(result)


def connect_to_team_server(parent: QWidget | None = None) -> str | None:
    """Ask where the team server is and sign in; the URL (without its password) once the server answered,
    or None if the person cancelled. The password, if one was typed, stays in memory for this run."""
    dialog = ConnectDialog(parent)
    return dialog.connected_url if run_dialog(dialog) == QDialog.DialogCode.Accepted else None
