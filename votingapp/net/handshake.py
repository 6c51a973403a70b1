"""The handshake: both sides send HELLO at once, check each other, then prove their station key.

Each side checks the other's protocol version and election (refusing with a REJECT that says why),
then signs ``DOMAIN + election id + the other's challenge + its own station key`` and sends it as AUTH.
Before its HELLO a client may instead send GETGENESIS: it gets the signed manifest and the connection
ends.  Serving the manifest to anyone is harmless (it is what the election id is the hash of) and lets
a station that saw only an election id in zeroconf join it.
"""

from __future__ import annotations

import asyncio
import secrets
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


def make_hello(chain: ChainAccess, listen_port: int) -> Hello:
    """Our HELLO, with a fresh random challenge."""
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
    )


async def handshake(conn: Connection, chain: ChainAccess, listen_port: int, timeout: float) -> Hello | None:
    """Run both halves of the handshake; the peer's HELLO, or None after serving the genesis to a fetcher.

    Raises :class:`Refused` (we sent REJECT), :class:`PeerRefused` (it did), :class:`SelfConnection`,
    :class:`ProtocolError` (ban) or :class:`TimeoutError`.
    """
    ours = make_hello(chain, listen_port)
    conn.send(ours)
    async with asyncio.timeout(timeout):
        try:
            first = await conn.receive(timeout, MAX_HANDSHAKE_FRAME)
        except UnsupportedVersion as exc:
            raise _refuse(conn, exc.args[0]) from None
        if isinstance(first, GetGenesis):
            conn.send(GenesisMsg(chain.genesis_bytes()))
            return None
        theirs = _expect(first, Hello)
        if theirs.election != chain.election_id:
            raise _refuse(conn, "different election", f"theirs {theirs.election.hex()[:16]}")
        if theirs.station == ours.station:
            raise SelfConnection("connected to ourselves")
        conn.send(sign_auth(chain.station_key, chain.election_id, theirs.challenge))
        auth = _expect(await conn.receive(timeout, MAX_HANDSHAKE_FRAME), Auth)
        check_auth(auth, chain.election_id, ours.challenge, theirs.station)
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
