"""Every string people see goes through tr(), every shipped language translates all of them, and the compiled
.qm files say exactly what their .ts sources say."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from PySide6.QtCore import QTranslator

from votingapp.gui.translations import LANGUAGES, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "votingapp" / "gui"
REPORT_WORDS = ROOT / "votingapp" / "election" / "report_language.py"  # the printed report's words
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "votingapp_en.ts"
SHIPPED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
UPDATE = ("run: .venv/bin/pyside6-lupdate -no-obsolete votingapp/gui/*.py votingapp/election/report_language.py "
          "-ts resources/translations/votingapp_*.ts, "
          "translate, then .venv/bin/pyside6-lrelease resources/translations/votingapp_*.ts")
# What must survive translation unchanged: format fields, rich-text tags.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|</?[a-z]+>")


def translated_literals() -> set[str]:
    found = set()
    for path in [*GUI.glob("*.py"), REPORT_WORDS]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            args = node.args
            if node.func.attr == "tr" and args and isinstance(args[0], ast.Constant):
                found.add(args[0].value)
            elif node.func.attr in ("translate",) and len(args) > 1 and isinstance(args[1], ast.Constant):
                found.add(args[1].value)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):  # words marked for lupdate
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"
                    and len(node.args) > 1 and isinstance(node.args[1], ast.Constant)):
                found.add(node.args[1].value)
    return found


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every live message (not vanished or obsolete)."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in ("vanished", "obsolete"):
                out.append((name, message.findtext("source") or "", translation))
    return out


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def test_the_translation_source_holds_every_translated_string():
    sources = {m.findtext("source") for m in ET.parse(TS).getroot().iter("message")}
    missing = translated_literals() - sources
    assert not missing, f"{len(missing)} strings missing from {TS.name} ({UPDATE}): {sorted(missing)[:5]}"


def test_the_translation_source_names_every_window():
    contexts = {c.findtext("name") for c in ET.parse(TS).getroot().iter("context")}
    assert {"MainWindow", "RegistrationWindow", "ResultsWindow", "ExplorerWindow", "SetupWizard",
            "KioskWindow", "Slip", "Refusal", "ReportRow"} <= contexts


@pytest.mark.parametrize("code", SHIPPED)
def test_every_string_is_translated_in_each_shipped_language(code: str) -> None:
    path = FOLDER / f"votingapp_{code}.ts"
    found = messages(path)
    sources = {source for _, source, _ in found}
    missing = translated_literals() - sources
    assert not missing, f"{len(missing)} strings missing from {path.name} ({UPDATE}): {sorted(missing)[:5]}"
    unfinished = [source for _, source, translation in found
                  if translation.get("type") == "unfinished" or not (translation.text or "").strip()]
    assert not unfinished, f"{len(unfinished)} unfinished in {path.name}: {unfinished[:5]}"


@pytest.mark.parametrize("code", SHIPPED)
def test_translations_keep_the_placeholders_and_one_shortcut_letter(code: str) -> None:
    path = FOLDER / f"votingapp_{code}.ts"
    for context, source, translation in messages(path):
        text = translation.text or ""
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (context, source, text)
        assert accelerators(text) == accelerators(source), (context, source, text)
        assert source.count("\n") == text.count("\n"), (context, source, text)


@pytest.mark.parametrize("code", SHIPPED)
def test_the_compiled_translation_says_what_its_source_says(code: str) -> None:
    """A .qm that is stale (older than its .ts, or compiled from another one) fails here."""
    qm = FOLDER / f"votingapp_{code}.qm"
    assert qm.is_file(), f"{qm.name} is missing ({UPDATE})"
    translator = QTranslator()
    assert translator.load(str(qm)), f"{qm.name} does not load"
    stale = [(context, source) for context, source, translation in messages(FOLDER / f"votingapp_{code}.ts")
             if translator.translate(context, source) != (translation.text or "")]
    assert not stale, f"{qm.name} differs from its .ts in {len(stale)} messages ({UPDATE}): {stale[:3]}"


# Words that are the same in a language (checked by a person): everything else must read differently.
SAME_WORDS = {
    "fr": {"Instructions", "OK", "Transactions", "Transaction", "Type", "Transaction {txid}", "Admission", "Messages",
           "Option", "{bits} bits", "Standard", "Aa"},
    "es": {"{bits} bits", "Aa"},
    "ar": {"Aa"},
}


@pytest.mark.parametrize("code", SHIPPED)
def test_no_translation_is_the_english_left_in_place(code: str) -> None:
    left = [source for _, source, translation in messages(FOLDER / f"votingapp_{code}.ts")
            if translation.text == source and re.search(r"[A-Za-z]{2}", re.sub(r"\{[^{}]*\}", "", source))
            and source not in SAME_WORDS[code]]
    assert not left, f"{code}: English left as the translation: {left[:5]}"
