"""Every block rule broken on its own: the block is refused with that rule's typed error."""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest

from tests.unit.chainmaker import STEP_MS, T0, Election, build_block, child, key, make_election
from votingapp.core.block import MAX_BLOCK_TXS, decode_block, mine_block
from votingapp.core.chain import Ledger
from votingapp.core.errors import (
    BadBlockSignature,
    BadBlockSize,
    BadHeight,
    BadMerkleRoot,
    BadSignature,
    BadTimestamp,
    BlockTransactionError,
    ChainError,
    InsufficientWork,
    InvalidBlock,
    MinerNotAdmitted,
    UnknownParent,
    WrongPreviousHash,
)
from votingapp.core.transactions import Transaction
from votingapp.core.validation import MAX_FUTURE_MS, validate_block
from votingapp.core.verify import verify_chain

OUTSIDER = key("outsider station")


@pytest.fixture
def election() -> Election:
    return make_election()


@pytest.fixture
def ledger(election: Election) -> Ledger:
    return Ledger(election.genesis)


def registrations(election: Election, *numbers: int) -> list[Transaction]:
    return [election.register(election.voter(n)) for n in numbers]


def test_a_valid_block_is_accepted(election: Election, ledger: Ledger) -> None:
    block = child(election, None, registrations(election, 1, 2))
    update = ledger.add_block(block)
    assert update.connected == [block]
    assert ledger.height == 1
    assert ledger.state.tip == block.hash


def test_a_transaction_with_a_forged_signature_is_refused(election: Election, ledger: Ledger) -> None:
    good, forged = registrations(election, 1, 2)
    forged = replace(forged, sig=election.stations[0].sign(b"another message"))
    with pytest.raises(BlockTransactionError) as info:
        ledger.add_block(child(election, None, [good, forged]))
    assert isinstance(info.value.cause, BadSignature)
    assert info.value.index == 1


def test_a_vote_signed_by_someone_else_than_its_voter_is_refused(election: Election, ledger: Ledger) -> None:
    voter = election.voter(1)
    ledger.add_block(child(election, None, [election.register(voter)]))
    vote = election.vote(voter, "Alice")
    forged = replace(vote, sig=election.voter(2).sign(vote.signing_bytes()))
    with pytest.raises(BlockTransactionError) as info:
        ledger.check_signatures(child(election, None, [forged]))
    assert isinstance(info.value.cause, BadSignature)


def test_an_admission_signed_by_a_station_instead_of_the_authority_is_refused(
    election: Election, ledger: Ledger
) -> None:
    admit = election.admit(OUTSIDER)
    forged = replace(admit, sig=election.stations[0].sign(admit.signing_bytes()))
    with pytest.raises(BlockTransactionError) as info:
        ledger.add_block(child(election, None, [forged]))
    assert isinstance(info.value.cause, BadSignature)


def test_check_signatures_on_threads_finds_the_forged_one_among_many(election: Election) -> None:
    txs = registrations(election, *range(100))
    txs[77] = replace(txs[77], sig=bytes(64))
    block = child(election, None, txs)
    with ThreadPoolExecutor(2) as executor:
        ledger = Ledger(election.genesis, executor=executor)
        with pytest.raises(BlockTransactionError) as info:
            ledger.check_signatures(block)
    assert isinstance(info.value.cause, BadSignature)
    assert info.value.index == 77


def test_transactions_already_verified_are_not_checked_again(election: Election, ledger: Ledger) -> None:
    txs = registrations(election, 1, 2)
    txs[1] = replace(txs[1], sig=bytes(64))
    block = child(election, None, txs)
    ledger.check_signatures(block, verified={block.txids[1]})


def test_a_block_with_a_forged_block_signature_is_refused(election: Election, ledger: Ledger) -> None:
    block = child(election, None, registrations(election, 1), signer=OUTSIDER)
    with pytest.raises(BadBlockSignature):
        ledger.add_block(block)


def test_a_block_mined_by_a_station_that_was_not_admitted_is_refused(election: Election, ledger: Ledger) -> None:
    with pytest.raises(MinerNotAdmitted):
        ledger.add_block(child(election, None, registrations(election, 1), miner=OUTSIDER))


def test_a_station_admitted_in_an_earlier_block_may_mine(election: Election, ledger: Ledger) -> None:
    first = child(election, None, [election.admit(OUTSIDER)])
    ledger.add_block(first)
    second = child(election, first, registrations(election, 1), miner=OUTSIDER)
    assert ledger.add_block(second).connected == [second]


def test_a_station_cannot_mine_the_very_block_that_admits_it(election: Election, ledger: Ledger) -> None:
    with pytest.raises(MinerNotAdmitted):
        ledger.add_block(child(election, None, [election.admit(OUTSIDER)], miner=OUTSIDER))


def test_a_block_whose_hash_misses_the_difficulty_is_refused(election: Election, ledger: Ledger) -> None:
    with pytest.raises(InsufficientWork):
        ledger.add_block(child(election, None, registrations(election, 1), weak=True))


def test_a_block_with_a_wrong_merkle_root_is_refused(election: Election, ledger: Ledger) -> None:
    block = child(election, None, registrations(election, 1), merkle=hashlib.sha256(b"not the root").digest())
    with pytest.raises(BadMerkleRoot):
        ledger.add_block(block)


def test_a_block_with_its_transactions_reordered_breaks_the_merkle_root(election: Election, ledger: Ledger) -> None:
    block = child(election, None, registrations(election, 1, 2))
    shuffled = replace(block, txs=block.txs[::-1], txids=block.txids[::-1])
    with pytest.raises(BadMerkleRoot):
        ledger.add_block(shuffled)


def test_a_block_whose_parent_is_unknown_is_refused(election: Election, ledger: Ledger) -> None:
    block = child(election, None, registrations(election, 1), prev=hashlib.sha256(b"nowhere").digest())
    with pytest.raises(UnknownParent):
        ledger.add_block(block)


def test_a_block_that_does_not_link_to_the_block_before_it_is_refused(election: Election) -> None:
    block = child(election, None, registrations(election, 1))
    with pytest.raises(WrongPreviousHash):
        validate_block(
            block,
            parent_hash=hashlib.sha256(b"other parent").digest(),
            parent_height=0,
            parent_time=T0,
            stations=[s.public for s in election.stations],
            difficulty=election.difficulty,
        )


def test_a_chain_with_a_block_linked_to_the_wrong_parent_fails_verification(election: Election) -> None:
    first = child(election, None, registrations(election, 1))
    second = child(election, first, registrations(election, 2), prev=election.id)
    with pytest.raises(ChainError, match="previous hash") as info:
        verify_chain(election.genesis, [first.encode(), second.encode()])
    assert info.value.height == 2


@pytest.mark.parametrize("height", [0, 2, 7])
def test_a_block_whose_height_does_not_follow_its_parent_is_refused(
    election: Election, ledger: Ledger, height: int
) -> None:
    with pytest.raises(BadHeight):
        ledger.add_block(child(election, None, registrations(election, 1), height=height))


def test_a_block_dated_before_its_parent_is_refused(election: Election, ledger: Ledger) -> None:
    first = child(election, None, registrations(election, 1))
    ledger.add_block(first)
    with pytest.raises(BadTimestamp):
        ledger.add_block(child(election, first, registrations(election, 2), time=first.time - 1))


def test_a_block_dated_like_its_parent_is_accepted(election: Election, ledger: Ledger) -> None:
    first = child(election, None, registrations(election, 1))
    ledger.add_block(first)
    ledger.add_block(child(election, first, registrations(election, 2), time=first.time))
    assert ledger.height == 2


def test_a_block_dated_before_the_election_was_created_is_refused(election: Election, ledger: Ledger) -> None:
    with pytest.raises(BadTimestamp):
        ledger.add_block(child(election, None, registrations(election, 1), time=T0 - 1))


def test_a_block_more_than_two_minutes_in_the_future_is_refused(election: Election, ledger: Ledger) -> None:
    now = T0 + STEP_MS
    with pytest.raises(BadTimestamp):
        ledger.add_block(child(election, None, registrations(election, 1), time=now + MAX_FUTURE_MS + 1), now_ms=now)


def test_a_block_just_two_minutes_ahead_is_accepted(election: Election, ledger: Ledger) -> None:
    now = T0 + STEP_MS
    ledger.add_block(child(election, None, registrations(election, 1), time=now + MAX_FUTURE_MS), now_ms=now)
    assert ledger.height == 1


def test_an_empty_block_is_refused(election: Election, ledger: Ledger) -> None:
    empty = child(election, None, [])
    with pytest.raises(BadBlockSize):
        ledger.add_block(empty)
    with pytest.raises(BadBlockSize):
        decode_block(empty.encode())
    with pytest.raises(BadBlockSize):
        mine_block(1, election.id, T0 + 1, [], election.stations[0], election.difficulty)


def test_a_block_with_too_many_transactions_is_refused(election: Election, ledger: Ledger) -> None:
    txs = registrations(election, 1) * (MAX_BLOCK_TXS + 1)
    with pytest.raises(BadBlockSize):
        mine_block(1, election.id, T0 + 1, txs, election.stations[0], election.difficulty)
    oversized = build_block(1, election.id, T0 + 1, txs, election.stations[0], election.difficulty)
    with pytest.raises(BadBlockSize):
        decode_block(oversized.encode())
    with pytest.raises(BadBlockSize):
        ledger.add_block(oversized)


def test_a_block_of_the_largest_size_is_accepted(election: Election, ledger: Ledger) -> None:
    # Duplicates are refused later (by the transaction rules), not by the size rule.
    txs = registrations(election, 1) * MAX_BLOCK_TXS
    block = build_block(1, election.id, T0 + 1, txs, election.stations[0], election.difficulty)
    assert len(decode_block(block.encode()).txs) == MAX_BLOCK_TXS


def test_a_refused_block_changes_nothing(election: Election, ledger: Ledger) -> None:
    unregistered_vote = election.vote(election.voter(9), "Alice")
    with pytest.raises(BlockTransactionError):
        ledger.add_block(child(election, None, [*registrations(election, 1, 2), unregistered_vote]))
    assert ledger.height == 0
    assert ledger.state.registered == set()
    assert ledger.state.txids == set()
    assert ledger.state.tip == election.id


def test_a_block_known_to_be_invalid_is_refused_again_and_so_are_its_children() -> None:
    # Two stations: the heavier in-turn branch is checked only when it becomes the best.
    two = make_election(stations=2)
    ledger = Ledger(two.genesis)
    main = child(two, None, registrations(two, 1), miner=two.stations[0])  # out of turn at height 1
    ledger.add_block(main)
    bad = child(two, None, [two.vote(two.voter(5), "Alice")], miner=two.stations[1])  # in turn, heavier
    with pytest.raises(BlockTransactionError):
        ledger.add_block(bad)
    with pytest.raises(InvalidBlock, match="known to be invalid"):
        ledger.add_block(bad)
    with pytest.raises(InvalidBlock, match="descends from an invalid block"):
        ledger.add_block(child(two, bad, registrations(two, 2), miner=two.stations[0]))
    assert ledger.state.tip == main.hash


@pytest.mark.parametrize(
    "breakage",
    ["forged block signature", "outsider miner", "weak work", "bad merkle", "bad height", "early time", "tx sig"],
)
def test_verifying_a_stored_chain_names_the_block_that_breaks_a_rule(election: Election, breakage: str) -> None:
    first = child(election, None, registrations(election, 1))
    txs = registrations(election, 2)
    broken = {
        "forged block signature": lambda: child(election, first, txs, signer=OUTSIDER),
        "outsider miner": lambda: child(election, first, txs, miner=OUTSIDER),
        "weak work": lambda: child(election, first, txs, weak=True),
        "bad merkle": lambda: child(election, first, txs, merkle=bytes(32)),
        "bad height": lambda: child(election, first, txs, height=3),
        "early time": lambda: child(election, first, txs, time=first.time - 1),
        "tx sig": lambda: child(election, first, [replace(txs[0], sig=bytes(64))]),
    }[breakage]()
    with pytest.raises(ChainError, match=r"^block 2\b") as info:
        verify_chain(election.genesis, [first.encode(), broken.encode()])
    assert info.value.height == 2
