"""The chosen row of a page's list, kept while the list is read again in a worker (the Knowledge gaps and
Business cases pages): after a change the rows are replaced, and the person must find the record they were
working on still chosen, or the one just added, not the first row or nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from trainercoach.gui.models.rows_model import ID_ROLE, RowsModel


class ChosenRow:
    """Which record of ``model`` (shown in ``view``) is chosen, across reads of the rows.

    ``reading()`` before the rows are read again remembers the chosen record; ``choose(id)`` asks for a record,
    now if it is listed, else once the new rows are shown (a record just added is not listed yet);
    ``rows_shown()`` after ``model.set_rows`` chooses the asked-for or remembered record again if it is still
    listed, else the first row, and returns the chosen id (None: no rows)."""

    def __init__(self, view: QTableView, model: RowsModel) -> None:
        self.view = view
        self.model = model
        self.wanted: int | None = None
        self.waiting = False  # rows are being read: a choice waits for them

    def current(self) -> int | None:
        """The chosen record: the one asked for while the rows are read, else the current row's."""
        if self.waiting and self.wanted is not None:
            return self.wanted
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def reading(self) -> None:
        if not self.waiting:
            self.wanted = self.current()
            self.waiting = True

    def choose(self, record_id: int) -> None:
        if self.waiting:
            self.wanted = record_id
        row = self.row_of(record_id)
        if row >= 0:
            self.view.selectRow(row)

    def rows_shown(self) -> int | None:
        wanted, self.wanted, self.waiting = self.wanted, None, False
        if not self.model.rows:
            return None
        row = max(self.row_of(wanted), 0) if wanted is not None else 0
        self.view.selectRow(row)
        return self.model.rows[row].id

    def row_of(self, record_id: int | None) -> int:
        return next((row for row, text_row in enumerate(self.model.rows) if text_row.id == record_id), -1)
