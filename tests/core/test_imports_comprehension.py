"""Comprehension scores from a CSV: any column order, problems by line and column, all rows or none."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core.helpers import snapshot
from tests.core.import_files import make_session, write_csv, write_xlsx
from trainercoach.imports.comprehension_import import import_comprehension, parse_score, read_scores
from trainercoach.imports.feedback_import import ImportRefused, NothingToImport, Problem
from trainercoach.imports.tables import TableRefused
from trainercoach.records.comprehension import CheckForm, ScoreEntry
from trainercoach.services import Coach


@pytest.fixture
def form(coach: Coach) -> CheckForm:
    return CheckForm(make_session(coach), kind="daily_quiz", title="Day 1 quiz", max_score=10.0,
                     held_on=date(2025, 3, 4))


def test_scores_in_any_column_order(coach: Coach, form: CheckForm, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "quiz.csv", [["after", "Trainee", "retention", "before"],
                                             ["8", "T01", "", "4"], ["9.5", "Μαρία Κ.", "7", "6,5"],
                                             ["", "", "", ""], ["10", "学员三", "9", ""]], "utf-8-sig", ";")
    check_id = import_comprehension(coach, form, path)
    saved = coach.comprehension.get(check_id).form
    assert (saved.title, saved.max_score, saved.held_on) == ("Day 1 quiz", 10.0, date(2025, 3, 4))
    assert saved.scores == [ScoreEntry("T01", 4.0, 8.0, None), ScoreEntry("Μαρία Κ.", 6.5, 9.5, 7.0),
                            ScoreEntry("学员三", None, 10.0, 9.0)]


def test_xlsx_scores(coach: Coach, form: CheckForm, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "quiz.xlsx", [["trainee", "pre", "post"], ["T01", 3.0, 7], ["T02", 5, 9.5]])
    check_id = import_comprehension(coach, form, path)
    assert coach.comprehension.get(check_id).form.scores == [ScoreEntry("T01", 3.0, 7.0), ScoreEntry("T02", 5.0, 9.5)]


def test_every_problem_by_line_and_column_and_nothing_saved(coach: Coach, form: CheckForm, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "quiz.csv", [["trainee", "before", "after"], ["T01", "4", "8"], ["T02", "-1", "11"],
                                             ["", "3", "4"], ["t01", "x", ""]])
    before = snapshot(coach)
    with pytest.raises(ImportRefused) as caught:
        import_comprehension(coach, form, path)
    assert caught.value.problems == [
        Problem(3, "before", "-1 is not a score: a score is 0 or more."),
        Problem(3, "after", "11 is above the maximum score 10."),
        Problem(4, "trainee", "Give the trainee an anonymous label, such as T01."),
        Problem(5, "trainee", "'t01' is already on line 2."),
        Problem(5, "before", "'x' is not a number."),
    ]
    assert snapshot(coach) == before


def test_unknown_and_missing_columns(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "quiz.csv", [["name", "score"], ["T01", "4"]])
    read = read_scores(path)
    assert [p.why.split(":")[0] for p in read.problems] == ["Unknown columns", "There is no 'trainee' column with "
                                                            "each trainee's anonymous label."]


def test_header_only_and_not_a_table(coach: Coach, form: CheckForm, tmp_path: Path) -> None:
    write_csv(tmp_path / "quiz.csv", [["trainee", "before", "after"]])
    with pytest.raises(NothingToImport):
        import_comprehension(coach, form, tmp_path / "quiz.csv")
    (tmp_path / "greek.csv").write_bytes("trainee,before\nΜαρία,4\n".encode("cp1253"))
    with pytest.raises(TableRefused, match="UTF-8"):
        import_comprehension(coach, form, tmp_path / "greek.csv")
    assert coach.comprehension.for_delivery(form.delivery_id) == []


def test_parse_score() -> None:
    assert [parse_score(t) for t in ("", " 7 ", "7.5", "7,5", "0")] == [None, 7.0, 7.5, 7.5, 0.0]
    for text in ("nan", "inf", "1e3", "seven", "-0.5"):
        with pytest.raises(ValueError):
            parse_score(text)
