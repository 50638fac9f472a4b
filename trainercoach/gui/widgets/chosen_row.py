"""The chosen row of a page's list, kept while the list is read again in a worker (the Knowledge gaps and
Business cases pages): after a change the rows are replaced, and the person must find the record they were
working on still chosen, or the one just added, not the first row or nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QTableView

from trainercoach.gui.models.rows_model import ID_ROLE, RowsModel
from trainercoach.gui.workers import Loader


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


class ListAndRecord:
    """A page with a list read in one ``Loader`` (``_rows``) and its chosen record in another (``_detail``),
    the chosen row kept by ``choice`` across reads (the Knowledge gaps and Business cases pages). The page sets
    those three and ``detail``, and gives ``_enable`` (its buttons wait for the chosen record's read)."""

    stale: bool
    detail: object
    choice: ChosenRow
    _rows: Loader
    _detail: Loader

    _delivering = False  # the rows are being put in: the chosen row changing then is not a person's choice

    def _enable(self) -> None:
        raise NotImplementedError

    def _read_record(self, record_id: int) -> Any:
        """The chosen record, read in the worker (the page's service call)."""
        raise NotImplementedError

    def _show_detail(self, detail: Any) -> None:
        raise NotImplementedError

    def _failed(self, error: BaseException) -> None:
        raise NotImplementedError

    def _detail_failed(self, error: BaseException) -> None:
        raise NotImplementedError

    def _show_rows(self, rows: Any) -> None:
        raise NotImplementedError

    def _reading_wired(self, table: QTableView, model: RowsModel) -> None:
        """The chosen row of ``table`` kept, the list's and the record's reads connected to the page's slots, and
        a row chosen by the person read; ``_rows`` exists already (its first read starts before the widgets)."""
        self.choice = ChosenRow(table, model)
        self._rows.loaded.connect(self._show_rows)
        self._rows.failed.connect(self._failed)
        self._detail = Loader(table)
        self._detail.loaded.connect(self._show_detail)
        self._detail.failed.connect(self._detail_failed)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._chosen_changed())

    def _rows_arrived(self) -> None:
        """After the page has put the new rows in its model: the chosen record chosen again, and read."""
        self._delivering = True
        try:
            chosen = self.choice.rows_shown()
        finally:
            self._delivering = False
        self._read_chosen(chosen)

    def _chosen_changed(self) -> None:
        if not self._delivering:
            self._read_chosen(self.choice.current())

    def _read_chosen(self, record_id: int | None) -> None:
        """The chosen record read in a worker; until it arrives the buttons wait (they act on it)."""
        self.detail = None
        self._enable()
        if record_id is None:
            self._show_detail(None)
            return
        self._detail.load(lambda: self._read_record(record_id))

    def read_list(self, read: Callable[[], object]) -> None:
        """Read the list again off the GUI thread; the chosen record stays chosen (or the one asked for)."""
        self.stale = False
        self.choice.reading()
        self.detail = None  # what is on screen may be out of date: the buttons wait for the new read
        self._enable()
        self._rows.load(read)

    @property
    def loading(self) -> bool:
        """Whether the list or the chosen record is still being read (tests and the benchmark wait for it)."""
        return self._rows.busy or self._detail.busy

    @property
    def listing(self) -> bool:
        """Whether the list's newest read has yet to deliver its rows: false once they are in the model, as the
        lists count it (``Loader.waiting``), not one thread-hop later when the worker's thread has ended."""
        return self._rows.waiting

    def shutdown(self) -> None:
        self._rows.wait()
        self._detail.wait()
