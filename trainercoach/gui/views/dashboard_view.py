"""The dashboard: how many candidates each stage holds, and who needs the lead's attention today."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainercoach.errors import TrainerCoachError
from trainercoach.gui.formats import date_text, number_text
from trainercoach.gui.messages import explain
from trainercoach.gui.models.calibration_models import interval_text
from trainercoach.gui.models.rows_model import ID_ROLE as ROW_ID
from trainercoach.gui.models.rows_model import RowsModel, TextRow
from trainercoach.gui.widgets.counts import in_programme_note
from trainercoach.gui.widgets.figure_tips import figure_tip
from trainercoach.gui.widgets.tables import page_table
from trainercoach.gui.workers import Loader
from trainercoach.records.dashboard import Attention, DashboardData
from trainercoach.records.observer_profiles import ObserverWarning
from trainercoach.services import Coach

ID_ROLE = Qt.ItemDataRole.UserRole + 2
SESSION_ROLE = Qt.ItemDataRole.UserRole + 3


class AttentionModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[Attention] = []
        self._headers = [self.tr("Candidate"), self.tr("Stage"), self.tr("Needs"), self.tr("Days")]

    def set_items(self, items: list[Attention]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == ID_ROLE:
            return item.candidate_id
        if role == SESSION_ROLE:
            return item.delivery_id
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.name, item.stage, self._reason(item), str(item.days))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            days = {"action_item": self.tr("days overdue"), "unobserved": self.tr("days since the session"),
                    "no_feedback": self.tr("days since the session"), "renewal": self.tr("days overdue"),
                    "ready": ""}
            return f"{self._reason(item)} — {item.days} {days.get(item.kind, self.tr('days in stage'))}"
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            if item.kind in ("action_item", "renewal"):
                return QBrush(QColor("#b42318"))
            if item.kind == "ready":
                return QBrush(QColor("#067647"))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _reason(self, item: Attention) -> str:
        """The reason in the person's language; the core says what kind it is and what it is about."""
        match item.kind:
            case "stalled":
                return self.tr("No move for %n day(s)", "", item.days)
            case "no_mentor":
                return self.tr("No mentor assigned")
            case "unscored":
                return self.tr("Selection traits not scored")
            case "action_item":
                return self.tr("Action item overdue by %n day(s): {text}", "", item.days).format(text=item.detail)
            case "unobserved":
                return self.tr("Session not observed yet (%n day(s) ago): {topic}", "", item.days).format(
                    topic=item.detail)
            case "no_feedback":
                return self.tr("No trainee feedback yet (%n day(s) ago): {topic}", "", item.days).format(
                    topic=item.detail)
            case "ready":
                return self.tr("Ready for certification: every readiness condition is met")
            case "renewal" if item.days > 0:
                return self.tr("Certification renewal overdue by %n day(s): {topic}", "", item.days).format(
                    topic=item.detail)
            case "renewal":
                return self.tr("Certification due for renewal in %n day(s): {topic}", "", -item.days).format(
                    topic=item.detail)
        return item.reason


class DashboardView(QWidget):
    candidateActivated = Signal(int)
    sessionActivated = Signal(int)
    newCandidateRequested = Signal()
    demoRequested = Signal()

    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        # The dashboard reads the whole database (readiness of every candidate): in a worker, never on the
        # GUI thread; what is shown stays until the new figures arrive.
        self._loader = Loader(self)
        self._loader.loaded.connect(self._show)
        self._loader.failed.connect(self._failed)
        self.data: DashboardData | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        heading = QLabel(self.tr("Dashboard"))
        heading.setProperty("class", "heading")
        layout.addWidget(heading)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.tiles_box = QWidget()
        self.tiles = QGridLayout(self.tiles_box)
        self.tiles.setContentsMargins(0, 0, 0, 0)
        self.tiles.setSpacing(10)
        layout.addWidget(self.tiles_box)

        self.empty_state = QFrame()
        self.empty_state.setProperty("class", "emptyState")
        empty_layout = QVBoxLayout(self.empty_state)
        welcome = QLabel(self.tr(
            "<h3>No candidates yet</h3><p>Nominate your best agents as trainer candidates and follow them "
            "through the train-the-trainer pipeline. Or look around a demo database first; your own "
            "database is not touched.</p>"))
        welcome.setWordWrap(True)
        empty_layout.addWidget(welcome)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Nominate a candidate…"))
        self.demo_button = QPushButton(self.tr("Explore a demo database"))
        self.add_button.clicked.connect(self.newCandidateRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        empty_layout.addLayout(buttons)
        layout.addWidget(self.empty_state)

        self.observer_warning = QLabel()
        self.observer_warning.setWordWrap(True)
        self.observer_warning.setStyleSheet("background: #fef3f2; color: #b42318; border: 1px solid #fda29b; "
                                            "border-radius: 6px; padding: 8px;")
        self.observer_warning.hide()
        layout.addWidget(self.observer_warning)

        attention_heading = QLabel(self.tr("Needs attention"))
        attention_heading.setProperty("class", "subheading")
        layout.addWidget(attention_heading)
        self.attention = AttentionModel(self)
        self.attention_view = QTableView()
        self.attention_view.setModel(self.attention)
        self.attention_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attention_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attention_view.verticalHeader().hide()
        self.attention_view.setAlternatingRowColors(True)
        header = self.attention_view.horizontalHeader()
        # Columns fit the rows in view: hundreds of items on a large programme are not all measured.
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.attention_view.activated.connect(self._activate)
        layout.addWidget(self.attention_view, 1)
        self.all_clear = QLabel(self.tr("Nothing needs your attention today: every candidate has a mentor, "
                                        "scored traits and a recent move, no action item is overdue and "
                                        "every recent session is observed."))
        self.all_clear.setWordWrap(True)
        layout.addWidget(self.all_clear)
        # Issue 20: the training assets whose review is due, or whose knowledge-base article changed since.
        self.assets_heading = QLabel(self.tr("Training assets to review"))
        self.assets_heading.setProperty("class", "subheading")
        layout.addWidget(self.assets_heading)
        self.assets = RowsModel([self.tr("Training asset"), self.tr("Owner"), self.tr("Why")], parent=self)
        self.assets_view = page_table(self.assets, stretch=2)
        self.assets_view.activated.connect(self._open_asset)
        layout.addWidget(self.assets_view)
        self.assets_heading.hide()
        self.assets_view.hide()
        self.empty_state.hide()
        self.all_clear.hide()
        self.summary.setText(self.tr("Loading…"))
        self.refresh()

    def _activate(self, index: QModelIndex) -> None:
        """An unobserved session opens the session (to observe it); anything else opens the candidate."""
        delivery_id = index.data(SESSION_ROLE)
        if delivery_id is not None:
            self.sessionActivated.emit(delivery_id)
        else:
            self.candidateActivated.emit(index.data(ID_ROLE))

    def _open_asset(self, index: QModelIndex) -> None:
        from trainercoach.gui.dialogs.asset_dialog import open_asset

        open_asset(self.coach, index.data(ROW_ID), self)

    def _asset_rows(self, data: DashboardData) -> list[TextRow]:
        today = date.today()
        rows = []
        for asset in data.assets:
            why = []
            if asset.stale:
                why.append(self.tr("Stale: the article changed on {day}, after the last review").format(
                    day=date_text(asset.article_changed_on)))
            if asset.review_due is not None and asset.review_due <= today:
                why.append(self.tr("Review due on {day}").format(day=date_text(asset.review_due)))
            rows.append(TextRow(asset.id, [asset.title, asset.owner_name or "—", "; ".join(why)],
                                colour="#b42318"))
        return rows

    def refresh(self) -> None:
        """Read the dashboard again in a worker; it is shown when it arrives."""
        self._loader.load(self.coach.dashboard.load)

    @property
    def loading(self) -> bool:
        return self._loader.busy

    def _show_observers(self, warnings: list[ObserverWarning]) -> None:
        """Observers whose latest quarter's bias is beyond the lead's threshold (Calibration page), by name."""
        lines = []
        for w in warnings:
            bias = interval_text(w.bias, w.low, w.high)
            lines.append((self.tr("{name} scores above the consensus: {bias} points in {period} (%n delivery(ies)), "
                                  "beyond the threshold of ±{threshold}.", "", w.n) if w.bias > 0 else
                          self.tr("{name} scores below the consensus: {bias} points in {period} (%n delivery(ies)), "
                                  "beyond the threshold of ±{threshold}.", "", w.n)).format(
                name=w.name, bias=bias, period=w.period, threshold=number_text(w.threshold, 2)))
        if lines:
            self.observer_warning.setText(self.tr("Observer bias (see the Calibration page):") + "\n"
                                          + "\n".join("• " + line for line in lines))
        self.observer_warning.setVisible(bool(lines))

    def _failed(self, error: BaseException) -> None:
        text = explain(error) if isinstance(error, TrainerCoachError) else str(error)
        self.summary.setText(self.tr("The dashboard could not be read: {reason}").format(reason=text))

    def _show(self, data: DashboardData) -> None:
        self.data = data
        while self.tiles.count():
            item = self.tiles.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        columns = 5
        for position, stage in enumerate(data.stages):
            tile = QFrame()
            tile.setProperty("class", "exitTile" if stage.kind == "exit" else "stageTile")
            tile_layout = QVBoxLayout(tile)
            count = QLabel(str(stage.candidates))
            count.setProperty("class", "tileCount")
            name = QLabel(stage.name)
            name.setWordWrap(True)
            tile_layout.addWidget(count)
            tile_layout.addWidget(name)
            figure_tip(tile, self.tr("%n candidate(s) in the stage “{stage}” now, counted by each candidate's "
                                     "current stage; archived candidates are left out.", "",
                                     stage.candidates).format(stage=stage.name), "counts")
            self.tiles.addWidget(tile, position // columns, position % columns)
        headcount = data.headcount
        self.summary.setText(self.tr("%n candidate(s) in the programme", "", headcount.in_programme))
        figure_tip(self.summary, in_programme_note(headcount), "counts")
        self.empty_state.setVisible(data.total == 0)
        if self.attention_view.rowAt(0) >= len(data.attention):
            # Left past the end of a shorter list, Qt would measure the columns on every row.
            self.attention_view.scrollToTop()
        self.attention.set_items(data.attention)
        self.assets.set_rows(self._asset_rows(data))
        self.assets_heading.setVisible(bool(data.assets))
        self.assets_view.setVisible(bool(data.assets))
        self._show_observers(data.observers)
        self.all_clear.setVisible(data.total > 0 and not data.attention)
