"""Fork choice and reorganisation: the heavier branch wins and no accepted vote is lost.

Two stations: the station in turn at height h is ``stations[h % 2]``; an in-turn block weighs twice as
much as an out-of-turn one.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.chainmaker import Election, child, make_election
from votingapp.core.block import MAX_BLOCK_TXS, Block
from votingapp.core.chain import Ledger
from votingapp.core.errors import BlockTransactionError, VoterNotRegistered
from votingapp.core.mempool import Mempool
from votingapp.core.tally import tally_state
from votingapp.core.transactions import txid_of


@pytest.fixture
def e() -> Election:
    return make_election(stations=2)


def in_turn(e: Election, height: int) -> Any:
    return e.stations[height % 2]


def out_of_turn(e: Election, height: int) -> Any:
    return e.stations[(height + 1) % 2]


def snapshot(ledger: Ledger) -> tuple[Any, ...]:
    s = ledger.state
    return (
        ledger.height, list(ledger.main), s.tip, s.tip_time, set(s.registered), dict(s.voted), dict(s.counts),
        set(s.txids), list(s.stations), s.closed, s.opened, tally_state(s),
    )


def common_start(e: Election, voters: int = 6) -> tuple[Ledger, Block]:
    """A ledger with one block registering ``voters`` voters."""
    ledger = Ledger(e.genesis)
    first = child(e, None, [e.register(e.voter(n)) for n in range(voters)], miner=in_turn(e, 1))
    ledger.add_block(first)
    return ledger, first


def test_an_in_turn_branch_takes_over_and_the_abandoned_votes_come_back_and_are_mined(e: Election) -> None:
    ledger, first = common_start(e)
    pool = Mempool()
    ours = [e.vote(e.voter(n), "Alice") for n in range(3)]
    for vote in ours:
        pool.add(vote, ledger.state)
    block_a = child(e, first, pool.select(ledger.state, MAX_BLOCK_TXS), miner=out_of_turn(e, 2))
    assert pool.update(ledger.add_block(block_a), ledger.state) == []
    pending = e.vote(e.voter(5), "Carol")
    pool.add(pending, ledger.state)

    block_b = child(e, first, [e.vote(e.voter(3), "Bob"), e.vote(e.voter(4), "Bob")], miner=in_turn(e, 2))
    change = ledger.add_block(block_b)

    assert change.disconnected == [block_a]
    assert change.connected == [block_b]
    assert ledger.state.tip == block_b.hash
    assert pool.update(change, ledger.state) == []
    assert {txid_of(v) for v in [*ours, pending]} == {txid_of(tx) for tx in pool.transactions()}

    block_3 = child(e, block_b, pool.select(ledger.state, MAX_BLOCK_TXS), miner=in_turn(e, 3))
    assert pool.update(ledger.add_block(block_3), ledger.state) == []
    assert len(pool) == 0
    tally = tally_state(ledger.state)
    assert tally.results == {"Alice": 3, "Bob": 2, "Carol": 1}
    assert tally.voted == 6


def test_a_longer_branch_takes_over_once_it_is_heavier(e: Election) -> None:
    ledger, first = common_start(e)
    block_a = child(e, first, [e.vote(e.voter(0), "Alice")], miner=in_turn(e, 2))
    ledger.add_block(block_a)
    block_b2 = child(e, first, [e.vote(e.voter(1), "Bob")], miner=out_of_turn(e, 2))
    block_b3 = child(e, block_b2, [e.vote(e.voter(2), "Bob")], miner=in_turn(e, 3))

    assert not ledger.add_block(block_b2).changed  # lighter: kept aside
    assert ledger.state.tip == block_a.hash
    change = ledger.add_block(block_b3)

    assert change.disconnected == [block_a]
    assert change.connected == [block_b2, block_b3]
    assert ledger.height == 3
    assert ledger.on_main(block_b2.hash)
    assert not ledger.on_main(block_a.hash)


def test_a_block_seen_twice_changes_nothing(e: Election) -> None:
    ledger, first = common_start(e)
    change = ledger.add_block(first)
    assert change.known
    assert not change.changed


def test_a_double_vote_across_two_branches_counts_once_and_the_other_is_reported_dropped(e: Election) -> None:
    ledger, first = common_start(e)
    pool = Mempool()
    voter = e.voter(0)
    vote_x = e.vote(voter, "Alice")
    block_a = child(e, first, [vote_x, e.vote(e.voter(1), "Alice")], miner=out_of_turn(e, 2))
    pool.update(ledger.add_block(block_a), ledger.state)

    vote_y = e.vote(voter, "Bob")  # the same voter, at another desk, on the other branch
    block_b = child(e, first, [vote_y], miner=in_turn(e, 2))
    change = ledger.add_block(block_b)
    dropped = pool.update(change, ledger.state)

    assert dropped == [vote_x]
    assert ledger.state.voted[voter.public] == "Bob"
    assert [tx.TYPE for tx in pool.transactions()] == ["vote"]  # voter 1's vote came back
    assert tally_state(ledger.state).results == {"Alice": 0, "Bob": 1, "Carol": 0}


@pytest.mark.parametrize("order", ["a then b", "b then a"])
def test_a_tie_goes_to_the_lower_tip_hash_whatever_the_arrival_order(e: Election, order: str) -> None:
    ledger = Ledger(e.genesis)
    miner = out_of_turn(e, 1)
    block_a = child(e, None, [e.register(e.voter(1))], miner=miner)
    block_b = child(e, None, [e.register(e.voter(2))], miner=miner)
    for block in [block_a, block_b] if order == "a then b" else [block_b, block_a]:
        ledger.add_block(block)
    assert ledger.state.tip == min(block_a.hash, block_b.hash)
    winner = block_a if block_a.hash < block_b.hash else block_b
    assert ledger.state.registered == {winner.txs[0].voter}


def test_an_in_turn_block_beats_an_out_of_turn_one_at_the_same_height(e: Election) -> None:
    for first_in in ("in turn", "out of turn"):
        ledger = Ledger(e.genesis)
        late = child(e, None, [e.register(e.voter(1))], miner=out_of_turn(e, 1))
        turn = child(e, None, [e.register(e.voter(2))], miner=in_turn(e, 1))
        for block in [turn, late] if first_in == "in turn" else [late, turn]:
            ledger.add_block(block)
        assert ledger.state.tip == turn.hash, first_in


def test_a_heavier_branch_with_an_invalid_transaction_is_refused_and_the_best_chain_restored(e: Election) -> None:
    ledger, first = common_start(e)
    block_a = child(e, first, [e.vote(e.voter(0), "Alice"), e.vote(e.voter(1), "Bob")], miner=in_turn(e, 2))
    ledger.add_block(block_a)
    before = snapshot(ledger)

    block_b2 = child(e, first, [e.register(e.voter(50))], miner=out_of_turn(e, 2))
    ledger.add_block(block_b2)  # lighter, kept aside unchecked
    block_b3 = child(e, block_b2, [e.vote(e.voter(99), "Carol")], miner=in_turn(e, 3))  # never registered
    with pytest.raises(BlockTransactionError) as info:
        ledger.add_block(block_b3)

    assert isinstance(info.value.cause, VoterNotRegistered)
    assert snapshot(ledger) == before
    assert ledger.entries[block_b3.hash].invalid
    assert not ledger.entries[block_b2.hash].invalid  # the valid part of the branch stays a candidate
    # The restored chain goes on as usual.
    next_block = child(e, block_a, [e.vote(e.voter(2), "Carol")], miner=in_turn(e, 3))
    assert ledger.add_block(next_block).connected == [next_block]
    assert tally_state(ledger.state).results == {"Alice": 1, "Bob": 1, "Carol": 1}


def test_a_reorg_and_back_gives_the_same_state_as_never_leaving(e: Election) -> None:
    ledger, first = common_start(e)
    block_a2 = child(e, first, [e.vote(e.voter(0), "Alice")], miner=out_of_turn(e, 2))
    ledger.add_block(block_a2)
    before = snapshot(ledger)
    block_b2 = child(e, first, [e.vote(e.voter(0), "Bob")], miner=in_turn(e, 2))
    ledger.add_block(block_b2)
    assert ledger.state.voted[e.voter(0).public] == "Bob"
    block_a3 = child(e, block_a2, [e.vote(e.voter(1), "Alice")], miner=in_turn(e, 3))
    change = ledger.add_block(block_a3)  # 1 + 2 beats 2: back to the first branch
    assert change.disconnected == [block_b2]
    assert change.connected == [block_a2, block_a3]

    replay = Ledger(e.genesis)
    for block in [first, block_a2]:
        replay.add_block(block)
    assert snapshot(replay) == before
    replay.add_block(block_a3)
    assert snapshot(replay) == snapshot(ledger)
