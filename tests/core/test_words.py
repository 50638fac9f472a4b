"""Words for stored values are written once, in trainercoach/words.py, and every one of them (and every undo
label) is translated: the windows, the PDFs and Edit ▸ Undo read them from there."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from trainercoach import i18n, words
from trainercoach.services import CandidateForm, Coach
from trainercoach.services.history import Change, History

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "trainercoach"
GREEK = re.compile(r"[\u0370-\u03ff]")
CHINESE = re.compile(r"[\u4e00-\u9fff]")
FIELDS = re.compile(r"\{[^{}]*\}")
# The same English for another thing than a stored value: (file, string) -> what it is there.
HOMONYMS = {
    ("exports/spreadsheets.py", "Done"): "a column heading: when an action item was done",
    ("gui/models/action_items.py", "Done"): "a column heading: the action item's tick",
    ("reports/evaluation.py", "Done"): "a column heading, and an action item's state (done_at)",
    ("reports/session_report.py", "Done"): "a column heading: yes or no",
}


def english_words() -> dict[str, str]:
    """Every English word of every table in words.py -> the table it belongs to."""
    return {source: name for name, table in words.TABLES.items() for source in table.values()}


def written_twice(source: str, relative: str) -> list[str]:
    """The string constants in one module's ``source`` that are a word of words.py's tables."""
    known = english_words()
    return [f"{relative}:{node.lineno}: {node.value!r} ({known[node.value]})"
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in known
            and (relative, node.value) not in HOMONYMS]


def test_no_word_for_a_stored_value_is_written_anywhere_else() -> None:
    """A word written in a window or a report beside words.py drifts from it (it did: "Practice more" on
    screen, "Practise more" in the PDFs). Compiled forms count too: their words come from ui/*.ui."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == PACKAGE / "words.py" or "__pycache__" in path.parts:
            continue
        relative = path.relative_to(PACKAGE).as_posix()
        found += written_twice(path.read_text(encoding="utf-8"), relative)
    assert not found, "use trainercoach.words.word(...) instead:\n" + "\n".join(found)


def test_the_check_finds_a_word_written_twice() -> None:
    """The old reports/words.py and gui/models/delivery_labels.py, as they were, fail the check."""
    old_reports = 'RECOMMENDATIONS = {"practice_more": N_("Practise more"), "needs_support": N_("Needs support")}\n'
    old_window = 'def method_label(method):\n    return {"classroom": _t("Classroom")}.get(method, method)\n'
    assert written_twice(old_reports, "reports/words.py") == [
        "reports/words.py:1: 'Practise more' (RECOMMENDATIONS)",
        "reports/words.py:1: 'Needs support' (RECOMMENDATIONS)"]
    assert written_twice(old_window, "gui/models/delivery_labels.py") == [
        "gui/models/delivery_labels.py:2: 'Classroom' (METHODS)"]
    # A homonym is allowed only where it is listed.
    assert written_twice('_("Done")', "reports/evaluation.py") == []
    assert written_twice('_("Done")', "reports/programme_report.py") != []


def test_each_word_is_in_one_table_once() -> None:
    """Two keys of one table with the same word could not be told apart on screen."""
    for name, table in words.TABLES.items():
        assert len(set(table.values())) == len(table), name


@pytest.mark.parametrize(("lang", "script"), [("el", GREEK), ("zh_CN", CHINESE)])
def test_every_word_and_undo_label_is_translated(lang: str, script: re.Pattern[str]) -> None:
    catalogue = i18n.catalogue(lang)  # finished translations only
    problems = []
    for name, table in words.TABLES.items():
        for key, source in table.items():
            translated = catalogue.get(source)
            if translated is None:
                problems.append(f"{name}[{key}] {source!r}: no finished translation")
            elif translated == source or not script.search(translated):
                problems.append(f"{name}[{key}] {source!r}: still English ({translated!r})")
            elif sorted(FIELDS.findall(translated)) != sorted(FIELDS.findall(source)):
                problems.append(f"{name}[{key}] {source!r}: fields changed in {translated!r}")
    assert not problems, "\n".join(problems)


def test_a_word_in_a_language_and_an_unknown_key() -> None:
    assert words.word(words.RECOMMENDATIONS, "practice_more", "en") == "Practise more"
    assert words.word(words.RECOMMENDATIONS, "practice_more", "el") == "Χρειάζεται εξάσκηση"
    assert words.word(words.METHODS, "classroom", "zh_CN") == i18n.text("Classroom", "zh_CN") != "Classroom"
    assert words.word(words.MILESTONE_STATUS, "on_hold", "el") == "on_hold"  # added later: still shows
    with i18n.using("el"):
        assert words.word(words.LEVELS, "advanced") == i18n.text("Advanced", "el")
    assert words.choices(words.AUDIENCES, ("mixed", "new_hires"), "en") == [("Mixed", "mixed"),
                                                                            ("New hires", "new_hires")]
    assert words.employment("vendor", "Acme", "en") == "Vendor: Acme"
    assert words.employment("vendor", "", "en") == "Vendor"
    assert words.employment("employee", "Acme", "en") == "Employee"


def test_an_undo_label_speaks_the_language_current_when_shown() -> None:
    """Pushed in English, shown in Greek, then in Chinese: the label is translated when it is read."""
    history = History()
    history.push(Change(words.undo_label("certify", topic="Refunds"), undo=lambda: None, redo=lambda: None))
    before = i18n.language()
    try:
        assert history.undo_label == "Certify for Refunds"
        i18n.set_language("el")
        assert history.undo_label == "Πιστοποίηση για Refunds"
        assert history.undo() == "Πιστοποίηση για Refunds"
        i18n.set_language("zh_CN")
        assert history.redo_label == "认证：Refunds"
    finally:
        i18n.set_language(before)
    with pytest.raises(KeyError):
        words.undo_label("no such action")


def test_every_change_pushed_by_a_service_names_an_undo_word() -> None:
    """Each Change(...) in services/ takes its label from words.undo_label, never a bare string: a bare
    string shows English in Greek and Chinese (10 of 19 did)."""
    bare = []
    calls = 0
    used: set[str] = set()
    for path in sorted((PACKAGE / "services").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        labelled = {target.id for node in ast.walk(tree) if isinstance(node, ast.Assign)
                    and _calls_undo_label(node.value) for target in node.targets if isinstance(target, ast.Name)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _calls_undo_label(node) and isinstance(node.args[0], ast.Constant):
                used.add(node.args[0].value)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Change":
                calls += 1
                label = node.args[0] if node.args else next(k.value for k in node.keywords if k.arg == "label")
                if not (_calls_undo_label(label) or isinstance(label, ast.Name) and label.id in labelled):
                    bare.append(f"{path.name}:{node.lineno}")
    assert calls >= 18 and not bare, bare
    assert used == set(words.UNDO), "undo words no action uses, or actions naming no word"


def _calls_undo_label(node: ast.AST) -> bool:
    """``undo_label(...)``, or a choice between two of them."""
    if isinstance(node, ast.IfExp):
        return _calls_undo_label(node.body) and _calls_undo_label(node.orelse)
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "undo_label"


def test_undo_labels_of_real_actions_follow_the_language(tmp_path: Path) -> None:
    coach = Coach.open(tmp_path / "db.sqlite3", actor="lead", lang="en")
    before = i18n.language()
    try:
        candidate = coach.candidates.add(CandidateForm(name="Μαρία"))
        coach.milestones.set(candidate, "guided_practice", "in_progress")
        assert coach.history.undo_label == "Edit milestone"
        i18n.set_language("el")
        assert coach.history.undo_label == "Επεξεργασία ορόσημου"
        coach.history.undo()
        assert coach.history.undo_label == "Προσθήκη: Μαρία"
    finally:
        i18n.set_language(before)
        coach.close()
