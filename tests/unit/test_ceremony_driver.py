"""The node's key-ceremony driver (node/ceremony.py) on an in-process chain of three trustee stations.

Each station has its own ChainService (store in a temp dir) and data dir; a transaction one station
publishes reaches the others at once, and ``mine()`` seals what station 1's pool holds into a block that every
station takes.  The drivers publish in order (keys, deals, acks), store every secret before publishing what
depends on it, complain about a bad share naming the dealer, resume after a restart from what is stored, and
publish their decryption shares after the close.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.unit.chainmaker import Election, child, make_election
from votingapp.core.block import Block
from votingapp.core.crypto import dkg
from votingapp.core.crypto.group import Scalar, base_mul
from votingapp.core.crypto.opened import check_opened_ballot_text
from votingapp.core.errors import CeremonyNotComplete, InvalidTransaction
from votingapp.core.tally import MIN_REDECRYPT_BALLOTS, tally_state
from votingapp.core.transactions import (
    Close,
    Decryption,
    DkgAck,
    DkgComplaint,
    DkgDeal,
    Transaction,
    TrusteeKey,
    sign,
)
from votingapp.core.voter_id import format_voter_id, new_secret, parse_voter_id, voter_key
from votingapp.node import ceremony as ceremony_module
from votingapp.node.booth import opened_text, prepare_ballot
from votingapp.node.ceremony import CeremonyDriver
from votingapp.node.chain_service import ChainService
from votingapp.node.events import CeremonyChanged, NodeEvent
from votingapp.node.trustee_store import TrusteeStore
from votingapp.store.database import ChainStore
from votingapp.store.datadir import DataDir


def now() -> int:
    return int(time.time() * 1000)


class Sim:
    """Three trustee stations on one in-process 'network'."""

    def __init__(self, tmp: Path, election: Election) -> None:
        self.tmp = tmp
        self.election = election
        self.tip: Block | None = None
        self.block_time = now() - 60_000
        self.services: list[ChainService] = []
        self.drivers: list[CeremonyDriver] = []
        self.published: list[tuple[int, Transaction]] = []
        self.events: list[NodeEvent] = []
        self.on_publish: Callable[[int, Transaction], None] | None = None
        for i in range(len(election.stations)):
            self._open(i)

    def data_dir(self, i: int) -> DataDir:
        return DataDir(self.tmp / f"station{i + 1}")

    def _open(self, i: int) -> None:
        dd = self.data_dir(i)
        dd.ensure()
        store = ChainStore(dd.db_path, create=True)
        if store.genesis() is None:
            store.set_genesis(self.election.genesis)
        service = ChainService(store, self.election.stations[i], f"Desk {i + 1}", lambda _e: None)
        driver = CeremonyDriver(service, TrusteeStore(dd), lambda tx, i=i: self._submit(i, tx), self.events.append)
        if i < len(self.services):
            self.services[i], self.drivers[i] = service, driver
        else:
            self.services.append(service)
            self.drivers.append(driver)

    def restart(self, i: int) -> None:
        self.services[i].close()
        self._open(i)

    def close(self) -> None:
        for s in self.services:
            s.close()

    def _submit(self, i: int, tx: Transaction) -> bytes:
        if self.on_publish is not None:
            self.on_publish(i, tx)
        txid = self.services[i].accept_tx(tx, signed_here=True)
        self.published.append((i + 1, tx))
        for j, other in enumerate(self.services):
            if j != i:
                with contextlib.suppress(InvalidTransaction):
                    other.accept_tx(tx)
        return txid

    def step(self) -> None:
        for d in self.drivers:
            d.step()

    def mine(self) -> Block:
        self.block_time = max(self.block_time + 1000, now())
        txs = self.services[0].mempool.select(self.services[0].state, 10_000, block_time=self.block_time)
        block = child(self.election, self.tip, txs, self.election.stations[0], time=self.block_time)
        for s in self.services:
            s.add_block(block)
        self.tip = block
        return block

    def types_published(self) -> list[tuple[int, str]]:
        return [(i, tx.TYPE) for i, tx in self.published]


@pytest.fixture
def sim(tmp_path: Path):
    election = make_election(stations=3, ballot="secret", threshold=2, difficulty=2, label=str(tmp_path))
    s = Sim(tmp_path, election)
    yield s
    s.close()


def stored(sim: Sim, i: int):
    return TrusteeStore(sim.data_dir(i)).load()


def test_the_drivers_publish_keys_then_deals_then_acks_each_after_storing_its_secret(sim: Sim):
    def check_stored_first(i: int, tx: Transaction) -> None:
        secrets = stored(sim, i)  # read back from the disk, as after a crash
        assert secrets is not None
        if isinstance(tx, TrusteeKey):
            assert tx.key == secrets.public_key
        elif isinstance(tx, DkgDeal):
            assert secrets.polynomial is not None
            assert tx.commitments == tuple(base_mul(a) for a in secrets.polynomial.coefficients)
        elif isinstance(tx, DkgAck):
            assert secrets.share is not None

    sim.on_publish = check_stored_first
    sim.step()
    assert sorted(sim.types_published()) == [(1, "trustee_key"), (2, "trustee_key"), (3, "trustee_key")]
    sim.step()  # nothing new while the keys wait for a block
    assert len(sim.published) == 3
    assert sim.drivers[0].progress is not None and sim.drivers[0].progress.text == "waiting for trustee keys 0 of 3"
    sim.mine()
    sim.step()
    assert [tx.TYPE for _, tx in sim.published[3:]] == ["dkg_deal"] * 3
    assert sim.drivers[1].progress is not None and sim.drivers[1].progress.text == "deals 0 of 3"
    sim.mine()
    sim.step()
    assert [tx.TYPE for _, tx in sim.published[6:]] == ["dkg_ack"] * 3
    assert sim.drivers[2].progress is not None and sim.drivers[2].progress.text == "acks 0 of 3"
    sim.mine()
    sim.step()
    assert len(sim.published) == 9
    state = sim.services[0].state
    assert state.ceremony_complete
    for i in range(3):
        assert sim.drivers[i].progress is not None and sim.drivers[i].progress.stage == "complete"
        secrets = stored(sim, i)
        assert secrets is not None and secrets.polynomial is None and secrets.share is not None
        assert base_mul(secrets.share) == state.verification_keys[i + 1]
    assert any(isinstance(e, CeremonyChanged) and e.text == "complete" for e in sim.events)


def test_a_bad_share_gets_a_complaint_naming_the_dealer_and_the_ceremony_stops(sim: Sim, monkeypatch):
    real = dkg.encrypt_share

    def bad_from_2_to_1(share: Scalar, key, election_id: bytes, dealer: int, recipient: int) -> bytes:
        if dealer == 2 and recipient == 1:
            share = share + Scalar.from_int(1)
        return real(share, key, election_id, dealer, recipient)

    monkeypatch.setattr(ceremony_module, "encrypt_share", bad_from_2_to_1)
    sim.step()
    sim.mine()
    sim.step()
    sim.mine()
    sim.step()
    complaints = [(i, tx) for i, tx in sim.published if isinstance(tx, DkgComplaint)]
    assert [(i, tx.dealer) for i, tx in complaints] == [(1, 2)]
    sim.mine()
    sim.step()
    for driver in sim.drivers:
        assert driver.progress is not None
        assert driver.progress.stage == "stopped" and driver.progress.culprit == "Desk 2"
        assert driver.progress.text == "stopped: the share from Desk 2 is bad"
    before = len(sim.published)
    sim.step()
    assert len(sim.published) == before  # nothing more once stopped
    assert stored(sim, 0) is not None and stored(sim, 0).share is None  # type: ignore[union-attr]


def test_a_restart_mid_ceremony_resumes_from_what_is_stored_and_pending(sim: Sim):
    sim.step()
    keys_before = [stored(sim, i).public_key for i in range(3)]  # type: ignore[union-attr]
    sim.mine()
    sim.step()  # the deals wait in the pools (stored in each station's database)
    polys = [stored(sim, i).polynomial for i in range(3)]  # type: ignore[union-attr]
    for i in range(3):
        sim.restart(i)
    assert all(len(s.mempool) == 3 for s in sim.services)
    sim.step()
    assert len(sim.published) == 6  # nothing published twice: the deals are pending
    assert [stored(sim, i).polynomial for i in range(3)] == polys  # type: ignore[union-attr]
    sim.mine()
    sim.restart(1)  # before its ack: it decrypts its shares with the stored key and polynomial
    sim.step()
    sim.mine()
    sim.step()
    state = sim.services[1].state
    assert state.ceremony_complete
    assert [stored(sim, i).public_key for i in range(3)] == keys_before  # type: ignore[union-attr]
    assert [tx.TYPE for _, tx in sim.published] == ["trustee_key"] * 3 + ["dkg_deal"] * 3 + ["dkg_ack"] * 3


def test_ballots_are_refused_before_the_ceremony_and_decrypted_after_the_close(sim: Sim):
    e = sim.election
    voters = [format_voter_id(new_secret()) for _ in range(4 + MIN_REDECRYPT_BALLOTS)]
    regs = [e.register(voter_key(parse_voter_id(v), e.id), e.stations[0], time=now() - 30_000) for v in voters]
    for tx in regs:
        for s in sim.services:
            s.accept_tx(tx)
    sim.mine()
    with pytest.raises(CeremonyNotComplete):
        prepare_ballot(sim.services[0], voters[0], "Alice", now())
    for _ in range(3):
        sim.step()
        sim.mine()
    sim.step()
    choices = ["Alice", "Bob", "Bob", "Carol"]
    for v, c in zip(voters[:4], choices):
        prepared = prepare_ballot(sim.services[1], v, c, now())
        for s in sim.services:
            s.accept_tx(prepared.tx)
    sim.mine()
    # cast before the close at a station cut off from the network: late returns, all for Bob
    late = [prepare_ballot(sim.services[2], v, "Bob", now()) for v in voters[4:]]
    close = sign(Close(e.id, time=now()), e.authority)
    for s in sim.services:
        s.accept_tx(close)
    sim.mine()
    assert tally_state(sim.services[0].state).sealed is True
    sim.drivers[0].step()  # trustee 3 is away: 1 and 2 decrypt
    sim.mine()
    assert tally_state(sim.services[0].state).sealed_text == "sealed: 1 of 2 trustee shares"
    sim.drivers[1].step()
    sim.mine()
    for s in sim.services:
        tally = tally_state(s.state)
        assert tally.results == {"Alice": 1, "Bob": 2, "Carol": 1}
        assert tally.decrypted_by == (1, 2)
    first = tally_state(sim.services[0].state).aggregate_block
    # one late return: decrypting the new sum would give its choice away (the two results differ by it)
    for s in sim.services:
        s.accept_tx(late[0].tx)
    sim.mine()
    sim.drivers[0].step()
    sim.drivers[1].step()
    assert not any(isinstance(tx, Decryption) for s in sim.services for tx in s.mempool.transactions())
    for s in sim.services:
        tally = tally_state(s.state)
        assert tally.stale and tally.late_held_back and tally.late_ballots == 1
        assert tally.results == {"Alice": 1, "Bob": 2, "Carol": 1} and tally.shares == 0
        assert tally.voted == 5 and tally.aggregate_block == first
    # enough late returns: the trustees decrypt the new sum
    for ballot in late[1:]:
        for s in sim.services:
            s.accept_tx(ballot.tx)
    sim.mine()
    sim.drivers[0].step()
    sim.drivers[1].step()  # both publish shares of the new aggregate
    sim.mine()
    for s in sim.services:
        tally = tally_state(s.state)
        assert tally.results == {"Alice": 1, "Bob": 2 + MIN_REDECRYPT_BALLOTS, "Carol": 1} and not tally.stale
        assert tally.aggregate_block != first and tally.aggregate_ballots == 4 + MIN_REDECRYPT_BALLOTS


def test_a_prepared_ballot_opened_for_checking_verifies_and_a_tampered_one_does_not(sim: Sim):
    e = sim.election
    voter = format_voter_id(new_secret())
    reg = e.register(voter_key(parse_voter_id(voter), e.id), e.stations[0], time=now() - 30_000)
    for s in sim.services:
        s.accept_tx(reg)
    for _ in range(3):
        sim.step()
        sim.mine()
    sim.step()
    chain = sim.services[0]
    key = chain.state.election_key
    assert key is not None
    prepared = prepare_ballot(chain, voter, "Bob", now())
    assert "Bob" not in repr(prepared)
    text = opened_text(chain, prepared)
    assert len(text) <= 2953  # one QR code holds it (version 40, level L, bytes)
    verdict = check_opened_ballot_text(text, key, chain.genesis.manifest.options, e.id)
    assert verdict.ok and verdict.option == "Bob" and verdict.tracking_code.hex() == prepared.tracking_code
    lying = text.replace('"option":"Bob"', '"option":"Alice"').replace('"choice":1', '"choice":0')
    assert not check_opened_ballot_text(lying, key, chain.genesis.manifest.options, e.id).ok
    assert not check_opened_ballot_text(text, key, chain.genesis.manifest.options, bytes(32)).ok
    assert not check_opened_ballot_text("not a ballot", key).ok
