"""A chart on screen: the same Figure a builder in trainercoach.charts gives the PDFs, in a Qt canvas.

The canvas follows the widget's size (constrained layout re-flows labels at every size), and a new figure
replaces the old one in place: the old figure is closed so a page redrawn many times does not pile up figures.

What a person can do with it: rest the pointer on a bar or a point to read its value (the builder's tips, see
charts/style.py ChartFigure), turn the mouse wheel over it to scroll the page it sits on (a chart has nothing to
zoom), and save it as a PNG or SVG picture from its context menu.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt
from PySide6.QtGui import QAction, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QStackedLayout,
    QToolTip,
    QWidget,
)

from trainercoach.errors import TrainerCoachError
from trainercoach.files import replacing
from trainercoach.gui.dialogs.export_dialog import export_folder
from trainercoach.gui.messages import show_error
from trainercoach.gui.widgets.figure_tips import HELP_ANCHOR

MIN_HEIGHT = 260
# str(): PySide6's stubs say QT_TRANSLATE_NOOP returns object; it returns its text, marked for lupdate.
FORMATS = {"png": str(QT_TRANSLATE_NOOP("ChartView", "PNG image (*.png)")),
           "svg": str(QT_TRANSLATE_NOOP("ChartView", "SVG drawing (*.svg)"))}
PNG_DPI = 200  # sharp enough for a slide or a printed page


class _Canvas(FigureCanvasQTAgg):
    """matplotlib's canvas, minus what gets in a page's way: it takes the mouse wheel (for zooming, which these
    charts do not offer), so over a chart the page stopped scrolling. The wheel goes to the page that holds the
    chart, handed on explicitly (Qt only passes a wheel event on to a parent when it came from the device)."""

    def wheelEvent(self, event: QWheelEvent) -> None:  # Qt's name
        area = self.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            event.ignore()
            return
        viewport = area.viewport()
        forwarded = QWheelEvent(viewport.mapFromGlobal(event.globalPosition()), event.globalPosition(),
                                event.pixelDelta(), event.angleDelta(), event.buttons(), event.modifiers(),
                                event.phase(), event.inverted(), event.source())
        QApplication.sendEvent(viewport, forwarded)
        event.accept()


class ChartView(QWidget):
    """Holds at most one canvas; ``show_message`` stands in for the chart while its data is on its way."""

    def __init__(self, figure: Figure | None = None, parent: QWidget | None = None, *,
                 min_height: int = MIN_HEIGHT) -> None:
        super().__init__(parent)
        self._layout = QStackedLayout(self)
        self._message = QLabel()
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setProperty("class", "hint")
        self._message.setWordWrap(True)
        self._layout.addWidget(self._message)
        self.canvas: FigureCanvasQTAgg | None = None
        self.note = ""  # what the chart counts, shown when the pointer is over no bar or point
        self.tip = ""  # the tooltip shown last (the value under the pointer, or the note)
        self.save_action = QAction(self.tr("Save as PNG/SVG…"), self)
        self.save_action.setObjectName("saveChartAction")
        self.save_action.triggered.connect(self.save_as)
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        if figure is not None:
            self.set_figure(figure)

    @property
    def figure(self) -> Figure | None:
        return self.canvas.figure if self.canvas is not None else None

    def set_figure(self, figure: Figure) -> None:
        """Show ``figure`` instead of the current one, which is closed (its memory freed)."""
        old = self.canvas
        canvas = _Canvas(figure)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # The figure's own size is only where it starts: the layout gives the canvas the widget's size.
        canvas.setMinimumSize(1, 1)
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        canvas.customContextMenuRequested.connect(self._context_menu)
        canvas.mpl_connect("motion_notify_event", self._hover)
        canvas.setToolTip(self.note)
        self._layout.addWidget(canvas)
        self._layout.setCurrentWidget(canvas)
        self.canvas = canvas
        if old is not None:
            self._drop(old)
        canvas.draw_idle()

    def set_note(self, text: str) -> None:
        """Say what the chart counts (a tooltip wherever the pointer is not on a value)."""
        self.note = text
        if self.canvas is not None:
            self.canvas.setToolTip(text)

    def show_message(self, text: str) -> None:
        self._message.setText(text)
        self._layout.setCurrentWidget(self._message)

    def clear(self) -> None:
        if self.canvas is not None:
            self._drop(self.canvas)
            self.canvas = None
        self._layout.setCurrentWidget(self._message)

    def _drop(self, canvas: FigureCanvasQTAgg) -> None:
        self._layout.removeWidget(canvas)
        canvas.figure.clear()
        canvas.hide()
        canvas.setParent(None)
        canvas.deleteLater()

    # -- values under the pointer -------------------------------------------------------------------------------
    def _hover(self, event: MouseEvent) -> None:
        canvas = self.canvas
        if canvas is None or event.x is None or event.y is None:
            return
        tip_at = getattr(canvas.figure, "tip_at", None)
        text = (tip_at(event) if tip_at is not None else None) or self.note
        if text == self.tip and QToolTip.isVisible():
            return
        self.tip = text
        ratio = canvas.device_pixel_ratio or 1
        # matplotlib counts from the bottom left in physical pixels, Qt from the top left in logical ones.
        where = QPoint(int(event.x / ratio), int(canvas.height() - event.y / ratio))
        if text:
            QToolTip.showText(canvas.mapToGlobal(where), text, canvas)
        else:
            QToolTip.hideText()

    # -- saving -------------------------------------------------------------------------------------------------
    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.save_action)
        anchor = self.property(HELP_ANCHOR)
        guide = getattr(self.window(), "user_guide", None)
        if anchor and guide is not None:  # the main window's guide, reached through it (never imported here)
            menu.addAction(self.tr("How is this computed?"), lambda: guide(str(anchor)))
        self.save_action.setEnabled(self.canvas is not None)
        return menu

    def _context_menu(self, position: QPoint) -> None:
        if self.canvas is not None:
            self.context_menu().exec(self.canvas.mapToGlobal(position))

    def save_as(self) -> Path | None:
        """Ask where, then write the chart as PNG or SVG (by the type chosen, else the name's ending). The file
        is written whole or not at all (files.replacing). None when the person cancels or it fails."""
        figure = self.figure
        if figure is None:
            return None
        filters = [self.tr(FORMATS["png"]), self.tr(FORMATS["svg"])]
        suggested = str(Path(export_folder()) / "chart.png")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save chart"), suggested, ";;".join(filters))
        if not path:
            return None
        target = Path(path)
        kind = target.suffix.lower().lstrip(".")
        if kind not in FORMATS:
            kind = "svg" if chosen == filters[1] else "png"
            target = target.with_name(f"{target.name}.{kind}")
        try:
            with replacing(target) as temporary:
                figure.savefig(temporary, format=kind, dpi=PNG_DPI)
        except TrainerCoachError as error:
            show_error(self, error, self.tr("Chart not saved"))
            return None
        except OSError as error:
            QMessageBox.warning(self, self.tr("Chart not saved"), self.tr("The chart could not be written: {reason}")
                                .format(reason=error.strerror or str(error)))
            return None
        return target
