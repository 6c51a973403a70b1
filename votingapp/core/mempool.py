"""Transactions waiting for a block.

No duplicates; at most one pending vote per voter; a registration and the vote of the same voter may
wait together (the vote is placed after it).  After every change of the best chain the pool is checked
again against the new state, and the still-valid transactions of disconnected blocks come back.

A waiting close decides which waiting registrations and votes stay: those stamped at or before its time
(they go into the block before it, or after it as late returns), not those stamped after it (refused on
entry; already waiting, they are never selected and are dropped and reported at the next change of the
chain).
"""

from __future__ import annotations

from collections.abc import Iterable

from votingapp.core.chain import ChainUpdate
from votingapp.core.errors import InvalidTransaction, LedgerError
from votingapp.core.state import LedgerState, Overlay, check_tx
from votingapp.core.transactions import AdmitStation, Close, Open, Register, Transaction, Vote, txid_of
from votingapp.core.validation import MAX_FUTURE_MS

DEFAULT_CAPACITY = 200_000
_TIME_NONE = 1 << 62  # later than any time a transaction can carry
# Block order: what enables other transactions goes first, the close goes last.
_ORDER = {"open": 0, "admit": 1, "register": 2, "vote": 3, "close": 4}
# Order of the checks when the pool is rebuilt: a waiting close first, so that its time judges the casts.
_CHECK_ORDER = {"open": 0, "admit": 1, "close": 2, "register": 3, "vote": 4}


class MempoolFull(LedgerError):
    """The pool holds as many transactions as it may."""


class Mempool:
    """Valid, unconfirmed transactions, checked against the ledger state of the best tip."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        self.capacity = capacity
        self._txs: dict[bytes, Transaction] = {}
        self._view_txids: set[bytes] = set()
        self._voters_voting: set[bytes] = set()
        self._voters_registering: set[bytes] = set()
        self._stations: set[bytes] = set()
        self._close_pending = False
        self._close_time = 0
        self._open_pending = False
        self._state: LedgerState | None = None

    def __len__(self) -> int:
        return len(self._txs)

    def __contains__(self, txid: object) -> bool:
        return txid in self._txs

    def get(self, txid: bytes) -> Transaction | None:
        """A pending transaction by id."""
        return self._txs.get(txid)

    def transactions(self) -> list[Transaction]:
        """All pending transactions, oldest first."""
        return list(self._txs.values())

    def pending_vote_of(self, voter: bytes) -> bool:
        """True when a vote of ``voter`` waits."""
        return voter in self._voters_voting

    def pending_admission_of(self, station: bytes) -> bool:
        """True when an admission of ``station`` waits."""
        return station in self._stations

    def pending_registration_of(self, voter: bytes) -> bool:
        """True when a registration of ``voter`` waits."""
        return voter in self._voters_registering

    # LedgerView over state + pool
    @property
    def closed(self) -> bool:
        assert self._state is not None
        return self._state.closed or self._close_pending

    @property
    def close_time(self) -> int:
        assert self._state is not None
        return self._state.close_time if self._state.closed else self._close_time

    @property
    def last_cast_time(self) -> int:
        # Only the chain's casts: a waiting close goes into a block before the waiting casts.
        assert self._state is not None
        return self._state.last_cast_time

    @property
    def opened(self) -> bool:
        assert self._state is not None
        return self._state.opened or self._open_pending

    def has_tx(self, txid: bytes) -> bool:
        assert self._state is not None
        return txid in self._txs or self._state.has_tx(txid)

    def is_admitted(self, station: bytes) -> bool:
        assert self._state is not None
        return station in self._stations or self._state.is_admitted(station)

    def is_registered(self, voter: bytes) -> bool:
        assert self._state is not None
        return voter in self._voters_registering or self._state.is_registered(voter)

    def has_voted(self, voter: bytes) -> bool:
        assert self._state is not None
        return voter in self._voters_voting or self._state.has_voted(voter)

    def check(self, tx: Transaction, txid: bytes, state: LedgerState) -> None:
        """Raise the typed error if ``tx`` cannot join the pool now (signatures are checked apart)."""
        self._state = state
        check_tx(tx, txid, self, state)
        if len(self._txs) >= self.capacity:
            raise MempoolFull("the pool of waiting transactions is full; try again shortly")

    def add(self, tx: Transaction, state: LedgerState, txid: bytes | None = None) -> bytes:
        """Check and add ``tx``; return its id. Raises :class:`InvalidTransaction` or :class:`MempoolFull`."""
        txid = txid_of(tx) if txid is None else txid
        self.check(tx, txid, state)
        self._insert(tx, txid)
        return txid

    def _insert(self, tx: Transaction, txid: bytes) -> None:
        self._txs[txid] = tx
        if isinstance(tx, Vote):
            self._voters_voting.add(tx.voter)
        elif isinstance(tx, Register):
            self._voters_registering.add(tx.voter)
        elif isinstance(tx, AdmitStation):
            self._stations.add(tx.station)
        elif isinstance(tx, Close):
            self._close_pending = True
            self._close_time = tx.time
        elif isinstance(tx, Open):
            self._open_pending = True

    def select(self, state: LedgerState, limit: int, block_time: int | None = None) -> list[Transaction]:
        """Up to ``limit`` pending transactions that form a valid block on ``state``, in block order.

        With ``block_time``, those stamped later than a block of that time may hold are left waiting.  While
        a close waits (or the chain is closed), casts stamped after its time are never chosen.
        """
        self._state = state
        overlay = Overlay(state)
        chosen: list[Transaction] = []
        latest = _TIME_NONE if block_time is None else block_time + MAX_FUTURE_MS
        cutoff = self.close_time if self.closed else _TIME_NONE
        for txid, tx in sorted(self._txs.items(), key=lambda item: _ORDER[item[1].TYPE]):
            if len(chosen) >= limit:
                break
            if not isinstance(tx, AdmitStation) and (
                tx.time > latest or (tx.time > cutoff and isinstance(tx, (Register, Vote)))
            ):
                continue
            try:
                check_tx(tx, txid, overlay, state)
            except InvalidTransaction:
                continue
            overlay.apply(tx, txid)
            chosen.append(tx)
        return chosen

    def update(self, change: ChainUpdate, state: LedgerState) -> list[Transaction]:
        """Follow a change of the best chain; return the transactions that became invalid and are lost.

        These are pending ones and those of disconnected blocks (e.g. a vote displaced by the same
        voter's other vote on the new branch): an accepted vote is never dropped silently.
        """
        returned: list[tuple[bytes, Transaction]] = []
        for block in change.disconnected:
            returned.extend(zip(block.txids, block.txs))
        report = set(self._txs).union(txid for txid, _ in returned)
        return self._rebuild(state, [*returned, *self._txs.items()], keep_reported=report)

    def _rebuild(
        self, state: LedgerState, candidates: Iterable[tuple[bytes, Transaction]], keep_reported: set[bytes]
    ) -> list[Transaction]:
        self._txs = {}
        self._voters_voting = set()
        self._voters_registering = set()
        self._stations = set()
        self._close_pending = self._open_pending = False
        self._close_time = 0
        self._state = state
        dropped = []
        seen: set[bytes] = set()
        for txid, tx in sorted(candidates, key=lambda item: _CHECK_ORDER[item[1].TYPE]):
            if txid in seen:
                continue
            seen.add(txid)
            try:
                check_tx(tx, txid, self, state)
            except InvalidTransaction:
                if txid in keep_reported and not state.has_tx(txid):
                    dropped.append(tx)
                continue
            self._insert(tx, txid)
        return dropped
