"""Helpers of the command-line tests: run the CLI, fill a data dir's chain without a node."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from votingapp.bench.command import add_commands as bench_commands
from votingapp.bench.ledger_bench import add_voters
from votingapp.cli.main import main
from votingapp.core.block import mine_block
from votingapp.core.transactions import Close, sign
from votingapp.store.datadir import DataDir

ROOT = Path(__file__).resolve().parents[2]
DIFFICULTY = 4


@dataclass
class Result:
    """What a command did."""

    code: int
    out: str
    err: str


def run_cli(*args: str | Path) -> Result:
    """``python -m votingapp ARGS`` in a child process (the real exit code and streams)."""
    proc = subprocess.run(
        [sys.executable, "-m", "votingapp", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


def run_in_process(*args: str | Path) -> Result:
    """What ``python -m votingapp ARGS`` runs, in this process, its output captured (fast)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args], extra=[bench_commands])
    return Result(code, out.getvalue(), err.getvalue())


def assert_one_error_line(result: Result, *fragments: str) -> None:
    """A failure reported as one clean line on stderr, without a traceback."""
    assert result.code != 0, result
    assert "Traceback" not in result.err, result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("votingapp: error: "), lines[0]
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def add_votes(data_dir: Path, choices: list[str]) -> None:
    """One new voter per entry of ``choices``, registered by this station and voting for it (mined, stored)."""
    dd = DataDir(data_dir)
    store = dd.open_store()
    try:
        ledger = store.open_ledger()
        add_voters(store, ledger, dd.station_key(), len(choices), choices, ledger.difficulty)
    finally:
        store.close()


def close_election(data_dir: Path) -> None:
    """The authority closes the election (a block with the close transaction)."""
    dd = DataDir(data_dir)
    store = dd.open_store()
    try:
        ledger = store.open_ledger()
        authority = dd.authority_key()
        assert authority is not None
        tx = sign(Close(ledger.election_id, time=int(time.time() * 1000)), authority)
        now = max(int(time.time() * 1000), ledger.state.tip_time)
        block = mine_block(ledger.height + 1, ledger.state.tip, now, [tx], dd.station_key(), ledger.difficulty)
        assert block is not None
        store.record(block, ledger.add_block(block))
    finally:
        store.close()


def create_election(data_dir: Path, *extra: str) -> str:
    """``election create`` at a low difficulty; return the election id."""
    result = run_in_process(
        "election", "create", "--data-dir", data_dir, "--title", "Test vote", "--ballot", "open",
        "--option", "Alice", "--option", "Bob", "--option", "Carol", "--difficulty", str(DIFFICULTY), *extra,
    )
    assert result.code == 0, result
    return result.out.strip()
