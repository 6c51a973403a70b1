"""A writer killed with SIGKILL at random moments leaves a store that opens, verifies, and lost no commit."""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.unit.chainmaker import make_election
from votingapp.core.verify import verify_chain
from votingapp.store.database import ChainStore

ROOT = Path(__file__).resolve().parents[2]
WRITER = "import sys; from tests.unit.store_writer import main; main(sys.argv[1:])"
LABEL = "kill9"
ROUNDS = 4
MAX_BLOCKS_PER_ROUND = 300  # bounds on the writer, should the test fail to kill it
MAX_SECONDS_PER_ROUND = 30
READ_TIMEOUT = 30.0


def read_until(proc: subprocess.Popen[bytes], commits: int, during_write: bool) -> list[int]:
    """Read the writer's report until ``commits`` heights are committed (and, with ``during_write``, until
    it begins writing the next block); return the committed heights (fewer if the writer stops first)."""
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    buffer = b""
    heights: list[int] = []
    deadline = time.monotonic() + READ_TIMEOUT
    while True:
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            if line.startswith(b"begin "):
                if len(heights) >= commits and during_write:
                    return heights
            else:
                heights.append(int(line))
                if len(heights) >= commits and not during_write:
                    return heights
        left = deadline - time.monotonic()
        assert left > 0, "the writer reported too little in time"
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 4096)
            if not chunk:
                return heights  # the writer exited
            buffer += chunk


def run_and_kill(db: Path, commits: int, during_write: bool) -> tuple[list[int], str]:
    """Start the writer, let it commit ``commits`` blocks, then SIGKILL it by its PID."""
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), LABEL, str(MAX_BLOCKS_PER_ROUND), str(MAX_SECONDS_PER_ROUND)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        heights = read_until(proc, commits, during_write)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        _, err = proc.communicate(timeout=30)
    return heights, err.decode(errors="replace")


def test_killing_the_writer_at_random_moments_never_loses_a_committed_block(tmp_path: Path) -> None:
    seed = random.randrange(1 << 32)
    rng = random.Random(seed)
    election = make_election(label=LABEL, difficulty=4)
    db = tmp_path / "votingapp.sqlite3"
    store = ChainStore(db, create=True)
    store.set_genesis(election.genesis)
    store.close()

    committed = 0
    for round_ in range(ROUNDS):
        during_write = round_ % 2 == 1  # alternately: between two blocks, or while one is being written
        heights, err = run_and_kill(db, rng.randint(1, 8), during_write)
        context = f"seed {seed}, round {round_}, reported {heights}, writer stderr: {err[-2000:]}"
        assert heights, context
        assert heights == list(range(committed + 1, committed + 1 + len(heights))), context

        store = ChainStore(db)
        try:
            ledger = store.open_ledger()
            assert ledger.height >= heights[-1], context
            report = verify_chain(election.genesis, (raw for _, _, raw in store.main_blocks()))
            assert report.blocks == ledger.height, context
            assert report.state.tip == ledger.state.tip, context
        finally:
            store.close()
        committed = ledger.height
    assert committed >= ROUNDS
