"""``report zero|results``: the printable zero and results reports as PDF; and the check of a report
(``verify RECORD --report REPORT.pdf`` or ``--report-text TEXT``) against an exported record, offline.

The PDF is drawn by the desktop app's painter (``votingapp/gui/reports.py``, Qt off screen), imported only
when the command runs: the only place the command line loads Qt (an exception declared in pyproject.toml).
The report's text is read back with pypdf (pure Python), so checking needs no Qt and no system tool.
"""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path

from votingapp.cli.base import EXIT_USAGE, CliError, Subparsers, add_data_dir, data_dir_of, open_election
from votingapp.core.state import LedgerState
from votingapp.election.report import (
    KINDS,
    CheckText,
    Report,
    ReportError,
    check_report,
    parse_check_text,
    record_state_at,
    report_of_data_dir,
)

MAX_REPORT_PAGES = 4
MAX_REPORT_BYTES = 20 * 1024 * 1024


def add_commands(subparsers: Subparsers, election: Subparsers) -> None:
    """Register ``report``."""
    p = subparsers.add_parser(
        "report", help="write the zero report (before the first ballot) or the results report (after the close) "
                       "as PDF, with a QR code that 'verify RECORD --report' checks")
    p.add_argument("kind", choices=KINDS, help="zero: when the election opens; results: at the close")
    add_data_dir(p)
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="the PDF to write")
    p.add_argument("--station", metavar="NAME", help="the station named on the report (default: this data dir's)")
    p.set_defaults(func=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    data_dir = data_dir_of(args)
    store, _genesis = open_election(data_dir)
    store.close()
    report = report_of_data_dir(data_dir, args.kind, args.station or data_dir.station_name())
    from votingapp.gui.reports import write_report_pdf  # on use: Qt is loaded by this command only

    out: Path = args.out
    if not out.parent.is_dir():
        raise CliError(f"cannot write {out}: the folder {out.parent} does not exist")
    partial = out.with_name(out.name + ".tmp")
    try:
        write_report_pdf(partial, report)
        os.replace(partial, out)
    except OSError as exc:
        raise CliError(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        partial.unlink(missing_ok=True)
    print(f"wrote {out}: {report.heading.lower()} of election {report.election.hex()[:16]}…, station "
          f"{report.station}, height {report.height}, tip {report.tip.hex()}")
    return 0


def read_report_pdf(path: Path) -> str:
    """All the text of a report PDF (pypdf); ``CliError`` (exit 2) when it cannot be read as one."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings would break the one-line error rule
    try:
        if path.stat().st_size > MAX_REPORT_BYTES:
            raise CliError(f"report {path} is larger than {MAX_REPORT_BYTES // 2**20} MiB: not a report", EXIT_USAGE)
        reader = PdfReader(path)
        return "\n".join(page.extract_text() for page in reader.pages[:MAX_REPORT_PAGES])
    except FileNotFoundError:
        raise CliError(f"report {path} does not exist", EXIT_USAGE) from None
    except (PyPdfError, ValueError, OSError) as exc:
        raise CliError(f"report {path} cannot be read as a PDF ({exc})", EXIT_USAGE) from None


def check_report_arguments(args: argparse.Namespace, record: Path, final: LedgerState) -> str:
    """Check ``--report``/``--report-text`` against the verified ``record`` (its state at the end: ``final``).

    Returns the line ``verify`` prints; raises ``ReportMismatch`` (exit 1) when the report does not match,
    ``CliError`` (exit 2) when it cannot be read."""
    printed: str | None = None
    if args.report is not None:
        printed = read_report_pdf(args.report)
        source = f"report {args.report}"
    else:
        source = "the report's check text"
    try:
        check = parse_check_text(printed if printed is not None else args.report_text)
    except ReportError as exc:
        raise CliError(f"{source}: {exc}", EXIT_USAGE) from None
    state = final if check.height >= final.height else record_state_at(record, check.height)
    expected = check_report(check, state, printed)
    return _matched_line(expected, check, printed is not None)


def _matched_line(report: Report, check: CheckText, printed: bool) -> str:
    what = "its QR text and every printed line" if printed else "its check text"
    return (f"report        the {report.heading.lower()} of {report.station} at height {check.height} matches this "
            f"record ({what}; digest {check.digest.hex()[:16]})")
