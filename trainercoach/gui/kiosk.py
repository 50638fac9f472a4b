"""Kiosk mode: the trainer's laptop collects anonymous feedback from one trainee after another.

What keeps it honest: each submitted form is saved at once and the screen returns to a blank form (no back
button, no list), so the next trainee cannot see earlier answers; and nobody but the trainer can leave it,
because closing, Esc, Alt+F4 and Finish all ask for the code the trainer chose when starting it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trainercoach.errors import NotFound
from trainercoach.gui.dialogs.kiosk_code_dialog import KioskCodeDialog
from trainercoach.gui.forms.ui_kiosk_window import Ui_KioskWindow
from trainercoach.gui.messages import show_error
from trainercoach.gui.modal import run_dialog
from trainercoach.gui.operations import run_op
from trainercoach.records.feedback import FeedbackEntry, FeedbackItemRecord
from trainercoach.services import Coach

THANKS_SECONDS = 8  # how long "Thank you" stays for the trainee who submitted

# str(): PySide6's stubs say QT_TRANSLATE_NOOP returns object; it returns its text, marked for lupdate.
ANCHORS = {"likert": (str(QT_TRANSLATE_NOOP("KioskWindow", "Strongly disagree")),
                      str(QT_TRANSLATE_NOOP("KioskWindow", "Strongly agree"))),
           "recommend": (str(QT_TRANSLATE_NOOP("KioskWindow", "Not at all likely")),
                         str(QT_TRANSLATE_NOOP("KioskWindow", "Extremely likely")))}


class KioskWindow(QWidget):
    """Full-screen anonymous feedback for one session; ``collected`` counts what this round saved."""

    def __init__(self, coach: Coach, delivery_id: int, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.coach = coach
        self.delivery_id = delivery_id
        self._code = code
        self.unlocked = False
        self.collected = 0
        self._asking = False
        self.ui = Ui_KioskWindow()
        self.ui.setupUi(self)
        detail = coach.deliveries.get(delivery_id)
        self.setWindowTitle(self.tr("Feedback — {topic}").format(topic=detail.form.topic))
        self.ui.topicLabel.setText(detail.form.topic)
        self.items = coach.feedback.items()
        self.scales: dict[str, dict[int, QPushButton]] = {}
        for position, item in enumerate(self.items):
            self.ui.questionsLayout.insertWidget(position, self._question(item))
        self.ui.questionsLayout.addStretch(1)
        self.ui.submitButton.clicked.connect(self.submit)
        self.ui.finishButton.clicked.connect(self.request_exit)
        self.ui.commentEdit.textChanged.connect(self._started)
        # The thanks are for the trainee who just submitted: they go when the next one starts, when a refusal
        # is shown (never both at once), or after a few seconds, so the next person meets a plain form.
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(THANKS_SECONDS * 1000)
        self.thanks_timer.timeout.connect(lambda: self.ui.thanksLabel.setVisible(False))

    # -- the form --------------------------------------------------------------------------------
    def _question(self, item: FeedbackItemRecord) -> QWidget:
        box = QWidget(self.ui.questionsWidget)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(item.label, box)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setProperty("class", "kioskQuestion")
        layout.addWidget(label)
        low, high = item.range
        wide = high - low < 6
        grid = QGridLayout()
        grid.setHorizontalSpacing(12 if wide else 8)
        buttons: dict[int, QPushButton] = {}
        for column, value in enumerate(range(low, high + 1)):
            button = QPushButton(str(value), box)
            button.setCheckable(True)
            button.setProperty("class", "kioskScore")
            button.setFixedSize(88 if wide else 64, 64)
            button.setAccessibleName(f"{item.label}: {value}")
            button.clicked.connect(lambda checked, key=item.key, v=value: self._choose(key, v, checked))
            grid.addWidget(button, 0, column)
            buttons[value] = button
        first, last = (self.tr(text) for text in ANCHORS[item.kind])
        span = 2 if wide else 4
        count = high - low + 1
        for text, column, align in ((first, 0, Qt.AlignmentFlag.AlignLeft),
                                    (last, count - span, Qt.AlignmentFlag.AlignRight)):
            anchor = QLabel(text, box)
            anchor.setProperty("class", "kioskAnchor")
            anchor.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            grid.addWidget(anchor, 1, column, 1, span, align)
        row = QHBoxLayout()
        row.addLayout(grid)
        row.addStretch(1)
        layout.addLayout(row)
        label.setBuddy(buttons[low])
        self.scales[item.key] = buttons
        return box

    def _choose(self, key: str, value: int, checked: bool) -> None:
        """One answer per question; tapping the chosen number again takes the answer back."""
        for other, button in self.scales[key].items():
            if other != value:
                button.setChecked(False)
        self._started()
        del checked

    def _started(self) -> None:
        self.thanks_timer.stop()
        self.ui.thanksLabel.setVisible(False)
        self.ui.errorLabel.setVisible(False)

    def entry(self) -> FeedbackEntry:
        answers = {key: next((v for v, b in buttons.items() if b.isChecked()), None)
                   for key, buttons in self.scales.items()}
        return FeedbackEntry(answers, self.ui.commentEdit.toPlainText())

    def clear(self) -> None:
        for buttons in self.scales.values():
            for button in buttons.values():
                button.setChecked(False)
        self.ui.commentEdit.blockSignals(True)
        self.ui.commentEdit.clear()
        self.ui.commentEdit.blockSignals(False)
        self.ui.questionsArea.verticalScrollBar().setValue(0)

    def show_errors(self, errors: dict[str, str]) -> None:
        """A refusal, shown to the trainee on the form (without the "Form 1:" a list of forms would need)."""
        self.thanks_timer.stop()
        self.ui.thanksLabel.setVisible(False)
        self.ui.errorLabel.setText("\n".join(re.sub(r"^Form \d+: ", "", m) for m in errors.values()))
        self.ui.errorLabel.setVisible(bool(errors))

    def submit(self) -> None:
        """Save this trainee's answers, then a blank form for the next one: nothing of theirs stays on screen."""
        delivery_id, entry = self.delivery_id, self.entry()
        if not run_op(self, self.coach, lambda: self.coach.feedback.add_response(delivery_id, entry, source="kiosk"),
                      form=self).ok:
            return
        self.collected += 1
        self.clear()
        self.ui.errorLabel.setVisible(False)
        self.ui.thanksLabel.setText(self.tr("Thank you! Your answers are saved. "
                                            "The form is ready for the next person."))
        self.ui.thanksLabel.setVisible(True)
        self.thanks_timer.start()

    # -- leaving ---------------------------------------------------------------------------------
    def request_exit(self) -> bool:
        """Ask for the trainer's code; with it, tell the trainer how many forms were collected and close."""
        if self.unlocked:
            return self.close()
        if self._asking:
            return False
        self._asking = True
        try:
            dialog = KioskCodeDialog(self._code, self)
            if run_dialog(dialog) != QDialog.DialogCode.Accepted:
                return False
        finally:
            self._asking = False
        self.unlocked = True
        self.clear()
        QMessageBox.information(self, self.tr("Kiosk finished"), self.tr(
            "%n feedback form(s) collected in this kiosk round.", "", self.collected))
        return self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.request_exit()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.unlocked:
            event.accept()
            return
        # Not without the trainer: the request is answered after this event, never inside it.
        event.ignore()
        QTimer.singleShot(0, self.request_exit)


def start_kiosk(coach: Coach, delivery_id: int, parent: QWidget | None = None) -> KioskWindow | None:
    """Ask the trainer for an unlock code, then open the kiosk full screen. None when the trainer cancels."""
    try:
        coach.deliveries.get(delivery_id)
    except NotFound as error:
        show_error(parent, error, "Kiosk not started")
        return None
    dialog = KioskCodeDialog(None, parent)
    if run_dialog(dialog) != QDialog.DialogCode.Accepted:
        return None
    window = KioskWindow(coach, delivery_id, dialog.code(), parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.showFullScreen()
    window.activateWindow()
    return window


__all__ = ["KioskCodeDialog", "KioskWindow", "start_kiosk"]
