"""The bundle for people without Python (tools/bundle.py, issue 17): built with PyInstaller from a clean copy of
the tree, then run from a folder outside it with nothing of Python's on the path. Its command line writes the
demo and PDFs (read back: a candidate's name, Greek text), and its window opens offscreen in the three languages,
each through another way of starting it, until it has shown the dashboard.

Slow: the build takes 1.5 to 3 minutes on a shared two-core machine (87 s idle, 134-188 s with other work
running; about 370 MB of Python, Qt, SciPy and the app), the whole module about 4 minutes; built once for it.
PyInstaller comes with the test extra (pyproject.toml), so CI runs this; without it the test fails rather than
skips, as a missing dependency should.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tests.outside import (
    EMPTY_FONTCONFIG,
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
NAME = "TrainerCoach"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """(the bundled program, a working folder outside the tree, the environment of a shell with no Python)."""
    base = tmp_path_factory.mktemp("bundle")
    source = clean_copy(base / "source")  # as a fresh clone: no .qm yet, no build/
    build_env = dict(os.environ, PYTHONIOENCODING="utf-8")
    # This tree's own folder off the path, so the bundle can only be built from the copy's code.
    build_env["PYTHONPATH"] = os.pathsep.join(part for part in build_env.get("PYTHONPATH", "").split(os.pathsep)
                                              if part and Path(part).resolve() != ROOT)
    run([sys.executable, str(source / "tools" / "bundle.py"), "--dist", str(base / "dist"), "--work",
         str(base / "work")], cwd=source, env=build_env, timeout=1800)
    analysis = (base / "work" / "pyinstaller" / NAME / "Analysis-00.toc").read_text(encoding="utf-8")
    assert f"'{source / 'trainercoach' / 'cli.py'}'" in analysis, "the bundle's code is not the clean copy's"
    program = base / "dist" / NAME / (NAME + (".exe" if os.name == "nt" else ""))
    work = base / "elsewhere"
    work.mkdir()
    env = outside_env(base / "home")
    # Not this Python's environment either: the bundle must not lean on it.
    env["PATH"] = os.pathsep.join(part for part in env.get("PATH", "").split(os.pathsep)
                                  if part and Path(part).resolve() != Path(sys.executable).parent.resolve())
    return program, work, env


def test_the_bundle_carries_the_apps_files_and_not_the_tests(bundle: tuple[Path, Path, dict[str, str]]) -> None:
    program, _work, _env = bundle
    internal = program.parent / "_internal"
    packaged = internal / "trainercoach"
    for needed in ("resources/style.qss", "resources/fonts/DejaVuSans.ttf", "resources/fonts/DejaVuSans-Bold.ttf",
                   "resources/fonts/DroidSansFallbackFull.ttf", "resources/fonts/Symbola.ttf",
                   "resources/fonts/LICENSE-DejaVu.txt", "resources/rubrics/observation_rubric.json",
                   "resources/demo/small.json", "resources/help/help_el.html", "resources/trainercoach.svg",
                   "resources/translations/trainercoach_el.qm", "resources/translations/trainercoach_zh_CN.qm",
                   "resources/translations/trainercoach_el.ts", "db/migrations/env.py"):
        assert (packaged / needed).is_file(), f"the bundle has no {needed}"
    assert len(list((packaged / "db" / "migrations" / "versions").glob("0*.py"))) >= 10
    for left_out in ("pytest", "_pytest", "tkinter", "pandas", "hypothesis", "tests"):
        assert not (internal / left_out).exists(), f"the bundle carries {left_out}"


def test_the_bundled_command_line_writes_the_demo_and_pdfs(bundle: tuple[Path, Path, dict[str, str]]) -> None:
    program, work, env = bundle
    cli = str(program)
    run([cli, "demo", "--db", "demo.sqlite3", "--lang", "en"], cwd=work, env=env)
    candidates = json.loads(run([cli, "list", "candidates", "--json", "--db", "demo.sqlite3"],
                                cwd=work, env=env).stdout)
    assert len(candidates) > 10
    first = candidates[0]
    run([cli, "db", "check", "--db", "demo.sqlite3"], cwd=work, env=env)

    run([cli, "export", "trainer", "--id", str(first["id"]), "--out", "trainer", "--db", "demo.sqlite3"],
        cwd=work, env=env)
    text = pdf_text(work / "trainer")
    assert first["name"].split()[0] in text, text[:500]

    run([cli, "export", "programme", "--lang", "el", "--out", "programme", "--db", "demo.sqlite3"],
        cwd=work, env=env)
    text = pdf_text(work / "programme")
    assert greek_letters(text) > 100, text[:500]  # written in Greek: the core's words, read from the .ts files

    run([cli, "demo", "--db", "demo-zh.sqlite3", "--lang", "zh_CN"], cwd=work, env=env)
    run([cli, "export", "programme", "--lang", "zh_CN", "--out", "programme-zh", "--db", "demo-zh.sqlite3"],
        cwd=work, env=env)
    text = pdf_text(work / "programme-zh")
    assert sum("\u4e00" <= char <= "\u9fff" for char in text) > 100, text[:500]


# Three ways to open the window: with a window option only (as a shortcut would), with the ``gui`` command, and
# with no argument at all (a double-click), which opens, and so creates, the person's own database.
@pytest.mark.parametrize(("lang", "arguments"), [("zh_CN", ["--demo", "--lang", "zh_CN"]),
                                                 ("el", ["gui", "--demo", "--lang", "el"]),
                                                 ("en", [])])
def test_the_bundled_window_shows_the_dashboard(bundle: tuple[Path, Path, dict[str, str]], lang: str,
                                                arguments: list[str]) -> None:
    program, work, env = bundle
    env = dict(env, TRAINERCOACH_EXIT_WHEN_READY="1", LANGUAGE="en", LC_ALL="C.UTF-8", LANG="C.UTF-8")
    output = run([str(program), *arguments], cwd=work, env=env, timeout=300).stdout
    assert_dashboard_shown(ready_report(output), lang)
    if not arguments:
        assert (Path(env["TRAINERCOACH_HOME"]) / "trainercoach.sqlite3").is_file()


@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig, as on Linux desktops")
def test_the_bundled_window_with_no_fonts_but_its_own(bundle: tuple[Path, Path, dict[str, str]],
                                                      tmp_path: Path) -> None:
    """On a machine whose fontconfig knows no fonts, the bundle draws its windows in its own DejaVu Sans, headings
    in the bold face (as tests/gui/test_fonts_and_about.py proves for the source tree)."""
    program, work, env = bundle
    config = tmp_path / "fonts.conf"
    config.write_text(EMPTY_FONTCONFIG.format(cache=tmp_path / "cache"), encoding="utf-8")
    shot = tmp_path / "bundle-el.png"
    env = dict(env, TRAINERCOACH_EXIT_WHEN_READY="1", FONTCONFIG_FILE=str(config), TRAINERCOACH_SCREENSHOT=str(shot))
    report = ready_report(run([str(program), "--demo", "--lang", "el"], cwd=work, env=env, timeout=300).stdout)
    assert_dashboard_shown(report, "el")
    assert report["ui_family"] == report["heading_family"] == "DejaVu Sans", report
    assert shot.stat().st_size > 10_000
