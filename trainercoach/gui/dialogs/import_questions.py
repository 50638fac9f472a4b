"""The questions the feedback import window asks the lead rather than guess: day or month first, which time zone
an ambiguous name means, forms dated outside the session, comment-only forms. Each is asked once per file, on
Import, and the answer goes into the mapping (or the import's options), so a saved preset keeps it. The words are
the import window's (its translation context), wherever they are written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from trainercoach.gui.modal import run_dialog
from trainercoach.imports.feedback_import import OUTSIDE_IMPORT, OUTSIDE_LEAVE_OUT
from trainercoach.imports.times import DAY_FIRST, MONTH_FIRST, offset_text, zone_meanings


def ask_date_order(parent: QWidget) -> str:
    """10/11/2025 is 10 November or 11 October: the lead says which the file uses, it is never guessed."""
    box = QMessageBox(
        QMessageBox.Icon.Question, QCoreApplication.translate("ImportFeedbackDialog", "Day or month first?"),
        QCoreApplication.translate("ImportFeedbackDialog", "Every response time in this file could be read "
                                   "day/month or month/day (such as 10/11/2025). Which does the file use?"),
        parent=parent)
    day = box.addButton(QCoreApplication.translate("ImportFeedbackDialog", "Day first (10 November)"),
                        QMessageBox.ButtonRole.AcceptRole)
    month = box.addButton(QCoreApplication.translate("ImportFeedbackDialog", "Month first (October 11)"),
                          QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    run_dialog(box)
    return DAY_FIRST if box.clickedButton() is day else MONTH_FIRST if box.clickedButton() is month else ""


def zone_choice_text(name: str, meaning: str, offset: str) -> str:
    """A meaning as the question spells it out: "CST — China Standard Time, UTC+08:00"."""
    return QCoreApplication.translate("ImportFeedbackDialog", "{name} — {meaning}, {offset}").format(
        name=name, meaning=meaning, offset=offset_text(offset))


class ZoneQuestion(QDialog):
    """Which time zone an ambiguous name means: the question, then one button per meaning, one under the other
    (spelled out with its offset, they are too long to sit side by side), and Cancel."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offset = ""
        self.setWindowTitle(QCoreApplication.translate("ImportFeedbackDialog", "Which time zone is {name}?").format(
            name=name))
        layout = QVBoxLayout(self)
        self.label = QLabel(QCoreApplication.translate(
            "ImportFeedbackDialog", "The response times in this file are marked {name}, a name that several time "
            "zones share. Which one did the survey use?").format(name=name), self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label)
        self.choices: list[QPushButton] = []
        for offset, meaning in zone_meanings(name):
            button = QPushButton(zone_choice_text(name, meaning, offset), self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, offset=offset: self._choose(offset))
            layout.addWidget(button)
            self.choices.append(button)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        box.rejected.connect(self.reject)
        self.cancel_button = box.button(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(box)
        self.setMinimumWidth(min(720, max(420, self.sizeHint().width())))

    def text(self) -> str:
        return self.label.text()

    def buttons(self) -> list[QPushButton]:
        """The choices, in the order the names' meanings are listed (the most common first), then Cancel."""
        return [*self.choices, self.cancel_button]

    def _choose(self, offset: str) -> None:
        self.offset = offset
        self.accept()


def ask_zone(parent: QWidget, name: str) -> str:
    """"CST" is China's, North America's Central or Cuba's: the lead says which, as an offset ("+08:00"); ""
    when they cancel."""
    question = ZoneQuestion(name, parent)
    run_dialog(question)
    return question.offset


def ask_outside(parent: QWidget, question: str) -> str:
    """Forms dated before the session or long after it: the lead says whether they belong to it. ``question`` is
    the window's own words with the count (a plural Qt translates through the window's tr)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("ImportFeedbackDialog", "Forms dated outside the session"), question,
        parent=parent)
    keep = box.addButton(QCoreApplication.translate("ImportFeedbackDialog", "Import them"),
                         QMessageBox.ButtonRole.AcceptRole)
    leave = box.addButton(QCoreApplication.translate("ImportFeedbackDialog", "Leave them out"),
                          QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    run_dialog(box)
    return OUTSIDE_IMPORT if box.clickedButton() is keep else OUTSIDE_LEAVE_OUT if box.clickedButton() is leave \
        else ""


def ask_comment_only(parent: QWidget) -> bool:
    """A mapping with no rating column is what a wrong guess looks like: import it only on the lead's word."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ImportFeedbackDialog", "Import comments only?"),
        QCoreApplication.translate("ImportFeedbackDialog", "No column is mapped to a rating, so only the comments "
                                   "would be imported and every rating in the file dropped.\n\nDoes this form "
                                   "really have comments only?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


__all__ = ["ZoneQuestion", "ask_comment_only", "ask_date_order", "ask_outside", "ask_zone", "zone_choice_text"]
