"""Outside figures imported from a file into a knowledge gap (issue 20), on SQLite and PostgreSQL: a good file
with Greek headers adds every figure and the gap's trend follows; each kind of bad cell is refused with its line
and column and nothing changes; undo takes back exactly the import; the command line's dry run changes nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core.helpers import snapshot
from tests.core.import_files import write_csv, write_xlsx
from trainercoach import i18n
from trainercoach.cli import main
from trainercoach.errors import NotFound
from trainercoach.imports.figures_import import plain, read_figures
from trainercoach.imports.problems import ImportRefused, NothingToImport
from trainercoach.imports.tables import TableRefused
from trainercoach.records.gaps import EvidenceForm, GapForm
from trainercoach.services import Coach

GREEK = ["Ημερομηνία", "ΕΙΔΟΣ", "τιμη", "Πηγή", "Πράκτορες", "Σημείωση"]
GOOD = [GREEK,
        ["2025-11-01", "Βαθμός QA", "82", "QA εργαλείο · 质检 <&>", "35", "=SUM(A1) 🎉 <b>x</b>"],
        ["2025-12-01", "qa_score", "74,5", "QA εργαλείο · 质检 <&>", "35", ""],
        [],
        ["2025-11-01", "工单量", "120", "Zendesk", "", "Δεκέμβριος"],
        ["2025-12-01", "όγκος αιτημάτων", "180", "Zendesk", "40", ""]]


def _gap(coach: Coach) -> int:
    gap = coach.gaps.add(GapForm("Επιστροφές 退款 🙂"))
    coach.gaps.add_evidence(gap, EvidenceForm("figure", figure_kind="csat", source="Survey", on_date=date(2025, 10, 1),
                                              value=4.1, agents=12))
    return gap


@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
def test_a_greek_file_adds_its_figures_and_undo_takes_them_back(coach: Coach, tmp_path: Path, writer) -> None:
    gap = _gap(coach)
    path = writer(tmp_path / ("figures.csv" if writer is write_csv else "figures.xlsx"), GOOD)
    before = coach.gaps.get(gap)
    assert before.trend == "unknown"
    read = coach.gaps.import_figures(gap, path)
    assert len(read.added) == 4 and read.blank_rows == 1
    detail = coach.gaps.get(gap)
    figures = {(r.on_date, r.figure_kind, r.figure, r.source, r.agents, r.note) for r in detail.evidence
               if r.id in read.added}
    assert figures == {(date(2025, 11, 1), "qa_score", 82.0, "QA εργαλείο · 质检 <&>", 35, "=SUM(A1) 🎉 <b>x</b>"),
                       (date(2025, 12, 1), "qa_score", 74.5, "QA εργαλείο · 质检 <&>", 35, ""),
                       (date(2025, 11, 1), "ticket_volume", 120.0, "Zendesk", 0, "Δεκέμβριος"),
                       (date(2025, 12, 1), "ticket_volume", 180.0, "Zendesk", 40, "")}
    assert detail.trend == "worse"  # the QA score fell and the tickets rose
    assert detail.agents == 40
    assert coach.gaps.list()[0].evidence == 5
    assert coach.history.undo_label == "Import figures into Επιστροφές 退款 🙂"
    coach.history.undo()
    after = coach.gaps.get(gap)
    assert [r.id for r in after.evidence] == [r.id for r in before.evidence] and after.trend == "unknown"
    coach.history.redo()
    assert {r.id for r in coach.gaps.get(gap).evidence} == {r.id for r in before.evidence} | set(read.added)


BAD_ROWS = [
    (["2099-01-01", "csat", "4", "Survey", "", ""], "Ημερομηνία", "future"),
    (["31/12/2025", "csat", "4", "Survey", "", ""], "Ημερομηνία", "YYYY-MM-DD"),
    (["2025-02-30", "csat", "4", "Survey", "", ""], "Ημερομηνία", "calendar"),
    (["", "csat", "4", "Survey", "", ""], "Ημερομηνία", "Give the date"),
    (["2025-11-01", "nps", "4", "Survey", "", ""], "ΕΙΔΟΣ", "not a kind of figure"),
    (["2025-11-01", "csat", "=1+1", "Survey", "", ""], "τιμη", "not a number"),
    (["2025-11-01", "csat", "four", "Survey", "", ""], "τιμη", "not a number"),
    (["2025-11-01", "csat", "-3", "Survey", "", ""], "τιμη", "below 0"),
    (["2025-11-01", "csat", "", "Survey", "", ""], "τιμη", "Give the figure"),
    (["2025-11-01", "csat", "inf", "Survey", "", ""], "τιμη", "not a number"),
    (["2025-11-01", "csat", "4", "", "", ""], "Πηγή", "where the figure comes from"),
    (["2025-11-01", "csat", "4", "x" * 301, "", ""], "Πηγή", "at most 300"),
    (["2025-11-01", "csat", "4", "Survey", "2.5", ""], "Πράκτορες", "whole number"),
    (["2025-11-01", "csat", "4", "Survey", "🎉", ""], "Πράκτορες", "whole number"),
    (["2025-11-01", "csat", "4", "Survey", "", "n" * 5001], "Σημείωση", "at most 5000"),
]


@pytest.mark.parametrize(("row", "column", "why"), BAD_ROWS, ids=[r[2] + str(i) for i, r in enumerate(BAD_ROWS)])
def test_each_bad_cell_is_refused_with_its_line_and_column(coach: Coach, tmp_path: Path, row: list[str],
                                                           column: str, why: str) -> None:
    gap = _gap(coach)
    path = write_csv(tmp_path / "bad.csv", [GREEK, GOOD[1], row])
    before = snapshot(coach)
    with pytest.raises(ImportRefused) as refused:
        coach.gaps.import_figures(gap, path)
    [problem] = refused.value.problems
    assert (problem.line, problem.column) == (3, column) and why in problem.why
    assert snapshot(coach) == before
    assert not coach.history.undo_label.startswith("Import")


def test_problems_in_greek_and_chinese(coach: Coach, tmp_path: Path) -> None:
    gap = _gap(coach)
    path = write_csv(tmp_path / "bad.csv", [["日期", "类型", "数值", "来源"], ["2099-01-01", "客户满意度", "x", "表"]])
    with i18n.using("el"):
        problems = coach.gaps.import_figures(gap, path, dry_run=True).problems
        shown = problems[0].text()
    assert [(p.line, p.column) for p in problems] == [(2, "日期"), (2, "数值")]
    assert "μελλοντική" in problems[0].why
    assert shown.startswith("Γραμμή 2, στήλη «日期»: "), shown


def test_headers_and_whole_file_refusals(coach: Coach, tmp_path: Path) -> None:
    gap = _gap(coach)
    before = snapshot(coach)
    missing = write_csv(tmp_path / "missing.csv", [["date", "kind", "value", "colour"],
                                                   ["2025-11-01", "csat", "4", "x"]])
    with pytest.raises(ImportRefused) as refused:
        coach.gaps.import_figures(gap, missing)
    assert {p.line for p in refused.value.problems} == {1}
    assert any("colour" in p.why for p in refused.value.problems)
    twice = write_csv(tmp_path / "twice.csv", [["date", "ημερομηνία", "kind", "value", "source"]])
    with pytest.raises(ImportRefused):
        coach.gaps.import_figures(gap, twice)
    empty = write_csv(tmp_path / "empty.csv", [["date", "kind", "value", "source"], []])
    with pytest.raises(NothingToImport):
        coach.gaps.import_figures(gap, empty)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a workbook" * 10)
    with pytest.raises(TableRefused):
        coach.gaps.import_figures(gap, junk)
    with pytest.raises(NotFound):
        coach.gaps.import_figures(999_999, missing)
    assert snapshot(coach) == before


def test_a_file_beyond_the_limits_is_refused_before_reading(coach: Coach, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    gap = _gap(coach)
    rows = [["date", "kind", "value", "source"]] + [["2025-11-01", "csat", "4", "s"]] * 50
    path = write_csv(tmp_path / "big.csv", rows)
    monkeypatch.setenv("TRAINERCOACH_IMPORT_LIMITS", "rows=10")
    before = snapshot(coach)
    with pytest.raises((TableRefused, ImportRefused)):
        coach.gaps.import_figures(gap, path)
    assert snapshot(coach) == before


def test_kinds_and_headers_compare_without_case_or_accents() -> None:
    assert plain("ΗΜΕΡΟΜΗΝΊΑ") == plain("ημερομηνια") == "ημερομηνια"
    assert plain("QA_Score") == "qa score"


def test_reading_accepts_spreadsheet_dates(tmp_path: Path) -> None:
    from datetime import datetime

    path = write_xlsx(tmp_path / "d.xlsx", [["Date", "Kind", "Value", "Source"],
                                             [datetime(2025, 11, 1), "CSAT", 4.25, "Survey"],
                                             [date.today() - timedelta(days=1), "csat (ικανοποίηση πελατών)", 4, "S"]])
    read = read_figures(path)
    assert read.ok, read.problems
    assert [(f.on_date, f.figure_kind, f.value) for f in read.figures] == [
        (date(2025, 11, 1), "csat", 4.25), (date.today() - timedelta(days=1), "csat", 4.0)]


def test_command_line_dry_run_and_import(coach: Coach, database_url: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    gap = _gap(coach)
    path = write_csv(tmp_path / "figures.csv", GOOD)
    before = snapshot(coach)
    assert main(["gaps", "import-figures", "--gap", str(gap), "--dry-run", "--db", database_url, str(path)]) == 0
    out = capsys.readouterr().out
    assert "line 2: 2025-11-01  qa_score  82  QA εργαλείο · 质检 <&>  (35 agents)" in out
    assert "4 figures, 1 blank rows" in out and "Nothing was changed (dry run)." in out
    assert snapshot(coach) == before
    bad = write_csv(tmp_path / "bad.csv", [GREEK, ["2025-11-01", "nps", "4", "S", "", ""]])
    assert main(["gaps", "import-figures", "--gap", str(gap), "--dry-run", "--db", database_url, str(bad)]) == 1
    assert "line 2, column 'ΕΙΔΟΣ'" in capsys.readouterr().out
    assert main(["gaps", "import-figures", "--gap", str(gap), "--db", database_url, str(bad)]) == 1
    assert "nothing was imported" in capsys.readouterr().err
    assert snapshot(coach) == before
    assert main(["gaps", "import-figures", "--gap", "999999", "--db", database_url, str(path)]) == 1
    assert "No knowledge gap has the id 999999" in capsys.readouterr().err
    assert main(["gaps", "import-figures", "--gap", str(gap), "--db", database_url, str(path)]) == 0
    assert "Imported 4 figures into gap" in capsys.readouterr().out
    assert len(coach.gaps.get(gap).evidence) == 5
