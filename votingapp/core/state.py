"""The ledger state after a sequence of blocks, and the transaction rules checked against it.

``check_tx`` is the single place where the contextual rules of a transaction live.  It reads a
``LedgerView``: the state itself, or an :class:`Overlay` of pending transactions on top of it.
"""

from __future__ import annotations

from typing import Protocol

from votingapp.core.errors import (
    AlreadyRegistered,
    AlreadyVoted,
    DuplicateTransaction,
    ElectionClosed,
    ElectionNotOpen,
    OpenNotAllowed,
    StationAlreadyAdmitted,
    StationNotAdmitted,
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
        self.opened = not manifest.manual_open
        self.height = 0
        self.tip = self.election_id
        self.tip_time = manifest.created

    # LedgerView
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
        elif isinstance(tx, Register):
            self.registered.add(tx.voter)
        elif isinstance(tx, AdmitStation):
            self.stations.append(tx.station)
            self.station_names[tx.station] = tx.name
        elif isinstance(tx, Close):
            self.closed = True
        elif isinstance(tx, Open):
            self.opened = True

    def undo(self, tx: Transaction, txid: bytes) -> None:
        """Take back the most recent :meth:`apply` of ``tx`` (used when a block is disconnected)."""
        self.txids.discard(txid)
        if isinstance(tx, Vote):
            del self.voted[tx.voter]
            self.counts[tx.choice] -= 1
        elif isinstance(tx, Register):
            self.registered.discard(tx.voter)
        elif isinstance(tx, AdmitStation):
            self.stations.remove(tx.station)
            del self.station_names[tx.station]
        elif isinstance(tx, Close):
            self.closed = False
        elif isinstance(tx, Open):
            self.opened = False


class Overlay:
    """Pending transactions on top of a base view, without changing the base."""

    def __init__(self, base: LedgerView) -> None:
        self.base = base
        self.closed = base.closed
        self.opened = base.opened
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
        elif isinstance(tx, Register):
            self._registered.add(tx.voter)
        elif isinstance(tx, AdmitStation):
            self._stations.add(tx.station)
        elif isinstance(tx, Close):
            self.closed = True
        elif isinstance(tx, Open):
            self.opened = True


def check_tx(tx: Transaction, txid: bytes, view: LedgerView, state: LedgerState) -> None:
    """Raise the typed error of the first contextual rule ``tx`` breaks; signatures are checked apart."""
    if tx.election != state.election_id:
        raise WrongElection(f"{describe(tx)} belongs to another election")
    if view.has_tx(txid):
        raise DuplicateTransaction(f"{describe(tx)} is already recorded")
    if view.closed:
        raise ElectionClosed("the election is closed")
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
