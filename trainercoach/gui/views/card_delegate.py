"""Draws a candidate as a card on the board: name, mentor, days in stage and selection score, and a green
border with a "Ready" badge when the candidate meets every readiness condition; otherwise, once read, the
readiness forecast ("Ready in ~3 sessions, 2–6")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from trainercoach.analytics.forecast import FORECAST, HORIZON, NOT_ENOUGH_DATA, Forecast
from trainercoach.gui.forecast_text import card_text
from trainercoach.gui.formats import score_text
from trainercoach.gui.models.board_model import FORECAST_ROLE, READY_ROLE, ROW_ROLE, StageColumnModel
from trainercoach.records.candidates import CandidateRow
from trainercoach.words import READINESS, word

STALLED_DAYS = 30
PAD = 8
MARGIN = 4  # between the card and its column's edges
READY_GREEN = "#079455"
# What a card's lines look like at their longest in practice: two-digit days and forecasts, the interval
# reaching past the horizon, too little data. Not the rarer "measured conditions met, awaiting sign-off": in
# English it alone would widen every column by a third; it is cut where it must be, and the tooltip has it whole.
SAMPLE_DAYS = 99
SAMPLE_FORECASTS = (Forecast(0, FORECAST, sessions_expected=HORIZON - 1, sessions_low=HORIZON - 10,
                             sessions_high=HORIZON + 1),
                    Forecast(0, FORECAST, sessions_expected=HORIZON + 1), Forecast(0, NOT_ENOUGH_DATA))


def fit(metrics: QFontMetrics, text: str, width: float) -> str:
    """``text`` as it fits ``width``: whole when it can be, else cut with "…" (a name longer than any card)."""
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width))


class CardDelegate(QStyledItemDelegate):
    def text_width(self, font: QFont) -> int:
        """The width a card's text needs to show its lines whole in the interface's language: the days in the
        stage and the forecast (in Greek both were cut with "…" at the board's first width)."""
        metrics = QFontMetrics(font)
        lines = [self.tr("%n day(s) in this stage", "", SAMPLE_DAYS)] + [card_text(f) for f in SAMPLE_FORECASTS]
        return max(metrics.horizontalAdvance(line) for line in lines) + 2

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(180, 4 * line + 2 * PAD + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row: CandidateRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        model = index.model()
        assert isinstance(model, StageColumnModel)  # this delegate draws the board's cards
        today = model.today
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect).adjusted(MARGIN, 3, -MARGIN, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ready = bool(index.data(READY_ROLE))
        border = "#2563eb" if selected else READY_GREEN if ready else "#d9dde3"
        painter.setPen(QPen(QColor(border), 2 if selected or ready else 1))
        painter.setBrush(QColor("#eff6ff" if selected else "#f0fdf4" if ready else "#ffffff"))
        painter.drawRoundedRect(card, 6, 6)

        text = card.adjusted(PAD, PAD - 2, -PAD, -PAD)
        metrics = QFontMetrics(option.font)
        line = metrics.lineSpacing()
        bold = QFont(option.font)
        bold.setBold(True)

        # The selection score sits in a pill at the top right, so the name gets the rest of the line.
        score = score_text(row.selection_score)
        pill_width = metrics.horizontalAdvance(score) + 12
        pill = QRectF(text.right() - pill_width, text.top() + 1, pill_width, line - 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#dbeafe" if row.selection_score is not None else "#f3f4f6"))
        painter.drawRoundedRect(pill, (line - 2) / 2, (line - 2) / 2)
        painter.setPen(QColor("#1d4ed8" if row.selection_score is not None else "#6b7280"))
        painter.setFont(option.font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, score)

        painter.setFont(bold)
        painter.setPen(QColor("#111827"))
        name_width = int(text.width() - pill_width - 6)
        name = fit(QFontMetrics(bold), row.name, name_width)
        painter.drawText(QRectF(text.left(), text.top(), name_width, line), Qt.AlignmentFlag.AlignLeft, name)

        painter.setFont(option.font)
        mentor = (self.tr("Mentor: {name}").format(name=row.mentor_name) if row.mentor_name
                  else self.tr("No mentor yet"))
        painter.setPen(QColor("#4b5563" if row.mentor_name else "#b54708"))
        painter.drawText(QRectF(text.left(), text.top() + line, text.width(), line), Qt.AlignmentFlag.AlignLeft,
                         fit(metrics, mentor, text.width()))

        days = row.days_in_stage(today)
        days_width = text.width()
        if ready:
            # The badge takes the bottom right, where the days line leaves room, so nothing else moves.
            badge_text = word(READINESS, "ready")
            badge_width = QFontMetrics(bold).horizontalAdvance(badge_text) + 14
            badge = QRectF(text.right() - badge_width, text.top() + 2 * line + 1, badge_width, line - 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(READY_GREEN))
            painter.drawRoundedRect(badge, (line - 2) / 2, (line - 2) / 2)
            painter.setPen(QColor("#ffffff"))
            painter.setFont(bold)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)
            painter.setFont(option.font)
            days_width -= badge_width + 6
        painter.setPen(QColor("#b54708" if days > STALLED_DAYS else "#4b5563"))
        painter.drawText(QRectF(text.left(), text.top() + 2 * line, days_width, line), Qt.AlignmentFlag.AlignLeft,
                         fit(metrics, self.tr("%n day(s) in this stage", "", days), days_width))
        forecast = index.data(FORECAST_ROLE)
        if forecast is not None and not ready:
            painter.setPen(QColor("#1d4ed8" if forecast.status == "forecast" else "#6b7280"))
            painter.drawText(QRectF(text.left(), text.top() + 3 * line, text.width(), line),
                             Qt.AlignmentFlag.AlignLeft,
                             fit(metrics, card_text(forecast), text.width()))
        painter.restore()
