"""Issue 16: backups, restores and imports that cannot be turned against the user. Each crafted file is built
here; each refusal is in words, changes nothing, and is timed and measured (tracemalloc's peak)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import event, text

from tests.core import crafted
from trainercoach import cli
from trainercoach.db import DatabaseRefused, open_database
from trainercoach.db.backups import clear_restore_leftovers, restore_database
from trainercoach.db.lifecycle import backup_database, backups_dir, check_database
from trainercoach.db.schema_check import differences
from trainercoach.db.storage_errors import explain_storage_error
from trainercoach.errors import TrainerCoachError
from trainercoach.imports.limits import ImportLimits
from trainercoach.imports.tables import TableRefused, open_table

DATA = Path(__file__).resolve().parent.parent / "data"


def fingerprint(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def measured(action) -> tuple[str, float, int]:
    """The refusal's words, its seconds and its peak of Python allocations in bytes."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        action()
    except TrainerCoachError as error:
        return str(error), time.perf_counter() - start, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    pytest.fail("not refused")


def add_person(database, name: str) -> None:
    with database.transaction() as session:
        session.execute(text("INSERT INTO person (name, created_at) VALUES (:n, '2026-01-05')"), {"n": name})


@pytest.fixture
def db_and_backup(tmp_path: Path) -> tuple[Path, Path]:
    db_path = tmp_path / "coach.sqlite3"
    database = open_database(db_path)
    try:
        add_person(database, "Μαρία Οικονόμου")
        backup = backup_database(database, tmp_path / "backup.sqlite3")
    finally:
        database.close()
    return db_path, backup


CRAFTS = {
    "trigger": "CREATE TRIGGER wipe AFTER INSERT ON feedback_response BEGIN DELETE FROM observation; "
               "UPDATE candidate SET notes = 'gone'; END",
    "columns": "DROP TABLE setting; CREATE TABLE setting (key INTEGER, other BLOB)",
    "two versions": "INSERT INTO alembic_version VALUES ('0004')",
    "view": "CREATE VIEW everyone AS SELECT * FROM person",
    "index": "CREATE INDEX ix_person_name ON person (name)",
}


def craft(path: Path, how: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.executescript(CRAFTS[how])
    connection.close()


@pytest.mark.parametrize("how", list(CRAFTS))
def test_a_crafted_backup_is_refused_and_the_database_untouched(db_and_backup: tuple[Path, Path], how: str) -> None:
    db_path, backup = db_and_backup
    craft(backup, how)
    before = fingerprint(db_path.parent)
    message, seconds, peak = measured(lambda: restore_database(db_path, backup))
    assert "Nothing was restored" in message and "another program" in message
    assert fingerprint(db_path.parent) == before
    assert seconds < 5 and peak < 50 * 2**20


@pytest.mark.parametrize("how", list(CRAFTS))
def test_a_crafted_database_is_not_opened_and_db_check_says_why(tmp_path: Path, how: str,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "coach.sqlite3"
    open_database(db_path).close()
    craft(db_path, how)
    before = fingerprint(tmp_path)
    with pytest.raises(DatabaseRefused, match="changed by another program|another program"):
        open_database(db_path)
    assert cli.main(["db", "check", "--db", str(db_path)]) == 1
    assert "another program" in capsys.readouterr().err
    assert fingerprint(tmp_path) == before


def test_db_check_on_an_open_database_reports_a_trigger_added_since(tmp_path: Path) -> None:
    database = open_database(tmp_path / "coach.sqlite3")
    try:
        craft(tmp_path / "coach.sqlite3", "trigger")
        report = check_database(database)
        assert not report.ok and "trigger wipe" in report.problems[0]
    finally:
        database.close()


@pytest.mark.parametrize("revision", ["0001", "0002", "0003", "0004", "0005"])
def test_every_released_schema_is_exactly_what_its_version_should_have(revision: str) -> None:
    with sqlite3.connect(DATA / f"schema-{revision}.sqlite3") as connection:
        assert differences(connection, revision) == []
    connection.close()


def test_a_backup_with_another_page_size_is_restored(db_and_backup: tuple[Path, Path]) -> None:
    db_path, backup = db_and_backup
    with sqlite3.connect(backup) as connection:
        connection.execute("PRAGMA page_size = 8192")
        connection.execute("VACUUM")
        assert connection.execute("PRAGMA page_size").fetchone()[0] == 8192
    connection.close()
    result = restore_database(db_path, backup)
    assert result.revision
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT name FROM person").fetchall() == [("Μαρία Οικονόμου",)]
    connection.close()


def test_the_restore_copy_lives_beside_the_database_owner_only_and_a_killed_ones_is_cleared(
        db_and_backup: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    db_path, backup = db_and_backup
    seen: list[tuple[Path, int, int]] = []

    def look(name: str) -> None:
        for folder in backups_dir(db_path).glob(".restore-*"):
            copy = folder / "backup.sqlite3"
            seen.append((folder, folder.stat().st_mode & 0o777, copy.stat().st_mode & 0o777))

    monkeypatch.setattr("trainercoach.crashpoints.reached", look)
    restore_database(db_path, backup)
    assert seen and all(folder.parent == backups_dir(db_path) for folder, _, _ in seen)
    if os.name == "posix":
        assert {(d, f) for _, d, f in seen} == {(0o700, 0o600)}
    assert not list(backups_dir(db_path).glob(".restore-*"))  # removed once done
    # A killed restore's folder (its process gone) is cleared on the next start; a running one's is kept.
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = backups_dir(db_path) / f".restore-{dead.pid}-x"
    left.mkdir(mode=0o700)
    (left / "backup.sqlite3").write_bytes(b"secret")
    running = backups_dir(db_path) / f".restore-{os.getpid()}-y"
    running.mkdir(mode=0o700)
    assert clear_restore_leftovers(db_path) == [left]
    assert running.exists() and not left.exists()


def test_a_killed_restore_leaves_nothing_in_the_shared_temporary_folder(db_and_backup: tuple[Path, Path],
                                                                         private_home: Path) -> None:
    import tempfile

    from tests.core.test_cli import ROOT

    db_path, backup = db_and_backup
    with sqlite3.connect(backup) as connection:  # more pages than one step of the restore copies
        connection.executemany("INSERT INTO person (name, created_at) VALUES (?, '2026-01-05')",
                               [(f"{n} " + "ω" * 300,) for n in range(5000)])
    connection.close()
    env = {**os.environ, "TRAINERCOACH_PAUSE_AT": "restore", "TRAINERCOACH_HOME": str(private_home)}
    before = set(Path(tempfile.gettempdir()).glob("trainercoach-restore-*"))
    process = subprocess.Popen([sys.executable, "-m", "trainercoach", "db", "restore", "--db", str(db_path),
                                "--from", str(backup)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 60
        while not list(backups_dir(db_path).glob(".restore-*/backup.sqlite3")) and time.time() < deadline:
            time.sleep(0.1)
        time.sleep(0.5)
    finally:
        process.kill()
        process.wait()
    leftovers = list(backups_dir(db_path).glob(".restore-*"))
    assert leftovers, "the paused restore had its copy beside the database"
    assert set(Path(tempfile.gettempdir()).glob("trainercoach-restore-*")) == before
    restore_database(db_path, backup)  # the next start clears what the killed one left
    assert not list(backups_dir(db_path).glob(".restore-*"))


def test_a_save_on_a_full_disk_is_said_and_nothing_is_written(tmp_path: Path) -> None:
    database = open_database(tmp_path / "coach.sqlite3")
    try:
        @event.listens_for(database.engine, "connect")
        def no_room(connection, _record) -> None:  # SQLite's own "database or disk is full"
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count = {pages}")

        database.engine.dispose()
        with pytest.raises(TrainerCoachError, match="no room left on the disk") as refused:
            add_person(database, "ω" * 200_000)
        assert "Nothing was changed" in str(refused.value)
    finally:
        database.close()
    with sqlite3.connect(tmp_path / "coach.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM person").fetchone()[0] == 0
    connection.close()


def test_a_database_replaced_by_another_program_while_open_is_not_written_into(tmp_path: Path) -> None:
    database = open_database(tmp_path / "coach.sqlite3")
    open_database(tmp_path / "other.sqlite3").close()
    try:
        add_person(database, "first")
        os.replace(tmp_path / "other.sqlite3", tmp_path / "coach.sqlite3")
        with pytest.raises(TrainerCoachError, match="replaced or deleted by another program"):
            add_person(database, "lost")
    finally:
        database.close()
    for path in tmp_path.glob("*.sqlite3"):
        with sqlite3.connect(path) as connection:
            assert ("lost",) not in connection.execute("SELECT name FROM person").fetchall()
        connection.close()


def test_read_only_file_and_read_only_folder_each_have_their_own_words(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    db_path = tmp_path / "coach.sqlite3"
    open_database(db_path).close()
    error = sqlite3.OperationalError("attempt to write a readonly database")
    if os.geteuid() == 0:  # root writes anything: the permission is asked of os.access, as it would answer
        monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != db_path)
    else:
        db_path.chmod(0o444)
    assert "is a read-only file" in explain_storage_error(error, db_path)
    if os.geteuid() == 0:
        monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != tmp_path)
    else:
        db_path.chmod(0o644)
        tmp_path.chmod(0o555)
    try:
        assert "The folder" in explain_storage_error(error, db_path)
        assert "read-only" in explain_storage_error(error, db_path)
    finally:
        tmp_path.chmod(0o755)
    full = explain_storage_error(OSError(28, "No space left on device"), db_path)
    assert "no room left" in full


# -- imports ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("case,words", [
    ("shared-strings", "more than 100 MB, the import limit"),
    ("shared-strings-count", "more than 1,000,000 different texts"),
    ("huge-cell", "more than 100 MB, the import limit"),
    ("long-cell", "longer than 131,072 characters"),
    ("rows", "more than 100,000 rows"),
    ("csv-header", "longer than 2,000,000 characters"),
    ("csv-commas", "longer than 2,000,000 characters"),
])
def test_small_files_that_would_take_gigabytes_are_refused_within_seconds(case: str, words: str) -> None:
    """At the issue's own scale (20 million strings, 3 million rows, 50 MB lines), each in a fresh process whose
    peak resident memory (zlib's and the XML parser's included) is read from getrusage."""
    from tests.core.test_cli import ROOT

    out = subprocess.run([sys.executable, "-m", "tests.core.crafted", case], cwd=ROOT, capture_output=True,
                         text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr[-2000:]
    seconds, _peak, growth, _size, message = out.stdout.strip().split("\t", 4)
    assert words in message and "TRAINERCOACH_IMPORT_LIMITS" in message
    assert float(seconds) < 10 and float(growth) < 150, (seconds, growth)


def test_a_limit_can_be_raised_by_the_setting_or_the_environment(coach, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = crafted.workbook(tmp_path / "rows.xlsx", rows=30)
    small = ImportLimits(rows=20)
    with pytest.raises(TableRefused, match="more than 20 rows"):
        open_table(path, small)
    with open_table(path, ImportLimits(rows=40)) as table:
        assert table.headers == ["clarity"]
    monkeypatch.setenv("TRAINERCOACH_IMPORT_LIMITS", "rows=20")
    with pytest.raises(TableRefused, match="more than 20 rows"):
        open_table(path)
    assert coach.settings.import_limits().rows == 20
    monkeypatch.delenv("TRAINERCOACH_IMPORT_LIMITS")
    coach.settings.set_import_limits(ImportLimits(rows=25, columns=3))
    assert coach.settings.import_limits() == ImportLimits(rows=25, columns=3)
    csv = tmp_path / "wide.csv"
    csv.write_text("a,b,c,d\n1,2,3,4\n", encoding="utf-8")
    with pytest.raises(TableRefused, match="more than 3 columns"), \
            open_table(csv, coach.settings.import_limits()) as table:
        list(table.rows())


def test_utf16_without_a_byte_order_mark_is_named_as_such(tmp_path: Path) -> None:
    for codec, order in (("utf-16-le", "little-endian"), ("utf-16-be", "big-endian")):
        path = tmp_path / f"{codec}.csv"
        path.write_bytes("clarity,comment\n5,Πολύ καλό\n".encode(codec))
        with pytest.raises(TableRefused) as refused:
            open_table(path)
        assert f"UTF-16 text ({order}) without a byte order mark" in str(refused.value)
        assert "binary" not in str(refused.value)


def test_batch_workers_end_with_their_parent(tmp_path: Path) -> None:
    """A parent killed mid-export: its workers are gone within seconds, not writing PDFs for a minute."""
    script = (
        "import os, sys, time\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "import multiprocessing\n"
        "from trainercoach.exports.evaluations import _end_with_parent\n"
        "def pid(): return os.getpid()\n"
        "if __name__ == '__main__':\n"
        "    pool = ProcessPoolExecutor(2, initializer=_end_with_parent, initargs=(os.getpid(),),\n"
        "                               mp_context=multiprocessing.get_context('spawn'))\n"
        "    pids = {pool.submit(pid).result() for _ in range(4)}\n"
        "    print(*pids, flush=True)\n"
        "    time.sleep(60)\n")
    (tmp_path / "parent.py").write_text(script)
    from tests.core.test_cli import ROOT

    parent = subprocess.Popen([sys.executable, str(tmp_path / "parent.py")], cwd=ROOT, stdout=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert parent.stdout is not None
    workers = [int(p) for p in parent.stdout.readline().split()]
    assert workers
    parent.kill()
    parent.wait()
    deadline = time.time() + 5
    alive = workers
    while alive and time.time() < deadline:
        time.sleep(0.1)
        alive = [p for p in workers if Path(f"/proc/{p}").exists()
                 and "Z" not in Path(f"/proc/{p}/stat").read_text().split()[2]]
    assert not alive, "workers outlived their parent"
