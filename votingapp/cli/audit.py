"""Commands that read and prove the results: ``tally``, ``verify``, ``export``.

They open the database read-only, so they work beside a running node (SQLite WAL) and never block it.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

from votingapp.cli.base import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    Subparsers,
    add_data_dir,
    data_dir_of,
    open_election,
    report_error,
)
from votingapp.cli.report import check_report_arguments
from votingapp.core.close_report import describe_close
from votingapp.core.errors import ChainError, LedgerError
from votingapp.core.manifest import Genesis
from votingapp.core.state import LedgerState
from votingapp.core.tally import MIN_REDECRYPT_BALLOTS, Tally, ceremony_json, tally_state
from votingapp.core.verify import VerifyReport
from votingapp.election.audit import check_receipt, export_record, verify_blocks, verify_data_dir
from votingapp.election.report import ReportMismatch
from votingapp.store.record import RecordDamaged, RecordReader


def add_commands(subparsers: Subparsers, election: Subparsers) -> None:
    """Register this module's commands."""
    p = subparsers.add_parser("tally", help="results, registered, voted (with or without a running node)")
    add_data_dir(p)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_tally)

    p = subparsers.add_parser(
        "verify", help="re-check everything and print the result; exit 0 valid, 1 invalid (naming the first bad "
                       "block/tx), 2 missing, unreadable, truncated or damaged"
    )
    p.add_argument("--data-dir", type=Path, metavar="DIR", help="verify the chain stored in this data dir")
    p.add_argument("file", nargs="?", type=Path, metavar="FILE", help="verify an exported election record")
    p.add_argument("--tip", metavar="HASH", type=_tip_hash,
                   help="the tip hash printed with the result (all 64 hex digits, or at least the first 16): "
                        "invalid unless the chain ends exactly there")
    p.add_argument("--closed", action="store_true",
                   help="invalid unless the chain holds the authority's signed close (a finished election)")
    printed = p.add_mutually_exclusive_group()
    printed.add_argument("--report", type=Path, metavar="REPORT.pdf",
                         help="also check a printed zero or results report (its PDF) against the record FILE")
    printed.add_argument("--report-text", metavar="TEXT",
                         help="also check a report's check text (what its QR code holds) against the record FILE")
    p.set_defaults(func=cmd_verify)

    p = subparsers.add_parser(
        "receipt", help="is this vote's receipt recorded, waiting, or dropped (and why)? exit 0 recorded/waiting, 1 not"
    )
    add_data_dir(p)
    p.add_argument("receipt", metavar="RECEIPT", help="the receipt printed for the voter: 64 hex digits")
    p.set_defaults(func=cmd_receipt)

    p = subparsers.add_parser("export", help="write the election record (manifest + chain) for auditors")
    add_data_dir(p)
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="the record file to write")
    p.set_defaults(func=cmd_export)


# --- tally -----------------------------------------------------------------------------------------


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def format_tally(tally: Tally, state: LedgerState | None = None) -> str:
    """The tally as a readable table; with ``state``, a secret election's ceremony and trustees too."""
    status = "closed" if tally.closed else ("open" if tally.opened else "not open yet")
    lines = [
        f"Election  {tally.title}",
        f"Id        {tally.election_id.hex()}",
        f"Status    {status}, height {tally.height}, tip {tally.tip.hex()[:16]}",
    ]
    if tally.secret and state is not None:
        lines += secret_head_lines(state)
    lines.append("")
    if tally.results is None:
        if tally.secret:
            lines.append(sealed_line(tally))
        else:
            lines.append("Results are shown after the election is closed.")
    else:
        width = max(len("Option"), *(len(o) for o in tally.options))
        lines.append(f"{'Option':<{width}}  {'Votes':>8}  {'Share':>6}")
        for option, count in tally.results.items():
            lines.append(f"{option:<{width}}  {count:>8}  {_percent(count, tally.voted):>6}")
        if tally.secret and state is not None:
            lines += decrypted_lines(tally, state)
    turnout = _percent(tally.voted, tally.registered)
    lines += ["", f"Registered {tally.registered}, voted {tally.voted}, turnout {turnout}"]
    return "\n".join(lines)


# --- the secret ballot's lines (docs/design.md section 10) ----------------------------------------


def _trustees(n: int) -> str:
    return "1 trustee" if n == 1 else f"{n} trustees"


def _trustee_name(state: LedgerState, index: int) -> str:
    key = state.manifest.trustees[index - 1]
    return state.station_names.get(key) or f"station {key.hex()[:8]}"


def ceremony_line(state: LedgerState) -> str:
    """Where the key ceremony is: complete (with the election key), stopped (naming the dealer), or its steps."""
    status = state.ceremony_status()
    n = status.trustees
    if status.complete and state.election_key is not None:
        return f"complete ({_trustees(n)} dealt and acked; election key {state.election_key.hex()[:16]})"
    if status.failed_by:
        complaint = status.complaint
        who, reason = "a trustee", ""
        if complaint is not None:
            who = f"trustee {_trustee_name(state, state.manifest.trustee_index(complaint.station))}"
            reason = f": {complaint.reason}"
        return (f"STOPPED: {who} complained about dealer {status.failed_by} "
                f"({_trustee_name(state, status.failed_by)}){reason}; no ballot can be accepted")
    return (f"in progress: keys {len(status.keys)} of {n}, deals {len(status.dealt)} of {n}, acks {len(status.acked)} "
            f"of {n} (ballots are accepted once it is complete)")


def secret_head_lines(state: LedgerState) -> list[str]:
    """The ``Ballot`` and ``Ceremony`` lines of a secret election."""
    manifest = state.manifest
    names = ", ".join(_trustee_name(state, i) for i in range(1, len(manifest.trustees) + 1))
    lines = [
        f"Ballot    secret: {_trustees(len(manifest.trustees))} ({names}), threshold {manifest.threshold}",
        f"Ceremony  {ceremony_line(state)}",
    ]
    if len(manifest.trustees) == 1:
        lines.append("          (one trustee: that station alone could decrypt single ballots)")
    return lines


def sealed_line(tally: Tally) -> str:
    """``sealed — N of k trustee shares`` (and why while the election is not closed)."""
    line = f"sealed — {tally.shares} of {tally.threshold} trustee shares"
    if not tally.closed:
        line += " (the trustees decrypt the sum of the ballots after the close)"
    return line


def decrypted_lines(tally: Tally, state: LedgerState) -> list[str]:
    """Who decrypted the results, which ballots they count, and whether late returns came in since."""
    names = ", ".join(_trustee_name(state, i) for i in tally.decrypted_by)
    n = len(state.manifest.trustees)
    lines = [f"decrypted by {len(tally.decrypted_by)} of {n} trustees ({names}), every proof checked"]
    block = tally.aggregate_block.hex()[:16] if tally.aggregate_block is not None else "-"
    lines.append(f"counting {tally.aggregate_ballots} ballots, the sum reached at block {block}")
    latest = state.latest_aggregate()
    if tally.late_held_back and latest is not None:
        lines.append(
            f"late returns since: {latest.ballots} ballots up to block {latest.block.hex()[:16]}, "
            f"{tally.late_ballots} not in the result: fewer than {MIN_REDECRYPT_BALLOTS} late ballots stay sealed "
            "(decrypting them apart would give away how they voted)"
        )
    elif tally.stale and latest is not None:
        lines.append(
            f"late returns since: {latest.ballots} ballots up to block {latest.block.hex()[:16]}, "
            f"sealed — {tally.shares} of {tally.threshold} trustee shares of that new sum"
        )
    return lines


def after_close_lines(after: dict[str, Any]) -> list[str]:
    """The ``after_close`` object (status, tally) as lines for people: reconciled stations, late returns."""
    def clock(ms: int | None) -> str:
        return datetime.datetime.fromtimestamp(ms / 1000).strftime("%H:%M:%S") if ms else "-"

    lines = [f"closed     at {clock(after['close_time'])} (block {after['close_height']}); nothing cast later counts"]
    lines.append(f"reconciled {', '.join(after['reconciled']) or 'none yet'} (hold the closed chain)")
    if after["waiting"]:
        lines.append(f"waiting    {', '.join(after['waiting'])} (not heard from since the close: cut off or off)")
    returns = after["late_returns"]
    if returns:
        last = returns[-1]
        lines.append(f"changed    at {clock(after['changed_at'])}: late returns, {sum(r['casts'] for r in returns)} "
                     f"ballot(s) cast before the close, last from {last['station']} (block {last['height']})")
    else:
        lines.append("changed    not since the close")
    return lines


def cmd_tally(args: argparse.Namespace) -> int:
    store, _genesis = open_election(data_dir_of(args))
    try:
        ledger = store.open_ledger()
        state = ledger.state
        after = describe_close(ledger.block_at, ledger.height, state, None)
    finally:
        store.close()
    tally = tally_state(state)
    if args.json:
        obj = tally.to_json()
        if tally.secret:
            obj["ceremony"] = ceremony_json(state)
        if after is not None:
            obj["after_close"] = after.to_json()
        print(json.dumps(obj, ensure_ascii=False))
    else:
        print(format_tally(tally, state))
        if after is not None:
            print()
            print("\n".join(after_close_lines(after.to_json())))
    return EXIT_OK


# --- verify ----------------------------------------------------------------------------------------


def _summary(genesis: Genesis, report: VerifyReport, source: str, seconds: float) -> str:
    state = report.state
    lines = [
        f"valid: {source}",
        f"  election      {genesis.election_id.hex()} ({genesis.manifest.title})",
        f"  blocks        {report.blocks}",
        f"  transactions  {report.transactions}",
        f"  signatures    {report.signatures} (and the manifest's)",
        f"  registered    {len(state.registered)}",
        f"  voted         {len(state.voted) + len(state.ballots)}",
        f"  closed        {_closed_line(state.closed)}",
        f"  tip           {state.tip.hex()} (height {state.height})",
    ]
    lines += ["  " + line for line in result_lines(tally_state(state), state)]
    lines.append(f"  checked in    {seconds:.2f} s")
    return "\n".join(lines)


def result_lines(tally: Tally, state: LedgerState) -> list[str]:
    """The result as ``verify`` prints it: recomputed from the chain (a secret one from its decryption shares)."""
    lines: list[str] = []
    if tally.secret:
        manifest = state.manifest
        lines.append(f"ballot        secret, {_trustees(len(manifest.trustees))}, threshold {manifest.threshold}")
        lines.append(f"ceremony      {ceremony_line(state)}")
        if tally.results is None:
            lines.append(f"results       {sealed_line(tally)}")
            return lines
    elif tally.results is None:
        return ["results       hidden until the close (the election shows them after it)"]
    assert tally.results is not None
    counts = ", ".join(f"{option} {count}" for option, count in tally.results.items())
    lines.append(f"results       {counts}")
    if tally.secret:
        lines += [f"              {line}" for line in decrypted_lines(tally, state)]
    return lines


def _closed_line(closed: bool) -> str:
    if closed:
        return "yes (the authority's signed close is in the chain)"
    return "NO: the chain stops before the authority's close; this is not the record of a finished election"


def _tip_hash(text: str) -> str:
    tip = text.strip().lower().replace(" ", "").replace("-", "")
    if not 16 <= len(tip) <= 64 or any(c not in "0123456789abcdef" for c in tip):
        raise argparse.ArgumentTypeError(f"a tip hash is 16 to 64 hex digits, got {text[:80]!r}")
    return tip


def _check_expectations(args: argparse.Namespace, report: VerifyReport, source: str) -> str | None:
    """Why a chain that is valid in itself is not the one the auditor expects, or None."""
    tip = report.state.tip.hex()
    if args.tip is not None and not tip.startswith(args.tip):
        return (f"{source} ends at tip {tip[:16]}… (height {report.state.height}), not at the expected tip "
                f"{args.tip[:16]}…: it is not the chain whose result was printed (cut short or longer)")
    if args.closed and not report.state.closed:
        return f"{source} holds no close: it stops before the end of the election (cut short?)"
    return None


def _verify_data_dir(args: argparse.Namespace) -> tuple[Genesis, VerifyReport, str]:
    data_dir = data_dir_of(args)
    store, _genesis = open_election(data_dir, EXIT_USAGE)  # clear messages for what is missing
    store.close()
    verified = verify_data_dir(data_dir)
    return verified.genesis, verified.report, f"data dir {data_dir.path}"


def _verify_record(path: Path) -> tuple[Genesis, VerifyReport, str]:
    with RecordReader(path) as reader:
        report = verify_blocks(reader.genesis, reader.blocks())  # signatures and proofs spread over the cores
        end = reader.end
        assert end is not None
        if end.tip != report.state.tip:
            raise RecordDamaged(
                f"record {path} is damaged: its end line names tip {end.tip.hex()[:16]}"
                f" but its chain ends at {report.state.tip.hex()[:16]}"
            )
        return reader.genesis, report, f"record {path}"


def cmd_verify(args: argparse.Namespace) -> int:
    if (args.file is None) == (args.data_dir is None):
        raise CliError("verify needs a record FILE or --data-dir DIR (see 'votingapp verify --help')", EXIT_USAGE)
    checks_report = args.report is not None or args.report_text is not None
    if checks_report and args.file is None:
        raise CliError("--report and --report-text check a report against an exported record FILE, not a data dir",
                       EXIT_USAGE)
    start = time.perf_counter()
    try:
        genesis, report, source = _verify_record(args.file) if args.file is not None else _verify_data_dir(args)
    except ChainError as exc:
        report_error(f"verification failed: {exc}")
        return EXIT_FAILURE
    except RecordDamaged as exc:  # cut short or damaged: the record cannot be read whole (README: exit 2)
        report_error(str(exc))
        return EXIT_USAGE
    except (LedgerError, sqlite3.Error, OSError) as exc:
        # Inputs that are missing or cannot be read: nothing was verified.
        raise CliError(_unreadable(exc), EXIT_USAGE) from None
    mismatch = _check_expectations(args, report, source)
    if mismatch is not None:
        report_error(f"verification failed: {mismatch}")
        return EXIT_FAILURE
    report_line = None
    if checks_report:
        try:
            report_line = check_report_arguments(args, args.file, report.state)
        except ReportMismatch as exc:
            report_error(f"verification failed: the report does not match {source}: {exc}")
            return EXIT_FAILURE
    print(_summary(genesis, report, source, time.perf_counter() - start))
    if report_line is not None:
        print(f"  {report_line}")
    return EXIT_OK


def _unreadable(exc: Exception) -> str:
    if isinstance(exc, sqlite3.Error):
        return f"the database cannot be read ({exc})"
    if isinstance(exc, OSError):
        return f"cannot read {exc.filename or 'the input'}: {exc.strerror or exc}"
    return str(exc)


# --- receipt ---------------------------------------------------------------------------------------


def cmd_receipt(args: argparse.Namespace) -> int:
    text = args.receipt.strip().lower().replace(" ", "")
    try:
        txid = bytes.fromhex(text)
    except ValueError:
        txid = b""
    if len(txid) != 32:
        raise CliError(f"a receipt is 64 hex digits, got {args.receipt[:80]!r}", EXIT_USAGE)
    data_dir = data_dir_of(args)
    store, _genesis = open_election(data_dir, EXIT_USAGE)
    store.close()
    found = check_receipt(data_dir, txid)
    what = "" if found.type in (None, "vote") else f" (not a vote: a {found.type} transaction)"
    if found.status == "recorded":
        assert found.block is not None
        print(f"recorded{what}: in block {found.height} ({found.block.hex()[:16]}), "
              f"{found.confirmations} block(s) confirm it")
        return EXIT_OK
    if found.status == "waiting":
        print("waiting: stored on this station, not in a block yet")
        return EXIT_OK
    if found.status == "dropped":
        print(f"dropped{what}: {found.reason}")
        return EXIT_FAILURE
    print("unknown: this station has no transaction with this receipt (mistyped, or cast at a station whose "
          "blocks have not reached this one yet)")
    return EXIT_FAILURE


# --- export ----------------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    data_dir = data_dir_of(args)
    store, genesis = open_election(data_dir)
    store.close()
    summary = export_record(data_dir, args.out)
    print(f"wrote {args.out}: election {genesis.election_id.hex()}, {summary.blocks} blocks, tip {summary.tip.hex()}")
    return EXIT_OK
