"""The main window a lead keeps open all day: its pages are those of the registry (pages.py).

Only the page in view is built, and each page reads its rows in a worker: the window opens at once on a large
database, and a page other than the first is built (and its module imported) the first time it is shown. Every
change goes through the operation wrapper (operations.py), which says what it changed: the page in view reads
again if it shows any of that, other built pages that do are read when next shown, and the rest are left alone.
Dialogs are imported when opened.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from trainercoach.errors import TrainerCoachError
from trainercoach.gui import window_files
from trainercoach.gui.forms.ui_main_window import Ui_MainWindow
from trainercoach.gui.language import add_language_menu
from trainercoach.gui.messages import show_error
from trainercoach.gui.modal import run_dialog
from trainercoach.gui.pages import CANDIDATES, DASHBOARD, PAGES, PIPELINE, PROGRAMME, SESSIONS, fill_navigation
from trainercoach.gui.settings import restore_window, settings

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent  # its module's import costs a cold start 7 ms of enums

    from trainercoach.db.tracking import Changes
    from trainercoach.services import Coach

HEADERS = {index: page.header_key for index, page in enumerate(PAGES) if page.header_key}  # remembered columns
_ATTRIBUTES = {page.name: index for index, page in enumerate(PAGES)}  # window.board, window.sessions, …


class MainWindow(QMainWindow):
    """The window on one database. Made with ``coach=None`` it shows at once, its menus and pages waiting,
    while the database is opened elsewhere (the app's start); ``attach(coach)`` then fills it."""

    history_changed = Signal()  # the undo history changed, perhaps in an import's worker: Edit's words follow

    def __init__(self, coach: Coach | None, *, demo: bool = False,
                 open_database: Callable[[str | None, bool], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coach: Coach = coach  # type: ignore[assignment]  # None only until attach()
        self.demo = demo
        self._open_database = open_database
        self._kiosk: object | None = None  # the kiosk window, kept alive while it runs
        self._guide: Any = None  # the user guide, opened once and shown again (Help ▸ User guide, F1)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._built: dict[int, QWidget] = {}  # the pages built so far; the others are placeholders
        self._stale: set[int] = set()  # built pages to read again when next shown
        self._headers: dict[int, QByteArray] = {}  # remembered columns, applied when the table is built
        fill_navigation(self.ui.navigation, self.ui.pages, PAGES)
        self.ui.navigation.currentRowChanged.connect(self.show_page)
        self.ui.actionRedo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self._connect_actions()
        add_language_menu(self, self.ui.menuEdit)
        self._headers = restore_window(self, HEADERS)
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
        from trainercoach.gui import operations  # with the database: not on the way to the first window

        self.coach = coach
        for action in getattr(self, "_waiting", []):
            action.setEnabled(True)
        self.ui.navigation.setEnabled(True)
        self.history_changed.connect(self._update_actions)  # queued from a worker thread, direct from this one
        self.coach.history.listeners.append(self.history_changed.emit)
        where = (self.tr("Demo database — changes are thrown away when you quit") if self.demo
                 else coach.db.display_name())
        self.database_label = where
        self.setWindowTitle(self.tr("Trainer Coach — {where}").format(
            where=self.tr("demo") if self.demo else Path(coach.db.display_name()).name))
        self.statusBar().showMessage(where)
        from trainercoach.gui.workers import settle_heap

        settle_heap()  # what start-up imported stays out of the collector's way (see settle_heap)
        from trainercoach.gui.change_refresh import ChangeRefresher

        # Its thread starts before the first page's read: started while that read held the interpreter, the
        # window waited 13 ms for the new thread to say it was running.
        self._refresher = ChangeRefresher(coach.db, parent=self)
        self._refresher.changed.connect(self._changed_elsewhere)
        page = settings().value("main/page", DASHBOARD)
        self.show_page(int(str(page)) if str(page).isdigit() and int(str(page)) < len(PAGES) else DASHBOARD)
        self._update_actions()
        operations.hub(coach).changed.connect(self.apply_changes)
        # Coming back to the window asks at once (a changeEvent would need QEvent's 180 enums at start-up).
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window needs one
        app.focusWindowChanged.connect(self._focus_changed)

    def _changed_elsewhere(self) -> None:
        """Someone (another window, another person on the team server) committed a change, or a record this
        window showed is gone: every page may be out of date; the page in view reads again, the others when
        next shown."""
        if self.attached:
            self.refresh_all()

    def _focus_changed(self, focused: object) -> None:
        if focused is not None and focused is self.windowHandle() and hasattr(self, "_refresher"):
            self._refresher.poke()

    # -- pages, built when first shown --------------------------------------------------------------
    def __getattr__(self, name: str) -> Any:  # the page's own class
        """``window.dashboard``, ``window.board``, ``window.sessions``…: a page of the registry by its name,
        built the first time it is asked for."""
        index = _ATTRIBUTES.get(name)
        if index is None or name.startswith("_"):
            raise AttributeError(name)
        return self.page(index)

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
        return PAGES[index].build(self.coach)

    def _wire(self, index: int, page: Any) -> None:
        """Connect a page just built to the window, as its registry entry says, and give its table the
        remembered columns."""
        entry = PAGES[index]
        if index in HEADERS and index in self._headers:
            page.table.horizontalHeader().restoreState(self._headers[index])
        for signal, method in entry.signals:
            getattr(page, signal).connect(getattr(self, method))
        if entry.page_actions:
            page.set_page_actions([None if name is None else getattr(self.ui, name) for name in entry.page_actions])

    def _navigation_action(self, index: int) -> QAction:
        """The page's action in the View menu: the form's, or one made for a page the form does not name."""
        entry = PAGES[index]
        action = getattr(self.ui, entry.action, None)
        if action is None:
            action = QAction(entry.translated_title(), self)
            action.setObjectName(entry.action)
            self.ui.menuView.insertAction(self.ui.actionRefresh, action)
            setattr(self.ui, entry.action, action)
        return action

    def open_demo(self) -> None:
        if self._open_database:
            self._open_database(None, True)

    # -- wiring ----------------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        ui = self.ui
        for index in range(len(PAGES)):
            self._navigation_action(index).triggered.connect(lambda _checked=False, i=index: self.show_page(i))
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
        ui.actionBackup.triggered.connect(lambda: window_files.backup(self))
        ui.actionRestoreBackup.triggered.connect(self.restore_backup)
        ui.actionExportList.triggered.connect(self.export_list)
        ui.actionOpenDatabase.triggered.connect(lambda: window_files.choose_database(self, self._open_database))
        ui.actionOpenDemo.triggered.connect(self.open_demo)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self.about)
        ui.actionUserGuide.triggered.connect(lambda: self.user_guide())
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
        ui.actionExportEvaluation.triggered.connect(lambda: window_files.export_evaluation(self))
        ui.actionExportSessionReport.triggered.connect(lambda: window_files.export_session_report(self))
        ui.actionExportEvaluations.triggered.connect(lambda: window_files.export_all_evaluations(self))
        ui.actionExportProgramme.triggered.connect(lambda: window_files.export_programme_report(self))

    def show_page(self, index: int) -> None:
        if not self.attached:
            return
        fresh = not self.is_built(index)
        page = self.page(index)  # built now if it never was: it reads its rows as it is made
        self.ui.pages.setCurrentIndex(index)
        if self.ui.navigation.currentRow() != index:
            self.ui.navigation.setCurrentRow(index)
        if (index in self._stale and not fresh) or getattr(page, "stale", False) is True:
            page.refresh()  # out of date since a change, or (the programme) read only when first shown
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
        if run_dialog(dialog):
            self.statusBar().showMessage(self.tr("Added {name}").format(name=dialog.form().name.strip()), 5000)
            if dialog.candidate_id is not None and self.current_page() == CANDIDATES:
                self.candidates.select(dialog.candidate_id)

    def open_candidate(self, candidate_id: int) -> None:
        from trainercoach.gui.dialogs.candidate_dialog import CandidateDialog

        try:
            dialog = CandidateDialog(self.coach, candidate_id, parent=self)
        except TrainerCoachError as error:
            show_error(self, error)
            self._changed_elsewhere()  # gone or out of reach since the page was read
            return
        if run_dialog(dialog):
            self.statusBar().showMessage(self.tr("Saved {name}").format(name=dialog.form().name.strip()), 5000)

    def open_selected(self) -> None:
        candidate_id = self.selected_candidate()
        if candidate_id is not None:
            self.open_candidate(candidate_id)

    def archive_selected(self) -> None:
        from trainercoach.gui import operations  # with the database: not on the way to the first window

        candidate_id = self.selected_candidate()
        if candidate_id is None:
            return
        try:
            detail = self.coach.candidates.get(candidate_id)
        except TrainerCoachError as error:
            show_error(self, error)
            self._changed_elsewhere()
            return
        if detail.archived_at is None:
            outcome = operations.run_op(self, self.coach, lambda: self.coach.candidates.archive(candidate_id))
            message = self.tr("Archived {name}. Undo with Ctrl+Z.")
        else:
            outcome = operations.run_op(self, self.coach, lambda: self.coach.candidates.restore(candidate_id))
            message = self.tr("Restored {name}.")
        if not outcome.ok:
            return
        self.statusBar().showMessage(message.format(name=detail.form.name), 5000)

    def find_candidate(self) -> None:
        self.show_page(CANDIDATES)
        self.candidates.focus_search()

    def configure_stages(self) -> None:
        from trainercoach.gui.dialogs.stages_dialog import StagesDialog

        run_dialog(StagesDialog(self.coach, self))

    def edit_readiness_rule(self) -> None:
        from trainercoach.gui.dialogs.readiness_rule_dialog import ReadinessRuleDialog

        if run_dialog(ReadinessRuleDialog(self.coach, self)):
            self.statusBar().showMessage(self.tr("Readiness rule saved"), 5000)

    def edit_people(self) -> None:
        from trainercoach.gui.dialogs.people_dialog import PeopleDialog

        run_dialog(PeopleDialog(self.coach, self))

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

    def _candidate_from(self, parent: QWidget) -> int | None:
        """The candidate form over ``parent`` (the session form, in an empty database); the new candidate's id."""
        from trainercoach.gui.dialogs.candidate_dialog import CandidateDialog

        dialog = CandidateDialog(self.coach, parent=parent)
        return dialog.candidate_id if run_dialog(dialog) else None

    def new_session(self) -> None:
        from trainercoach.gui.dialogs.session_dialog import SessionDialog

        candidate_id = self.selected_candidate()
        dialog = SessionDialog(self.coach, candidate_id=candidate_id, new_candidate=self._candidate_from,
                               parent=self)
        if run_dialog(dialog) and dialog.delivery_id is not None:
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
            self._changed_elsewhere()
            return
        if run_dialog(dialog):
            self.statusBar().showMessage(self.tr("Saved {topic}").format(topic=dialog.form().topic.strip()), 5000)

    def delete_session(self) -> None:
        """Deleting takes the session's observations, feedback and checks with it: the question names them."""
        from trainercoach.gui import operations  # with the database: not on the way to the first window

        delivery_id = self.current_session()
        if delivery_id is None:
            return
        try:
            detail = self.coach.deliveries.get(delivery_id)
            counts = self.coach.deliveries.counts(delivery_id)
        except TrainerCoachError as error:
            show_error(self, error)
            self._changed_elsewhere()
            return
        words = {"observations": (self.tr("observation"), self.tr("observations")),
                 "responses": (self.tr("trainee feedback form"), self.tr("trainee feedback forms")),
                 "checks": (self.tr("comprehension check"), self.tr("comprehension checks"))}
        parts = [f"{counts[key]} {one if counts[key] == 1 else many}" for key, (one, many) in words.items()
                 if counts[key]]
        goes = (self.tr("Its {parts} will be deleted with it.").format(parts=", ".join(parts)) if parts
                else self.tr("Nothing has been recorded for it yet."))
        question = self.tr("Delete the session “{topic}” of {candidate}?\n\n{goes} Edit ▸ Undo brings it all "
                           "back.").format(
            topic=detail.form.topic, candidate=detail.candidate_name, goes=goes)
        answer = QMessageBox.question(self, self.tr("Delete session"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        outcome = operations.run_op(self, self.coach, lambda: self.coach.deliveries.delete(delivery_id))
        self.sessions.show_list()
        if not outcome.ok:
            return
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
            self._changed_elsewhere()
            return
        if run_dialog(dialog):
            self.statusBar().showMessage(self.tr("Observation saved"), 5000)

    def edit_rubrics(self) -> None:
        from trainercoach.gui.dialogs.rubric_dialog import RubricDialog

        dialog = RubricDialog(self.coach, parent=self)
        if run_dialog(dialog):
            self.statusBar().showMessage(self.tr("Rubric saved as a new version"), 5000)

    # The feedback, kiosk, import, print and comprehension windows are imported when asked for (a cold start
    # need not load them). What they save goes through the operation wrapper, which tells the pages.
    def _session_tool(self, run: Callable[[int], object]) -> None:
        delivery_id = self.current_session()
        if delivery_id is None:
            return
        try:
            run(delivery_id)
        except TrainerCoachError as error:  # the session is gone since the page was read
            show_error(self, error)
            self._changed_elsewhere()

    def enter_feedback(self) -> None:
        from trainercoach.gui.dialogs.feedback_entry_dialog import FeedbackEntryDialog

        self._session_tool(lambda delivery_id: run_dialog(FeedbackEntryDialog(self.coach, delivery_id, self)))

    def start_kiosk(self) -> None:
        def run(delivery_id: int) -> None:
            from trainercoach.gui.kiosk import start_kiosk

            self._kiosk = start_kiosk(self.coach, delivery_id, self)

        self._session_tool(run)

    def import_feedback(self) -> None:
        from trainercoach.gui.dialogs.import_dialog import ImportFeedbackDialog

        self._session_tool(lambda delivery_id: run_dialog(ImportFeedbackDialog(self.coach, delivery_id, self)))

    def print_feedback_form(self) -> None:
        from trainercoach.gui.dialogs.print_form import save_feedback_form

        self._session_tool(lambda delivery_id: save_feedback_form(self.coach, delivery_id, self))

    def comprehension_check(self, check_id: int | None = None) -> None:
        def run(delivery_id: int) -> None:
            from trainercoach.gui.dialogs.comprehension_dialog import ComprehensionDialog

            run_dialog(ComprehensionDialog(self.coach, delivery_id, check_id=check_id, parent=self))

        self._session_tool(run)

    # -- undo ------------------------------------------------------------------------------------
    def undo(self) -> None:
        """Through the same wrapper as a save: refused when someone else changed the record since."""
        from trainercoach.gui import operations  # with the database: not on the way to the first window

        outcome = operations.undo(self, self.coach)
        if outcome.ok:
            self.statusBar().showMessage(self.tr("Undone: {label}").format(label=outcome.result), 5000)

    def redo(self) -> None:
        from trainercoach.gui import operations  # with the database: not on the way to the first window

        outcome = operations.redo(self, self.coach)
        if outcome.ok:
            self.statusBar().showMessage(self.tr("Redone: {label}").format(label=outcome.result), 5000)

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

    def apply_changes(self, changes: Changes) -> None:
        """What an operation changed (operations.py): the page in view reads again now if it shows any of it,
        other built pages that do when next shown (each read can cover the whole database; only one runs for a
        change); pages that show none of it are left as they are."""

        current = self.current_page()
        for index, page in self._built.items():
            if not changes.touches(PAGES[index].shows):
                continue
            if index == current:
                page.refresh()  # type: ignore[attr-defined]  # every page has refresh(); QWidget does not say so
            else:
                self._stale.add(index)
                if hasattr(page, "mark_stale"):
                    page.mark_stale()
        self._update_actions()

    def refresh_all(self) -> None:
        """The person's View ▸ Refresh, and what the team server's watcher calls when someone else changed
        something: every page may be out of date."""
        from trainercoach.gui import operations  # with the database: not on the way to the first window

        self.apply_changes(operations.EVERYTHING)

    # -- database and help ------------------------------------------------------------------------
    def restore_backup(self) -> None:
        from trainercoach.gui.dialogs.restore_dialog import restore_from_backup

        restore_from_backup(self)

    def export_list(self) -> None:
        from trainercoach.gui.dialogs.export_list import export_current_list

        export_current_list(self)

    def user_guide(self, anchor: str | None = None) -> QWidget:
        """Help ▸ User guide, in the interface's language. With no ``anchor``, the section explaining the figure
        under the pointer (or, failing that, the one with the focus): F1 on a figure answers "how is this
        computed?". Pages and dialogs reach the guide through this method, never by importing the dialog."""

        from trainercoach.gui.dialogs.help_dialog import HelpDialog, anchor_near_pointer

        if anchor is None:
            anchor = anchor_near_pointer()
        guide = self._guide
        if guide is None:
            guide = self._guide = HelpDialog(anchor, self)
        else:
            guide.show_section(anchor)
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Trainer Coach"), self.about_text())

    def about_text(self) -> str:
        from trainercoach.gui.dialogs.help_dialog import about_html

        return about_html(self.coach.db if self.attached else None, self.database_label)

    # -- layout ----------------------------------------------------------------------------------
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
        from trainercoach.gui import operations  # with the database: not on the way to the first window

        if hasattr(self, "_refresher"):
            self._refresher.stop()
        self.save_layout()
        for page in self._built.values():
            if hasattr(page, "shutdown"):
                page.shutdown()
        from trainercoach.gui.workers import wait_for_workers

        wait_for_workers()  # no page may still be reading when the database is closed
        if self.attached:
            with suppress(RuntimeError, TypeError):
                operations.hub(self.coach).changed.disconnect(self.apply_changes)
        if self.attached and self.history_changed.emit in self.coach.history.listeners:
            self.coach.history.listeners.remove(self.history_changed.emit)
        super().closeEvent(event)


# The page numbers, for callers that name a page (tests, the export list): the registry's.
__all__ = ["CANDIDATES", "DASHBOARD", "PIPELINE", "PROGRAMME", "SESSIONS", "MainWindow"]
