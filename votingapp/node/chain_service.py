"""The node's chain: ledger, store and mempool on the node's loop thread.

Everything here runs on one thread (the node's asyncio loop), which also owns the SQLite connection.
It implements :class:`votingapp.net.chain_access.ChainAccess` for the network.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import Executor

from votingapp.core.block import Block, decode_block, decode_block_with_messages
from votingapp.core.chain import ChainUpdate
from votingapp.core.errors import (
    BadSignature,
    BadTimestamp,
    DuplicateTransaction,
    InvalidTransaction,
    LedgerError,
    UnknownParent,
    WrongElection,
)
from votingapp.core.keys import SigningKey, verify_signature
from votingapp.core.manifest import Genesis
from votingapp.core.mempool import Mempool, MempoolFull
from votingapp.core.state import LedgerState
from votingapp.core.transactions import AUTHORITY_TYPES, Transaction, decode_tx, describe, txid_of
from votingapp.core.validation import MAX_FUTURE_MS
from votingapp.net.chain_access import BlockResult, TxResult
from votingapp.node.events import ChainChanged, Listener, TxAccepted, TxDropped
from votingapp.store.database import ChainStore

log = logging.getLogger(__name__)

TX_TIMES_KEPT = 100_000


def now_ms() -> int:
    """Wall-clock time in milliseconds."""
    return int(time.time() * 1000)


class ChainService:
    """Accepts transactions and blocks, keeps the store in step, reports what changed."""

    def __init__(
        self,
        store: ChainStore,
        station_key: SigningKey,
        station_name: str,
        emit: Listener,
        executor: Executor | None = None,
    ) -> None:
        self.store = store
        self._station_key = station_key
        self._station_name = station_name
        self.emit = emit
        self.ledger = store.open_ledger(executor)
        self.genesis: Genesis = self.ledger.genesis
        self.mempool = Mempool()
        self._verified: set[bytes] = set()
        self.on_chain_change: list[Callable[[ChainUpdate], None]] = []
        self.on_new_tx: list[Callable[[bytes, Transaction], None]] = []
        self.last_block_time: int | None = None
        # When this node first saw / confirmed recent transactions (wall clock, s): for latency figures.
        self.tx_times: OrderedDict[bytes, list[float | None]] = OrderedDict()

    # -- ChainAccess
    @property
    def election_id(self) -> bytes:
        return self.genesis.election_id

    @property
    def station_key(self) -> SigningKey:
        return self._station_key

    @property
    def station_name(self) -> str:
        return self._station_name

    @property
    def state(self) -> LedgerState:
        """Ledger state at the best tip."""
        return self.ledger.state

    def chain_summary(self) -> tuple[int, int, bytes]:
        best = self.ledger.best
        return best.height, best.weight, best.hash

    def genesis_bytes(self) -> bytes:
        return self.genesis.encode()

    def locator(self) -> list[bytes]:
        return self.ledger.locator()

    def blocks_after(self, locator: list[bytes], limit: int, max_bytes: int) -> list[bytes]:
        start = 0
        for block_hash in locator:
            if self.ledger.on_main(block_hash):
                start = self.ledger.entries[block_hash].height
                break
        out: list[bytes] = []
        size = 0
        for _height, _hash, data in self.store.main_blocks(start + 1):
            if len(out) >= limit or (out and size + len(data) > max_bytes):
                break
            out.append(data)
            size += len(data)
        return out

    def pending_txs(self) -> list[bytes]:
        return [tx.encode() for tx in self.mempool.transactions()]

    def receive_tx(self, raw: bytes, peer: str) -> TxResult:
        tx = decode_tx(raw)
        try:
            self.accept_tx(tx)
        except (DuplicateTransaction, _Known):
            return TxResult.KNOWN
        except (BadSignature, WrongElection):
            raise
        except (InvalidTransaction, MempoolFull) as exc:
            log.info("refused %s from %s: %s", describe(tx), peer, exc)
            return TxResult.REFUSED
        return TxResult.NEW

    def receive_block(self, raw: bytes, peer: str) -> BlockResult:
        return self._receive_decoded(decode_block(raw), peer)

    def _receive_decoded(self, block: Block, peer: str, signatures_checked: bool = False) -> BlockResult:
        try:
            update = self.add_block(block, signatures_checked=signatures_checked)
        except UnknownParent:
            return BlockResult.ORPHAN
        except BadTimestamp:
            if block.time <= now_ms() + MAX_FUTURE_MS:
                raise
            # A peer with a fast clock is not hostile: ignore the block; sync fetches it once it is due.
            log.warning("ignored block %d from %s: its time is ahead of this station's clock", block.height, peer)
            return BlockResult.KNOWN
        return BlockResult.KNOWN if update.known else BlockResult.NEW

    def receive_blocks(self, raws: Sequence[bytes], peer: str) -> list[BlockResult]:
        """Blocks of a sync reply, in order; stops after the first orphan.

        All signature checks start at once on the executor, so while one block is applied and stored
        the next ones are being checked (as ``verify`` does).
        """
        decoded = [decode_block_with_messages(raw) for raw in raws]
        start = self.ledger.start_signature_checks
        pending = [
            None if block.hash in self.ledger.entries else start(block, self._verified, msgs) for block, msgs in decoded
        ]
        results: list[BlockResult] = []
        for (block, _msgs), checks in zip(decoded, pending):
            if checks is None:
                results.append(BlockResult.KNOWN)
                continue
            checks.result()
            result = self._receive_decoded(block, peer, signatures_checked=True)
            results.append(result)
            if result is BlockResult.ORPHAN:
                break
        return results

    # -- transactions
    def accept_tx(self, tx: Transaction, signed_here: bool = False) -> bytes:
        """Check a transaction fully and add it to the mempool; return its id.

        ``signed_here``: this process just made the signature, so checking it again would only cost time.
        Raises a typed :class:`InvalidTransaction` (or :class:`MempoolFull`) and changes nothing.
        """
        txid = txid_of(tx)
        if txid in self.mempool:
            raise _Known("already pending")
        self.mempool.check(tx, txid, self.state)
        signer = self.genesis.manifest.authority if tx.TYPE in AUTHORITY_TYPES else tx.signer
        if not signed_here and not verify_signature(signer, tx.sig, tx.signing_bytes()):
            raise BadSignature(f"the signature of {describe(tx)} does not verify")
        self.mempool.add(tx, self.state, txid)
        self._verified.add(txid)
        self._note_time(txid, 0)
        self.emit(TxAccepted(txid.hex(), tx.TYPE))
        for callback in self.on_new_tx:
            callback(txid, tx)
        return txid

    # -- blocks
    def add_block(self, block: Block, own: bool = False, signatures_checked: bool = False) -> ChainUpdate:
        """Validate and store a block; follow any change of the best chain. Raises on an invalid block."""
        update = self.ledger.add_block(
            block, now_ms=None if own else now_ms(), verified=self._verified,
            signatures_checked=own or signatures_checked,
        )
        if update.known:
            return update
        self.store.record(block, update)
        if update.changed:
            self._after_change(update)
        return update

    def _after_change(self, update: ChainUpdate) -> None:
        dropped = self.mempool.update(update, self.state)
        for block in update.connected:
            self._verified.difference_update(block.txids)
            for txid in block.txids:
                self._note_time(txid, 1)
        self.last_block_time = now_ms()
        for tx in dropped:
            self.emit(TxDropped(txid_of(tx).hex(), tx.TYPE, "conflicts with the chain"))
        tip = update.connected[-1] if update.connected else None
        self.emit(
            ChainChanged(
                height=self.ledger.height,
                hash=self.ledger.best.hash.hex(),
                txs=sum(len(b.txs) for b in update.connected),
                reorg=bool(update.disconnected),
                time=tip.time if tip else None,
            )
        )
        for callback in self.on_chain_change:
            callback(update)

    def _note_time(self, txid: bytes, index: int) -> None:
        times = self.tx_times.get(txid)
        if times is None:
            times = self.tx_times[txid] = [None, None]
            if len(self.tx_times) > TX_TIMES_KEPT:
                self.tx_times.popitem(last=False)
        if times[index] is None:
            times[index] = time.time()
        if times[0] is None:
            times[0] = times[index]


class _Known(LedgerError):
    """A transaction already pending."""
