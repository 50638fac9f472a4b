"""Read-only tables that sit inside a scrolling page: they take the height of their rows instead of
scrolling inside the page's own scroll area (two nested scroll bars lose people)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView

MAX_VISIBLE_ROWS = 14


def page_table(model: QAbstractItemModel, stretch: int | None = None) -> QTableView:
    view = QTableView()
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
    rows = min(view.model().rowCount(), max_rows)
    view.resizeRowsToContents()
    height = sum(view.rowHeight(r) for r in range(rows)) if rows else view.verticalHeader().defaultSectionSize()
    header = view.horizontalHeader().sizeHint().height()
    scroll = view.horizontalScrollBar().sizeHint().height()
    view.setFixedHeight(height + header + scroll + 2 * view.frameWidth() + 2)
