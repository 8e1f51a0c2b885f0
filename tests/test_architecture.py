"""The house has no import circles, and the tools are imported only by entry points.

The import graph is grimp's (the library under import-linter), with every import counted:
module level, inside functions, and under ``TYPE_CHECKING`` alike. A function-level import
still runs when it is called, and a type-only import still means the lower module knows
the upper one; either way the two modules can no longer be understood apart.
"""

from __future__ import annotations

from collections.abc import Iterator

import grimp
import pytest

#: Circles that lie in modules this test cannot change alone, each with the edit that
#: breaks it. The list only shrinks: once a circle is gone, drop it here. (Empty: the last
#: one, ``selftest`` <-> ``ui.app`` <-> ``ui.selftest_gui``, was broken by giving the
#: ``secledger-gui`` script its own launcher function.)
KNOWN: set[frozenset[str]] = set()

#: Who may import the tools: the command line's ``secledger demo`` and the benchmarks
#: (which build a demo ledger) import the demo generator; nothing imports the benchmarks,
#: which run by name (``python -m secledger.bench``).
TOOL_IMPORTERS = {
    "secledger.demo": ("secledger.cli", "secledger.bench"),
    "secledger.bench": (),
}


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("secledger", cache_dir=None)


def _inside(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def strongly_connected(graph: grimp.ImportGraph) -> list[frozenset[str]]:
    """Tarjan's strongly connected components of size > 1 (iterative: no recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def edges(module: str) -> Iterator[str]:
        return iter(sorted(graph.find_modules_directly_imported_by(module)))

    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, edges(root))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, it = work[-1]
            child = next(it, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, edges(child)))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(frozenset(component))
    return found


def describe(graph: grimp.ImportGraph, component: frozenset[str]) -> str:
    """The circle's modules and every import line between them."""
    lines = [" <-> ".join(sorted(component))]
    for importer in sorted(component):
        for imported in sorted(graph.find_modules_directly_imported_by(importer) & component):
            for detail in graph.get_import_details(importer=importer, imported=imported):
                lines.append(f"    {importer}:{detail['line_number']}: {detail['line_contents']}")
    return "\n".join(lines)


def test_strongly_connected_finds_a_circle() -> None:
    g = grimp.ImportGraph()
    for m in ("a", "b", "c", "d"):
        g.add_module(m)
    g.add_import(importer="a", imported="b")
    g.add_import(importer="b", imported="c")
    g.add_import(importer="c", imported="a")
    g.add_import(importer="c", imported="d")
    assert strongly_connected(g) == [frozenset({"a", "b", "c"})]


def test_no_import_circles(graph: grimp.ImportGraph) -> None:
    circles = strongly_connected(graph)
    new = [c for c in circles if c not in KNOWN]
    assert not new, "import circles:\n" + "\n".join(describe(graph, c) for c in new)


def test_known_circles_are_still_there(graph: grimp.ImportGraph) -> None:
    """A known circle that is gone must leave ``KNOWN`` too, so that it cannot come back."""
    gone = KNOWN - set(strongly_connected(graph))
    assert not gone, f"no longer circles, remove them from KNOWN: {sorted(map(sorted, gone))}"


@pytest.mark.parametrize("tool", sorted(TOOL_IMPORTERS))
def test_tools_are_imported_only_by_entry_points(graph: grimp.ImportGraph, tool: str) -> None:
    allowed = (tool, *TOOL_IMPORTERS[tool])
    wrong = sorted(
        (importer, imported)
        for imported in graph.modules if _inside(imported, tool)
        for importer in graph.find_modules_that_directly_import(imported)
        if not any(_inside(importer, ok) for ok in allowed)
    )
    assert not wrong, f"{tool} imported by {wrong}"
