"""The ledger state after a sequence of blocks, and the transaction rules checked against it.

``check_tx`` is the single place where the contextual rules of a transaction live.  It reads a
``LedgerView``: the state itself, or an :class:`Overlay` of pending transactions on top of it.

Finality of the close (docs/architecture.md): once the view is closed at time T, a registration or vote
counts only if stamped at or before T (a late return from a station that was cut off); and a close at T
is valid only if no registration or vote already counted is stamped after T.  So every chain that holds
the close counts exactly casts stamped at or before T, in whatever order the blocks put them.
"""

from __future__ import annotations

from typing import Protocol

from votingapp.core.errors import (
    AlreadyRegistered,
    AlreadyVoted,
    CastAfterClose,
    CloseBeforeLastCast,
    DuplicateTransaction,
    ElectionClosed,
    ElectionNotOpen,
    OpenNotAllowed,
    StationAlreadyAdmitted,
    StationNotAdmitted,
    TxBeforeElection,
    UnknownOption,
    VoterNotRegistered,
    WrongElection,
)
from votingapp.core.manifest import Genesis
from votingapp.core.transactions import AdmitStation, Close, Open, Register, Transaction, Vote, describe


class LedgerView(Protocol):
    """What the transaction rules need to know about the chain so far."""

    @property
    def closed(self) -> bool: ...
    @property
    def opened(self) -> bool: ...
    @property
    def close_time(self) -> int: ...
    @property
    def last_cast_time(self) -> int: ...

    def has_tx(self, txid: bytes) -> bool: ...
    def is_admitted(self, station: bytes) -> bool: ...
    def is_registered(self, voter: bytes) -> bool: ...
    def has_voted(self, voter: bytes) -> bool: ...


class LedgerState:
    """Registered voters, votes, admitted stations and open/closed state at the tip of a chain."""

    def __init__(self, genesis: Genesis) -> None:
        manifest = genesis.manifest
        self.genesis = genesis
        self.manifest = manifest
        self.election_id = genesis.election_id
        self.options = frozenset(manifest.options)
        self.stations: list[bytes] = [s.key for s in manifest.stations]
        self.station_names: dict[bytes, str] = {s.key: s.name for s in manifest.stations}
        self.registered: set[bytes] = set()
        self.voted: dict[bytes, str] = {}
        self.counts: dict[str, int] = dict.fromkeys(manifest.options, 0)
        self.txids: set[bytes] = set()
        self.closed = False
        self.close_time = 0  # the close's time once closed
        self.opened = not manifest.manual_open
        self.height = 0
        self.tip = self.election_id
        self.tip_time = manifest.created
        self._cast_max: list[int] = []  # after each applied cast: the latest cast time so far (undo pops)

    # LedgerView
    @property
    def last_cast_time(self) -> int:
        """The latest time stamped on a registration or vote in the chain (0 when there is none)."""
        return self._cast_max[-1] if self._cast_max else 0

    def has_tx(self, txid: bytes) -> bool:
        return txid in self.txids

    def is_admitted(self, station: bytes) -> bool:
        return station in self.station_names

    def is_registered(self, voter: bytes) -> bool:
        return voter in self.registered

    def has_voted(self, voter: bytes) -> bool:
        return voter in self.voted

    def apply(self, tx: Transaction, txid: bytes) -> None:
        """Record a transaction that :func:`check_tx` accepted."""
        self.txids.add(txid)
        if isinstance(tx, Vote):
            self.voted[tx.voter] = tx.choice
            self.counts[tx.choice] += 1
            self._note_cast(tx.time)
        elif isinstance(tx, Register):
            self.registered.add(tx.voter)
            self._note_cast(tx.time)
        elif isinstance(tx, AdmitStation):
            self.stations.append(tx.station)
            self.station_names[tx.station] = tx.name
        elif isinstance(tx, Close):
            self.closed = True
            self.close_time = tx.time
        elif isinstance(tx, Open):
            self.opened = True

    def undo(self, tx: Transaction, txid: bytes) -> None:
        """Take back the most recent :meth:`apply` of ``tx`` (used when a block is disconnected)."""
        self.txids.discard(txid)
        if isinstance(tx, Vote):
            del self.voted[tx.voter]
            self.counts[tx.choice] -= 1
            self._cast_max.pop()
        elif isinstance(tx, Register):
            self.registered.discard(tx.voter)
            self._cast_max.pop()
        elif isinstance(tx, AdmitStation):
            self.stations.remove(tx.station)
            del self.station_names[tx.station]
        elif isinstance(tx, Close):
            self.closed = False
            self.close_time = 0
        elif isinstance(tx, Open):
            self.opened = False

    def _note_cast(self, time: int) -> None:
        cast_max = self._cast_max
        cast_max.append(time if not cast_max or time > cast_max[-1] else cast_max[-1])


class Overlay:
    """Pending transactions on top of a base view, without changing the base."""

    def __init__(self, base: LedgerView) -> None:
        self.base = base
        self.closed = base.closed
        self.opened = base.opened
        self.close_time = base.close_time
        self.last_cast_time = base.last_cast_time
        self._txids: set[bytes] = set()
        self._stations: set[bytes] = set()
        self._registered: set[bytes] = set()
        self._voted: set[bytes] = set()

    def has_tx(self, txid: bytes) -> bool:
        return txid in self._txids or self.base.has_tx(txid)

    def is_admitted(self, station: bytes) -> bool:
        return station in self._stations or self.base.is_admitted(station)

    def is_registered(self, voter: bytes) -> bool:
        return voter in self._registered or self.base.is_registered(voter)

    def has_voted(self, voter: bytes) -> bool:
        return voter in self._voted or self.base.has_voted(voter)

    def apply(self, tx: Transaction, txid: bytes) -> None:
        """Record a pending transaction that :func:`check_tx` accepted."""
        self._txids.add(txid)
        if isinstance(tx, Vote):
            self._voted.add(tx.voter)
            self.last_cast_time = max(self.last_cast_time, tx.time)
        elif isinstance(tx, Register):
            self._registered.add(tx.voter)
            self.last_cast_time = max(self.last_cast_time, tx.time)
        elif isinstance(tx, AdmitStation):
            self._stations.add(tx.station)
        elif isinstance(tx, Close):
            self.closed = True
            self.close_time = tx.time
        elif isinstance(tx, Open):
            self.opened = True


def check_tx(tx: Transaction, txid: bytes, view: LedgerView, state: LedgerState) -> None:
    """Raise the typed error of the first contextual rule ``tx`` breaks; signatures are checked apart."""
    if tx.election != state.election_id:
        raise WrongElection(f"{describe(tx)} belongs to another election")
    if view.has_tx(txid):
        raise DuplicateTransaction(f"{describe(tx)} is already recorded")
    if isinstance(tx, (Vote, Register)):
        if view.closed and tx.time > view.close_time:
            raise CastAfterClose(
                f"the election is closed: this {tx.TYPE} was cast after the close",
                time=tx.time,
                close_time=view.close_time,
            )
        if tx.time < state.manifest.created:
            raise TxBeforeElection(
                f"{describe(tx)} is dated before the election was created", time=tx.time, created=state.manifest.created
            )
    elif view.closed:
        raise ElectionClosed("the election is closed")
    elif isinstance(tx, Close) and tx.time < view.last_cast_time:
        raise CloseBeforeLastCast(
            "this close is dated before a registration or vote already counted",
            close_time=tx.time,
            last_cast=view.last_cast_time,
        )
    if isinstance(tx, Vote):
        if not view.is_registered(tx.voter):
            raise VoterNotRegistered(
                "this voter is not registered (an unknown voter_id, or its registration has not reached this "
                "station yet)"
            )
        if view.has_voted(tx.voter):
            raise AlreadyVoted("this voter has already voted")
        if tx.choice not in state.options:
            raise UnknownOption(f"{tx.choice!r} is not an option of this election")
        if not view.opened:
            raise ElectionNotOpen("the election is not open yet")
    elif isinstance(tx, Register):
        if not view.is_admitted(tx.station):
            raise StationNotAdmitted(f"station {tx.station.hex()[:12]} is not admitted to this election")
        if view.is_registered(tx.voter):
            raise AlreadyRegistered("this voter is already registered")
    elif isinstance(tx, AdmitStation):
        if view.is_admitted(tx.station):
            raise StationAlreadyAdmitted(f"station {tx.station.hex()[:12]} is already admitted")
    elif isinstance(tx, Open):
        if not state.manifest.manual_open:
            raise OpenNotAllowed("this election opens by itself; it cannot be opened by hand")
        if view.opened:
            raise OpenNotAllowed("the election is already open")
