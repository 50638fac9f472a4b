"""The layers below the services stay below them: records, analytics, charts and reports import neither the
services, nor the database, nor the models (nor SQLAlchemy), so a chart or a PDF can be built from plain records
and a report can only lay out what one service call read (DESIGN.md, "A report reads its data once")."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "trainercoach"
LOWER = ("records", "analytics", "charts", "reports")
FORBIDDEN = ("trainercoach.services", "trainercoach.db", "trainercoach.models", "sqlalchemy")


def _forbidden(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN)


def upward_imports(source: str) -> list[str]:
    """What ``source`` imports from the services, the database, the models or SQLAlchemy: import statements
    anywhere (in functions and under TYPE_CHECKING too), and ``from trainercoach import services``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if _forbidden(alias.name)]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if _forbidden(node.module):
                found.append(node.module)
            elif node.module == "trainercoach":
                found += [f"trainercoach.{a.name}" for a in node.names if _forbidden(f"trainercoach.{a.name}")]
    return found


@pytest.mark.parametrize("snippet", [
    "from trainercoach.services.coach import Coach",
    "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from trainercoach.services.coach import Coach",
    "def later():\n    from trainercoach.services import Coach\n    return Coach",
    "import trainercoach.db.engine",
    "from trainercoach import models",
    "from trainercoach.models import TRAITS",
    "from sqlalchemy.orm import Session",
])
def test_the_static_check_finds_an_upward_import(snippet: str) -> None:
    assert upward_imports(snippet), snippet


@pytest.mark.parametrize("snippet", [
    "from trainercoach.records.effectiveness import Programme",
    "from trainercoach.analytics.stats import Estimate",
    "from trainercoach import i18n",
    "import trainercoach.servicesish",
])
def test_the_static_check_lets_the_lower_layers_be(snippet: str) -> None:
    assert upward_imports(snippet) == []


def test_records_analytics_charts_and_reports_never_import_upwards() -> None:
    files = [path for layer in LOWER for path in sorted((PACKAGE / layer).rglob("*.py"))]
    assert PACKAGE / "records" / "effectiveness.py" in files and PACKAGE / "reports" / "evaluation.py" in files
    offenders = {str(path.relative_to(ROOT)): found for path in files
                 if (found := upward_imports(path.read_text(encoding="utf-8")))}
    assert offenders == {}


def test_importing_charts_reports_and_records_loads_no_service_database_or_sqlalchemy(tmp_path: Path) -> None:
    modules = sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1] if path.name == "__init__.py"
                 else path.relative_to(ROOT).with_suffix("").parts)
        for layer in ("charts", "reports", "records") for path in (PACKAGE / layer).rglob("*.py")
    )
    assert {"trainercoach.charts", "trainercoach.reports.evaluation", "trainercoach.reports.batch",
            "trainercoach.records.reports"} <= set(modules)
    script = textwrap.dedent(f"""
        import importlib, json, sys
        for name in {modules!r}:
            importlib.import_module(name)
        loaded = sorted(m for m in sys.modules
                        if m.split(".")[0] == "sqlalchemy"
                        or m.startswith(("trainercoach.services", "trainercoach.db", "trainercoach.models")))
        print(json.dumps(loaded))
    """)
    env = dict(os.environ, TRAINERCOACH_HOME=str(tmp_path / "home"))
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
