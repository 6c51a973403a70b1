"""The ledger section: build a chain of N registrations and N votes, then verify it from the data dir.

Reported in one run:
  (a) full verification throughput, votes/s: ``python -m votingapp verify --data-dir DIR`` in a child
      process, wall time including its start-up;
  (b) the raw single-thread Ed25519 verification time of the same signatures (a plain loop);
  (c) their ratio (target at most 0.75: the chain code adds little, and two cores share the checks);
  (d) mining time per block, mean and max (default difficulty, one station);
  (e) database bytes per vote after a WAL checkpoint;
  (f) peak RSS of the verifying child (target under 300 MB at N = 100000).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

import votingapp
from votingapp.bench.base import BenchOptions, SectionResult
from votingapp.core.block import MAX_BLOCK_TXS, SigJob, decode_block_with_messages, mine_block, signature_jobs
from votingapp.core.chain import Ledger
from votingapp.core.keys import SigningKey
from votingapp.core.manifest import DEFAULT_DIFFICULTY, Genesis, Station, create_genesis
from votingapp.core.mempool import Mempool
from votingapp.core.transactions import Register, Vote, sign
from votingapp.core.verify import verify_chain
from votingapp.core.voter_id import new_secret, voter_key
from votingapp.store.database import ChainStore
from votingapp.store.datadir import DataDir

OPTIONS = ["Alice", "Bob", "Carol"]
RATIO_TARGET = 0.75
RSS_TARGET_MB = 300.0


class BenchError(Exception):
    """A benchmark step that did not work (e.g. the verifying child failed)."""


def add_voters(
    store: ChainStore,
    ledger: Ledger,
    station: SigningKey,
    votes: int,
    choices: Sequence[str],
    difficulty: int,
    progress: Callable[[str], None] | None = None,
) -> list[float]:
    """Register ``votes`` new voters and cast their votes, in full blocks mined by ``station`` and stored.

    Voter keys come from random secrets, as at a registration desk.  Returns each block's mining time.
    """
    election = ledger.election_id
    mempool = Mempool()
    mine_seconds: list[float] = []
    per_block = MAX_BLOCK_TXS // 2  # a registration and a vote per voter
    for first in range(0, votes, per_block):
        verified: set[bytes] = set()  # signed here: "checked on entry", as a node's mempool does
        for i in range(first, min(first + per_block, votes)):
            voter = voter_key(new_secret(), election)
            cast_at = int(time.time() * 1000)
            register = sign(Register(election, station=station.public, voter=voter.public, time=cast_at), station)
            vote = sign(Vote(election, voter=voter.public, choice=choices[i % len(choices)], time=cast_at), voter)
            verified.add(mempool.add(register, ledger.state))
            verified.add(mempool.add(vote, ledger.state))
        while len(mempool):
            txs = mempool.select(ledger.state, MAX_BLOCK_TXS)
            now = max(int(time.time() * 1000), ledger.state.tip_time)
            start = time.perf_counter()
            block = mine_block(ledger.height + 1, ledger.state.tip, now, txs, station, difficulty)
            mine_seconds.append(time.perf_counter() - start)
            assert block is not None
            update = ledger.add_block(block, verified=verified)
            store.record(block, update)
            mempool.update(update, ledger.state)
        if progress is not None:
            progress(f"built {min(first + per_block, votes)} of {votes} voters, {ledger.height} blocks")
    return mine_seconds


def build_chain(data_dir: DataDir, votes: int, options: BenchOptions) -> tuple[Genesis, list[float], int]:
    """A new election in ``data_dir`` with ``votes`` voters; return the genesis, mining times and block count."""
    station = data_dir.station_key()
    genesis = create_genesis(
        SigningKey.generate(), "Benchmark election", OPTIONS, [Station(station.public, "Bench desk")],
        DEFAULT_DIFFICULTY, ballot="open",
    )
    store = data_dir.open_store(create=True)
    try:
        store.set_genesis(genesis)
        ledger = Ledger(genesis, load_block=store.load_block)
        mine_seconds = add_voters(store, ledger, station, votes, OPTIONS, DEFAULT_DIFFICULTY, options.progress)
        blocks = ledger.height
    finally:
        store.close()  # the last connection: checkpoints the WAL into the database file
    return genesis, mine_seconds, blocks


def verify_in_child(data_dir: Path) -> tuple[float, float | None]:
    """Run ``python -m votingapp verify --data-dir DIR``; return its wall time and peak RSS (MB, if known)."""
    root = str(Path(votingapp.__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    cmd = [sys.executable, "-m", "votingapp", "verify", "--data-dir", str(data_dir)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, cwd=root)
    assert proc.stdout is not None
    output = proc.stdout.read()
    proc.stdout.close()
    rss_mb: float | None = None
    if hasattr(os, "wait4"):
        _pid, status, usage = os.wait4(proc.pid, 0)  # this child's own resource usage
        proc.returncode = os.waitstatus_to_exitcode(status)
        rss_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    else:  # pragma: no cover - platforms without wait4
        proc.wait()
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        last = output.decode(errors="replace").strip().splitlines()[-1:] or ["no output"]
        raise BenchError(f"the verifying child failed (exit {proc.returncode}): {last[0]}")
    return seconds, rss_mb


def verify_in_process(data_dir: DataDir, genesis: Genesis) -> float:
    """Wall time of the same full verification in this process (no interpreter start-up)."""
    store = data_dir.open_store(readonly=True)
    try:
        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as executor:
            verify_chain(genesis, (data for _h, _hash, data in store.main_blocks()), executor)
        return time.perf_counter() - start
    finally:
        store.close()


def chain_signatures(data_dir: DataDir, genesis: Genesis) -> list[SigJob]:
    """Every signature of the stored chain: (public key, signature, message)."""
    jobs: list[SigJob] = []
    store = data_dir.open_store(readonly=True)
    try:
        for _height, _hash, data in store.main_blocks():
            block, messages = decode_block_with_messages(data)
            jobs.extend(signature_jobs(block, genesis.manifest.authority, messages))
    finally:
        store.close()
    return jobs


def raw_verify_seconds(jobs: list[SigJob]) -> float:
    """A plain single-thread loop of Ed25519 verifications: the physical floor of validation."""
    load = Ed25519PublicKey.from_public_bytes
    start = time.perf_counter()
    for key, sig, msg in jobs:
        load(key).verify(sig, msg)
    return time.perf_counter() - start


def run(options: BenchOptions) -> SectionResult:
    """Build, store and verify a chain of ``options.votes`` voters; report the figures."""
    votes = options.votes
    data_dir = DataDir(options.workdir / "node")
    result = SectionResult("ledger", f"Ledger: {votes} registrations + {votes} votes, difficulty {DEFAULT_DIFFICULTY}")
    start = time.perf_counter()
    genesis, mine_seconds, blocks = build_chain(data_dir, votes, options)
    build_seconds = time.perf_counter() - start

    store = data_dir.open_store(readonly=True)
    try:
        db_bytes = store.size_bytes()
    finally:
        store.close()

    options.progress("verifying in a child process")
    child_seconds, rss_mb = verify_in_child(data_dir.path)
    options.progress("verifying in this process")
    inproc_seconds = verify_in_process(data_dir, genesis)
    options.progress("raw Ed25519 loop")
    jobs = chain_signatures(data_dir, genesis)
    raw_seconds = raw_verify_seconds(jobs)

    result.add("blocks", "blocks", blocks)
    result.add("signatures", "signatures in the chain", len(jobs))
    result.add("build_seconds", "time to build the chain", round(build_seconds, 2), "s")
    result.add("verify_seconds", "full verify (child process, wall)", round(child_seconds, 3), "s")
    result.add("verify_votes_per_s", "full verify throughput", round(votes / child_seconds), "votes/s")
    result.add("raw_ed25519_seconds", "raw Ed25519, one thread, same signatures", round(raw_seconds, 3), "s")
    result.add("raw_ed25519_per_s", "raw Ed25519 rate, one thread", round(len(jobs) / raw_seconds), "sig/s")
    result.add(
        "verify_raw_ratio", "verify time / raw Ed25519 time", round(child_seconds / raw_seconds, 3), "",
        RATIO_TARGET,
    )
    result.add("inprocess_verify_seconds", "full verify in-process (no start-up)", round(inproc_seconds, 3), "s")
    result.add("inprocess_verify_raw_ratio", "in-process verify / raw", round(inproc_seconds / raw_seconds, 3))
    mean_ms = 1000 * sum(mine_seconds) / len(mine_seconds)
    result.add("mine_ms_mean", "mining time per block, mean", round(mean_ms, 1), "ms")
    result.add("mine_ms_max", "mining time per block, max", round(1000 * max(mine_seconds), 1), "ms")
    result.add("db_bytes_per_vote", "database bytes per vote", round(db_bytes / votes), "B")
    if rss_mb is not None:
        result.add(
            "verify_peak_rss_mb", "peak RSS of the verifying child", round(rss_mb, 1), "MB", RSS_TARGET_MB,
            "target at N=100000",
        )
    return result
