"""``python -m votingapp COMMAND``: the node's tools without a GUI (docs/design.md section 7).

Commands live in modules named for what they do; each has ``add_commands(subparsers, election)``, which adds
its sub-parsers to the top level and to ``election`` (the sub-parsers of ``election ...``) and sets ``func``
(``args -> exit code``) on each.  Layers above the CLI add their commands through ``extra`` (the benchmark
suite does, from ``votingapp/__main__.py``), so the CLI never imports them.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence

from votingapp.cli import audit, ballots, election, report
from votingapp.cli.base import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, PROG, CliError, Parser, Subparsers, report_error
from votingapp.core.errors import LedgerError

CommandAdder = Callable[[Subparsers, Subparsers], None]

GUI_NOTICE = f"{PROG}: no command given (`python main.py` opens the desktop app); the commands are:"


def build_parser(with_node_commands: bool = True, extra: Sequence[CommandAdder] = ()) -> Parser:
    """The whole command line: the commands of this package, ``extra`` ones, and the node commands.

    ``with_node_commands=False`` leaves the node commands out (they import the node, asyncio, ...): the
    tools that only read a data dir or a file start faster without them.
    """
    parser = Parser(prog=PROG, description="A polling station on a LAN, recorded on a small blockchain.")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    election_parser = subparsers.add_parser("election", help="create, export, admit, close the election")
    election_actions = election_parser.add_subparsers(dest="election_command", metavar="ACTION", parser_class=Parser)
    election_parser.set_defaults(func=lambda _args: _missing_action(election_parser))
    for adder in [election.add_commands, audit.add_commands, ballots.add_commands, report.add_commands, *extra]:
        adder(subparsers, election_actions)
    if with_node_commands:
        from votingapp.cli import node, observe  # imported on use: they load the node, asyncio and the network

        node.add_commands(subparsers, election_actions)
        observe.add_commands(subparsers, election_actions)
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


def main(argv: Sequence[str] | None = None, extra: Sequence[CommandAdder] = ()) -> int:
    """Run one command; return its exit code. Errors are one line on stderr, never a traceback."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(with_node_commands=False, extra=extra)
    if not argv or argv[0] not in _top_level_commands(parser) or argv[0] == "election":
        parser = build_parser(extra=extra)
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
