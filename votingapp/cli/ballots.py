"""``check-ballot``: check a ballot opened at a booth (Benaloh's cast-or-check, docs/design.md section 10).

The booth shows a spoiled ballot as a QR code and as text (:mod:`votingapp.core.crypto.opened`): the
ciphertexts, the choice and the randomness.  This command re-encrypts the choice with that randomness under
the election key and says whether the booth encrypted what the voter chose.  The election key comes from the
key ceremony in a data dir's chain (read-only, a node may be running) or in an election record (verified
first, so the key is the one of a valid chain).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

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
from votingapp.core.crypto.group import Point
from votingapp.core.crypto.opened import MAX_TEXT, check_opened_ballot_text
from votingapp.core.errors import ChainError, LedgerError
from votingapp.core.state import LedgerState
from votingapp.core.verify import verify_chain
from votingapp.store.record import RecordReader


def add_commands(subparsers: Subparsers, election: Subparsers) -> None:
    """Register this module's commands."""
    p = subparsers.add_parser(
        "check-ballot",
        help="check a ballot opened at a booth (cast-or-check): exit 0 if the booth encrypted the choice, 1 if not",
        description="Check a spoiled ballot that a booth opened (its text or QR code): re-encrypt the choice shown "
                    "with the randomness shown under the election key, and say whether the booth encrypted the "
                    "voter's choice. The election key comes from the chain of --data-dir DIR (default: this "
                    "station's) or from an election record (--record FILE).",
    )
    p.add_argument("ballot", metavar="FILE|TEXT",
                   help="the opened ballot: a file holding its text, the text itself, or - for standard input")
    add_data_dir(p)
    p.add_argument("--record", type=Path, metavar="FILE", help="take the election key from this election record")
    p.set_defaults(func=cmd_check_ballot)


@dataclass(frozen=True)
class _Election:
    election_id: bytes
    title: str
    options: tuple[str, ...]
    key: Point


def _read_ballot_text(arg: str) -> str:
    """The opened ballot's text: from standard input (``-``), the argument itself, or a file."""
    if arg == "-":
        if sys.stdin is None:
            raise CliError("no standard input to read the opened ballot from", EXIT_USAGE)
        text = sys.stdin.read(MAX_TEXT + 1)
    elif arg.lstrip().startswith("{"):
        text = arg
    else:
        path = Path(arg)
        try:
            with open(path, encoding="utf-8", errors="replace") as fh:
                text = fh.read(MAX_TEXT + 1)
        except FileNotFoundError:
            raise CliError(f"{arg[:80]!r} is neither a file nor the text of an opened ballot", EXIT_USAGE) from None
        except IsADirectoryError:
            raise CliError(f"{arg[:80]} is a directory, not an opened ballot", EXIT_USAGE) from None
        except OSError as exc:
            raise CliError(f"cannot read {arg[:80]}: {exc.strerror}", EXIT_USAGE) from None
    if not text.strip():
        raise CliError("the opened ballot is empty", EXIT_USAGE)
    return text


def _from_state(state: LedgerState, source: str) -> _Election:
    manifest = state.manifest
    if not manifest.secret:
        raise CliError(f"the election in {source} has open (plaintext) votes: there is no ballot to check", EXIT_USAGE)
    if state.election_key is None:
        why = "stopped by a complaint" if state.failed_dealer else "not complete"
        raise CliError(f"the key ceremony in {source} is {why}: there is no election key yet", EXIT_FAILURE)
    return _Election(state.election_id, manifest.title, tuple(manifest.options), state.election_key)


def _election_of_data_dir(args: argparse.Namespace) -> _Election:
    data_dir = data_dir_of(args)
    store, _genesis = open_election(data_dir, EXIT_USAGE)
    try:
        ledger = store.open_ledger()
    finally:
        store.close()
    return _from_state(ledger.state, f"data dir {data_dir.path}")


def _election_of_record(path: Path) -> _Election:
    try:
        with RecordReader(path) as reader, ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as executor:
            report = verify_chain(reader.genesis, reader.blocks(), executor)
    except ChainError as exc:
        raise CliError(f"record {path} is not valid, so its election key cannot be trusted: {exc}") from None
    return _from_state(report.state, f"record {path}")


def cmd_check_ballot(args: argparse.Namespace) -> int:
    if args.record is not None and args.data_dir is not None:
        raise CliError("give the election key's source once: --data-dir DIR or --record FILE", EXIT_USAGE)
    text = _read_ballot_text(args.ballot)
    try:
        election = _election_of_record(args.record) if args.record is not None else _election_of_data_dir(args)
    except (LedgerError, sqlite3.Error) as exc:  # a record or database that cannot be read
        raise CliError(str(exc), EXIT_USAGE) from None
    verdict = check_opened_ballot_text(text, election.key, election.options, election.election_id)
    if not verdict.ok:
        report_error(f"check failed: {verdict.reason}")
        return EXIT_FAILURE
    print(f"the booth encrypted {verdict.option} correctly")
    print(f"  election       {election.title} ({election.election_id.hex()[:16]})")
    print(f"  tracking code  {verdict.tracking_code.hex()} (this spoiled ballot is never cast: vote again)")
    return EXIT_OK
