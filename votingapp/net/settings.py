"""Tunable limits and timers of the network; the defaults suit a polling station's LAN."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class NetSettings:
    """Limits and timers (seconds) of one :class:`~votingapp.net.network.Network`."""

    handshake_timeout: float = 5.0  # a peer must finish HELLO + AUTH within this
    connect_timeout: float = 5.0
    ping_interval: float = 15.0
    idle_timeout: float = 60.0  # no frame from a peer for this long: drop it
    body_timeout: float = 30.0  # once a frame has started, the rest must arrive within this
    backoff_min: float = 0.2  # reconnect delay, doubling up to backoff_max, with jitter
    backoff_max: float = 10.0
    msg_rate: float = 2000.0  # per peer: messages per second ...
    msg_burst: float = 5000.0  # ... with this burst
    byte_rate: float = 32.0 * MIB  # per peer: bytes per second ...
    byte_burst: float = 96.0 * MIB  # ... with this burst
    max_send_buffer: int = 32 * MIB  # a peer that lets more pile up unread is dropped (not banned)
    # Connections.  Admitted stations (or stations whose admission waits in the pool) are never refused
    # for lack of room below max_connections: peers that are not admitted hold at most max_unadmitted of
    # those slots, so max_connections - max_unadmitted are reserved for admitted stations.
    max_connections: int = 64  # authenticated peers in all
    max_unadmitted: int = 8  # authenticated peers whose station is not admitted (stations waiting for admission)
    max_unadmitted_per_address: int = 2  # ... of them from one IP address
    unadmitted_timeout: float = 600.0  # a peer not admitted by then is dropped (not banned: it may come back)
    max_pending: int = 32  # inbound connections still in the handshake; when full, the oldest silent one goes
    max_pending_per_address: int = 4  # ... from one IP address (its oldest silent one goes first)
    clone_alive: float = 45.0  # a peer heard from within this is alive: its key from elsewhere is a clone
    max_targets: int = 64  # addresses we keep dialing (add_peer and learned through PEERS)
    max_learned_per_peer: int = 8  # addresses one station's PEERS may add to the dial list
    learned_attempts: int = 5  # a learned address that fails this often in a row is forgotten
    refusal_ban_count: int = 1000  # refused transactions from one peer within refusal_window: ban it
    refusal_window: float = 60.0
    log_interval: float = 10.0  # repeated log lines (refusals, drops) of one address: one per this, with a count
    blocks_per_reply: int = 500  # blocks served per GETBLOCKS
    exchange_peers: bool = True  # ask peers for their peers and dial them
