"""Aggregates and reorgs of a secret election: late returns make a new aggregate, shares of different
aggregates are never combined, and a reorg that disconnects ballots and decryptions undoes them (the pool
takes back what is still valid)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from tests.unit.chainmaker import ChainMaker, make_election
from tests.unit.secretmaker import Trustees, ballot_tx, run_ceremony
from votingapp.core.chain import Ledger
from votingapp.core.crypto.group import Point
from votingapp.core.errors import DuplicateDecryption, UnknownAggregate
from votingapp.core.mempool import Mempool
from votingapp.core.tally import tally_state
from votingapp.core.transactions import Ballot, Decryption, Transaction, txid_of
from votingapp.core.validation import apply_block, unapply_block
from votingapp.core.verify import verify_chain


class Secret:
    """Ceremony complete, voters 0..9 registered, on one ledger."""

    def __init__(self, label: str) -> None:
        self.e = make_election(stations=3, ballot="secret", label=label)
        self.t = Trustees(self.e)
        self.maker = ChainMaker(self.e)
        run_ceremony(self.maker, self.t)
        self.maker.add([self.e.register(self.e.voter(n)) for n in range(10)])
        self.ledger = Ledger(self.e.genesis)
        for block in self.maker.blocks:
            self.ledger.add_block(block)
        key = self.ledger.state.election_key
        assert key is not None
        self.key: Point = key

    def add(self, txs: Sequence[Transaction]) -> bytes:
        block = self.maker.add(txs)
        self.ledger.add_block(block)
        return block.hash

    def ballot(self, n: int, choice: int, time: int | None = None) -> Ballot:
        return ballot_tx(self.e, self.key, self.e.voter(n), choice, time=time)


def test_late_returns_make_a_new_aggregate_and_shares_of_two_aggregates_never_combine() -> None:
    s = Secret("aggregates")
    state = s.ledger.state
    s.add([s.ballot(0, 0), s.ballot(1, 1), s.ballot(2, 1)])
    late_time = s.e.now()  # cast before the close at a station cut off from the network
    close_block = s.add([s.e.close()])
    after_close = s.add([s.t.decryption_tx(state, 1, close_block)])
    assert state.aggregate_at(after_close) == state.aggregate_at(close_block)  # no new ballot: same aggregate
    with pytest.raises(DuplicateDecryption) as info:  # a share for the same aggregate named by a later block
        Mempool().add(s.t.decryption_tx(state, 1, after_close), state)
    assert info.value.trustee == 1 and info.value.aggregate == close_block
    late_block = s.add([s.ballot(3, 2, time=late_time)])  # the late return arrives
    latest = state.latest_aggregate()
    assert latest is not None and latest.block == late_block and latest.ballots == 4
    s.add([s.t.decryption_tx(state, 2, late_block)])
    tally = tally_state(state)  # trustee 1 shared aggregate A, trustee 2 aggregate B: never combined
    assert tally.sealed and tally.shares == 1 and tally.aggregate_block == late_block
    assert len(state.decryption_shares(close_block)) == 1 and len(state.decryption_shares(late_block)) == 1
    s.add([s.t.decryption_tx(state, 1, late_block)])  # trustee 1 shares the new aggregate too
    tally = tally_state(state)
    assert tally.results == {"Alice": 1, "Bob": 2, "Carol": 1} and tally.decrypted_by == (1, 2)
    assert tally.aggregate_block == late_block and tally.aggregate_ballots == 4 and not tally.stale
    report = verify_chain(s.e.genesis, s.maker.encoded())
    assert tally_state(report.state).results == tally.results


def test_a_result_of_an_older_aggregate_says_so_when_late_returns_come_after_it() -> None:
    s = Secret("stale")
    state = s.ledger.state
    s.add([s.ballot(0, 0), s.ballot(1, 0)])
    late_time = s.e.now()
    close_block = s.add([s.e.close()])
    s.add([s.t.decryption_tx(state, 2, close_block), s.t.decryption_tx(state, 3, close_block)])
    assert tally_state(state).results == {"Alice": 2, "Bob": 0, "Carol": 0}
    late_block = s.add([s.ballot(2, 1, time=late_time)])
    tally = tally_state(state)
    assert tally.results == {"Alice": 2, "Bob": 0, "Carol": 0} and tally.stale  # the older aggregate's counts
    assert tally.aggregate_block == close_block and tally.shares == 0 and tally.decrypted_by == (2, 3)
    assert state.latest_aggregate() is not None and state.latest_aggregate().block == late_block  # type: ignore[union-attr]


def test_a_reorg_that_disconnects_ballots_and_decryptions_undoes_them() -> None:
    s = Secret("reorg")
    state = s.ledger.state
    fork = list(s.maker.blocks)
    # branch A: three ballots, the close, a decryption share
    a_ballots = [s.ballot(0, 0), s.ballot(1, 0), s.ballot(5, 0)]
    s.add(a_ballots)
    a_close = s.add([s.e.close()])
    a_share = s.t.decryption_tx(state, 1, a_close)
    s.add([a_share])
    assert state.ballot_count == 3 and state.decryption_shares(a_close)
    # branch B, longer: other ballots, its own close, two late returns
    branch = ChainMaker(s.e, list(fork))
    b_ballots = [s.ballot(0, 1), s.ballot(1, 2)]
    branch.add(b_ballots)
    late_time = s.e.now()
    b_close = branch.add([s.e.close()]).hash
    branch.add([s.ballot(2, 1, time=late_time)])
    branch.add([s.ballot(3, 1, time=late_time)])
    pool = Mempool()
    dropped: list[Transaction] = []
    disconnected = 0
    for block in branch.blocks[len(fork) :]:
        update = s.ledger.add_block(block)
        disconnected += len(update.disconnected)
        dropped += pool.update(update, state)  # what the node does after every change of the best chain
    assert disconnected == 3
    assert s.ledger.best.hash == branch.blocks[-1].hash
    # A's ballots, its close and its share are gone: the voters are B's, no aggregate of A remains
    assert set(state.ballots) == {s.e.voter(n).public for n in (0, 1, 2, 3)}
    assert state.ballots[s.e.voter(0).public] == txid_of(b_ballots[0])
    assert a_close not in state.aggregates and a_close not in state.block_aggregate and state.decryptions == {}
    latest = state.latest_aggregate()
    assert latest is not None and latest.ballots == 4
    # the pool takes back what is still valid on B: voter 5's ballot (cast before B's close) returns, the
    # share of A's aggregate does not (its block is not on the chain), nor do voters 0 and 1's other ballots
    assert txid_of(a_ballots[2]) in pool
    assert all(txid_of(tx) not in pool for tx in (a_ballots[0], a_ballots[1], a_share))
    assert any(isinstance(tx, Decryption) for tx in dropped)
    with pytest.raises(UnknownAggregate) as info:
        Mempool().add(a_share, state)
    assert info.value.upto == a_close
    # B's sums were undone and redone right: two trustees decrypt B's four ballots
    tip = branch.blocks[-1].hash
    s.maker = branch
    s.add([s.t.decryption_tx(state, 1, tip), s.t.decryption_tx(state, 3, tip)])
    assert tally_state(state).results == {"Alice": 0, "Bob": 3, "Carol": 1}
    assert b_close in state.aggregates


def test_undo_of_every_secret_transaction_restores_the_state() -> None:
    s = Secret("undo all")
    state = s.ledger.state
    s.add([s.ballot(0, 0), s.ballot(1, 2)])
    close_block = s.add([s.e.close()])
    s.add([s.t.decryption_tx(state, 1, close_block)])
    before = tally_state(state)
    for block in reversed(s.maker.blocks):  # disconnect everything, down to the genesis
        parent = s.maker.blocks[block.height - 2] if block.height > 1 else None
        unapply_block(
            state, block, parent.hash if parent else s.e.id, parent.time if parent else s.e.genesis.manifest.created
        )
    assert state.ballots == {} and state.aggregates == {} and state.block_aggregate == {} and state.decryptions == {}
    assert state.trustee_keys == {} and state.deals == {} and state.acks == set() and state.election_key is None
    assert not state.closed and state.txids == set() and state.last_cast_time == 0
    for block in s.maker.blocks:
        apply_block(state, block)
    assert tally_state(state) == before and before.sealed_text == "sealed: 1 of 2 trustee shares"
