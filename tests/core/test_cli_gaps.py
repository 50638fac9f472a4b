"""``list gaps|cases [--json]`` and ``export case`` (issue 20), on the demo database: exit 0 with what is there,
exit 1 with the reason for a case that is not."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from trainercoach.cli import main
from trainercoach.demo import write_demo


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    write_demo(path, today=date(2026, 3, 15), lang="en")
    return str(path)


def test_list_gaps_and_cases(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "gaps", "--json", "--db", demo_db]) == 0
    gaps = json.loads(capsys.readouterr().out)
    assert len(gaps) == 3 and {g["trend"] for g in gaps} == {"worse"}
    assert any("πληρωμών" in g["topic"] for g in gaps)
    assert all(g["name"] == g["topic"] and isinstance(g["id"], int) for g in gaps)  # DESIGN.md: id and name
    assert main(["list", "cases", "--json", "--db", demo_db]) == 0
    cases = json.loads(capsys.readouterr().out)
    assert {c["status"] for c in cases} == {"draft", "submitted", "returned", "approved", "scheduled", "delivered",
                                            "evaluated"}
    assert all(c["name"] == c["title"] and isinstance(c["id"], int) for c in cases)
    assert main(["list", "cases", "--db", demo_db]) == 0
    assert "[evaluated]" in capsys.readouterr().out


def test_export_case(demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "case", "--id", "7", "--out", str(tmp_path), "--lang", "el", "--db", demo_db]) == 0
    written = Path(capsys.readouterr().out.strip())
    text = " ".join(page.extract_text() or "" for page in PdfReader(written).pages)
    assert "Επιχειρηματική" in text and "n=" in text
    assert main(["export", "case", "--id", "999", "--out", str(tmp_path), "--db", demo_db]) == 1
    assert "No business case has the id 999" in capsys.readouterr().err
