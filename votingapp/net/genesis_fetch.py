"""Fetch the signed election manifest from a station, knowing only the election id.

A station joining an election it saw in zeroconf has the id (the hash of the manifest) but not the
manifest.  It connects, reads the station's HELLO, sends GETGENESIS instead of its own HELLO (no key
needed) and checks that what comes back is a validly signed manifest whose hash is that id.
"""

from __future__ import annotations

import asyncio

from votingapp.core.errors import LedgerError
from votingapp.core.manifest import Genesis
from votingapp.net.connection import Connection
from votingapp.net.errors import FetchError, NetError
from votingapp.net.handshake import MAX_HANDSHAKE_FRAME
from votingapp.net.messages import GenesisMsg, GetGenesis, Hello, Reject, format_address
from votingapp.net.settings import NetSettings


async def fetch_genesis(host: str, port: int, election_id: bytes, timeout: float = 5.0) -> bytes:
    """The encoded signed manifest of ``election_id`` from the station at host:port.

    Raises :class:`FetchError` if the station cannot be reached in time, is in another election, or
    answers with anything but that election's validly signed manifest.
    """
    address = format_address(host, port)
    settings = NetSettings(body_timeout=timeout)
    try:
        async with asyncio.timeout(timeout):
            reader, writer = await asyncio.open_connection(host, port)
            conn = Connection(reader, writer, settings)
            try:
                return await _ask(conn, election_id, timeout)
            finally:
                await conn.aclose("done")
    except TimeoutError:
        raise FetchError(f"{address} did not answer within {timeout:g} s") from None
    except OSError as exc:
        raise FetchError(f"cannot connect to {address}: {exc.strerror or exc}") from None
    except NetError as exc:
        raise FetchError(f"{address}: {exc}") from None


async def _ask(conn: Connection, election_id: bytes, timeout: float) -> bytes:
    hello = await conn.receive(timeout, MAX_HANDSHAKE_FRAME)
    if isinstance(hello, Reject):
        raise FetchError(f"refused: {hello.reason}")
    if not isinstance(hello, Hello):
        raise FetchError(f"expected HELLO, got {type(hello).__name__}")
    if hello.election != election_id:
        raise FetchError(f"the station is in another election ({hello.election.hex()[:16]})")
    conn.send(GetGenesis())
    answer = await conn.receive(timeout, MAX_HANDSHAKE_FRAME)
    if not isinstance(answer, GenesisMsg):
        raise FetchError(f"expected GENESIS, got {type(answer).__name__}")
    try:
        genesis = Genesis.decode(answer.raw)
    except LedgerError as exc:
        raise FetchError(f"the manifest is not valid: {exc}") from None
    if genesis.election_id != election_id:
        raise FetchError("the manifest is not the one of that election")
    return answer.raw
