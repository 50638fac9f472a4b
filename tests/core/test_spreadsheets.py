"""Every list as a spreadsheet: CSV (UTF-8 with a BOM, for Excel) and XLSX, formulas made inert, every script kept,
written whole or not at all."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.helpers import make_form
from tests.core.test_cli import run
from trainercoach.errors import TrainerCoachError
from trainercoach.exports.spreadsheets import (
    FORMULA_STARTS,
    LISTS,
    XLSX_MAX_CELL,
    export_list,
    export_rows,
    inert,
    visible,
)
from trainercoach.records.certification import CertificationForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import Coach

NAMES = ["Μαρία Οικονόμου", "张伟", "Ahmed 🚀 Haddad", "דנה לוי", "مريم الحداد", "Tom <b>&amp;</b> Jerry",
         "=HYPERLINK(\"http://evil.example\",\"click\")", "+31 6 1234", "-1+2", "@SUM(A1:A9)", "\tTabbed",
         "\rCarriage"]


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def read_xlsx(path: Path) -> list[list[openpyxl.cell.Cell]]:
    workbook = openpyxl.load_workbook(path)
    return [list(row) for row in workbook.active.iter_rows()]


@pytest.fixture
def filled(coach: Coach) -> Coach:
    mentor = coach.people.add("Ελένη Παπαδοπούλου", email="eleni@example.com", role="lead")
    for number, name in enumerate(NAMES):
        cid = coach.candidates.add(make_form(name, team="=cmd|' /C calc'!A0", site="Αθήνα 雅典", mentor_id=mentor))
        coach.deliveries.add(DeliveryForm(candidate_id=cid, starts_at=datetime(2026, 3, 2 + number, 9, 0),
                                          topic=f"{name} · 账单 {number}", trainees=5))
        coach.action_items.add(cid, f"-Practise pacing, {name}", due_on=date(2026, 4, 1))
        coach.certification.award(CertificationForm(cid, f"@Refunds {name}", awarded_on=date(2026, 3, 1)))
    coach.assets.add("=Refunds deck 📊")
    return coach


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_every_list_exports_with_every_script_and_no_live_formula(filled: Coach, tmp_path: Path,
                                                                  suffix: str) -> None:
    for what in LISTS:
        out = export_list(filled, what, tmp_path / f"{what}{suffix}")
        assert out.exists() and not list(tmp_path.glob(".*.part"))
        if suffix == ".csv":
            rows = read_csv(out)
            cells = [cell for row in rows for cell in row]
            assert not any(cell.startswith(FORMULA_STARTS) for cell in cells), what
        else:
            table = read_xlsx(out)
            assert all(cell.data_type != "f" for row in table for cell in row), what
            rows = [["" if c.value is None else str(c.value) for c in row] for row in table]
            for row in table:
                for cell in row:
                    if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                        assert cell.quotePrefix, (what, cell.value)
        assert len(rows) > 1, what
        text = "\n".join(",".join(row) for row in rows)
        if what in ("candidates", "sessions", "action-items", "certifications"):
            for name in NAMES[:6]:
                assert name in text, (what, name)
    candidates = read_csv(tmp_path / "candidates.csv") if suffix == ".csv" else None
    if candidates is not None:
        header = candidates[0]
        by_name = {row[header.index("Name")]: row for row in candidates[1:]}
        assert "'=HYPERLINK(\"http://evil.example\",\"click\")" in by_name
        assert "'+31 6 1234" in by_name and "'-1+2" in by_name and "'@SUM(A1:A9)" in by_name
        assert "Tabbed" in by_name and "Carriage" in by_name  # names are stored trimmed; see the properties below
        assert by_name["张伟"][header.index("Team")] == "'=cmd|' /C calc'!A0"
        assert by_name["张伟"][header.index("Site")] == "Αθήνα 雅典"


def test_xlsx_keeps_the_exact_text_dates_and_numbers(filled: Coach, tmp_path: Path) -> None:
    out = export_list(filled, "sessions", tmp_path / "sessions.xlsx")
    table = read_xlsx(out)
    header = [c.value for c in table[0]]
    assert header[:4] == ["Id", "Code", "Date", "Topic"]
    topics = {row[3].value for row in table[1:]}
    assert f"{NAMES[6]} · 账单 6" in topics  # the formula-like topic, exact, as text
    first = table[1]
    assert isinstance(first[2].value, datetime)
    assert isinstance(first[7].value, int) and first[7].value == 5


def test_cli_export_list(filled: Coach, tmp_path: Path, private_home: Path, backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("the command line is run on the SQLite file")
    db = filled.db.path
    filled.close()
    csv_out = tmp_path / "out" / "Κατάλογος.csv"
    result = run(private_home, "export-list", "candidates", "--db", db, "--out", csv_out)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == csv_out
    assert any(row[1] == "张伟" for row in read_csv(csv_out)[1:])

    result = run(private_home, "export-list", "sessions", "--db", db, "--out", tmp_path / "s.xlsx")
    assert result.returncode == 0, result.stderr
    assert len(read_xlsx(tmp_path / "s.xlsx")) == len(NAMES) + 1

    refused = run(private_home, "export-list", "people", "--db", db, "--out", tmp_path / "people.pdf")
    assert refused.returncode == 1 and ".csv or .xlsx" in refused.stderr
    assert not (tmp_path / "people.pdf").exists()
    refused = run(private_home, "export-list", "people", "--db", db, "--out", tmp_path)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    usage = run(private_home, "export-list", "nothing", "--db", db, "--out", tmp_path / "x.csv")
    assert usage.returncode == 2


# -- hostile text, property-based ---------------------------------------------------------------------------
# Any text at all, weighted towards what breaks spreadsheets: formula starts, controls, RTL marks, emoji.
risky = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", "\x00", "\x07", "\x1b", "\u202e", "\u200f", "🙂",
                         "👩🏽‍💻", "中", "Ω", "<", "&", '"', ",", ";", "'", "\ufeff", "\ufffe"])
hostile_text = st.lists(st.one_of(risky, st.text(max_size=8)), max_size=12).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(hostile_text, min_size=1, max_size=6))
def test_any_text_round_trips_through_csv_inert(tmp_path: Path, cells: list[str]) -> None:
    out = export_rows("Any", ["a"] * len(cells), [cells], tmp_path / "any.csv")
    rows = read_csv(out)
    assert rows[1] == [inert(visible(c)) for c in cells]
    assert not any(cell.startswith(FORMULA_STARTS) for cell in rows[1])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(hostile_text, min_size=1, max_size=6))
def test_any_text_round_trips_through_xlsx_as_text(tmp_path: Path, cells: list[str]) -> None:
    out = export_rows("Any", ["a"] * len(cells), [cells], tmp_path / "any.xlsx")
    row = read_xlsx(out)[1] if len(read_xlsx(out)) > 1 else []
    values = [c.value for c in row] + [None] * (len(cells) - len(row))
    for cell, value, original in zip(row, values, cells, strict=False):
        assert cell.data_type != "f"
        assert value == (visible(original) or None) or value == visible(original)


def test_a_cell_longer_than_a_workbook_holds_is_cut_with_a_mark(tmp_path: Path) -> None:
    long = "Ω" * (XLSX_MAX_CELL + 500)
    out = export_rows("Long", ["a"], [[long]], tmp_path / "long.xlsx")
    value = read_xlsx(out)[1][0].value
    assert len(value) == XLSX_MAX_CELL and value.endswith("…")
    csv_out = export_rows("Long", ["a"], [[long]], tmp_path / "long.csv")
    assert read_csv(csv_out)[1] == [long]  # CSV has no such limit: all of it


def test_a_failed_export_leaves_the_old_file_and_no_part_file(tmp_path: Path) -> None:
    class Exploding:
        def __str__(self) -> str:
            raise RuntimeError("boom")

    out = tmp_path / "list.csv"
    out.write_text("the old export")
    rows = [["fine"]] * 50 + [[Exploding()]]
    with pytest.raises(RuntimeError, match="boom"):
        export_rows("L", ["a"], rows, out)  # type: ignore[list-item]
    assert out.read_text() == "the old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.csv"]


def test_a_name_without_a_known_ending_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TrainerCoachError, match=".csv or .xlsx"):
        export_rows("L", ["a"], [["x"]], tmp_path / "list.txt")
    assert list(tmp_path.iterdir()) == []
