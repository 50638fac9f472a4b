"""The main window a lead keeps open all day: dashboard, pipeline board and candidate list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from trainercoach import __version__
from trainercoach.db.lifecycle import backup_database
from trainercoach.errors import TrainerCoachError
from trainercoach.gui.dialogs.candidate_dialog import CandidateDialog
from trainercoach.gui.dialogs.people_dialog import PeopleDialog
from trainercoach.gui.dialogs.stages_dialog import StagesDialog
from trainercoach.gui.forms.ui_main_window import Ui_MainWindow
from trainercoach.gui.messages import show_error
from trainercoach.gui.settings import settings
from trainercoach.gui.views.candidates_view import CandidatesView
from trainercoach.gui.views.dashboard_view import DashboardView
from trainercoach.gui.views.pipeline_board import PipelineBoard
from trainercoach.services import Coach

DASHBOARD, PIPELINE, CANDIDATES = range(3)


class MainWindow(QMainWindow):
    def __init__(self, coach: Coach, *, demo: bool = False,
                 open_database: Callable[[str | None, bool], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach = coach
        self.demo = demo
        self._open_database = open_database
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.dashboard = DashboardView(coach)
        self.board = PipelineBoard(coach)
        self.candidates = CandidatesView(coach)
        for page, title in ((self.dashboard, self.tr("Dashboard")), (self.board, self.tr("Pipeline")),
                            (self.candidates, self.tr("Candidates"))):
            self.ui.pages.addWidget(page)
            QListWidgetItem(title, self.ui.navigation)
        self.ui.navigation.currentRowChanged.connect(self.show_page)
        self.ui.actionRedo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self._connect_actions()
        self.coach.history.listeners.append(self._update_actions)
        where = self.tr("Demo database — changes are thrown away when you quit") if demo else coach.db.display_name()
        self.database_label = where
        self.setWindowTitle(self.tr("Trainer Coach — {where}").format(
            where=self.tr("demo") if demo else Path(coach.db.display_name()).name))
        self.statusBar().showMessage(where)
        self._restore_layout()
        self._update_actions()

    # -- wiring ----------------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionDashboard.triggered.connect(lambda: self.show_page(DASHBOARD))
        ui.actionPipeline.triggered.connect(lambda: self.show_page(PIPELINE))
        ui.actionCandidates.triggered.connect(lambda: self.show_page(CANDIDATES))
        ui.actionFind.triggered.connect(self.find_candidate)
        ui.actionRefresh.triggered.connect(self.refresh_all)
        ui.actionNewCandidate.triggered.connect(self.new_candidate)
        ui.actionEditCandidate.triggered.connect(self.open_selected)
        ui.actionArchiveCandidate.triggered.connect(self.archive_selected)
        ui.actionUndo.triggered.connect(self.undo)
        ui.actionRedo.triggered.connect(self.redo)
        ui.actionConfigureStages.triggered.connect(self.configure_stages)
        ui.actionPeople.triggered.connect(self.edit_people)
        ui.actionBackup.triggered.connect(self.backup)
        ui.actionOpenDatabase.triggered.connect(self.choose_database)
        ui.actionOpenDemo.triggered.connect(lambda: self._open_database and self._open_database(None, True))
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.about)
        for view in (self.dashboard, self.board, self.candidates):
            view.candidateActivated.connect(self.open_candidate)
        self.board.changed.connect(self.refresh_all)
        self.candidates.selectionChanged.connect(self._update_actions)
        self.board.selectionChanged.connect(self._update_actions)
        self.dashboard.newCandidateRequested.connect(self.new_candidate)
        self.dashboard.demoRequested.connect(lambda: self._open_database and self._open_database(None, True))

    def show_page(self, index: int) -> None:
        self.ui.pages.setCurrentIndex(index)
        if self.ui.navigation.currentRow() != index:
            self.ui.navigation.setCurrentRow(index)
        self._update_actions()

    def current_page(self) -> int:
        return self.ui.pages.currentIndex()

    # -- candidates ------------------------------------------------------------------------------
    def selected_candidate(self) -> int | None:
        if self.current_page() == CANDIDATES:
            return self.candidates.selected_id()
        if self.current_page() == PIPELINE:
            return self.board.selected_id()
        return None

    def new_candidate(self) -> None:
        dialog = CandidateDialog(self.coach, parent=self)
        if dialog.exec():
            self.refresh_all()
            self.statusBar().showMessage(self.tr("Added {name}").format(name=dialog.form().name.strip()), 5000)
            if dialog.candidate_id is not None and self.current_page() == CANDIDATES:
                self.candidates.select(dialog.candidate_id)

    def open_candidate(self, candidate_id: int) -> None:
        try:
            dialog = CandidateDialog(self.coach, candidate_id, parent=self)
        except TrainerCoachError as error:
            show_error(self, error)
            self.refresh_all()
            return
        if dialog.exec():
            self.refresh_all()
            self.statusBar().showMessage(self.tr("Saved {name}").format(name=dialog.form().name.strip()), 5000)

    def open_selected(self) -> None:
        candidate_id = self.selected_candidate()
        if candidate_id is not None:
            self.open_candidate(candidate_id)

    def archive_selected(self) -> None:
        candidate_id = self.selected_candidate()
        if candidate_id is None:
            return
        try:
            detail = self.coach.candidates.get(candidate_id)
            if detail.archived_at is None:
                self.coach.candidates.archive(candidate_id)
                message = self.tr("Archived {name}. Undo with Ctrl+Z.")
            else:
                self.coach.candidates.restore(candidate_id)
                message = self.tr("Restored {name}.")
        except TrainerCoachError as error:
            show_error(self, error)
            return
        self.refresh_all()
        self.statusBar().showMessage(message.format(name=detail.form.name), 5000)

    def find_candidate(self) -> None:
        self.show_page(CANDIDATES)
        self.candidates.focus_search()

    def configure_stages(self) -> None:
        StagesDialog(self.coach, self).exec()
        self.refresh_all()

    def edit_people(self) -> None:
        PeopleDialog(self.coach, self).exec()
        self.refresh_all()

    # -- undo ------------------------------------------------------------------------------------
    def undo(self) -> None:
        self._step(self.coach.history.undo, self.tr("Undone: {label}"))

    def redo(self) -> None:
        self._step(self.coach.history.redo, self.tr("Redone: {label}"))

    def _step(self, action: Callable[[], str], message: str) -> None:
        try:
            label = action()
        except TrainerCoachError as error:
            show_error(self, error, self.tr("Cannot undo"))
            self.refresh_all()
            return
        except IndexError:
            return
        self.refresh_all()
        self.statusBar().showMessage(message.format(label=label), 5000)

    def _update_actions(self) -> None:
        history = self.coach.history
        self.ui.actionUndo.setEnabled(history.can_undo)
        self.ui.actionRedo.setEnabled(history.can_redo)
        self.ui.actionUndo.setText(self.tr("&Undo {label}").format(label=history.undo_label).strip()
                                   if history.can_undo else self.tr("&Undo"))
        self.ui.actionRedo.setText(self.tr("&Redo {label}").format(label=history.redo_label).strip()
                                   if history.can_redo else self.tr("&Redo"))
        has_selection = self.selected_candidate() is not None
        self.ui.actionEditCandidate.setEnabled(has_selection)
        self.ui.actionArchiveCandidate.setEnabled(has_selection)

    def refresh_all(self) -> None:
        for view in (self.dashboard, self.board, self.candidates):
            view.refresh()
        self._update_actions()

    # -- database --------------------------------------------------------------------------------
    def backup(self) -> None:
        if self.coach.db.path is None:
            show_error(self, TrainerCoachError(self.tr("Back up a team server with pg_dump.")))
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Back up database"),
                                                str(Path.home() / "trainercoach-backup.sqlite3"),
                                                self.tr("SQLite database (*.sqlite3)"))
        if not target:
            return
        try:
            written = backup_database(self.coach.db, Path(target))
        except TrainerCoachError as error:
            show_error(self, error)
            return
        self.statusBar().showMessage(self.tr("Backup written to {path}").format(path=written), 8000)

    def choose_database(self) -> None:
        target, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), str(Path.home()),
                                                self.tr("Trainer Coach database (*.sqlite3 *.db);;All files (*)"))
        if target and self._open_database:
            self._open_database(target, False)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Trainer Coach"), self.tr(
            "<h3>Trainer Coach {version}</h3><p>Grow your own trainers: candidates, the g2g pipeline, "
            "observations, feedback and certification.</p><p>Database: {db}</p>").format(
                version=__version__, db=self.database_label))

    # -- layout ----------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        stored = settings()
        geometry = stored.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = stored.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        header = stored.value("candidates/header")
        if isinstance(header, QByteArray):
            self.candidates.table.horizontalHeader().restoreState(header)
        page = stored.value("main/page", DASHBOARD)
        self.show_page(int(page) if str(page).isdigit() and int(page) in (DASHBOARD, PIPELINE, CANDIDATES)
                       else DASHBOARD)

    def save_layout(self) -> None:
        stored = settings()
        stored.setValue("main/geometry", self.saveGeometry())
        stored.setValue("main/state", self.saveState())
        stored.setValue("main/page", self.current_page())
        stored.setValue("candidates/header", self.candidates.table.horizontalHeader().saveState())
        stored.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_layout()
        if self._update_actions in self.coach.history.listeners:
            self.coach.history.listeners.remove(self._update_actions)
        super().closeEvent(event)


__all__ = ["MainWindow", "Qt"]
