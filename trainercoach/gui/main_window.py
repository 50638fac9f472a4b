"""The main window a lead keeps open all day: dashboard, pipeline board, candidates, sessions and the programme.

Only the page in view is built, and each page reads its rows in a worker: the window opens at once on a large
database, and a page other than the first is built (and its module imported) the first time it is shown. A
change refreshes the page in view; the others are read again when next shown. Dialogs are imported when opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from trainercoach import __version__
from trainercoach.errors import TrainerCoachError
from trainercoach.gui.forms.ui_main_window import Ui_MainWindow
from trainercoach.gui.language import add_language_menu
from trainercoach.gui.messages import show_error
from trainercoach.gui.settings import settings

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent  # its module's import costs a cold start 7 ms of enums

    from trainercoach.gui.views.candidates_view import CandidatesView
    from trainercoach.gui.views.dashboard_view import DashboardView
    from trainercoach.gui.views.pipeline_board import PipelineBoard
    from trainercoach.gui.views.programme_page import ProgrammePage
    from trainercoach.gui.views.sessions_view import SessionsView
    from trainercoach.services import Coach

DASHBOARD, PIPELINE, CANDIDATES, SESSIONS, PROGRAMME = range(5)
PAGES = (DASHBOARD, PIPELINE, CANDIDATES, SESSIONS, PROGRAMME)
HEADERS = {CANDIDATES: "candidates/header", SESSIONS: "sessions/header"}  # tables whose columns are remembered


class MainWindow(QMainWindow):
    """The window on one database. Made with ``coach=None`` it shows at once, its menus and pages waiting,
    while the database is opened elsewhere (the app's start); ``attach(coach)`` then fills it."""

    def __init__(self, coach: Coach | None, *, demo: bool = False,
                 open_database: Callable[[str | None, bool], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach: Coach = coach  # type: ignore[assignment] - None only until attach()
        self.demo = demo
        self._open_database = open_database
        self._kiosk: object | None = None  # the kiosk window, kept alive while it runs
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._built: dict[int, QWidget] = {}  # the pages built so far; the others are placeholders
        self._stale: set[int] = set()  # built pages to read again when next shown
        self._headers: dict[int, QByteArray] = {}  # remembered columns, applied when the table is built
        for title in (self.tr("Dashboard"), self.tr("Pipeline"), self.tr("Candidates"), self.tr("Sessions"),
                      self.tr("Programme")):
            self.ui.pages.addWidget(QWidget())
            QListWidgetItem(title, self.ui.navigation)
        self.ui.navigation.currentRowChanged.connect(self.show_page)
        self.ui.actionRedo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self._connect_actions()
        add_language_menu(self, self.ui.menuEdit)
        self._restore_layout()
        if coach is not None:
            self.attach(coach)
            return
        self.database_label = ""
        self.setWindowTitle(self.tr("Trainer Coach"))
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self._waiting = [a for a in self.findChildren(QAction) if a.isEnabled() and a is not self.ui.actionQuit]
        for action in self._waiting:
            action.setEnabled(False)
        self.ui.navigation.setEnabled(False)

    @property
    def attached(self) -> bool:
        return self.coach is not None

    def attach(self, coach: Coach) -> None:
        """Work on ``coach``'s database: the remembered page is built and starts reading."""
        self.coach = coach
        for action in getattr(self, "_waiting", []):
            action.setEnabled(True)
        self.ui.navigation.setEnabled(True)
        self.coach.history.listeners.append(self._update_actions)
        where = (self.tr("Demo database — changes are thrown away when you quit") if self.demo
                 else coach.db.display_name())
        self.database_label = where
        self.setWindowTitle(self.tr("Trainer Coach — {where}").format(
            where=self.tr("demo") if self.demo else Path(coach.db.display_name()).name))
        self.statusBar().showMessage(where)
        from trainercoach.gui.workers import settle_heap

        settle_heap()  # what start-up imported stays out of the collector's way (see settle_heap)
        page = settings().value("main/page", DASHBOARD)
        self.show_page(int(page) if str(page).isdigit() and int(page) in PAGES else DASHBOARD)
        self._update_actions()
        from trainercoach.gui.change_refresh import ChangeRefresher

        self._refresher = ChangeRefresher(coach.db, parent=self)
        self._refresher.changed.connect(self._changed_elsewhere)
        # Coming back to the window asks at once (a changeEvent would need QEvent's 180 enums at start-up).
        QApplication.instance().focusWindowChanged.connect(self._focus_changed)

    def _changed_elsewhere(self) -> None:
        """Someone (another window, another person on the team server) committed a change: the page in view
        reads again, the others when next shown."""
        if self.attached:
            self.refresh_all()

    def _focus_changed(self, focused: object) -> None:
        if focused is not None and focused is self.windowHandle() and hasattr(self, "_refresher"):
            self._refresher.poke()

    # -- pages, built when first shown --------------------------------------------------------------
    @property
    def dashboard(self) -> DashboardView:
        return self.page(DASHBOARD)

    @property
    def board(self) -> PipelineBoard:
        return self.page(PIPELINE)

    @property
    def candidates(self) -> CandidatesView:
        return self.page(CANDIDATES)

    @property
    def sessions(self) -> SessionsView:
        return self.page(SESSIONS)

    @property
    def programme(self) -> ProgrammePage:
        return self.page(PROGRAMME)

    def is_built(self, index: int) -> bool:
        return index in self._built

    def page(self, index: int) -> Any:  # the page's own class
        """The page, built (and starting to read) the first time it is asked for."""
        built = self._built.get(index)
        if built is None:
            built = self._build(index)
            self._built[index] = built
            placeholder = self.ui.pages.widget(index)
            current = self.ui.pages.currentIndex()
            self.ui.pages.insertWidget(index, built)
            self.ui.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            if current == index:
                self.ui.pages.setCurrentIndex(index)
            self._wire(index, built)
        return built

    def _build(self, index: int) -> QWidget:
        coach = self.coach
        if index == DASHBOARD:
            from trainercoach.gui.views.dashboard_view import DashboardView

            return DashboardView(coach)
        if index == PIPELINE:
            from trainercoach.gui.views.pipeline_board import PipelineBoard

            return PipelineBoard(coach)
        if index == CANDIDATES:
            from trainercoach.gui.views.candidates_view import CandidatesView

            return CandidatesView(coach)
        if index == SESSIONS:
            from trainercoach.gui.views.sessions_view import SessionsView

            return SessionsView(coach)
        from trainercoach.gui.views.programme_page import ProgrammePage

        return ProgrammePage(coach)

    def _wire(self, index: int, page: Any) -> None:
        """Connect a page just built to the window's actions, and give its table the remembered columns."""
        ui = self.ui
        if index in HEADERS and index in self._headers:
            page.table.horizontalHeader().restoreState(self._headers[index])
        if index in (DASHBOARD, PIPELINE, CANDIDATES, PROGRAMME):
            page.candidateActivated.connect(self.open_candidate)
        if index == DASHBOARD:
            page.sessionActivated.connect(self.show_session)
            page.newCandidateRequested.connect(self.new_candidate)
            page.demoRequested.connect(lambda: self._open_database and self._open_database(None, True))
        elif index == PIPELINE:
            page.changed.connect(self.refresh_all)
            page.selectionChanged.connect(self._update_actions)
        elif index == CANDIDATES:
            page.selectionChanged.connect(self._update_actions)
        elif index == SESSIONS:
            page.set_page_actions([
                ui.actionEditSession, ui.actionObserve, None, ui.actionEnterFeedback, ui.actionKiosk,
                ui.actionImportFeedback, ui.actionPrintFeedbackForm, None, ui.actionComprehensionCheck,
                ui.actionExportSessionReport, None, ui.actionDeleteSession,
            ])
            page.selectionChanged.connect(self._update_actions)
            page.observationActivated.connect(self.open_observation)
            page.checkActivated.connect(lambda check_id: self.comprehension_check(check_id))
            page.weightsChanged.connect(self.refresh_all)

    # -- wiring ----------------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        ui = self.ui
        ui.actionDashboard.triggered.connect(lambda: self.show_page(DASHBOARD))
        ui.actionPipeline.triggered.connect(lambda: self.show_page(PIPELINE))
        ui.actionCandidates.triggered.connect(lambda: self.show_page(CANDIDATES))
        ui.actionSessions.triggered.connect(lambda: self.show_page(SESSIONS))
        ui.actionProgramme.triggered.connect(lambda: self.show_page(PROGRAMME))
        ui.actionReadinessRule.triggered.connect(self.edit_readiness_rule)
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
        ui.actionRestoreBackup.triggered.connect(self.restore_backup)
        ui.actionExportList.triggered.connect(self.export_list)
        ui.actionOpenDatabase.triggered.connect(self.choose_database)
        ui.actionOpenDemo.triggered.connect(lambda: self._open_database and self._open_database(None, True))
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.about)
        ui.actionNewSession.triggered.connect(self.new_session)
        ui.actionOpenSession.triggered.connect(self.open_selected_session)
        ui.actionEditSession.triggered.connect(self.edit_session)
        ui.actionDeleteSession.triggered.connect(self.delete_session)
        ui.actionObserve.triggered.connect(self.observe)
        ui.actionEnterFeedback.triggered.connect(self.enter_feedback)
        ui.actionKiosk.triggered.connect(self.start_kiosk)
        ui.actionImportFeedback.triggered.connect(self.import_feedback)
        ui.actionPrintFeedbackForm.triggered.connect(self.print_feedback_form)
        ui.actionComprehensionCheck.triggered.connect(lambda: self.comprehension_check())
        ui.actionRubrics.triggered.connect(self.edit_rubrics)
        ui.actionExportEvaluation.triggered.connect(self.export_evaluation)
        ui.actionExportSessionReport.triggered.connect(self.export_session_report)
        ui.actionExportEvaluations.triggered.connect(self.export_all_evaluations)
        ui.actionExportProgramme.triggered.connect(self.export_programme_report)

    def show_page(self, index: int) -> None:
        if not self.attached:
            return
        fresh = not self.is_built(index)
        page = self.page(index)  # built now if it never was: it reads its rows as it is made
        self.ui.pages.setCurrentIndex(index)
        if self.ui.navigation.currentRow() != index:
            self.ui.navigation.setCurrentRow(index)
        if index == PROGRAMME:
            if page.stale:
                page.refresh()
        elif index in self._stale and not fresh:
            page.refresh()
        self._stale.discard(index)
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
        from trainercoach.gui.dialogs.candidate_dialog import CandidateDialog

        dialog = CandidateDialog(self.coach, parent=self)
        if dialog.exec():
            self.refresh_all()
            self.statusBar().showMessage(self.tr("Added {name}").format(name=dialog.form().name.strip()), 5000)
            if dialog.candidate_id is not None and self.current_page() == CANDIDATES:
                self.candidates.select(dialog.candidate_id)

    def open_candidate(self, candidate_id: int) -> None:
        from trainercoach.gui.dialogs.candidate_dialog import CandidateDialog

        try:
            dialog = CandidateDialog(self.coach, candidate_id, parent=self)
        except TrainerCoachError as error:
            show_error(self, error)
            self.refresh_all()
            return
        if dialog.exec():
            self.refresh_all()
            self.statusBar().showMessage(self.tr("Saved {name}").format(name=dialog.form().name.strip()), 5000)
        elif dialog.changed_elsewhere:  # a sign-off or certification is saved even when the form is not
            self.refresh_all()

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
        from trainercoach.gui.dialogs.stages_dialog import StagesDialog

        StagesDialog(self.coach, self).exec()
        self.refresh_all()

    def edit_readiness_rule(self) -> None:
        from trainercoach.gui.dialogs.readiness_rule_dialog import ReadinessRuleDialog

        if ReadinessRuleDialog(self.coach, self).exec():
            self.refresh_all()
            self.statusBar().showMessage(self.tr("Readiness rule saved"), 5000)

    def edit_people(self) -> None:
        from trainercoach.gui.dialogs.people_dialog import PeopleDialog

        PeopleDialog(self.coach, self).exec()
        self.refresh_all()

    # -- sessions --------------------------------------------------------------------------------
    def current_session(self) -> int | None:
        return self.sessions.current_id() if self.current_page() == SESSIONS else None

    def show_session(self, delivery_id: int) -> None:
        self.show_page(SESSIONS)
        self.sessions.open_session(delivery_id)

    def open_selected_session(self) -> None:
        delivery_id = self.current_session()
        if delivery_id is not None:
            self.sessions.open_session(delivery_id)

    def new_session(self) -> None:
        from trainercoach.gui.dialogs.session_dialog import SessionDialog

        candidate_id = self.selected_candidate()
        dialog = SessionDialog(self.coach, candidate_id=candidate_id, parent=self)
        if dialog.exec() and dialog.delivery_id is not None:
            self.refresh_all()
            self.show_page(SESSIONS)
            self.sessions.select(dialog.delivery_id)
            self.statusBar().showMessage(self.tr("Logged {topic}").format(topic=dialog.form().topic.strip()), 5000)

    def edit_session(self) -> None:
        from trainercoach.gui.dialogs.session_dialog import SessionDialog

        delivery_id = self.current_session()
        if delivery_id is None:
            return
        try:
            dialog = SessionDialog(self.coach, delivery_id, parent=self)
        except TrainerCoachError as error:
            show_error(self, error)
            self.refresh_all()
            return
        if dialog.exec():
            self.refresh_all()
            self.statusBar().showMessage(self.tr("Saved {topic}").format(topic=dialog.form().topic.strip()), 5000)

    def delete_session(self) -> None:
        """Deleting takes the session's observations, feedback and checks with it, and cannot be undone:
        so the question names exactly what goes."""
        delivery_id = self.current_session()
        if delivery_id is None:
            return
        try:
            detail = self.coach.deliveries.get(delivery_id)
            counts = self.coach.deliveries.counts(delivery_id)
        except TrainerCoachError as error:
            show_error(self, error)
            self.refresh_all()
            return
        words = {"observations": (self.tr("observation"), self.tr("observations")),
                 "responses": (self.tr("trainee feedback form"), self.tr("trainee feedback forms")),
                 "checks": (self.tr("comprehension check"), self.tr("comprehension checks"))}
        parts = [f"{counts[key]} {one if counts[key] == 1 else many}" for key, (one, many) in words.items()
                 if counts[key]]
        goes = (self.tr("Its {parts} will be deleted with it.").format(parts=", ".join(parts)) if parts
                else self.tr("Nothing has been recorded for it yet."))
        question = self.tr("Delete the session “{topic}” of {candidate}?\n\n{goes} This cannot be undone.").format(
            topic=detail.form.topic, candidate=detail.candidate_name, goes=goes)
        answer = QMessageBox.question(self, self.tr("Delete session"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.coach.deliveries.delete(delivery_id)
        except TrainerCoachError as error:
            show_error(self, error)
        self.sessions.show_list()
        self.refresh_all()
        self.statusBar().showMessage(self.tr("Deleted {topic}").format(topic=detail.form.topic), 5000)

    def observe(self) -> None:
        delivery_id = self.current_session()
        if delivery_id is not None:
            self._run_observation(delivery_id, None)

    def open_observation(self, observation_id: int) -> None:
        delivery_id = self.current_session()
        if delivery_id is not None:
            self._run_observation(delivery_id, observation_id)

    def _run_observation(self, delivery_id: int, observation_id: int | None) -> None:
        from trainercoach.gui.dialogs.observation_dialog import ObservationDialog

        try:
            dialog = ObservationDialog(self.coach, delivery_id, observation_id, parent=self)
        except TrainerCoachError as error:
            show_error(self, error)
            self.refresh_all()
            return
        if dialog.exec():
            self.refresh_all()
            self.statusBar().showMessage(self.tr("Observation saved"), 5000)

    def edit_rubrics(self) -> None:
        from trainercoach.gui.dialogs.rubric_dialog import RubricDialog

        dialog = RubricDialog(self.coach, parent=self)
        if dialog.exec():
            self.statusBar().showMessage(self.tr("Rubric saved as a new version"), 5000)
            self.refresh_all()

    # The feedback, kiosk, import, print and comprehension windows are built by another part of the app;
    # they are imported when asked for, so this window opens even where one of them is missing.
    def _session_tool(self, run: Callable[[int], object]) -> None:
        delivery_id = self.current_session()
        if delivery_id is None:
            return
        try:
            run(delivery_id)
        except ImportError:
            show_error(self, TrainerCoachError(self.tr("This part of Trainer Coach is not installed.")))
            return
        except TrainerCoachError as error:
            show_error(self, error)
        self.refresh_all()

    def enter_feedback(self) -> None:
        def run(delivery_id: int) -> None:
            from trainercoach.gui.dialogs.feedback_entry_dialog import FeedbackEntryDialog

            FeedbackEntryDialog(self.coach, delivery_id, self).exec()

        self._session_tool(run)

    def start_kiosk(self) -> None:
        def run(delivery_id: int) -> None:
            from trainercoach.gui.kiosk import start_kiosk

            self._kiosk = start_kiosk(self.coach, delivery_id, self)

        self._session_tool(run)

    def import_feedback(self) -> None:
        def run(delivery_id: int) -> None:
            from trainercoach.gui.dialogs.import_dialog import ImportFeedbackDialog

            ImportFeedbackDialog(self.coach, delivery_id, self).exec()

        self._session_tool(run)

    def print_feedback_form(self) -> None:
        def run(delivery_id: int) -> None:
            from trainercoach.gui.dialogs.print_form import save_feedback_form

            save_feedback_form(self.coach, delivery_id, self)

        self._session_tool(run)

    def comprehension_check(self, check_id: int | None = None) -> None:
        def run(delivery_id: int) -> None:
            from trainercoach.gui.dialogs.comprehension_dialog import ComprehensionDialog

            ComprehensionDialog(self.coach, delivery_id, check_id=check_id, parent=self).exec()

        self._session_tool(run)

    # -- PDF exports -----------------------------------------------------------------------------
    def export_evaluation(self) -> None:
        from trainercoach.gui.dialogs.export_dialog import export_evaluation

        candidate_id = self.selected_candidate()
        if candidate_id is not None and export_evaluation(self.coach, candidate_id, self) is not None:
            self.statusBar().showMessage(self.tr("Evaluation exported"), 5000)

    def export_session_report(self) -> None:
        from trainercoach.gui.dialogs.export_dialog import export_session_report

        delivery_id = self.current_session()
        if delivery_id is not None and export_session_report(self.coach, delivery_id, self) is not None:
            self.statusBar().showMessage(self.tr("Session report exported"), 5000)

    def export_programme_report(self) -> None:
        from trainercoach.gui.dialogs.export_dialog import export_programme_report

        if export_programme_report(self.coach, self) is not None:
            self.statusBar().showMessage(self.tr("Programme report exported"), 5000)

    def export_all_evaluations(self) -> None:
        from trainercoach.gui.dialogs.batch_export_dialog import BatchExportDialog

        BatchExportDialog(self.coach, self).exec()

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
        if not self.attached:
            return
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
        self.ui.actionExportEvaluation.setEnabled(has_selection)
        has_session = self.current_session() is not None
        for action in (self.ui.actionOpenSession, self.ui.actionEditSession, self.ui.actionDeleteSession,
                       self.ui.actionObserve, self.ui.actionEnterFeedback, self.ui.actionKiosk,
                       self.ui.actionImportFeedback, self.ui.actionPrintFeedbackForm,
                       self.ui.actionComprehensionCheck, self.ui.actionExportSessionReport):
            action.setEnabled(has_session)
        self.ui.actionOpenSession.setEnabled(has_session and not self.sessions.showing_session())

    def refresh_all(self) -> None:
        """After a change: the page in view reads again now, the other pages built so far when next shown
        (each read can cover the whole database; only one runs for a change)."""
        current = self.current_page()
        for index, page in self._built.items():
            if index == PROGRAMME:
                page.mark_stale()
                if index == current:
                    page.refresh()
            elif index == current:
                page.refresh()
            else:
                self._stale.add(index)
        self._update_actions()

    # -- database --------------------------------------------------------------------------------
    def backup(self) -> None:
        from trainercoach.db.lifecycle import backup_database

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

    def restore_backup(self) -> None:
        from trainercoach.gui.dialogs.restore_dialog import restore_from_backup

        restore_from_backup(self)

    def export_list(self) -> None:
        from trainercoach.gui.dialogs.export_list import export_current_list

        export_current_list(self)

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
        for index, key in HEADERS.items():
            header = stored.value(key)
            if isinstance(header, QByteArray):
                self._headers[index] = header

    def save_layout(self) -> None:
        stored = settings()
        stored.setValue("main/geometry", self.saveGeometry())
        stored.setValue("main/state", self.saveState())
        if self.attached:  # closed while opening: the page shown last time stays remembered
            stored.setValue("main/page", self.current_page())
        for index, key in HEADERS.items():
            if self.is_built(index):  # a page never built keeps what was remembered
                stored.setValue(key, self.page(index).table.horizontalHeader().saveState())
        stored.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt's name
        if hasattr(self, "_refresher"):
            self._refresher.stop()
        self.save_layout()
        if self.is_built(PROGRAMME):
            self.programme.shutdown()
        from trainercoach.gui.workers import wait_for_workers

        wait_for_workers()  # no page may still be reading when the database is closed
        if self.attached and self._update_actions in self.coach.history.listeners:
            self.coach.history.listeners.remove(self._update_actions)
        super().closeEvent(event)


__all__ = ["MainWindow"]
