"""The SQLite store: what is recorded comes back, reorganisations persist, damage is a clear StoreError."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.unit.chainmaker import Election, child, filled_chain, make_election
from votingapp.core.block import Block
from votingapp.core.chain import Ledger
from votingapp.core.errors import BlockTransactionError, ChainError
from votingapp.core.tally import tally_state
from votingapp.core.verify import verify_chain
from votingapp.store.database import ChainStore, StoreError
from votingapp.store.datadir import DataDir


class StoredNode:
    """A ledger backed by a store, fed the way a node feeds it: add the block, then record the change."""

    def __init__(self, election: Election, path: Path) -> None:
        self.store = ChainStore(path, create=True)
        self.store.set_genesis(election.genesis)
        self.ledger = self.store.open_ledger()

    def receive(self, block: Block) -> None:
        self.store.record(block, self.ledger.add_block(block))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "votingapp.sqlite3"


def reopen(path: Path) -> tuple[ChainStore, Ledger]:
    store = ChainStore(path)
    return store, store.open_ledger()


def test_a_recorded_chain_reopens_with_the_same_tip_and_tally(db: Path) -> None:
    election = make_election()
    node = StoredNode(election, db)
    for block in filled_chain(election, 4).blocks:
        node.receive(block)
    tip, tally = node.ledger.state.tip, tally_state(node.ledger.state)
    node.store.close()

    store, ledger = reopen(db)
    assert ledger.height == 4
    assert ledger.state.tip == tip
    assert tally_state(ledger.state) == tally
    assert store.genesis() == election.genesis
    store.close()


def test_every_recorded_transaction_can_be_found_by_id(db: Path) -> None:
    election = make_election()
    node = StoredNode(election, db)
    chain = filled_chain(election, 3)
    for block in chain.blocks:
        node.receive(block)
    for block in chain.blocks:
        for position, txid in enumerate(block.txids):
            assert node.store.find_tx(txid) == (block.height, block.hash, position)
    assert node.store.find_tx(b"\0" * 32) is None
    node.store.close()


def test_a_reorganisation_is_persisted(db: Path) -> None:
    election = make_election(stations=2)
    node = StoredNode(election, db)
    first = child(election, None, [election.register(election.voter(n)) for n in range(3)], election.stations[1])
    node.receive(first)
    vote_a = election.vote(election.voter(0), "Alice")
    block_a = child(election, first, [vote_a], miner=election.stations[1])  # out of turn at height 2
    node.receive(block_a)
    vote_b = election.vote(election.voter(1), "Bob")
    block_b = child(election, first, [vote_b], miner=election.stations[0])  # in turn: heavier
    node.receive(block_b)

    assert [h for _, h, _ in node.store.main_blocks()] == [first.hash, block_b.hash]
    assert node.store.find_tx(block_a.txids[0]) is None
    assert node.store.find_tx(block_b.txids[0]) == (2, block_b.hash, 0)
    assert node.store.load_block(block_a.hash).hash == block_a.hash  # the side block is kept
    node.store.close()

    store, ledger = reopen(db)
    assert ledger.state.tip == block_b.hash
    assert ledger.state.voted == {election.voter(1).public: "Bob"}
    store.close()


def test_a_reorganisation_back_to_a_stored_side_branch_loads_its_blocks_from_the_store(db: Path) -> None:
    election = make_election(stations=2)
    node = StoredNode(election, db)
    first = child(election, None, [election.register(election.voter(n)) for n in range(3)], election.stations[1])
    node.receive(first)
    side = child(election, first, [election.vote(election.voter(0), "Alice")], miner=election.stations[1])
    node.receive(side)
    node.store.close()

    # After a restart the side block is only in the database: the ledger must read it from there.
    store, ledger = reopen(db)
    best = child(election, first, [election.vote(election.voter(0), "Bob")], miner=election.stations[0])
    store.record(best, ledger.add_block(best))
    assert ledger.state.voted == {election.voter(0).public: "Bob"}
    store.close()


def test_a_refused_heavier_branch_leaves_the_stored_best_chain_as_it_was(db: Path) -> None:
    election = make_election(stations=2)
    node = StoredNode(election, db)
    first = child(election, None, [election.register(election.voter(n)) for n in range(3)], election.stations[1])
    node.receive(first)
    node.store.close()

    store, ledger = reopen(db)  # from here on, blocks connected before the restart are read from the store
    node.store, node.ledger = store, ledger
    best = child(election, first, [election.vote(election.voter(0), "Alice")], miner=election.stations[0])
    node.receive(best)
    side = child(election, first, [election.register(election.voter(7))], miner=election.stations[1])
    node.receive(side)
    bad = child(election, side, [election.vote(election.voter(8), "Bob")], miner=election.stations[1])
    with pytest.raises(BlockTransactionError):
        node.receive(bad)

    assert ledger.state.tip == best.hash
    assert [h for _, h, _ in store.main_blocks()] == [first.hash, best.hash]
    store.close()
    store, ledger = reopen(db)
    assert ledger.state.voted == {election.voter(0).public: "Alice"}
    store.close()


def test_a_missing_database_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no election database at"):
        ChainStore(tmp_path / "absent.sqlite3")


def test_a_missing_data_dir_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        DataDir(tmp_path / "nowhere").open_store()


def test_a_garbage_file_is_a_store_error_without_a_sqlite_traceback(db: Path) -> None:
    db.write_bytes(b"this is not a database, just some text that happens to be here\n" * 100)
    with pytest.raises(StoreError, match="damaged or not a votingapp database") as info:
        ChainStore(db)
    assert str(db) in str(info.value)
    assert info.value.__cause__ is None
    assert info.value.__suppress_context__


def test_a_sqlite_database_of_another_program_is_a_store_error(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE meta (name TEXT)")
    conn.close()
    with pytest.raises(StoreError, match="not a votingapp database"):
        ChainStore(db)


@pytest.mark.parametrize("keep", [0.5, 0.1, 100])
def test_a_truncated_database_is_a_store_error(db: Path, keep: float) -> None:
    election = make_election()
    node = StoredNode(election, db)
    for block in filled_chain(election, 12, voters_per_block=40).blocks:
        node.receive(block)
    node.store.close()
    data = db.read_bytes()
    db.write_bytes(data[: int(len(data) * keep) if keep < 1 else int(keep)])

    with pytest.raises(StoreError, match="damaged") as info:
        store = ChainStore(db)
        try:
            store.open_ledger()
        finally:
            store.close()
    assert info.value.__cause__ is None


def test_an_empty_database_holds_no_election(db: Path) -> None:
    ChainStore(db, create=True).close()
    with pytest.raises(StoreError, match="holds no election"):
        ChainStore(db).open_ledger()


def test_a_database_refuses_a_second_election(db: Path) -> None:
    store = ChainStore(db, create=True)
    store.set_genesis(make_election().genesis)
    with pytest.raises(StoreError, match="already holds election"):
        store.set_genesis(make_election().genesis)
    store.close()


def test_a_stored_block_rewritten_in_place_stops_open_ledger_at_that_block(db: Path) -> None:
    election = make_election()
    node = StoredNode(election, db)
    chain = filled_chain(election, 3)
    for block in chain.blocks:
        node.receive(block)
    node.store.close()
    target = chain.blocks[1]
    changed = target.encode().replace(b'"time":%d' % target.time, b'"time":%d' % (target.time + 1))
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE blocks SET data = ? WHERE hash = ?", (changed, target.hash))
    conn.close()

    store = ChainStore(db)
    with pytest.raises(ChainError, match="block 2") as info:
        store.open_ledger()
    assert info.value.height == 2
    store.close()


def test_the_blocks_of_the_store_verify_in_full(db: Path) -> None:
    election = make_election()
    node = StoredNode(election, db)
    for block in filled_chain(election, 4).blocks:
        node.receive(block)
    report = verify_chain(election.genesis, (raw for _, _, raw in node.store.main_blocks()))
    assert report.blocks == 4
    assert tally_state(report.state) == tally_state(node.ledger.state)
    node.store.close()


def test_a_block_unknown_to_the_store_is_a_store_error(db: Path) -> None:
    store = ChainStore(db, create=True)
    with pytest.raises(StoreError, match="not in the database"):
        store.load_block(b"\1" * 32)
    store.close()
