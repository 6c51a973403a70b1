"""Transactions waiting for a block.

No duplicates; at most one pending vote per voter; a registration and the vote of the same voter may
wait together (the vote is placed after it).  After every change of the best chain the pool is checked
again against the new state, and the still-valid transactions of disconnected blocks come back.

A waiting close decides which waiting registrations and votes stay: those stamped at or before its time
(they go into the block before it, or after it as late returns), not those stamped after it (refused on
entry; already waiting, they are never selected and are dropped and reported at the next change of the
chain).

The secret ballot's transactions follow the same rules (``check_tx``): a ceremony step may wait together
with the steps it needs (keys before deals before acks, in that block order), a ballot needs the ceremony
complete in the chain and its proofs are checked on entry, a decryption needs the close in a block.
"""

from __future__ import annotations

from collections.abc import Iterable

from votingapp.core.block import MAX_BLOCK_BYTES
from votingapp.core.chain import ChainUpdate
from votingapp.core.errors import InvalidTransaction, LedgerError
from votingapp.core.state import LedgerState, Overlay, PendingCeremony, check_tx
from votingapp.core.transactions import (
    CAST_TYPES,
    AdmitStation,
    Ballot,
    Close,
    DkgDeal,
    Open,
    Register,
    Transaction,
    Vote,
    txid_of,
)
from votingapp.core.validation import MAX_FUTURE_MS

DEFAULT_CAPACITY = 200_000
_TIME_NONE = 1 << 62  # later than any time a transaction can carry
# Block order: what enables other transactions goes first, the close goes last.
_ORDER = {
    "open": 0, "admit": 1, "trustee_key": 2, "dkg_deal": 3, "dkg_ack": 4, "dkg_complaint": 4,
    "register": 5, "vote": 6, "ballot": 6, "close": 7, "decryption": 8,
}
# Order of the checks when the pool is rebuilt: a waiting close first, so that its time judges the casts.
_CHECK_ORDER = {
    "open": 0, "admit": 1, "trustee_key": 2, "dkg_deal": 3, "dkg_ack": 4, "dkg_complaint": 4,
    "close": 5, "register": 6, "vote": 7, "ballot": 7, "decryption": 8,
}
# A secret election's block is also bounded by bytes (ballots are large): what a block's encoding may hold.
_BLOCK_BUDGET = MAX_BLOCK_BYTES - 4096
_SIG_FIELD = len(',"sig":""') + 128  # what the signature adds to a transaction's body in a block


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
        self._ceremony = PendingCeremony()
        self._failed_dealer = 0
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

    @property
    def failed_dealer(self) -> int:
        assert self._state is not None
        return self._state.failed_dealer or self._failed_dealer

    def has_trustee_key(self, trustee: int) -> bool:
        assert self._state is not None
        return trustee in self._ceremony.keys or self._state.has_trustee_key(trustee)

    def has_dealt(self, trustee: int) -> bool:
        assert self._state is not None
        return trustee in self._ceremony.dealt or self._state.has_dealt(trustee)

    def has_acked(self, trustee: int) -> bool:
        assert self._state is not None
        return trustee in self._ceremony.acked or self._state.has_acked(trustee)

    def has_decryption(self, aggregate: bytes, trustee: int) -> bool:
        assert self._state is not None
        return (aggregate, trustee) in self._ceremony.decryptions or self._state.has_decryption(aggregate, trustee)

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
        if isinstance(tx, (Vote, Ballot)):
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
        else:
            assert self._state is not None
            dealer = self._ceremony.add(tx, self._state)
            if dealer:
                self._failed_dealer = dealer

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
        budget = _BLOCK_BUDGET if state.secret else None
        for txid, tx in sorted(self._txs.items(), key=lambda item: _ORDER[item[1].TYPE]):
            if len(chosen) >= limit:
                break
            if not isinstance(tx, AdmitStation) and (
                tx.time > latest or (tx.time > cutoff and isinstance(tx, CAST_TYPES))
            ):
                continue
            if budget is not None:
                size = _block_bytes(tx)
                if size > budget:
                    continue
            try:
                check_tx(tx, txid, overlay, state)
            except InvalidTransaction:
                continue
            if budget is not None:
                budget -= size
            overlay.apply(tx, txid, state)
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
        self._ceremony = PendingCeremony()
        self._failed_dealer = 0
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


def _block_bytes(tx: Transaction) -> int:
    """At most what ``tx`` adds to a block's encoding (its body, its signature and a comma)."""
    if isinstance(tx, (Ballot, DkgDeal)) or tx.TYPE == "decryption":
        return len(tx.encode()) + 1
    return len(tx.signing_bytes()) + _SIG_FIELD + 1
