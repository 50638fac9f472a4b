"""The README's two commands are the real way in: CI runs the test one, and its exit status is pytest's own."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = ["python3 tools/dev.py app", "python3 tools/dev.py test"]


def commands(text: str) -> list[str]:
    """The lines of a shell snippet that run something: comments and blank lines dropped."""
    found = []
    for line in text.splitlines():
        command = line.split("#", 1)[0].strip()
        if command:
            found.append(re.sub(r"\s+", " ", command))
    return found


def first_code_block(markdown: str) -> str:
    match = re.search(r"^```[^\n]*\n(.*?)^```", markdown, flags=re.MULTILINE | re.DOTALL)
    assert match, "the README has no code block"
    return match.group(1)


def test_the_readme_starts_with_exactly_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert commands(first_code_block(readme)) == COMMANDS
    # ... and they come before anything else a newcomer might try first.
    assert readme.index("```") < readme.index("## ")


def test_ci_runs_the_readmes_test_command() -> None:
    script = ROOT / ".ci" / "run"
    body = [line for line in commands(script.read_text(encoding="utf-8")) if not line.startswith(("set ", "cd "))]
    assert body == [COMMANDS[1]]
    assert "set -euo pipefail" in script.read_text(encoding="utf-8")
    if sys.platform != "win32":
        assert os.access(script, os.X_OK)


def test_the_helpers_see_what_they_should() -> None:
    assert commands("# only a comment\n\n  python3  tools/dev.py   app   # opens it\n") == [COMMANDS[0]]
    assert first_code_block("intro\n```sh\nfirst\n```\n```\nsecond\n```\n") == "first\n"


def dev_test(*pytest_args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "tools" / "dev.py"), "test", *pytest_args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_dev_py_passes_on_pytests_exit_status_when_no_test_ran() -> None:
    result = dev_test("-q", "-p", "no:cacheprovider", "-k", "no_such_test_xyz", "tests/test_readme.py")
    assert result.returncode == 5, result.stdout + result.stderr
    assert "deselected" in result.stdout


def test_dev_py_passes_on_a_usage_error() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "dev.py")], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2
    assert "python3 tools/dev.py test" in result.stdout
