"""The ``bench`` command, added to the command line by ``votingapp/__main__.py`` and ``main.py``."""

from __future__ import annotations

import argparse

from votingapp.cli.base import EXIT_USAGE, CliError, Subparsers


def add_commands(subparsers: Subparsers, _election: Subparsers) -> None:
    """Add ``bench`` to the top level."""
    p = subparsers.add_parser("bench", help="the benchmark suite (docs/design.md section 8)")
    p.add_argument("--votes", type=int, default=10_000, metavar="N", help="voters to register and vote (default 10000)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--section", action="append", metavar="NAME", help="run only this section (repeatable)")
    p.set_defaults(func=_cmd_bench)


def _cmd_bench(args: argparse.Namespace) -> int:
    from votingapp.bench.suite import main as bench_main  # imported on use: heavy and rarely needed

    if args.votes < 1:
        raise CliError("--votes must be at least 1", EXIT_USAGE)
    return bench_main(args.votes, args.json, args.section)
