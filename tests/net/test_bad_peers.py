"""A peer that sends garbage, oversize or invalid input is dropped and banned; the node serves on."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace

import pytest

from tests.net.helpers import FAST, LINE, RawPeer, connect, events, raw_peer, run, started, wait_until
from tests.net.ledger_chain import Election, LedgerChain, _now_ms, key, make_election
from votingapp.core.encoding import canonical
from votingapp.core.keys import SigningKey
from votingapp.core.transactions import Register, decode_tx, sign, txid_of
from votingapp.net.chain_access import TxResult
from votingapp.net.framing import LENGTH, MAX_FRAME, frame
from votingapp.net.messages import PROTOCOL_VERSION, Auth, BlockMsg, MsgType, Ping, Pong, TxMsg

Attack = Callable[[RawPeer, Election], Awaitable[None]]


async def _garbage(raw: RawPeer, election: Election) -> None:
    raw.write(LENGTH.pack(8) + b"\xfegarbage")  # a frame of an unknown message type


async def _http_request(raw: RawPeer, election: Election) -> None:
    raw.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")  # read as a length prefix of 1.2 GB


async def _oversize_frame(raw: RawPeer, election: Election) -> None:
    raw.write(LENGTH.pack(MAX_FRAME + 1) + bytes((MsgType.TX,)))  # the body never comes: it is not awaited


async def _malformed_hello(raw: RawPeer, election: Election) -> None:
    raw.write(frame(MsgType.HELLO, canonical({"version": PROTOCOL_VERSION, "election": "zz"})))


async def _forged_auth(raw: RawPeer, election: Election) -> None:
    await raw.handshake(election.genesis.election_id, key("forger"), auth=Auth(b"\x01" * 64))


async def _block_of_a_station_not_admitted(raw: RawPeer, election: Election) -> None:
    outsider = key("outsider")
    await raw.handshake(election.genesis.election_id, outsider)
    station = election.stations[2]
    tx = Register(
        election.genesis.election_id, station=station.public, voter=SigningKey.generate().public, time=_now_ms()
    )
    chain = LedgerChain(election, station, "C")
    raw.send(BlockMsg(chain.mine([sign(tx, station)], miner=outsider)))  # a valid tx, sealed by the outsider


async def _tx_with_a_bad_signature(raw: RawPeer, election: Election) -> None:
    await raw.handshake(election.genesis.election_id, key("liar"))
    station = election.stations[2]
    voter = SigningKey.generate().public
    tx = Register(election.genesis.election_id, b"\x07" * 64, station=station.public, voter=voter, time=_now_ms())
    raw.send(TxMsg(tx.encode()))


async def _oversize_after_handshake(raw: RawPeer, election: Election) -> None:
    await raw.handshake(election.genesis.election_id, key("big"))
    raw.write(LENGTH.pack(MAX_FRAME + 1))


async def _message_out_of_place(raw: RawPeer, election: Election) -> None:
    hello = await raw.handshake(election.genesis.election_id, key("confused"))
    raw.send(hello)


ATTACKS: dict[str, tuple[Attack, str]] = {
    "garbage bytes": (_garbage, "unknown message type 254"),
    "an HTTP request": (_http_request, "above the limit"),
    "an oversize length prefix": (_oversize_frame, "above the limit"),
    "a malformed HELLO": (_malformed_hello, "malformed HELLO"),
    "a forged handshake signature": (_forged_auth, "handshake signature does not verify"),
    "a block mined by a station not admitted": (_block_of_a_station_not_admitted, "MinerNotAdmitted"),
    "a transaction with a bad signature": (_tx_with_a_bad_signature, "BadSignature"),
    "an oversize frame after the handshake": (_oversize_after_handshake, "above the limit"),
    "a HELLO after the handshake": (_message_out_of_place, "unexpected Hello"),
}


@pytest.mark.parametrize("name", list(ATTACKS))
def test_a_hostile_peer_is_dropped_and_banned_while_a_good_one_is_served(
    name: str, caplog: pytest.LogCaptureFixture
) -> None:
    attack, reason = ATTACKS[name]

    async def main() -> None:
        election = make_election()
        a, b = (LedgerChain(election, k, f"Desk {i}") for i, k in enumerate(election.stations[:2]))
        async with started(a, b, settings=LINE) as (na, nb):
            connect(nb, na)
            await wait_until(lambda: len(na.peers()) == 1, what="the good peer")
            async with raw_peer(na) as raw:
                await attack(raw, election)
                assert await raw.closed_by_peer()
            await wait_until(lambda: "127.0.0.1" in na.banned(), what="the ban")
            assert reason in na.banned()["127.0.0.1"].reason
            assert [e["reason"] for e in events(na).named("peer_banned")] == [na.banned()["127.0.0.1"].reason]
            # The good peer, connected before the ban, is still served both ways.
            tx = b.register()
            nb.broadcast_tx(tx)
            await wait_until(lambda: txid_of(decode_tx(tx)) in a.mempool, what="B's transaction at A")
            a.register()
            na.broadcast_block(a.mine())
            await wait_until(lambda: b.height == 1, what="A's block at B")
            # New connections from the banned address are turned away.
            async with raw_peer(na) as again:
                assert await again.closed_by_peer()

    with caplog.at_level(logging.WARNING, logger="votingapp.net"):
        run(main())
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("banned 127.0.0.1:" in m and reason in m for m in warnings), warnings


def test_a_peer_that_floods_messages_is_banned() -> None:
    async def main() -> None:
        election = make_election()
        a = LedgerChain(election, election.stations[0], "A")
        async with started(a, settings=replace(FAST, msg_rate=50, msg_burst=100)) as (na,), raw_peer(na) as raw:
            await raw.handshake(election.genesis.election_id, key("flooder"))
            raw.write(b"".join(frame(MsgType.PING, bytes(8)) for _ in range(500)))
            assert await raw.closed_by_peer()
            assert "messages per second" in na.banned()["127.0.0.1"].reason

    run(main())


def test_a_peer_that_floods_bytes_is_banned() -> None:
    async def main() -> None:
        election = make_election()
        a = LedgerChain(election, election.stations[0], "A")
        async with started(a, settings=replace(FAST, byte_rate=1000, byte_burst=20_000)) as (na,), raw_peer(na) as raw:
            await raw.handshake(election.genesis.election_id, key("flooder"))
            raw.write(b"".join(frame(MsgType.PING, bytes(8)) for _ in range(2000)))
            assert await raw.closed_by_peer()
            assert "bytes per second" in na.banned()["127.0.0.1"].reason

    run(main())


def test_a_ban_ends_after_its_time() -> None:
    async def main() -> None:
        election = make_election()
        a, b = (LedgerChain(election, k, f"Desk {i}") for i, k in enumerate(election.stations[:2]))
        async with started(a, b, ban_seconds=0.5) as (na, nb):
            async with raw_peer(na) as raw:
                raw.write(LENGTH.pack(8) + b"\xfegarbage")
                assert await raw.closed_by_peer()
            assert "127.0.0.1" in na.banned()
            connect(nb, na)  # refused at first, then let in once the ban is over
            await wait_until(lambda: len(na.peers()) == 1, what="the connection after the ban")
            assert na.banned() == {}

    run(main())


class _BrokenChain(LedgerChain):
    """A node with a bug: it fails on every transaction with an error that is not the peer's fault."""

    def receive_tx(self, raw: bytes, peer: str) -> TxResult:
        raise RuntimeError("bug in the node")


def test_an_internal_error_closes_only_that_connection_without_a_ban(caplog: pytest.LogCaptureFixture) -> None:
    async def main() -> None:
        election = make_election()
        a = _BrokenChain(election, election.stations[0], "A")
        b, c = (LedgerChain(election, k, f"Desk {i}") for i, k in enumerate(election.stations[1:], start=1))
        async with started(a, b, c, settings=LINE) as (na, nb, nc):
            connect(nc, na)
            await wait_until(lambda: len(na.peers()) == 1, what="C to connect")
            since = na.peers()[0].connected_since
            connect(nb, na)
            await wait_until(lambda: len(na.peers()) == 2, what="B to connect")
            nb.broadcast_tx(b.register())
            await wait_until(lambda: events(na).named("peer_disconnected") != [], what="B's connection to close")
            assert na.banned() == {}
            assert [(p.station_key, p.connected_since) for p in na.peers()] == [(c.station_key.public.hex(), since)]
            a.register()
            na.broadcast_block(a.mine())
            await wait_until(lambda: c.height == 1, what="A's block at C")

    with caplog.at_level(logging.ERROR, logger="votingapp.net"):
        run(main())
    assert any("bug in the node" in (r.exc_text or "") for r in caplog.records)


def test_pings_are_answered() -> None:
    async def main() -> None:
        election = make_election()
        a = LedgerChain(election, election.stations[0], "A")
        async with started(a) as (na,), raw_peer(na) as raw:
            await raw.handshake(election.genesis.election_id, key("pinger"))
            raw.send(Ping(b"12345678"))
            received = [await raw.receive() for _ in range(3)]  # GETMEMPOOL and GETPEERS come first
            assert Pong(b"12345678") in received

    run(main())
