"""What a node reports to its listeners: one frozen dataclass per kind of event.

Listeners are called on the node's thread (``Node.add_listener`` / ``Node.remove_listener``); the GUI's
``NodeBridge`` re-emits them as Qt signals on the GUI thread.  Keys and ids are hex strings, times are
milliseconds since the epoch (wall clock), as in the rest of the node's public data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class PeerInfo:
    """A connected station, for people."""

    name: str
    station: str  # public key, hex
    address: str  # host:port as this station sees it
    height: int
    inbound: bool


@dataclass(frozen=True)
class TxAccepted:
    """A transaction entered this node's mempool (from here or from a peer)."""

    txid: str
    type: str


@dataclass(frozen=True)
class TxDropped:
    """A pending transaction was dropped (it conflicts with the chain)."""

    txid: str
    type: str
    reason: str


@dataclass(frozen=True)
class ChainChanged:
    """The best chain changed: a new tip at ``height``, ``txs`` transactions connected, ``reorg`` if blocks left it."""

    height: int
    hash: str
    txs: int
    reorg: bool
    time: int | None


@dataclass(frozen=True)
class PeerConnected:
    """A station connected."""

    station: str
    name: str
    address: str
    inbound: bool


@dataclass(frozen=True)
class PeerDisconnected:
    """A station's connection ended, and why."""

    station: str
    name: str
    address: str
    inbound: bool
    reason: str


@dataclass(frozen=True)
class PeerBanned:
    """An address was banned for misbehaving, until ``until`` (seconds since the epoch)."""

    address: str
    host: str
    reason: str
    until: float


@dataclass(frozen=True)
class PeerRefused:
    """A connection was refused (wrong election, protocol, full, ...)."""

    address: str
    reason: str


@dataclass(frozen=True)
class StationKeyConflict:
    """Two stations use one station key (a copied data dir): one of them was refused. ``ours`` is True when the
    key is this station's own (a peer refused us because the other copy is connected to it)."""

    station: str
    address: str
    ours: bool
    message: str


@dataclass(frozen=True)
class PeersChanged:
    """The set of connected stations changed; every one now connected."""

    peers: tuple[PeerInfo, ...]


@dataclass(frozen=True)
class MiningChanged:
    """The miner started or stopped working on a block."""

    active: bool


@dataclass(frozen=True)
class CeremonyChanged:
    """The key ceremony of a secret-ballot election moved on (``stage``: keys, deals, acks, complete, stopped);
    ``text`` is the one line ``status`` shows ("deals 2 of 3", "stopped: the share from Desk 2 is bad")."""

    stage: str
    text: str
    done: int
    of: int


NodeEvent = (
    TxAccepted
    | TxDropped
    | ChainChanged
    | PeerConnected
    | PeerDisconnected
    | PeerBanned
    | PeerRefused
    | StationKeyConflict
    | PeersChanged
    | MiningChanged
    | CeremonyChanged
)
Listener = Callable[[NodeEvent], None]
