"""The layers hold: the import-linter contracts of pyproject.toml pass and catch a breach, no module takes
part in an import cycle (imports inside functions included), and the headless packages load no Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", str(ROOT / "pyproject.toml")],
        cwd=root, capture_output=True, text=True, check=False, timeout=120,
    )


def test_the_import_contracts_are_kept() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout and "KEPT" in result.stdout


def test_the_contracts_catch_a_core_module_that_imports_the_node(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "votingapp", tmp_path / "votingapp", ignore=shutil.ignore_patterns("__pycache__"))
    bad = tmp_path / "votingapp" / "core" / "merkle.py"
    bad.write_text(bad.read_text(encoding="utf-8") + "\nfrom votingapp.node import facade  # noqa\n", encoding="utf-8")
    result = _lint_imports(tmp_path)
    assert result.returncode != 0
    assert "votingapp.core.merkle -> votingapp.node.facade" in result.stdout


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    modules = sorted(m for m in graph.modules if m.startswith("votingapp"))
    edges = {m: sorted(n for n in graph.find_modules_directly_imported_by(m) if n.startswith("votingapp"))
             for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in modules:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            targets = edges.get(node, [])
            if i < len(targets):
                work.append((node, i + 1))
                nxt = targets[i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
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
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found


def test_no_module_takes_part_in_an_import_cycle() -> None:
    sys.path.insert(0, str(ROOT))
    try:
        graph = grimp.build_graph("votingapp", cache_dir=None)
    finally:
        sys.path.remove(str(ROOT))
    assert _cycles(graph) == []


def test_the_cycle_check_sees_a_cycle_through_an_import_inside_a_function() -> None:
    graph = grimp.ImportGraph()
    for name in ("votingapp.a", "votingapp.b", "votingapp.c"):
        graph.add_module(name)
    graph.add_import(importer="votingapp.a", imported="votingapp.b")
    graph.add_import(importer="votingapp.b", imported="votingapp.c")
    graph.add_import(importer="votingapp.c", imported="votingapp.a")
    assert _cycles(graph) == [["votingapp.a", "votingapp.b", "votingapp.c"]]


def test_importing_the_headless_packages_loads_no_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, votingapp\n"
        "for m in pkgutil.walk_packages(votingapp.__path__, 'votingapp.'):\n"
        "    if not m.name.startswith(('votingapp.gui', 'votingapp.bench.responsiveness')):\n"
        "        importlib.import_module(m.name)\n"
        "print(any(n.startswith('PySide6') for n in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
