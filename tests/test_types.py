"""The type checker is part of the suite: mypy, with the settings in pyproject.toml ([tool.mypy]: strict for the
core, mypy's default level for the windows), finds nothing in trainercoach/, so a slip in types (a None not
handled, a wrong argument) fails the same run as a broken test. Stale ``# type: ignore`` comments count too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".mypy_cache"  # kept between runs (git ignores it): a second run takes seconds, not a minute


def mypy(*args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("MYPY")}
    return subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(CACHE), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True)


def test_mypy_finds_nothing() -> None:
    result = mypy()  # files, strictness and overrides come from pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout, result.stdout + result.stderr


def test_mypy_sees_an_error(tmp_path: Path) -> None:
    """The check can fail, strictly: a function without annotations and a stale ignore are both reported."""
    sample = tmp_path / "sample.py"
    sample.write_text("def double(value):\n    return value * 2\n\n\nVALUE: int = 1  # type: ignore[assignment]\n",
                      encoding="utf-8")
    result = mypy("--config-file", str(ROOT / "pyproject.toml"), str(sample))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "[no-untyped-def]" in result.stdout and "[unused-ignore]" in result.stdout, result.stdout
