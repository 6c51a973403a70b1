"""A whole secret election in the core (docs/design.md section 10): 3 trustees, threshold 2, the key ceremony
as transactions in blocks, 50 ballots, the close, 2 of 3 decryptions give the right counts with the third
trustee absent; verify_chain agrees.  And the rules of the ceremony and of the decryption, one by one."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import cast

import pytest

from tests.unit.chainmaker import ChainMaker, Election, make_election
from tests.unit.secretmaker import Trustees, ballot_tx, run_ceremony
from votingapp.core.chain import Ledger
from votingapp.core.crypto.group import G, Scalar, base_mul
from votingapp.core.errors import (
    AlreadyAcked,
    AlreadyDealt,
    BadComplaint,
    BadDeal,
    BadDecryption,
    BlockTransactionError,
    CeremonyFailed,
    CeremonyNotComplete,
    CeremonyOver,
    ChainError,
    DealsMissing,
    DecryptionBeforeClose,
    DuplicateDecryption,
    InvalidTransaction,
    NotATrustee,
    TrusteeKeyAlreadyPublished,
    TrusteeKeysMissing,
    UnknownAggregate,
    WrongBallotKind,
)
from votingapp.core.manifest import create_genesis
from votingapp.core.mempool import Mempool
from votingapp.core.state import LedgerState, check_tx
from votingapp.core.tally import tally_state
from votingapp.core.transactions import Decryption, Transaction, sign, txid_of
from votingapp.core.verify import verify_chain

N_BALLOTS = 50


@pytest.fixture(scope="module")
def executor() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(2) as pool:
        yield pool


def secret_election(label: str, stations: int = 3, threshold: int = 2) -> tuple[Election, Trustees, ChainMaker, Ledger]:
    election = make_election(stations=stations, ballot="secret", threshold=threshold, label=label)
    return election, Trustees(election), ChainMaker(election), Ledger(election.genesis)


def add(ledger: Ledger, maker: ChainMaker, txs: Sequence[Transaction]) -> None:
    maker.add(txs)
    tip = maker.tip
    assert tip is not None
    ledger.add_block(tip)


def refused(state: LedgerState, tx: Transaction) -> InvalidTransaction:
    """The error the rules give ``tx`` against the chain state (and the mempool gives the same)."""
    with pytest.raises(InvalidTransaction) as info:
        check_tx(tx, txid_of(tx), state, state)
    with pytest.raises(type(info.value)):
        Mempool().add(tx, state)
    return info.value


def test_the_manifest_defaults_to_secret_with_every_station_a_trustee_and_a_majority() -> None:
    election = make_election(stations=3, ballot="secret")
    manifest = election.genesis.manifest
    assert manifest.ballot == "secret" and manifest.threshold == 2
    assert manifest.trustees == tuple(s.public for s in election.stations)
    genesis = create_genesis(election.authority, "Default", ["A", "B"], list(manifest.stations), created=1)
    assert genesis.manifest.secret and genesis.manifest.threshold == 2 and len(genesis.manifest.trustees) == 3
    assert type(genesis).decode(genesis.encode()) == genesis
    one = create_genesis(election.authority, "One", ["A", "B"], list(manifest.stations[:1]), created=1)
    assert one.manifest.threshold == 1 and len(one.manifest.trustees) == 1


def test_a_whole_secret_election_three_trustees_threshold_two(executor: ThreadPoolExecutor) -> None:
    election, trustees, maker, ledger = secret_election("whole")
    run_ceremony(maker, trustees)
    for block in maker.blocks:
        ledger.add_block(block)
    state = ledger.state
    assert state.ceremony_complete and state.ceremony_status().acked == (1, 2, 3)
    for j in (1, 2, 3):  # every trustee finds its shares good and X_j = x_j·G
        assert trustees.check_received(state, j) is None
        assert trustees.secret(state, j) * G == state.verification_keys[j]
    key = state.election_key
    assert key is not None
    voters = [election.voter(n) for n in range(N_BALLOTS)]
    add(ledger, maker, [election.register(v) for v in voters])
    rng = random.Random(7)
    choices = [rng.randrange(3) for _ in voters]
    receipts = []
    for start in (0, 20):
        stop = 20 if start == 0 else N_BALLOTS
        ballots = [ballot_tx(election, key, v, c) for v, c in zip(voters[start:stop], choices[start:stop], strict=True)]
        receipts += [txid_of(b) for b in ballots]
        add(ledger, maker, list(ballots))
    assert state.ballot_count == N_BALLOTS and set(state.ballots.values()) == set(receipts)  # tracking codes
    sealed = tally_state(state)
    assert sealed.results is None and sealed.voted == N_BALLOTS and sealed.registered == N_BALLOTS
    add(ledger, maker, [election.close()])
    close_block = maker.blocks[-1].hash
    tally = tally_state(state)
    assert tally.sealed and tally.sealed_text == "sealed: 0 of 2 trustee shares"
    assert tally.aggregate_block == close_block
    add(ledger, maker, [trustees.decryption_tx(state, 1, close_block)])
    assert tally_state(state).sealed_text == "sealed: 1 of 2 trustee shares"
    add(ledger, maker, [trustees.decryption_tx(state, 3, close_block)])  # trustee 2 never shows up
    tally = tally_state(state)
    expected = {option: choices.count(j) for j, option in enumerate(election.genesis.manifest.options)}
    assert tally.results == expected and not tally.sealed
    assert tally.decrypted_by == (1, 3) and tally.aggregate_block == close_block
    obj = tally.to_json()
    assert obj["ballot"] == "secret" and obj["sealed"] is False and obj["shares"] == 2 and obj["threshold"] == 2
    assert obj["decrypted_by"] == [1, 3] and obj["aggregate_block"] == close_block.hex() and obj["voted"] == 50
    assert sum(obj["results"].values()) == N_BALLOTS
    report = verify_chain(election.genesis, maker.encoded(), executor)
    assert tally_state(report.state).results == expected
    assert report.state.ballot_count == N_BALLOTS


def ceremony_until(stage: str, label: str) -> tuple[Election, Trustees, ChainMaker, Ledger]:
    """An election whose ceremony went as far as ``stage`` ("none", "keys", "deals", "complete")."""
    election, trustees, maker, ledger = secret_election(label)
    n = trustees.n
    if stage in ("keys", "deals", "complete"):
        add(ledger, maker, [trustees.key_tx(i) for i in range(1, n + 1)])
    if stage in ("deals", "complete"):
        add(ledger, maker, [trustees.deal_tx(i) for i in range(1, n + 1)])
    if stage == "complete":
        add(ledger, maker, [trustees.ack_tx(i) for i in range(1, n + 1)])
    return election, trustees, maker, ledger


@pytest.mark.parametrize("stage", ["none", "keys", "deals"])
def test_a_ballot_before_the_ceremony_is_complete_is_refused(stage: str) -> None:
    election, _trustees, maker, ledger = ceremony_until(stage, f"early ballot {stage}")
    voter = election.voter(1)
    add(ledger, maker, [election.register(voter)])
    any_key = base_mul(Scalar.from_int(5))  # no election key exists yet: whatever a booth could encrypt for
    ballot = ballot_tx(election, any_key, voter, 0)
    error = refused(ledger.state, ballot)
    assert isinstance(error, CeremonyNotComplete) and error.trustees == 3
    assert error.keys == (0 if stage == "none" else 3) and error.acked == 0
    with pytest.raises(BlockTransactionError) as info:
        add(ledger, maker, [ballot])
    assert isinstance(info.value.cause, CeremonyNotComplete)


def test_a_bad_share_leads_to_a_complaint_that_stops_the_ceremony_naming_the_dealer() -> None:
    election, trustees, maker, ledger = ceremony_until("keys", "bad share")
    deals = [trustees.deal_tx(1), trustees.deal_tx(2, bad_share_to=3), trustees.deal_tx(3)]
    add(ledger, maker, deals)  # nobody but trustee 3 can see that the share is bad
    state = ledger.state
    assert trustees.check_received(state, 1) is None and trustees.check_received(state, 2) is None
    assert trustees.check_received(state, 3) == 2  # trustee 3's station finds dealer 2's share bad
    add(ledger, maker, [trustees.ack_tx(1), trustees.complaint_tx(3, dealer=2)])
    assert state.ceremony_failed_by == election.stations[1].public and state.failed_dealer == 2
    status = state.ceremony_status()
    assert status.failed_by == 2 and not status.complete and status.complaint is not None
    for tx in (trustees.ack_tx(2), trustees.complaint_tx(2, dealer=1)):
        error = refused(state, tx)
        assert (
            isinstance(error, CeremonyFailed) and error.dealer == 2 and error.dealer_key == election.stations[1].public
        )
    voter = election.voter(1)
    add(ledger, maker, [election.register(voter)])
    assert isinstance(refused(state, ballot_tx(election, base_mul(Scalar.from_int(5)), voter, 0)), CeremonyFailed)


def test_each_ceremony_rule_refuses_what_breaks_it() -> None:
    _election, trustees, maker, ledger = ceremony_until("none", "ceremony rules")
    state = ledger.state
    outsider = make_election(stations=1, label="outsider").stations[0]
    forged = sign(replace(trustees.key_tx(1), station=outsider.public), outsider)
    assert isinstance(refused(state, forged), NotATrustee)
    error = refused(state, trustees.deal_tx(1))
    assert isinstance(error, TrusteeKeysMissing) and error.missing == (1, 2, 3)
    add(ledger, maker, [trustees.key_tx(1), trustees.key_tx(2)])
    assert isinstance(refused(state, trustees.key_tx(1)), TrusteeKeyAlreadyPublished)
    assert refused(state, trustees.deal_tx(1)).missing == (3,)  # type: ignore[attr-defined]
    add(ledger, maker, [trustees.key_tx(3)])
    good = trustees.deal_tx(1)
    short = sign(replace(good, commitments=good.commitments[:1]), trustees.station(1))
    error = refused(state, short)
    assert isinstance(error, BadDeal) and (error.expected, error.actual) == (2, 1)
    wrong_proof = sign(replace(good, commitments=good.commitments[::-1]), trustees.station(1))
    assert isinstance(refused(state, wrong_proof), BadDeal)
    few_boxes = sign(replace(good, shares=good.shares[:1]), trustees.station(1))
    assert isinstance(refused(state, few_boxes), BadDeal)
    error = refused(state, trustees.ack_tx(1))
    assert isinstance(error, DealsMissing) and error.missing == (1, 2, 3)
    add(ledger, maker, [good])
    assert isinstance(refused(state, trustees.deal_tx(1)), AlreadyDealt)
    assert isinstance(refused(state, trustees.complaint_tx(1, dealer=1)), BadComplaint)
    assert isinstance(refused(state, trustees.complaint_tx(1, dealer=4)), BadComplaint)
    assert isinstance(refused(state, trustees.complaint_tx(2, dealer=3)), DealsMissing)
    add(ledger, maker, [trustees.deal_tx(2), trustees.deal_tx(3)])
    add(ledger, maker, [trustees.ack_tx(1)])
    assert isinstance(refused(state, trustees.ack_tx(1)), AlreadyAcked)
    assert isinstance(refused(state, trustees.complaint_tx(1, dealer=2)), AlreadyAcked)
    add(ledger, maker, [trustees.ack_tx(2), trustees.ack_tx(3)])
    assert state.ceremony_complete
    assert isinstance(refused(state, trustees.complaint_tx(1, dealer=2)), CeremonyOver)


def test_the_ceremony_can_wait_in_the_pool_in_order_and_fill_one_block() -> None:
    _election, trustees, maker, ledger = ceremony_until("none", "pooled ceremony")
    pool = Mempool()
    state = ledger.state
    for i in (1, 2, 3):
        pool.add(trustees.key_tx(i), state)
    for i in (1, 2, 3):
        pool.add(trustees.deal_tx(i), state)
    for i in (3, 1, 2):
        pool.add(trustees.ack_tx(i), state)
    chosen = pool.select(state, 100)
    assert [tx.TYPE for tx in chosen] == ["trustee_key"] * 3 + ["dkg_deal"] * 3 + ["dkg_ack"] * 3
    add(ledger, maker, chosen)
    assert state.ceremony_complete


def completed_and_closed(label: str, n_ballots: int = 6) -> tuple[Election, Trustees, ChainMaker, Ledger, list[int]]:
    election, trustees, maker, ledger = ceremony_until("complete", label)
    voters = [election.voter(n) for n in range(n_ballots)]
    add(ledger, maker, [election.register(v) for v in voters])
    key = ledger.state.election_key
    assert key is not None
    choices = [n % 3 for n in range(n_ballots)]
    add(ledger, maker, [ballot_tx(election, key, v, c) for v, c in zip(voters, choices, strict=True)])
    add(ledger, maker, [election.close()])
    return election, trustees, maker, ledger, choices


def test_a_decryption_share_with_a_bad_proof_is_refused(executor: ThreadPoolExecutor) -> None:
    election, trustees, maker, ledger, _ = completed_and_closed("bad decryption")
    state = ledger.state
    close_block = maker.blocks[-1].hash
    good = trustees.decryption_tx(state, 1, close_block)
    other = trustees.decryption_tx(state, 2, close_block)
    bad_proof = sign(replace(good, proofs=(good.proofs[1], *good.proofs[1:])), trustees.station(1))
    error = refused(state, bad_proof)
    assert isinstance(error, BadDecryption) and error.trustee == 1 and error.option == 0
    wrong_factor = sign(replace(good, factors=(good.factors[0] + G, *good.factors[1:])), trustees.station(1))
    assert isinstance(refused(state, wrong_factor), BadDecryption)
    stolen = sign(replace(other, station=trustees.station(1).public), trustees.station(1))  # 2's share as 1's
    assert isinstance(refused(state, stolen), BadDecryption)
    with pytest.raises(BlockTransactionError) as info:
        add(ledger, maker, [bad_proof])
    assert isinstance(info.value.cause, BadDecryption)
    forged_chain = ChainMaker(election, list(maker.blocks))
    maker.blocks.pop()  # the refused block
    with pytest.raises(ChainError) as chain_error:
        verify_chain(election.genesis, forged_chain.encoded(), executor)
    assert isinstance(chain_error.value.cause, BlockTransactionError)
    assert isinstance(chain_error.value.cause.cause, BadDecryption)
    add(ledger, maker, [good])
    assert isinstance(refused(state, trustees.decryption_tx(state, 1, close_block)), DuplicateDecryption)


def test_decryption_rules_close_aggregate_and_trustee() -> None:
    election, trustees, maker, ledger = ceremony_until("complete", "decryption rules")
    state = ledger.state
    tip = maker.blocks[-1].hash
    unsigned = Decryption(
        election.id, station=trustees.station(1).public, time=election.now(), upto=tip, factors=(G, G, G), proofs=()
    )
    early = cast(Decryption, sign(unsigned, trustees.station(1)))
    assert isinstance(refused(state, early), DecryptionBeforeClose)
    add(ledger, maker, [election.close()])
    assert isinstance(refused(state, replace(early, upto=maker.blocks[-2].hash)), UnknownAggregate)  # before close
    outsider = make_election(stations=1, label="outsider 2").stations[0]
    assert isinstance(refused(state, sign(replace(early, station=outsider.public), outsider)), NotATrustee)
    # no ballot at all: the factors of an empty aggregate are the identity, and the counts are all 0
    close_block = maker.blocks[-1].hash
    add(ledger, maker, [trustees.decryption_tx(state, 2, close_block), trustees.decryption_tx(state, 3, close_block)])
    assert tally_state(state).results == {"Alice": 0, "Bob": 0, "Carol": 0}


def test_an_open_election_refuses_the_secret_transactions_and_a_secret_one_the_plaintext_vote() -> None:
    open_election = make_election(stations=3, label="open kinds")
    state = LedgerState(open_election.genesis)
    stranger = Trustees(make_election(stations=3, ballot="secret", label="kinds"))
    as_open = replace(stranger.key_tx(1), election=open_election.id)
    error = refused(state, sign(as_open, stranger.station(1)))
    assert isinstance(error, WrongBallotKind) and error.ballot == "open"
    election, _trustees, maker, ledger = ceremony_until("complete", "plaintext in secret")
    voter = election.voter(1)
    add(ledger, maker, [election.register(voter)])
    error = refused(ledger.state, election.vote(voter, "Alice"))
    assert isinstance(error, WrongBallotKind) and error.ballot == "secret"
    assert open_election.genesis.manifest.trustees == () and open_election.genesis.manifest.threshold == 0


def test_an_open_election_behaves_as_before() -> None:
    election = make_election(stations=2, label="open as before")
    maker = ChainMaker(election)
    ledger = Ledger(election.genesis)
    voters = [election.voter(n) for n in range(4)]
    add(ledger, maker, [election.register(v) for v in voters])
    add(ledger, maker, [election.vote(v, "Bob") for v in voters[:3]])
    tally = tally_state(ledger.state)
    assert tally.results == {"Alice": 0, "Bob": 3, "Carol": 0} and tally.voted == 3 and not tally.sealed
    assert set(tally.to_json()) == {"election", "height", "tip", "registered", "voted", "results"}
    assert ledger.state.latest_aggregate() is None and ledger.state.aggregates == {}
