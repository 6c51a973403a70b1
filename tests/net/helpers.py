"""Helpers for network tests: run a coroutine, wait on a condition, start stations, a raw TCP peer."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from collections.abc import AsyncIterator, Callable, Coroutine
from dataclasses import replace
from typing import Any

from tests.net.ledger_chain import LedgerChain
from votingapp.core.keys import SigningKey
from votingapp.net.framing import read_frame
from votingapp.net.handshake import sign_auth
from votingapp.net.messages import Auth, Hello, Message, decode, encode
from votingapp.net.network import Network
from votingapp.net.settings import NetSettings

HOST = "127.0.0.1"
TEST_TIMEOUT = 30.0
POLL = 0.01
# Quick timers so that retries and drops happen within a test's time.
FAST = NetSettings(handshake_timeout=2.0, connect_timeout=2.0, backoff_min=0.05, backoff_max=0.5, body_timeout=2.0)
# For a fixed topology: stations do not dial the addresses their peers tell them.
LINE = replace(FAST, exchange_peers=False)


def run(coro: Coroutine[Any, Any, None], timeout: float = TEST_TIMEOUT) -> None:
    """Run a test coroutine on a fresh event loop, bounded in time."""
    asyncio.run(asyncio.wait_for(coro, timeout))


async def wait_until(predicate: Callable[[], bool], timeout: float = 10.0, what: str = "the condition") -> None:
    """Poll ``predicate`` until it holds; fail after ``timeout`` seconds (a bounded number of polls)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    for _ in range(int(timeout / POLL) + 1):
        if predicate():
            return
        if loop.time() > deadline:
            break
        await asyncio.sleep(POLL)
    if not predicate():
        raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")


class Events:
    """Records the events a Network reports."""

    def __init__(self) -> None:
        self.items: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, name: str, details: dict[str, Any]) -> None:
        self.items.append((name, details))

    def named(self, name: str) -> list[dict[str, Any]]:
        """Details of every event called ``name``."""
        return [d for n, d in self.items if n == name]


@contextlib.asynccontextmanager
async def started(
    *chains: LedgerChain, settings: NetSettings = FAST, ban_seconds: float = 300.0
) -> AsyncIterator[list[Network]]:
    """Start one Network per chain on 127.0.0.1 (any port); stop them all at the end."""
    nets = [
        Network(chain, HOST, 0, on_event=Events(), ban_seconds=ban_seconds, settings=settings) for chain in chains
    ]
    try:
        for net in nets:
            await net.start()
        yield nets
    finally:
        for net in nets:
            await net.stop()


def events(net: Network) -> Events:
    """The event recorder of a Network made by :func:`started`."""
    recorder = net._on_event
    assert isinstance(recorder, Events)
    return recorder


def connect(a: Network, b: Network) -> None:
    """Make ``a`` keep a connection to ``b``."""
    a.add_peer(HOST, b.listen_port)


def peer_keys(net: Network) -> set[str]:
    """Station keys (hex) of the peers of ``net``."""
    return {p.station_key for p in net.peers()}


class RawPeer:
    """A hand-driven TCP client, to send what a well-behaved station never would."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    @classmethod
    async def connect(cls, net: Network) -> RawPeer:
        reader, writer = await asyncio.open_connection(HOST, net.listen_port)
        return cls(reader, writer)

    def send(self, msg: Message) -> None:
        self.writer.write(encode(msg))

    def write(self, data: bytes) -> None:
        self.writer.write(data)

    async def receive(self, timeout: float = 5.0) -> Message:
        msg_type, body = await read_frame(self.reader, timeout, timeout, 16 * 1024 * 1024)
        return decode(msg_type, body)

    async def handshake(self, election_id: bytes, key: SigningKey, auth: Auth | None = None) -> Hello:
        """Do the handshake like a station would (or with the given AUTH); the other side's HELLO."""
        theirs = await self.receive()
        assert isinstance(theirs, Hello)
        self.send(Hello(election_id, key.public, "raw", 0, 0, election_id, secrets.token_bytes(32), 0))
        self.send(auth or sign_auth(key, election_id, theirs.challenge))
        their_auth = await self.receive()
        assert isinstance(their_auth, Auth)
        return theirs

    async def closed_by_peer(self, timeout: float = 5.0) -> bool:
        """Read (and drop) everything until the other side closes; True once it has."""
        try:
            async with asyncio.timeout(timeout):
                while await self.reader.read(65536):
                    pass
        except ConnectionError:
            pass
        return True

    async def aclose(self) -> None:
        self.writer.close()
        with contextlib.suppress(Exception):
            await self.writer.wait_closed()


@contextlib.asynccontextmanager
async def raw_peer(net: Network) -> AsyncIterator[RawPeer]:
    """A RawPeer connected to ``net``, closed at the end."""
    peer = await RawPeer.connect(net)
    try:
        yield peer
    finally:
        await peer.aclose()
