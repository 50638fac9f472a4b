"""The user's real database is never touched by the demo or by the tests, and what the app writes is private."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from trainercoach import paths
from trainercoach.services import CandidateForm, Coach

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX homes and file modes")


def fingerprint(folder: Path) -> dict[str, str]:
    """The database, its journal files and its backups (the window's settings file may change: it is not data)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "settings.ini"}


def test_the_tests_run_in_a_data_folder_of_their_own(private_home: Path) -> None:
    real = Path(platformdirs.user_data_dir(paths.APP_NAME, appauthor=False))
    assert paths.data_dir() == private_home != real
    assert paths.default_database_path().parent == private_home
    coach = Coach.open(None)  # "the default database", as the app opens it
    try:
        assert coach.db.path == private_home / "trainercoach.sqlite3"
    finally:
        coach.close()


@posix_only
def test_the_demo_never_writes_the_real_database(tmp_path: Path) -> None:
    home = tmp_path / "someone"
    env = {k: v for k, v in os.environ.items()
           if k not in ("TRAINERCOACH_HOME", "TRAINERCOACH_DB", "XDG_DATA_HOME", "TRAINERCOACH_PAUSE_AT")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    real_folder = home / ".local" / "share" / paths.APP_NAME
    real = real_folder / "trainercoach.sqlite3"
    real_folder.mkdir(parents=True)
    coach = Coach.open(real, actor="Μαρία")
    coach.candidates.add(CandidateForm(name="A real candidate, 张伟"))
    coach.close()
    before = fingerprint(real_folder)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=300)

    no_target = run("-m", "trainercoach", "demo")
    assert no_target.returncode == 1 and "--db PATH" in no_target.stderr
    onto_real = run("-m", "trainercoach", "demo", "--db", str(real))
    assert onto_real.returncode == 1 and "already exists" in onto_real.stderr
    elsewhere = run("-m", "trainercoach", "demo", "--db", str(tmp_path / "demo.sqlite3"))
    assert elsewhere.returncode == 0, elsewhere.stderr
    app_demo = run("-c", "from trainercoach.gui.app import Launcher, make_application\n"
                         "app = make_application()\n"
                         "launcher = Launcher()\n"
                         "window = launcher.open(None, True)\n"
                         "print(window.coach.db.path)\n"
                         "window.close()\n"
                         "launcher.close()\n")
    assert app_demo.returncode == 0, app_demo.stderr
    demo_path = Path(app_demo.stdout.strip().splitlines()[-1])
    assert real_folder not in demo_path.parents

    assert fingerprint(real_folder) == before
    assert not (real_folder / "backups").exists()
    coach = Coach.open(real)
    try:
        assert [row.name for row in coach.candidates.list()] == ["A real candidate, 张伟"]
    finally:
        coach.close()


@posix_only
def test_the_data_folder_the_databases_and_the_demo_are_private(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRAINERCOACH_HOME", str(tmp_path / "new" / "home"))
    folder = paths.data_dir()
    assert folder.stat().st_mode & 0o777 == 0o700
    coach = Coach.open(None)
    coach.candidates.add(CandidateForm(name="x"))
    coach.close()
    for path in folder.iterdir():
        assert path.stat().st_mode & 0o777 == 0o600, path
    from trainercoach.demo import write_demo

    write_demo(tmp_path / "demo.sqlite3")
    assert (tmp_path / "demo.sqlite3").stat().st_mode & 0o777 == 0o600
