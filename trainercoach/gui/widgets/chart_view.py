"""A chart on screen: the same Figure a builder in trainercoach.charts gives the PDFs, in a Qt canvas.

The canvas follows the widget's size (constrained layout re-flows labels at every size), and a new figure
replaces the old one in place: the old figure is closed so a page redrawn many times does not pile up figures.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QWidget

MIN_HEIGHT = 260


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
        canvas = FigureCanvasQTAgg(figure)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # The figure's own size is only where it starts: the layout gives the canvas the widget's size.
        canvas.setMinimumSize(1, 1)
        self._layout.addWidget(canvas)
        self._layout.setCurrentWidget(canvas)
        self.canvas = canvas
        if old is not None:
            self._drop(old)
        canvas.draw_idle()

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
