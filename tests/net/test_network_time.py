"""Network time: HELLO carries the clock, the median of admitted peers' offsets, the skew verdict, the
election's creation time as a floor, and blocks dated a little ahead held until due (not ignored)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.net.helpers import FAST, HOST, LINE, run, started, wait_until
from tests.net.ledger_chain import LedgerChain
from tests.net.ledger_chain import make_election as make_net_election
from tests.unit.chainmaker import T0, Election, child, key
from tests.unit.chainmaker import make_election as make_unit_election
from votingapp.core.manifest import Station, create_genesis
from votingapp.net.chain_access import BlockResult
from votingapp.net.handshake import clock_offset
from votingapp.net.messages import Hello, decode, encode
from votingapp.net.network import Network
from votingapp.node.chain_service import ChainService
from votingapp.node.clock import (
    ENV_OFFSET,
    HOLD_AHEAD_MS,
    MAX_ADJUST_MS,
    SKEW_LIMIT_MS,
    NodeClock,
    describe_ms,
    env_offset_ms,
    median_offset,
)
from votingapp.store.database import ChainStore

MIN = 60_000


class FakeWall:
    """A wall clock the test moves (seconds, as time.time)."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> float:
        return self.ms / 1000


# ----- the median and the verdict


def test_the_median_counts_this_station_and_prefers_the_middle_value_nearer_to_zero():
    assert median_offset([]) == 0
    assert median_offset([-3 * MIN, -3 * MIN]) == -3 * MIN  # [-3, -3, 0]: we are the odd one out
    assert median_offset([3 * MIN, 0]) == 0  # [0, 0, 3]: the other is
    assert median_offset([5 * MIN]) == 0  # [0, 5]: of the two middle values, the one nearer to 0
    assert median_offset([-30 * MIN, 2_000, 1_000]) == 0  # [-30, 0, 1 s, 2 s]: 0 and 1 s in the middle
    assert median_offset([2_000, 3_000, 1_000]) == 1_000  # [0, 1 s, 2 s, 3 s]


def test_one_peer_is_not_enough_to_call_a_clock_wrong():
    clock = NodeClock(local_offset_ms=0, wall=FakeWall(T0))
    assert not clock.peer_offset(b"a", 30 * MIN)
    assert clock.problem is None and clock.network_ms() == T0
    assert clock.status().skew_ms is None and clock.status().peers == 1


def test_two_peers_that_agree_make_network_time_and_call_this_clock_wrong():
    changes: list[int] = []
    clock = NodeClock(local_offset_ms=0, wall=FakeWall(T0))
    clock.on_change.append(lambda: changes.append(clock.network_ms()))
    clock.peer_offset(b"a", -(3 * MIN + 2_000))
    assert clock.peer_offset(b"b", -(3 * MIN + 2_000))
    assert changes == [T0 - 3 * MIN - 2_000]
    assert clock.network_ms() == T0 - 3 * MIN - 2_000
    assert clock.status().skew_ms == 3 * MIN + 2_000
    assert clock.problem == (
        "this station's clock is 3 min 2 s ahead of the other stations: set the clock; "
        "mining and registration are paused"
    )
    # one of them leaves: no majority any more, no verdict and no adjustment
    assert clock.peer_offset(b"a", None)
    assert clock.problem is None and clock.network_ms() == T0


def test_a_station_behind_is_told_so_and_small_offsets_are_applied_but_not_a_problem():
    clock = NodeClock(local_offset_ms=0, wall=FakeWall(T0))
    clock.peer_offset(b"a", 30 * MIN)
    clock.peer_offset(b"b", 30 * MIN + 500)
    assert "30 min behind the other stations" in (clock.problem or "")
    small = NodeClock(local_offset_ms=0, wall=FakeWall(T0))
    small.peer_offset(b"a", SKEW_LIMIT_MS - 1_000)
    small.peer_offset(b"b", SKEW_LIMIT_MS - 1_000)
    assert small.problem is None and small.network_ms() == T0 + SKEW_LIMIT_MS - 1_000


def test_an_offset_beyond_the_cap_is_not_applied_but_the_clock_is_still_wrong():
    clock = NodeClock(local_offset_ms=0, wall=FakeWall(T0))
    clock.peer_offset(b"a", MAX_ADJUST_MS + MIN)
    clock.peer_offset(b"b", MAX_ADJUST_MS + MIN)
    assert clock.network_ms() == T0
    assert "1 h 11 min behind" in (clock.problem or "")


def test_network_time_is_never_before_the_election_was_created():
    clock = NodeClock(local_offset_ms=0, floor_ms=T0 + 10 * MIN, wall=FakeWall(T0))
    assert clock.network_ms() == T0
    assert clock.now_ms() == T0 + 10 * MIN


def test_the_env_variable_shifts_the_local_clock():
    assert env_offset_ms({ENV_OFFSET: "-1800000"}) == -30 * MIN
    assert env_offset_ms({ENV_OFFSET: "soon"}) == 0
    assert env_offset_ms({}) == 0
    assert NodeClock(local_offset_ms=3 * MIN, wall=FakeWall(T0)).local_ms() == T0 + 3 * MIN
    assert describe_ms(-(2 * 3600 + 5 * 60) * 1000) == "2 h 5 min"


# ----- HELLO carries the time


def test_hello_carries_the_time_and_one_without_it_still_decodes():
    hello = Hello(b"\x01" * 32, b"\x02" * 32, "Desk", 0, 0, b"\x03" * 32, b"\x04" * 32, 1, time=T0)
    assert decode(1, encode(hello)[5:]) == hello
    plain = Hello(b"\x01" * 32, b"\x02" * 32, "Desk", 0, 0, b"\x03" * 32, b"\x04" * 32, 1)
    assert decode(1, encode(plain)[5:]) == plain
    assert clock_offset(hello, T0 - 3 * MIN, round_trip_s=0.2) == 3 * MIN + 100
    assert clock_offset(plain, T0, 0.0) is None


def test_three_networks_measure_each_others_clocks_and_find_the_wrong_one():
    election = make_net_election(3)
    chains = [LedgerChain(election, election.stations[i], f"Desk {i}") for i in range(3)]
    clocks = [NodeClock(local_offset_ms=0), NodeClock(local_offset_ms=0), NodeClock(local_offset_ms=3 * MIN + 2_000)]

    async def scenario() -> None:
        nets = [Network(c, HOST, 0, settings=LINE, clock=k) for c, k in zip(chains, clocks)]
        try:
            for net in nets:
                await net.start()
            for i, j in ((0, 1), (0, 2), (1, 2)):
                nets[i].add_peer(HOST, nets[j].listen_port)
            await wait_until(lambda: all(len(k.peer_offsets) == 2 for k in clocks), 10, "every clock to hear two")
            skewed = clocks[2]
            assert skewed.problem is not None and "3 min 2 s ahead of the other stations" in skewed.problem
            assert clocks[0].problem is None and clocks[1].problem is None
            assert abs(skewed.network_ms() - clocks[0].network_ms()) < 2_000
            for offset in clocks[0].peer_offsets.values():
                assert abs(offset) < 2_000 or abs(offset - (3 * MIN + 2_000)) < 2_000
            # it leaves: the others forget its offset
            await nets[2].stop()
            await wait_until(lambda: len(clocks[0].peer_offsets) == 1, 10, "the offset to be forgotten")
        finally:
            for net in nets:
                await net.stop()

    run(scenario())


def test_a_peer_that_is_not_admitted_does_not_count():
    election = make_net_election(2)
    chains = [LedgerChain(election, election.stations[0], "Desk 0"), LedgerChain(election, key("outsider"), "x")]
    clock = NodeClock(local_offset_ms=0)

    async def scenario() -> None:
        async with started(chains[1], settings=FAST) as [outsider]:
            net = Network(chains[0], HOST, 0, settings=FAST, clock=clock)
            await net.start()
            try:
                net.add_peer(HOST, outsider.listen_port)
                await wait_until(lambda: len(net.peers()) == 1, 10, "the connection")
                assert clock.peer_offsets == {}
            finally:
                await net.stop()

    run(scenario())


# ----- blocks a little ahead are held, not ignored


def _service(tmp_path: Path, election: Election, clock: NodeClock) -> ChainService:
    store = ChainStore(tmp_path / "db.sqlite3", create=True)
    store.set_genesis(election.genesis)
    return ChainService(store, key("service station"), "Desk", lambda *_: None, None, clock)


def test_a_block_a_few_minutes_ahead_is_held_and_applied_when_due(tmp_path):
    election = make_unit_election()
    wall = FakeWall(T0 + 60 * MIN)
    service = _service(tmp_path, election, NodeClock(local_offset_ms=0, wall=wall))
    announced: list[BlockResult] = []
    service.held.announce = lambda _raw, result: announced.append(result)
    early = child(election, None, [election.register(election.voter(0), time=wall.ms)], time=wall.ms + 5 * MIN)
    try:
        assert service.receive_block(early.encode(), "fast peer") is BlockResult.KNOWN
        assert service.ledger.height == 0 and early.hash in service.held
        assert service.held.due_in_ms() == 3 * MIN
        wall.ms += 2 * MIN
        service.held.release_due()  # not due yet: nothing happens
        assert service.ledger.height == 0 and len(service.held) == 1 and announced == []
        wall.ms += MIN
        assert service.held.release_due() == 1
        assert service.ledger.height == 1 and service.ledger.best.hash == early.hash
        assert len(service.held) == 0 and announced == [BlockResult.NEW]
    finally:
        service.close()


def test_a_block_too_far_ahead_is_not_held(tmp_path):
    election = make_unit_election()
    wall = FakeWall(T0 + 60 * MIN)
    service = _service(tmp_path, election, NodeClock(local_offset_ms=0, wall=wall))
    far = child(election, None, [election.register(election.voter(0), time=wall.ms)],
                time=wall.ms + HOLD_AHEAD_MS + MAX_ADJUST_MS)
    try:
        assert service.receive_block(far.encode(), "wild peer") is BlockResult.KNOWN
        assert len(service.held) == 0 and service.ledger.height == 0
    finally:
        service.close()


def test_network_time_decides_what_is_from_the_future(tmp_path):
    election = make_unit_election()
    wall = FakeWall(T0 + 60 * MIN)
    clock = NodeClock(local_offset_ms=0, wall=wall)
    service = _service(tmp_path, election, clock)
    block = child(election, None, [election.register(election.voter(0), time=wall.ms)], time=wall.ms + 5 * MIN)
    try:
        clock.peer_offset(b"a", 4 * MIN)  # this station's clock is 4 minutes behind the others
        clock.peer_offset(b"b", 4 * MIN)
        assert service.receive_block(block.encode(), "peer") is BlockResult.NEW
    finally:
        service.close()


def test_an_election_created_by_a_clock_ten_minutes_ahead_takes_blocks_at_its_creation_time(tmp_path):
    base = make_unit_election()
    now = T0 + 60 * MIN
    created = now + 10 * MIN
    genesis = create_genesis(base.authority, "Ahead", ["Alice", "Bob"],
                             [Station(s.public, "Desk 1") for s in base.stations], base.difficulty, created=created,
                             ballot="open")
    election = Election(base.authority, base.stations, genesis, clock=created)
    clock = NodeClock(local_offset_ms=0, wall=FakeWall(now))
    service = _service(tmp_path, election, clock)
    try:
        assert clock.now_ms() == created  # what this station stamps: never before the creation
        first = child(election, None, [election.register(election.voter(0), time=created)], time=created)
        assert service.receive_block(first.encode(), "peer") is BlockResult.NEW
        second = child(election, first, [election.register(election.voter(1), time=created)], time=created)
        assert service.receive_block(second.encode(), "peer") is BlockResult.NEW
        ahead = child(election, second, [election.register(election.voter(2), time=created)], time=created + 3 * MIN)
        assert service.receive_block(ahead.encode(), "peer") is BlockResult.KNOWN  # beyond the slack: held
        assert ahead.hash in service.held
    finally:
        service.close()


@pytest.mark.parametrize("offset", [3 * MIN, -30 * MIN])
def test_a_skewed_station_does_not_mine(tmp_path, offset):
    from votingapp.node.mining import MiningSchedule

    election = make_unit_election(stations=1)
    clock = NodeClock(local_offset_ms=0, wall=FakeWall(T0 + 60 * MIN))
    service = _service(tmp_path, election, clock)
    jobs: list[object] = []

    class Miner:
        def submit(self, job: object) -> None:
            jobs.append(job)

        def cancel(self) -> None:
            pass

    async def scenario() -> None:
        import asyncio

        loop = asyncio.get_running_loop()
        schedule = MiningSchedule(loop, service, Miner(), election.stations[0].public)  # type: ignore[arg-type]
        clock.peer_offset(b"a", -offset)
        clock.peer_offset(b"b", -offset)
        assert schedule.paused is not None
        service.accept_tx(election.register(election.voter(0), time=T0 + 50 * MIN))
        schedule.reschedule()
        await asyncio.sleep(0.2)
        assert jobs == []
        clock.peer_offset(b"a", 0)  # the clock was set: the median is back to ours
        clock.peer_offset(b"b", 0)
        assert schedule.paused is None
        for _ in range(100):
            if jobs:
                break
            await asyncio.sleep(0.02)
        assert len(jobs) == 1

    try:
        run(scenario(), 10)
    finally:
        service.close()
