"""Paper in the station's language: the results report and the voter slip are printed in French, Spanish and
Arabic, and a translated report still passes ``verify --report`` (a forged one still fails)."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

from tests.cli.helpers import add_votes, assert_one_error_line, close_election, create_election, run_in_process
from tests.gui.test_reports import ForgedReport, results_of
from votingapp.cli.report import read_report_pdf
from votingapp.election.report import END_LINE
from votingapp.election.report_language import comparable, printed
from votingapp.gui.reports import write_report_pdf
from votingapp.gui.slip import Slip, write_slip_pdf
from votingapp.gui.translations import use_language

SHIPPED = ["fr", "es", "ar"]
HEADINGS = {"fr": "Rapport des résultats", "es": "Informe de resultados", "ar": "تقرير النتائج"}


@pytest.fixture(scope="module")
def closed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A closed election's data dir and its exported record (as test_reports makes it)."""
    base = tmp_path_factory.mktemp("closed")
    data_dir = base / "node"
    create_election(data_dir, "--name", "Gymnasium entrance, registration and voting desk number 12, east")
    add_votes(data_dir, ["Alice", "Bob", "Alice"])
    close_election(data_dir)
    record = base / "record.jsonl"
    assert run_in_process("export", "--data-dir", data_dir, "--out", record).code == 0
    return data_dir, record


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    use_language(qapp, "en")


def pdf_text(pdf: Path) -> str:
    """The page's text as ``verify --report`` reads it (pypdf, in drawing order), ligatures as letters."""
    return " ".join(unicodedata.normalize("NFKC", read_report_pdf(pdf)).split())


@pytest.mark.parametrize("code", SHIPPED)
def test_the_results_report_is_printed_in_the_stations_language_and_verifies(app, closed, tmp_path, code):
    data_dir, record = closed
    report = results_of(data_dir)
    use_language(app, code)
    pdf = tmp_path / f"report-{code}.pdf"
    write_report_pdf(pdf, report)
    text = pdf_text(pdf)
    said = printed(report.heading, report.rows(), END_LINE, len(report.results), code)
    assert said.heading == HEADINGS[code]
    if code != "ar":  # pdftotext gives Arabic in display order; its rows are checked through verify below
        squeezed = comparable(text, code)
        for label, value in [("", said.heading), *said.rows, ("", said.end_line)]:
            assert comparable(label + value, code) in squeezed, label
    for english in ("Ballots cast", "Registered", "Decrypted by", "End of the report", "votes (share"):
        assert english not in text, english
    for option in ("Alice", "Bob", "Carol"):  # the election's names as it defines them
        assert option in text
    assert run_in_process("verify", record, "--report", pdf).code == 0


def test_a_forged_report_in_arabic_still_fails(app, closed, tmp_path):
    data_dir, record = closed
    genuine = results_of(data_dir)
    forged = ForgedReport(**{**dataclasses.asdict(genuine), "results": (("Alice", 1), ("Bob", 2), ("Carol", 0))},
                          genuine_check=genuine.check_text())
    use_language(app, "ar")
    pdf = tmp_path / "forged.pdf"
    write_report_pdf(pdf, forged)
    result = run_in_process("verify", record, "--report", pdf)
    assert_one_error_line(result, "does not print 'Alice: 2 (66.7 %)' as the record gives it",
                          "the printed figures were altered")


@pytest.mark.parametrize(("code", "words"), [("fr", "Inscrit à"), ("es", "Inscrito en"), ("ar", "سُجّل في")])
def test_the_voter_slip_is_printed_in_the_stations_language(app, tmp_path, code, words):
    use_language(app, code)
    pdf = tmp_path / "slip.pdf"
    write_slip_pdf(pdf, Slip("ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB", "Board election", "Desk 1", "1a2b-3c4d"))
    text = pdf_text(pdf)
    if code != "ar":
        assert words in text
    else:  # display order: the letters of the words are there, the check of the words is the French/Spanish one
        assert all(char in text for char in "سجل")
    assert "Registered at" not in text and "Keep it secret" not in text
