"""Paper that can be checked, from the command line: ``report zero|results`` writes the PDF, ``verify RECORD
--report REPORT.pdf`` (or ``--report-text`` with the QR code's text) checks it offline against the record;
``verify`` prints the votes per option; a record cut mid-line or at a line exits 2 (README)."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfWriter

from tests.cli.helpers import Result, add_votes, assert_one_error_line, close_election, create_election, run_cli
from tests.cli.test_secret_cli import make_secret_chain, record_of, store_chain
from votingapp.cli.report import read_report_pdf
from votingapp.election.report import parse_check_text


@dataclasses.dataclass(frozen=True)
class Papers:
    data_dir: Path
    zero: Path
    results: Path
    record: Path


def qr_text_of(pdf: Path, tmp: Path) -> str:
    """The text of the QR code on the PDF's page, read by a real decoder (pdftoppm, then zbarimg)."""
    assert shutil.which("zbarimg") and shutil.which("pdftoppm")
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp / "page")], check=True,
                   timeout=30)
    proc = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", str(tmp / "page.png")],
                          capture_output=True, text=True, timeout=30, check=True)
    return proc.stdout.rstrip("\n")


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory) -> Papers:
    """An election's zero report (before any vote), its results report (after the close) and its record."""
    base = tmp_path_factory.mktemp("papers")
    data_dir = base / "node"
    create_election(data_dir, "--name", "Gym desk 1")
    zero, results, record = base / "zero.pdf", base / "results.pdf", base / "record.jsonl"
    made = run_cli("report", "zero", "--data-dir", data_dir, "--out", zero)
    assert made.code == 0 and "zero report" in made.out and "height 0" in made.out, made
    add_votes(data_dir, ["Alice", "Bob", "Alice", "Carol"])
    add_votes(data_dir, ["Bob", "Alice", "Alice"])
    close_election(data_dir)
    made = run_cli("report", "results", "--data-dir", data_dir, "--out", results)
    assert made.code == 0 and "results report" in made.out and "height 3" in made.out, made
    assert run_cli("export", "--data-dir", data_dir, "--out", record).code == 0
    return Papers(data_dir, zero, results, record)


@pytest.fixture(scope="module")
def results_qr(papers: Papers, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The results report's QR code text (decoded once for the module)."""
    return qr_text_of(papers.results, tmp_path_factory.mktemp("qr"))


def test_both_reports_match_the_record(papers: Papers, cli) -> None:
    for pdf, kind, height in ((papers.zero, "zero", 0), (papers.results, "results", 3)):
        result: Result = cli("verify", papers.record, "--report", pdf)
        assert result.code == 0, result
        assert f"the {kind} report of Gym desk 1 at height {height} matches this record" in result.out
        assert "every printed line" in result.out


def test_the_qr_code_holds_the_check_text_and_it_checks_alone(papers: Papers, cli, results_qr: str) -> None:
    text = results_qr
    check = parse_check_text(text)
    assert check.kind == "results" and check.height == 3 and check.station == "Gym desk 1"
    result = cli("verify", papers.record, "--report-text", text)
    assert result.code == 0, result
    assert "matches this record (its check text" in result.out


def test_verify_prints_the_votes_per_option(papers: Papers, cli) -> None:
    result = cli("verify", papers.record)
    assert result.code == 0, result
    assert "results       Alice 4, Bob 2, Carol 1" in result.out


@pytest.mark.parametrize(("field", "value", "says"), [
    ("digest", "0" * 64, "its figures were altered"),
    ("tip", "ab" * 32, "the report is of another chain"),
    ("election", "cd" * 32, "the report is of election cdcdcdcdcdcdcdcd"),
    ("height", "9", "the record ends at height 3, before the report's height 9"),
    ("kind", "zero", "the record gives no zero report at height 3: 7 ballot(s) are cast already"),
])
def test_a_tampered_check_text_fails_with_a_clear_line(papers: Papers, cli, results_qr: str, field: str, value: str,
                                                       says: str) -> None:
    text = results_qr
    lines = [f"{field} {value}" if line.startswith(f"{field} ") else line for line in text.split("\n")]
    assert lines != text.split("\n")
    result = cli("verify", papers.record, "--report-text", "\n".join(lines))
    assert_one_error_line(result, "verification failed: the report does not match record", says)
    assert result.code == 1


def test_a_zero_report_after_the_first_ballot_and_a_results_report_before_the_close_are_refused(
        papers: Papers, tmp_path: Path) -> None:
    late = run_cli("report", "zero", "--data-dir", papers.data_dir, "--out", tmp_path / "late.pdf")
    assert_one_error_line(late, "7 ballot(s) are cast already")
    assert late.code == 1 and not (tmp_path / "late.pdf").exists()
    fresh = tmp_path / "fresh"
    create_election(fresh)
    early = run_cli("report", "results", "--data-dir", fresh, "--out", tmp_path / "early.pdf")
    assert_one_error_line(early, "the election is not closed")
    assert early.code == 1 and not list(tmp_path.glob("early.pdf*"))


def test_what_is_not_a_report_exits_2(papers: Papers, cli, tmp_path: Path) -> None:
    blank = tmp_path / "blank.pdf"
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    with open(blank, "wb") as fh:
        writer.write(fh)
    cases = [
        (["--report", blank], "no 'votingapp-report 1' check text found"),
        (["--report", papers.record], "cannot be read as a PDF"),
        (["--report", tmp_path / "missing.pdf"], "does not exist"),
        (["--report-text", "hello"], "not a votingapp report"),
    ]
    for args, says in cases:
        result = cli("verify", papers.record, *args)
        assert_one_error_line(result, says)
        assert result.code == 2, (args, result)
    result = cli("verify", "--data-dir", papers.data_dir, "--report", papers.results)
    assert_one_error_line(result, "not a data dir")
    assert result.code == 2


def test_a_record_cut_mid_line_or_at_a_line_exits_2(papers: Papers, cli, tmp_path: Path) -> None:
    data = papers.record.read_bytes()
    cut = tmp_path / "cut.jsonl"
    for prefix in (data[: len(data) // 2], data[: data.index(b"\n") + 1]):
        cut.write_bytes(prefix)
        result = cli("verify", cut)
        assert_one_error_line(result, "truncated")
        assert result.code == 2, result


def test_a_secret_election_s_reports_name_the_trustees_and_who_decrypted(tmp_path: Path, cli) -> None:
    chain = make_secret_chain("report secret")
    record = record_of(tmp_path / "record.jsonl", chain.genesis, chain.blocks)
    opened = store_chain(tmp_path / "opened", chain.genesis, chain.blocks[: chain.ceremony_end])
    sealed = store_chain(tmp_path / "sealed", chain.genesis, chain.blocks[: chain.sealed_end])
    decrypted = store_chain(tmp_path / "decrypted", chain.genesis, chain.blocks)
    zero, results = tmp_path / "zero.pdf", tmp_path / "results.pdf"
    assert run_cli("report", "zero", "--data-dir", opened, "--station", "Desk 2", "--out", zero).code == 0
    refused = run_cli("report", "results", "--data-dir", sealed, "--station", "Desk 2", "--out", results)
    assert_one_error_line(refused, "the results are sealed (1 of 2 trustee shares)")
    assert run_cli("report", "results", "--data-dir", decrypted, "--station", "Desk 2", "--out", results).code == 0
    printed = " ".join(read_report_pdf(results).split())
    assert "Ballot secret, trustees Desk 1, Desk 2, Desk 3, threshold 2" in printed
    assert "Decrypted by Desk 1, Desk 3" in printed and "Bob 3 (60.0 %)" in printed
    for pdf, kind in ((zero, "zero"), (results, "results")):
        result = cli("verify", record, "--report", pdf)
        assert result.code == 0, result
        assert f"the {kind} report of Desk 2 at height" in result.out


def test_a_report_that_cannot_be_written_is_one_line_and_leaves_nothing(papers: Papers, tmp_path: Path) -> None:
    missing = run_cli("report", "results", "--data-dir", papers.data_dir, "--out", tmp_path / "no" / "r.pdf")
    assert_one_error_line(missing, "the folder", "does not exist")
    (tmp_path / "taken").mkdir()
    taken = run_cli("report", "results", "--data-dir", papers.data_dir, "--out", tmp_path / "taken")
    assert_one_error_line(taken, "cannot write")
    assert missing.code == taken.code == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]
