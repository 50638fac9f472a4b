"""Every change from a window runs through one wrapper (gui/operations.py): refusals shown one way, conflicts asked,
undo joined, and one signal saying what changed, read from what the core really wrote."""

from __future__ import annotations

import ast
import csv
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.core.helpers import counts, make_form, snapshot
from tests.gui.conftest import settle
from trainercoach.db.tracking import Changes
from trainercoach.errors import TrainerCoachError
from trainercoach.gui import operations
from trainercoach.gui.dialogs import conflict_dialog
from trainercoach.gui.dialogs.candidate_dialog import CandidateDialog
from trainercoach.gui.main_window import CANDIDATES, SESSIONS, MainWindow
from trainercoach.imports.feedback_import import import_feedback
from trainercoach.services import CandidateForm, Coach
from trainercoach.services.deliveries import DeliveryForm
from trainercoach.services.observations import ObservationForm

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "trainercoach" / "gui"


def heard(coach: Coach) -> list[Changes]:
    """What the coach's hub announces from now on."""
    seen: list[Changes] = []
    operations.hub(coach).changed.connect(seen.append)
    return seen


def a_session(coach: Coach) -> tuple[int, int, int]:
    candidate = coach.candidates.add(CandidateForm(name="王静"))
    observer = coach.people.add("Γιώργος Παπαδάκης", role="lead")
    session = coach.deliveries.add(DeliveryForm(
        candidate_id=candidate, topic="Επιστροφές 退款", observer_ids=[observer],
        starts_at=datetime.now().replace(microsecond=0) - timedelta(days=1)))
    return candidate, observer, session


# -- refusals and conflicts ----------------------------------------------------------------------------------
def test_a_refusal_shows_beside_the_field_and_nothing_changes(qtbot, coach: Coach) -> None:
    before = snapshot(coach)
    seen = heard(coach)
    dialog = CandidateDialog(coach)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.nameEdit.setText("   ")
    dialog.save()
    assert dialog.isVisible() and dialog.ui.nameError.isVisible() and dialog.ui.nameError.text()
    assert not dialog.ui.formError.isVisible()  # beside the field, not in the form's general message
    assert snapshot(coach) == before and not coach.history.can_undo
    assert seen == []


def test_a_refusal_without_a_form_is_a_message_box(qtbot, coach: Coach, monkeypatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: shown.append((title, text)))
    outcome = operations.run_op(None, coach, lambda: coach.candidates.archive(999))
    assert not outcome.ok and isinstance(outcome.error, TrainerCoachError)
    assert shown and shown[0][1] == str(outcome.error)


def test_a_bug_is_raised_not_shown_as_a_refusal(coach: Coach) -> None:
    with pytest.raises(ZeroDivisionError):
        operations.run_op(None, coach, lambda: 1 / 0)


def test_a_conflict_is_asked_and_their_change_stays_until_the_person_says(qtbot, coach: Coach, database_url: str,
                                                                          monkeypatch) -> None:
    candidate = coach.candidates.add(make_form("Ana Lima", notes="first"))
    dialog = CandidateDialog(coach, candidate)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.notesEdit.setPlainText("mine")
    other = Coach.open(database_url, actor="Someone else")
    try:
        other.candidates.update(candidate, make_form("Ana Lima", notes="theirs"))
    finally:
        other.close()
    asked: list[dict] = []

    def ask(_parent, error, labels=None) -> str:
        asked.append(dict(error.what_changed))
        return conflict_dialog.EDIT if len(asked) == 1 else conflict_dialog.MINE

    monkeypatch.setattr(conflict_dialog, "ask", ask)
    dialog.save()
    assert len(asked) == 1 and "notes" in asked[0]
    assert coach.candidates.get(candidate).form.notes == "theirs"
    assert dialog.isVisible() and "someone else" in dialog.ui.formError.text()
    dialog.save()  # asked again; this time "Save mine over theirs"
    assert len(asked) == 2
    assert coach.candidates.get(candidate).form.notes == "mine"


# -- what changed ---------------------------------------------------------------------------------------------
def test_a_candidate_save_pushes_undo_and_says_which_candidate(qtbot, coach: Coach) -> None:
    seen = heard(coach)
    dialog = CandidateDialog(coach)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Σοφία Γεωργίου")
    dialog.save()
    assert dialog.candidate_id is not None and coach.history.can_undo
    assert len(seen) == 1
    assert {"candidate", "person"} <= seen[0].kinds and "session" not in seen[0].kinds
    assert seen[0].ids["candidate"] == {dialog.candidate_id}


def test_a_session_add_says_which_session(coach: Coach) -> None:
    candidate = coach.candidates.add(CandidateForm(name="Ελένη"))
    seen = heard(coach)
    outcome = operations.run_op(None, coach, lambda: coach.deliveries.add(DeliveryForm(
        candidate, starts_at=datetime(2025, 3, 14, 9, 30), topic="Χειρισμός παραπόνων", trainees=12)))
    assert outcome.ok and coach.history.undo_label
    assert seen == [outcome.changes]
    assert "session" in outcome.changes.kinds and "candidate" not in outcome.changes.kinds
    assert outcome.changes.ids["session"] == {outcome.result}


def test_an_observation_save_says_which_observation(coach: Coach) -> None:
    _, observer, session = a_session(coach)
    version = coach.rubrics.latest()
    form = ObservationForm(session, observer, version.id, {c.id: 4 for c in version.criteria},  # type: ignore[misc]
                           strengths="Clear")
    seen = heard(coach)
    outcome = operations.run_op(None, coach, lambda: coach.observations.save(form))
    assert outcome.ok and seen == [outcome.changes]
    assert "observation" in outcome.changes.kinds and "candidate" not in outcome.changes.kinds
    assert outcome.changes.ids["observation"] == {outcome.result}


def feedback_file(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["clarity", "pace", "overall", "comment"])
        writer.writerows([[4, 3, 5, f"σχόλιο {n}"] for n in range(rows)])
    return path


def test_a_feedback_import_in_the_background_says_feedback_changed(qtbot, coach: Coach, tmp_path: Path) -> None:
    _, _, session = a_session(coach)
    path = feedback_file(tmp_path / "forms.csv", 5)
    seen = heard(coach)
    op = operations.run_in_background(None, coach, lambda progress, cancelled: import_feedback(
        coach, session, path, progress=progress, cancelled=cancelled))
    qtbot.waitUntil(lambda: op.outcome is not None, timeout=20_000)
    assert op.outcome.ok and coach.feedback.count(session) == 5  # type: ignore[union-attr]
    assert seen == [op.outcome.changes]  # type: ignore[union-attr]
    assert op.outcome.changes.kinds == {"feedback"}  # type: ignore[union-attr]


def test_a_cancelled_background_op_leaves_the_database_as_it_was(qtbot, coach: Coach, tmp_path: Path) -> None:
    _, _, session = a_session(coach)
    path = feedback_file(tmp_path / "many.csv", 20_000)
    before = counts(coach)
    seen = heard(coach)
    op: list[operations.BackgroundOp] = []

    def job(progress, cancelled):
        def progressed(done: int) -> None:
            op[0].cancel()  # the person presses Cancel as soon as the bar moves
            progress(done)
        return import_feedback(coach, session, path, progress=progressed, cancelled=cancelled)

    op.append(operations.BackgroundOp(None, coach, job, report_errors=False))
    op[0].start()
    qtbot.waitUntil(lambda: op[0].outcome is not None, timeout=30_000)
    assert not op[0].outcome.ok  # type: ignore[union-attr]
    assert counts(coach) == before and coach.feedback.count(session) == 0
    assert seen == []


# -- undo and redo --------------------------------------------------------------------------------------------
def test_undo_after_someone_else_changed_the_record_is_refused_and_keeps_theirs(
        qtbot, coach: Coach, database_url: str, monkeypatch) -> None:
    candidate = coach.candidates.add(make_form("Ana Lima", notes="first"))
    coach.candidates.update(candidate, make_form("Ana Lima", notes="mine"))
    window = MainWindow(coach)
    qtbot.addWidget(window)
    settle(qtbot)
    other = Coach.open(database_url, actor="Someone else")
    try:
        other.candidates.update(candidate, make_form("Ana Lima", notes="theirs"))
    finally:
        other.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: shown.append(title))
    window.undo()
    settle(qtbot)
    assert shown == ["Cannot undo"]
    assert coach.candidates.get(candidate).form.notes == "theirs"


def test_undo_of_a_record_without_a_version_is_refused_too_and_keeps_theirs(
        qtbot, coach: Coach, database_url: str, monkeypatch) -> None:
    """A milestone has no version column: the undo compares it with what this app left, and says so."""
    candidate = coach.candidates.add(make_form("Ana Lima"))
    coach.milestones.set(candidate, "guided_practice", "in_progress")
    other = Coach.open(database_url, actor="Someone else")
    try:
        other.milestones.set(candidate, "guided_practice", "not_started")
    finally:
        other.close()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: shown.append((title, text)))
    assert not operations.undo(None, coach).ok
    assert [title for title, _ in shown] == ["Cannot undo"] and "someone else" in shown[0][1]
    assert coach.candidates.get(candidate).milestones[0].status == "not_started"
    assert coach.history.undo_label == "Add Ana Lima"


def test_undo_and_redo_run_through_the_wrapper_and_say_what_changed(qtbot, coach: Coach) -> None:
    candidate = coach.candidates.add(make_form("Ana Lima", notes="first"))
    coach.candidates.update(candidate, make_form("Ana Lima", notes="second"))
    seen = heard(coach)
    assert operations.undo(None, coach).ok
    assert coach.candidates.get(candidate).form.notes == "first"
    assert operations.redo(None, coach).ok
    assert coach.candidates.get(candidate).form.notes == "second"
    assert [c.ids["candidate"] for c in seen] == [{candidate}, {candidate}]


# -- pages read again only for what they show ---------------------------------------------------------------
def test_a_page_not_showing_the_change_is_not_read_again(qtbot, coach: Coach) -> None:
    candidate = coach.candidates.add(CandidateForm(name="Ελένη"))
    window = MainWindow(coach)
    qtbot.addWidget(window)
    window.show_page(CANDIDATES)
    window.show_page(SESSIONS)
    settle(qtbot)
    candidates_reads = window.candidates._loader.reads
    sessions_reads = window.sessions._loader.reads

    operations.run_op(window, coach, lambda: coach.deliveries.add(DeliveryForm(
        candidate, starts_at=datetime(2025, 3, 14, 9, 30), topic="Χειρισμός παραπόνων", trainees=12)))
    settle(qtbot)
    assert window.sessions._loader.reads == sessions_reads + 1  # in view, and it shows sessions: read now
    assert window.candidates._loader.reads == candidates_reads  # shows no sessions: not read
    assert CANDIDATES not in window._stale
    window.show_page(CANDIDATES)
    settle(qtbot)
    assert window.candidates._loader.reads == candidates_reads  # nor when shown again

    window.show_page(SESSIONS)
    operations.run_op(window, coach, lambda: coach.candidates.archive(candidate))
    settle(qtbot)
    assert CANDIDATES in window._stale  # it shows candidates: read when next shown
    window.show_page(CANDIDATES)
    settle(qtbot)
    assert window.candidates._loader.reads == candidates_reads + 1


# -- the house rules, checked ---------------------------------------------------------------------------------
def _mutating_methods() -> set[str]:
    """The public service methods that write: those whose body (or a private method of the same class it calls,
    followed to the end) opens ``db.transaction()`` or pushes onto the history."""
    found: set[str] = set()
    for path in (ROOT / "trainercoach" / "services").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
            writes: set[str] = set()
            for name, function in methods.items():
                source = ast.unparse(function)
                if ".transaction()" in source or "history.push" in source:
                    writes.add(name)
            changed = True
            while changed:
                changed = False
                for name, function in methods.items():
                    if name in writes:
                        continue
                    called = {n.attr for n in ast.walk(function) if isinstance(n, ast.Attribute)
                              and isinstance(n.value, ast.Name) and n.value.id == "self"}
                    if called & writes:
                        writes.add(name)
                        changed = True
            found |= {name for name in writes if not name.startswith("_")}
    return found


RUNNERS = {"run_op", "run_in_background", "BackgroundOp"}
WRITING_FUNCTIONS = {"import_feedback", "import_checks", "restore_database"}  # core functions that write


def _service_call(node: ast.Call, mutating: set[str]) -> str | None:
    """``<...>.coach.<service>.<method>(...)`` or ``coach.<service>.<method>(...)`` with a writing method."""
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr in mutating and isinstance(func.value, ast.Attribute):
        owner = func.value.value
        if (isinstance(owner, ast.Name) and owner.id == "coach") or (
                isinstance(owner, ast.Attribute) and owner.attr == "coach"):
            return f"coach.{func.value.attr}.{func.attr}"
    if isinstance(func, ast.Name) and func.id in WRITING_FUNCTIONS:
        return func.id
    return None


def _unwrapped_writes(tree: ast.AST, mutating: set[str]) -> list[int]:
    """Lines of writing calls not inside an operation. The heuristic: a write is inside one when it sits in a
    lambda or a nested function that is an argument of a call to run_op / run_in_background / BackgroundOp, or in
    a nested function whose name appears among such a call's arguments in the same enclosing function."""
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node

    def runner(call: ast.AST) -> bool:
        if not isinstance(call, ast.Call):
            return False
        name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
        return name in RUNNERS

    handed: set[tuple[ast.AST, str]] = set()  # (enclosing function, name) handed to a runner
    for node in ast.walk(tree):
        if runner(node):
            scope = parents.get(node)
            while scope is not None and not isinstance(scope, ast.FunctionDef):
                scope = parents.get(scope)
            for inner in ast.walk(node):
                if isinstance(inner, ast.Name):
                    handed.add((scope, inner.id))

    bad = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _service_call(node, mutating) is None:
            continue
        inside, here = False, node
        while here in parents:
            parent = parents[here]
            if isinstance(here, ast.Lambda) and runner(parent):
                inside = True
                break
            if isinstance(here, ast.FunctionDef):
                scope = parents.get(here)
                while scope is not None and not isinstance(scope, ast.FunctionDef):
                    scope = parents.get(scope)
                if (scope, here.name) in handed:
                    inside = True
                    break
            here = parent
        if not inside:
            bad.append(node.lineno)
    return bad


def test_the_check_finds_a_write_outside_an_operation() -> None:
    mutating = {"add", "update"}
    outside = ast.parse("def f(self):\n    self.coach.candidates.add(form)\n")
    inside = ast.parse("def f(self):\n    run_op(self, self.coach, lambda: self.coach.candidates.add(form))\n")
    handed = ast.parse("def f(self):\n    def write(v):\n        self.coach.candidates.update(1, form, v)\n"
                       "    run_op(self, self.coach, lambda: write(None), retry=write)\n")
    assert _unwrapped_writes(outside, mutating) == [2]
    assert _unwrapped_writes(inside, mutating) == [] and _unwrapped_writes(handed, mutating) == []
    assert {"add", "update", "archive", "move", "save", "sign_off", "set_done"} <= _mutating_methods()
    assert "list" not in _mutating_methods() and "get" not in _mutating_methods()


def test_windows_write_only_through_the_operation_wrapper() -> None:
    mutating = _mutating_methods()
    found = []
    for path in GUI.rglob("*.py"):
        if "forms" in path.parts or path.name == "bench_probes.py":  # generated forms; the benchmark's own probes
            continue
        for line in _unwrapped_writes(ast.parse(path.read_text(encoding="utf-8")), mutating):
            found.append(f"{path.relative_to(ROOT)}:{line}")
    assert not found, "writes outside an operation:\n" + "\n".join(found)


def test_only_the_refresh_action_and_the_watcher_refresh_everything() -> None:
    """Every other change refreshes through what its operation says it changed (MainWindow.apply_changes)."""
    found = []
    for path in GUI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
            for node in ast.walk(function):
                if not (isinstance(node, ast.Attribute) and node.attr == "refresh_all"):
                    continue
                where = f"{path.relative_to(ROOT)}:{function.name}"
                if where == "trainercoach/gui/main_window.py:_connect_actions":
                    assert "actionRefresh.triggered.connect(self.refresh_all)" in ast.unparse(function)
                    continue
                found.append(where)
    assert set(found) <= {"trainercoach/gui/main_window.py:_changed_elsewhere"}, found
