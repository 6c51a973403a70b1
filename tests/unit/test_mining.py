"""The miner and its schedule: a job is abandoned within milliseconds when cancelled, replaced or stopped,
and the station in turn mines after the short batching window while the others back off for 1.5–2 s.

Two stations: the station in turn at height h is ``stations[h % 2]``, so station 1 is in turn for the
first block and station 0 for the second.  Every wait here is bounded by a timeout of a few seconds.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.unit.chainmaker import Election, child, key, make_election
from votingapp.core.block import Block
from votingapp.core.keys import SigningKey
from votingapp.core.pow import meets_difficulty
from votingapp.node.chain_service import ChainService
from votingapp.node.mining import (
    BATCH_WINDOW_S,
    OUT_OF_TURN_DELAY_S,
    OUT_OF_TURN_JITTER_S,
    Miner,
    MiningJob,
    MiningSchedule,
)
from votingapp.store.database import ChainStore

HARD = 64  # bits of proof of work: a job at this difficulty never finishes within a test
PROMPT_S = 0.5  # "within milliseconds" (the cancel flag is read every ~2 ms), with room for a busy machine
WAIT_S = 3.0  # the longest any single wait may take
EPS = 1e-6


# -- the miner on its worker thread


class Recorder:
    """The miner's callbacks: the blocks it reports and when it is busy, observable from the test thread."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.states: list[bool] = []
        self.mined = threading.Event()
        self.busy = threading.Event()
        self.idle = threading.Event()

    def on_mined(self, block: Block) -> None:
        self.blocks.append(block)
        self.mined.set()

    def on_active(self, active: bool) -> None:
        self.states.append(active)
        (self.busy if active else self.idle).set()
        (self.idle if active else self.busy).clear()


class MinerUnderTest:
    """A started :class:`Miner`, its recorder and the thread it runs on."""

    def __init__(self, station: SigningKey, start: bool = True) -> None:
        self.record = Recorder()
        self.miner = Miner(station, self.record.on_mined, self.record.on_active)
        self.thread: threading.Thread | None = None
        if start:
            self.start()

    def start(self) -> None:
        def factory(target: Callable[[], None]) -> threading.Thread:
            self.thread = threading.Thread(target=target, name="test-miner", daemon=True)
            return self.thread

        self.miner.start(factory)

    def wait_busy(self) -> None:
        assert self.record.busy.wait(WAIT_S), "the worker never started the job"


@pytest.fixture
def election() -> Election:
    return make_election(stations=2)


@pytest.fixture
def miners(election: Election) -> Iterator[Callable[..., MinerUnderTest]]:
    made: list[MinerUnderTest] = []

    def make(start: bool = True) -> MinerUnderTest:
        m = MinerUnderTest(election.stations[0], start)
        made.append(m)
        return m

    yield make
    for m in made:
        m.miner.stop(timeout=WAIT_S)


def job(election: Election, difficulty: int, height: int = 1, voter: int = 0) -> MiningJob:
    return MiningJob(height, election.id, 1_700_000_001_000, (election.register(election.voter(voter)),), difficulty)


def timed(fn: Callable[[], object]) -> float:
    start = time.monotonic()
    fn()
    return time.monotonic() - start


def test_cancel_abandons_the_job_in_progress_promptly_and_reports_no_block(election, miners):
    m = miners()
    m.miner.submit(job(election, HARD))
    m.wait_busy()
    start = time.monotonic()
    m.miner.cancel()
    assert m.record.idle.wait(WAIT_S), "the cancelled job kept running"
    assert time.monotonic() - start < PROMPT_S
    assert m.record.blocks == [] and m.record.states == [True, False]
    # the worker is still there and mines the next job
    easy = job(election, election.difficulty, height=1, voter=1)
    m.miner.submit(easy)
    assert m.record.mined.wait(WAIT_S)
    [block] = m.record.blocks
    assert (block.height, block.prev, block.time, block.txs) == (easy.height, easy.prev, easy.time, easy.txs)
    assert block.miner == election.stations[0].public and meets_difficulty(block.hash, easy.difficulty)


def test_a_new_job_replaces_the_one_in_progress_and_only_the_new_one_is_reported(election, miners):
    m = miners()
    m.miner.submit(job(election, HARD, height=1, voter=0))
    m.wait_busy()
    start = time.monotonic()
    newer = job(election, election.difficulty, height=2, voter=1)
    m.miner.submit(newer)
    assert m.record.mined.wait(WAIT_S)
    assert time.monotonic() - start < PROMPT_S
    assert [(b.height, b.txs) for b in m.record.blocks] == [(2, newer.txs)]
    assert m.record.states == [True, False, True, False]


def test_cancel_also_forgets_a_job_that_has_not_started(election, miners):
    m = miners(start=False)
    m.miner.submit(job(election, election.difficulty))
    m.miner.cancel()
    m.start()
    # an easy job takes a millisecond; give the worker ample time to (wrongly) pick it up
    assert not m.record.busy.wait(0.2)
    assert m.record.blocks == [] and m.record.states == []


def test_stop_abandons_the_job_in_progress_and_ends_the_worker_thread(election, miners):
    m = miners()
    m.miner.submit(job(election, HARD))
    m.wait_busy()
    thread = m.thread
    assert thread is not None and thread.is_alive()
    assert timed(lambda: m.miner.stop(timeout=WAIT_S)) < PROMPT_S
    assert not thread.is_alive()
    assert m.record.blocks == [] and m.record.states == [True, False]


def test_stop_ends_an_idle_worker_thread(election, miners):
    m = miners()
    thread = m.thread
    assert thread is not None and thread.is_alive()
    assert timed(lambda: m.miner.stop(timeout=WAIT_S)) < PROMPT_S
    assert not thread.is_alive()
    assert m.record.states == []


def test_a_job_that_fails_does_not_kill_the_worker(election, miners, caplog):
    m = miners()
    m.miner.submit(replace(job(election, election.difficulty), txs=()))  # a block needs 1+ transactions
    assert m.record.idle.wait(WAIT_S)
    assert "mining failed" in caplog.text and m.record.blocks == []
    m.miner.submit(job(election, election.difficulty, voter=1))
    assert m.record.mined.wait(WAIT_S)
    assert len(m.record.blocks) == 1 and m.thread is not None and m.thread.is_alive()


# -- the schedule on the node's loop


class RecordingLoop:
    """The running loop as the schedule sees it, recording the delay of every timer it sets."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._now = 0.0
        self.delays: list[float] = []

    def time(self) -> float:
        self._now = self._loop.time()
        return self._now

    def call_at(self, when: float, callback: Callable[[], None]) -> asyncio.TimerHandle:
        self.delays.append(when - self._now)  # from the schedule's "now" to the timer
        return self._loop.call_at(when, callback)


class FakeMiner:
    """Records the jobs the schedule submits (and when) and its cancels; mines nothing."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self.jobs: list[tuple[float, MiningJob]] = []
        self.cancels = 0
        self.submitted = asyncio.Event()

    def submit(self, job: MiningJob) -> None:
        self.jobs.append((self._loop.time(), job))
        self.submitted.set()

    def cancel(self) -> None:
        self.cancels += 1

    async def next_job(self, timeout: float = WAIT_S) -> tuple[float, MiningJob]:
        await asyncio.wait_for(self.submitted.wait(), timeout)
        self.submitted.clear()
        return self.jobs[-1]


@pytest.fixture
def chain(tmp_path: Path, election: Election) -> Iterator[ChainService]:
    store = ChainStore(tmp_path / "db.sqlite3", create=True)
    store.set_genesis(election.genesis)
    service = ChainService(store, key("mining station"), "Desk", lambda *_: None)
    yield service
    service.store.close()


class Station:
    """A schedule for one station on ``chain``, wired as the node wires it, with a fake miner."""

    def __init__(self, chain: ChainService, station: SigningKey, miner: Any = None) -> None:
        loop = asyncio.get_running_loop()
        self.loop = RecordingLoop(loop)
        self.miner = miner or FakeMiner(loop)
        self.schedule = MiningSchedule(self.loop, chain, self.miner, station.public)  # type: ignore[arg-type]
        chain.on_new_tx.append(lambda _txid, _tx: self.schedule.reschedule())
        chain.on_chain_change.append(lambda _update: self.schedule.tip_changed())


def run(scenario: Coroutine[Any, Any, None]) -> None:
    asyncio.run(asyncio.wait_for(scenario, 10))


def test_the_station_in_turn_mines_after_the_batching_window(election, chain):
    async def scenario() -> None:
        me = Station(chain, election.stations[1])  # in turn for height 1
        tx = election.register(election.voter(0))
        chain.accept_tx(tx)
        start = asyncio.get_running_loop().time()
        assert me.loop.delays == [pytest.approx(BATCH_WINDOW_S, abs=EPS)]
        when, job = await me.miner.next_job()
        assert BATCH_WINDOW_S - 0.01 <= when - start < BATCH_WINDOW_S + PROMPT_S
        assert (job.height, job.prev, job.txs, job.difficulty) == (1, election.id, (tx,), election.difficulty)

    run(scenario())


def test_a_station_out_of_turn_waits_one_and_a_half_to_two_seconds(election, chain):
    async def scenario() -> None:
        me = Station(chain, election.stations[0])  # out of turn for height 1
        chain.accept_tx(election.register(election.voter(0)))
        start = asyncio.get_running_loop().time()
        [delay] = me.loop.delays
        assert OUT_OF_TURN_DELAY_S <= delay <= OUT_OF_TURN_DELAY_S + OUT_OF_TURN_JITTER_S + EPS
        # really nothing before the back-off, and the job right after it
        when, job = await me.miner.next_job(timeout=OUT_OF_TURN_DELAY_S + OUT_OF_TURN_JITTER_S + 1)
        assert delay - 0.01 <= when - start < delay + PROMPT_S
        assert job.height == 1 and len(me.miner.jobs) == 1

    run(scenario())


def test_the_out_of_turn_back_off_has_jitter_within_its_bounds(election, chain):
    async def scenario() -> None:
        chain.mempool.add(election.register(election.voter(0)), chain.state)  # no schedule is wired yet
        stations = [Station(chain, election.stations[0]) for _ in range(200)]
        for s in stations:
            s.schedule.reschedule()
        delays = [d for s in stations for d in s.loop.delays]
        for s in stations:
            s.schedule.stop()
        assert len(delays) == 200
        assert min(delays) >= OUT_OF_TURN_DELAY_S - EPS
        assert max(delays) <= OUT_OF_TURN_DELAY_S + OUT_OF_TURN_JITTER_S + EPS
        assert max(delays) - min(delays) > OUT_OF_TURN_JITTER_S / 2  # random, not one fixed delay

    run(scenario())


def test_an_empty_mempool_schedules_nothing(election, chain):
    async def scenario() -> None:
        me = Station(chain, election.stations[1])
        me.schedule.reschedule()
        me.schedule.tip_changed()
        await asyncio.sleep(2 * BATCH_WINDOW_S)
        assert me.loop.delays == [] and me.miner.jobs == []

    run(scenario())


def test_a_new_transaction_schedules_a_job_and_later_ones_join_the_same_batch(election, chain):
    async def scenario() -> None:
        me = Station(chain, election.stations[1])
        me.schedule.reschedule()
        assert me.loop.delays == []
        first = election.register(election.voter(0))
        chain.accept_tx(first)
        assert len(me.loop.delays) == 1
        await asyncio.sleep(BATCH_WINDOW_S / 5)
        second = election.register(election.voter(1))
        chain.accept_tx(second)
        assert len(me.loop.delays) == 1  # the window does not start again for each transaction
        _when, job = await me.miner.next_job()
        assert set(job.txs) == {first, second} and len(me.miner.jobs) == 1

    run(scenario())


def test_while_mining_on_the_tip_new_transactions_wait_for_the_next_job(election, chain):
    async def scenario() -> None:
        me = Station(chain, election.stations[1])
        first = election.register(election.voter(0))
        chain.accept_tx(first)
        _when, job = await me.miner.next_job()
        assert job.txs == (first,)
        second = election.register(election.voter(1))
        chain.accept_tx(second)
        await asyncio.sleep(2 * BATCH_WINDOW_S)
        assert len(me.miner.jobs) == 1 and len(me.loop.delays) == 1
        me.schedule.mined()  # the worker gave up the job (say, its block was stale)
        me.schedule.reschedule()
        _when, again = await me.miner.next_job()
        assert again.height == 1 and set(again.txs) == {first, second}

    run(scenario())


def test_a_tip_change_while_waiting_out_of_turn_restarts_the_wait_for_the_new_height(election, chain):
    async def scenario() -> None:
        me = Station(chain, election.stations[0])  # out of turn for height 1, in turn for height 2
        theirs, ours = (election.register(election.voter(n)) for n in range(2))
        chain.accept_tx(theirs)
        chain.accept_tx(ours)
        assert me.loop.delays[0] >= OUT_OF_TURN_DELAY_S
        await asyncio.sleep(BATCH_WINDOW_S)
        block = child(election, None, [theirs], miner=election.stations[1])
        chain.add_block(block)
        start = asyncio.get_running_loop().time()
        assert me.loop.delays[-1] == pytest.approx(BATCH_WINDOW_S, abs=EPS)
        when, job = await me.miner.next_job(timeout=1)
        assert when - start < BATCH_WINDOW_S + PROMPT_S
        assert (job.height, job.prev, job.txs) == (2, block.hash, (ours,))
        assert len(me.miner.jobs) == 1  # nothing was ever mined for height 1

    run(scenario())


def test_a_tip_change_that_puts_the_station_out_of_turn_restarts_the_wait_with_the_back_off(election, chain):
    async def scenario() -> None:
        me = Station(chain, election.stations[1])  # in turn for height 1, out of turn for height 2
        theirs, ours = (election.register(election.voter(n)) for n in range(2))
        chain.accept_tx(theirs)
        chain.accept_tx(ours)
        block = child(election, None, [theirs], miner=election.stations[0])
        chain.add_block(block)  # before the batching window ends
        await asyncio.sleep(4 * BATCH_WINDOW_S)
        assert me.miner.jobs == []

    run(scenario())


def test_a_tip_change_while_mining_cancels_the_stale_job_on_the_worker(election, chain):
    class HardMiner:
        """The real miner, with every job made too hard to finish."""

        def __init__(self, miner: Miner) -> None:
            self.miner = miner
            self.jobs: list[MiningJob] = []

        def submit(self, job: MiningJob) -> None:
            self.jobs.append(job)
            self.miner.submit(replace(job, difficulty=HARD))

        def cancel(self) -> None:
            self.miner.cancel()

    record = Recorder()
    miner = Miner(election.stations[1], record.on_mined, record.on_active)
    miner.start()
    try:
        async def scenario() -> None:
            me = Station(chain, election.stations[1], HardMiner(miner))  # in turn for height 1
            mine = election.register(election.voter(0))
            chain.accept_tx(mine)
            chain.accept_tx(election.register(election.voter(1)))
            loop = asyncio.get_running_loop()
            assert await loop.run_in_executor(None, record.busy.wait, WAIT_S), "no job started"
            block = child(election, None, [mine], miner=election.stations[0])
            start = time.monotonic()
            chain.add_block(block)
            assert await loop.run_in_executor(None, record.idle.wait, WAIT_S), "the stale job kept running"
            assert time.monotonic() - start < PROMPT_S
            assert record.blocks == []
            [stale] = me.miner.jobs
            assert (stale.height, stale.prev) == (1, election.id)
            me.schedule.stop()

        run(scenario())
    finally:
        miner.stop(timeout=WAIT_S)
    assert record.blocks == []


def test_a_disabled_schedule_mines_nothing(election, chain):
    async def scenario() -> None:
        me = Station(chain, election.stations[1])
        me.schedule.enabled = False
        chain.accept_tx(election.register(election.voter(0)))
        me.schedule.tip_changed()
        await asyncio.sleep(2 * BATCH_WINDOW_S)
        assert me.loop.delays == [] and me.miner.jobs == []

    run(scenario())


def test_disabling_while_waiting_mines_nothing(election, chain):
    async def scenario() -> None:
        me = Station(chain, election.stations[1])
        chain.accept_tx(election.register(election.voter(0)))
        assert len(me.loop.delays) == 1
        me.schedule.enabled = False
        await asyncio.sleep(2 * BATCH_WINDOW_S)
        assert me.miner.jobs == []

    run(scenario())


def test_stop_cancels_the_pending_timer_and_the_job(election, chain):
    async def scenario() -> None:
        me = Station(chain, election.stations[1])
        chain.accept_tx(election.register(election.voter(0)))
        assert len(me.loop.delays) == 1
        me.schedule.stop()
        assert me.miner.cancels == 1
        me.schedule.enabled = True  # the timer itself must be gone, not just ignored when it fires
        await asyncio.sleep(2 * BATCH_WINDOW_S)
        assert me.miner.jobs == []

    run(scenario())
