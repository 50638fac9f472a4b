"""The Assets page (issue 20): the training asset library as a list with its filters (stale, review due, a
language, an owner, words), each asset's owner, version, languages, content mix, review dates and agents' rating.
A double-click (or Edit…) opens the asset editor with its version history; New asset… adds one. The Coverage tab
shows, per session topic, which learning styles the assets cover (charts/assets.py), text-only topics flagged.
The list is read off the GUI thread; every change goes through ``run_op`` in the editor."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainercoach.charts.assets import coverage as coverage_chart
from trainercoach.charts.assets import height as coverage_height
from trainercoach.errors import TrainerCoachError
from trainercoach.gui.formats import date_text, score_text
from trainercoach.gui.messages import explain
from trainercoach.gui.modal import run_dialog
from trainercoach.gui.models.rows_model import ID_ROLE, RowsModel, TextRow
from trainercoach.gui.widgets.chart_view import ChartView
from trainercoach.gui.workers import Loader
from trainercoach.records.asset_use import Coverage
from trainercoach.records.assets import AssetFilter, AssetRecord
from trainercoach.records.people import PersonRecord
from trainercoach.services import Coach


@dataclass(frozen=True)
class AssetsData:
    """What the page shows, read in one go off the GUI thread."""

    assets: list[AssetRecord]
    languages: list[str]
    people: list[PersonRecord]
    total: int
    coverage: Coverage


def load_assets(coach: Coach, filters: AssetFilter) -> AssetsData:
    everything = coach.assets.list()
    shown = coach.assets.list(filters) if filters != AssetFilter() else everything
    languages = sorted({code for a in everything for code in a.languages}, key=str.casefold)
    return AssetsData(shown, languages, coach.people.list(("lead", "trainer")), len(everything),
                      coach.assets.coverage())


class AssetsPage(QWidget):
    loaded = Signal()

    def __init__(self, coach: Coach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.data: AssetsData | None = None
        self.stale = True
        self._loader = Loader(self)
        self._loader.loaded.connect(self._show)
        self._loader.failed.connect(self._failed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title_row = QHBoxLayout()
        heading = QLabel(self.tr("Training assets"))
        heading.setProperty("class", "heading")
        title_row.addWidget(heading, 1)
        self.new_button = QPushButton(self.tr("New asset…"))
        self.new_button.clicked.connect(self.new_asset)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        title_row.addWidget(self.new_button)
        title_row.addWidget(self.edit_button)
        layout.addLayout(title_row)
        self.status = QLabel()
        self.status.setProperty("class", "hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, templates, owners"))
        self.search.setClearButtonEnabled(True)
        self.stale_box = QCheckBox(self.tr("Stale only"))
        self.stale_box.setToolTip(self.tr("The linked article changed after the asset's last review"))
        self.due_box = QCheckBox(self.tr("Review due"))
        self.language_combo = QComboBox()
        self.owner_combo = QComboBox()
        for combo in (self.language_combo, self.owner_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for widget in (self.search, self.stale_box, self.due_box, self.language_combo, self.owner_combo):
            filters.addWidget(widget, 1 if widget is self.search else 0)
        self.tabs = QTabWidget()
        library = QWidget()
        library_layout = QVBoxLayout(library)
        library_layout.setContentsMargins(0, 8, 0, 0)
        library_layout.addLayout(filters)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.stale_box.toggled.connect(lambda _c: self.refresh())
        self.due_box.toggled.connect(lambda _c: self.refresh())
        self.language_combo.activated.connect(lambda _i: self.refresh())
        self.owner_combo.activated.connect(lambda _i: self.refresh())

        self.model = RowsModel([self.tr("Title"), self.tr("State"), self.tr("Owner"), self.tr("Version"),
                                self.tr("Languages"), self.tr("Content mix"), self.tr("Article changed"),
                                self.tr("Last reviewed"), self.tr("Review due"), self.tr("Rating (n)")], parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.activated.connect(lambda index: self.open_asset(index.data(ID_ROLE)))
        library_layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No training asset yet. New asset… adds one: its owner, template, languages, "
                                    "the knowledge-base article it teaches from and its mix of text, visual, "
                                    "hands-on and mock tickets."))
        self.empty.setWordWrap(True)
        self.empty.hide()
        library_layout.addWidget(self.empty)
        self.tabs.addTab(library, self.tr("Library"))
        covered = QWidget()
        covered_layout = QVBoxLayout(covered)
        covered_layout.setContentsMargins(0, 8, 0, 0)
        self.flagged = QLabel()
        self.flagged.setWordWrap(True)
        covered_layout.addWidget(self.flagged)
        self.coverage_chart = ChartView(min_height=320)
        self.coverage_chart.set_note(self.tr("A topic is what its sessions are called; a cell counts the assets "
                                             "used for it that teach in that style. Right-click to save the chart."))
        # Many topics make a tall chart: it keeps readable rows and the tab scrolls.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.coverage_chart)
        covered_layout.addWidget(scroll, 1)
        self.unused = QLabel()
        self.unused.setProperty("class", "hint")
        self.unused.setWordWrap(True)
        covered_layout.addWidget(self.unused)
        self.tabs.addTab(covered, self.tr("Coverage"))
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # -- loading ---------------------------------------------------------------------------------------
    def filters(self) -> AssetFilter:
        return AssetFilter(stale=self.stale_box.isChecked(), review_due=self.due_box.isChecked(),
                           language=self.language_combo.currentData() or "",
                           owner_id=self.owner_combo.currentData(), search=self.search.text().strip())

    def mark_stale(self) -> None:
        self.stale = True

    def refresh(self) -> None:
        self.stale = False
        self.status.setText(self.tr("Loading…") if self.data is None else self.tr("Updating…"))
        coach, filters = self.coach, self.filters()
        self._loader.load(lambda: load_assets(coach, filters))

    @property
    def busy(self) -> bool:
        return self._loader.busy

    def shutdown(self) -> None:
        self._loader.wait()

    def _failed(self, error: BaseException) -> None:
        reason = explain(error) if isinstance(error, TrainerCoachError) else str(error)
        self.status.setText(self.tr("The training assets could not be read: {reason}").format(reason=reason))

    # -- showing ---------------------------------------------------------------------------------------
    def _refill(self, combo: QComboBox, anything: str, items: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, None)
        for label, value in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _show(self, data: AssetsData) -> None:
        self.data = data
        today = date.today()
        self._refill(self.language_combo, self.tr("Any language"), [(code, code) for code in data.languages])
        self._refill(self.owner_combo, self.tr("Anyone's"), [(p.name, p.id) for p in data.people])
        mix_words = {"text": self.tr("Text"), "visual": self.tr("Visual"), "hands_on": self.tr("Hands-on"),
                     "mock_tickets": self.tr("Mock tickets")}
        rows = []
        for a in data.assets:
            states = ([self.tr("Stale")] if a.stale else []) + ([self.tr("Review due")] if a.review_due_by(today)
                                                                  else [])
            rating = f"{score_text(a.mean_rating, 1)} ({a.ratings})" if a.mean_rating is not None else "—"
            rows.append(TextRow(a.id, [a.title, ", ".join(states) or self.tr("Up to date"), a.owner_name or "—",
                                       a.version_label or "—", ", ".join(a.languages) or "—",
                                       ", ".join(mix_words[m] for m in a.mix), date_text(a.article_changed_on),
                                       date_text(a.last_reviewed_on), date_text(a.review_due), rating],
                                colour="#b42318" if states else None))
        self.model.set_rows(rows)
        self.status.setText(self.tr("{shown} of {total} training assets shown. Stale: the linked knowledge-base "
                                    "article changed after the asset's last review.").format(
            shown=len(rows), total=data.total))
        self.empty.setVisible(data.total == 0)
        self.edit_button.setEnabled(bool(rows))
        self._show_coverage(data.coverage)
        self.loaded.emit()

    def _show_coverage(self, coverage: Coverage) -> None:
        self.coverage_chart.setMinimumHeight(int(coverage_height(len(coverage.topics)) * 80))
        self.coverage_chart.set_figure(coverage_chart(coverage))
        flagged = [t.topic for t in coverage.flagged]
        if flagged:
            self.flagged.setText(self.tr("Taught only as text: {topics}. The guide asks for a mix of text, visual "
                                         "and hands-on material (mock tickets too).").format(
                topics=", ".join(flagged)))
            self.flagged.setStyleSheet("color: #b42318; font-weight: bold")
        else:
            self.flagged.setText(self.tr("No topic is taught only as text."))
            self.flagged.setStyleSheet("")
        self.unused.setText(self.tr("Not used in any session yet, so in no topic: {titles}").format(
            titles=", ".join(coverage.unused)) if coverage.unused else "")

    # -- actions ---------------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def edit_selected(self) -> None:
        asset_id = self.current_id()
        if asset_id is not None:
            self.open_asset(asset_id)

    def open_asset(self, asset_id: int | None) -> None:
        from trainercoach.gui.dialogs.asset_dialog import AssetDialog

        if asset_id is not None:
            run_dialog(AssetDialog(self.coach, asset_id, self))

    def new_asset(self) -> None:
        from trainercoach.gui.dialogs.asset_dialog import AssetDialog

        dialog = AssetDialog(self.coach, None, self)
        run_dialog(dialog)
        if dialog.asset_id is not None:
            self.refresh()

