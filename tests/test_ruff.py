"""The linter is part of the suite: ``ruff check`` over the code, the tests, the tools and the benchmark finds
nothing, unused ``noqa`` comments included (RUF100), so a lint slip fails the same run as a broken test."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECKED = ("trainercoach", "tests", "tools", "benchmarks")


def ruff() -> str:
    found = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert found, "ruff is a test dependency (pip install -e '.[test]')"
    return found


def test_ruff_finds_nothing() -> None:
    result = subprocess.run([ruff(), "check", "--no-cache", *CHECKED], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_sees_an_unused_noqa(tmp_path: Path) -> None:
    """The check can fail, and RUF100 is on: a ``noqa`` that excuses nothing is reported."""
    sample = tmp_path / "sample.py"
    sample.write_text("VALUE = 1  # noqa: E501\n", encoding="utf-8")
    result = subprocess.run([ruff(), "check", "--no-cache", "--config", str(ROOT / "pyproject.toml"), str(sample)],
                            capture_output=True, text=True)
    assert result.returncode == 1 and "RUF100" in result.stdout
