"""The node's chain: ledger, store and mempool on the node's loop thread.

Everything here runs on one thread (the node's asyncio loop), which also owns the SQLite connection.
It implements :class:`votingapp.net.chain_access.ChainAccess` for the network.

Memory never runs ahead of the database: a transaction is stored (table ``pending``, committed and synced)
before it enters the mempool, so a receipt or voter_id always means "on this station's disk"; a block is
applied to the ledger and, should storing it fail, the ledger is rebuilt from the database.  A failed write
(disk full, read-only, I/O error) sets :attr:`ChainService.storage_error`: new transactions and blocks are
refused with that one message until a write succeeds again, tried every few seconds and on each request.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import Executor

from votingapp.core.block import Block, decode_block, decode_block_with_messages
from votingapp.core.chain import ChainUpdate
from votingapp.core.errors import (
    AlreadyVoted,
    BadSignature,
    BlockFromFuture,
    DecodeError,
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
from votingapp.core.transactions import AUTHORITY_TYPES, Transaction, Vote, decode_tx, describe, txid_of
from votingapp.net.chain_access import BlockResult, TxResult
from votingapp.node.clock import HeldBlocks, NodeClock
from votingapp.node.errors import NodeError
from votingapp.node.events import ChainChanged, Listener, TxAccepted, TxDropped
from votingapp.store.database import ChainStore, StoreWriteError

log = logging.getLogger(__name__)

TX_TIMES_KEPT = 100_000
STORAGE_RETRY_S = 2.0  # while the disk cannot be written: how often to try again


class StorageUnavailable(NodeError):
    """This station cannot write to its disk: no new transactions or blocks until it can."""


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
        clock: NodeClock | None = None,
    ) -> None:
        self.store = store
        self._station_key = station_key
        self._station_name = station_name
        self.emit = emit
        self._executor = executor
        self.ledger = store.open_ledger(executor)
        self.genesis: Genesis = self.ledger.genesis
        # Network time (node/clock.py): blocks are checked against it; blocks a little ahead wait in `held`.
        self.clock = clock if clock is not None else NodeClock()
        self.clock.floor_ms = self.genesis.manifest.created
        self.held = HeldBlocks(self.clock, self.receive_block)
        self.mempool = Mempool()
        self._verified: set[bytes] = set()
        self.on_chain_change: list[Callable[[ChainUpdate], None]] = []
        self.on_new_tx: list[Callable[[bytes, Transaction], None]] = []
        # Called with the new storage_error when it appears (a message) and when it clears (None).
        self.on_storage_change: list[Callable[[str | None], None]] = []
        self.last_block_time: int | None = None
        # When this node first saw / confirmed recent transactions (wall clock, s): for latency figures.
        self.tx_times: OrderedDict[bytes, list[float | None]] = OrderedDict()
        # Why this station cannot write to its disk now (one line for people), or None.
        self.storage_error: str | None = None
        self._storage_failed_at = 0.0
        self._ledger_stale = False  # a rollback after a failed write could not rebuild the ledger
        self._retry: asyncio.TimerHandle | None = None
        self._load_pending()

    def close(self) -> None:
        """Stop retrying writes and close the store."""
        if self._retry is not None:
            self._retry.cancel()
            self._retry = None
        self.held.close()
        self.store.close()

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

    def is_admitted(self, station: bytes) -> bool:
        """True if ``station`` is admitted at the best tip, or an admission of it waits in the pool."""
        return self.state.is_admitted(station) or self.mempool.pending_admission_of(station)

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
        except (StorageUnavailable, MempoolFull):
            return TxResult.UNAVAILABLE  # this station's trouble, not the peer's: never held against it
        except (BadSignature, WrongElection):
            raise
        except InvalidTransaction as exc:
            # DEBUG: a peer can send these by the thousand; the network logs them rate-limited (and bans a flood).
            log.debug("refused %s from %s: %s", describe(tx), peer, exc)
            return TxResult.REFUSED
        return TxResult.NEW

    def receive_block(self, raw: bytes, peer: str) -> BlockResult:
        return self._receive_decoded(decode_block(raw), peer)

    def _receive_decoded(self, block: Block, peer: str, signatures_checked: bool = False) -> BlockResult:
        try:
            update = self.add_block(block, signatures_checked=signatures_checked)
        except UnknownParent:
            return BlockResult.ORPHAN
        except StorageUnavailable:
            # Not the peer's fault: ignore the block; once this station can write again, the next block
            # it hears of is an orphan and sync fetches the ones it missed.
            return BlockResult.KNOWN
        except BlockFromFuture:
            # A peer with a fast clock is not hostile: hold the block until it is due (node/clock.py); one
            # too far ahead is ignored, and sync fetches it once network time has caught up.
            if self.held.hold(block, peer):
                log.info("holding block %d from %s until it is due: dated %.0f s ahead of network time",
                         block.height, peer, (block.time - self.clock.now_ms()) / 1000)
            else:
                log.warning("ignored block %d from %s: its time is far ahead of network time", block.height, peer)
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
        """Check a transaction fully, store it and add it to the mempool; return its id.

        The transaction is committed to the store (synced) before it enters the mempool, so the id
        returned (a receipt) survives a crash.  ``signed_here``: this process just made the signature, so
        checking it again would only cost time.  Raises a typed :class:`InvalidTransaction` (or
        :class:`MempoolFull`), or :class:`StorageUnavailable` when the disk cannot take it; then nothing
        changed.
        """
        txid = txid_of(tx)
        if txid in self.mempool:
            raise _Known("already pending")
        if self._ledger_stale:
            self._rebuild_ledger()
            if self._ledger_stale:
                raise StorageUnavailable(self.storage_error or "this station cannot read its database")
        self.mempool.check(tx, txid, self.state)
        signer = self.genesis.manifest.authority if tx.TYPE in AUTHORITY_TYPES else tx.signer
        if not signed_here and not verify_signature(signer, tx.sig, tx.signing_bytes()):
            raise BadSignature(f"the signature of {describe(tx)} does not verify")
        try:
            self.store.add_pending(txid, tx.encode())  # tried even after a failure: it is the retry
        except StoreWriteError as exc:
            raise self._storage_failed(exc) from None
        self._storage_ok()
        self.mempool.add(tx, self.state, txid)
        self._verified.add(txid)
        self._note_time(txid, 0)
        self.emit(TxAccepted(txid.hex(), tx.TYPE))
        for callback in self.on_new_tx:
            callback(txid, tx)
        return txid

    def _load_pending(self) -> None:
        """Put the stored waiting transactions back in the mempool, each checked again (signature too)."""
        stale: list[bytes] = []
        loaded = 0
        for txid, raw in self.store.pending():
            try:
                tx = decode_tx(raw)
                if txid_of(tx) != txid:
                    raise DecodeError("the stored id does not match the transaction")
                self.mempool.check(tx, txid, self.state)
                signer = self.genesis.manifest.authority if tx.TYPE in AUTHORITY_TYPES else tx.signer
                if not verify_signature(signer, tx.sig, tx.signing_bytes()):
                    raise BadSignature(f"the signature of {describe(tx)} does not verify")
                self.mempool.add(tx, self.state, txid)
            except (InvalidTransaction, DecodeError) as exc:
                log.info("dropped a stored waiting transaction %s: %s", txid.hex()[:16], exc)
                stale.append(txid)
                continue
            except MempoolFull:
                continue  # stays stored: loaded again on the next start
            self._verified.add(txid)
            loaded += 1
        if loaded:
            log.info("%d waiting transactions loaded from the database", loaded)
        self._forget_pending(stale)

    def _why_dropped(self, tx: Transaction) -> str:
        """The rule that a dropped transaction breaks now, for people."""
        try:
            self.mempool.check(tx, txid_of(tx), self.state)
        except InvalidTransaction as exc:
            if isinstance(exc, AlreadyVoted):
                return "another vote by the same voter was recorded first (a double vote, e.g. across a partition)"
            return str(exc)
        return "it conflicts with the chain"

    def _remember_dropped(self, reasons: Sequence[tuple[bytes, Transaction, str]]) -> None:
        """Keep why transactions were dropped, for receipt checks; a failed write is only logged."""
        try:
            self.store.add_dropped([(txid, tx.TYPE, why) for txid, tx, why in reasons], now_ms())
        except StoreWriteError as exc:
            log.warning("could not record %d dropped transactions: %s", len(reasons), exc.reason)

    def _forget_pending(self, txids: list[bytes]) -> None:
        """Remove dropped transactions from the store; a failure only leaves rows that the next start drops."""
        try:
            self.store.remove_pending(txids)
        except StoreWriteError as exc:
            log.warning("could not remove %d dropped transactions from the database: %s", len(txids), exc.reason)

    # -- blocks
    def add_block(self, block: Block, own: bool = False, signatures_checked: bool = False) -> ChainUpdate:
        """Validate and store a block; follow any change of the best chain. Raises on an invalid block.

        The ledger takes the block first (that is where it is checked); if storing it then fails, the
        ledger is rebuilt from the database and :class:`StorageUnavailable` is raised.  While the disk
        cannot be written, blocks are refused at once, except for one try every ``STORAGE_RETRY_S``.
        """
        refusing = self._ledger_stale or time.monotonic() - self._storage_failed_at < STORAGE_RETRY_S
        if self.storage_error is not None and refusing and block.hash not in self.ledger.entries:
            raise StorageUnavailable(self.storage_error)
        update = self.ledger.add_block(
            block, now_ms=None if own else self.clock.now_ms(), verified=self._verified,
            signatures_checked=own or signatures_checked,
        )
        if update.known:
            return update
        try:
            self.store.record(block, update)
        except StoreWriteError as exc:
            self._rebuild_ledger()  # memory must not run ahead of the database
            raise self._storage_failed(exc) from None
        self._storage_ok()
        if update.changed:
            self._after_change(update)
        else:
            self._side_branch_double_votes(block)
        return update

    def _side_branch_double_votes(self, block: Block) -> None:
        """A block that stays off the best chain may hold the losing side of a double vote cast across a
        partition: note it (log, receipt checks, an event) so every station that hears of it can tell."""
        state = self.state
        lost = [
            (txid, tx, "another vote by the same voter was recorded first (a double vote, e.g. across a partition)")
            for txid, tx in zip(block.txids, block.txs)
            if isinstance(tx, Vote) and state.has_voted(tx.voter) and self.store.find_tx(txid) is None
            and self.store.find_dropped(txid) is None
        ]
        if not lost:
            return
        self._remember_dropped(lost)
        for txid, tx, why in lost:
            log.warning("double vote detected: vote %s (in block %d off the best chain) does not count: %s",
                        txid.hex()[:16], block.height, why)
            self.emit(TxDropped(txid.hex(), tx.TYPE, why))

    # -- storage failures
    def _rebuild_ledger(self) -> None:
        """Replace the ledger by the one the database holds (after a write that failed)."""
        started = time.monotonic()
        try:
            self.ledger = self.store.open_ledger(self._executor)
        except (LedgerError, sqlite3.Error) as exc:
            self._ledger_stale = True
            log.error("could not reload the chain from the database: %s", exc)
            return
        self._ledger_stale = False
        log.info("chain reloaded from the database at height %d in %.2f s", self.ledger.height,
                 time.monotonic() - started)

    def _storage_failed(self, exc: StoreWriteError) -> StorageUnavailable:
        """Note that a write failed; the error to raise (one clear line for people)."""
        then = "no new votes until space is freed" if exc.disk_full else "no new votes until it can write again"
        message = f"this station cannot write to its disk ({exc.reason}): {then}"
        self._storage_failed_at = time.monotonic()
        if self.storage_error != message:
            log.error("%s", message)
            self.storage_error = message
            for callback in self.on_storage_change:
                callback(message)
        self._arm_retry()
        return StorageUnavailable(message)

    def _storage_ok(self) -> None:
        """A write succeeded: carry on."""
        if self.storage_error is None:
            return
        if self._ledger_stale:
            self._rebuild_ledger()
            if self._ledger_stale:
                return
        self.storage_error = None
        log.warning("this station can write to its disk again: carrying on")
        for callback in self.on_storage_change:
            callback(None)

    def retry_storage(self) -> bool:
        """Try a small write now; True when the disk can be written (and the node carries on)."""
        if self.storage_error is None:
            return True
        try:
            self.store.probe_write()
        except StoreWriteError as exc:
            self._storage_failed(exc)
            return False
        self._storage_ok()
        return self.storage_error is None

    def _arm_retry(self) -> None:
        if self._retry is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop (tests, tools): the next request tries again
        self._retry = loop.call_later(STORAGE_RETRY_S, self._retry_due)

    def _retry_due(self) -> None:
        self._retry = None
        if not self.retry_storage():
            self._arm_retry()

    def _after_change(self, update: ChainUpdate) -> None:
        dropped = self.mempool.update(update, self.state)
        reasons = [(txid_of(tx), tx, self._why_dropped(tx)) for tx in dropped]
        if dropped:
            self._forget_pending([txid for txid, _tx, _why in reasons])
            self._remember_dropped(reasons)
        for block in update.connected:
            self._verified.difference_update(block.txids)
            for txid in block.txids:
                self._note_time(txid, 1)
        self.last_block_time = now_ms()
        for txid, tx, why in reasons:
            if tx.TYPE == "vote":
                log.warning("double vote detected: vote %s was dropped: %s", txid.hex()[:16], why)
            else:
                log.warning("%s %s was dropped: %s", tx.TYPE, txid.hex()[:16], why)
            self.emit(TxDropped(txid.hex(), tx.TYPE, why))
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
