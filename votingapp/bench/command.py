"""The ``bench`` command, added to the command line by ``votingapp/__main__.py`` and ``main.py``."""

from __future__ import annotations

import argparse
from pathlib import Path

from votingapp.cli.base import EXIT_USAGE, CliError, Subparsers

MAX_SOAK_MINUTES = 24 * 60


def add_commands(subparsers: Subparsers, _election: Subparsers) -> None:
    """Add ``bench`` and ``soak`` to the top level."""
    p = subparsers.add_parser("bench", help="the benchmark suite (docs/design.md section 8)")
    p.add_argument("--votes", type=int, default=10_000, metavar="N", help="voters to register and vote (default 10000)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--section", action="append", metavar="NAME", help="run only this section (repeatable)")
    p.set_defaults(func=_cmd_bench)

    p = subparsers.add_parser(
        "soak", help="(root) three stations in network namespaces under load and random faults; nothing may be lost",
        description="Three stations, each in its own network namespace with its data dir on a small tmpfs, "
                    "register and vote for N minutes while nodes are killed (also with a jumped clock), cables "
                    "cut and disks filled; then every returned receipt and voter_id must be in every station's "
                    "chain, and the stations must agree. Exit 0 when so, 1 otherwise, 2 when it cannot run here.",
    )
    p.add_argument("--minutes", type=float, default=5.0, metavar="N", help="minutes of load and faults (default 5)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--seed", type=int, help="seed of the random load and faults (default: a random one, printed)")
    p.add_argument("--log-dir", type=Path, metavar="DIR",
                   help="keep the nodes' logs, the records and the event log here")
    p.set_defaults(func=_cmd_soak)


def _cmd_bench(args: argparse.Namespace) -> int:
    from votingapp.bench.suite import main as bench_main  # imported on use: heavy and rarely needed

    if args.votes < 1:
        raise CliError("--votes must be at least 1", EXIT_USAGE)
    return bench_main(args.votes, args.json, args.section)


def _cmd_soak(args: argparse.Namespace) -> int:
    from votingapp.bench.soak import main as soak_main  # imported on use

    if not 0 < args.minutes <= MAX_SOAK_MINUTES:
        raise CliError(f"--minutes must be more than 0 and at most {MAX_SOAK_MINUTES}", EXIT_USAGE)
    return soak_main(args.minutes, args.json, args.seed, args.log_dir)
