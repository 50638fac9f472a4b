"""The pipeline board: a column per stage, a card per candidate; drag a card, use its menu, or press
Ctrl+Shift+→ / ← to move it (and every other selected card) to the next or previous stage."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from trainercoach.gui.dialogs.move_dialog import MoveDialog, Moving
from trainercoach.gui.modal import run_dialog
from trainercoach.gui.models.board_model import ID_ROLE, ROW_ROLE, StageColumnModel, candidate_from_mime
from trainercoach.gui.views.card_delegate import MARGIN, PAD, CardDelegate
from trainercoach.gui.workers import Loader
from trainercoach.records.candidates import CandidateRow
from trainercoach.records.pipeline import StageRecord
from trainercoach.services import Coach

COLUMN_WIDTH = 220


class StageColumnView(QListView):
    """A stage's list of cards. A card dropped here from another column asks to move to this stage."""

    dropped = Signal(int, int)  # candidate id, stage id
    menuRequested = Signal(int, QPoint)  # candidate id, global position

    def __init__(self, model: StageColumnModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        # Several cards at once: Ctrl+click, Shift+click, Shift+↓ (and Ctrl+click in other columns too).
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def column_model(self) -> StageColumnModel:
        model = self.model()
        assert isinstance(model, StageColumnModel)
        return model

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> int | None:
        candidate_id = candidate_from_mime(event.mimeData())
        if candidate_id is None or self.column_model().row_of(candidate_id) >= 0:
            return None
        return candidate_id

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt's name
        if self._accepts(event) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        candidate_id = self._accepts(event)
        if candidate_id is None:
            event.ignore()
            return
        # Accept with IgnoreAction so the source view never removes the row itself: the board reloads
        # from the database once the move is saved, or leaves everything where it was if it is not.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.dropped.emit(candidate_id, self.column_model().stage_id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if not index.isValid():
            index = self.currentIndex()
        if index.isValid():
            if not self.selectionModel().isSelected(index):  # a right-click on a selected card keeps the others
                self.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.menuRequested.emit(index.data(ID_ROLE), event.globalPos())


class StageColumn(QFrame):
    def __init__(self, stage: StageRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setProperty("class", "exitColumn" if stage.kind == "exit" else "boardColumn")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.setSpacing(4)
        self.title = QLabel()
        self.title.setProperty("class", "columnTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.model = StageColumnModel(stage.id, self)
        self.view = StageColumnView(self.model)
        self.view.setAccessibleName(stage.name)
        layout.addWidget(self.view, 1)
        self.setFixedWidth(self.fitting_width(layout))

    def fitting_width(self, layout: QVBoxLayout) -> int:
        """At least ``COLUMN_WIDTH``, and as wide as the cards' lines need in the interface's language."""
        delegate = self.view.itemDelegate()
        assert isinstance(delegate, CardDelegate)
        margins = layout.contentsMargins()
        chrome = (margins.left() + margins.right() + 2 * self.view.frameWidth() + 2 * (MARGIN + PAD)
                  + self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))
        return max(COLUMN_WIDTH, delegate.text_width(self.view.font()) + chrome)

    def set_rows(self, rows: list[CandidateRow], ready: set[int] | frozenset[int] = frozenset()) -> None:
        self.model.set_rows(rows, ready)
        self.title.setText(f"{self.stage.name}  ·  {len(rows)}")


class PipelineBoard(QWidget):
    candidateActivated = Signal(int)  # Qt naming
    changed = Signal()
    selectionChanged = Signal()

    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.columns: list[StageColumn] = []
        self._selected: int | None = None
        # The cards and their readiness are read in a worker (readiness reads every candidate's record).
        self._loader = Loader(self)
        self._loader.loaded.connect(self._show)
        # The forecasts take longer (a model over everyone's history): they follow the cards, in their own read.
        self._forecast_loader = Loader(self)
        self._forecast_loader.loaded.connect(self._show_forecasts)
        self._forecasts: dict = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 6)
        heading = QLabel(self.tr("Pipeline"))
        heading.setProperty("class", "heading")
        layout.addWidget(heading)
        hint = QLabel(self.tr("Drag a card to another stage, right-click it for its menu, or press Ctrl+Shift+→ "
                              "or Ctrl+Shift+← to move it to the next or previous stage; Ctrl+click chooses "
                              "several cards to move together. "
                              "Every move asks why and is kept in the candidate's timeline. "
                              "The number on a card is the selection score, the mean of the scored traits; "
                              "a green card is ready for certification. The last line forecasts the further "
                              "practice sessions until the readiness rule is met, with an 80% interval."))
        hint.setProperty("class", "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip_layout.setSpacing(10)
        self.scroll_area.setWidget(self.strip)
        layout.addWidget(self.scroll_area, 1)
        self.next_action = QAction(self.tr("Move to &next stage…"), self)
        self.next_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+Right")))
        self.next_action.triggered.connect(lambda: self.move_selected(1))
        self.previous_action = QAction(self.tr("Move to &previous stage…"), self)
        self.previous_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+Left")))
        self.previous_action.triggered.connect(lambda: self.move_selected(-1))
        for action in (self.next_action, self.previous_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.refresh()

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the stages, the cards and who is ready in a worker; the board is redrawn when they arrive."""
        coach = self.coach

        def read() -> tuple[list[StageRecord], list[CandidateRow], set[int]]:
            stages = coach.pipeline.stages()
            rows = coach.candidates.list()
            # One grouped read for every card, rather than a checklist per card.
            ready = coach.effectiveness.ready_ids()
            return stages, rows, ready

        self._loader.load(read)

    @property
    def loading(self) -> bool:
        return self._loader.busy or self._forecast_loader.busy

    def _show(self, result: tuple[list[StageRecord], list[CandidateRow], set[int]]) -> None:
        stages, rows, ready = result
        if [(c.stage.id, c.stage.name, c.stage.kind) for c in self.columns] != [(s.id, s.name, s.kind)
                                                                                for s in stages]:
            self._rebuild(stages)
        by_stage: dict[int, list[CandidateRow]] = {s.id: [] for s in stages}
        for row in rows:
            by_stage.setdefault(row.stage_id, []).append(row)
        for column in self.columns:
            column.set_rows(by_stage.get(column.stage.id, []), ready)
        if self._selected is not None and not self.select(self._selected):
            self._selected = None
        self.selectionChanged.emit()
        coach = self.coach
        self._forecast_loader.load(lambda: coach.forecasts.by_candidate())

    def _show_forecasts(self, forecasts: dict) -> None:
        self._forecasts = forecasts
        for column in self.columns:
            column.model.set_forecasts(forecasts)

    def _rebuild(self, stages: list[StageRecord]) -> None:
        while self.strip_layout.count():
            item = self.strip_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.columns = []
        ordered = [s for s in stages if s.kind == "pipeline"] + [s for s in stages if s.kind == "exit"]
        for stage in ordered:
            if stage.kind == "exit" and all(c.stage.kind != "exit" for c in self.columns) and self.columns:
                divider = QFrame()
                divider.setFrameShape(QFrame.Shape.VLine)
                divider.setProperty("class", "boardDivider")
                self.strip_layout.addWidget(divider)
            column = StageColumn(stage)
            column.view.dropped.connect(self.request_move)
            column.view.menuRequested.connect(self._show_menu)
            column.view.activated.connect(lambda index: self.candidateActivated.emit(index.data(ID_ROLE)))
            column.view.clicked.connect(lambda index, c=column: self._picked(c, index.data(ID_ROLE)))
            column.view.selectionModel().currentChanged.connect(
                lambda current, _previous, c=column: self._picked_index(c, current))
            self.columns.append(column)
            self.strip_layout.addWidget(column)
        self.strip_layout.addStretch(1)

    # -- selection -------------------------------------------------------------------------------
    def _picked_index(self, column: StageColumn, index: QModelIndex) -> None:
        """A column's current card changed (by keyboard or click): that candidate is the board's selection."""
        if index.isValid():
            self._picked(column, index.data(ID_ROLE))

    def _picked(self, column: StageColumn, candidate_id: int) -> None:
        self._selected = candidate_id
        if not QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier:  # Ctrl+click adds
            for other in self.columns:
                if other is not column:
                    other.view.selectionModel().clear()
        self.selectionChanged.emit()

    def selected_id(self) -> int | None:
        return self._selected

    def selected_ids(self) -> list[int]:
        """Every selected card, in board order (the current one too, if its selection was lost)."""
        chosen = [index.data(ID_ROLE) for column in self.columns
                  for index in sorted(column.view.selectionModel().selectedIndexes(), key=lambda i: i.row())]
        if not chosen and self._selected is not None and self.column_of(self._selected) is not None:
            chosen = [self._selected]
        return chosen

    def column_of(self, candidate_id: int) -> StageColumn | None:
        return next((c for c in self.columns if c.model.row_of(candidate_id) >= 0), None)

    def column_for_stage(self, stage_id: int) -> StageColumn | None:
        return next((c for c in self.columns if c.stage.id == stage_id), None)

    def select(self, candidate_id: int) -> bool:
        column = self.column_of(candidate_id)
        if column is None:
            return False
        index = column.model.index(column.model.row_of(candidate_id))
        column.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        column.view.scrollTo(index)
        self._picked(column, candidate_id)
        return True

    # -- moving ----------------------------------------------------------------------------------
    def _row(self, candidate_id: int) -> CandidateRow | None:
        column = self.column_of(candidate_id)
        if column is None:
            return None
        return column.model.index(column.model.row_of(candidate_id)).data(ROW_ROLE)

    def request_move(self, candidate_id: int, stage_id: int) -> bool:
        """Ask for the reason and move the card (with every other selected card, when it is one of them);
        True when the move was saved."""
        chosen = self.selected_ids()
        return self.request_move_many(chosen if candidate_id in chosen and len(chosen) > 1 else [candidate_id],
                                      stage_id)

    def request_move_many(self, candidate_ids: list[int], stage_id: int) -> bool:
        """Ask for the reason, saying first which stages the move skips, and move them all in one operation."""
        target = self.column_for_stage(stage_id)
        rows = [row for row in map(self._row, candidate_ids) if row is not None and row.stage_id != stage_id]
        if target is None or not rows:
            return False
        dialog = MoveDialog(self.coach, [Moving(row.id, row.name, row.stage_name) for row in rows], stage_id,
                            target.stage.name, self.skipped(rows, target.stage), self)
        if not run_dialog(dialog):
            return False
        self._selected = rows[0].id
        self.changed.emit()
        return True

    def skipped(self, rows: list[CandidateRow], target: StageRecord) -> list[str]:
        """The pipeline stages between where the cards are and ``target`` that a move forward passes over (an
        exit stage skips nothing: leaving the programme may happen at any stage)."""
        order = [c.stage for c in self.columns if c.stage.kind == "pipeline"]
        ids = [stage.id for stage in order]
        if target.id not in ids:
            return []
        passed: dict[str, None] = {}
        for row in rows:
            if row.stage_id in ids:
                for stage in order[ids.index(row.stage_id) + 1:ids.index(target.id)]:
                    passed[stage.name] = None
        return list(passed)

    def move_selected(self, step: int) -> bool:
        """Ctrl+Shift+→ / ←: the selected cards to the stage after (or before) the current card's column."""
        chosen = self.selected_ids()
        current = self._selected if self._selected in chosen else (chosen[0] if chosen else None)
        column = self.column_of(current) if current is not None else None
        if column is None:
            return False
        at = self.columns.index(column) + step
        if not 0 <= at < len(self.columns):
            return False
        return self.request_move_many(chosen, self.columns[at].stage.id)

    def _show_menu(self, candidate_id: int, position: QPoint) -> None:
        self._selected = candidate_id
        menu = self.card_menu(candidate_id)
        menu.exec(position)

    def card_menu(self, candidate_id: int) -> QMenu:
        """The card's menu: open it, or move it (with the other selected cards) to any other stage: what
        dragging does, by keyboard."""
        menu = QMenu(self)
        open_action = QAction(self.tr("&Open…"), menu)
        open_action.triggered.connect(lambda: self.candidateActivated.emit(candidate_id))
        menu.addAction(open_action)
        chosen = self.selected_ids()
        moving = chosen if candidate_id in chosen and len(chosen) > 1 else [candidate_id]
        move_menu = menu.addMenu(self.tr("&Move to") if len(moving) == 1
                                 else self.tr("&Move %n cards to", "", len(moving)))
        row = self._row(candidate_id)
        for column in self.columns:
            if len(moving) == 1 and row is not None and column.stage.id == row.stage_id:
                continue
            action = QAction(column.stage.name, move_menu)
            action.triggered.connect(lambda _=False, s=column.stage.id: self.request_move_many(moving, s))
            move_menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.next_action)
        menu.addAction(self.previous_action)
        return menu
