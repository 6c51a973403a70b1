"""Any change to a stored chain is caught by verify_chain, at the block that was changed."""

from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from tests.unit.chainmaker import ChainMaker, Election, child, filled_chain, make_election
from votingapp.core.encoding import canonical
from votingapp.core.errors import ChainError, DecodeError
from votingapp.core.transactions import decode_tx
from votingapp.core.verify import verify_chain
from votingapp.store.database import ChainStore

N_BLOCKS = 5
PROPERTY = settings(max_examples=80, deadline=None)
# Replacement characters for one inside a field's value: lower-case hex keeps the transaction decodable; a
# quote ends the string early, and an upper-case letter is not canonical hex (it is fine inside a text).
REPLACEMENTS = b"0123456789abcdef" + b'"A'
# How many of the examples must reach verify_chain with a decodable, resealed transaction.
MIN_RESEALED = PROPERTY.max_examples // 2


@dataclass(frozen=True)
class StoredChain:
    election: Election
    maker: ChainMaker
    encoded: list[bytes]
    db: Path


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> StoredChain:
    election = make_election()
    maker = filled_chain(election, N_BLOCKS, voters_per_block=3)
    db = tmp_path_factory.mktemp("tamper") / "votingapp.sqlite3"
    store = ChainStore(db, create=True)
    store.set_genesis(election.genesis)
    ledger = store.open_ledger()
    for block in maker.blocks:
        store.record(block, ledger.add_block(block))
    store.close()
    return StoredChain(election, maker, maker.encoded(), db)


@pytest.fixture(scope="module")
def executor() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(2) as pool:
        yield pool


def assert_caught_at(stored: StoredChain, blocks: list[bytes], height: int, executor: ThreadPoolExecutor) -> str:
    with pytest.raises(ChainError) as info:
        verify_chain(stored.election.genesis, blocks, executor)
    message = str(info.value)
    assert re.match(rf"block {height}\b", message), message
    assert info.value.height == height
    return message


def changed(raw: bytes, offset: int, value: int) -> bytes:
    return raw[:offset] + bytes([value]) + raw[offset + 1 :]


def test_the_untouched_chain_verifies(stored: StoredChain, executor: ThreadPoolExecutor) -> None:
    report = verify_chain(stored.election.genesis, stored.encoded, executor)
    assert report.blocks == N_BLOCKS
    assert report.transactions == sum(len(b.txs) for b in stored.maker.blocks)
    assert report.signatures == report.transactions + N_BLOCKS
    assert len(report.state.voted) == 3 * (N_BLOCKS - 1)


@PROPERTY
@given(st.data())
def test_changing_any_byte_of_any_block_is_caught_at_that_block(
    stored: StoredChain, executor: ThreadPoolExecutor, data: st.DataObject
) -> None:
    index = data.draw(st.integers(0, N_BLOCKS - 1), label="block index")
    raw = stored.encoded[index]
    offset = data.draw(st.integers(0, len(raw) - 1), label="offset")
    value = data.draw(st.integers(0, 255).filter(lambda b: b != raw[offset]), label="new byte")
    blocks = list(stored.encoded)
    blocks[index] = changed(raw, offset, value)
    assert_caught_at(stored, blocks, index + 1, executor)


@PROPERTY
@given(st.data())
def test_changing_any_byte_of_a_transaction_inside_a_block_is_caught_at_that_block(
    stored: StoredChain, executor: ThreadPoolExecutor, data: st.DataObject
) -> None:
    index = data.draw(st.integers(0, N_BLOCKS - 1), label="block index")
    block = stored.maker.blocks[index]
    position = data.draw(st.integers(0, len(block.txs) - 1), label="transaction")
    tx_raw = block.txs[position].encode()
    offset = data.draw(st.integers(0, len(tx_raw) - 1), label="offset in the transaction")
    value = data.draw(st.integers(0, 255).filter(lambda b: b != tx_raw[offset]), label="new byte")
    raw = stored.encoded[index]
    start = raw.index(tx_raw)
    blocks = list(stored.encoded)
    blocks[index] = raw[:start] + changed(tx_raw, offset, value) + raw[start + len(tx_raw) :]
    assert_caught_at(stored, blocks, index + 1, executor)


def test_a_changed_transaction_resealed_by_an_admitted_miner_is_caught_at_its_block(
    stored: StoredChain, executor: ThreadPoolExecutor
) -> None:
    # The miner recomputes the Merkle root, the work and its signature, and rebuilds every later block:
    # only the transaction's own signature (or a rule) can tell. One character inside a field's value is
    # changed; most changes still decode (a hex digit, any character in a text) and go to the miner, the
    # others (a quote that ends the string, upper-case hex) must be refused by the decoder, and by verify_chain
    # at that block. Both outcomes are checked, and at least half of the examples must be resealed ones.
    election = stored.election
    outcomes: Counter[str] = Counter()

    @PROPERTY
    @given(st.data())
    def property_holds(data: st.DataObject) -> None:
        index = data.draw(st.integers(0, N_BLOCKS - 1), label="block index")
        block = stored.maker.blocks[index]
        position = data.draw(st.integers(0, len(block.txs) - 1), label="transaction")
        tx = block.txs[position]
        tx_raw = tx.encode()
        obj = tx.to_obj()
        field = data.draw(st.sampled_from(sorted(k for k in obj if k not in ("v", "type"))), label="field")
        text = canonical(obj[field])
        start = tx_raw.index(canonical(field) + b":" + text) + len(field) + 3
        inner = 1 if text.startswith(b'"') else 0
        offset = data.draw(st.integers(start + inner, start + len(text) - 1 - inner), label="offset in the tx")
        value = data.draw(st.sampled_from(REPLACEMENTS).filter(lambda b: b != tx_raw[offset]), label="new byte")
        tampered_raw = changed(tx_raw, offset, value)
        try:
            tampered = decode_tx(tampered_raw)
        except DecodeError:
            # No miner can put it into a block; spliced into its block's bytes, it is caught there.
            raw = stored.encoded[index]
            at = raw.index(tx_raw)
            blocks = list(stored.encoded)
            blocks[index] = raw[:at] + tampered_raw + raw[at + len(tx_raw) :]
            message = assert_caught_at(stored, blocks, index + 1, executor)
            assert "cannot be decoded" in message, message
            event("refused by the decoder")
            outcomes["refused by the decoder"] += 1
            return
        assert tampered.encode() == tampered_raw
        txs = list(block.txs)
        txs[position] = tampered
        parent = stored.maker.blocks[index - 1] if index else None
        rebuilt = [*stored.maker.blocks[:index], child(election, parent, txs)]
        for later in stored.maker.blocks[index + 1 :]:
            rebuilt.append(child(election, rebuilt[-1], later.txs))
        message = assert_caught_at(stored, [b.encode() for b in rebuilt], index + 1, executor)
        assert f"transaction {position} " in message
        event("resealed and caught")
        outcomes["resealed and caught"] += 1

    property_holds()
    assert outcomes["resealed and caught"] >= MIN_RESEALED, outcomes


@settings(max_examples=50, deadline=None)
@given(st.data())
def test_a_byte_changed_inside_the_database_file_is_caught_when_verifying_from_the_store(
    stored: StoredChain, data: st.DataObject
) -> None:
    height = data.draw(st.integers(1, N_BLOCKS), label="height")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "votingapp.sqlite3"
        shutil.copyfile(stored.db, db)
        with sqlite3.connect(db) as conn:
            query = "SELECT hash, data FROM blocks WHERE main = 1 AND height = ?"
            block_hash, raw = conn.execute(query, (height,)).fetchone()
            offset = data.draw(st.integers(0, len(raw) - 1), label="offset")
            value = data.draw(st.integers(0, 255).filter(lambda b: b != raw[offset]), label="new byte")
            conn.execute("UPDATE blocks SET data = ? WHERE hash = ?", (changed(bytes(raw), offset, value), block_hash))
        conn.close()
        store = ChainStore(db)
        try:
            genesis = store.genesis()
            assert genesis is not None
            with pytest.raises(ChainError) as info:
                verify_chain(genesis, (raw for _, _, raw in store.main_blocks()))
        finally:
            store.close()
    assert info.value.height == height
    assert re.match(rf"block {height}\b", str(info.value))


def test_a_block_dropped_from_the_middle_is_caught_at_its_place(
    stored: StoredChain, executor: ThreadPoolExecutor
) -> None:
    blocks = [raw for i, raw in enumerate(stored.encoded) if i != 2]
    assert_caught_at(stored, blocks, 3, executor)


def test_two_blocks_swapped_are_caught_at_the_first_of_them(
    stored: StoredChain, executor: ThreadPoolExecutor
) -> None:
    blocks = list(stored.encoded)
    blocks[1], blocks[2] = blocks[2], blocks[1]
    assert_caught_at(stored, blocks, 2, executor)


def test_a_chain_verified_against_another_election_fails_at_block_1(stored: StoredChain) -> None:
    other = make_election()
    with pytest.raises(ChainError) as info:
        verify_chain(other.genesis, stored.encoded)
    assert info.value.height == 1
