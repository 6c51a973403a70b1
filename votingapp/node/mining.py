"""Mining: a worker that runs one proof-of-work job at a time, and the node-side schedule of jobs.

Who mines when (docs/design.md section 3): the station in turn mines once transactions have waited a short
batching window; the others wait a back-off of a second or two with some randomness, so an offline
station never stalls the election.  A job is cancelled within milliseconds when the tip moves.

Blocks are dated with network time (``votingapp.node.clock``), never before the tip's time; a station
whose clock is wrong (``NodeClock.problem``) does not mine until it is set.
"""

from __future__ import annotations

import asyncio
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from votingapp.core.block import MAX_BLOCK_TXS, Block, mine_block
from votingapp.core.keys import SigningKey
from votingapp.core.transactions import Transaction
from votingapp.core.validation import in_turn
from votingapp.node.chain_service import ChainService

log = logging.getLogger(__name__)

BATCH_WINDOW_S = 0.05
OUT_OF_TURN_DELAY_S = 1.5
OUT_OF_TURN_JITTER_S = 0.5


@dataclass(frozen=True)
class MiningJob:
    """Everything needed to mine one block."""

    height: int
    prev: bytes
    time: int
    txs: tuple[Transaction, ...]
    difficulty: int


class WorkerThread(Protocol):
    """A thread to host the miner: ``threading.Thread`` or, in the GUI, a QThread wrapper."""

    def start(self) -> None: ...
    def join(self, timeout: float | None = None) -> None: ...


def plain_thread(target: Callable[[], None]) -> WorkerThread:
    """The default host of the miner."""
    return threading.Thread(target=target, name="votingapp-miner", daemon=True)


class Miner:
    """Runs mining jobs on its own worker thread; ``submit`` replaces and cancels the current job."""

    def __init__(self, key: SigningKey, on_mined: Callable[[Block], None],
                 on_active: Callable[[bool], None] | None = None) -> None:
        self._key = key
        self._on_mined = on_mined
        self._on_active = on_active
        self._lock = threading.Condition()
        self._job: MiningJob | None = None
        self._cancel = threading.Event()
        self._stopping = False
        self._thread: WorkerThread | None = None

    def start(self, thread_factory: Callable[[Callable[[], None]], WorkerThread] = plain_thread) -> None:
        """Start the worker thread."""
        self._thread = thread_factory(self.run)
        self._thread.start()

    def submit(self, job: MiningJob) -> None:
        """Mine ``job`` next, cancelling whatever is being mined."""
        with self._lock:
            self._cancel.set()
            self._job = job
            self._lock.notify()

    def cancel(self) -> None:
        """Stop the current job (within milliseconds) and forget any waiting one."""
        with self._lock:
            self._job = None
            self._cancel.set()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the worker and wait for it."""
        with self._lock:
            self._stopping = True
            self._job = None
            self._cancel.set()
            self._lock.notify()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def run(self) -> None:
        """The worker loop (runs on the worker thread)."""
        while True:
            with self._lock:
                while self._job is None and not self._stopping:
                    self._lock.wait()
                if self._stopping:
                    return
                job, self._job = self._job, None
                self._cancel.clear()
            assert job is not None
            self._active(True)
            try:
                block = mine_block(job.height, job.prev, job.time, list(job.txs), self._key, job.difficulty,
                                   self._cancel)
            except Exception:  # a bug must not kill the worker; the node keeps running
                log.exception("mining failed")
                block = None
            self._active(False)
            if block is not None:
                self._on_mined(block)

    def _active(self, active: bool) -> None:
        if self._on_active is not None:
            self._on_active(active)


class MiningSchedule:
    """Decides on the loop thread when this station mines what (the Clique-style turn order)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, chain: ChainService, miner: Miner, station: bytes) -> None:
        self._loop = loop
        self._chain = chain
        self._miner = miner
        self._station = station
        self._timer: asyncio.TimerHandle | None = None
        self._waiting_since: float | None = None
        self._job_prev: bytes | None = None
        self.enabled = True
        chain.clock.on_change.append(self.clock_changed)

    @property
    def paused(self) -> str | None:
        """Why this station does not mine now although it could (its clock is wrong), or None."""
        return self._chain.clock.problem

    def clock_changed(self) -> None:
        """Network time or the clock's verdict changed: stop mining on a wrong clock, resume once it is set."""
        if self.paused is not None and self._job_prev is not None:
            self._miner.cancel()
            self._job_prev = None
        self.reschedule()

    def tip_changed(self) -> None:
        """A new best tip: stale work stops, and the batching window starts again."""
        if self._job_prev is not None and self._job_prev != self._chain.state.tip:
            self._miner.cancel()
            self._job_prev = None
        self._waiting_since = None
        self._cancel_timer()  # the turn may have changed: the new height's delay replaces the old one
        self.reschedule()

    def mined(self) -> None:
        """The worker finished (or discarded) its job."""
        self._job_prev = None

    def reschedule(self) -> None:
        """Arrange the next job from the current mempool and tip."""
        state = self._chain.state
        pool = self._chain.mempool
        # Closed: still mine, the pool then holds only late returns (cast before the close at a station cut off).
        if not self.enabled or self.paused is not None or not len(pool) or not state.is_admitted(self._station):
            self._cancel_timer()
            return
        if self._job_prev == state.tip:
            return  # already mining on this tip; the next block takes the newer transactions
        now = self._loop.time()
        if self._waiting_since is None:
            self._waiting_since = now
        height = state.height + 1
        if in_turn(state.stations, height, self._station):
            delay = BATCH_WINDOW_S
        else:
            delay = OUT_OF_TURN_DELAY_S + random.uniform(0, OUT_OF_TURN_JITTER_S)
        due = self._waiting_since + delay
        if self._timer is not None and self._timer.when() <= due:
            return
        self._cancel_timer()
        self._timer = self._loop.call_at(due, self._start_job)

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _start_job(self) -> None:
        self._timer = None
        state = self._chain.state
        if not self.enabled or self.paused is not None or not state.is_admitted(self._station):
            return
        when = max(self._chain.clock.now_ms(), state.tip_time)
        txs = self._chain.mempool.select(state, MAX_BLOCK_TXS, block_time=when)
        if not txs:
            return
        job = MiningJob(state.height + 1, state.tip, when, tuple(txs), self._chain.genesis.manifest.difficulty)
        self._job_prev = state.tip
        self._miner.submit(job)

    def stop(self) -> None:
        """No more jobs."""
        self.enabled = False
        self._cancel_timer()
        self._miner.cancel()
