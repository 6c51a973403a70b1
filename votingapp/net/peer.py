"""A peer after a successful handshake, and what the node may see of it."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

from votingapp.net.connection import Connection
from votingapp.net.messages import Hello, format_address


@dataclass(frozen=True)
class PeerInfo:
    """A connected peer as shown to people: station key, name, address, direction, height, since when."""

    station_key: str  # station public key, hex
    name: str
    address: str  # host:port of the connection as we see it
    inbound: bool  # it connected to us (else we dialed it)
    height: int  # as its HELLO said, or higher as its blocks showed
    connected_since: float  # time.time()


class Peer:
    """An authenticated connection to another station of the same election."""

    def __init__(self, conn: Connection, hello: Hello, outbound: bool) -> None:
        self.conn = conn
        self.hello = hello
        self.outbound = outbound
        self.station = hello.station
        self.key = hello.station.hex()  # how the node and broadcast(exclude=...) name this peer
        self.height = hello.height
        self.since = time.time()
        self.clock_offset_ms: int | None = None  # its clock minus ours at the handshake (ms), if it told
        self.sync_requested_at: float | None = None  # a GETBLOCKS is outstanding since (monotonic)
        self.mempool_task: asyncio.Task[None] | None = None
        self.closed = asyncio.Event()

    @property
    def listen_address(self) -> str | None:
        """Where this peer accepts connections (its IP as we see it, the port it announced)."""
        return format_address(self.conn.host, self.hello.port) if self.hello.port else None

    def info(self) -> PeerInfo:
        """A snapshot for display."""
        return PeerInfo(
            station_key=self.key,
            name=self.hello.name,
            address=self.conn.address,
            inbound=not self.outbound,
            height=self.height,
            connected_since=self.since,
        )

    def __repr__(self) -> str:
        return f"{self.hello.name or '?'} ({self.key[:12]}) at {self.conn.address}"
