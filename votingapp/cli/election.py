"""Commands that set a station up: ``node-id``, ``election create``, ``election export``.

``election create`` shares :mod:`votingapp.election.setup` with the desktop wizard.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from votingapp.cli.base import EXIT_OK, EXIT_USAGE, CliError, Subparsers, add_data_dir, data_dir_of, open_election
from votingapp.core.manifest import DEFAULT_DIFFICULTY, MAX_DIFFICULTY, RESULTS_MODES, Station
from votingapp.election.setup import ElectionSetupError, check_election, create_election
from votingapp.store.files import atomic_write_bytes


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


def cmd_election_create(args: argparse.Namespace) -> int:
    others = [parse_station(s) for s in args.station]
    try:  # the arguments first: a usage error (exit 2) writes nothing
        check_election(args.title, args.option, others, args.difficulty, args.results, args.name or "this station")
    except ElectionSetupError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    genesis = create_election(
        data_dir_of(args), args.title, args.option, others,
        difficulty=args.difficulty, results=args.results, manual_open=args.manual_open, name=args.name,
    )
    print(genesis.election_id.hex())
    return EXIT_OK


def cmd_election_export(args: argparse.Namespace) -> int:
    store, genesis = open_election(data_dir_of(args))
    store.close()
    atomic_write_bytes(args.out, genesis.encode())
    print(f"wrote {args.out}: election {genesis.election_id.hex()} ({genesis.manifest.title})")
    return EXIT_OK
