"""``python -m trainercoach calibration icc FILE``: the agreement statistics of a table file (issue 19)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainercoach.cli import main

SHROUT_FLEISS = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
PUBLISHED = {"ICC1": 0.17, "ICC2": 0.29, "ICC3": 0.71, "ICC1k": 0.44, "ICC2k": 0.62, "ICC3k": 0.91}


def write(path: Path, rows: list[list[object]], header: list[str]) -> Path:
    lines = [",".join(header)] + [",".join("" if v is None else str(v) for v in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_json_has_every_key_and_the_published_iccs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [[f"T{i + 1}", *r] for i, r in enumerate(SHROUT_FLEISS)] + [["T7", 5, None, 4, None]]
    path = write(tmp_path / "scores.csv", rows, ["delivery", "Ana", "Ben", "Chen", "Dora"])
    assert main(["calibration", "icc", str(path), "--json", "--bootstrap", "200"]) == 0
    out = json.loads(capsys.readouterr().out)
    for key in (*PUBLISHED, "alpha_ordinal", "alpha_interval"):
        assert set(out[key]) == {"value", "low", "high"}, key
        assert out[key]["low"] <= out[key]["value"] <= out[key]["high"], key
    assert {k: round(out[k]["value"], 2) for k in PUBLISHED} == PUBLISHED
    assert (out["n_targets"], out["n_observers"], out["dropped"]) == (6, 4, 1)
    assert [b["observer"] for b in out["bias"]] == ["Ana", "Ben", "Chen", "Dora"]
    assert out["bias"][0]["lenient"] and out["bias"][1]["severe"]


def test_the_table_names_each_statistic_and_its_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [[f"T{i + 1}", *r] for i, r in enumerate(SHROUT_FLEISS)]
    path = write(tmp_path / "scores.csv", rows, ["delivery", "A", "B", "C", "D"])
    assert main(["calibration", "icc", str(path), "--bootstrap", "0"]) == 0
    out = capsys.readouterr().out
    assert "6 targets × 4 observers" in out and "dropped" not in out
    assert "ICC(3,1)   0.715" in out and "Koo & Li (2016)" in out and "Krippendorff (2004)" in out
    assert "A: +" in out and "lenient" in out


def test_two_observers_get_kappa(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "two.csv", [["a", 1, 1], ["b", 1, 2], ["c", 2, 2], ["d", 2, 3], ["e", 3, 3],
                                        ["f", 3, 3]], ["t", "x", "y"])
    assert main(["calibration", "icc", str(path), "--json", "--bootstrap", "0"]) == 0
    assert json.loads(capsys.readouterr().out)["kappa_quadratic"] == pytest.approx(0.75)


@pytest.mark.parametrize(("content", "says"), [
    ("t,A,B\nx,1,abc\n", "Line 2, column B: 'abc' is not a number."),
    ("t\nx\n", "no observer columns"),
    ("t,A,B\n", "no targets"),
    ("t,A,B\nx,1,2,3\n", "Line 2: more filled cells"),
])
def test_a_bad_file_is_refused_with_where(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str,
                                          says: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    assert main(["calibration", "icc", str(path)]) == 1
    assert says in capsys.readouterr().err


def test_one_observer_says_what_cannot_be_computed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "one.csv", [["a", 1], ["b", 2]], ["t", "x"])
    assert main(["calibration", "icc", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ICC1"] == {"value": None, "low": None, "high": None} and out["alpha_ordinal"]["value"] is None
