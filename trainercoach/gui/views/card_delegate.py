"""Draws a candidate as a card on the board: name, mentor, days in stage and selection score."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from trainercoach.gui.labels import score_label
from trainercoach.gui.models.board_model import ROW_ROLE
from trainercoach.services.records import CandidateRow

STALLED_DAYS = 30
PAD = 8


class CardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(180, 3 * line + 2 * PAD + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row: CandidateRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        today = index.model().today
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect).adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(QColor("#2563eb" if selected else "#d9dde3"), 2 if selected else 1))
        painter.setBrush(QColor("#eff6ff" if selected else "#ffffff"))
        painter.drawRoundedRect(card, 6, 6)

        text = card.adjusted(PAD, PAD - 2, -PAD, -PAD)
        line = QFontMetrics(option.font).lineSpacing()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#111827"))
        name = QFontMetrics(bold).elidedText(row.name, Qt.TextElideMode.ElideRight, int(text.width()))
        painter.drawText(QRectF(text.left(), text.top(), text.width(), line), Qt.AlignmentFlag.AlignLeft, name)

        painter.setFont(option.font)
        metrics = QFontMetrics(option.font)
        mentor = (self.tr("Mentor: {name}").format(name=row.mentor_name) if row.mentor_name
                  else self.tr("No mentor yet"))
        painter.setPen(QColor("#4b5563" if row.mentor_name else "#b54708"))
        painter.drawText(QRectF(text.left(), text.top() + line, text.width(), line), Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(mentor, Qt.TextElideMode.ElideRight, int(text.width())))

        days = row.days_in_stage(today)
        stalled = days > STALLED_DAYS
        painter.setPen(QColor("#b54708" if stalled else "#4b5563"))
        days_text = self.tr("%n day(s) in stage", "", days)
        painter.drawText(QRectF(text.left(), text.top() + 2 * line, text.width(), line),
                         Qt.AlignmentFlag.AlignLeft, days_text)
        painter.setPen(QColor("#1d4ed8"))
        painter.drawText(QRectF(text.left(), text.top() + 2 * line, text.width(), line),
                         Qt.AlignmentFlag.AlignRight,
                         self.tr("Selection {score}").format(score=score_label(row.selection_score)))
        painter.restore()
