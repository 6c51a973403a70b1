"""Finality of the close: once a close is in a block, nothing cast after its time counts in any branch.

The story of every test: two stations; station 1 is cut off (a loose cable) while the authority closes on
station 0's side.  Station 1 goes on taking ballots and registering voters on a longer branch.  When it
reconnects, the branch with the close wins however long the other is; the ballots station 1 took before
the close still count (late returns), those after it and the voters registered after it never do.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.unit.chainmaker import T0, Election, child, make_election
from votingapp.core.block import MAX_BLOCK_TXS, Block
from votingapp.core.chain import Ledger
from votingapp.core.errors import (
    BlockTransactionError,
    CastAfterClose,
    CloseBeforeLastCast,
    ElectionClosed,
    TxAfterBlock,
    TxBeforeElection,
)
from votingapp.core.mempool import Mempool
from votingapp.core.tally import tally_state
from votingapp.core.transactions import Transaction, txid_of
from votingapp.core.validation import CLOSE_WEIGHT, MAX_FUTURE_MS
from votingapp.core.verify import verify_chain


@dataclass
class Partition:
    """The blocks and transactions of the story."""

    e: Election
    first: Block  # both sides: six voters registered
    side_a: list[Block]  # station 0: one vote, then the close
    side_b: list[Block]  # station 1, cut off: longer, no close
    early: list[Transaction]  # station 1's ballots cast before the close
    late: list[Transaction]  # station 1's ballots and registrations cast after the close
    close_time: int


def make_partition() -> Partition:
    e = make_election(stations=2)
    s0, s1 = e.stations
    first = child(e, None, [e.register(e.voter(n)) for n in range(6)], miner=s1)
    vote_a = e.vote(e.voter(0), "Alice")  # station 0's voter, before the close
    early = [e.vote(e.voter(1), "Bob"), e.vote(e.voter(2), "Carol")]  # at station 1, before the close
    close = e.close()
    a2 = child(e, first, [vote_a], miner=s0)
    a3 = child(e, a2, [close], miner=s0)
    # After the close, station 1 (which never saw it) goes on: ballots, a new voter and her ballot.
    late = [e.vote(e.voter(3), "Bob"), e.register(e.voter(9), station=s1), e.vote(e.voter(9), "Bob"),
            e.vote(e.voter(4), "Bob")]
    b2 = child(e, first, [early[0]], miner=s1)
    b3 = child(e, b2, [early[1], late[0]], miner=s1)
    b4 = child(e, b3, [late[1]], miner=s1)
    b5 = child(e, b4, [late[2], late[3]], miner=s1)
    assert all(tx.time > close.time for tx in late) and all(tx.time < close.time for tx in early)
    return Partition(e, first, [a2, a3], [b2, b3, b4, b5], early, late, close.time)


@pytest.fixture
def p() -> Partition:
    return make_partition()


def add_all(ledger: Ledger, blocks: list[Block], pool: Mempool | None = None) -> list[Transaction]:
    dropped: list[Transaction] = []
    for block in blocks:
        change = ledger.add_block(block)
        if pool is not None:
            dropped += pool.update(change, ledger.state)
    return dropped


def closed_result(p: Partition) -> dict[str, int] | None:
    ledger = Ledger(p.e.genesis)
    add_all(ledger, [p.first, *p.side_a])
    return tally_state(ledger.state).results


def test_the_longer_branch_without_the_close_is_heavier_by_work_alone(p: Partition) -> None:
    ledger = Ledger(p.e.genesis)
    add_all(ledger, [p.first, *p.side_a, *p.side_b])
    work_a = ledger.entries[p.side_a[-1].hash].weight - CLOSE_WEIGHT
    work_b = ledger.entries[p.side_b[-1].hash].weight
    assert work_b > work_a  # without the checkpoint, the cut-off branch would win (the bug)


@pytest.mark.parametrize("order", ["close side first", "cut-off side first"])
def test_the_branch_with_the_close_beats_a_longer_branch_without_it(p: Partition, order: str) -> None:
    ledger = Ledger(p.e.genesis)
    sides = [p.side_a, p.side_b] if order == "close side first" else [p.side_b, p.side_a]
    add_all(ledger, [p.first, *sides[0], *sides[1]])
    assert ledger.state.tip == p.side_a[-1].hash
    assert ledger.state.closed
    assert ledger.state.close_time == p.close_time
    assert not ledger.on_main(p.side_b[0].hash)


def test_after_the_reorg_only_the_ballots_cast_before_the_close_count(p: Partition) -> None:
    """The cut-off station's node: its own branch first, then the close side's blocks after the cable is back."""
    ledger = Ledger(p.e.genesis)
    pool = Mempool()
    add_all(ledger, [p.first, *p.side_b], pool)
    assert tally_state(ledger.state).results == {"Alice": 0, "Bob": 4, "Carol": 1}

    dropped = add_all(ledger, p.side_a, pool)

    assert ledger.state.tip == p.side_a[-1].hash
    assert {txid_of(tx) for tx in dropped} == {txid_of(tx) for tx in p.late}  # reported, never counted
    assert {txid_of(tx) for tx in pool.transactions()} == {txid_of(tx) for tx in p.early}  # late returns
    late_returns = child(p.e, p.side_a[-1], pool.select(ledger.state, MAX_BLOCK_TXS), miner=p.e.stations[1])
    assert pool.update(ledger.add_block(late_returns), ledger.state) == []
    assert len(pool) == 0

    closed = closed_result(p)
    assert closed == {"Alice": 1, "Bob": 0, "Carol": 0}
    assert tally_state(ledger.state).results == {"Alice": 1, "Bob": 1, "Carol": 1}  # closed + late returns only
    assert not ledger.state.is_registered(p.e.voter(9).public)  # registered after the close: never
    assert ledger.state.closed
    encoded = [b.encode() for b in [p.first, *p.side_a, late_returns]]
    assert tally_state(verify_chain(p.e.genesis, encoded).state).results == {"Alice": 1, "Bob": 1, "Carol": 1}


def test_a_vote_cast_before_the_close_is_valid_after_it_and_one_cast_after_is_refused(p: Partition) -> None:
    ledger = Ledger(p.e.genesis)
    add_all(ledger, [p.first, *p.side_a])
    tip = p.side_a[-1]
    late_vote = p.late[0]
    with pytest.raises(BlockTransactionError) as info:
        ledger.add_block(child(p.e, tip, [p.early[0], late_vote]))
    assert isinstance(info.value.cause, CastAfterClose)
    assert isinstance(info.value.cause, ElectionClosed)
    assert info.value.index == 1
    assert (info.value.cause.time, info.value.cause.close_time) == (late_vote.time, p.close_time)
    ledger.add_block(child(p.e, tip, [p.early[0]]))
    assert ledger.state.voted[p.e.voter(1).public] == "Bob"


def test_a_vote_stamped_exactly_at_the_close_is_a_late_return(p: Partition) -> None:
    ledger = Ledger(p.e.genesis)
    add_all(ledger, [p.first, *p.side_a])
    ledger.add_block(child(p.e, p.side_a[-1], [p.e.vote(p.e.voter(5), "Carol", time=p.close_time)]))
    assert tally_state(ledger.state).results == {"Alice": 1, "Bob": 0, "Carol": 1}


def test_a_registration_after_the_close_is_refused_and_one_before_it_is_a_late_return(p: Partition) -> None:
    ledger = Ledger(p.e.genesis)
    add_all(ledger, [p.first, *p.side_a])
    tip = p.side_a[-1]
    with pytest.raises(BlockTransactionError) as info:
        ledger.add_block(child(p.e, tip, [p.e.register(p.e.voter(20))]))
    assert isinstance(info.value.cause, CastAfterClose)
    early = p.e.register(p.e.voter(21), time=p.close_time - 1)
    ledger.add_block(child(p.e, tip, [early, p.e.vote(p.e.voter(21), "Carol", time=p.close_time - 1)]))
    assert tally_state(ledger.state).voted == 2


def test_the_mempool_refuses_casts_after_the_close_and_takes_late_returns(p: Partition) -> None:
    ledger = Ledger(p.e.genesis)
    add_all(ledger, [p.first, *p.side_a])
    pool = Mempool()
    with pytest.raises(CastAfterClose):
        pool.add(p.late[0], ledger.state)
    with pytest.raises(CastAfterClose):
        pool.add(p.late[1], ledger.state)
    pool.add(p.early[1], ledger.state)
    assert pool.select(ledger.state, MAX_BLOCK_TXS) == [p.early[1]]


def test_the_cut_off_station_refuses_the_close_once_it_holds_later_ballots(p: Partition) -> None:
    """The close reaching the cut-off station by gossip before the close's block: it cannot be put after
    the ballots it preceded, neither in the pool nor in a block."""
    ledger = Ledger(p.e.genesis)
    add_all(ledger, [p.first, *p.side_b])
    close = p.side_a[-1].txs[0]
    with pytest.raises(CloseBeforeLastCast) as info:
        Mempool().add(close, ledger.state)
    assert info.value.close_time == p.close_time
    assert info.value.last_cast == max(tx.time for tx in p.late)
    with pytest.raises(BlockTransactionError) as block_info:
        ledger.add_block(child(p.e, p.side_b[-1], [close], miner=p.e.stations[1]))
    assert isinstance(block_info.value.cause, CloseBeforeLastCast)
    assert ledger.state.tip == p.side_b[-1].hash and not ledger.state.closed


def test_two_branches_that_both_hold_the_close_count_the_same_ballots() -> None:
    """The cut-off station took only ballots cast before the close, then got the close by gossip and mined
    it on its own, heavier branch: station 0's vote returns as a late return and both agree."""
    e = make_election(stations=2)
    s0, s1 = e.stations
    first = child(e, None, [e.register(e.voter(n)) for n in range(4)], miner=s1)
    vote_a, vote_b = e.vote(e.voter(0), "Alice"), e.vote(e.voter(1), "Bob")
    close = e.close()
    side_a = [child(e, first, [vote_a, close], miner=s0)]
    b2 = child(e, first, [vote_b], miner=s1)
    side_b = [b2, child(e, b2, [close], miner=s1)]
    node_0, pool_0 = Ledger(e.genesis), Mempool()
    node_1 = Ledger(e.genesis)
    add_all(node_0, [first, *side_a, *side_b], pool_0)
    add_all(node_1, [first, *side_b, *side_a])
    assert node_0.state.tip == node_1.state.tip == side_b[-1].hash  # the heavier of the closed branches
    assert pool_0.transactions() == [vote_a]  # station 0's ballot, cast before the close: a late return
    late_returns = child(e, side_b[-1], pool_0.select(node_0.state, MAX_BLOCK_TXS), miner=s0)
    for node in (node_0, node_1):
        node.add_block(late_returns)
        assert node.state.closed
        assert tally_state(node.state).results == {"Alice": 1, "Bob": 1, "Carol": 0}


def test_a_waiting_vote_cast_after_a_waiting_close_is_never_mined_and_is_reported_dropped() -> None:
    e = make_election(stations=1)
    ledger, pool = Ledger(e.genesis), Mempool()
    add_all(ledger, [child(e, None, [e.register(e.voter(n)) for n in range(3)])], pool)
    before = e.vote(e.voter(0), "Alice")
    close = e.close()
    after = e.vote(e.voter(1), "Bob")  # e.g. a station whose clock is a little ahead
    for tx in (before, after, close):
        pool.add(tx, ledger.state)
    with pytest.raises(CastAfterClose):
        pool.add(e.vote(e.voter(2), "Bob"), ledger.state)  # the close waits: a new late ballot is refused
    chosen = pool.select(ledger.state, MAX_BLOCK_TXS)
    assert chosen == [before, close]  # the vote cast before the close is mined before it
    change = ledger.add_block(child(e, ledger.block_at(1), chosen))
    assert pool.update(change, ledger.state) == [after]
    assert len(pool) == 0
    assert tally_state(ledger.state).results == {"Alice": 1, "Bob": 0, "Carol": 0}


def test_a_close_dated_before_a_ballot_in_the_chain_is_refused() -> None:
    e = make_election(stations=1)
    ledger = Ledger(e.genesis)
    first = child(e, None, [e.register(e.voter(0)), e.vote(e.voter(0), "Alice")])
    ledger.add_block(first)
    with pytest.raises(BlockTransactionError) as info:
        ledger.add_block(child(e, first, [e.close(time=first.txs[1].time - 1)]))
    assert isinstance(info.value.cause, CloseBeforeLastCast)
    ledger.add_block(child(e, first, [e.close(time=first.txs[1].time)]))
    assert ledger.state.closed


def test_a_reorg_never_leaves_a_closed_chain_for_one_without_the_close(p: Partition) -> None:
    ledger = Ledger(p.e.genesis)
    add_all(ledger, [p.first, *p.side_a])
    tip = p.side_b[-1]
    longer = list(p.side_b)
    for n in range(8):  # the cut-off branch keeps growing, in turn: it never takes over
        tip = child(p.e, tip, [p.e.register(p.e.voter(100 + n))], miner=p.e.stations[(tip.height + 1) % 2])
        longer.append(tip)
    for block in longer:
        assert not ledger.add_block(block).changed
    assert ledger.state.tip == p.side_a[-1].hash
    assert ledger.entries[tip.hash].weight > ledger.entries[p.side_a[-1].hash].weight - CLOSE_WEIGHT


def test_a_transaction_dated_after_its_block_beyond_the_clock_slack_breaks_the_block() -> None:
    e = make_election(stations=1)
    block_time = T0 + 1_000
    ok = child(e, None, [e.register(e.voter(0), time=block_time + MAX_FUTURE_MS)], time=block_time)
    Ledger(e.genesis).add_block(ok)
    post_dated = e.register(e.voter(1), time=block_time + MAX_FUTURE_MS + 1)
    bad = child(e, None, [e.register(e.voter(2)), post_dated], time=block_time)
    with pytest.raises(TxAfterBlock) as info:
        Ledger(e.genesis).add_block(bad)
    assert (info.value.index, info.value.tx_time, info.value.limit) == (1, post_dated.time, block_time + MAX_FUTURE_MS)
    pool = Mempool()
    state = Ledger(e.genesis).state
    pool.add(post_dated, state)
    assert pool.select(state, MAX_BLOCK_TXS, block_time=block_time) == []  # it waits for the clock to catch up
    assert pool.select(state, MAX_BLOCK_TXS, block_time=block_time + 1) == [post_dated]


def test_a_cast_dated_before_the_election_was_created_is_refused() -> None:
    e = make_election(stations=1)
    ledger = Ledger(e.genesis)
    with pytest.raises(BlockTransactionError) as info:
        ledger.add_block(child(e, None, [e.register(e.voter(0), time=T0 - 1)]))
    assert isinstance(info.value.cause, TxBeforeElection)
    assert (info.value.cause.time, info.value.cause.created) == (T0 - 1, T0)
    with pytest.raises(TxBeforeElection):
        Mempool().add(e.register(e.voter(0), time=0), ledger.state)
