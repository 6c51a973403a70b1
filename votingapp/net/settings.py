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
    max_connections: int = 64
    max_targets: int = 64  # addresses we keep dialing (add_peer and learned through PEERS)
    blocks_per_reply: int = 500  # blocks served per GETBLOCKS
    exchange_peers: bool = True  # ask peers for their peers and dial them
