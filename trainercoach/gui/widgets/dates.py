"""A date that may be left empty (hire date, a milestone's date, the retention check).

A QDateEdit cannot be empty: the app used to stand an "—" for 1 January 1900 in, and then typing a date into
it gave "—20230401", Tab would not leave, and the calendar opened at January 1900. This is a line edit
instead: empty is empty, a date is typed in the interface language's own format (or ISO 2023-04-01, which
every language reads), it is written back in that format when the field is left, the calendar (the button, or
Alt+Down / F4 as in Qt's own date edits) opens at the date shown, or at today or a date the dialog names, and
the clear button or deleting the text empties it. Text that is not a date stays as typed, in red, and the
dialog refuses to save it beside the field, rather than dropping it silently.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget

from trainercoach.gui.formats import date_edit_format, date_text


def _calendar_icon() -> QIcon:
    """A small calendar drawn here: icon themes are not there on every system (none on Windows or macOS)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555555"))
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(2, 3, 12, 3), QColor("#555555"))
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(QRect(x, y, 2, 2), QColor("#555555"))
    painter.end()
    return QIcon(pixmap)


def parse_date(text: str) -> date | None:
    """The date ``text`` names in the interface's format (one or two digits for day and month), in ISO form,
    or as eight digits (20230401); None when it names none."""
    text = text.strip()
    if not text:
        return None
    shown = date_edit_format()
    loose = shown.replace("dd", "d").replace("MM", "M")
    candidates = [loose, "yyyy-M-d", "yyyyMMdd"]
    for separator in "/.-":  # 1.4.2023 typed where the format says 1/4/2023
        candidates += [loose.replace(other, separator) for other in "/.-" if other != separator and other in loose]
    for fmt in candidates:
        value = QDate.fromString(text, fmt)
        if value.isValid() and value.year() >= 1900:
            return date(value.year(), value.month(), value.day())
    return None


class OptionalDateEdit(QLineEdit):
    """A date or nothing. ``value()`` is the date or None; ``problem()`` says why typed text is not a date."""

    dateChanged = Signal(object)  # the date or None, when the field is left or a day is picked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: date | None = None
        self._default: date | None = None
        self._popup: QFrame | None = None
        self.setClearButtonEnabled(True)
        # "e.g.": a grey date alone in an empty field reads as a date already there.
        self.setPlaceholderText(self.tr("e.g. {example}").format(example=self._format_hint()))
        self.calendar_action = QAction(_calendar_icon(), self.tr("Choose from a calendar"), self)
        self.calendar_action.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self._settle)
        self.textEdited.connect(self._typed)

    def _format_hint(self) -> str:
        """The format as a person reads it: 30/11/2026 for Greek, 2026-11-30 for English."""
        return date_text(date(2026, 11, 30))

    # -- the value -------------------------------------------------------------------------------
    def value(self) -> date | None:
        """The date typed or picked; None for an empty field (and for text that is not a date: see problem)."""
        return parse_date(self.text())

    def setValue(self, value: date | None) -> None:
        self._value = value
        self.setText("" if value is None else date_text(value))
        self._mark(ok=True)

    def set_default_date(self, value: date | None) -> None:
        """Where the calendar opens while the field is empty (the session's date, say); today if None."""
        self._default = value

    def problem(self) -> str | None:
        """Why the text is not a date, in the person's words; None when it is one or is empty."""
        if not self.text().strip() or parse_date(self.text()) is not None:
            return None
        return self.tr("“{text}” is not a date: type it as {example}, or leave it empty.").format(
            text=self.text().strip(), example=self._format_hint())

    # -- typing ----------------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._mark(ok=True)

    def _settle(self) -> None:
        """Leaving the field writes a readable date back in the interface's format; other text stays, red."""
        text = self.text().strip()
        value = parse_date(text)
        if value is not None:
            self.setText(date_text(value))
        self._mark(ok=not text or value is not None)
        if value != self._value:
            self._value = value
            self.dateChanged.emit(value)

    def _mark(self, *, ok: bool) -> None:
        self.setProperty("invalid", not ok)
        self.setToolTip("" if ok else (self.problem() or ""))
        self.setStyleSheet("" if ok else "QLineEdit { border: 1px solid #c62828; background: #fde8e8; }")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    # -- the calendar ----------------------------------------------------------------------------
    def open_calendar(self) -> QCalendarWidget:
        """Open the month of the date shown, or of the default date, or today's; a picked day fills the field."""
        shown = self.value() or self._default or date.today()
        popup = QFrame(self, Qt.WindowType.Popup)
        popup.setFrameShape(QFrame.Shape.Box)
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(1, 1, 1, 1)
        calendar = QCalendarWidget(popup)
        calendar.setGridVisible(True)
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        calendar.setCurrentPage(shown.year, shown.month)
        layout.addWidget(calendar)
        calendar.clicked.connect(lambda day: self._picked(day, popup))
        calendar.activated.connect(lambda day: self._picked(day, popup))
        popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        popup.move(below)
        popup.show()
        calendar.setFocus()
        self._popup = popup
        self.calendar = calendar
        return calendar

    def _picked(self, day: QDate, popup: QFrame) -> None:
        popup.close()
        popup.deleteLater()
        self._popup = None
        self.setText(date_text(date(day.year(), day.month(), day.day())))
        self.setFocus()
        self._settle()
