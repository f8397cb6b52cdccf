"""The package's shape, read from its source: no import cycles, and Qt only under ``ui/``.

Every ``import`` in ``lbp_desktop/`` counts, including the ones inside functions (a lazy import
is still a dependency: it only moves the cycle from start-up to first use). Imports under
``if TYPE_CHECKING:`` are left out: they exist for the type checker and never run.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "lbp_desktop"
PACKAGE = "lbp_desktop"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node except those under ``if TYPE_CHECKING:`` (their ``else`` branch does run)."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        stack.extend(ast.iter_child_nodes(node))


def _imported_names(module: str, path: Path) -> Iterator[str]:
    """Dotted names this module imports at run time (absolute, relative resolved)."""
    is_package = path.name == "__init__.py"
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            for alias in node.names:
                candidate = f"{prefix}.{alias.name}"
                yield candidate if candidate in MODULES else prefix


def _module_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {name: set() for name in MODULES}
    for name, path in MODULES.items():
        for target in _imported_names(name, path):
            if target in MODULES and target != name:
                graph[name].add(target)
    return graph


def _package_of(module: str) -> str:
    """``lbp_desktop.storage.store`` → ``lbp_desktop.storage``; top-level modules stand alone."""
    parts = module.split(".")
    return ".".join(parts[:2])


def _package_graph(modules: dict[str, set[str]]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for source, targets in modules.items():
        graph[_package_of(source)]
        for target in targets:
            if _package_of(target) != _package_of(source) and target != PACKAGE:
                graph[_package_of(source)].add(_package_of(target))
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one member (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _describe(graph: dict[str, set[str]], component: list[str]) -> str:
    members = set(component)
    edges = [f"{a} -> {b}" for a in component for b in sorted(graph[a]) if b in members]
    return "; ".join(edges)


def test_the_parser_sees_the_package() -> None:
    """Guards the guards below: an import graph with no edges would pass them trivially."""
    graph = _module_graph()
    assert "lbp_desktop.storage.store" in graph
    assert "lbp_desktop.storage.connection" in graph["lbp_desktop.storage.store"]
    assert "lbp_desktop.ui" in _package_graph(graph)
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycle_between_modules() -> None:
    graph = _module_graph()
    cycles = _cycles(graph)
    assert not cycles, "import cycles between modules:\n" + "\n".join(
        _describe(graph, c) for c in cycles)


def test_no_import_cycle_between_packages() -> None:
    graph = _package_graph(_module_graph())
    cycles = _cycles(graph)
    assert not cycles, "import cycles between packages:\n" + "\n".join(
        _describe(graph, c) for c in cycles)


@pytest.mark.parametrize("module", sorted(m for m in MODULES if not m.startswith(f"{PACKAGE}.ui")))
def test_core_module_does_not_import_qt(module: str) -> None:
    path = MODULES[module]
    qt = [name for name in _all_imports(path) if name.split(".")[0] in QT_MODULES]
    assert not qt, f"{path.relative_to(ROOT.parent)} imports {', '.join(qt)}; Qt belongs in ui/"


def _all_imports(path: Path) -> list[str]:
    """Every imported name, type-checking imports included: the core must not need Qt even to
    type-check."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names.append(node.module)
    return names


MAX_LINES = 600


def test_no_module_over_600_lines() -> None:
    """A module a maintainer can hold in their head; split by responsibility when one grows."""
    sizes = {str(path.relative_to(ROOT.parent)): len(path.read_text(encoding="utf-8")
                                                        .splitlines())
             for path in MODULES.values()}
    too_big = {name: n for name, n in sizes.items() if n > MAX_LINES}
    assert not too_big, f"modules over {MAX_LINES} lines: {too_big}"
