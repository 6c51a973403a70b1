"""The soak test (``python -m votingapp soak --minutes N``): three stations under load and random faults.

Root only. Three stations (the authority and two admitted stations, low difficulty) each run a full node
in a network namespace of its own on one bridge (:mod:`votingapp.bench.netns`), each with its data dir on
a small tmpfs mount of its own. For N minutes:

* the load: a few workers register voters and cast votes, each voter once, each request at a random
  station, through a control client living in that station's namespace (:mod:`votingapp.bench.ns_agent`).
  Every voter_id and receipt a node RETURNED is recorded; refusals are counted with their reasons.
* the faults, one after the other, each logged with its time: ``kill9`` (SIGKILL of a node, restarted at
  once), ``clock_jump`` (SIGKILL, restarted with ``VOTINGAPP_CLOCK_OFFSET_MS`` of ±30 s or ±3 min; put
  right by the next kill of that station or after at most :data:`CLOCK_HOLD_S`), ``partition`` (a
  station's cable cut for 5-30 s, voting going on on both sides) and ``disk_full`` (a ballast file fills a
  station's tmpfs for 5-20 s). A node that exits by itself is logged and restarted.

Then, within :data:`SETTLE_S`: everything healed, every node running with the right clock, until every
station reports the same tip and an empty mempool. The nodes are stopped and each data dir is checked
offline: ``export`` (every returned receipt and voter_id must be in every station's chain), ``verify`` and
``tally`` (identical on the three stations). Exit 0 when nothing was lost and everything agrees, 1 with
the reasons otherwise, 2 when the soak cannot run here (not root, no namespaces). The mounts and the
namespaces are always removed, on errors and Ctrl+C (SIGINT or SIGTERM) too.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import itertools
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import IO, Any

from votingapp.bench.cluster import ROOT
from votingapp.bench.netns import NamespaceLan, netns_unavailable_reason
from votingapp.core.block import decode_block
from votingapp.core.errors import LedgerError
from votingapp.core.transactions import Register
from votingapp.core.voter_id import parse_voter_id, voter_key
from votingapp.store.record import RecordReader

STATIONS = ("Desk 1", "Desk 2", "Booth")  # the first is the authority
CHOICES = ("Alice", "Bob", "Carol")
DIFFICULTY = 8  # leading zero bits: blocks in milliseconds
PORT = 47500  # every station listens on it, each on its own address
TMPFS_MB = 64  # each data dir's disk
WORKERS = 4  # load threads
OP_PAUSE_S = (0.05, 0.25)  # each worker's pause between two requests
MAX_WAITING_VOTERS = 100  # registered voters waiting to vote: above this, workers only vote
VOTE_AFTER_S = 2.0  # a new voter votes at the earliest this long after registering
VOTE_RETRY_S = 1.0  # a refused vote is tried again (at a random station) at the earliest this much later
MAX_VOTE_TRIES = 30  # refusals of one voter's vote before the voter is given up (counted)
REQUEST_TIMEOUT_S = 15.0
START_TIMEOUT_S = 30.0  # for a node to answer on its control endpoint
START_RETRY_S = 2.0  # pause after a start that failed
STOP_TIMEOUT_S = 20.0
PARTITION_S = (5.0, 30.0)
DISK_FULL_S = (5.0, 20.0)
FAULT_GAP_S = (1.0, 5.0)
CLOCK_JUMPS_MS = (30_000, -30_000, 180_000, -180_000)
CLOCK_HOLD_S = (15.0, 60.0)  # how long a jumped clock stays wrong at most
CLOCK_ENV = "VOTINGAPP_CLOCK_OFFSET_MS"
SETTLE_S = 90.0  # heal, restart and converge: at most this long
STABLE_POLLS = 2  # the same tip and an empty mempool this many polls in a row
CHECK_TIMEOUT_S = 60.0  # each export / verify / tally
FAULT_KINDS = ("kill9", "clock_jump", "partition", "disk_full")
EXIT_OK, EXIT_FAILED, EXIT_CANNOT_RUN, EXIT_INTERRUPTED = 0, 1, 2, 130


class SoakError(RuntimeError):
    """The harness cannot go on (a station that cannot be set up, a tool that fails): not a finding."""


@dataclass(frozen=True)
class Reply:
    """A control request's answer: ``outcome`` is ``ok``, ``refused``, ``no_node`` or ``unknown``."""

    outcome: str
    result: Any = None
    error: str = ""


def _env(code: Path, offset_ms: int = 0) -> dict[str, str]:
    """The environment of a process run from the code snapshot ``code``, its clock ``offset_ms`` off."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(code), env.get("PYTHONPATH", "")) if p)
    env.pop(CLOCK_ENV, None)
    if offset_ms:
        env[CLOCK_ENV] = str(offset_ms)
    return env


def _cli(code: Path, *args: str, timeout: float = CHECK_TIMEOUT_S) -> subprocess.CompletedProcess[str]:
    """``python -m votingapp ARGS`` from the code snapshot, in the host's namespace (no network needed)."""
    try:
        return subprocess.run([sys.executable, "-m", "votingapp", *args], cwd=code, capture_output=True, text=True,
                              timeout=timeout, check=False, env=_env(code))
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(args, 124, "", f"timed out after {timeout:.0f} s")


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""


class Agent:
    """:mod:`votingapp.bench.ns_agent` running in a station's namespace; requests may overlap."""

    def __init__(self, lan: NamespaceLan, index: int, log: Path, code: Path) -> None:
        with open(log, "ab") as err:
            self._proc: subprocess.Popen[str] = lan.popen(
                index, [sys.executable, "-m", "votingapp.bench.ns_agent"], cwd=code, env=_env(code),
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, text=True, bufsize=1,
            )
        self._lock = threading.Lock()
        self._waiting: dict[int, Future[dict[str, Any]]] = {}
        self._ids = itertools.count(1)
        self._reader = threading.Thread(target=self._read, name=f"soak-agent-{index}", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            try:
                answer = json.loads(line)
            except ValueError:
                continue
            with self._lock:
                fut = self._waiting.pop(answer.get("id"), None)
            if fut is not None:
                fut.set_result(answer)
        with self._lock:  # the agent is gone: nobody answers what is still waiting
            waiting, self._waiting = self._waiting, {}
        for fut in waiting.values():
            fut.set_result({"ok": False, "outcome": "unknown", "error": "the namespace agent exited"})

    def call(self, data_dir: Path, cmd: str, timeout: float = REQUEST_TIMEOUT_S, **args: Any) -> Reply:
        """One control request to the node of ``data_dir``; never raises, never waits much past ``timeout``."""
        fut: Future[dict[str, Any]] = Future()
        ident = next(self._ids)
        line = json.dumps({"id": ident, "data_dir": str(data_dir), "cmd": cmd, "args": args, "timeout": timeout})
        with self._lock:
            self._waiting[ident] = fut
            try:
                assert self._proc.stdin is not None
                self._proc.stdin.write(line + "\n")
                self._proc.stdin.flush()
            except (OSError, ValueError):
                self._waiting.pop(ident, None)
                return Reply("unknown", error="the namespace agent is gone")
        try:
            answer = fut.result(timeout + 10.0)
        except FutureTimeout:
            with self._lock:
                self._waiting.pop(ident, None)
            return Reply("unknown", error="the namespace agent did not answer in time")
        if answer.get("ok"):
            return Reply("ok", answer.get("result"))
        return Reply(str(answer.get("outcome", "unknown")), error=str(answer.get("error", "")))

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            if self._proc.stdin is not None:
                self._proc.stdin.close()


class Station:
    """One station: its namespace, its tmpfs, its data dir, its node process and its agent."""

    def __init__(self, soak: Soak, index: int) -> None:
        self.soak = soak
        self.index = index
        self.name = STATIONS[index]
        self.mount = soak.tmp / f"disk{index}"
        self.data_dir = self.mount / "data"
        self.ballast = self.mount / "ballast.bin"
        self.out = soak.tmp / "logs" / f"station{index}.out"
        self.proc: subprocess.Popen[bytes] | None = None
        self.offset_ms = 0
        self.clock_until: float | None = None  # when a jumped clock is put right
        self.retry_at = 0.0  # after a failed start: when to try again
        self.joined = False
        self.agent: Agent | None = None

    @property
    def lan(self) -> NamespaceLan:
        assert self.soak.lan is not None
        return self.soak.lan

    @property
    def address(self) -> str:
        return f"{self.lan.addresses[self.index]}:{PORT}"

    def call(self, cmd: str, timeout: float = REQUEST_TIMEOUT_S, **args: Any) -> Reply:
        assert self.agent is not None
        return self.agent.call(self.data_dir, cmd, timeout, **args)

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self, offset_ms: int = 0) -> bool:
        """Start the node (clock ``offset_ms`` off) and wait until it answers; False if it does not."""
        argv = [sys.executable, "-m", "votingapp", "node", "--data-dir", str(self.data_dir), "--name", self.name,
                "--listen", self.address]
        for other in self.soak.stations:
            if other is not self:
                argv += ["--peer", other.address]
        if not self.joined:
            argv += ["--join", str(self.soak.manifest)]
        self.offset_ms = offset_ms
        with open(self.out, "ab") as out:
            out.write(f"--- {_stamp()} start, clock offset {offset_ms} ms\n".encode())
            out.flush()
            code = self.soak.code
            self.proc = self.lan.popen(self.index, argv, cwd=code, env=_env(code, offset_ms), stdout=out,
                                       stderr=subprocess.STDOUT)
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            if self.call("status", timeout=5).outcome == "ok":
                self.joined = True
                return True
            time.sleep(0.25)
        return False

    def kill9(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)
        self.proc = None

    def stop(self) -> bool:
        """SIGTERM and wait; SIGKILL if it does not stop in time (then False)."""
        if self.proc is None or self.proc.poll() is not None:
            self.proc = None
            return True
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(STOP_TIMEOUT_S)
            clean = True
        except subprocess.TimeoutExpired:
            self.kill9()
            clean = False
        self.proc = None
        return clean

    def exit_detail(self) -> str:
        code = None if self.proc is None else self.proc.returncode
        tail = _last_line(self.out.read_text(errors="replace")[-4000:]) if self.out.exists() else ""
        return f"exit code {code}: {tail}"


@dataclass
class Voter:
    voter_id: str
    reg_txid: str
    station: int
    t: float  # when it was returned (s since the start)
    tries: int = 0
    vote_after: float = 0.0


@dataclass
class OpCounts:
    requested: int = 0
    returned: int = 0
    refused: int = 0
    unknown: int = 0  # no answer came (node killed under the request): neither returned nor refused

    def to_json(self) -> dict[str, int]:
        return dataclasses.asdict(self)


@dataclass
class Findings:
    """What the final check found."""

    problems: list[str] = field(default_factory=list)
    receipts_lost: int = 0
    voter_ids_lost: int = 0
    lost: list[dict[str, Any]] = field(default_factory=list)
    heights: list[int | None] = field(default_factory=list)
    tips: list[str | None] = field(default_factory=list)
    tallies: list[dict[str, Any] | None] = field(default_factory=list)
    verified: list[bool] = field(default_factory=list)
    records_checked: int = 0  # stations whose exported record was read (lost counts are over these)


_HEX = re.compile(r"\b[0-9a-f]{8,}\b", re.IGNORECASE)
_VOTER_ID = re.compile(r"\b(?:[0-9A-Z]{4}-){3,}[0-9A-Z]{4}\b")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def reason_of(outcome: str, error: str) -> str:
    """A refusal's one-line reason with ids and numbers taken out, so that alike refusals group."""
    if outcome == "no_node":
        return "no node running (killed or restarting)"
    text = " ".join(error.split())[:200]
    text = _VOTER_ID.sub("<voter_id>", _HEX.sub("<hex>", text))
    return _NUMBER.sub("N", text)


def category_of(reason: str) -> str:
    """A short label for a refusal reason."""
    low = reason.lower()
    if "disk" in low or "space" in low:
        return "disk full"
    if "clock" in low or "future" in low or "before the election" in low or "skew" in low:
        return "clock skewed"
    if "no node" in low:
        return "node down"
    if "not registered" in low:
        return "voter not registered (yet) at that station"
    if "busy" in low:
        return "node busy"
    return "other"


def _stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class Soak:
    """One soak run; :meth:`run` returns the report (a JSON-able dict)."""

    def __init__(self, minutes: float, seed: int, log_dir: Path | None, progress: IO[str]) -> None:
        self.minutes = minutes
        self.seed = seed
        self.rng = random.Random(seed)
        self.log_dir = log_dir
        self.progress = progress
        self.tmp = Path(tempfile.mkdtemp(prefix="votingapp-soak-"))
        self.manifest = self.tmp / "election.json"
        # The code every process of the run uses, copied at the start: edits to the checkout during a run
        # (a node restarted on newer code, with another data format) do not mix versions within the run.
        self.code = self.tmp / "code"
        self.mounts: list[Path] = []
        self.lan: NamespaceLan | None = None
        self.stations: list[Station] = []
        self.started = time.monotonic()
        self.events: list[dict[str, Any]] = []
        self.faults: Counter[str] = Counter()
        self.unexpected_exits = 0
        self.lock = threading.Lock()
        self.regs = OpCounts()
        self.votes = OpCounts()
        self.refusals: Counter[tuple[str, str]] = Counter()
        self.voters: list[Voter] = []  # every voter whose voter_id was returned
        self.waiting: list[Voter] = []  # of those, the ones who have not voted yet
        self.receipts: list[tuple[str, int, float]] = []  # (txid, station, t) of every returned receipt
        self.gave_up = 0  # voters whose vote was refused MAX_VOTE_TRIES times
        self.stop_load = threading.Event()
        self.workers: list[threading.Thread] = []

    # -- logging
    def now(self) -> float:
        return time.monotonic() - self.started

    def event(self, kind: str, station: int | None, detail: str) -> None:
        entry = {"t": round(self.now(), 2), "at": _stamp(), "kind": kind,
                 "station": None if station is None else STATIONS[station], "detail": detail}
        with self.lock:
            self.events.append(entry)
        where = f" {entry['station']}" if station is not None else ""
        self.progress.write(f"[{entry['t']:7.1f} s] {kind}{where}: {detail}\n")
        self.progress.flush()

    # -- setup and teardown
    def setup(self) -> None:
        (self.tmp / "logs").mkdir()
        shutil.copytree(ROOT / "votingapp", self.code / "votingapp", ignore=shutil.ignore_patterns("__pycache__"))
        for i in range(len(STATIONS)):
            mount = self.tmp / f"disk{i}"
            mount.mkdir()
            done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={TMPFS_MB}m,mode=0700", "tmpfs", str(mount)],
                                  capture_output=True, text=True, timeout=10, check=False)
            if done.returncode != 0:
                raise SoakError(f"cannot mount a tmpfs on {mount}: {_last_line(done.stderr)}")
            self.mounts.append(mount)
        self.lan = NamespaceLan(len(STATIONS), prefix="vasoak")
        self.lan.__enter__()
        self.stations = [Station(self, i) for i in range(len(STATIONS))]
        self._create_election()
        for st in self.stations:
            st.agent = Agent(self.lan, st.index, self.tmp / "logs" / f"agent{st.index}.err", self.code)
        for st in self.stations:
            if not st.start():
                raise SoakError(f"station {st.name} did not start: {st.exit_detail()}")
        self.event("setup", None, f"3 stations up ({', '.join(s.address for s in self.stations)}), seed {self.seed}")

    def _create_election(self) -> None:
        keys = []
        for st in self.stations[1:]:
            done = _cli(self.code, "node-id", "--data-dir", str(st.data_dir))
            if done.returncode != 0:
                raise SoakError(f"node-id for {st.name}: {_last_line(done.stderr)}")
            keys += ["--station", f"{done.stdout.strip()}={st.name}"]
        first = self.stations[0]
        create = ["election", "create", "--data-dir", str(first.data_dir), "--title", "Soak test",
                  *itertools.chain.from_iterable(("--option", c) for c in CHOICES), "--difficulty", str(DIFFICULTY),
                  "--results", "live", "--name", first.name, *keys]
        if "--ballot" in _cli(self.code, "election", "create", "--help").stdout:
            create += ["--ballot", "open"]  # plaintext votes through `vote`, results live (docs/design.md section 10)
        export = ["election", "export", "--data-dir", str(first.data_dir), "--out", str(self.manifest)]
        for cmd in (create, export):
            done = _cli(self.code, *cmd)
            if done.returncode != 0:
                raise SoakError(f"{' '.join(cmd[:2])}: {_last_line(done.stderr)}")
        first.joined = True

    def teardown(self) -> None:
        """Stop everything, unmount and remove; never raises. Keeps the logs in ``log_dir`` if asked."""
        self.stop_load.set()
        for worker in self.workers:
            worker.join(REQUEST_TIMEOUT_S + 15)
        if self.lan is not None:
            for st in self.stations:
                with contextlib.suppress(Exception):
                    self.lan.heal(st.index)
                if st.agent is not None:
                    st.agent.close()
            with contextlib.suppress(Exception):
                self.lan.close()  # kills what is still running (SIGTERM, then SIGKILL), deletes the namespaces
        if self.log_dir is not None:
            with contextlib.suppress(Exception):
                self._keep_logs(self.log_dir)
        for mount in self.mounts:
            for argv in (["umount", str(mount)], ["umount", "-l", str(mount)]):  # lazily if still busy
                with contextlib.suppress(OSError, subprocess.SubprocessError):
                    subprocess.run(argv, capture_output=True, timeout=30, check=False)
                if not os.path.ismount(mount):
                    break
        if all(not os.path.ismount(m) for m in self.mounts):
            shutil.rmtree(self.tmp, ignore_errors=True)
        else:
            self.progress.write(f"soak: could not unmount everything under {self.tmp}\n")

    def _keep_logs(self, log_dir: Path) -> None:
        log_dir.mkdir(parents=True, exist_ok=True)
        for path in (self.tmp / "logs").iterdir():
            shutil.copy2(path, log_dir / path.name)
        for st in self.stations:
            for path in sorted((st.data_dir / "logs").glob("votingapp.log*")):
                shutil.copy2(path, log_dir / f"station{st.index}-{path.name}")
        for path in self.tmp.glob("*.record"):
            shutil.copy2(path, log_dir / path.name)
        (log_dir / "events.json").write_text(json.dumps(self.events, indent=1))

    # -- load
    def _worker(self, seed: int) -> None:
        rng = random.Random(seed)
        while not self.stop_load.is_set():
            voter = self._next_voter(rng)
            if voter is not None:
                self._vote(rng, voter)
            else:
                self._register(rng)
            self.stop_load.wait(rng.uniform(*OP_PAUSE_S))

    def _next_voter(self, rng: random.Random) -> Voter | None:
        with self.lock:
            now = self.now()
            ready = [i for i, v in enumerate(self.waiting) if v.vote_after <= now]
            if not ready or (len(self.waiting) < MAX_WAITING_VOTERS and rng.random() < 0.5):
                return None
            return self.waiting.pop(rng.choice(ready))

    def _refused(self, op: str, reply: Reply) -> None:
        self.refusals[(op, reason_of(reply.outcome, reply.error))] += 1

    def _register(self, rng: random.Random) -> None:
        i = rng.randrange(len(self.stations))
        with self.lock:
            self.regs.requested += 1
        reply = self.stations[i].call("register")
        with self.lock:
            if reply.outcome == "ok":
                self.regs.returned += 1
                t = self.now()
                voter = Voter(str(reply.result["voter_id"]), str(reply.result["txid"]), i, t,
                              vote_after=t + VOTE_AFTER_S)
                self.voters.append(voter)
                self.waiting.append(voter)
            elif reply.outcome == "unknown":
                self.regs.unknown += 1
            else:
                self.regs.refused += 1
                self._refused("register", reply)

    def _vote(self, rng: random.Random, voter: Voter) -> None:
        i = rng.randrange(len(self.stations))
        with self.lock:
            self.votes.requested += 1
        reply = self.stations[i].call("vote", voter_id=voter.voter_id, choice=rng.choice(CHOICES))
        with self.lock:
            if reply.outcome == "ok":
                self.votes.returned += 1
                self.receipts.append((str(reply.result["txid"]), i, self.now()))
            elif reply.outcome == "unknown":
                self.votes.unknown += 1  # maybe cast: this voter never tries again (one vote each)
            else:
                self.votes.refused += 1
                self._refused("vote", reply)
                voter.tries += 1
                if voter.tries >= MAX_VOTE_TRIES or "already voted" in reply.error.lower():
                    self.gave_up += 1
                else:
                    voter.vote_after = self.now() + VOTE_RETRY_S
                    self.waiting.append(voter)

    # -- faults
    def _sleep(self, seconds: float) -> None:
        """Sleep, looking after the nodes (restarts, clocks put right) every half second."""
        end = time.monotonic() + max(0.0, seconds)
        while True:
            self._look_after()
            left = end - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(0.5, left))

    def _look_after(self) -> None:
        for st in self.stations:
            if st.proc is not None and st.proc.poll() is not None:
                self.unexpected_exits += 1
                self.event("unexpected_exit", st.index, f"the node exited by itself, {st.exit_detail()}; restarting")
                self._restart(st, st.offset_ms)
            elif st.proc is None:
                if time.monotonic() >= st.retry_at:
                    self._restart(st, st.offset_ms)  # a start that failed before: try again
            elif st.clock_until is not None and time.monotonic() >= st.clock_until:
                st.kill9()
                self.event("clock_restore", st.index, "SIGKILL and restart with the right clock")
                self._restart(st, 0)

    def _restart(self, st: Station, offset_ms: int) -> None:
        st.clock_until = None
        if not st.start(offset_ms):
            exited = st.proc is not None and st.proc.poll() is not None
            detail = st.exit_detail()
            st.kill9()
            st.retry_at = time.monotonic() + START_RETRY_S
            what = "exited" if exited else f"did not answer within {START_TIMEOUT_S:.0f} s"
            self.event("start_failed", st.index, f"{what} ({detail}); trying again in {START_RETRY_S:.0f} s")

    def _fault(self, kind: str, st: Station, budget: float) -> None:
        i = st.index
        if kind in ("kill9", "clock_jump"):
            offset = self.rng.choice(CLOCK_JUMPS_MS) if kind == "clock_jump" else 0
            st.kill9()
            if kind == "clock_jump":
                self.event(kind, i, f"SIGKILL, restart with the clock {offset / 1000:+.0f} s off")
            else:
                self.event(kind, i, "SIGKILL, restart")
            self._restart(st, offset)
            if offset:
                st.clock_until = time.monotonic() + self.rng.uniform(*CLOCK_HOLD_S)
        elif kind == "partition":
            seconds = _duration(self.rng, PARTITION_S, budget)
            self.lan_cut(st, seconds)
        elif kind == "disk_full":
            seconds = _duration(self.rng, DISK_FULL_S, budget)
            self.fill_disk(st, seconds)
        self.faults[kind] += 1

    def lan_cut(self, st: Station, seconds: float) -> None:
        assert self.lan is not None
        self.lan.cut(st.index)
        self.event("partition", st.index, f"cable cut for {seconds:.0f} s")
        try:
            self._sleep(seconds)
        finally:
            self.lan.heal(st.index)
            self.event("heal", st.index, "cable back")

    def fill_disk(self, st: Station, seconds: float) -> None:
        try:
            written = _fill(st.ballast)
            free = shutil.disk_usage(st.mount).free
            self.event("disk_full", st.index,
                       f"ballast of {written // 1024} KiB, {free} bytes left, for {seconds:.0f} s")
            self._sleep(seconds)
        finally:
            with contextlib.suppress(FileNotFoundError):
                st.ballast.unlink()
            self.event("disk_freed", st.index, "ballast deleted")

    def _fault_loop(self, load_end: float) -> None:
        first_round = list(FAULT_KINDS)
        self.rng.shuffle(first_round)  # every kind at least once, even in a short run
        while first_round or time.monotonic() < load_end - 3:
            kind = first_round.pop(0) if first_round else self.rng.choice(FAULT_KINDS)
            left = load_end - time.monotonic()
            budget = left / (len(first_round) + 1) if first_round else left
            self._fault(kind, self.rng.choice(self.stations), budget - 2)
            self._sleep(min(self.rng.uniform(*FAULT_GAP_S), max(0.0, load_end - time.monotonic())))

    # -- settle and check
    def _settle(self, deadline: float) -> tuple[bool, str]:
        """Heal, put the clocks right, restart the stopped nodes; wait for one tip and empty mempools."""
        assert self.lan is not None
        for st in self.stations:
            self.lan.heal(st.index)
            with contextlib.suppress(FileNotFoundError):
                st.ballast.unlink()
            if st.offset_ms and st.running():
                st.stop()
                self.event("clock_restore", st.index, "clean restart with the right clock for the settle phase")
            if not st.running():
                st.proc = None
                self._restart(st, 0)
        stable = 0
        last = ""
        while time.monotonic() < deadline:
            replies = [st.call("status", timeout=5) for st in self.stations]
            if all(r.outcome == "ok" for r in replies):
                tips = {r.result["tip"] for r in replies}
                pools = [r.result["mempool"] for r in replies]
                heights = [r.result["height"] for r in replies]
                last = f"heights {heights}, {len(tips)} tip(s), mempools {pools}"
                stable = stable + 1 if len(tips) == 1 and not any(pools) else 0
                if stable >= STABLE_POLLS:
                    return True, last
            else:
                stable = 0
                last = "; ".join(f"{st.name}: {r.error}" for st, r in zip(self.stations, replies) if r.outcome != "ok")
                self._look_after()  # every clock is right by now: this only restarts nodes that are down
            time.sleep(1.0)
        return False, last

    def _check(self, findings: Findings) -> None:
        """Offline, nodes stopped: export, verify and tally each data dir; find lost receipts and voter_ids."""
        chains: list[tuple[set[str], set[bytes]] | None] = []
        election: bytes | None = None
        for st in self.stations:
            record = self.tmp / f"station{st.index}.record"
            done = _cli(self.code, "export", "--data-dir", str(st.data_dir), "--out", str(record))
            if done.returncode != 0:
                findings.problems.append(f"export of {st.name} failed: {_last_line(done.stderr)}")
                chains.append(None)
                findings.heights.append(None)
                findings.tips.append(None)
            else:
                txids, voters, height, tip, election = _read_record(record)
                chains.append((txids, voters))
                findings.heights.append(height)
                findings.tips.append(tip)
            done = _cli(self.code, "verify", "--data-dir", str(st.data_dir))
            findings.verified.append(done.returncode == 0)
            if done.returncode != 0:
                findings.problems.append(f"verify of {st.name} failed: {_last_line(done.stderr + done.stdout)}")
            done = _cli(self.code, "tally", "--data-dir", str(st.data_dir), "--json")
            try:
                findings.tallies.append(json.loads(done.stdout) if done.returncode == 0 else None)
            except ValueError:
                findings.tallies.append(None)
            if findings.tallies[-1] is None:
                findings.problems.append(f"tally of {st.name} failed: {_last_line(done.stderr)}")
        if len(set(findings.tips)) != 1 or None in findings.tips:
            findings.problems.append(f"the stations end on different tips: {findings.tips}")
        if any(t != findings.tallies[0] for t in findings.tallies) or None in findings.tallies:
            findings.problems.append("the tallies of the stations differ")
        self._find_lost(findings, chains, election)

    def _find_lost(self, findings: Findings, chains: list[tuple[set[str], set[bytes]] | None],
                   election: bytes | None) -> None:
        """Count what was returned but is missing from a station's chain (stations without a record are
        reported as problems by :meth:`_check` and not counted here)."""
        readable = [(st, c) for st, c in zip(self.stations, chains) if c is not None]
        findings.records_checked = len(readable)
        for txid, i, t in self.receipts:
            missing = [st.name for st, (txids, _) in readable if txid not in txids]
            if missing:
                findings.receipts_lost += 1
                findings.lost.append({"what": "receipt", "txid": txid, "returned_by": STATIONS[i], "t": round(t, 2),
                                      "missing_on": missing})
        for voter in self.voters:
            key = voter_key(parse_voter_id(voter.voter_id), election).public if election is not None else b""
            missing = [st.name for st, (txids, voters) in readable
                       if voter.reg_txid not in txids or key not in voters]
            if missing:
                findings.voter_ids_lost += 1
                findings.lost.append({"what": "voter_id", "txid": voter.reg_txid,
                                      "returned_by": STATIONS[voter.station], "t": round(voter.t, 2),
                                      "missing_on": missing})
        if findings.receipts_lost:
            findings.problems.append(f"{findings.receipts_lost} receipt(s) lost")
        if findings.voter_ids_lost:
            findings.problems.append(f"{findings.voter_ids_lost} voter_id(s) lost")

    # -- the run
    def run(self) -> dict[str, Any]:
        findings = Findings()
        converged, settle_state = False, "not reached"
        load_s = settle_s = 0.0
        self.setup()
        load_start = time.monotonic()
        load_end = load_start + self.minutes * 60
        self.workers = [threading.Thread(target=self._worker, args=(self.rng.getrandbits(64),),
                                         name=f"soak-load-{n}", daemon=True) for n in range(WORKERS)]
        for worker in self.workers:
            worker.start()
        self.event("load", None, f"{WORKERS} workers registering and voting for {self.minutes:g} min")
        self._fault_loop(load_end)
        self._sleep(load_end - time.monotonic())
        settle_start = time.monotonic()
        self.event("settle", None, f"faults over; healing, at most {SETTLE_S:.0f} s to converge")
        self.stop_load.set()
        for worker in self.workers:
            worker.join(REQUEST_TIMEOUT_S + 15)
        load_s = settle_start - load_start
        converged, settle_state = self._settle(settle_start + SETTLE_S)
        settle_s = time.monotonic() - settle_start
        self.event("converged" if converged else "not_converged", None, settle_state)
        if not converged:
            findings.problems.append(f"the stations did not converge within {SETTLE_S:.0f} s: {settle_state}")
        for st in self.stations:
            if not st.stop():
                findings.problems.append(f"{st.name} did not stop on SIGTERM within {STOP_TIMEOUT_S:.0f} s")
        self._check(findings)
        return self._report(findings, converged, load_s, settle_s)

    def _report(self, f: Findings, converged: bool, load_s: float, settle_s: float) -> dict[str, Any]:
        refusals = [{"op": op, "category": category_of(reason), "reason": reason, "count": n}
                    for (op, reason), n in self.refusals.most_common()]
        heights = [h for h in f.heights if h is not None]
        if self.unexpected_exits:
            f.problems.append(f"{self.unexpected_exits} node exit(s) nobody asked for")
        for what, counts in (("registration", self.regs), ("vote", self.votes)):
            if counts.returned == 0:
                f.problems.append(f"no {what} was returned: the soak proved nothing")
        return {
            "ok": not f.problems,
            "problems": f.problems,
            "seed": self.seed,
            "minutes": self.minutes,
            "duration_s": round(self.now(), 1),
            "load_s": round(load_s, 1),
            "settle_s": round(settle_s, 1),
            "registrations": self.regs.to_json(),
            "votes": self.votes.to_json(),
            "voters_given_up": self.gave_up,
            "refusals": refusals,
            "faults": {kind: self.faults[kind] for kind in FAULT_KINDS},
            "unexpected_exits": self.unexpected_exits,
            "receipts_lost": f.receipts_lost,
            "voter_ids_lost": f.voter_ids_lost,
            "lost": f.lost[:50],
            "records_checked": f.records_checked,
            "converged": converged,
            "final_height": max(heights) if heights else None,
            "heights": f.heights,
            "tips": f.tips,
            "tip_agreement": len(set(f.tips)) == 1 and None not in f.tips,
            "tallies_agree": bool(f.tallies) and None not in f.tallies and all(t == f.tallies[0] for t in f.tallies),
            "tally": f.tallies[0] if f.tallies else None,
            "verified": f.verified,
            "events": self.events,
        }


def _duration(rng: random.Random, bounds: tuple[float, float], budget: float) -> float:
    """A random duration within ``bounds``, shortened to ``budget`` but never below the lower bound."""
    return max(bounds[0], min(rng.uniform(*bounds), budget))


def _fill(path: Path) -> int:
    """Write ``path`` until the disk is full; the bytes written."""
    written = 0
    with open(path, "wb", buffering=0) as fh:
        for chunk in (1 << 20, 1 << 16, 1 << 12, 1 << 9):
            block = b"\0" * chunk
            while True:
                try:
                    written += fh.write(block) or 0
                except OSError as exc:
                    if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
                        raise
                    break
    return written


def _read_record(path: Path) -> tuple[set[str], set[bytes], int, str, bytes]:
    """An exported record's transaction ids, registered voter keys, height, tip and election id."""
    txids: set[str] = set()
    voters: set[bytes] = set()
    height = 0
    with RecordReader(path) as reader:
        election = reader.genesis.election_id
        for raw in reader.blocks():
            block = decode_block(raw)
            height = block.height
            txids.update(t.hex() for t in block.txids)
            voters.update(tx.voter for tx in block.txs if isinstance(tx, Register))
        assert reader.end is not None
        tip = reader.end.tip.hex()
    return txids, voters, height, tip, election


def to_text(report: dict[str, Any]) -> str:
    """The report for people."""
    regs, votes = report["registrations"], report["votes"]
    lines = [
        f"soak: {'PASSED' if report['ok'] else 'FAILED'} (seed {report['seed']})",
        f"  duration        {report['duration_s']:.0f} s (load {report['load_s']:.0f} s, "
        f"settle {report['settle_s']:.0f} s)",
        f"  registrations   {regs['requested']} requested, {regs['returned']} returned, {regs['refused']} refused, "
        f"{regs['unknown']} unanswered",
        f"  votes           {votes['requested']} requested, {votes['returned']} returned, {votes['refused']} refused, "
        f"{votes['unknown']} unanswered",
    ]
    if report["refusals"]:
        lines.append("  refusals")
        lines += [f"    {r['count']:6d}  {r['op']:8s} [{r['category']}] {r['reason']}" for r in report["refusals"]]
    faults = ", ".join(f"{kind} {n}" for kind, n in report["faults"].items())
    lines += [
        f"  faults          {faults}; unexpected node exits {report['unexpected_exits']}",
        f"  receipts lost   {report['receipts_lost']} (of {report['votes']['returned']} returned; "
        f"checked on {report['records_checked']} station(s))",
        f"  voter_ids lost  {report['voter_ids_lost']} (of {report['registrations']['returned']} returned)",
        f"  final height    {report['final_height']} (heights {report['heights']})",
        f"  tip agreement   {'yes' if report['tip_agreement'] else 'NO'}; tallies agree: "
        f"{'yes' if report['tallies_agree'] else 'NO'}; verify: {report['verified']}",
    ]
    if report["tally"] is not None:
        lines.append(f"  tally           {report['tally'].get('results')}")
    for lost in report["lost"][:10]:
        lines.append(f"  LOST {lost['what']} {lost['txid'][:16]} returned by {lost['returned_by']} at "
                     f"{lost['t']} s, missing on {', '.join(lost['missing_on'])}")
    lines += [f"  PROBLEM: {p}" for p in report["problems"]]
    return "\n".join(lines)


def cannot_run_reason() -> str | None:
    """Why the soak cannot run here, or None."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "the soak needs root: it builds network namespaces and tmpfs mounts (run it with sudo)"
    if shutil.which("mount") is None or shutil.which("umount") is None:
        return "the soak needs mount and umount"
    reason = netns_unavailable_reason()
    return None if reason is None else f"the soak cannot run here: {reason}"


@contextlib.contextmanager
def _interrupt_on_sigterm() -> Iterator[None]:
    """SIGTERM raises KeyboardInterrupt in the main thread (so the cleanup runs), as SIGINT does."""
    def handler(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous: Callable[[int, FrameType | None], Any] | int | None = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(minutes: float, as_json: bool, seed: int | None = None, log_dir: Path | None = None) -> int:
    """Run the soak; print the report (one JSON object with ``as_json``); the exit code."""
    reason = cannot_run_reason()
    if reason is not None:
        sys.stderr.write(f"votingapp: error: {reason}\n")
        return EXIT_CANNOT_RUN
    seed = random.SystemRandom().randrange(1 << 31) if seed is None else seed
    soak = Soak(minutes, seed, log_dir, sys.stderr)
    report: dict[str, Any] | None = None
    try:
        with _interrupt_on_sigterm():
            try:
                report = soak.run()
            finally:
                soak.teardown()
    except KeyboardInterrupt:
        sys.stderr.write("votingapp: error: soak interrupted; everything it set up is removed\n")
        return EXIT_INTERRUPTED
    except (SoakError, OSError, subprocess.SubprocessError, LedgerError) as exc:
        message = " ".join(f"{type(exc).__name__}: {exc}".split())
        if as_json:
            print(json.dumps({"ok": False, "problems": [f"harness error: {message}"], "seed": seed}))
        sys.stderr.write(f"votingapp: error: soak could not run to the end: {message}\n")
        return EXIT_FAILED
    if as_json:
        print(json.dumps(report, sort_keys=True))
    else:
        print(to_text(report))
    return EXIT_OK if report["ok"] else EXIT_FAILED
