"""Commands that set a station up: ``node-id``, ``election create``, ``election export``.

``election create`` shares :mod:`votingapp.election.setup` with the desktop wizard.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from votingapp.cli.base import (
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    CliError,
    Subparsers,
    add_data_dir,
    data_dir_of,
    open_election,
)
from votingapp.core.manifest import BALLOT_KINDS, DEFAULT_DIFFICULTY, MAX_DIFFICULTY, RESULTS_MODES, Station
from votingapp.election.setup import ElectionSetupError, check_election, create_election
from votingapp.store.datadir import DataDir
from votingapp.store.files import atomic_write_bytes

DEFAULT_BALLOT = "secret"  # docs/design.md section 7


def add_commands(subparsers: Subparsers, election: Subparsers) -> None:
    """Register this module's commands."""
    p = subparsers.add_parser("node-id", help="print this station's public key (hex), creating it if absent")
    add_data_dir(p)
    p.set_defaults(func=cmd_node_id)

    p = election.add_parser("create", help="make the authority key and the election's genesis; print its id")
    add_data_dir(p)
    p.add_argument("--title", required=True, help="the election's title")
    p.add_argument("--option", action="append", required=True, metavar="OPTION", help="an option (2 or more)")
    p.add_argument(
        "--station", action="append", default=[], metavar="KEY[=NAME]", help="admit another station (its node-id)"
    )
    p.add_argument(
        "--difficulty", type=int, default=DEFAULT_DIFFICULTY, metavar="BITS",
        help=f"proof of work in leading zero bits (0 to {MAX_DIFFICULTY}, default {DEFAULT_DIFFICULTY})",
    )
    p.add_argument("--results", choices=RESULTS_MODES, default="live", help="show results live or only after close")
    p.add_argument("--manual-open", action="store_true", help="accept votes only after the authority opens it")
    p.add_argument("--name", help="this station's name (default: the configured name or the host name)")
    p.add_argument(
        "--ballot", choices=BALLOT_KINDS, default=DEFAULT_BALLOT,
        help="secret: encrypted ballots, a key ceremony among the trustees, only the sum decrypted "
             f"(docs/design.md section 10); open: plaintext votes with live results (default {DEFAULT_BALLOT})",
    )
    p.add_argument(
        "--trustee", action="append", default=[], metavar="KEY",
        help="(secret ballot) a trustee: the key (node-id) of a station admitted at creation, this one or a "
             "--station; repeat for each (default: every station admitted at creation)",
    )
    p.add_argument(
        "--threshold", type=int, default=None, metavar="K",
        help="(secret ballot) how many trustees decrypt the result together, 1 to the number of trustees "
             "(default: a majority)",
    )
    p.set_defaults(func=cmd_election_create)

    p = election.add_parser("export", help="write the election manifest another station joins with")
    add_data_dir(p)
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="the manifest file to write")
    p.set_defaults(func=cmd_election_export)


def cmd_node_id(args: argparse.Namespace) -> int:
    print(data_dir_of(args).station_key().public.hex())
    return EXIT_OK


def parse_station(text: str) -> Station:
    """``KEY`` or ``KEY=NAME``: a station's public key (64 hex digits) and optional name."""
    key_text, sep, name = text.partition("=")
    key_text = key_text.strip().lower()
    try:
        key = bytes.fromhex(key_text)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise CliError(f"--station {text[:80]!r}: expected a station key of 64 hex digits (see node-id)", EXIT_USAGE)
    return Station(key, name.strip() if sep else f"station {key.hex()[:8]}")


def parse_trustee(text: str) -> bytes:
    """``KEY``: a trustee's station key, 64 hex digits (as ``node-id`` prints it)."""
    key_text = text.strip().lower()
    try:
        key = bytes.fromhex(key_text)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise CliError(f"--trustee {text[:80]!r}: expected a station key of 64 hex digits (see node-id)", EXIT_USAGE)
    return key


def _this_station(data_dir: DataDir) -> bytes | None:
    """This data dir's station key if it has one already (nothing is created)."""
    if not data_dir.station_key_path.exists():
        return None
    return data_dir.station_key().public


def choose_trustees(
    ballot: str, trustee_args: list[str], threshold: int | None, me: bytes | None, others: list[Station]
) -> tuple[list[bytes] | None, int | None]:
    """The trustees and threshold to create the election with (None: the manifest's defaults).

    Raises a usage :class:`CliError` (one line) for trustees or a threshold with an open ballot, a trustee
    that is not a station admitted at creation, a trustee listed twice, and a threshold out of 1..n.
    """
    if ballot != "secret":
        if trustee_args or threshold is not None:
            given = "--trustee" if trustee_args else "--threshold"
            raise CliError(
                f"{given} is for a secret ballot: an open ballot (--ballot open) has no trustees", EXIT_USAGE
            )
        return None, None
    trustees = [parse_trustee(t) for t in trustee_args]
    admitted = {s.key for s in others} | ({me} if me is not None else set())
    for key in trustees:
        if key not in admitted:
            raise CliError(
                f"--trustee {key.hex()}: unknown trustee; a trustee must be a station admitted at creation "
                "(this station, see node-id, or a --station)",
                EXIT_USAGE,
            )
    if len(set(trustees)) != len(trustees):
        raise CliError("a trustee is listed twice", EXIT_USAGE)
    n = len(trustees) if trustees else 1 + len(others)
    if threshold is not None and not 1 <= threshold <= n:
        raise CliError(
            f"--threshold {threshold} is out of range: k must be 1 to {n} (the number of trustees)", EXIT_USAGE
        )
    return (trustees or None), threshold


def cmd_election_create(args: argparse.Namespace) -> int:
    others = [parse_station(s) for s in args.station]
    data_dir = data_dir_of(args)
    try:  # the arguments first: a usage error (exit 2) writes nothing
        check_election(
            args.title, args.option, others, args.difficulty, args.results, args.name or "this station", args.ballot
        )
    except ElectionSetupError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    trustees, threshold = choose_trustees(args.ballot, args.trustee, args.threshold, _this_station(data_dir), others)
    secret: dict[str, Any] = {}
    if trustees is not None:
        secret["trustees"] = trustees
    if threshold is not None:
        secret["threshold"] = threshold
    genesis = create_election(
        data_dir, args.title, args.option, others,
        difficulty=args.difficulty, results=args.results, manual_open=args.manual_open, name=args.name,
        ballot=args.ballot, **secret,
    )
    print(genesis.election_id.hex())
    manifest = genesis.manifest
    if manifest.secret and len(manifest.trustees) == 1:
        sys.stderr.write(
            f"{PROG}: warning: one trustee: this station alone could decrypt single ballots; name more trustees "
            "(--station and --trustee) for a real secret ballot\n"
        )
    return EXIT_OK


def cmd_election_export(args: argparse.Namespace) -> int:
    store, genesis = open_election(data_dir_of(args))
    store.close()
    atomic_write_bytes(args.out, genesis.encode())
    print(f"wrote {args.out}: election {genesis.election_id.hex()} ({genesis.manifest.title})")
    return EXIT_OK
