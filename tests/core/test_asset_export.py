"""Issue 20: ``export-list assets`` carries the library's columns; a crafted title stays inert text, and Greek,
Chinese, emoji and ``<&`` come through as typed, in CSV and XLSX, from the service and the command line."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from tests.core.helpers import run_cli
from trainercoach.exports.spreadsheets import export_list
from trainercoach.records.assets import AssetForm
from trainercoach.services import Coach

CRAFTED = '=HYPERLINK("http://evil.example","click") Ανανέωση 退款 📊 <&'
TODAY = date.today()


def fill(coach: Coach) -> int:
    owner = coach.people.add("Ελένη 王 <&>", role="trainer")
    asset = coach.assets.create(AssetForm(CRAFTED, owner, "@Πρότυπο 模板 🎓", ("el", "zh_CN"),
                                          "https://kb.example/επιστροφές", TODAY - timedelta(days=2),
                                          has_visual=True, has_mock_tickets=True,
                                          review_due=TODAY - timedelta(days=1)))
    coach.assets.mark_reviewed(asset, TODAY - timedelta(days=10), TODAY - timedelta(days=1))
    coach.assets.new_version(asset, "-2.0", "Νέα ενότητα")
    coach.assets.add_feedback(asset, 4, "καλό")
    coach.assets.add_feedback(asset, 5)
    coach.assets.create(AssetForm("Plain deck", languages=("en",)))
    return asset


def by_header(rows: list[list[str]]) -> list[dict[str, str]]:
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_the_csv_and_xlsx_carry_the_new_columns_and_stay_inert(coach: Coach, tmp_path: Path) -> None:
    fill(coach)
    out = export_list(coach, "assets", tmp_path / "assets.csv")
    rows = by_header(list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline=""))))
    first = next(r for r in rows if "HYPERLINK" in r["Title"])
    assert first["Title"] == "'" + CRAFTED  # shown as text, never run
    assert first["Template"] == "'@Πρότυπο 模板 🎓" and first["Owner"] == "Ελένη 王 <&>"
    assert first["Version"] == "'-2.0" and first["Versions"] == "1"
    assert first["Languages"] == "el, zh_CN" and first["Mock tickets"] == "yes"
    assert first["Stale"] == "yes" and first["Review due now"] == "yes"
    assert first["Ratings"] == "2" and first["Mean rating"] == "4.5" and first["Comments"] == "1"
    assert first["Last reviewed on"] == (TODAY - timedelta(days=10)).isoformat()
    xlsx = export_list(coach, "assets", tmp_path / "assets.xlsx")
    sheet = openpyxl.load_workbook(xlsx).active
    table = [list(row) for row in sheet.iter_rows()]
    headers = [c.value for c in table[0]]
    cells = {h: c for h, c in zip(headers, next(r for r in table[1:] if "HYPERLINK" in str(r[1].value)),
                                  strict=True)}
    assert cells["Title"].value == CRAFTED and cells["Title"].quotePrefix and cells["Title"].data_type != "f"
    assert all(c.data_type != "f" for row in table for c in row)
    assert cells["Review due"].value.date() == TODAY - timedelta(days=1)
    assert cells["Mean rating"].value == 4.5


@pytest.mark.parametrize("backend", ["sqlite"])
def test_export_list_assets_from_the_command_line(coach: Coach, tmp_path: Path) -> None:
    fill(coach)
    url = coach.db.url
    coach.close()
    out = tmp_path / "library.csv"
    result = run_cli("export-list", "assets", "--db", url, "--out", out)
    assert result.returncode == 0, result.stderr
    rows = by_header(list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline=""))))
    assert [r["Title"] for r in rows] == ["'" + CRAFTED, "Plain deck"]
    assert "Stale" in rows[0] and "Owner" in rows[0]


@pytest.mark.parametrize("backend", ["sqlite"])
def test_list_assets_from_the_command_line(coach: Coach) -> None:
    fill(coach)
    url = coach.db.url
    coach.close()
    result = run_cli("list", "assets", "--db", url, "--json")
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert [a["title"] for a in listed] == [CRAFTED, "Plain deck"]
    assert [a["name"] for a in listed] == [CRAFTED, "Plain deck"]  # DESIGN.md: every list has id and name
    assert listed[0]["stale"] is True and listed[0]["languages"] == ["el", "zh_CN"] and listed[0]["ratings"] == 2
    assert listed[0]["review_due"] == (TODAY - timedelta(days=1)).isoformat()
    stale = run_cli("list", "assets", "--db", url, "--stale")
    assert stale.returncode == 0 and "Plain deck" not in stale.stdout and "[stale]" in stale.stdout
