"""Blocks: header, transactions, proof of work and the miner station's signature."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from votingapp.core.encoding import canonical, check_fields, get_hex, get_int, parse_canonical
from votingapp.core.errors import BadBlockSize, DecodeError
from votingapp.core.keys import SIGNATURE_SIZE, SigningKey
from votingapp.core.merkle import merkle_root
from votingapp.core.pow import NONCE_MAX, block_hash, search_nonce
from votingapp.core.transactions import AUTHORITY_TYPES, Transaction, tx_from_obj, txid_of

VERSION = 1
MAX_BLOCK_TXS = 5000
MAX_BLOCK_BYTES = 4 * 1024 * 1024
BLOCK_SIG_DOMAIN = b"votingapp/block/v1"
_HEADER_FIELDS = ("v", "height", "prev", "time", "merkle", "miner")
_FIELDS = (*_HEADER_FIELDS, "nonce", "sig", "txs")
_HEIGHT_MAX = 1 << 40
_TIME_MAX = 1 << 53

# (public key, signature, message): one signature to check.
SigJob = tuple[bytes, bytes, bytes]


@dataclass(frozen=True, eq=False)
class Block:
    """A mined, signed block. ``hash`` and ``txids`` are derived on construction."""

    height: int
    prev: bytes
    time: int
    merkle: bytes
    miner: bytes
    nonce: int
    sig: bytes
    txs: tuple[Transaction, ...]
    txids: tuple[bytes, ...]
    hash: bytes

    def header_obj(self) -> dict[str, Any]:
        """The header fields that the proof of work covers (all but nonce and signature)."""
        return header_obj(self.height, self.prev, self.time, self.merkle, self.miner)

    def to_obj(self) -> dict[str, Any]:
        """The JSON object of the whole block."""
        obj = self.header_obj()
        obj["nonce"] = self.nonce
        obj["sig"] = self.sig.hex()
        obj["txs"] = [tx.to_obj() for tx in self.txs]
        return obj

    def encode(self) -> bytes:
        """Canonical bytes of the whole block (what is stored and sent)."""
        return canonical(self.to_obj())

    def signature_message(self) -> bytes:
        """What the miner station signs."""
        return BLOCK_SIG_DOMAIN + self.hash


def header_obj(height: int, prev: bytes, time: int, merkle: bytes, miner: bytes) -> dict[str, Any]:
    """The header object of a block."""
    return {
        "v": VERSION, "height": height, "prev": prev.hex(), "time": time, "merkle": merkle.hex(), "miner": miner.hex()
    }


def signature_jobs(block: Block, authority: bytes, messages: list[bytes] | None = None) -> list[SigJob]:
    """Every signature in ``block``: each transaction's and the block's own."""
    jobs: list[SigJob] = []
    for i, tx in enumerate(block.txs):
        signer = authority if tx.TYPE in AUTHORITY_TYPES else tx.signer
        msg = messages[i] if messages is not None else tx.signing_bytes()
        jobs.append((signer, tx.sig, msg))
    jobs.append((block.miner, block.sig, block.signature_message()))
    return jobs


def decode_block_with_messages(raw: bytes) -> tuple[Block, list[bytes]]:
    """Strictly decode a block; also return each transaction's signed message (saves re-encoding)."""
    obj = parse_canonical(raw, MAX_BLOCK_BYTES)
    check_fields(obj, _FIELDS, "block")
    if get_int(obj, "v", 0, 1 << 16) != VERSION:
        raise DecodeError(f"block version {obj['v']} is not supported")
    txs_raw = obj["txs"]
    if not isinstance(txs_raw, list):
        raise DecodeError("block: field 'txs' must be a list")
    if not 1 <= len(txs_raw) <= MAX_BLOCK_TXS:
        raise BadBlockSize(
            f"block must hold 1 to {MAX_BLOCK_TXS} transactions, not {len(txs_raw)}",
            limit=MAX_BLOCK_TXS,
            actual=len(txs_raw),
        )
    txs = tuple(tx_from_obj(t) for t in txs_raw)
    messages = [tx.signing_bytes() for tx in txs]
    txids = tuple(_txid(m, tx.sig) for m, tx in zip(messages, txs))
    height = get_int(obj, "height", 1, _HEIGHT_MAX)
    prev = get_hex(obj, "prev", 32)
    time = get_int(obj, "time", 0, _TIME_MAX)
    merkle = get_hex(obj, "merkle", 32)
    miner = get_hex(obj, "miner", 32)
    nonce = get_int(obj, "nonce", 0, NONCE_MAX)
    sig = get_hex(obj, "sig", SIGNATURE_SIZE)
    header = canonical(header_obj(height, prev, time, merkle, miner))
    block = Block(height, prev, time, merkle, miner, nonce, sig, txs, txids, block_hash(header, nonce))
    return block, messages


def _txid(message: bytes, sig: bytes) -> bytes:
    return hashlib.sha256(message + sig).digest()


def decode_block(raw: bytes) -> Block:
    """Strictly decode the canonical bytes of a block."""
    return decode_block_with_messages(raw)[0]


def mine_block(
    height: int,
    prev: bytes,
    time: int,
    txs: list[Transaction],
    station: SigningKey,
    difficulty: int,
    cancel: Any = None,
) -> Block | None:
    """Search the proof of work for a block of ``txs`` and sign it; None if ``cancel`` is set first.

    Pure code: a worker thread runs it and sets ``cancel`` (a ``threading.Event``) to stop it.
    """
    if not 1 <= len(txs) <= MAX_BLOCK_TXS:
        raise BadBlockSize(
            f"a block holds 1 to {MAX_BLOCK_TXS} transactions, not {len(txs)}", limit=MAX_BLOCK_TXS, actual=len(txs)
        )
    txids = tuple(txid_of(tx) for tx in txs)
    merkle = merkle_root(txids)
    header = canonical(header_obj(height, prev, time, merkle, station.public))
    nonce = search_nonce(header, difficulty, cancel)
    if nonce is None:
        return None
    digest = block_hash(header, nonce)
    sig = station.sign(BLOCK_SIG_DOMAIN + digest)
    return Block(height, prev, time, merkle, station.public, nonce, sig, tuple(txs), txids, digest)
