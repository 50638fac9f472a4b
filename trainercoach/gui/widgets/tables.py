"""Read-only tables that sit inside a scrolling page: they take the height of their rows instead of
scrolling inside the page's own scroll area (two nested scroll bars lose people); past ``MAX_VISIBLE_ROWS``
they scroll.

A long list (hundreds of business cases) is fitted by the rows in view, as the session list is: measuring every
row's every cell on the GUI thread, for the columns' widths and again for the rows' heights, froze the window for
a second on the large demo."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QByteArray, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView

MAX_VISIBLE_ROWS = 14


class PageHeader(QHeaderView):
    """The columns' header of a page's table: its columns fit the rows in view, also after the window gives it
    the columns a person left (a header's saved state carries how many rows it measures, and states saved
    before issue 22 said a thousand)."""

    def __init__(self, parent: QTableView) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as QTableView's own header
        self.setHighlightSections(True)
        self.setResizeContentsPrecision(0)

    def restoreState(self, state: QByteArray | bytes | bytearray | memoryview) -> bool:  # Qt's name
        restored = super().restoreState(state)
        self.setResizeContentsPrecision(0)
        return restored


def page_table(model: QAbstractItemModel, stretch: int | None = None) -> QTableView:
    view = QTableView()
    view.setHorizontalHeader(PageHeader(view))
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
        signal.connect(lambda *_: fit_height(view))
    fit_height(view)
    return view


def fit_height(view: QTableView, max_rows: int = MAX_VISIBLE_ROWS) -> None:
    model = view.model()
    rows = min(model.rowCount(), max_rows)
    if getattr(model, "multiline", True) or model.rowCount() <= max_rows:
        view.resizeRowsToContents()  # a cell of several lines makes its row taller, wherever it is
    else:  # one line a row: the rows in view say how tall a line is, and every row is as tall (one resize)
        view.verticalHeader().setDefaultSectionSize(max(view.sizeHintForRow(r) for r in range(rows)))
    height = sum(view.rowHeight(r) for r in range(rows)) if rows else view.verticalHeader().defaultSectionSize()
    header = view.horizontalHeader().sizeHint().height()
    scroll = view.horizontalScrollBar().sizeHint().height()
    view.setFixedHeight(height + header + scroll + 2 * view.frameWidth() + 2)
