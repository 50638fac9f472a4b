"""The core never imports Qt (DESIGN.md): checked in the source, and in a process that really runs the core."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "trainercoach"
GUI = PACKAGE / "gui"
QT = ("PySide6", "shiboken6")
IMPORTERS = {"import_module", "__import__", "import_from_path"}


def _is_qt(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in QT)


def qt_imports(source: str) -> list[str]:
    """The Qt modules ``source`` imports: import statements anywhere (in functions too, and under
    TYPE_CHECKING) and ``importlib.import_module("PySide6...")`` / ``__import__`` with a literal name."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if _is_qt(alias.name)]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and _is_qt(node.module):
            found.append(node.module)
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            first = node.args[0]
            if name in IMPORTERS and isinstance(first, ast.Constant) and isinstance(first.value, str) \
                    and _is_qt(first.value):
                found.append(first.value)
    return found


def core_files() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if GUI not in path.parents)


def core_modules() -> list[str]:
    """Every importable core module; migration scripts are loaded by Alembic, not imported."""
    names = []
    for path in core_files():
        relative = path.relative_to(ROOT).with_suffix("")
        if "migrations" in relative.parts or relative.name == "__main__":
            continue
        parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
        names.append(".".join(parts))
    return names


@pytest.mark.parametrize("snippet", [
    "import PySide6",
    "import PySide6.QtCore",
    "import shiboken6 as sb",
    "from PySide6 import QtWidgets",
    "from PySide6.QtCore import Qt, Signal",
    "def later():\n    from PySide6.QtGui import QFont\n    return QFont",
    "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from PySide6.QtCore import QObject",
    "import os, PySide6.QtWidgets",
    "import importlib\nimportlib.import_module('PySide6.QtWidgets')",
    "from importlib import import_module\nimport_module('shiboken6')",
    "__import__('PySide6')",
])
def test_the_static_check_finds_qt_imports(snippet: str) -> None:
    assert qt_imports(snippet), snippet


@pytest.mark.parametrize("snippet", [
    "import os",
    "import PySide6ish",
    "from trainercoach.gui import labels  # not Qt itself",
    "# import PySide6\nx = 'PySide6 is the GUI toolkit'",
    "from . import PySide6",
])
def test_the_static_check_ignores_what_is_not_a_qt_import(snippet: str) -> None:
    assert qt_imports(snippet) == []


def test_the_core_sources_never_import_qt() -> None:
    files = core_files()
    assert PACKAGE / "cli.py" in files and PACKAGE / "services" / "candidates.py" in files
    assert not any(GUI in path.parents for path in files)
    offenders = {
        str(path.relative_to(ROOT)): found
        for path in files
        if (found := qt_imports(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_the_gui_is_where_qt_is() -> None:
    """The static check looks at the right thing: it does find Qt in the GUI package."""
    assert any(qt_imports(path.read_text(encoding="utf-8")) for path in GUI.rglob("*.py"))


def test_running_the_core_loads_no_qt(tmp_path: Path) -> None:
    modules = core_modules()
    assert {"trainercoach.cli", "trainercoach.services", "trainercoach.demo", "trainercoach.db.lifecycle"} <= set(
        modules)
    script = textwrap.dedent(f"""
        import importlib, json, sys
        from pathlib import Path
        for name in {modules!r}:
            importlib.import_module(name)
        # Importing is not all: run the core as the command line does, lazy imports included.
        from trainercoach.cli import main
        from trainercoach.demo import write_demo
        from trainercoach.services import Coach
        db = Path(sys.argv[1]) / "demo.sqlite3"
        write_demo(db)
        assert main(["db", "check", "--db", str(db)]) == 0
        assert main(["list", "candidates", "--json", "--db", str(db)]) == 0
        coach = Coach.open(db)
        coach.dashboard.load()
        coach.close()
        qt = sorted(m for m in sys.modules if m.split(".")[0] in {QT!r})
        print(json.dumps(qt), file=sys.stderr)
        sys.exit(3 if qt else 0)
    """)
    env = dict(os.environ, TRAINERCOACH_HOME=str(tmp_path / "home"))
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"Qt modules loaded by the core: {result.stderr}"
