"""``python -m votingapp COMMAND``: the node's tools without a GUI (DESIGN.md section 7).

Commands live in modules named for what they do; each has ``add_commands(subparsers, election)``, which
adds its sub-parsers to the top level and to ``election`` (the sub-parsers of ``election ...``) and sets
``func`` (``args -> exit code``) on each.  :data:`COMMAND_MODULES` is the registry; ``register_commands``
adds more at run time, and ``votingapp/cli_node.py`` (node, register, vote, status, election admit/close)
joins through the hook in :func:`build_parser` when it exists.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence

from votingapp import cli_audit, cli_election
from votingapp.cli_base import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, PROG, CliError, Parser, Subparsers, report_error
from votingapp.core.errors import LedgerError

CommandAdder = Callable[[Subparsers, Subparsers], None]

# The registry: every function here adds its commands to a new parser.
COMMAND_MODULES: list[CommandAdder] = [cli_election.add_commands, cli_audit.add_commands]
_EXTRA: list[CommandAdder] = []

GUI_NOTICE = f"{PROG}: no command given (`python main.py` opens the desktop app); the commands are:"


def register_commands(adder: CommandAdder) -> CommandAdder:
    """Add a module's ``add_commands`` to every parser built from now on (usable as a decorator)."""
    _EXTRA.append(adder)
    return adder


def _add_bench(subparsers: Subparsers, election: Subparsers) -> None:
    p = subparsers.add_parser("bench", help="the benchmark suite (DESIGN.md section 8)")
    p.add_argument("--votes", type=int, default=10_000, metavar="N", help="voters to register and vote (default 10000)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--section", action="append", metavar="NAME", help="run only this section (repeatable)")
    p.set_defaults(func=_cmd_bench)


def _cmd_bench(args: argparse.Namespace) -> int:
    from votingapp.bench.suite import main as bench_main  # imported on use: heavy and rarely needed

    if args.votes < 1:
        raise CliError("--votes must be at least 1", EXIT_USAGE)
    return bench_main(args.votes, args.json, args.section)


def build_parser(with_node_commands: bool = True) -> Parser:
    """The whole command line: built-in commands, registered ones, and the node commands if present.

    ``with_node_commands=False`` leaves the node commands out (they import the node, asyncio, ...): the
    tools that only read a data dir or a file start faster without them.
    """
    parser = Parser(prog=PROG, description="A polling station on a LAN, recorded on a small blockchain.")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    election_parser = subparsers.add_parser("election", help="create, export, admit, close the election")
    election = election_parser.add_subparsers(dest="election_command", metavar="ACTION", parser_class=Parser)
    election_parser.set_defaults(func=lambda _args: _missing_action(election_parser))
    for adder in [*COMMAND_MODULES, _add_bench, *_EXTRA]:
        adder(subparsers, election)
    # ---- HOOK: node commands (node, register, vote, status, election admit/close) ---------------
    # votingapp/cli_node.py is written separately; until it exists these commands are absent.
    if not with_node_commands:
        return parser
    try:
        from votingapp import cli_node  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        if importlib.util.find_spec("votingapp.cli_node") is not None:
            raise  # cli_node exists but is broken: show it
    else:
        cli_node.add_commands(subparsers, election)
    # ---------------------------------------------------------------------------------------------
    return parser


def _top_level_commands(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def _missing_action(parser: argparse.ArgumentParser) -> int:
    report_error(f"'{parser.prog}' needs an action (see '{parser.prog} --help')")
    return EXIT_USAGE


def _describe_os_error(exc: OSError) -> str:
    where = exc.filename if exc.filename is not None else None
    reason = exc.strerror or str(exc)
    return f"{where}: {reason}" if where else reason


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code. Errors are one line on stderr, never a traceback."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(with_node_commands=False)
    if not argv or argv[0] not in _top_level_commands(parser) or argv[0] == "election":
        parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already reported
        return exc.code if isinstance(exc.code, int) else (EXIT_OK if exc.code is None else EXIT_USAGE)
    func = getattr(args, "func", None)
    if func is None:
        print(GUI_NOTICE)
        parser.print_help()
        return EXIT_OK
    try:
        return int(func(args))
    except CliError as exc:
        report_error(str(exc))
        return exc.code
    except LedgerError as exc:  # StoreError, KeyFileError, ChainError, DecodeError, ...
        report_error(str(exc))
        return EXIT_FAILURE
    except sqlite3.Error as exc:
        report_error(f"database error: {exc}")
        return EXIT_FAILURE
    except BrokenPipeError:
        return EXIT_FAILURE
    except OSError as exc:
        report_error(_describe_os_error(exc))
        return EXIT_FAILURE
    except KeyboardInterrupt:
        report_error("interrupted")
        return 130
    except Exception as exc:  # a bug: still one line (set VOTINGAPP_TRACEBACK=1 to see where)
        if os.environ.get("VOTINGAPP_TRACEBACK"):
            raise
        report_error(f"internal error ({type(exc).__name__}): {exc}")
        return EXIT_FAILURE
