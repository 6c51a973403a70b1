"""Qt's compiled translations (``.qm``) read without Qt, and where the app's are.

The GUI translates through Qt; this reader serves the code that must know the same words without Qt: the
GUI's retranslation of windows built once (it needs context and source of each text, which QTranslator does
not list) and the check of a printed report in any shipped language (``election/report_language.py``).
"""

from __future__ import annotations

import re
import struct
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from votingapp.core.errors import DecodeError

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES, _END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 0x69, 1, 3, 5, 6, 7, 8
_SKIPPED = (2, 4, 9)  # old UTF-16 source and context, obsolete field: length-prefixed, unused here
MAX_QM_BYTES = 16 * 1024 * 1024
FIELD = re.compile(r"\{(\w*)(?:[:!][^{}]*)?\}")


class CatalogError(DecodeError):
    """A .qm file that is not one (or is cut short)."""


def resources_dir() -> Path:
    """The ``resources`` folder, from a checkout or from a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "resources" if bundle else Path(__file__).resolve().parents[2] / "resources"


def translations_dir() -> Path:
    """The folder of the app's ``.ts`` sources and compiled ``.qm`` files."""
    return resources_dir() / "translations"


def shipped_catalogs(folder: Path | None = None) -> dict[str, Path]:
    """language code -> its compiled translation, for every ``votingapp_<code>.qm`` there."""
    found = sorted((folder or translations_dir()).glob("votingapp_*.qm"))
    return {path.stem.removeprefix("votingapp_"): path for path in found}


def read_qm(path: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message in a compiled Qt translation."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_QM_BYTES + 1)
    if len(data) > MAX_QM_BYTES or not data.startswith(QM_MAGIC):
        raise CatalogError(f"{path} is not a Qt translation (.qm)")
    out: list[tuple[str, str, str]] = []
    pos = len(QM_MAGIC)
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        pos += 5
        if tag == _MESSAGES:
            out.extend(_messages(data[pos:pos + length], path))
        pos += length
    return out


def _messages(block: bytes, path: Path) -> Iterator[tuple[str, str, str]]:
    pos = 0
    context = source = ""
    translation: str | None = None
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _END:
            if translation is not None:
                yield context, source, translation
            context = source = ""
            translation = None
            continue
        if tag == _OBSOLETE1:
            pos += 4
            continue
        if pos + 4 > len(block):
            raise CatalogError(f"{path} is cut short")
        length = struct.unpack_from(">I", block, pos)[0]
        pos += 4
        if length == 0xFFFFFFFF:  # a null string
            continue
        raw = block[pos:pos + length]
        pos += length
        if tag == _TRANSLATION:
            if translation is None:  # plural forms follow the first: not used by this app
                translation = raw.decode("utf-16-be")
        elif tag == _SOURCE:
            source = raw.decode("utf-8")
        elif tag == _CONTEXT:
            context = raw.decode("utf-8")
        elif tag != _COMMENT and tag not in _SKIPPED:
            raise CatalogError(f"{path}: unknown field {tag:#x}")


@dataclass
class Catalog:
    """One language's texts: what each shown text is the translation of, and how to say it again."""

    language: str
    translations: dict[tuple[str, str], str]  # (context, source) -> text in this language
    shown: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # text -> its (context, source)
    patterns: list[tuple[re.Pattern[str], str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        for key, text in self.translations.items():
            self.shown.setdefault(text, []).append(key)
            if FIELD.search(text):
                self.patterns.append((pattern(text), *key))

    def say(self, context: str, source: str) -> str:
        return self.translations.get((context, source), source)


def pattern(text: str) -> re.Pattern[str]:
    """A regular expression matching ``text`` with any value in each of its format fields (named groups)."""
    parts, names, last = [], set(), 0
    for match in FIELD.finditer(text):
        parts.append(re.escape(text[last:match.start()]))
        name = match.group(1)
        parts.append(f"(?P<{name}>.+?)" if name and name not in names else "(?:.+?)")
        names.add(name)
        last = match.end()
    parts.append(re.escape(text[last:]))
    return re.compile("".join(parts) + r"\Z", re.DOTALL)


def fill(template: str, values: dict[str, str]) -> str:
    """``template`` with each format field replaced by its value (format specs ignored: values are text)."""
    return FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), template)


@lru_cache(maxsize=8)
def catalog(language: str, folder: str) -> Catalog:
    """The catalog of ``language`` (English: the sources themselves, listed by any shipped catalog)."""
    files = sorted(Path(folder).glob("votingapp_*.qm"))
    if language == "en":
        messages = read_qm(files[0]) if files else []
        return Catalog("en", {(context, source): source for context, source, _ in messages})
    path = Path(folder) / f"votingapp_{language}.qm"
    messages = read_qm(path) if path.is_file() else []
    return Catalog(language, {(context, source): text for context, source, text in messages})
