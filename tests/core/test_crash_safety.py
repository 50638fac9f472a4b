"""Real processes killed with SIGKILL in the middle of a write: an import, a save, a migration, a batch export and a
spreadsheet export. Afterwards the database passes its integrity check and holds all of the operation or none of it,
and no half-written file sits under its final name.

The process is stopped at a named point (``trainercoach.crashpoints``: ``TRAINERCOACH_PAUSE_AT``), where it has
written part of its work and holds it uncommitted or unrenamed, and is then killed from outside, with no chance to
clean up. One test kills at moments it does not choose, during a large import.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import suppress
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.core.import_files import make_session, write_csv
from tests.core.reports_data import build_database
from trainercoach.db import migrate
from trainercoach.db.engine import Database
from trainercoach.db.lifecycle import backup_database, backups_dir, create_private_file
from trainercoach.services import CandidateForm, Coach

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and process groups are POSIX")

ROOT = Path(__file__).resolve().parents[2]
HEADER = ["clarity", "relevance", "pace", "engagement", "confidence", "overall", "recommend", "comment"]


def environment(home: Path, pause_at: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TRAINERCOACH_DB", "TRAINERCOACH_PAUSE_AT")}
    env.update(TRAINERCOACH_HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    if pause_at:
        env["TRAINERCOACH_PAUSE_AT"] = pause_at
    return env


def command(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "trainercoach", *map(str, args)]


def kill_when_paused(argv: list[str], home: Path, point: str, *, limit: float = 180) -> str:
    """Start ``argv`` with the pause armed, wait until it says it has reached the point, SIGKILL its whole process
    group (batch workers too) and return what it wrote on standard error."""
    process = subprocess.Popen(argv, cwd=ROOT, env=environment(home, point), stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, start_new_session=True)
    assert process.stderr is not None
    seen = b""
    deadline = time.monotonic() + limit  # a guard against a hang, not a measurement
    try:
        while b"PAUSED AT " + point.split("#")[0].encode() not in seen:
            if process.poll() is not None:
                seen += process.stderr.read()
                pytest.fail(f"the process ended (status {process.returncode}) before reaching {point}: "
                            f"{seen.decode(errors='replace')}")
            ready, _, _ = select.select([process.stderr], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                pytest.fail(f"the process never reached {point}: {seen.decode(errors='replace')}")
            seen += os.read(process.stderr.fileno(), 65536)
    finally:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    return seen.decode(errors="replace")


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    connection.close()
    return verdict if not broken else f"broken references: {broken[:3]}"


def counts(path: Path, *tables: str) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        result = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    connection.close()
    return result


def feedback_file(path: Path, rows: int) -> Path:
    body = [HEADER] + [[1 + i % 5, 1 + (i + 1) % 5, 3, 4, 5, 1 + i % 5, i % 11, f"Σχόλιο {i} 很好 🙂"]
                       for i in range(rows)]
    return write_csv(path, body)


@pytest.fixture
def session_db(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "coach.sqlite3"
    coach = Coach.open(path, actor="Test Lead")
    try:
        delivery = make_session(coach)
    finally:
        coach.close()
    return path, delivery


FEEDBACK = ("feedback_response", "feedback_answer", "feedback_import")


# -- an import ------------------------------------------------------------------------------------------
def test_an_import_killed_half_way_leaves_none_of_it_and_runs_again_whole(session_db, tmp_path: Path,
                                                                         private_home: Path) -> None:
    path, delivery = session_db
    source = feedback_file(tmp_path / "survey.csv", 3000)
    before = counts(path, *FEEDBACK)

    kill_when_paused(command("import-feedback", "--db", path, "--session", delivery, source), private_home, "import")

    assert integrity(path) == "ok"
    assert counts(path, *FEEDBACK) == before
    again = subprocess.run(command("import-feedback", "--db", path, "--session", delivery, source), cwd=ROOT,
                           env=environment(private_home), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr  # the killed run recorded no import: not a duplicate
    after = counts(path, *FEEDBACK)
    assert after["feedback_response"] == before["feedback_response"] + 3000
    assert after["feedback_import"] == before["feedback_import"] + 1


def test_an_import_killed_at_moments_it_does_not_choose_is_all_or_nothing(session_db, tmp_path: Path,
                                                                          private_home: Path) -> None:
    path, delivery = session_db
    source = feedback_file(tmp_path / "big.csv", 30000)
    start = counts(path, "feedback_response")["feedback_response"]
    rng = random.Random(9)
    outcomes = set()
    for _ in range(3):
        process = subprocess.Popen(command("import-feedback", "--db", path, "--session", delivery,
                                           "--allow-duplicate", source),
                                   cwd=ROOT, env=environment(private_home), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(0.5, 3.0))  # somewhere in starting, checking, writing or committing
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        assert integrity(path) == "ok"
        now = counts(path, "feedback_response")["feedback_response"]
        assert (now - start) % 30000 == 0, f"{now - start} rows of an import of 30000 were kept"
        outcomes.add(process.returncode)
    assert outcomes  # each run was either finished (0) or killed (-9); both leave whole imports only


# -- a save ---------------------------------------------------------------------------------------------
SAVE = """
import sys
from trainercoach.services import CandidateForm, Coach, TraitEntry
from trainercoach.models import TRAITS
coach = Coach.open(sys.argv[1], actor="Test Lead")
form = CandidateForm(name="Ελένη 王 🙂", team="Billing", notes="x" * 5000)
for trait in TRAITS:
    form.traits[trait] = TraitEntry(4, "note")
coach.candidates.add(form)
print("saved")
"""


def test_a_save_killed_before_it_commits_leaves_nothing(tmp_path: Path, private_home: Path) -> None:
    path = tmp_path / "coach.sqlite3"
    Coach.open(path).close()
    tables = ("person", "candidate", "trait_score", "stage_move")
    before = counts(path, *tables)
    kill_when_paused([sys.executable, "-c", SAVE, str(path)], private_home, "save")

    assert integrity(path) == "ok"
    assert counts(path, *tables) == before
    done = subprocess.run([sys.executable, "-c", SAVE, str(path)], cwd=ROOT, env=environment(private_home),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    after = counts(path, *tables)
    assert after["candidate"] == before["candidate"] + 1 and after["trait_score"] > before["trait_score"]


# -- a migration ----------------------------------------------------------------------------------------
def test_a_migration_killed_before_it_commits_leaves_the_old_schema_and_its_rows(tmp_path: Path,
                                                                                 private_home: Path) -> None:
    path = tmp_path / "old.sqlite3"
    create_private_file(path)
    old = Database("sqlite:///" + str(path))
    previous = migrate.scripts().get_revision(migrate.head_revision()).down_revision
    migrate.upgrade(old.engine, previous)
    with old.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO person (name, created_at) VALUES ('Μαρία Οικονόμου', '2026-01-05')")
    old.close()

    kill_when_paused(command("db", "upgrade", "--db", path), private_home, "migration")

    assert integrity(path) == "ok"
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [(previous,)]
        assert connection.execute("SELECT name FROM person").fetchall() == [("Μαρία Οικονόμου",)]
    connection.close()
    [backup] = [p for p in backups_dir(path).iterdir() if p.suffix == ".sqlite3"]  # made, and whole, before
    assert integrity(backup) == "ok"

    done = subprocess.run(command("db", "upgrade", "--db", path), cwd=ROOT, env=environment(private_home),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (migrate.head_revision(),)]
        assert connection.execute("SELECT name FROM person").fetchall() == [("Μαρία Οικονόμου",)]
    connection.close()


# -- exports --------------------------------------------------------------------------------------------
def test_a_batch_export_killed_mid_way_leaves_only_whole_pdfs(tmp_path: Path, private_home: Path) -> None:
    url, ids = build_database(tmp_path / "coach.sqlite3", greek_sessions=3)
    out = tmp_path / "evaluations"

    kill_when_paused(command("export", "trainer", "--all", "--workers", "1", "--db", url, "--out", out),
                     private_home, "pdf#2")

    finals = sorted(out.glob("*.pdf"))
    assert len(finals) == 1  # the first was finished and renamed; the second was killed before its rename
    for pdf in finals:
        assert len(PdfReader(pdf).pages) >= 1
    assert all(p.name.startswith(".") and p.suffix == ".part" for p in out.iterdir() if p not in finals)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_spreadsheet_export_killed_mid_way_leaves_no_file_under_its_name(tmp_path: Path, private_home: Path,
                                                                           suffix: str) -> None:
    url, _ = build_database(tmp_path / "coach.sqlite3", greek_sessions=40)
    out = tmp_path / "lists" / f"sessions{suffix}"
    out.parent.mkdir()
    out.write_bytes(b"last week's export")

    kill_when_paused(command("export-list", "sessions", "--db", url, "--out", out), private_home, "export")

    assert out.read_bytes() == b"last week's export"
    leftovers = [p for p in out.parent.iterdir() if p != out]
    assert leftovers and all(p.name.startswith(".sessions-") and p.suffix == ".part" for p in leftovers)

    # The next export of the same list, a while later, clears what the killed one left.
    hours_ago = time.time() - 2 * 3600
    for leftover in leftovers:
        os.utime(leftover, (hours_ago, hours_ago))
    done = subprocess.run(command("export-list", "sessions", "--db", url, "--out", out), cwd=ROOT,
                          env=environment(private_home), capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() != b"last week's export"
    assert [p for p in out.parent.iterdir()] == [out]


def test_only_old_leftovers_of_the_same_file_are_cleared(tmp_path: Path) -> None:
    from trainercoach.files import clear_leftovers, part_prefix, replacing

    out = tmp_path / "Sessions 会话.csv"
    old, young = tmp_path / f"{part_prefix(out)}ab12cd_x.part", tmp_path / f"{part_prefix(out)}zz99yy00.part"
    other = tmp_path / f"{part_prefix(tmp_path / 'Sessions 会话 2.csv')}ab12cd_x.part"  # another file's leftover
    mine = tmp_path / f"{part_prefix(out)}notours.part.keep"  # not a name our writer makes
    for path in (old, young, other, mine):
        path.write_text("half")
    hours_ago = time.time() - 2 * 3600
    for path in (old, other, mine):
        os.utime(path, (hours_ago, hours_ago))
    with replacing(out) as temporary:
        temporary.write_text("whole", encoding="utf-8")
    assert out.read_text(encoding="utf-8") == "whole"
    assert not old.exists() and young.exists() and other.exists() and mine.exists()
    assert clear_leftovers(out, older_than=-1) == 1 and not young.exists()


# -- a restore ------------------------------------------------------------------------------------------
def test_a_restore_killed_part_way_leaves_the_database_as_it_was(tmp_path: Path, private_home: Path) -> None:
    path = tmp_path / "coach.sqlite3"
    coach = Coach.open(path)
    for number in range(400):  # enough pages that the copy takes several steps
        coach.candidates.add(CandidateForm(name=f"Πρώτος {number}", notes="ω" * 4000))
    backup = backup_database(coach.db, label="manual")
    coach.candidates.add(CandidateForm(name="Added after the backup, 张伟"))
    coach.close()
    tables = ("person", "candidate", "stage_move")
    before = counts(path, *tables)

    kill_when_paused(command("db", "restore", "--db", path, "--from", backup), private_home, "restore")

    assert integrity(path) == "ok"
    assert counts(path, *tables) == before  # none of the backup's content: the database as it was
    done = subprocess.run(command("db", "restore", "--db", path, "--from", backup), cwd=ROOT,
                          env=environment(private_home), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert counts(path, "candidate")["candidate"] == before["candidate"] - 1


# -- a backup -------------------------------------------------------------------------------------------
def test_a_backup_killed_before_it_is_named_is_not_a_backup(tmp_path: Path, private_home: Path) -> None:
    from trainercoach.db.backups import list_backups, prune_backups

    path = tmp_path / "coach.sqlite3"
    coach = Coach.open(path)
    coach.candidates.add(CandidateForm(name="Μαρία Οικονόμου"))
    coach.close()
    before = counts(path, "candidate")

    kill_when_paused(command("db", "backup", "--db", path), private_home, "backup")

    assert list_backups(path) == []  # only a partial file, which is never offered for a restore
    partials = list(backups_dir(path).glob("*.partial*"))
    assert partials
    assert integrity(path) == "ok" and counts(path, "candidate") == before
    removed = prune_backups(path, keep=5, now=time.time() + 2 * 24 * 3600)  # as the next day's start would
    assert sorted(removed) == sorted(partials)
    assert not list(backups_dir(path).glob("*.partial*"))
