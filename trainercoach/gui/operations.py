"""The one way a window changes data (Anki's ``aqt.operations``, ``CollectionOp``).

Every change made from a window runs through ``run_op`` (inline: a save, a move, an undo: each well under a
frame's worth of waiting) or ``BackgroundOp`` (imports, restores, bulk work: in a worker thread, with progress and
cancel). Either one

- runs the service call, which puts its change on the undo stack itself (the core keeps the history);
- shows a refusal one way: a ``ValidationError`` beside the form's fields (the form's ``show_errors``), else in a
  message box; someone else's change (``Conflict``) is asked about (conflict_dialog.ask) when the call can be
  made again over theirs, else told; every message in the person's language, as the core wrote it;
- on success emits ``changed`` on the coach's ``OpHub`` with what changed (``Changes``: which kinds of record,
  which ids). What changed is not declared at the call site: the core notes what each committed transaction wrote
  (trainercoach/db/tracking.py), so it is what the service really did. The main window refreshes the page in
  view if it shows any of it, and marks other built pages that do stale (pages.py says what each page shows).

A call that is not a ``TrainerCoachError`` failure is a bug and is raised, never shown as a refusal.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeGuard

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from trainercoach.db.tracking import EVERYTHING, NOTHING, Changes, collecting
from trainercoach.errors import Conflict, TrainerCoachError, ValidationError
from trainercoach.gui.messages import show_error

if TYPE_CHECKING:
    from trainercoach.services import Coach


class OpHub(QObject):
    """Where every operation on one coach announces what it changed: ``changed(Changes)``."""

    changed = Signal(object)


_hubs: weakref.WeakKeyDictionary[object, OpHub] = weakref.WeakKeyDictionary()


def hub(coach: Coach) -> OpHub:
    """The coach's hub (one per open database; made when first asked for)."""
    found = _hubs.get(coach)
    if found is None:
        found = _hubs[coach] = OpHub()
    return found


@dataclass(frozen=True)
class Outcome:
    """How an operation ended: ``ok`` with its ``result``, or the ``error`` shown; ``changes`` either way
    (a refused call changes nothing; a cancelled bulk job rolled back)."""

    ok: bool
    result: Any = None
    changes: Changes = NOTHING
    error: BaseException | None = None


class Beside:
    """A form's one field, for an operation whose every refusal belongs beside it (a new asset's title beside
    the asset box): ``run_op(..., form=Beside(dialog, "asset"))``."""

    def __init__(self, form: object, key: str) -> None:
        self._form = form
        self._key = key

    def show_errors(self, errors: dict[str, str]) -> None:
        self._form.show_errors({self._key: "\n".join(errors.values())} if errors else {})  # type: ignore[attr-defined]


class InLabel:
    """A dialog's one error label, for an operation whose refusals are shown there (a label under a list)."""

    def __init__(self, label: Any) -> None:  # a QLabel
        self._label = label

    def show_errors(self, errors: dict[str, str]) -> None:
        self._label.setText("\n".join(dict.fromkeys(errors.values())))
        self._label.setVisible(bool(errors))


class ShowsErrors(Protocol):
    """A form that shows a refusal beside its fields (field -> message; "form" for the form as a whole)."""

    def show_errors(self, errors: dict[str, str]) -> None: ...


def _shows_errors(form: object) -> TypeGuard[ShowsErrors]:
    return form is not None and callable(getattr(form, "show_errors", None))


def report(parent: QWidget | None, error: TrainerCoachError, *, form: object = None, title: str = "") -> None:
    """A refusal, shown the one way: beside the form's fields when the form can show them, else a message box."""
    if _shows_errors(form):
        form.show_errors(error.errors if isinstance(error, ValidationError)
                         else {"form": str(error)})
        return
    if isinstance(error, Conflict) and not title:
        title = QCoreApplication.translate("Operations", "Changed by someone else")
    show_error(parent, error, title)


def announce(coach: Coach, changes: Changes) -> None:
    """Tell every page what changed (only when something did)."""
    if changes:
        hub(coach).changed.emit(changes)


def run_op(parent: QWidget | None, coach: Coach, call: Callable[[], Any], *, form: object = None,
           title: str = "", retry: Callable[[int | None], Any] | None = None,
           labels: dict[str, str] | None = None, take_theirs: Callable[[], None] | None = None,
           not_saved: str = "", changes: Changes = NOTHING) -> Outcome:
    """Run ``call()`` now (on the GUI thread: for calls that take well under a frame's worth of waiting).

    ``form``: a form with ``show_errors(dict)``, where refusals go beside its fields. ``retry(version)``: the same
    write against another expected version; given it, a ``Conflict`` asks the person (conflict_dialog): "Save mine
    over theirs" calls ``retry`` with the version now saved, "Use theirs" calls ``take_theirs``, "Keep editing"
    shows ``not_saved`` on the form. ``changes``: what changed beyond what the core noted (a restore replaces the
    file under it: EVERYTHING).
    """
    seen = NOTHING
    while True:
        with collecting() as collector:
            try:
                result = call()
            except Conflict as error:
                seen |= collector.changes()
                if retry is None:
                    report(parent, error, form=form, title=title)
                    announce(coach, seen)
                    return Outcome(False, changes=seen, error=error)
                from trainercoach.gui.dialogs import conflict_dialog

                choice = conflict_dialog.ask(form if isinstance(form, QWidget) else parent, error, labels)
                if choice == conflict_dialog.MINE:
                    # Saved over theirs, knowingly, against the version now saved; a third save asks again.
                    call = functools.partial(retry, error.current_version)
                    continue
                if choice == conflict_dialog.THEIRS and take_theirs is not None:
                    take_theirs()
                if _shows_errors(form):
                    form.show_errors({"form": not_saved} if choice == conflict_dialog.EDIT
                                     else {})
                announce(coach, seen)
                return Outcome(False, changes=seen, error=error)
            except TrainerCoachError as error:
                seen |= collector.changes()
                report(parent, error, form=form, title=title)
                announce(coach, seen)
                return Outcome(False, changes=seen, error=error)
            seen |= collector.changes() | changes
        announce(coach, seen)
        return Outcome(True, result, seen)


Job = Callable[[Callable[[int], None], Callable[[], bool]], Any]


class BackgroundOp(QObject):
    """``job(progress, cancelled)`` in a worker thread: for work that can take longer than a frame (an import, a
    restore, a bulk action). The core checks ``cancelled()`` and rolls back what it started, so a cancelled job
    leaves the database as it was. ``done(Outcome)`` arrives on the GUI thread after the hub heard what changed.

    ``progress_label``: show a progress dialog with a Cancel button (``maximum`` steps, 0 for "busy"); leave it
    empty when the window shows progress itself (connect ``progressed``). ``report_errors``: show a refusal the
    standard way; a window that explains its own refusals (the import's row problems) reads ``Outcome.error``.
    """

    progressed = Signal(int)
    done = Signal(object)

    def __init__(self, parent: QWidget | None, coach: Coach, job: Job, *, progress_label: str = "",
                 maximum: int = 0, form: object = None, title: str = "", report_errors: bool = True,
                 changes: Changes = NOTHING) -> None:
        super().__init__(parent)
        from trainercoach.gui.workers import Worker

        self.coach = coach
        self._parent = parent
        self._form = form
        self._title = title
        self._report = report_errors
        self._extra = changes
        self.outcome: Outcome | None = None

        def wrapped(progress: Callable[[int], None], cancelled: Callable[[], bool]) -> Outcome:
            with collecting() as collector:
                try:
                    result = job(progress, cancelled)
                except Exception as error:  # handed to the GUI thread: a refusal shown, a bug raised
                    return Outcome(False, changes=collector.changes(), error=error)
            return Outcome(True, result, collector.changes())

        # No parent: the worker is kept alive by the keeper until its thread ends, whatever happens to this object.
        self.worker = Worker(wrapped)
        self.worker.progressed.connect(self.progressed)
        self.worker.succeeded.connect(self._finished)
        self.worker.failed.connect(lambda error: self._finished(Outcome(False, error=error)))
        self.dialog: QProgressDialog | None = None
        if progress_label:
            self.dialog = QProgressDialog(progress_label, QCoreApplication.translate("Operations", "Cancel"),
                                          0, maximum, parent)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(400)
            self.dialog.canceled.connect(self.cancel)
            self.progressed.connect(self.dialog.setValue)

    def start(self) -> BackgroundOp:
        from trainercoach.gui.workers import keep_running

        keep_running(self.worker)
        self.worker.start()
        return self

    def cancel(self) -> None:
        """Ask the job to stop at its next check; what it started is rolled back."""
        self.worker.cancel()

    @property
    def running(self) -> bool:
        return self.outcome is None

    def wait(self, wait_ms: int = 30_000) -> bool:
        return self.worker.wait(wait_ms)

    def _finished(self, outcome: Outcome) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
        if outcome.ok:
            outcome = Outcome(True, outcome.result, outcome.changes | self._extra)
        self.outcome = outcome
        announce(self.coach, outcome.changes)
        error = outcome.error
        self.done.emit(outcome)
        if error is None or not self._report:
            return
        if not isinstance(error, TrainerCoachError):
            raise error  # a bug, not a refusal: it reaches the app's error hook
        report(self._parent, error, form=self._form, title=self._title)


def run_in_background(parent: QWidget | None, coach: Coach, job: Job, **options: Any) -> BackgroundOp:
    """Start ``job`` as a ``BackgroundOp`` (see there for ``options``) and return it."""
    return BackgroundOp(parent, coach, job, **options).start()


def undo(parent: QWidget | None, coach: Coach) -> Outcome:
    """Undo through the same wrapper: it refuses (Conflict, shown) when someone else changed the record since."""
    if not coach.history.can_undo:
        return Outcome(False)
    return run_op(parent, coach, coach.history.undo, title=QCoreApplication.translate("Operations", "Cannot undo"))


def redo(parent: QWidget | None, coach: Coach) -> Outcome:
    if not coach.history.can_redo:
        return Outcome(False)
    return run_op(parent, coach, coach.history.redo, title=QCoreApplication.translate("Operations", "Cannot redo"))


__all__ = ["EVERYTHING", "NOTHING", "BackgroundOp", "Beside", "Changes", "InLabel", "OpHub", "Outcome", "announce",
           "hub", "redo", "report", "run_in_background", "run_op", "undo"]
