"""Pieces shared by the command modules: the parser class, errors, the data-dir option, opening a store."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from votingapp.core.manifest import Genesis
from votingapp.store.database import ChainStore
from votingapp.store.datadir import DB_NAME, DataDir, default_data_dir

PROG = "votingapp"
ERROR_PREFIX = f"{PROG}: error: "

# Exit codes.
EXIT_OK = 0
EXIT_FAILURE = 1  # an operation failed, or (verify) the chain is invalid
EXIT_USAGE = 2  # bad arguments, or (verify) inputs that are missing or cannot be read

class CliError(Exception):
    """An error to report as one line on stderr, with the exit code to use."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr (exit code 2)."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{ERROR_PREFIX}{message} (see '{self.prog} --help')\n")
        raise SystemExit(EXIT_USAGE)


if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[Parser]
else:
    Subparsers = argparse._SubParsersAction


def report_error(message: str) -> None:
    """Write one error line to stderr."""
    text = " ".join(str(message).split())  # one line, whatever the message holds
    sys.stderr.write(f"{ERROR_PREFIX}{text}\n")


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    """The ``--data-dir DIR`` option (default: the per-user application data location)."""
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"this node's data dir (default: {default_data_dir()})",
    )


def data_dir_of(args: argparse.Namespace) -> DataDir:
    """The data dir the command works on."""
    path = getattr(args, "data_dir", None)
    return DataDir(path if path is not None else default_data_dir())


def open_election(data_dir: DataDir, code: int = EXIT_FAILURE) -> tuple[ChainStore, Genesis]:
    """Open the database of a data dir that holds an election, read-only (no write locks are taken).

    Raises :class:`CliError` (with ``code``) when the data dir, the database or the election is missing.
    """
    if not data_dir.path.exists():
        raise CliError(f"data dir {data_dir.path} does not exist", code)
    if not data_dir.path.is_dir():
        raise CliError(f"data dir {data_dir.path} is not a directory", code)
    if not data_dir.db_path.exists():
        raise CliError(
            f"data dir {data_dir.path} holds no election (no {DB_NAME}); create one with 'election create'", code
        )
    store = data_dir.open_store(readonly=True)
    try:
        genesis = store.genesis()
    except sqlite3.DatabaseError as exc:
        store.close()
        raise CliError(f"database {data_dir.db_path} is damaged ({exc})", code) from None
    except BaseException:
        store.close()
        raise
    if genesis is None:
        store.close()
        raise CliError(f"data dir {data_dir.path} holds no election yet", code)
    return store, genesis
