"""The handshake: both sides send HELLO at once, check each other, then prove their station key.

Each side checks the other's protocol version and election (refusing with a REJECT that says why),
then signs ``DOMAIN + election id + the other's challenge + its own station key`` and sends it as AUTH.
Before its HELLO a client may instead send GETGENESIS: it gets the signed manifest and the connection
ends.  Serving the manifest to anyone is harmless (it is what the election id is the hash of) and lets
a station that saw only an election id in zeroconf join it.

Each HELLO carries the sender's wall-clock time.  Once the peer has proven its key, ``on_time`` gets the
peer's clock offset: its HELLO time, plus half the round trip (our HELLO out, its AUTH back) for the
time that HELLO travelled, minus our clock when it arrived (``votingapp.node.clock`` turns the offsets of
admitted stations into network time).
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Callable
from typing import TypeVar

from votingapp.core.keys import SigningKey, verify_signature
from votingapp.net.chain_access import ChainAccess
from votingapp.net.connection import Connection
from votingapp.net.errors import PeerRefused, ProtocolError, Refused, SelfConnection, UnsupportedVersion
from votingapp.net.messages import (
    Auth,
    GenesisMsg,
    GetGenesis,
    Hello,
    Message,
    Reject,
    clean_name,
)

DOMAIN = b"votingapp/handshake/v1"
# Frames before the handshake is done are small; a GENESIS answer is the largest (64 KiB manifest).
MAX_HANDSHAKE_FRAME = 70_000
_M = TypeVar("_M")
# Given the peer's HELLO (not yet proven), a reason to refuse it, or None.
HelloCheck = Callable[[Hello], str | None]
# Our wall clock in milliseconds (the node's clock, which a test may shift).
LocalClock = Callable[[], int]
# Given the proven peer's HELLO, its clock offset (its time minus ours, ms), or None if it sent no time.
TimeReport = Callable[[Hello, int | None], None]


def wall_ms() -> int:
    """The wall clock in milliseconds (the default :data:`LocalClock`)."""
    return int(time.time() * 1000)


def auth_message(election_id: bytes, challenge: bytes, station: bytes) -> bytes:
    """What a station signs to prove it holds ``station``: bound to the election and the challenge."""
    return DOMAIN + election_id + challenge + station


def sign_auth(key: SigningKey, election_id: bytes, their_challenge: bytes) -> Auth:
    """Our AUTH for the other side's challenge."""
    return Auth(key.sign(auth_message(election_id, their_challenge, key.public)))


def check_auth(auth: Auth, election_id: bytes, our_challenge: bytes, their_station: bytes) -> None:
    """Raise :class:`ProtocolError` unless the other side signed our challenge with its station key."""
    if not verify_signature(their_station, auth.signature, auth_message(election_id, our_challenge, their_station)):
        raise ProtocolError("handshake signature does not verify")


def make_hello(chain: ChainAccess, listen_port: int, now_ms: int = 0) -> Hello:
    """Our HELLO, with a fresh random challenge and our clock ``now_ms`` (0: not sent)."""
    height, weight, tip = chain.chain_summary()
    return Hello(
        election=chain.election_id,
        station=chain.station_key.public,
        name=clean_name(chain.station_name),
        height=height,
        weight=weight,
        tip=tip,
        challenge=secrets.token_bytes(32),
        port=listen_port,
        time=max(0, now_ms),
    )


def clock_offset(theirs: Hello, arrived_ms: int, round_trip_s: float) -> int | None:
    """The peer's clock minus ours (ms): its HELLO time plus half the round trip, minus when it arrived."""
    if not theirs.time:
        return None
    return theirs.time + int(max(0.0, round_trip_s) * 500) - arrived_ms


async def handshake(
    conn: Connection,
    chain: ChainAccess,
    listen_port: int,
    timeout: float,
    check: HelloCheck | None = None,
    clock: LocalClock = wall_ms,
    on_time: TimeReport | None = None,
) -> Hello | None:
    """Run both halves of the handshake; the peer's HELLO, or None after serving the genesis to a fetcher.

    ``check`` may refuse the peer on its HELLO, before we sign anything for it.  Raises :class:`Refused`
    (we sent REJECT), :class:`PeerRefused` (it did), :class:`SelfConnection`, :class:`ProtocolError` (ban)
    or :class:`TimeoutError`; a refusal after the peer's HELLO carries its station key.  ``clock`` stamps
    our HELLO; ``on_time`` gets the proven peer's clock offset (module docstring).
    """
    ours = make_hello(chain, listen_port, clock())
    sent = time.monotonic()
    conn.send(ours)
    async with asyncio.timeout(timeout):
        try:
            first = await conn.receive(timeout, MAX_HANDSHAKE_FRAME)
        except UnsupportedVersion as exc:
            raise _refuse(conn, exc.args[0]) from None
        arrived = clock()
        if isinstance(first, GetGenesis):
            conn.send(GenesisMsg(chain.genesis_bytes()))
            return None
        theirs = _expect(first, Hello)
        if theirs.election != chain.election_id:
            raise _refuse(conn, "different election", f"theirs {theirs.election.hex()[:16]}")
        if theirs.station == ours.station:
            raise SelfConnection("connected to ourselves")
        reason = check(theirs) if check is not None else None
        if reason is not None:
            refusal = _refuse(conn, reason)
            refusal.station = theirs.station
            raise refusal
        conn.send(sign_auth(chain.station_key, chain.election_id, theirs.challenge))
        try:
            auth = _expect(await conn.receive(timeout, MAX_HANDSHAKE_FRAME), Auth)
        except PeerRefused as exc:
            exc.station = theirs.station
            raise
        round_trip = time.monotonic() - sent
        check_auth(auth, chain.election_id, ours.challenge, theirs.station)
    if on_time is not None:
        on_time(theirs, clock_offset(theirs, arrived, round_trip))
    return theirs


def _refuse(conn: Connection, reason: str, detail: str = "") -> Refused:
    conn.send(Reject(reason))
    return Refused(reason, detail)


def _expect(msg: Message, kind: type[_M]) -> _M:
    if isinstance(msg, Reject):
        raise PeerRefused(msg.reason)
    if not isinstance(msg, kind):
        raise ProtocolError(f"expected {kind.__name__.upper()} during the handshake, got {type(msg).__name__}")
    return msg
