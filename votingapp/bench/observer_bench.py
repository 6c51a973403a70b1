"""The observer section of ``python -m votingapp bench``: the board under 50 phones, and what it costs the node.

Three node processes on 127.0.0.1 (A serves the board; B and C are its peers).  50 clients in another process
poll the board as the page's script does (``/live`` every 2 s on a kept-alive connection, after the page
``/`` itself).  Measured: the page's latency (median, p95) under those clients, and the vote propagation
(a vote submitted at B, seen at A and in a block on all three; from the nodes' own ``tx_times``) without and
with the clients.  Then the GUI section's run (the app's node syncs N votes and mines, its windows open)
without the board and with the board served by the app's node under the 50 clients, five times each,
alternating: the median of each run's longest stall and p99 heartbeat gap.
"""

from __future__ import annotations

import asyncio
import functools
import multiprocessing
import random
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Any

from votingapp.bench.base import BenchOptions, SectionResult
from votingapp.bench.cluster import NodeProcess, free_port, make_election, wait_until
from votingapp.core.manifest import DEFAULT_DIFFICULTY

CLIENTS = 50
POLL_S = 2.0  # as the page's script (votingapp/node/observer/page.py POLL_MS)
SAMPLES = 160  # votes, half of them while the clients poll
ROUNDS = 16
GUI_RUNS = 5  # GUI runs without and with the board, alternating
PAUSE_S = 0.1  # a paused client looks again this often
CLIENT_TIMEOUT_S = 10.0
MAX_CLIENT_S = 3600.0  # the clients stop by themselves after this, whatever happens


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] if ordered else 0.0


async def _request(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: observer\r\nAccept: text/html\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    await reader.readexactly(length)
    if b"connection: close" in head.lower():
        raise ConnectionResetError("closed by the server")
    return status


async def _client(port: int, offset: float, stop_at: float, stopped: Any, polling: Any,
                  out: dict[str, list[float]]) -> None:
    """One phone: the page, then its live part every POLL_S on a kept-alive connection (a new one when it closes).

    Until its first answer, a refused connection is not an error (the board is not up yet)."""
    await asyncio.sleep(offset)
    conn: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
    path = "/"
    answered = False
    for _ in range(int(MAX_CLIENT_S / PAUSE_S) + 1):
        if stopped.is_set() or time.monotonic() > stop_at:
            break
        if not polling.is_set():  # the phone is put away for a while (the benchmark's quiet rounds)
            await asyncio.sleep(PAUSE_S)
            continue
        started = time.perf_counter()
        try:
            if conn is None:
                conn = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), CLIENT_TIMEOUT_S)
            status = await asyncio.wait_for(_request(*conn, path), CLIENT_TIMEOUT_S)
            out["page" if path == "/" else "live"].append(time.perf_counter() - started)
            answered = True
            if status != 200:
                out["errors"].append(status)
            path = "/live?lang=en"
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ValueError):
            if answered:
                out["errors"].append(0)
            if conn is not None:
                conn[1].close()
            conn = None
        await asyncio.sleep(max(0.0, POLL_S - (time.perf_counter() - started)))
    if conn is not None:
        conn[1].close()


async def _clients(port: int, count: int, stopped: Any, polling: Any) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {"page": [], "live": [], "errors": []}
    stop_at = time.monotonic() + MAX_CLIENT_S
    await asyncio.gather(*(_client(port, POLL_S * i / count, stop_at, stopped, polling, out) for i in range(count)))
    return out


def _clients_process(port: int, count: int, stopped: Any, polling: Any, results: Connection) -> None:
    """The clients' process: poll (while ``polling``) until ``stopped``, then send the latencies (s) back."""
    results.send(asyncio.run(_clients(port, count, stopped, polling)))
    results.close()


class PollingClients:
    """``count`` phones polling the board on ``port``, in a child process (they share no GIL with the node)."""

    def __init__(self, port: int, count: int = CLIENTS) -> None:
        self.port = port
        self.count = count
        self.latencies: dict[str, list[float]] = {"page": [], "live": [], "errors": []}

    @contextmanager
    def running(self, warm_up: bool = True) -> Iterator[PollingClients]:
        """The clients poll while in the block (``warm_up``: first wait until every one has started)."""
        ctx = multiprocessing.get_context("spawn")
        stopped = ctx.Event()
        self._polling = ctx.Event()
        self._polling.set()
        receive, send = ctx.Pipe(duplex=False)
        process = ctx.Process(target=_clients_process, args=(self.port, self.count, stopped, self._polling, send),
                              daemon=True)
        process.start()
        try:
            if warm_up:
                time.sleep(POLL_S + 0.5)  # every client has connected and polls
            yield self
        finally:
            stopped.set()
            if receive.poll(POLL_S + CLIENT_TIMEOUT_S + 5):
                self.latencies = receive.recv()
            process.join(10)
            if process.is_alive():
                process.kill()
                process.join(5)

    def poll(self, on: bool) -> None:
        """Start or pause the polling (within a ``running`` block); returns once every client has seen it."""
        if on:
            self._polling.set()
        else:
            self._polling.clear()
        time.sleep(POLL_S + PAUSE_S)


def _seen_at(node: NodeProcess, txid: str) -> bool:
    return bool(node.request("tx_times", txid=txid)["seen"])


def _all_agree(nodes: list[NodeProcess]) -> bool:
    statuses = [n.status() for n in nodes]
    return len({s["tip"] for s in statuses}) == 1 and all(s["mempool"] == 0 for s in statuses)


def _propagation(nodes: list[NodeProcess], count: int) -> tuple[list[float], list[float]]:
    """``count`` votes submitted at B one by one: (seen at A, in a block on all three) in seconds."""
    a, b, _c = nodes
    voter_ids = [b.request("register")["voter_id"] for _ in range(count)]
    wait_until(functools.partial(_all_agree, nodes), 60, "the registrations everywhere")
    sent = []
    for voter_id in voter_ids:
        start = time.time()
        txid = b.request("vote", voter_id=voter_id, choice=random.choice(["Alice", "Bob", "Carol"]))["txid"]
        sent.append((start, txid))
        wait_until(functools.partial(_seen_at, a, txid), 10, "the vote at A", 0.002)
        time.sleep(0.02)
    wait_until(functools.partial(_all_agree, nodes), 60, "the votes in a block everywhere")
    seen, confirmed = [], []
    for start, txid in sent:
        seen.append(a.request("tx_times", txid=txid)["seen"] - start)
        confirmed.append(max(n.request("tx_times", txid=txid)["confirmed"] for n in nodes) - start)
    return seen, confirmed


def _ms(seconds: float) -> float:
    return round(1000 * seconds, 1)


def run(options: BenchOptions) -> SectionResult:
    """The board's latency under 50 polling clients; propagation and GUI stall without and with them."""
    result = SectionResult("observer", f"Observer board: {CLIENTS} clients polling every {POLL_S:.0f} s; three "
                                       f"nodes on 127.0.0.1, difficulty {DEFAULT_DIFFICULTY}")
    workdir = options.workdir / "network"
    workdir.mkdir()
    nodes, manifest = make_election(workdir, ["A", "B", "C"], difficulty=DEFAULT_DIFFICULTY)
    a, b, c = nodes
    port = free_port()
    clients = PollingClients(port)
    try:
        a.start(extra=["--observer-port", str(port)])
        b.start(peers=[a], join=manifest)
        c.start(peers=[a, b], join=manifest)
        wait_until(lambda: all(len(n.status()["peers"]) == 2 for n in nodes), 30, "the nodes to connect")
        quiet: tuple[list[float], list[float]] = ([], [])
        loaded: tuple[list[float], list[float]] = ([], [])
        with clients.running():
            options.progress(f"{SAMPLES} votes submitted at B, in {ROUNDS} rounds: {CLIENTS} observers polling A "
                             "in every other one")
            for i in range(ROUNDS):  # quiet and loaded rounds alternate: the machine's drift hits both alike
                clients.poll(i % 2 == 1)
                seen, confirmed = _propagation(nodes, SAMPLES // ROUNDS)
                into = loaded if i % 2 else quiet
                into[0].extend(seen)
                into[1].extend(confirmed)
    finally:
        for n in nodes:
            n.stop()
    live, page, errors = clients.latencies["live"], clients.latencies["page"], clients.latencies["errors"]
    if not live:
        raise RuntimeError("the polling clients got no answer from the board")
    ms = "ms"
    result.add("live_median_ms", "/live latency under the clients, median", _ms(statistics.median(live)), ms)
    result.add("live_p95_ms", "/live latency under the clients, p95", _ms(_p95(live)), ms, limit=100)
    result.add("page_median_ms", "whole page / latency (first request), median", _ms(statistics.median(page)), ms)
    result.add("page_p95_ms", "whole page / latency (first request), p95", _ms(_p95(page)), ms)
    result.add("requests", "requests answered", len(live) + len(page))
    result.add("client_errors", "requests failed or refused", len(errors), note="target 0")
    for key, label, values in (("seen", "vote B → A (the board's node), median", 0),
                               ("confirmed", "vote in a block on all three, median", 1)):
        before = statistics.median(quiet[values])
        after = statistics.median(loaded[values])
        result.add(f"{key}_median_ms", f"{label}, no observer", _ms(before), ms)
        result.add(f"{key}_median_loaded_ms", f"{label}, {CLIENTS} observers", _ms(after), ms)
        result.add(f"{key}_p95_ms", f"{label.replace('median', 'p95')}, no observer", _ms(_p95(quiet[values])), ms)
        result.add(f"{key}_p95_loaded_ms", f"{label.replace('median', 'p95')}, {CLIENTS} observers",
                   _ms(_p95(loaded[values])), ms)
    _gui(options, result)
    return result


def _gui(options: BenchOptions, result: SectionResult) -> None:
    """The GUI section's run without and with the board under the clients (Qt imported on use)."""
    from votingapp.bench import responsiveness

    runs: dict[str, list[dict[str, float]]] = {"without": [], "with": []}
    answered = 0
    for i in range(2 * GUI_RUNS):  # alternating, so that the machine's drift hits both alike
        label = "with" if i % 2 else "without"
        workdir = options.workdir / f"gui-{i}-{label}"
        workdir.mkdir()
        options.progress(f"GUI run {i + 1} of {2 * GUI_RUNS}: {label} the board and its {CLIENTS} clients")
        gui_options = BenchOptions(options.votes, workdir, options.verbose)
        if label == "without":
            section = responsiveness.run(gui_options)
        else:  # the clients start first, in their own process, and poll until the app's node serves the board
            port = free_port()
            with PollingClients(port).running(warm_up=False) as clients:
                section = responsiveness.run(gui_options, observer_port=port)
            answered += len(clients.latencies["live"])
        runs[label].append({f.key: float(f.value) for f in section.figures})

    def median(label: str, key: str) -> float:
        return round(statistics.median(run[key] for run in runs[label]), 1)

    result.add("gui_client_requests", f"GUI runs with the board: requests it answered ({GUI_RUNS} runs)", answered)
    for key, text in (("max_stall_ms", "longest GUI stall (sync and mining)"), ("gap_p99_ms", "GUI heartbeat gap, p99"),
                      ("mining_max_stall_ms", "longest GUI stall while mining")):
        result.add(f"gui_{key}", f"{text}, no board (median of {GUI_RUNS} runs)", median("without", key), "ms")
        result.add(f"gui_{key}_loaded", f"{text}, board + {CLIENTS} clients (median of {GUI_RUNS})",
                   median("with", key), "ms")
    result.add("gui_mining_seconds", "GUI run: 300 voters mined, no board (median)",
               median("without", "mining_seconds"), "s")
    result.add("gui_mining_seconds_loaded", f"GUI run: 300 voters mined, board + {CLIENTS} clients (median)",
               median("with", "mining_seconds"), "s")
