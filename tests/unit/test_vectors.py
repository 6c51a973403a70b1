"""Known-answer vectors: the wire and disk format must not drift unnoticed.

The JSON files in ``tests/vectors`` hold the canonical bytes, ids and hashes of fixed keys, a genesis, one
transaction of each type and a block, written once by ``tests/vectors/make_vectors.py``.  These tests never
rewrite them: they rebuild every object from the inputs recorded in the files and compare byte for byte,
decode the stored bytes and check they re-encode identically and their signatures verify, and check that
any one-byte change of the stored bytes is refused or gives another id.  A failure here means the format
changed: regenerate the vectors only if that change is intended (old chains and records become unreadable).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from votingapp.core.block import BLOCK_SIG_DOMAIN, Block, decode_block, header_obj, mine_block, signature_jobs
from votingapp.core.encoding import canonical
from votingapp.core.errors import LedgerError
from votingapp.core.keys import SigningKey, verify_signature
from votingapp.core.manifest import Genesis, Manifest, Station
from votingapp.core.merkle import merkle_root
from votingapp.core.pow import block_hash, meets_difficulty, search_nonce
from votingapp.core.transactions import (
    AUTHORITY_TYPES,
    TX_TYPES,
    Transaction,
    decode_tx,
    sign,
    tx_from_obj,
    txid_of,
)
from votingapp.core.verify import verify_chain
from votingapp.core.voter_id import format_voter_id, parse_voter_id, voter_key

VECTORS = Path(__file__).resolve().parent.parent / "vectors"
_HEX_DIGITS = b"0123456789abcdef"


@cache
def load(name: str) -> Any:
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))


def stored(entry: dict[str, str]) -> bytes:
    """The canonical bytes of a vector entry, after checking its text and hash fields agree with the hex."""
    raw = bytes.fromhex(entry["hex"])
    assert raw.decode() == entry["text"], "the vector file's hex and text disagree"
    assert hashlib.sha256(raw).hexdigest() == entry["sha256"], "the vector file's hex and sha256 disagree"
    return raw


def signing_key(label: str) -> SigningKey:
    """A fixed key of keys.json: its seed gives its public key."""
    entry = load("keys.json")[label]
    if label == "voter":
        return voter_key(bytes.fromhex(entry["secret"]), bytes.fromhex(entry["election"]))
    return SigningKey.from_seed(bytes.fromhex(entry["seed"]))


def authority_public() -> bytes:
    return bytes.fromhex(load("keys.json")["authority"]["public"])


def tx_vectors() -> list[dict[str, Any]]:
    return load("transactions.json")["transactions"]  # type: ignore[no-any-return]


_PLAIN_TYPES = ("admit", "register", "vote", "open", "close")


def rebuild_tx(vec: dict[str, Any]) -> Transaction:
    """The signed transaction made from the vector's inputs.

    The secret ballot's types carry points, proofs and lists: their fields are read with the decoder of
    the unsigned object, then signed here (the signature and the bytes are what is compared).
    """
    election = bytes.fromhex(load("transactions.json")["election"])
    tx: Any
    if vec["type"] in _PLAIN_TYPES:
        fields = {k: bytes.fromhex(v) if k in ("station", "voter") else v for k, v in vec["fields"].items()}
        tx = TX_TYPES[vec["type"]](election, **fields)
    else:
        body = {"v": 1, "type": vec["type"], "election": election.hex(), **vec["fields"], "sig": "00" * 64}
        tx = tx_from_obj(body)
    return sign(tx, signing_key(vec["signer"]))


def rebuild_genesis() -> Genesis:
    vec = load("genesis.json")
    inputs = vec["inputs"]
    manifest = Manifest(
        title=inputs["title"],
        options=tuple(inputs["options"]),
        authority=signing_key(inputs["authority"]).public,
        stations=tuple(Station(signing_key(s["key"]).public, s["name"]) for s in inputs["stations"]),
        difficulty=inputs["difficulty"],
        results=inputs["results"],
        manual_open=inputs["manual_open"],
        created=inputs["created"],
        salt=bytes.fromhex(inputs["salt"]),
    )
    signature = signing_key(inputs["authority"]).sign(vec["domain"].encode() + manifest.encode())
    return Genesis(manifest, signature)


def rebuild_block() -> Block:
    inputs = load("block.json")["inputs"]
    by_type = {vec["type"]: rebuild_tx(vec) for vec in tx_vectors()}
    block = mine_block(
        inputs["height"],
        bytes.fromhex(inputs["prev"]),
        inputs["time"],
        [by_type[t] for t in inputs["txs"]],
        signing_key(inputs["miner"]),
        inputs["difficulty"],
    )
    assert block is not None
    return block


def tx_signer(tx: Transaction) -> bytes:
    return authority_public() if tx.TYPE in AUTHORITY_TYPES else tx.signer


def block_signed(block: Block) -> bool:
    """Every signature in ``block`` verifies: each transaction's and the miner's."""
    return all(verify_signature(key, sig, msg) for key, sig, msg in signature_jobs(block, authority_public()))


def block_body_valid(block: Block, difficulty: int) -> bool:
    """The Merkle root matches the transactions and the hash meets the difficulty."""
    return merkle_root(block.txids) == block.merkle and meets_difficulty(block.hash, difficulty)


def one_byte_changes(raw: bytes) -> Iterator[tuple[int, bytes]]:
    """Every position changed in two ways: one bit flipped, and (hex digits) another hex digit."""
    for i, byte in enumerate(raw):
        others = {byte ^ 0x01}
        if byte in _HEX_DIGITS:
            others.add(_HEX_DIGITS[(_HEX_DIGITS.index(byte) + 7) % 16])
        for other in sorted(others):
            yield i, raw[:i] + bytes([other]) + raw[i + 1 :]


# ---- keys -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["authority", "station", "new_station"])
def test_seed_gives_the_stored_public_key(label: str) -> None:
    assert signing_key(label).public.hex() == load("keys.json")[label]["public"]


def test_voter_id_and_voter_key_derivation() -> None:
    entry = load("keys.json")["voter"]
    secret = bytes.fromhex(entry["secret"])
    election = bytes.fromhex(entry["election"])
    assert format_voter_id(secret) == entry["voter_id"]
    assert parse_voter_id(entry["voter_id"]) == secret
    seed = hashlib.sha256(entry["domain"].encode() + election + secret).digest()
    assert seed.hex() == entry["seed"]
    assert voter_key(secret, election).public.hex() == SigningKey.from_seed(seed).public.hex() == entry["public"]
    assert election.hex() == load("genesis.json")["election_id"]


# ---- genesis ----------------------------------------------------------------------------------------------------


def test_genesis_rebuilds_byte_for_byte() -> None:
    vec = load("genesis.json")
    genesis = rebuild_genesis()
    manifest = stored(vec["manifest"])
    assert genesis.manifest.encode() == manifest
    assert (vec["domain"].encode() + manifest).hex() == vec["signed_message"]
    assert genesis.signature.hex() == vec["signature"]
    assert genesis.encode() == stored(vec["genesis"])
    assert genesis.election_id.hex() == vec["election_id"] == hashlib.sha256(manifest).hexdigest()


def test_genesis_decodes_and_reencodes() -> None:
    vec = load("genesis.json")
    raw = stored(vec["genesis"])
    genesis = Genesis.decode(raw)  # also checks the authority's signature
    assert genesis.encode() == raw
    assert genesis.manifest.encode() == stored(vec["manifest"])
    assert genesis.election_id.hex() == vec["election_id"]
    assert genesis == rebuild_genesis()
    assert verify_signature(genesis.manifest.authority, genesis.signature, bytes.fromhex(vec["signed_message"]))


def test_genesis_one_byte_change_is_refused() -> None:
    raw = stored(load("genesis.json")["genesis"])
    election_id = load("genesis.json")["election_id"]
    for i, changed in one_byte_changes(raw):
        try:
            genesis = Genesis.decode(changed)
        except LedgerError:  # DecodeError, or InvalidManifest when the signature no longer verifies
            continue
        assert genesis.election_id.hex() != election_id, f"byte {i} changed, same election id"


# ---- transactions -----------------------------------------------------------------------------------------------


def test_one_vector_of_each_transaction_type() -> None:
    assert sorted(vec["type"] for vec in tx_vectors()) == sorted(TX_TYPES)


@pytest.mark.parametrize("vec", tx_vectors(), ids=lambda vec: vec["type"])
def test_transaction_rebuilds_byte_for_byte(vec: dict[str, Any]) -> None:
    tx = rebuild_tx(vec)
    domain = load("transactions.json")["domain"].encode()
    assert tx.signing_bytes().hex() == vec["signing_bytes"]
    assert tx.signing_bytes() == domain + canonical(tx.body())
    assert tx.sig.hex() == vec["sig"]
    assert tx.encode() == stored(vec["encoding"])
    assert txid_of(tx).hex() == vec["txid"]
    assert hashlib.sha256(bytes.fromhex(vec["signing_bytes"]) + bytes.fromhex(vec["sig"])).hexdigest() == vec["txid"]


@pytest.mark.parametrize("vec", tx_vectors(), ids=lambda vec: vec["type"])
def test_transaction_decodes_and_reencodes(vec: dict[str, Any]) -> None:
    raw = stored(vec["encoding"])
    tx = decode_tx(raw)
    assert vec["type"] == tx.TYPE
    assert tx.encode() == raw
    assert tx == rebuild_tx(vec) and tx.sig.hex() == vec["sig"]
    assert txid_of(tx).hex() == vec["txid"]
    assert tx.signing_bytes().hex() == vec["signing_bytes"]
    assert verify_signature(tx_signer(tx), tx.sig, tx.signing_bytes())
    assert tx_signer(tx) == signing_key(vec["signer"]).public


@pytest.mark.parametrize("vec", tx_vectors(), ids=lambda vec: vec["type"])
def test_transaction_one_byte_change_is_refused(vec: dict[str, Any]) -> None:
    raw = stored(vec["encoding"])
    for i, changed in one_byte_changes(raw):
        try:
            tx = decode_tx(changed)
        except LedgerError:
            continue
        assert txid_of(tx).hex() != vec["txid"], f"byte {i} changed, same txid"
        assert not verify_signature(tx_signer(tx), tx.sig, tx.signing_bytes()), f"byte {i} changed, still signed"


# ---- block ------------------------------------------------------------------------------------------------------


def test_block_rebuilds_byte_for_byte() -> None:
    vec = load("block.json")
    block = rebuild_block()
    header = stored(vec["header"])
    assert canonical(header_obj(block.height, block.prev, block.time, block.merkle, block.miner)) == header
    assert [t.hex() for t in block.txids] == vec["txids"]
    assert block.merkle.hex() == vec["merkle"]
    assert block.nonce == vec["nonce"]
    assert block.hash.hex() == vec["hash"]
    assert block.sig.hex() == vec["sig"]
    assert block.encode() == stored(vec["block"])
    assert block.prev.hex() == load("genesis.json")["election_id"]


def test_block_merkle_pow_and_signature_by_hand() -> None:
    """The hashing rules written out with hashlib, independent of the code under test."""
    vec = load("block.json")
    t0, t1, t2 = (bytes.fromhex(t) for t in vec["txids"])
    inner = hashlib.sha256(b"\x01" + t0 + t1).digest()
    assert vec["merkle_levels"] == [[t0.hex(), t1.hex(), t2.hex()], [inner.hex(), t2.hex()]]
    assert hashlib.sha256(b"\x01" + inner + t2).hexdigest() == vec["merkle"]
    assert merkle_root([t0, t1, t2]).hex() == vec["merkle"]
    header = stored(vec["header"])
    digest = hashlib.sha256(header + vec["nonce"].to_bytes(8, "big")).digest()
    assert digest.hex() == vec["hash"] == block_hash(header, vec["nonce"]).hex()
    difficulty = vec["inputs"]["difficulty"]
    assert meets_difficulty(digest, difficulty)
    assert search_nonce(header, difficulty) == vec["nonce"]  # the miner takes the first nonce that meets it
    assert vec["sig_domain"].encode() == BLOCK_SIG_DOMAIN
    miner = signing_key(vec["inputs"]["miner"]).public
    assert verify_signature(miner, bytes.fromhex(vec["sig"]), vec["sig_domain"].encode() + digest)


def test_block_decodes_and_reencodes() -> None:
    vec = load("block.json")
    raw = stored(vec["block"])
    block = decode_block(raw)
    assert block.encode() == raw
    assert block.hash.hex() == vec["hash"]
    assert [t.hex() for t in block.txids] == vec["txids"]
    assert [tx.TYPE for tx in block.txs] == vec["inputs"]["txs"]
    by_type = {t["type"]: t for t in tx_vectors()}
    assert [tx.encode() for tx in block.txs] == [stored(by_type[t]["encoding"]) for t in vec["inputs"]["txs"]]
    assert block_body_valid(block, vec["inputs"]["difficulty"])
    assert block_signed(block)


def test_genesis_and_block_form_a_valid_chain() -> None:
    genesis = Genesis.decode(stored(load("genesis.json")["genesis"]))
    report = verify_chain(genesis, [stored(load("block.json")["block"])])
    assert (report.blocks, report.transactions) == (1, 3)


def test_block_one_byte_change_is_refused() -> None:
    vec = load("block.json")
    raw = stored(vec["block"])
    difficulty = vec["inputs"]["difficulty"]
    for i, changed in one_byte_changes(raw):
        try:
            block = decode_block(changed)
        except LedgerError:
            continue
        # The hash covers the header and nonce, the txids the transactions; the miner's signature (not in
        # the hash) must then fail.  Either way the changed block is not a valid block.
        same_ids = block.hash.hex() == vec["hash"] and [t.hex() for t in block.txids] == vec["txids"]
        signed = block_signed(block)
        assert not (same_ids and signed), f"byte {i} changed: same hash and txids, still signed"
        assert not (signed and block_body_valid(block, difficulty)), f"byte {i} changed: the block is still valid"
