"""The core, store, net and node never import Qt: only votingapp/gui/ may import PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "votingapp"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_no_module_outside_gui_imports_pyside6() -> None:
    offenders = [
        str(p.relative_to(PACKAGE.parent))
        for p in PACKAGE.rglob("*.py")
        if "gui" not in p.relative_to(PACKAGE).parts[:1] and "PySide6" in _imports(p)
    ]
    assert offenders == []


def test_the_check_sees_a_qt_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6" in _imports(bad)


def test_importing_the_headless_packages_loads_no_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, votingapp\n"
        "for m in pkgutil.walk_packages(votingapp.__path__, 'votingapp.'):\n"
        "    if not m.name.startswith('votingapp.gui'):\n"
        "        importlib.import_module(m.name)\n"
        "print(any(n.startswith('PySide6') for n in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=PACKAGE.parent, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
