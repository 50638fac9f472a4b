"""Batch export on several processes, cancel, safe file names; the session and programme reports; the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.core.reports_data import CHINESE, GREEK, HOSTILE_NAME, build_database
from trainercoach import cli
from trainercoach.exports import evaluations
from trainercoach.reports import batch
from trainercoach.reports.programme_report import write_programme_report
from trainercoach.reports.session_report import write_session_report
from trainercoach.services import Coach


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, int]]:
    return build_database(tmp_path_factory.mktemp("batch") / "coach.sqlite3", greek_sessions=8)


def flat_text(path: Path) -> str:
    return "".join("".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_safe_names_keep_letters_and_drop_what_a_file_system_refuses(tmp_path: Path) -> None:
    assert batch.safe_stem("Σοφία Γεωργίου") == "Σοφία Γεωργίου"
    assert batch.safe_stem("王静怡") == "王静怡"
    hostile = batch.safe_stem("../../etc/passwd\x00\n")
    assert "/" not in hostile and "\x00" not in hostile and "\n" not in hostile and not hostile.startswith(".")
    assert "/" not in batch.safe_stem("a/b\\c") and "\\" not in batch.safe_stem("a/b\\c")
    assert batch.safe_stem("CON") != "CON" and batch.safe_stem("") and batch.safe_stem("...")
    paths = batch.evaluation_paths([(1, "Anna"), (2, "anna"), (3, "Ζωή")], tmp_path)
    assert len(set(paths.values())) == 3 and paths[3].name == "Ζωή.pdf"


def test_batch_writes_one_file_per_candidate_on_two_processes(data, tmp_path: Path, monkeypatch) -> None:
    url, ids = data
    used: list[int] = []
    real = evaluations.ProcessPoolExecutor

    def spy(*args, **kwargs):
        used.append(kwargs["max_workers"])
        return real(*args, **kwargs)

    monkeypatch.setattr(evaluations, "ProcessPoolExecutor", spy)
    wanted = [ids["greek"], ids["chinese"], ids["hostile"], ids["empty"]]
    seen: list[int] = []
    pids: set[int] = set()
    written = evaluations.export_all_evaluations(url, wanted, tmp_path, workers=2, progress=seen.append, pids=pids)
    assert used == [2]
    assert len(written) == 4 and all(p.exists() for p in written)
    assert seen == [1, 2, 3, 4]
    assert {p.name for p in written} >= {f"{GREEK}.pdf", f"{CHINESE}.pdf"}
    assert len(pids) >= 1 and all(pid != __import__("os").getpid() for pid in pids)
    assert flat_text(tmp_path / f"{GREEK}.pdf").count("".join(GREEK.split())) >= 1
    assert not list(tmp_path.glob(".*.part"))


def test_cancel_stops_scheduling_and_leaves_no_partial_file(data, tmp_path: Path) -> None:
    url, ids = data
    wanted = [ids["greek"], ids["chinese"], ids["hostile"], ids["empty"]] * 1
    written = evaluations.export_all_evaluations(url, wanted, tmp_path, workers=1, cancelled=lambda: True)
    assert written == []
    assert not list(tmp_path.glob(".*.part"))
    assert list(tmp_path.iterdir()) == []


def test_session_and_programme_reports(data, tmp_path: Path) -> None:
    url, ids = data
    coach = Coach.open(url, actor="Lead")
    try:
        session = write_session_report(coach.reports.session_report(ids["hostile_session"]), tmp_path / "s.pdf")
        text = flat_text(session)
        assert "Sessionreport" in text and "TomBecker" in text and "<imgsrc=x>" in text and "<b>bold?</b>" in text
        assert "n=6" in text and "page1of" in text
        programme = write_programme_report(coach.reports.programme(), tmp_path / "p.pdf", page_size="Letter")
        text = flat_text(programme)
        assert "".join(GREEK.split()) in text and CHINESE in text and "".join(HOSTILE_NAME.split()) in text
        assert PdfReader(programme).metadata.title == "Programme report"
    finally:
        coach.close()


def test_cli_export(data, tmp_path: Path, capsys) -> None:
    url, ids = data
    assert cli.main(["export", "trainer", "--id", str(ids["chinese"]), "--out", str(tmp_path), "--db", url]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / f"{CHINESE}.pdf")
    assert cli.main(["export", "trainer", "--id", "999999", "--out", str(tmp_path), "--db", url]) == 1
    assert "999999" in capsys.readouterr().err
    assert cli.main(["export", "programme", "--out", str(tmp_path), "--db", url, "--page-size", "Letter"]) == 0
    # Greek and Chinese are there (tests/core/test_translations.py reads their words); another language is refused.
    assert cli.main(["export", "trainer", "--id", "1", "--out", str(tmp_path), "--db", url, "--lang", "fr"]) == 1
    assert "fr" in capsys.readouterr().err
