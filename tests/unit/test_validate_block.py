"""validate_block: each block rule raises its own typed error, carrying the values that broke it.

Every bad block is checked through both callers of the rules, the :class:`Ledger` (``add_block``) and
``verify_chain`` (whose :class:`ChainError` carries the typed error as ``cause``), and both must name
the same rule with the same values.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any

import pytest

from tests.unit.chainmaker import STEP_MS, T0, Election, build_block, child, key, make_election
from votingapp.core.block import MAX_BLOCK_TXS, Block
from votingapp.core.chain import Ledger
from votingapp.core.errors import (
    BadBlockSignature,
    BadBlockSize,
    BadHeight,
    BadMerkleRoot,
    BadSignature,
    BadTimestamp,
    BlockBeforeParent,
    BlockFromFuture,
    BlockTransactionError,
    ChainError,
    InsufficientWork,
    InvalidBlock,
    LedgerError,
    MinerNotAdmitted,
    WrongPreviousHash,
)
from votingapp.core.merkle import merkle_root
from votingapp.core.pow import leading_zero_bits
from votingapp.core.transactions import Transaction, txid_of
from votingapp.core.validation import MAX_FUTURE_MS, validate_block
from votingapp.core.verify import verify_chain

OUTSIDER = key("outsider station")
NOW = T0 + 10 * STEP_MS  # the receiver's clock in the time rules


@dataclass(frozen=True)
class Setup:
    election: Election
    first: Block  # a valid block 1; the bad block is block 2 on top of it
    txs: list[Transaction]  # valid transactions for block 2


@pytest.fixture(scope="module")
def setup() -> Setup:
    election = make_election()
    first = child(election, None, [election.register(election.voter(1))])
    return Setup(election, first, [election.register(election.voter(2))])


@dataclass(frozen=True)
class Case:
    """A bad block 2 and the error (type and field values) that must name it."""

    block: Block
    error: type[LedgerError]
    values: dict[str, Any] = field(default_factory=dict)
    now_ms: int | None = None


def _forged(tx: Transaction) -> Transaction:
    return replace(tx, sig=bytes(64))


def _weak(s: Setup) -> Case:
    block = child(s.election, s.first, s.txs, weak=True)
    work = leading_zero_bits(block.hash)
    assert work < s.election.difficulty
    return Case(block, InsufficientWork, {"required": s.election.difficulty, "actual": work})


CASES: dict[str, Callable[[Setup], Case]] = {
    "height": lambda s: Case(child(s.election, s.first, s.txs, height=3), BadHeight, {"expected": 2, "actual": 3}),
    "height repeated": lambda s: Case(
        child(s.election, s.first, s.txs, height=1), BadHeight, {"expected": 2, "actual": 1}
    ),
    "before parent": lambda s: Case(
        child(s.election, s.first, s.txs, time=s.first.time - 1),
        BlockBeforeParent,
        {"block_time": s.first.time - 1, "parent_time": s.first.time},
    ),
    "from future": lambda s: Case(
        child(s.election, s.first, s.txs, time=NOW + MAX_FUTURE_MS + 1),
        BlockFromFuture,
        {"block_time": NOW + MAX_FUTURE_MS + 1, "limit": NOW + MAX_FUTURE_MS},
        now_ms=NOW,
    ),
    "outsider miner": lambda s: Case(
        child(s.election, s.first, s.txs, miner=OUTSIDER), MinerNotAdmitted, {"miner": OUTSIDER.public}
    ),
    "empty": lambda s: Case(child(s.election, s.first, []), BadBlockSize, {"limit": MAX_BLOCK_TXS, "actual": 0}),
    "merkle": lambda s: Case(
        child(s.election, s.first, s.txs, merkle=bytes(32)),
        BadMerkleRoot,
        {"expected": merkle_root(tuple(txid_of(tx) for tx in s.txs)), "actual": bytes(32)},
    ),
    "weak work": _weak,
    "block signature": lambda s: Case(child(s.election, s.first, s.txs, signer=OUTSIDER), BadBlockSignature),
    "tx signature": lambda s: Case(
        child(s.election, s.first, [*s.txs, _forged(s.election.register(s.election.voter(3)))]),
        BlockTransactionError,
        {"index": 1},
    ),
    "tx rule": lambda s: Case(
        child(s.election, s.first, [*s.txs, s.election.vote(s.election.voter(9), "Alice")]),
        BlockTransactionError,
        {"index": 1},
    ),
}


def through_ledger(s: Setup, block: Block, now_ms: int | None = None) -> InvalidBlock:
    ledger = Ledger(s.election.genesis)
    ledger.add_block(s.first)
    with pytest.raises(InvalidBlock) as info:
        ledger.add_block(block, now_ms=now_ms)
    assert ledger.height == 1
    return info.value


def through_verify(
    s: Setup, block: Block, now_ms: int | None = None, executor: ThreadPoolExecutor | None = None
) -> LedgerError:
    with pytest.raises(ChainError) as info:
        verify_chain(s.election.genesis, [s.first.encode(), block.encode()], executor, now_ms)
    assert info.value.height == 2
    assert str(info.value).startswith("block 2")
    assert info.value.cause is not None
    return info.value.cause


def assert_names(error: LedgerError, case: Case) -> None:
    assert type(error) is case.error
    for name, value in case.values.items():
        assert getattr(error, name) == value, name


def _fields(error: LedgerError) -> dict[str, Any]:
    """An error's values, a nested error as its type and text."""
    return {k: (type(v), str(v)) if isinstance(v, Exception) else v for k, v in vars(error).items()}


@pytest.mark.parametrize("name", CASES)
def test_the_ledger_raises_the_rules_typed_error_with_its_values(setup: Setup, name: str) -> None:
    case = CASES[name](setup)
    assert_names(through_ledger(setup, case.block, case.now_ms), case)


@pytest.mark.parametrize("name", CASES)
def test_verify_chain_carries_the_rules_typed_error_with_its_values(setup: Setup, name: str) -> None:
    case = CASES[name](setup)
    assert_names(through_verify(setup, case.block, case.now_ms), case)


@pytest.mark.parametrize("name", CASES)
def test_the_ledger_and_verify_chain_name_the_same_rule(setup: Setup, name: str) -> None:
    case = CASES[name](setup)
    by_ledger = through_ledger(setup, case.block, case.now_ms)
    with ThreadPoolExecutor(2) as executor:
        by_verify = through_verify(setup, case.block, case.now_ms, executor)
    assert type(by_ledger) is type(by_verify)
    assert _fields(by_ledger) == _fields(by_verify)
    if name != "empty":  # the decoder refuses an empty block first, in its own words
        assert str(by_ledger) == str(by_verify)


def test_the_transaction_errors_keep_their_cause(setup: Setup) -> None:
    case = CASES["tx signature"](setup)
    for error in (through_ledger(setup, case.block), through_verify(setup, case.block)):
        assert isinstance(error, BlockTransactionError)
        assert isinstance(error.cause, BadSignature)


def test_a_wrong_previous_hash_names_both_hashes(setup: Setup) -> None:
    # The ledger finds a block's parent by its previous hash, so only a chain read in order can break the link.
    block = child(setup.election, setup.first, setup.txs, prev=setup.election.id)
    expected = {"expected": setup.first.hash, "actual": setup.election.id}
    assert_names(through_verify(setup, block), Case(block, WrongPreviousHash, expected))
    other = hashlib.sha256(b"other parent").digest()
    with pytest.raises(WrongPreviousHash) as info:
        validate_block(
            block,
            parent_hash=other,
            parent_height=1,
            parent_time=setup.first.time,
            stations=[s.public for s in setup.election.stations],
            difficulty=setup.election.difficulty,
        )
    assert (info.value.expected, info.value.actual) == (other, setup.election.id)
    assert str(info.value) == "block 2: previous hash does not match block 1"


def test_an_oversized_block_names_the_limit_and_its_size(setup: Setup) -> None:
    txs = setup.txs * (MAX_BLOCK_TXS + 1)
    election = setup.election
    block = build_block(2, setup.first.hash, setup.first.time + 1, txs, election.stations[0], election.difficulty)
    error = through_ledger(setup, block)
    assert isinstance(error, BadBlockSize)
    assert (error.limit, error.actual) == (MAX_BLOCK_TXS, MAX_BLOCK_TXS + 1)
    cause = through_verify(setup, block)
    assert isinstance(cause, BadBlockSize)
    assert (cause.limit, cause.actual) == (MAX_BLOCK_TXS, MAX_BLOCK_TXS + 1)


def test_both_time_rules_are_bad_timestamps() -> None:
    assert issubclass(BlockBeforeParent, BadTimestamp)
    assert issubclass(BlockFromFuture, BadTimestamp)


def test_the_rule_messages_are_unchanged(setup: Setup) -> None:
    messages = {
        "height": "block height 3 does not follow 1",
        "before parent": "block 2: time is before its parent's",
        "from future": "block 2: time is more than two minutes in the future",
        "outsider miner": f"block 2: miner {OUTSIDER.public.hex()[:12]} is not an admitted station",
        "merkle": "block 2: the Merkle root does not match its transactions",
        "weak work": f"block 2: the proof of work does not meet difficulty {setup.election.difficulty}",
        "block signature": "block 2: the block signature does not verify",
    }
    for name, message in messages.items():
        case = CASES[name](setup)
        assert str(through_ledger(setup, case.block, case.now_ms)) == message


def test_a_block_breaking_several_rules_is_named_by_the_first_in_order(setup: Setup) -> None:
    election, first, txs = setup.election, setup.first, setup.txs
    cases = [
        (child(election, first, txs, height=3, time=first.time - 1), BadHeight),
        (child(election, first, txs, time=first.time - 1, miner=OUTSIDER), BlockBeforeParent),
        (child(election, first, txs, miner=OUTSIDER, merkle=bytes(32)), MinerNotAdmitted),
        (child(election, first, txs, merkle=bytes(32), weak=True), BadMerkleRoot),
    ]
    for block, error in cases:
        assert type(through_ledger(setup, block)) is error
        assert type(through_verify(setup, block)) is error


def test_a_block_at_the_edges_of_the_time_rules_is_accepted(setup: Setup) -> None:
    for time in (setup.first.time, NOW + MAX_FUTURE_MS):
        block = child(setup.election, setup.first, setup.txs, time=time)
        ledger = Ledger(setup.election.genesis)
        ledger.add_block(setup.first)
        assert ledger.add_block(block, now_ms=NOW).connected == [block]
        report = verify_chain(setup.election.genesis, [setup.first.encode(), block.encode()], now_ms=NOW)
        assert report.blocks == 2
