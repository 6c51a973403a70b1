"""The zero and results reports on paper: every row and the check text inside the page, the QR code decodes to
the check text, a forged report under a genuine QR code fails ``verify --report``, and the main window's two
buttons make the report on a worker and open the print dialog (or say why there is no report yet)."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

import pytest

from PySide6.QtGui import QPageSize

from tests.cli.helpers import add_votes, assert_one_error_line, close_election, create_election, run_in_process
from tests.gui.conftest import info_of
from votingapp.cli.report import read_report_pdf
from votingapp.election.report import Report, parse_check_text, report_of_data_dir
from votingapp.gui.main_window import MainWindow
from votingapp.gui.reports import MARGIN_MM, write_report_pdf
from votingapp.store.datadir import DataDir

MM = 72 / 25.4
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


@pytest.fixture(scope="module")
def closed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A closed election's data dir (a station name of 64 characters, the longest) and its exported record."""
    base = tmp_path_factory.mktemp("closed")
    data_dir = base / "node"
    create_election(data_dir, "--name", "Gymnasium entrance, registration and voting desk number 12, east")
    add_votes(data_dir, ["Alice", "Bob", "Alice"])
    close_election(data_dir)
    record = base / "record.jsonl"
    assert run_in_process("export", "--data-dir", data_dir, "--out", record).code == 0
    return data_dir, record


def results_of(data_dir: Path) -> Report:
    return report_of_data_dir(DataDir(data_dir), "results", DataDir(data_dir).station_name())


@pytest.mark.parametrize("page", ["A4", "Letter"])
def test_every_word_of_the_report_is_inside_the_page_and_its_qr_code_holds_the_check_text(
        qapp, closed, tmp_path, page):
    report = results_of(closed[0])
    pdf = tmp_path / "report.pdf"
    size = QPageSize(QPageSize.PageSizeId.A4 if page == "A4" else QPageSize.PageSizeId.Letter)
    write_report_pdf(pdf, report, size)
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, timeout=30,
                         check=True).stdout
    assert out.count("<page ") == 1
    width, height = map(float, PAGE.search(out).groups())  # type: ignore[union-attr]
    margin = MARGIN_MM * MM - 0.5
    words = [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in WORD.findall(out)]
    outside = [w for w in words if w[0] < margin or w[1] < margin or w[2] > width - margin or w[3] > height - margin]
    assert not outside, outside
    assert report.tip.hex() in [w[4] for w in words]  # the tip hash whole, on one line
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True,
                   timeout=30)
    decoded = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", str(tmp_path / "page.png")],
                             capture_output=True, text=True, timeout=30, check=True).stdout.rstrip("\n")
    assert decoded == report.check_text()
    printed, scanned = parse_check_text(read_report_pdf(pdf)), parse_check_text(decoded)
    # The printed check text too (a PDF's text may space a name differently: "G ymnasium").
    assert dataclasses.replace(printed, station="".join(printed.station.split())) == dataclasses.replace(
        scanned, station="".join(scanned.station.split()))


@dataclasses.dataclass(frozen=True)
class ForgedReport(Report):
    """Other figures printed above the genuine report's QR code and check text."""

    genuine_check: str = ""

    def check_text(self) -> str:
        return self.genuine_check


def test_a_forged_report_under_a_genuine_qr_code_fails(qapp, closed, tmp_path):
    data_dir, record = closed
    genuine = results_of(data_dir)
    assert dict(genuine.results) == {"Alice": 2, "Bob": 1, "Carol": 0}
    forged = ForgedReport(**{**dataclasses.asdict(genuine), "results": (("Alice", 1), ("Bob", 2), ("Carol", 0))},
                          genuine_check=genuine.check_text())
    pdf = tmp_path / "forged.pdf"
    write_report_pdf(pdf, forged)
    result = run_in_process("verify", record, "--report", pdf)
    assert_one_error_line(result, "does not print 'Alice: 2 (66.7 %)' as the record gives it",
                          "the printed figures were altered")
    assert result.code == 1
    honest = tmp_path / "honest.pdf"
    write_report_pdf(honest, genuine)
    assert run_in_process("verify", record, "--report", honest).code == 0


class Printed:
    """Stands in for the print dialog: what the main window would have printed."""

    def __init__(self) -> None:
        self.reports: list[Report] = []

    def __call__(self, report: Report) -> bool:
        self.reports.append(report)
        return True


def test_the_main_window_prints_the_zero_report_and_says_why_not_the_results_report(qtbot, authority):
    window = MainWindow(authority, info_of(authority))
    qtbot.addWidget(window)
    window.show()
    printed = Printed()
    window.reports.print = printed  # type: ignore[method-assign]
    assert window.reports.zero_button.isVisible() and window.reports.results_button.isVisible()
    window.reports.zero_button.click()
    qtbot.waitUntil(lambda: len(printed.reports) == 1, timeout=10000)
    zero = printed.reports[0]
    assert zero.kind == "zero" and zero.voted == 0 and zero.station == info_of(authority).station_name
    assert zero.election.hex() == info_of(authority).election_id
    window.reports.results_button.click()
    qtbot.waitUntil(lambda: "not closed" in window.reports.last_error, timeout=10000)
    assert len(printed.reports) == 1
