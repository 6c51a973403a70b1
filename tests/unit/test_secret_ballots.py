"""Encrypted ballots that break a rule are refused in the mempool, in a block and by verify_chain: a ballot
encrypting 2, one with two 1s, a changed byte, a proof moved to another voter; and the ballot's own rules
(one per voter, registered, the close's time, the shape)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import cast

import pytest

from tests.unit.chainmaker import ChainMaker, make_election
from tests.unit.secretmaker import Trustees, ballot_tx, encrypted, run_ceremony, tampered
from votingapp.core.chain import Ledger
from votingapp.core.crypto.ballot import ballot_context
from votingapp.core.crypto.elgamal import encrypt
from votingapp.core.crypto.group import G, Point, Scalar, random_scalar
from votingapp.core.crypto.proofs import TAG_SUM_ONE, TAG_ZERO_ONE, prove_equal_logs, prove_zero_one
from votingapp.core.errors import (
    AlreadyVoted,
    BadBallot,
    BlockTransactionError,
    CastAfterClose,
    ChainError,
    InvalidTransaction,
    VoterNotRegistered,
)
from votingapp.core.keys import SigningKey
from votingapp.core.mempool import Mempool
from votingapp.core.transactions import Ballot, decode_tx, sign, txid_of
from votingapp.core.verify import verify_chain


@pytest.fixture(scope="module")
def executor() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(2) as pool:
        yield pool


class Setup:
    """A secret election with the ceremony complete and voters 0..9 registered."""

    def __init__(self, label: str) -> None:
        self.election = make_election(stations=3, ballot="secret", label=label)
        self.trustees = Trustees(self.election)
        self.maker = ChainMaker(self.election)
        run_ceremony(self.maker, self.trustees)
        self.maker.add([self.election.register(self.election.voter(n)) for n in range(10)])
        self.ledger = Ledger(self.election.genesis)
        for block in self.maker.blocks:
            self.ledger.add_block(block)
        key = self.ledger.state.election_key
        assert key is not None
        self.key: Point = key

    def voter(self, n: int) -> SigningKey:
        return self.election.voter(n)


@pytest.fixture(scope="module")
def setup() -> Setup:
    return Setup("bad ballots")


def encrypting_two(s: Setup) -> Ballot:
    """Option 0's ciphertext encrypts 2 (the honest 0/1 proof of a 1 left in place)."""
    voter = s.voter(1)
    honest = encrypted(s.election, s.key, voter, 0)
    return ballot_tx(s.election, s.key, voter, 0, ballot=tampered(honest, 0, encrypt(s.key, 2, random_scalar())))


def two_ones(s: Setup) -> Ballot:
    """Options 0 and 1 both encrypt 1, each with a valid 0/1 proof; the sum proof cannot hold."""
    voter = s.voter(2)
    ctx = ballot_context(s.election.id, voter.public)
    honest = encrypted(s.election, s.key, voter, 0)
    rs = [random_scalar() for _ in range(3)]
    cts = tuple(encrypt(s.key, m, r) for m, r in zip((1, 1, 0), rs, strict=True))
    proofs = tuple(
        prove_zero_one(s.key, c, m, r, ctx, tag=TAG_ZERO_ONE, bind=(3, j))
        for j, (c, m, r) in enumerate(zip(cts, (1, 1, 0), rs, strict=True))
    )
    total_r = rs[0] + rs[1] + rs[2]
    alpha = cts[0].alpha + cts[1].alpha + cts[2].alpha
    beta = cts[0].beta + cts[1].beta + cts[2].beta
    sum_proof = prove_equal_logs(total_r, s.key, alpha, beta - G, ctx, tag=TAG_SUM_ONE, bind=(3,))
    forged = replace(honest, ciphertexts=cts, proofs=proofs, sum_proof=sum_proof)
    return ballot_tx(s.election, s.key, voter, 0, ballot=forged)


def changed_byte(s: Setup) -> Ballot:
    """One byte of option 1's proof changed, the ballot signed again by its voter."""
    voter = s.voter(3)
    honest = encrypted(s.election, s.key, voter, 1)
    proof = honest.proofs[1]
    raw = bytearray(proof.z0.encoding)
    raw[0] ^= 0x01
    bent = replace(proof, z0=Scalar.from_bytes(bytes(raw)))
    return ballot_tx(
        s.election, s.key, voter, 1, ballot=replace(honest, proofs=(honest.proofs[0], bent, honest.proofs[2]))
    )


def moved_to_another_voter(s: Setup) -> Ballot:
    """Voter 4's valid ballot (proofs bound to voter 4) sent by voter 5 under its own key."""
    honest = encrypted(s.election, s.key, s.voter(4), 2)
    return ballot_tx(s.election, s.key, s.voter(5), 2, ballot=honest)


CASES: dict[str, tuple[Callable[[Setup], Ballot], int | None]] = {
    "encrypting 2": (encrypting_two, 0),
    "two 1s": (two_ones, None),
    "a changed byte": (changed_byte, 1),
    "a proof moved to another voter": (moved_to_another_voter, 0),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_ballot_is_refused_by_the_mempool(setup: Setup, case: str) -> None:
    make, option = CASES[case]
    tx = make(setup)
    decoded = decode_tx(tx.encode())  # as it arrives from the network
    with pytest.raises(BadBallot) as info:
        Mempool().add(decoded, setup.ledger.state)
    assert info.value.option == option


@pytest.mark.parametrize("threads", [False, True])
@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_ballot_is_refused_in_a_block(
    setup: Setup, case: str, threads: bool, executor: ThreadPoolExecutor
) -> None:
    make, option = CASES[case]
    s = setup
    ledger = Ledger(s.election.genesis, executor=executor if threads else None)
    for block in s.maker.blocks:
        ledger.add_block(block)
    good = [ballot_tx(s.election, s.key, s.voter(n), n % 3) for n in (6, 7, 8)]
    bad = make(s)
    block = ChainMaker(s.election, list(s.maker.blocks)).add([*good[:2], bad, good[2]])
    with pytest.raises(BlockTransactionError) as info:
        ledger.add_block(block)
    assert isinstance(info.value.cause, BadBallot) and info.value.index == 2 and info.value.cause.option == option
    assert ledger.state.ballot_count == 0 and ledger.height == len(s.maker.blocks)  # nothing of it stayed


@pytest.mark.parametrize("threads", [False, True])
@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_ballot_is_refused_by_verify_chain(
    setup: Setup, case: str, threads: bool, executor: ThreadPoolExecutor
) -> None:
    make, option = CASES[case]
    s = setup
    chain = ChainMaker(s.election, list(s.maker.blocks))
    chain.add([ballot_tx(s.election, s.key, s.voter(9), 0)])
    chain.add([make(s)])
    chain.add([s.election.close()])  # a later block: the pipeline still names the ballot's block
    with pytest.raises(ChainError) as info:
        verify_chain(s.election.genesis, chain.encoded(), executor if threads else None)
    assert info.value.height == len(s.maker.blocks) + 2
    cause = info.value.cause
    assert isinstance(cause, BlockTransactionError) and isinstance(cause.cause, BadBallot)
    assert cause.cause.option == option


def test_a_good_ballot_passes_everywhere(setup: Setup, executor: ThreadPoolExecutor) -> None:
    s = setup
    tx = ballot_tx(s.election, s.key, s.voter(0), 1)
    pool = Mempool()
    pool.add(decode_tx(tx.encode()), s.ledger.state)
    chain = ChainMaker(s.election, list(s.maker.blocks))
    chain.add(pool.select(s.ledger.state, 10))
    report = verify_chain(s.election.genesis, chain.encoded(), executor)
    assert report.state.ballots == {s.voter(0).public: txid_of(tx)}


def refused(s: Setup, tx: Ballot) -> InvalidTransaction:
    with pytest.raises(InvalidTransaction) as info:
        Mempool().add(tx, s.ledger.state)
    return info.value


def test_the_ballot_rules() -> None:
    s = Setup("ballot rules")
    e = s.election
    stranger = SigningKey.generate()
    assert isinstance(refused(s, ballot_tx(e, s.key, stranger, 0)), VoterNotRegistered)
    first = ballot_tx(e, s.key, s.voter(1), 0)
    s.maker.add([first])
    s.ledger.add_block(s.maker.blocks[-1])
    assert isinstance(refused(s, ballot_tx(e, s.key, s.voter(1), 1)), AlreadyVoted)
    pool = Mempool()
    pool.add(ballot_tx(e, s.key, s.voter(2), 1), s.ledger.state)
    with pytest.raises(AlreadyVoted):  # one ballot per voter in the pool too
        pool.add(ballot_tx(e, s.key, s.voter(2), 2), s.ledger.state)
    two_options = make_election(stations=3, options=("Yes", "No"), ballot="secret", label="two options")
    narrow = ballot_tx(two_options, s.key, s.voter(3), 0)
    wrong_shape = cast(Ballot, sign(replace(narrow, election=e.id, voter=s.voter(3).public), s.voter(3)))
    error = refused(s, wrong_shape)
    assert isinstance(error, BadBallot) and error.option is None
    before_close = e.now()
    late = ballot_tx(e, s.key, s.voter(4), 2, time=before_close)  # cast before the close, arrives after it
    close = e.close()
    s.maker.add([close])
    s.ledger.add_block(s.maker.blocks[-1])
    after = ballot_tx(e, s.key, s.voter(5), 2)
    error = refused(s, after)
    assert isinstance(error, CastAfterClose) and error.close_time == close.time
    Mempool().add(late, s.ledger.state)  # a late return counts
