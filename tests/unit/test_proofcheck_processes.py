"""Ballot proofs checked in worker processes (``verify_chain(..., pool=...)``, as ``verify`` runs it): the
same results and the same errors, word for word, as on threads; the first bad ballot wins across chunks."""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

import pytest

from tests.unit.chainmaker import ChainMaker, make_election
from tests.unit.secretmaker import ballot_tx
from tests.unit.test_secret_ballots import CASES, Setup
from votingapp.core import proofcheck
from votingapp.core.errors import BadBallot, BlockTransactionError, ChainError
from votingapp.core.state import check_ballot_proofs
from votingapp.core.tally import tally_state
from votingapp.core.transactions import Ballot
from votingapp.core.verify import verify_chain
from votingapp.election import audit
from votingapp.election.audit import verify_blocks


@pytest.fixture(scope="module")
def pool() -> Iterator[ProcessPoolExecutor]:
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as processes:
        yield processes


@pytest.fixture(scope="module")
def threads() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(2) as executor:
        yield executor


@pytest.fixture(scope="module")
def setup() -> Setup:
    return Setup("ballots in processes")


def _error(s: Setup, blocks: list[bytes], executor: Executor, pool: Executor | None) -> ChainError:
    with pytest.raises(ChainError) as info:
        verify_chain(s.election.genesis, blocks, executor, pool=pool)
    return info.value


def _same(a: ChainError, b: ChainError) -> None:
    assert str(a) == str(b) and a.height == b.height and a.block_hash == b.block_hash
    assert isinstance(a.cause, BlockTransactionError) and isinstance(b.cause, BlockTransactionError)
    assert str(a.cause) == str(b.cause) and a.cause.index == b.cause.index
    assert isinstance(a.cause.cause, BadBallot) and isinstance(b.cause.cause, BadBallot)
    assert str(a.cause.cause) == str(b.cause.cause) and a.cause.cause.option == b.cause.cause.option


def test_check_ballots_is_picklable_and_says_what_check_ballot_proofs_says(setup: Setup) -> None:
    s = setup
    state = s.ledger.state
    good = ballot_tx(s.election, s.key, s.voter(0), 1)
    for case, (make, option) in CASES.items():
        bad = make(s)
        with pytest.raises(BadBallot) as info:
            check_ballot_proofs(bad, s.key, state)
        args = (s.key.encoding, state.n_options, state.election_id, [proofcheck.pooled(t) for t in (good, bad, good)])
        result = proofcheck.check_ballots(*pickle.loads(pickle.dumps(args)))
        assert result == (1, (str(info.value), option)), case
        assert pickle.loads(pickle.dumps(result)) == result
    two = [proofcheck.pooled(good)] * 2
    assert proofcheck.check_ballots(s.key.encoding, state.n_options, state.election_id, two) == (2, None)
    back = proofcheck.unpooled(state.election_id, proofcheck.pooled(good))
    assert back.ballot == good.ballot and back.voter == good.voter


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_ballot_gives_the_same_error_in_processes_as_on_threads(
    setup: Setup, case: str, pool: ProcessPoolExecutor, threads: ThreadPoolExecutor
) -> None:
    make, _option = CASES[case]
    s = setup
    chain = ChainMaker(s.election, list(s.maker.blocks))
    chain.add([ballot_tx(s.election, s.key, s.voter(n), n % 3) for n in (6, 7)])
    chain.add([ballot_tx(s.election, s.key, s.voter(8), 0), make(s), ballot_tx(s.election, s.key, s.voter(9), 1)])
    chain.add([s.election.close()])  # a later block: the pipeline still names the ballot's block
    in_processes = _error(s, chain.encoded(), threads, pool)
    _same(in_processes, _error(s, chain.encoded(), threads, None))
    assert in_processes.height == len(s.maker.blocks) + 2


def test_a_bad_ballot_in_the_closing_block_is_named_the_same(
    setup: Setup, pool: ProcessPoolExecutor, threads: ThreadPoolExecutor
) -> None:
    s = setup
    make, _option = CASES["a changed byte"]
    chain = ChainMaker(s.election, list(s.maker.blocks))
    chain.add([ballot_tx(s.election, s.key, s.voter(6), 0), make(s), s.election.close()])  # checked one at a time
    _same(_error(s, chain.encoded(), threads, pool), _error(s, chain.encoded(), threads, None))


def test_the_first_bad_ballot_wins_across_chunks(
    setup: Setup, pool: ProcessPoolExecutor, threads: ThreadPoolExecutor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(proofcheck, "POOL_CHUNK", 2)  # chunks are cut in this process
    s = setup
    first, _ = CASES["two 1s"]
    second, _ = CASES["encrypting 2"]
    txs: list[Ballot] = [ballot_tx(s.election, s.key, s.voter(n), n % 3) for n in (0, 6, 7)]
    chain = ChainMaker(s.election, list(s.maker.blocks))
    chain.add([txs[0], txs[1], txs[2], first(s), ballot_tx(s.election, s.key, s.voter(8), 0), second(s)])
    error = _error(s, chain.encoded(), threads, pool)
    _same(error, _error(s, chain.encoded(), threads, None))
    assert isinstance(error.cause, BlockTransactionError) and error.cause.index == 3


def test_verify_blocks_counts_a_secret_election_as_the_threads_do(setup: Setup, threads: ThreadPoolExecutor) -> None:
    s = setup
    chain = ChainMaker(s.election, list(s.maker.blocks))
    chain.add([ballot_tx(s.election, s.key, s.voter(n), n % 3) for n in range(5)])
    chain.add([ballot_tx(s.election, s.key, s.voter(n), n % 3) for n in range(5, 9)])
    chain.add([s.election.close()])
    report = verify_blocks(s.election.genesis, chain.encoded())
    on_threads = verify_chain(s.election.genesis, chain.encoded(), threads)
    assert report.state.ballot_count == on_threads.state.ballot_count == 9
    assert report.state.tip == on_threads.state.tip and (report.signatures, report.blocks) == (
        on_threads.signatures,
        on_threads.blocks,
    )
    assert set(report.state.proven) == set(on_threads.state.proven)
    assert tally_state(report.state).to_json() == tally_state(on_threads.state).to_json()


def test_an_open_election_starts_no_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a process pool for an open election")

    monkeypatch.setattr(audit, "ProcessPoolExecutor", refuse)
    election = make_election(stations=2, label="open, no processes")
    maker = ChainMaker(election)
    voters = [election.voter(n) for n in range(3)]
    maker.add([election.register(v) for v in voters])
    maker.add([election.vote(v, election.genesis.manifest.options[0]) for v in voters])
    report = verify_blocks(election.genesis, maker.encoded())
    assert report.blocks == 2
