"""Installed as people install applications: the wheel built from a clean copy of the tree, into a fresh
virtual environment, run from a folder outside the source tree (issue 17).

The wheel is built from an sdist of the tree, so both are proved: the sdist carries the sources (resources/, ui/,
setup.py), and the wheel built from it carries everything the app reads at run time (trainercoach/resources, the
translations compiled). Then, with nothing of the source tree on the path: the command line's demo, list and
exports (the PDFs read back), and the window offscreen in English, Greek and Chinese, until it has shown the
dashboard, with its style sheet and translations.

Slow (about a minute and a half here: building, then ``pip install`` of the wheel and its dependencies into a new
environment, which pip takes from its cache or the index); run in CI.
"""

from __future__ import annotations

import json
import os
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.outside import (
    ROOT,
    assert_dashboard_shown,
    clean_copy,
    greek_letters,
    outside_env,
    pdf_text,
    ready_report,
    run,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """(the fresh environment's bin folder, a working folder outside the tree, its environment)."""
    base = tmp_path_factory.mktemp("install")
    source = clean_copy(base / "source")
    dist = base / "dist"
    build_env = outside_env(base / "build-home")
    # The sdist, by setuptools itself (no `build` package needed), then the wheel from the sdist, as pip would.
    # A Python without setuptools beside pip (3.12+ venvs) builds the wheel straight from the copy instead.
    try:
        import setuptools  # noqa: F401
    except ImportError:
        built_from = source
    else:
        run([sys.executable, "-c", f"from setuptools import build_meta; build_meta.build_sdist({str(dist)!r})"],
            cwd=source, env=build_env)
        built_from = next(dist.glob("trainercoach-*.tar.gz"))
        with tarfile.open(built_from) as archive:
            names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
        for needed in ("setup.py", "resources/style.qss", "resources/fonts/DejaVuSans.ttf",
                       "resources/translations/trainercoach_el.ts", "resources/demo/small.json", "ui/main_window.ui"):
            assert needed in names, f"the sdist has no {needed}"
        assert not any(name.endswith(".qm") for name in names), "the sdist ships .qm: they are built, not shipped"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(built_from)],
        cwd=base, env=build_env)
    wheel = next(dist.glob("trainercoach-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = archive.read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    for needed in ("style.qss", "fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "fonts/LICENSE-DejaVu.txt",
                   "fonts/DroidSansFallbackFull.ttf", "fonts/LICENSE-DroidSansFallback-Apache-2.0.txt",
                   "fonts/Symbola.ttf", "fonts/LICENSE-Symbola.txt", "rubrics/observation_rubric.json",
                   "demo/small.json", "translations/trainercoach_el.ts", "translations/trainercoach_el.qm",
                   "translations/trainercoach_zh_CN.qm", "trainercoach.desktop", "trainercoach.svg"):
        assert f"trainercoach/resources/{needed}" in names, f"the wheel has no {needed}"
    assert "trainercoach = trainercoach.cli:main" in entry_points
    assert "trainercoach-gui = trainercoach.gui.app:main" in entry_points

    venv = base / "venv"
    run([sys.executable, "-m", "venv", str(venv)], cwd=base, env=build_env)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)], cwd=base, env=build_env,
        timeout=900)
    work = base / "elsewhere"
    work.mkdir()
    return bin_dir, work, outside_env(base / "home")


def test_the_installed_package_is_not_the_source_tree(installed: tuple[Path, Path, dict[str, str]]) -> None:
    bin_dir, work, env = installed
    found = run([str(bin_dir / "python"), "-c", "import trainercoach.paths as p; print(p.__file__); "
                 "print(p.RESOURCES)"], cwd=work, env=env).stdout.splitlines()
    assert all(str(ROOT) not in line for line in found), found
    assert found[1].endswith(os.path.join("trainercoach", "resources")), found


def test_the_command_line_works_from_another_folder(installed: tuple[Path, Path, dict[str, str]]) -> None:
    bin_dir, work, env = installed
    cli = str(bin_dir / "trainercoach")
    run([cli, "demo", "--db", "demo.sqlite3", "--lang", "en"], cwd=work, env=env)
    candidates = json.loads(run([cli, "list", "candidates", "--json", "--db", "demo.sqlite3"],
                                cwd=work, env=env).stdout)
    assert len(candidates) > 10
    first = candidates[0]
    run([cli, "db", "check", "--db", "demo.sqlite3"], cwd=work, env=env)
    run([cli, "export-list", "candidates", "--out", "candidates.xlsx", "--db", "demo.sqlite3"], cwd=work, env=env)
    assert (work / "candidates.xlsx").stat().st_size > 0

    run([cli, "export", "trainer", "--id", str(first["id"]), "--out", "trainer", "--db", "demo.sqlite3"],
        cwd=work, env=env)
    text = pdf_text(work / "trainer")
    assert first["name"].split()[0] in text, text[:500]

    run([cli, "export", "programme", "--lang", "el", "--out", "programme", "--db", "demo.sqlite3"],
        cwd=work, env=env)
    text = pdf_text(work / "programme")
    assert greek_letters(text) > 100, text[:500]  # written in Greek

    run([cli, "demo", "--db", "demo-el.sqlite3", "--lang", "el"], cwd=work, env=env)
    listing = run([str(bin_dir / "python"), "-c", "import sqlite3; print([r[0] for r in sqlite3.connect("
                   "'demo-el.sqlite3').execute('select name from stage')])"], cwd=work, env=env).stdout
    assert greek_letters(listing) > 20, listing


@pytest.mark.parametrize("lang", ["en", "el", "zh_CN"])
def test_the_window_shows_the_dashboard_translated_and_styled(installed: tuple[Path, Path, dict[str, str]],
                                                              lang: str) -> None:
    bin_dir, work, env = installed
    env = dict(env, TRAINERCOACH_EXIT_WHEN_READY="1")
    command = [str(bin_dir / "trainercoach-gui"), "--demo", "--lang", lang] if lang != "en" else \
        [str(bin_dir / "python"), "-m", "trainercoach", "gui", "--demo", "--lang", "en"]
    output = run(command, cwd=work, env=env, timeout=300).stdout
    assert_dashboard_shown(ready_report(output), lang)
