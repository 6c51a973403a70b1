"""The mempool: what may wait, in which order it leaves, and how it follows the chain."""

from __future__ import annotations

import pytest

from tests.unit.chainmaker import Election, child, make_election
from votingapp.core.block import MAX_BLOCK_TXS, Block
from votingapp.core.chain import Ledger
from votingapp.core.errors import (
    AlreadyVoted,
    DuplicateTransaction,
    ElectionClosed,
    UnknownOption,
    VoterNotRegistered,
)
from votingapp.core.mempool import Mempool, MempoolFull
from votingapp.core.tally import tally_state
from votingapp.core.transactions import Register, Transaction, Vote, txid_of
from votingapp.core.validation import apply_block, unapply_block


class Node:
    """A ledger and its mempool, with the glue a node has: mine what waits, follow the chain."""

    def __init__(self, election: Election) -> None:
        self.election = election
        self.ledger = Ledger(election.genesis)
        self.pool = Mempool()
        self.blocks: list[Block] = []

    def submit(self, *txs: Transaction) -> None:
        for tx in txs:
            self.pool.add(tx, self.ledger.state)

    def mine(self, limit: int = MAX_BLOCK_TXS) -> Block:
        txs = self.pool.select(self.ledger.state, limit)
        block = child(self.election, self.blocks[-1] if self.blocks else None, txs)
        change = self.ledger.add_block(block)
        assert self.pool.update(change, self.ledger.state) == []
        self.blocks.append(block)
        return block

    def mine_until_empty(self, max_blocks: int = 10) -> list[Block]:
        mined = []
        while len(self.pool) and len(mined) < max_blocks:
            mined.append(self.mine())
        assert len(self.pool) == 0
        return mined


@pytest.fixture
def node() -> Node:
    return Node(make_election())


@pytest.fixture
def e(node: Node) -> Election:
    return node.election


def test_the_same_transaction_cannot_wait_twice(node: Node, e: Election) -> None:
    registration = e.register(e.voter(1))
    node.submit(registration)
    with pytest.raises(DuplicateTransaction):
        node.submit(registration)
    assert len(node.pool) == 1


def test_a_transaction_already_in_the_chain_cannot_wait(node: Node, e: Election) -> None:
    registration = e.register(e.voter(1))
    node.submit(registration)
    node.mine()
    with pytest.raises(DuplicateTransaction):
        node.submit(registration)


def test_a_second_vote_is_refused_while_the_first_still_waits(node: Node, e: Election) -> None:
    voter = e.voter(1)
    node.submit(e.register(voter), e.vote(voter, "Alice"))
    with pytest.raises(AlreadyVoted):
        node.submit(e.vote(voter, "Bob"))
    assert node.pool.pending_vote_of(voter.public)


def test_a_second_vote_is_refused_after_the_first_was_mined(node: Node, e: Election) -> None:
    voter = e.voter(1)
    node.submit(e.register(voter), e.vote(voter, "Alice"))
    node.mine()
    with pytest.raises(AlreadyVoted):
        node.submit(e.vote(voter, "Bob"))


def test_a_vote_of_an_unknown_voter_or_for_an_unknown_option_cannot_wait(node: Node, e: Election) -> None:
    with pytest.raises(VoterNotRegistered):
        node.submit(e.vote(e.voter(1), "Alice"))
    node.submit(e.register(e.voter(1)))
    with pytest.raises(UnknownOption):
        node.submit(e.vote(e.voter(1), "Mallory"))


def test_a_registration_and_the_vote_of_the_same_voter_wait_together(node: Node, e: Election) -> None:
    voter = e.voter(1)
    node.submit(e.register(voter), e.vote(voter, "Carol"))
    assert node.pool.pending_registration_of(voter.public)
    assert node.pool.pending_vote_of(voter.public)
    block = node.mine()
    assert [tx.TYPE for tx in block.txs] == ["register", "vote"]
    assert tally_state(node.ledger.state).results["Carol"] == 1


def test_select_puts_every_vote_after_its_registration(node: Node, e: Election) -> None:
    early = e.voter(0)
    node.submit(e.register(early))
    node.mine()
    voters = [e.voter(n) for n in range(1, 6)]
    node.submit(e.vote(early, "Bob"))  # waits before the registrations below
    for voter in voters:
        node.submit(e.register(voter), e.vote(voter, "Alice"))
    chosen = node.pool.select(node.ledger.state, MAX_BLOCK_TXS)
    place = {(tx.TYPE, tx.voter): i for i, tx in enumerate(chosen) if isinstance(tx, Register | Vote)}
    for voter in voters:
        assert place[("register", voter.public)] < place[("vote", voter.public)]
    node.mine()
    assert tally_state(node.ledger.state).voted == 6


def test_select_respects_the_limit_and_always_makes_a_valid_block(node: Node, e: Election) -> None:
    node.submit(e.register(e.voter(0)))
    node.mine()
    node.submit(e.vote(e.voter(0), "Alice"))
    for n in range(1, 5):
        node.submit(e.register(e.voter(n)), e.vote(e.voter(n), "Bob"))
    state = node.ledger.state
    for limit in range(1, len(node.pool) + 2):
        chosen = node.pool.select(state, limit)
        assert len(chosen) == min(limit, len(node.pool))
        block = child(e, node.blocks[-1], chosen)
        apply_block(state, block)  # raises if the selection is not a valid block
        unapply_block(state, block, node.blocks[-1].hash, node.blocks[-1].time)
    assert state.tip == node.blocks[-1].hash


def test_a_vote_whose_registration_did_not_fit_is_left_out(node: Node, e: Election) -> None:
    for n in range(3):
        node.submit(e.register(e.voter(n)), e.vote(e.voter(n), "Alice"))
    chosen = node.pool.select(node.ledger.state, 2)
    assert [tx.TYPE for tx in chosen] == ["register", "register"]
    node.mine(limit=2)
    node.mine()
    assert len(node.pool) == 0
    assert tally_state(node.ledger.state).voted == 3


def test_a_pending_close_makes_new_votes_and_registrations_election_closed(node: Node, e: Election) -> None:
    node.submit(e.register(e.voter(1)), e.register(e.voter(2)))
    node.mine()
    node.submit(e.vote(e.voter(1), "Alice"), e.close())
    with pytest.raises(ElectionClosed):
        node.submit(e.vote(e.voter(2), "Bob"))
    with pytest.raises(ElectionClosed):
        node.submit(e.register(e.voter(3)))


def test_a_vote_waiting_when_the_close_arrives_is_still_mined_before_it(node: Node, e: Election) -> None:
    node.submit(e.register(e.voter(1)))
    node.mine()
    node.submit(e.vote(e.voter(1), "Alice"), e.close())
    block = node.mine()
    assert [tx.TYPE for tx in block.txs] == ["vote", "close"]
    assert node.ledger.state.closed
    assert tally_state(node.ledger.state).voted == 1


def test_a_full_pool_refuses_more(e: Election) -> None:
    ledger = Ledger(e.genesis)
    pool = Mempool(capacity=2)
    pool.add(e.register(e.voter(1)), ledger.state)
    pool.add(e.register(e.voter(2)), ledger.state)
    with pytest.raises(MempoolFull):
        pool.add(e.register(e.voter(3)), ledger.state)


def test_a_mined_block_empties_the_pool_of_its_transactions(node: Node, e: Election) -> None:
    node.submit(e.register(e.voter(1)), e.register(e.voter(2)))
    block = node.mine()
    assert len(block.txs) == 2
    assert len(node.pool) == 0


def test_a_pending_vote_made_invalid_by_a_block_from_elsewhere_is_reported_as_dropped(node: Node, e: Election) -> None:
    voter = e.voter(1)
    node.submit(e.register(voter))
    node.mine()
    mine = e.vote(voter, "Alice")
    node.submit(mine)
    theirs = child(e, node.blocks[-1], [e.vote(voter, "Bob")])  # the voter voted at another desk too
    change = node.ledger.add_block(theirs)
    assert node.pool.update(change, node.ledger.state) == [mine]
    assert txid_of(mine) not in node.pool
    assert node.ledger.state.voted[voter.public] == "Bob"


def test_a_thousand_registrations_and_then_a_thousand_votes_all_reach_the_chain_in_few_blocks(
    node: Node, e: Election
) -> None:
    voters = [e.voter(n) for n in range(1000)]
    node.submit(*[e.register(v) for v in voters])
    assert len(node.pool) == 1000
    assert len(node.mine_until_empty()) <= 2
    assert len(node.ledger.state.registered) == 1000

    options = e.genesis.manifest.options
    node.submit(*[e.vote(v, options[i % 3]) for i, v in enumerate(voters)])
    assert len(node.mine_until_empty()) <= 2
    tally = tally_state(node.ledger.state)
    assert tally.results == {"Alice": 334, "Bob": 333, "Carol": 333}
    assert (tally.registered, tally.voted) == (1000, 1000)
