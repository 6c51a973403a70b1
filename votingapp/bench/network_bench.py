"""Network figures on three node processes on 127.0.0.1 (issue: LAN node).

Propagation of a vote (submitted at A, in C's mempool), confirmation (in a block on all three), a burst of
1,000 registrations within one second, and the sync throughput of a fresh node against the throughput of
``verify`` on the same chain.  Times come from the nodes' own records of when they first saw and
confirmed each transaction (``tx_times`` on the control endpoint), not from polling.
"""

from __future__ import annotations

import asyncio
import functools
import json
import statistics
import time
from pathlib import Path
from typing import Any

from votingapp.bench.base import BenchOptions, SectionResult
from votingapp.bench.cluster import NodeProcess, make_election, wait_until
from votingapp.bench.ledger_bench import build_chain, verify_in_child
from votingapp.core.manifest import DEFAULT_DIFFICULTY
from votingapp.node.control_client import BUSY_RETRY_S, PORT_FILE
from votingapp.store.datadir import DataDir

SAMPLES = 50
BURST = 1000


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _all_agree(nodes: list[NodeProcess], registered: int) -> bool:
    statuses = [n.status() for n in nodes]
    return (len({s["tip"] for s in statuses}) == 1 and all(s["mempool"] == 0 for s in statuses)
            and statuses[0]["registered"] == registered)


def _latencies(nodes: list[NodeProcess], options: BenchOptions) -> tuple[list[float], list[float]]:
    a, _b, c = nodes
    voter_ids = [a.request("register")["voter_id"] for _ in range(SAMPLES)]
    wait_until(lambda: _all_agree(nodes, SAMPLES), 60, "the registrations everywhere")
    options.progress(f"{SAMPLES} votes submitted at A, one after another")
    sent: list[tuple[float, str]] = []
    for i, voter_id in enumerate(voter_ids):
        start = time.time()
        txid = a.request("vote", voter_id=voter_id, choice=["Alice", "Bob", "Carol"][i % 3])["txid"]
        sent.append((start, txid))
        wait_until(functools.partial(_seen_at, c, txid), 10, "the vote at C", 0.002)
        time.sleep(0.02)  # votes arrive one by one, as from a booth
    wait_until(lambda: _all_agree(nodes, SAMPLES), 60, "the votes in a block everywhere")
    propagation, confirmation = [], []
    for start, txid in sent:
        propagation.append(c.request("tx_times", txid=txid)["seen"] - start)
        confirmation.append(max(n.request("tx_times", txid=txid)["confirmed"] for n in nodes) - start)
    return propagation, confirmation


async def _register_at(data_dir: DataDir) -> bool:
    """One registration through the control endpoint (asyncio: the client must not be the bottleneck).

    Like the real client (``control_client.request``), a "busy" answer (every control connection taken;
    nothing was run) is sent again after a short, growing pause, for up to ``BUSY_RETRY_S``.
    """
    deadline = time.monotonic() + BUSY_RETRY_S
    delay = 0.05
    while True:
        answer = await _register_once(data_dir)
        if answer is None or not answer.get("busy") or time.monotonic() + delay > deadline:
            return bool(answer and answer.get("ok"))
        await asyncio.sleep(delay)
        delay = min(delay * 2, 0.5)


async def _register_once(data_dir: DataDir) -> dict[str, Any] | None:
    info = json.loads((data_dir.path / PORT_FILE).read_text(encoding="utf-8"))
    secret = data_dir.secret_path.read_text(encoding="utf-8").strip()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", int(info["port"]))
    except OSError:
        return None
    try:
        writer.write(json.dumps({"secret": secret, "cmd": "register", "args": {}}).encode() + b"\n")
        answer = json.loads(await asyncio.wait_for(reader.readline(), 30))
    except (OSError, ValueError, TimeoutError):
        return None
    finally:
        writer.close()
    return answer if isinstance(answer, dict) else None


async def _submit_burst(dirs: list[DataDir]) -> int:
    results = await asyncio.gather(*(_register_at(dirs[i % len(dirs)]) for i in range(BURST)))
    return sum(results)


def _burst(nodes: list[NodeProcess], options: BenchOptions) -> tuple[float, float, float]:
    options.progress(f"{BURST} registrations at once over the three nodes")
    start = time.monotonic()
    accepted = asyncio.run(_submit_burst([DataDir(n.data_dir) for n in nodes]))
    submitted = time.monotonic() - start
    wait_until(lambda: _all_agree(nodes, SAMPLES + accepted), 120, "the burst confirmed everywhere", 0.02)
    return 100.0 * accepted / BURST, submitted, time.monotonic() - start


def _sync(workdir: Path, options: BenchOptions) -> tuple[float, float, int]:
    votes = options.votes
    options.progress(f"building a chain of {votes} votes for the sync")
    source_dir = DataDir(workdir / "source")
    genesis, _mining, _blocks = build_chain(source_dir, votes, options)
    manifest = workdir / "source-election.json"
    manifest.write_bytes(genesis.encode())
    verify_seconds, _rss = verify_in_child(source_dir.path)
    source = NodeProcess(source_dir.path, "Source")
    fresh = NodeProcess(workdir / "fresh", "Fresh")
    try:
        source.start()
        height = source.status()["height"]
        options.progress("a fresh node syncs it")
        start = time.monotonic()
        fresh.start(peers=[source], join=manifest)
        wait_until(lambda: fresh.status()["height"] == height, 600, "the fresh node to sync", 0.02)
        sync_seconds = time.monotonic() - start
    finally:
        fresh.kill9()
        source.kill9()
    return votes / sync_seconds, votes / verify_seconds, height


def run(options: BenchOptions) -> SectionResult:
    """Three nodes on 127.0.0.1: latency, burst, sync."""
    result = SectionResult("network", f"Network: three nodes on 127.0.0.1, difficulty {DEFAULT_DIFFICULTY}")
    nodes, manifest = make_election(options.workdir, ["A", "B", "C"], difficulty=DEFAULT_DIFFICULTY)
    a, b, c = nodes
    try:
        a.start()
        b.start(peers=[a], join=manifest)
        c.start(peers=[a, b], join=manifest)
        wait_until(lambda: all(len(n.status()["peers"]) == 2 for n in nodes), 30, "the nodes to connect")
        propagation, confirmation = _latencies(nodes, options)
        accepted, submitted, confirmed = _burst(nodes, options)
    finally:
        for n in nodes:
            n.stop()
    ms: dict[str, Any] = {"unit": "ms"}
    result.add("propagation_median_ms", "vote propagation A → C, median",
               round(1000 * statistics.median(propagation), 1), limit=50, **ms)
    result.add("propagation_p95_ms", "vote propagation A → C, p95", round(1000 * _p95(propagation), 1), **ms)
    result.add("confirmation_median_ms", "vote in a block on all three, median",
               round(1000 * statistics.median(confirmation), 1), **ms)
    result.add("confirmation_p95_ms", "vote in a block on all three, p95", round(1000 * _p95(confirmation), 1), **ms)
    result.add("burst_accepted_pct", f"{BURST} registrations: accepted", round(accepted, 1), "%",
               note="target 100 %")
    result.add("burst_submit_s", f"{BURST} registrations: time to submit", round(submitted, 2), "s", limit=1.0)
    result.add("burst_confirmed_s", f"{BURST} registrations: confirmed everywhere", round(confirmed, 2), "s",
               limit=10)
    sync_rate, verify_rate, height = _sync(options.workdir, options)
    result.add("sync_blocks", "blocks synced by the fresh node", height)
    result.add("sync_votes_per_s", "sync throughput of a fresh node", round(sync_rate), "votes/s")
    result.add("verify_votes_per_s", "verify throughput, same chain", round(verify_rate), "votes/s")
    result.add("sync_verify_ratio_pct", "sync / verify throughput", round(100 * sync_rate / verify_rate, 1), "%",
               note="target at least 80 %")
    return result


def _seen_at(node: NodeProcess, txid: str) -> bool:
    return bool(node.request("tx_times", txid=txid)["seen"])
