"""Every transaction rule broken on its own, inside a block: the block is refused and the cause is typed."""

from __future__ import annotations

import pytest

from tests.unit.chainmaker import ChainMaker, Election, key, make_election
from votingapp.core.chain import Ledger
from votingapp.core.errors import (
    AlreadyRegistered,
    AlreadyVoted,
    BlockTransactionError,
    DuplicateTransaction,
    ElectionClosed,
    ElectionNotOpen,
    InvalidTransaction,
    OpenNotAllowed,
    StationAlreadyAdmitted,
    StationNotAdmitted,
    UnknownOption,
    VoterNotRegistered,
    WrongElection,
)
from votingapp.core.tally import tally_state
from votingapp.core.transactions import Transaction

OUTSIDER = key("outsider station")


class Chain:
    """A ledger and the chain maker that feeds it, so a test reads as a sequence of blocks."""

    def __init__(self, election: Election) -> None:
        self.election = election
        self.maker = ChainMaker(election)
        self.ledger = Ledger(election.genesis)

    def accept(self, *txs: Transaction) -> None:
        block = self.maker.add(list(txs))
        self.ledger.add_block(block)

    def refuse(self, *txs: Transaction) -> tuple[InvalidTransaction, int]:
        """Offer a block of ``txs``; it must be refused. Return the transaction's error and its index."""
        block = self.maker.add(list(txs))
        self.maker.blocks.pop()
        with pytest.raises(BlockTransactionError) as info:
            self.ledger.add_block(block)
        assert self.ledger.state.tip == (self.maker.tip.hash if self.maker.tip else self.election.id)
        return info.value.cause, info.value.index


@pytest.fixture
def chain() -> Chain:
    return Chain(make_election(stations=2))


@pytest.fixture
def e(chain: Chain) -> Election:
    return chain.election


def test_a_vote_by_an_unregistered_voter_is_refused(chain: Chain, e: Election) -> None:
    cause, _ = chain.refuse(e.vote(e.voter(1), "Alice"))
    assert isinstance(cause, VoterNotRegistered)


def test_a_vote_placed_before_its_registration_in_the_same_block_is_refused(chain: Chain, e: Election) -> None:
    voter = e.voter(1)
    cause, index = chain.refuse(e.vote(voter, "Alice"), e.register(voter))
    assert isinstance(cause, VoterNotRegistered)
    assert index == 0


def test_a_vote_after_its_registration_in_the_same_block_is_accepted(chain: Chain, e: Election) -> None:
    voter = e.voter(1)
    chain.accept(e.register(voter), e.vote(voter, "Alice"))
    assert tally_state(chain.ledger.state).results["Alice"] == 1


def test_a_second_vote_in_the_same_block_is_refused(chain: Chain, e: Election) -> None:
    voter = e.voter(1)
    chain.accept(e.register(voter))
    cause, index = chain.refuse(e.vote(voter, "Alice"), e.vote(voter, "Bob"))
    assert isinstance(cause, AlreadyVoted)
    assert index == 1


def test_a_second_vote_in_a_later_block_is_refused(chain: Chain, e: Election) -> None:
    voter = e.voter(1)
    chain.accept(e.register(voter), e.vote(voter, "Alice"))
    cause, _ = chain.refuse(e.vote(voter, "Bob"))
    assert isinstance(cause, AlreadyVoted)
    assert chain.ledger.state.voted == {voter.public: "Alice"}


def test_a_vote_for_a_choice_that_is_not_an_option_is_refused(chain: Chain, e: Election) -> None:
    voter = e.voter(1)
    chain.accept(e.register(voter))
    cause, _ = chain.refuse(e.vote(voter, "Mallory"))
    assert isinstance(cause, UnknownOption)


def test_a_vote_after_the_close_is_refused(chain: Chain, e: Election) -> None:
    voter = e.voter(1)
    chain.accept(e.register(voter), e.close())
    cause, _ = chain.refuse(e.vote(voter, "Alice"))
    assert isinstance(cause, ElectionClosed)


def test_a_vote_after_the_close_in_the_same_block_is_refused(chain: Chain, e: Election) -> None:
    voter = e.voter(1)
    chain.accept(e.register(voter))
    cause, index = chain.refuse(e.close(), e.vote(voter, "Alice"))
    assert isinstance(cause, ElectionClosed)
    assert index == 1


def test_a_registration_after_the_close_is_refused(chain: Chain, e: Election) -> None:
    chain.accept(e.close())
    cause, _ = chain.refuse(e.register(e.voter(1)))
    assert isinstance(cause, ElectionClosed)


def test_a_vote_before_a_manual_election_is_opened_is_refused() -> None:
    chain = Chain(make_election(manual_open=True))
    e = chain.election
    voter = e.voter(1)
    chain.accept(e.register(voter))  # registering before the opening is fine
    cause, _ = chain.refuse(e.vote(voter, "Alice"))
    assert isinstance(cause, ElectionNotOpen)


def test_a_vote_after_a_manual_election_is_opened_is_accepted() -> None:
    chain = Chain(make_election(manual_open=True))
    e = chain.election
    voter = e.voter(1)
    chain.accept(e.register(voter), e.open())
    chain.accept(e.vote(voter, "Bob"))
    assert tally_state(chain.ledger.state).results["Bob"] == 1


def test_opening_an_election_that_opens_by_itself_is_refused(chain: Chain, e: Election) -> None:
    cause, _ = chain.refuse(e.open())
    assert isinstance(cause, OpenNotAllowed)


def test_opening_a_manual_election_twice_is_refused() -> None:
    chain = Chain(make_election(manual_open=True))
    e = chain.election
    chain.accept(e.open())
    cause, _ = chain.refuse(e.open(time=e.genesis.manifest.created + 1))
    assert isinstance(cause, OpenNotAllowed)


def test_a_registration_by_a_station_that_was_not_admitted_is_refused(chain: Chain, e: Election) -> None:
    cause, _ = chain.refuse(e.register(e.voter(1), station=OUTSIDER))
    assert isinstance(cause, StationNotAdmitted)


def test_a_registration_by_a_station_admitted_earlier_in_the_block_is_accepted(chain: Chain, e: Election) -> None:
    chain.accept(e.admit(OUTSIDER), e.register(e.voter(1), station=OUTSIDER))
    assert chain.ledger.state.is_registered(e.voter(1).public)


def test_the_same_transaction_twice_in_one_block_is_refused(chain: Chain, e: Election) -> None:
    registration = e.register(e.voter(1))
    cause, index = chain.refuse(registration, registration)
    assert isinstance(cause, DuplicateTransaction)
    assert index == 1


def test_a_transaction_already_in_an_earlier_block_is_refused(chain: Chain, e: Election) -> None:
    registration = e.register(e.voter(1))
    chain.accept(registration)
    cause, _ = chain.refuse(registration)
    assert isinstance(cause, DuplicateTransaction)


def test_a_transaction_of_another_election_is_refused(chain: Chain, e: Election) -> None:
    other = make_election(stations=2)  # same keys, other salt: another election id
    cause, _ = chain.refuse(other.register(e.voter(1)))
    assert isinstance(cause, WrongElection)


def test_registering_a_voter_already_registered_by_another_station_is_refused(chain: Chain, e: Election) -> None:
    voter = e.voter(1)
    chain.accept(e.register(voter, station=e.stations[0]))
    cause, _ = chain.refuse(e.register(voter, station=e.stations[1]))
    assert isinstance(cause, AlreadyRegistered)


def test_registering_a_voter_twice_in_one_block_is_refused(chain: Chain, e: Election) -> None:
    voter = e.voter(1)
    cause, _ = chain.refuse(e.register(voter, station=e.stations[0]), e.register(voter, station=e.stations[1]))
    assert isinstance(cause, AlreadyRegistered)


def test_admitting_a_station_of_the_manifest_is_refused(chain: Chain, e: Election) -> None:
    cause, _ = chain.refuse(e.admit(e.stations[1]))
    assert isinstance(cause, StationAlreadyAdmitted)


def test_admitting_a_station_admitted_in_an_earlier_block_is_refused(chain: Chain, e: Election) -> None:
    chain.accept(e.admit(OUTSIDER, name="first"))
    cause, _ = chain.refuse(e.admit(OUTSIDER, name="second"))
    assert isinstance(cause, StationAlreadyAdmitted)


def test_the_tally_counts_every_accepted_vote_and_the_turnout(chain: Chain, e: Election) -> None:
    voters = [e.voter(n) for n in range(5)]
    chain.accept(*[e.register(v) for v in voters])
    chain.accept(*[e.vote(v, c) for v, c in zip(voters[:4], ["Alice", "Bob", "Alice", "Carol"])])
    tally = tally_state(chain.ledger.state)
    assert tally.results == {"Alice": 2, "Bob": 1, "Carol": 1}
    assert (tally.registered, tally.voted) == (5, 4)
    assert tally.turnout == pytest.approx(0.8)
