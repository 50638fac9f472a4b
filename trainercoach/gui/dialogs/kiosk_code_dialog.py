"""The kiosk's unlock code: chosen by the trainer when the kiosk starts, asked for whenever it should end."""

from __future__ import annotations

import hmac

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QWidget

from trainercoach.gui.forms.ui_kiosk_code_dialog import Ui_KioskCodeDialog

MIN_CODE, MAX_CODE = 4, 8


class KioskCodeDialog(QDialog):
    """Choose the unlock code (typed twice, so a slip of the finger cannot lock the trainer out), or type it
    to leave the kiosk (``expected`` given)."""

    def __init__(self, expected: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.expected = expected
        self.ui = Ui_KioskCodeDialog()
        self.ui.setupUi(self)
        digits = QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{MAX_CODE}}}"), self)
        self.ui.codeEdit.setValidator(digits)
        self.ui.repeatEdit.setValidator(digits)
        if expected is None:
            self.setWindowTitle(self.tr("Start the feedback kiosk"))
            self.ui.introLabel.setText(self.tr(
                "Choose an unlock code of {low} to {high} digits. Trainees cannot leave the kiosk without it; "
                "you will need it to finish.").format(low=MIN_CODE, high=MAX_CODE))
        else:
            self.setWindowTitle(self.tr("Finish the kiosk"))
            self.ui.introLabel.setText(self.tr("Trainer: type the unlock code to leave the kiosk."))
            self.ui.repeatLabel.setVisible(False)
            self.ui.repeatEdit.setVisible(False)
        self.ui.buttonBox.accepted.connect(self.check)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.codeEdit.setFocus()

    def code(self) -> str:
        return self.ui.codeEdit.text()

    def _refuse(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(True)
        self.ui.codeEdit.clear()
        self.ui.repeatEdit.clear()
        self.ui.codeEdit.setFocus()

    def check(self) -> None:
        code = self.code()
        if self.expected is not None:
            if hmac.compare_digest(code.encode(), self.expected.encode()):
                self.accept()
            else:
                self._refuse(self.tr("That is not the unlock code."))
            return
        if not MIN_CODE <= len(code) <= MAX_CODE or not code.isdigit():
            self._refuse(self.tr("The code is {low} to {high} digits.").format(low=MIN_CODE, high=MAX_CODE))
        elif code != self.ui.repeatEdit.text():
            self._refuse(self.tr("The two codes differ: type the same code twice."))
        else:
            self.accept()
