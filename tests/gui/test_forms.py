"""Designer forms and the code that uses them must agree, and the compiled forms must be current."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "ui").glob("*.ui"))
GUI = ROOT / "trainercoach" / "gui"


def form_names(form: Path) -> set[str]:
    tree = ET.parse(form)
    names = {el.get("name") for el in tree.iter() if el.tag in ("widget", "action", "layout", "spacer")}
    return {name for name in names if name} | {"setupUi", "retranslateUi"}


def uses_of_forms() -> list[tuple[Path, str, set[str]]]:
    """Each GUI module that builds a form, the form's name, and every ``ui.<name>`` the module reads."""
    found = []
    for module in GUI.rglob("*.py"):
        if "forms" in module.parts:
            continue
        source = module.read_text(encoding="utf-8")
        for match in re.finditer(r"from trainercoach\.gui\.forms\.ui_(\w+) import", source):
            tree = ast.parse(source)
            attributes = {
                node.attr for node in ast.walk(tree)
                if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute)
                and node.value.attr == "ui"
            } | {
                node.attr for node in ast.walk(tree)
                if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "ui"
            }
            found.append((module, match.group(1), attributes))
    return found


def test_every_form_is_compiled_and_current() -> None:
    assert FORMS, "no forms found in ui/"
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "build_forms.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("module,form,attributes", uses_of_forms(), ids=lambda v: getattr(v, "name", str(v)))
def test_code_uses_only_widgets_the_form_has(module: Path, form: str, attributes: set[str]) -> None:
    ui_file = ROOT / "ui" / f"{form}.ui"
    assert ui_file.exists(), f"{module.name} imports a form {form}.ui that does not exist"
    missing = attributes - form_names(ui_file)
    assert not missing, f"{module.relative_to(ROOT)} uses {sorted(missing)}, which {ui_file.name} does not define"


def test_the_check_sees_a_disagreement(tmp_path: Path) -> None:
    """The agreement check must be able to fail: a widget renamed in a form is reported."""
    form = tmp_path / "x.ui"
    form.write_text('<ui><widget class="QDialog" name="X"><widget class="QLineEdit" name="renamedEdit"/></widget></ui>')
    assert "nameEdit" not in form_names(form)
    assert "renamedEdit" in form_names(form)


def test_every_form_is_used() -> None:
    used = {form for _, form, _ in uses_of_forms()}
    assert {f.stem for f in FORMS} <= used
