"""Designer forms and the code that uses them must agree, and the compiled forms must be current."""

from __future__ import annotations

import ast
import difflib
import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "ui").glob("*.ui"))
GUI = ROOT / "trainercoach" / "gui"
COMPILED = GUI / "forms"


def build_forms():  # the tools/build_forms.py module
    spec = importlib.util.spec_from_file_location("build_forms_tool", ROOT / "tools" / "build_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def differences(compiled: Path, generated: Path) -> list[str]:
    """A unified diff for every compiled form whose text is not what the tool generates now."""
    found = []
    for fresh in sorted(generated.glob("ui_*.py")):
        kept = compiled / fresh.name
        ours = kept.read_text(encoding="utf-8").splitlines(keepends=True) if kept.exists() else []
        diff = list(difflib.unified_diff(ours, fresh.read_text(encoding="utf-8").splitlines(keepends=True),
                                         str(kept.relative_to(ROOT) if kept.is_relative_to(ROOT) else kept),
                                         "generated from ui/" + fresh.name.removeprefix("ui_").replace(".py", ".ui")))
        if diff:
            found.append("".join(diff[:40]))
    return found


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every form compiled now by the same tool (pyside6-uic and its clean-ups), into a folder of its own."""
    folder = tmp_path_factory.mktemp("forms")
    tool = build_forms()
    for form in FORMS:
        tool.build(form, folder)
    return folder


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


def test_every_compiled_form_is_exactly_what_the_tool_makes(generated: Path) -> None:
    assert sorted(p.name for p in generated.glob("ui_*.py")) == sorted(f"ui_{f.stem}.py" for f in FORMS)
    assert sorted(p.name for p in COMPILED.glob("ui_*.py")) == sorted(f"ui_{f.stem}.py" for f in FORMS)
    found = differences(COMPILED, generated)
    assert not found, "A compiled form differs from its .ui (edit the .ui, then python tools/build_forms.py):\n" + \
        "\n".join(found)


def test_a_hand_edit_of_a_compiled_form_is_seen(generated: Path, tmp_path: Path) -> None:
    """The comparison must be able to fail: one changed word in a compiled form, its hash line untouched."""
    for fresh in generated.glob("ui_*.py"):
        (tmp_path / fresh.name).write_text(fresh.read_text(encoding="utf-8"), encoding="utf-8")
    assert differences(tmp_path, generated) == []
    edited = sorted(tmp_path.glob("ui_*.py"))[0]
    text = edited.read_text(encoding="utf-8")
    assert "QCoreApplication.translate(" in text
    edited.write_text(text.replace("QCoreApplication.translate(", "QCoreApplication.translate( ", 1), encoding="utf-8")
    [found] = differences(tmp_path, generated)
    assert edited.name in found and "QCoreApplication.translate( " in found


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
