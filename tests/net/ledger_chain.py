"""A ChainAccess for network tests backed by the real core: a Ledger, a Mempool, a real election.

It is what the node does, without store, miner thread or events: every transaction and block a peer
sends goes through the real decoding, signature checks and ledger rules.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass

from votingapp.core.block import decode_block, mine_block
from votingapp.core.chain import Ledger
from votingapp.core.errors import BadSignature, DuplicateTransaction, InvalidTransaction, UnknownParent, WrongElection
from votingapp.core.keys import SigningKey, verify_signature
from votingapp.core.manifest import Genesis, Station, create_genesis
from votingapp.core.mempool import Mempool, MempoolFull
from votingapp.core.transactions import AUTHORITY_TYPES, Register, Transaction, decode_tx, sign, txid_of
from votingapp.net.chain_access import BlockResult, TxResult

DIFFICULTY = 4


def key(label: str) -> SigningKey:
    """The same key for the same label."""
    return SigningKey.from_seed(hashlib.sha256(b"tests/net/" + label.encode()).digest())


@dataclass
class Election:
    """A test election: the authority, the admitted station keys, the signed manifest."""

    authority: SigningKey
    stations: list[SigningKey]
    genesis: Genesis


def make_election(stations: int = 3, title: str = "Net test") -> Election:
    """An election whose stations ``station 0`` .. ``station n-1`` are admitted."""
    authority = SigningKey.generate()
    keys = [key(f"station {i}") for i in range(stations)]
    genesis = create_genesis(
        authority, title, ["Yes", "No"], [Station(k.public, f"Desk {i}") for i, k in enumerate(keys)], DIFFICULTY,
        ballot="open",
    )
    return Election(authority, keys, genesis)


class LedgerChain:
    """The node as the network sees it, on the real ledger core."""

    def __init__(self, election: Election, station: SigningKey, name: str) -> None:
        self.election = election
        self.genesis = election.genesis
        self.ledger = Ledger(election.genesis)
        self.mempool = Mempool()
        self._station_key = station
        self._name = name
        self._voters = 0

    # ----- ChainAccess
    @property
    def election_id(self) -> bytes:
        return self.genesis.election_id

    @property
    def station_key(self) -> SigningKey:
        return self._station_key

    @property
    def station_name(self) -> str:
        return self._name

    def is_admitted(self, station: bytes) -> bool:
        return self.ledger.state.is_admitted(station) or self.mempool.pending_admission_of(station)

    def chain_summary(self) -> tuple[int, int, bytes]:
        best = self.ledger.best
        return best.height, best.weight, best.hash

    def genesis_bytes(self) -> bytes:
        return self.genesis.encode()

    def locator(self) -> list[bytes]:
        return self.ledger.locator()

    def blocks_after(self, locator: list[bytes], limit: int, max_bytes: int) -> list[bytes]:
        start = next((self.ledger.entries[h].height for h in locator if self.ledger.on_main(h)), 0)
        out: list[bytes] = []
        size = 0
        for height in range(start + 1, self.ledger.height + 1):
            block = self.ledger.block_at(height)
            assert block is not None
            data = block.encode()
            if len(out) >= limit or (out and size + len(data) > max_bytes):
                break
            out.append(data)
            size += len(data)
        return out

    def pending_txs(self) -> list[bytes]:
        return [tx.encode() for tx in self.mempool.transactions()]

    def receive_tx(self, raw: bytes, peer: str) -> TxResult:
        tx = decode_tx(raw)
        txid = txid_of(tx)
        if txid in self.mempool or self.ledger.state.has_tx(txid):
            return TxResult.KNOWN
        signer = self.genesis.manifest.authority if tx.TYPE in AUTHORITY_TYPES else tx.signer
        if not verify_signature(signer, tx.sig, tx.signing_bytes()):
            raise BadSignature("the signature of a transaction does not verify")
        try:
            self.mempool.add(tx, self.ledger.state, txid)
        except DuplicateTransaction:
            return TxResult.KNOWN
        except WrongElection:
            raise
        except (InvalidTransaction, MempoolFull):
            return TxResult.REFUSED
        return TxResult.NEW

    def receive_block(self, raw: bytes, peer: str) -> BlockResult:
        block = decode_block(raw)
        try:
            update = self.ledger.add_block(block, now_ms=_now_ms())
        except UnknownParent:
            return BlockResult.ORPHAN
        if update.known:
            return BlockResult.KNOWN
        self.mempool.update(update, self.ledger.state)
        return BlockResult.NEW

    def receive_blocks(self, raws: Sequence[bytes], peer: str) -> list[BlockResult]:
        results = []
        for raw in raws:
            results.append(self.receive_block(raw, peer))
            if results[-1] is BlockResult.ORPHAN:
                break
        return results

    # ----- what a test does at a station
    @property
    def height(self) -> int:
        """Height of the best tip."""
        return self.ledger.height

    def register(self) -> bytes:
        """Register a fresh voter at this station (into the local pool); the encoded transaction."""
        self._voters += 1
        voter = SigningKey.generate()
        tx = sign(
            Register(self.election_id, station=self._station_key.public, voter=voter.public, time=_now_ms()),
            self._station_key,
        )
        self.mempool.add(tx, self.ledger.state)
        return tx.encode()

    def mine(self, txs: list[Transaction] | None = None, miner: SigningKey | None = None) -> bytes:
        """Mine a block of ``txs`` (default: the whole pool) on the tip; add it when this station mines it."""
        miner = miner or self._station_key
        txs = txs if txs is not None else self.mempool.select(self.ledger.state, 5000)
        best = self.ledger.best
        block = mine_block(best.height + 1, best.hash, max(best.time, _now_ms()), txs, miner, DIFFICULTY)
        assert block is not None
        if miner is self._station_key:
            update = self.ledger.add_block(block, now_ms=_now_ms())
            self.mempool.update(update, self.ledger.state)
        return block.encode()

    def grow(self, blocks: int) -> None:
        """Add ``blocks`` blocks of one registration each."""
        for _ in range(blocks):
            self.register()
            self.mine()


def _now_ms() -> int:
    return int(time.time() * 1000)
