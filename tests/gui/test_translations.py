"""Every string people see goes through tr(), and the translation source file holds them all."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "votingapp" / "gui"
TS = ROOT / "resources" / "translations" / "votingapp_en.ts"
UPDATE = "run: .venv/bin/pyside6-lupdate votingapp/gui/*.py -ts resources/translations/votingapp_en.ts"


def translated_literals() -> set[str]:
    found = set()
    for path in GUI.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            args = node.args
            if node.func.attr == "tr" and args and isinstance(args[0], ast.Constant):
                found.add(args[0].value)
            elif node.func.attr in ("translate",) and len(args) > 1 and isinstance(args[1], ast.Constant):
                found.add(args[1].value)
    return found


def test_the_translation_source_holds_every_translated_string():
    sources = {m.findtext("source") for m in ET.parse(TS).getroot().iter("message")}
    missing = translated_literals() - sources
    assert not missing, f"{len(missing)} strings missing from {TS.name} ({UPDATE}): {sorted(missing)[:5]}"


def test_the_translation_source_names_every_window():
    contexts = {c.findtext("name") for c in ET.parse(TS).getroot().iter("context")}
    assert {"MainWindow", "RegistrationWindow", "BallotFlow", "ResultsWindow", "ExplorerWindow", "SetupWizard",
            "KioskWindow", "Slip"} <= contexts
