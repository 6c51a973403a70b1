"""Waiting transactions on disk: the store's ``pending`` table and how the chain service keeps it.

A transaction is committed before it enters the mempool (its receipt means stored); it leaves the table in
the transaction that stores its block; a failed write changes neither the database nor the memory.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.unit.chainmaker import ChainMaker, Election, child, key, make_election
from votingapp.core.transactions import Transaction, txid_of
from votingapp.net.chain_access import BlockResult, TxResult
from votingapp.node import chain_service as chain_service_module
from votingapp.node.chain_service import ChainService, StorageUnavailable
from votingapp.store.database import ChainStore, StoreWriteError

FULL = StoreWriteError("could not write (database or disk is full)", "database or disk is full", True)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "votingapp.sqlite3"


def _store(db: Path, election: Election) -> ChainStore:
    store = ChainStore(db, create=True)
    store.set_genesis(election.genesis)
    return store


def _service(store: ChainStore) -> ChainService:
    return ChainService(store, key("pending station"), "Desk", lambda *_: None)


def _ids(txs: list[Transaction]) -> list[bytes]:
    return [txid_of(tx) for tx in txs]


# -- the table
def test_pending_transactions_come_back_in_order_after_reopening_and_a_duplicate_is_ignored(db: Path) -> None:
    election = make_election()
    voters = [election.voter(i) for i in range(3)]
    txs: list[Transaction] = [election.register(v) for v in voters]
    store = _store(db, election)
    for tx in txs:
        store.add_pending(txid_of(tx), tx.encode())
    store.add_pending(txid_of(txs[0]), txs[0].encode())
    store.close()

    store = ChainStore(db, readonly=True)
    assert store.pending() == [(txid_of(tx), tx.encode()) for tx in txs]
    store.close()


def test_a_stored_block_takes_its_transactions_out_of_the_table_in_the_same_commit(db: Path) -> None:
    election = make_election()
    voters = [election.voter(i) for i in range(3)]
    regs = [election.register(v) for v in voters]
    store = _store(db, election)
    for tx in regs:
        store.add_pending(txid_of(tx), tx.encode())
    ledger = store.open_ledger()
    block = ChainMaker(election).add(regs[:2])
    store.record(block, ledger.add_block(block))
    assert [txid for txid, _ in store.pending()] == [txid_of(regs[2])]
    assert store.find_tx(txid_of(regs[0])) is not None
    store.close()


def test_a_block_that_cannot_be_stored_leaves_the_table_and_the_blocks_as_they_were(db: Path) -> None:
    election = make_election()
    regs = [election.register(election.voter(i)) for i in range(2)]
    store = _store(db, election)
    for tx in regs:
        store.add_pending(txid_of(tx), tx.encode())
    ledger = store.open_ledger()
    block = ChainMaker(election).add(regs)
    update = ledger.add_block(block)
    # A failure in the middle of the transaction (after the pending rows were deleted): all or nothing.
    raw = sqlite3.connect(db)
    raw.execute("CREATE TRIGGER fail AFTER INSERT ON txs BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")
    raw.commit()
    raw.close()
    with pytest.raises(StoreWriteError, match="disk trouble"):
        store.record(block, update)
    assert [txid for txid, _ in store.pending()] == _ids(list(regs))
    assert list(store.main_blocks()) == []
    store.close()


def test_a_reorganisation_puts_the_transactions_of_disconnected_blocks_back_in_the_table(db: Path) -> None:
    election = make_election()
    regs = [election.register(election.voter(i)) for i in range(2)]
    store = _store(db, election)
    ledger = store.open_ledger()
    old = child(election, None, regs)
    store.record(old, ledger.add_block(old))
    assert store.pending() == []
    # A heavier branch that holds one of those registrations in its second block.
    other = election.register(election.voter(5))
    b1 = child(election, None, [other], time=old.time + 1)
    b2 = child(election, b1, [regs[1]])
    store.record(b1, ledger.add_block(b1))  # b1 may win the tie already (lower hash)
    store.record(b2, ledger.add_block(b2))
    assert not ledger.on_main(old.hash) and ledger.best.hash == b2.hash
    assert [txid for txid, _ in store.pending()] == [txid_of(regs[0])]
    assert store.find_tx(txid_of(regs[0])) is None and store.find_tx(txid_of(regs[1])) is not None
    store.close()


def test_remove_pending_forgets_only_the_given_transactions(db: Path) -> None:
    election = make_election()
    regs = [election.register(election.voter(i)) for i in range(3)]
    store = _store(db, election)
    for tx in regs:
        store.add_pending(txid_of(tx), tx.encode())
    store.remove_pending([txid_of(regs[1])])
    store.remove_pending([])
    assert [txid for txid, _ in store.pending()] == [txid_of(regs[0]), txid_of(regs[2])]
    store.close()


def test_a_write_that_cannot_reach_the_disk_is_a_store_write_error(db: Path) -> None:
    election = make_election()
    _store(db, election).close()
    tx = election.register(election.voter(0))
    store = ChainStore(db, readonly=True)
    with pytest.raises(StoreWriteError) as caught:
        store.add_pending(txid_of(tx), tx.encode())
    assert "readonly" in caught.value.reason and not caught.value.disk_full
    with pytest.raises(StoreWriteError):
        store.probe_write()
    assert store.pending() == []
    store.close()


def test_a_database_without_the_table_opened_read_only_has_nothing_pending(db: Path) -> None:
    election = make_election()
    _store(db, election).close()
    raw = sqlite3.connect(db)
    raw.execute("DROP TABLE pending")
    raw.commit()
    raw.close()
    store = ChainStore(db, readonly=True)
    assert store.pending() == []
    store.close()
    store = ChainStore(db)  # opened for writing, it gets the table
    tx = election.register(election.voter(0))
    store.add_pending(txid_of(tx), tx.encode())
    assert len(store.pending()) == 1
    store.close()


# -- the chain service keeps it
def test_an_accepted_transaction_is_on_disk_and_comes_back_to_the_mempool_after_a_crash(db: Path) -> None:
    election = make_election()
    voter = election.voter(0)
    reg, vote = election.register(voter), election.vote(voter, "Bob")
    service = _service(_store(db, election))
    assert service.accept_tx(reg) == txid_of(reg)
    service.accept_tx(vote)
    # What another process sees right now (no close, no checkpoint): both are committed.
    other = ChainStore(db, readonly=True)
    assert [txid for txid, _ in other.pending()] == _ids([reg, vote])
    other.close()
    # The node dies without stopping; a new one loads them, checked again, in order.
    again = _service(ChainStore(db))
    assert [txid_of(tx) for tx in again.mempool.transactions()] == _ids([reg, vote])
    assert again.pending_txs() == [reg.encode(), vote.encode()]  # what a peer asking for the pool gets
    again.store.close()
    service.store.close()


def test_mined_transactions_leave_the_table_and_invalid_ones_are_dropped_on_loading(db: Path) -> None:
    election = make_election()
    voters = [election.voter(i) for i in range(2)]
    regs = [election.register(v) for v in voters]
    service = _service(_store(db, election))
    for tx in regs:
        service.accept_tx(tx)
    service.add_block(child(election, None, regs))
    assert service.store.pending() == [] and len(service.mempool) == 0
    # Rows that cannot enter the pool any more: already in the chain, a vote of an unknown voter,
    # a forged signature.  Loading drops them from memory and from the table; a good one stays.
    stranger = election.vote(election.voter(9), "Alice")
    forged = election.vote(voters[1], "Bob")
    forged = type(forged)(**{**forged.__dict__, "sig": bytes(64)})
    good = election.vote(voters[0], "Carol")
    for tx in (regs[0], stranger, forged, good):
        service.store.add_pending(txid_of(tx), tx.encode())
    service.store.close()
    again = _service(ChainStore(db))
    assert [txid_of(tx) for tx in again.mempool.transactions()] == [txid_of(good)]
    assert [txid for txid, _ in again.store.pending()] == [txid_of(good)]
    again.store.close()


def test_a_transaction_that_cannot_be_stored_is_refused_and_the_next_write_carries_on(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    election = make_election()
    reg = election.register(election.voter(0))
    service = _service(_store(db, election))
    changes: list[str | None] = []
    service.on_storage_change.append(changes.append)
    real = service.store.add_pending
    monkeypatch.setattr(service.store, "add_pending", lambda *_: (_ for _ in ()).throw(FULL))
    with pytest.raises(StorageUnavailable) as caught:
        service.accept_tx(reg)
    message = str(caught.value)
    assert message == ("this station cannot write to its disk (database or disk is full): "
                       "no new votes until space is freed")
    assert service.storage_error == message and changes == [message]
    assert len(service.mempool) == 0 and reg not in service.mempool.transactions()
    # A peer's transaction meanwhile: this station's trouble, not held against the peer.
    assert service.receive_tx(reg.encode(), "peer") is TxResult.UNAVAILABLE
    monkeypatch.setattr(service.store, "add_pending", real)
    assert service.accept_tx(reg) == txid_of(reg)
    assert service.storage_error is None and changes == [message, None]
    service.store.close()


def test_a_block_that_cannot_be_stored_is_not_kept_in_memory_either(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    election = make_election()
    voters = [election.voter(i) for i in range(3)]
    regs = [election.register(v) for v in voters]
    service = _service(_store(db, election))
    first = child(election, None, regs[:1])
    service.accept_tx(regs[0])
    service.add_block(first)
    for tx in regs[1:]:
        service.accept_tx(tx)
    state_before = (service.ledger.height, service.state.tip, set(service.state.registered))
    block = child(election, first, regs[1:])

    real = service.store.record
    monkeypatch.setattr(service.store, "record", lambda *_: (_ for _ in ()).throw(FULL))
    with pytest.raises(StorageUnavailable):
        service.add_block(block, own=True)
    assert (service.ledger.height, service.state.tip, set(service.state.registered)) == state_before
    assert block.hash not in service.ledger.entries
    assert _ids(service.mempool.transactions()) == _ids(regs[1:])  # still waiting, still stored
    assert [txid for txid, _ in service.store.pending()] == _ids(regs[1:])
    # While the disk is full, a peer's block is ignored (not an error that would ban the peer).
    assert service.receive_block(block.encode(), "peer") is BlockResult.KNOWN
    assert service.ledger.height == 1

    monkeypatch.setattr(service.store, "record", real)
    monkeypatch.setattr(chain_service_module, "STORAGE_RETRY_S", 0.0)
    assert service.retry_storage() and service.storage_error is None
    assert service.add_block(block, own=True).connected == [block]
    assert service.ledger.height == 2 and service.store.pending() == [] and len(service.mempool) == 0
    service.store.close()
    store = ChainStore(db, readonly=True)
    assert store.open_ledger().height == 2
    store.close()


def test_the_periodic_retry_stays_failed_while_the_disk_is_full(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    election = make_election()
    service = _service(_store(db, election))
    monkeypatch.setattr(service.store, "add_pending", lambda *_: (_ for _ in ()).throw(FULL))
    with pytest.raises(StorageUnavailable):
        service.accept_tx(election.register(election.voter(0)))
    monkeypatch.setattr(service.store, "probe_write", lambda: (_ for _ in ()).throw(FULL))
    assert not service.retry_storage() and service.storage_error is not None
    monkeypatch.undo()
    assert service.retry_storage() and service.storage_error is None
    service.store.close()
