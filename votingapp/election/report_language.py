"""The printed report's words in each shipped language, without Qt.

A report (``report.py``) says its heading, row labels and a few values in English: that is what its digest
and check text are about, and what the command line prints. The paper is printed in the station's language
(``gui/reports.py``); a verifier then finds the rows in whichever shipped language the paper is in. The words
come from the app's translations (``resources/translations/votingapp_<code>.qm``, context ``ReportRow``), read
without Qt (``store/qm.py``), so the printed report and its check use one source.

The names the election defines (title, station, options, trustees) are never translated; numbers neither.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from votingapp.store.qm import FIELD, catalog, fill, pattern, shipped_catalogs, translations_dir

CONTEXT = "ReportRow"
RIGHT_TO_LEFT = frozenset({"ar"})
_INVISIBLE = re.compile(r"[\s\u200e\u200f\u2066-\u2069]+")
_LETTERS = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
# A run of Arabic words with the brackets and stops around and between them (their order on the page follows
# the words' display order, not the text's).
_ARABIC = re.compile(f"[().:،؛]*[{_LETTERS}][{_LETTERS}().:،؛]*")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # named as lupdate looks for it
    """Marks ``text`` for translation (pyside6-lupdate reads these calls); returns it unchanged."""
    return text


# Every English word of a report as ``Report`` says it, listed for lupdate (context ReportRow).
WORDS = (
    QT_TRANSLATE_NOOP("ReportRow", "Zero report"),
    QT_TRANSLATE_NOOP("ReportRow", "Results report"),
    QT_TRANSLATE_NOOP("ReportRow", "End of the report"),
    QT_TRANSLATE_NOOP("ReportRow", "Election"),
    QT_TRANSLATE_NOOP("ReportRow", "Election id"),
    QT_TRANSLATE_NOOP("ReportRow", "Station"),
    QT_TRANSLATE_NOOP("ReportRow", "Software"),
    QT_TRANSLATE_NOOP("ReportRow", "Height"),
    QT_TRANSLATE_NOOP("ReportRow", "Tip hash"),
    QT_TRANSLATE_NOOP("ReportRow", "Ballot"),
    QT_TRANSLATE_NOOP("ReportRow", "Registered"),
    QT_TRANSLATE_NOOP("ReportRow", "Ballots cast"),
    QT_TRANSLATE_NOOP("ReportRow", "Status"),
    QT_TRANSLATE_NOOP("ReportRow", "Option"),
    QT_TRANSLATE_NOOP("ReportRow", "Turnout"),
    QT_TRANSLATE_NOOP("ReportRow", "Decrypted by"),
    QT_TRANSLATE_NOOP("ReportRow", "no ballot cast yet: every count is zero"),
    QT_TRANSLATE_NOOP("ReportRow", "votes"),
    QT_TRANSLATE_NOOP("ReportRow", "votes (share of the ballots cast)"),
    QT_TRANSLATE_NOOP("ReportRow", "closed"),
    QT_TRANSLATE_NOOP("ReportRow", "NOT closed"),
    QT_TRANSLATE_NOOP("ReportRow", "open"),
    QT_TRANSLATE_NOOP("ReportRow", "secret, trustees {trustees}, threshold {threshold}"),
    QT_TRANSLATE_NOOP("ReportRow", "{voted} of {registered} ({share})"),
)
# The rows whose value holds words of the app (the others hold names, ids and numbers).
WORDED_VALUES = frozenset({"Ballot", "Status", "Option", "Turnout"})

Rows = list[tuple[str, str]]


@dataclass(frozen=True)
class PrintedReport:
    """What the paper says, in one language."""

    language: str
    heading: str
    rows: Rows
    end_line: str


class ReportWords:
    """One language's words of a report."""

    def __init__(self, language: str, translations: dict[str, str]) -> None:
        self.language = language
        self.exact = translations
        self.patterns = [(pattern(source), text) for source, text in translations.items() if FIELD.search(source)]

    def say(self, english: str) -> str:
        if english in self.exact:
            return self.exact[english]
        for compiled, text in self.patterns:
            match = compiled.match(english)
            if match:
                values = match.groupdict()
                if self.language in RIGHT_TO_LEFT:  # "3 من 3": the figures isolated left to right (LRI ... PDI)
                    values = {name: f"\u2066{value}\u2069" for name, value in values.items()}
                return fill(text, values)
        return english

    def report(self, heading: str, rows: Rows, end_line: str, option_rows: range) -> PrintedReport:
        """The report's text in this language; the rows at ``option_rows`` are the election's options."""
        said = []
        for index, (label, value) in enumerate(rows):
            if index in option_rows:
                said.append((label, value))  # the option's name as the election defines it; a number
            else:
                said.append((self.say(label), self.say(value) if label in WORDED_VALUES else value))
        return PrintedReport(self.language, self.say(heading), said, self.say(end_line))


@lru_cache(maxsize=8)
def words(language: str) -> ReportWords:
    """The words of ``language`` (English, or a language without a catalog: the report's own)."""
    if language == "en" or language not in shipped_catalogs():
        return ReportWords("en", {})
    found = catalog(language, str(translations_dir()))
    return ReportWords(language, {source: text for (context, source), text in found.translations.items()
                                  if context == CONTEXT})


def option_rows(rows: Rows, options: int) -> range:
    """Where the options are: the rows after the ``Option`` heading row."""
    for index, (label, _value) in enumerate(rows):
        if label == "Option":
            return range(index + 1, index + 1 + options)
    return range(0)


def printed(heading: str, rows: Rows, end_line: str, options: int, language: str) -> PrintedReport:
    """The report as printed in ``language``."""
    return words(language).report(heading, rows, end_line, option_rows(rows, options))


def printed_versions(heading: str, rows: Rows, end_line: str, options: int) -> list[PrintedReport]:
    """The report in English, then in each shipped language: a printed page is one of them."""
    codes = ["en", *(code for code in shipped_catalogs() if code != "en")]
    return [printed(heading, rows, end_line, options, code) for code in codes]



def comparable(text: str, language: str) -> str:
    """``text`` as a verifier compares it with a page's extracted text: compatibility forms folded (a PDF's
    "ﬁ" ligature is "fi"), no spaces, no direction marks. A right-to-left page's words come out of a PDF in
    display order, and a wrapped line mixing Arabic words with names comes out in an order of its own: there
    the Arabic words are left out, and the check is of every figure and name of the rows, in order (the
    Arabic labels between them are not checked; the check text's digest covers what the rows say)."""
    folded = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    return _ARABIC.sub("", folded) if language in RIGHT_TO_LEFT else folded


def needle(rows_so_far: str, language: str) -> str:
    """What a page must hold for the rows printed so far: ``comparable``, and on a right-to-left page without
    the brackets and stops at its end (the next row's Arabic label takes them along on the page)."""
    found = comparable(rows_so_far, language)
    return found.rstrip("().:") if language in RIGHT_TO_LEFT else found
