"""No import circles inside trainercoach/: every dependency goes one way, so each module can be read, tested and
changed from the bottom up.

The graph is read from the source (the AST), not from what happens to be imported at run time: module-level,
function-level and ``TYPE_CHECKING`` imports all count, since a function-level import is a circle hidden from
the linter, not a circle removed. ``from package import name`` counts as importing ``package.name`` when that
is a module, and ``package`` otherwise. A package's ``__init__`` is not counted as imported by its submodules.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "trainercoach"

# The one circle the design allows: the services name ``Coach`` (which holds them all) in type hints only.
TYPE_ONLY_ALLOWED = "trainercoach.services.coach"

# Circles outside this change, each a sorted tuple of the modules in it. Being removed by the GUI work;
# empty this set when that is merged (the test below says when an entry is no longer found).
KNOWN: set[tuple[str, ...]] = set()  # none left; a circle that must stay a while is named here with its reason


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE.rglob("*.py")}


def _type_checking_lines(tree: ast.AST) -> set[int]:
    """Line numbers of statements under ``if TYPE_CHECKING:`` (or ``typing.TYPE_CHECKING``)."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If):
            test = node.test
            name = test.id if isinstance(test, ast.Name) else test.attr if isinstance(test, ast.Attribute) else ""
            if name == "TYPE_CHECKING":
                for child in node.body:
                    for inner in ast.walk(child):
                        if hasattr(inner, "lineno"):
                            lines.add(inner.lineno)
    return lines


def imports(name: str, path: Path, known: dict[str, Path]) -> Iterator[tuple[str, bool]]:
    """(imported module, whether only for type checking) for every import in the file, wherever it is."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = _type_checking_lines(tree)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in known:
                    yield alias.name, node.lineno in typing_only
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module or ""
            if not source.startswith("trainercoach"):
                continue
            for alias in node.names:
                target = f"{source}.{alias.name}"
                found = target if target in known else source if source in known else None
                if found is not None:
                    yield found, node.lineno in typing_only


def graph() -> dict[str, set[str]]:
    known = modules()
    edges: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        for target, typing_only in imports(name, path, known):
            if target == name:
                continue
            if typing_only and target == TYPE_ONLY_ALLOWED and name.startswith("trainercoach.services."):
                continue
            edges[name].add(target)
    return edges


def cycles(edges: dict[str, set[str]]) -> set[tuple[str, ...]]:
    """The strongly connected components with more than one module (Tarjan's algorithm, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[tuple[str, ...]] = set()
    counter = 0
    for start in sorted(edges):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.add(tuple(sorted(component)))
    return found


def test_the_finder_sees_a_circle_through_a_function_level_import() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(edges) == {("a", "b", "c")}
    assert cycles({"a": {"b"}, "b": set()}) == set()


def test_the_graph_reads_every_kind_of_import() -> None:
    edges = graph()
    assert "trainercoach.db.engine" in edges["trainercoach.db.lifecycle"]  # module level
    assert "trainercoach.db.migrate" in edges["trainercoach.db.lifecycle"]  # from package import module
    assert "trainercoach.db" in edges["trainercoach.cli"] or any(
        target.startswith("trainercoach.db.") for target in edges["trainercoach.cli"])


def test_there_are_no_import_circles() -> None:
    new = sorted(cycles(graph()) - KNOWN)
    assert not new, "Import circles:\n" + "\n".join(" <-> ".join(c) for c in new)


def test_every_known_circle_is_still_there() -> None:
    gone = sorted(KNOWN - cycles(graph()))
    assert not gone, f"No longer circles; remove them from KNOWN: {gone}"
