"""Build a one-folder application with PyInstaller, for people without Python (issue 17).

    pip install -e '.[bundle]'      # once: PyInstaller beside the app's own dependencies
    python tools/bundle.py          # writes dist/TrainerCoach/, started as dist/TrainerCoach/TrainerCoach

The folder holds Python, Qt and every library the app imports, and the app's own files where the code looks for
them (``trainercoach/resources``: fonts, style sheet, rubric, demo data, help, the translations compiled here;
``trainercoach/db/migrations``, which Alembic reads as files). Copy the whole folder; nothing is installed.

One program, not two: ``TrainerCoach`` with no arguments (a double-click) or ``TrainerCoach gui [--demo]
[--lang el]`` opens the window, and ``TrainerCoach demo``, ``TrainerCoach list candidates``, ``TrainerCoach
export ...`` are the command line (tools/bundle_entry.py). Two programs would carry the same 200-odd MB of Python,
Qt and SciPy twice or need PyInstaller's MERGE, and take twice the build, for no gain: both are the one
``trainercoach.cli.main``, which loads Qt only for ``gui``. It is built as a console program, so the command line
prints where it was started; on Windows a console then opens beside the window when it is started by a
double-click, the price of one program.

Built from this source checkout (``--paths``: its ``trainercoach`` before any installed copy), in the Python that
runs this script, which needs the app's dependencies and PyInstaller. Left out, to keep the folder and the build
smaller: the test tools, the other Qt bindings matplotlib would look for, Tk, pandas. A bundle is made for the
system it is built on (Linux here; Windows and macOS build theirs on their own machines).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "TrainerCoach"
# Imported by name at run time, where PyInstaller's analysis of the code cannot see them: Alembic's migration
# scripts (read as files), SQLAlchemy's dialects (chosen from the database URL), psycopg's compiled half,
# matplotlib's SVG writer (chosen by savefig's format: the PDFs' charts) and its Agg canvas (PNG, the windows').
HIDDEN = ["alembic.op", "alembic.context", "sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.postgresql.psycopg",
          "psycopg_binary", "matplotlib.backends.backend_svg", "matplotlib.backends.backend_agg", "platformdirs.unix",
          "keyring"]
# Never needed by the app, but found by the analysis through optional imports of its libraries.
EXCLUDED = ["tkinter", "_tkinter", "matplotlib.backends._backend_tk", "PyQt5", "PyQt6", "PySide2", "pytest",
            "_pytest", "pytestqt", "hypothesis", "IPython", "pandas", "pingouin", "statsmodels", "mypy", "pypdf",
            "sphinx", "docutils", "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtOpenGL",
            "PySide6.QtDBus", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtConcurrent", "PySide6.QtXml"]


def stage(work: Path) -> tuple[Path, Path]:
    """The app's run-time files, copied into ``work``: resources/ with the .qm files compiled afresh from the
    translations' .ts sources (as the wheel's build does; the .ts files go too, the core reads its words from
    them without Qt), and the migrations less their byte code."""
    subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "build"], cwd=ROOT, check=True)
    resources, migrations = work / "staged" / "resources", work / "staged" / "migrations"
    for target in (resources, migrations):
        if target.exists():
            shutil.rmtree(target)
    shutil.copytree(ROOT / "resources", resources, ignore=shutil.ignore_patterns("__pycache__"))
    for lang in ("el", "zh_CN"):
        if not (resources / "translations" / f"trainercoach_{lang}.qm").is_file():
            raise SystemExit(f"tools/translations.py build wrote no trainercoach_{lang}.qm")
    shutil.copytree(ROOT / "trainercoach" / "db" / "migrations", migrations,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return resources, migrations


def pyinstaller_arguments(dist: Path, work: Path, resources: Path, migrations: Path) -> list[str]:
    """PyInstaller's command line: no spec file to keep in step with the code, everything said here."""
    arguments = ["--noconfirm", "--onedir", "--console", "--name", NAME, "--log-level", "WARN",
                 "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), "--specpath", str(work),
                 "--paths", str(ROOT),
                 "--add-data", f"{resources}{os.pathsep}trainercoach/resources",
                 "--add-data", f"{migrations}{os.pathsep}trainercoach/db/migrations"]
    # All of the app's own modules: the windows are imported by name (cli.py loads Qt only for ``gui``), and
    # so are some late imports that keep the first window quick.
    arguments += ["--collect-submodules", "trainercoach"]
    for module in HIDDEN:
        arguments += ["--hidden-import", module]
    for module in EXCLUDED:
        arguments += ["--exclude-module", module]
    return [*arguments, str(ROOT / "tools" / "bundle_entry.py")]


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def build(dist: Path, work: Path) -> Path:
    """Build the bundle into ``dist/TrainerCoach``; returns its program."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("PyInstaller is not installed in this Python: pip install -e '.[bundle]'") from None
    work.mkdir(parents=True, exist_ok=True)
    resources, migrations = stage(work)
    subprocess.run([sys.executable, "-m", "PyInstaller", *pyinstaller_arguments(dist, work, resources, migrations)],
                   cwd=ROOT, check=True)
    program = dist / NAME / (NAME + (".exe" if os.name == "nt" else ""))
    if not program.is_file():
        raise SystemExit(f"PyInstaller wrote no {program}")
    return program


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the folder goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle",
                        help="PyInstaller's working folder (default: build/bundle/)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    program = build(args.dist.resolve(), args.work.resolve())
    size = folder_size(program.parent)
    print(f"{program} ({size / 2**20:.0f} MB, built in {time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
