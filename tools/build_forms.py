"""Compile the Qt Designer forms in ui/ into Python modules under trainercoach/gui/forms/.

The app imports the compiled modules, so start-up never parses a form. Each module records the hash of the
form it came from; tests/gui/test_forms.py fails when a form changed and was not rebuilt, and when a compiled
module differs by a character from what this tool makes of its form (a hand edit).

    python tools/build_forms.py          rebuild every form that changed
    python tools/build_forms.py --check  exit 1 if any form is out of date
"""

from __future__ import annotations

import ast
import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "ui"
OUT = ROOT / "trainercoach" / "gui" / "forms"
MARK = "# source-sha256: "


def source_hash(form: Path) -> str:
    return hashlib.sha256(form.read_bytes()).hexdigest()


def module_for(form: Path) -> Path:
    return OUT / f"ui_{form.stem}.py"


def recorded_hash(module: Path) -> str | None:
    if not module.exists():
        return None
    first = module.read_text(encoding="utf-8").splitlines()[0]
    return first.removeprefix(MARK) if first.startswith(MARK) else None


def stale_forms() -> list[Path]:
    return [f for f in sorted(FORMS.glob("*.ui")) if recorded_hash(module_for(f)) != source_hash(f)]


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found: install the project first (pip install -e .)")
    return found


def only_used_imports(code: str) -> str:
    """uic imports some thirty Qt classes into every form whatever it uses. PySide6 creates a class, with
    every enum it holds, when it is first imported: the unused ones cost the app's start ~5 ms, and ``Qt``
    itself (the namespace of ~100 enums) ~12 ms. Keep only the names the form uses."""
    tree = ast.parse(code)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = code.splitlines(keepends=True)
    for node in sorted((n for n in tree.body if isinstance(n, ast.ImportFrom)), key=lambda n: -n.lineno):
        names = [alias.name for alias in node.names if (alias.asname or alias.name) in used]
        kept = f"from {node.module} import {', '.join(names)}\n" if names else ""
        lines[node.lineno - 1:node.end_lineno] = [kept]
    return "".join(lines)


def shortcuts_as_lists(code: str) -> str:
    """``action.setShortcut(text)`` makes PySide6 resolve its overloads, creating the whole ``Qt`` namespace
    (Qt.Key alone has 400 members): 13 ms of every start, before the window can show. ``setShortcuts`` with
    a parsed sequence sets the same single shortcut without that."""
    return re.sub(r"^(\s+self\.\w+)\.setShortcut\((QCoreApplication\.translate\(.*\))\)$",
                  r"\1.setShortcuts([QKeySequence.fromString(\2)])", code, flags=re.MULTILINE)


def compiled(form: Path) -> str:
    """The module text for ``form``, exactly as ``build`` writes it (tests/gui/test_forms.py compares it)."""
    code = only_used_imports(shortcuts_as_lists(subprocess.run([uic(), str(form)], check=True,
                                                               capture_output=True, text=True).stdout))
    return f"{MARK}{source_hash(form)}\n{code}"


def build(form: Path, out: Path = OUT) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    module = out / module_for(form).name
    module.write_text(compiled(form), encoding="utf-8")
    return module


def main(argv: list[str]) -> int:
    stale = stale_forms()
    if "--check" in argv:
        for form in stale:
            print(f"out of date: {form.relative_to(ROOT)} (run python tools/build_forms.py)")
        return 1 if stale else 0
    for form in stale:
        build(form)
        print(f"built {module_for(form).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
