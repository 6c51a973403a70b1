"""Hostile peers cannot keep an honest station out, fill the dial list, flood the log, or pose as a station.

Every attack runs over real sockets on 127.0.0.1, bounded in count and time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import replace

import pytest

from tests.net.helpers import HOST, LINE, RawPeer, connect, events, peer_keys, raw_peer, run, started, wait_until
from tests.net.ledger_chain import LedgerChain, key, make_election
from votingapp.core.keys import SigningKey
from votingapp.core.transactions import AdmitStation, Register, sign
from votingapp.net.handshake import sign_auth
from votingapp.net.messages import Hello, Peers, Ping, Pong, Reject, Txs
from votingapp.net.network import CLONE_REASON, Network

SQUATTERS = 70
FLOODERS = 200


async def _squat(net: Network, election_id: bytes, label: str) -> RawPeer | None:
    """An authenticated peer with a key of no admitted station; None if it was turned away."""
    raw = await RawPeer.connect(net)
    try:
        await raw.handshake(election_id, key(label))
    except (AssertionError, OSError, TimeoutError, asyncio.IncompleteReadError):
        await raw.aclose()
        return None
    return raw


def test_peers_not_admitted_cannot_keep_an_admitted_station_out() -> None:
    async def main() -> None:
        election = make_election()
        a, b = (LedgerChain(election, k, f"Desk {i}") for i, k in enumerate(election.stations[:2]))
        # Allow many from one address, so that the cap on stations not admitted is what is tested.
        settings = replace(LINE, max_unadmitted_per_address=SQUATTERS)
        async with started(a, b, settings=settings) as (na, nb), contextlib.AsyncExitStack() as stack:
            for i in range(SQUATTERS):
                raw = await _squat(na, election.genesis.election_id, f"squatter {i}")
                if raw is not None:
                    stack.push_async_callback(raw.aclose)
            await wait_until(lambda: len(na.peers()) >= 1, what="some squatters")
            connect(nb, na)
            await wait_until(lambda: b.station_key.public.hex() in peer_keys(na), 5.0, "the admitted station at A")
            unadmitted = [p for p in na.peers() if p.station_key != b.station_key.public.hex()]
            assert 1 <= len(unadmitted) <= settings.max_unadmitted

    run(main())


def test_a_station_not_admitted_is_dropped_after_its_time_unless_its_admission_waits() -> None:
    async def main() -> None:
        election = make_election()
        a = LedgerChain(election, election.stations[0], "A")
        waiting = key("new station")
        admit = sign(AdmitStation(election.genesis.election_id, station=waiting.public, name="New"), election.authority)
        a.mempool.add(admit, a.ledger.state)  # the authority admitted it: the block is on its way
        async with started(a, settings=replace(LINE, unadmitted_timeout=0.5)) as (na,):
            idle = await _squat(na, election.genesis.election_id, "idle outsider")
            assert idle is not None
            async with raw_peer(na) as candidate:
                await candidate.handshake(election.genesis.election_id, waiting)
                assert await idle.closed_by_peer(timeout=5.0)
                await idle.aclose()
                assert waiting.public.hex() in peer_keys(na)  # still connected, well past 0.5 s
                reasons = [e["reason"] for e in events(na).named("peer_disconnected")]
                assert reasons == ["not admitted within 0.5 s"]

    run(main())


async def _half_open_loop(port: int, stop: asyncio.Event, attempts: int = 5000) -> None:
    """Connect, send nothing, and connect again as soon as the connection is closed."""
    for _ in range(attempts):
        if stop.is_set():
            return
        try:
            reader, writer = await asyncio.open_connection(HOST, port)
        except OSError:
            await asyncio.sleep(0.01)
            continue
        try:
            async with asyncio.timeout(10.0):
                while await reader.read(65536):
                    pass
        except (OSError, TimeoutError):
            pass
        finally:
            writer.close()


def test_a_reconnect_flood_of_half_open_connections_does_not_keep_a_station_out() -> None:
    async def main() -> None:
        election = make_election()
        a, b = (LedgerChain(election, k, f"Desk {i}") for i, k in enumerate(election.stations[:2]))
        async with started(a, b, settings=LINE) as (na, nb):
            stop = asyncio.Event()
            flood = [asyncio.create_task(_half_open_loop(na.listen_port, stop)) for _ in range(FLOODERS)]
            try:
                await asyncio.sleep(0.5)  # the flood is on
                connect(nb, na)
                await wait_until(lambda: len(na.peers()) == 1, 5.0, "the admitted station despite the flood")
                assert peer_keys(na) == {b.station_key.public.hex()}
            finally:
                stop.set()
                for task in flood:
                    task.cancel()
                await asyncio.gather(*flood, return_exceptions=True)

    run(main())


JUNK = tuple(f"127.0.0.1:{port}" for port in range(1, 65))


def test_a_peer_list_from_a_station_not_admitted_is_ignored() -> None:
    async def main() -> None:
        election = make_election()
        a, b, c = (LedgerChain(election, k, f"Desk {i}") for i, k in enumerate(election.stations))
        async with started(a, b) as (na, nb), started(c, settings=LINE) as (nc,):
            async with raw_peer(na) as outsider:
                await outsider.handshake(election.genesis.election_id, key("outsider"))
                outsider.send(Peers(JUNK))
                outsider.send(Ping(b"12345678"))
                for _ in range(10):  # the PONG comes after A has handled the PEERS
                    if await outsider.receive() == Pong(b"12345678"):
                        break
            connect(nb, nc)
            await wait_until(lambda: len(nb.peers()) == 1, what="B and C")
            connect(na, nb)  # B tells A where C is
            await wait_until(lambda: c.station_key.public.hex() in peer_keys(na), 5.0, "A to learn and dial C")
            assert not set(JUNK) & set(na.dial_targets())

    run(main())


def test_a_stations_peer_list_adds_a_few_addresses_and_dead_ones_are_forgotten() -> None:
    async def main() -> None:
        election = make_election(4)
        a = LedgerChain(election, election.stations[0], "A")
        async with started(a) as (na,), raw_peer(na) as station:
            await station.handshake(election.genesis.election_id, election.stations[3])  # an admitted station
            station.send(Peers(JUNK))
            await wait_until(lambda: set(JUNK) & set(na.dial_targets()) != set(), what="some addresses learnt")
            assert len(set(JUNK) & set(na.dial_targets())) <= na.settings.max_learned_per_peer
            await wait_until(lambda: not set(JUNK) & set(na.dial_targets()), 10.0, "the dead addresses forgotten")

    run(main())


def test_a_flood_of_refused_transactions_gets_the_peer_banned_and_the_log_stays_short(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def main() -> None:
        election = make_election()
        a = LedgerChain(election, election.stations[0], "A")
        outsider = key("tx flooder")
        tx = sign(Register(election.genesis.election_id, station=outsider.public, voter=SigningKey.generate().public),
                  outsider).encode()  # well-formed and signed, refused: that station is not admitted
        async with started(a) as (na,), raw_peer(na) as raw:
            await raw.handshake(election.genesis.election_id, outsider)
            for _ in range(10):  # up to 20,000 refused transactions
                if raw.writer.is_closing() or "127.0.0.1" in na.banned():
                    break
                raw.send(Txs((tx,) * 2000))
                with contextlib.suppress(ConnectionError):
                    await raw.writer.drain()
                await asyncio.sleep(0.01)
            await wait_until(lambda: "127.0.0.1" in na.banned(), 10.0, "the ban")
            assert "refused transactions" in na.banned()["127.0.0.1"].reason
            assert await raw.closed_by_peer()
            assert len(a.mempool) == 0

    with caplog.at_level(logging.DEBUG, logger="votingapp"):
        run(main())
    lines = [r for r in caplog.records if r.levelno >= logging.INFO and r.name.startswith("votingapp")]
    assert len(lines) <= 10, [r.getMessage() for r in lines]
    assert any("banned 127.0.0.1" in r.getMessage() for r in lines)


def test_a_second_station_with_the_same_key_is_refused_on_both_sides(caplog: pytest.LogCaptureFixture) -> None:
    async def main() -> None:
        election = make_election()
        a = LedgerChain(election, election.stations[0], "A")
        original = LedgerChain(election, election.stations[1], "Desk 1")
        clone = LedgerChain(election, election.stations[1], "Desk 1")  # a copy of its data dir
        async with started(a, original, clone, settings=LINE) as (na, no, nc):
            connect(no, na)
            await wait_until(lambda: len(na.peers()) == 1, what="the original station")
            (before,) = na.peers()
            connect(nc, na)  # the clone dials A ...
            connect(na, nc)  # ... and A dials the clone
            for net in (na, nc):
                await wait_until(
                    lambda net=net: any(e["reason"] == CLONE_REASON for e in events(net).named("peer_refused")),
                    5.0,
                    "the refusal",
                )
            await asyncio.sleep(0.5)  # the clone keeps trying; the original keeps its place
            assert na.peers() == [before]
            assert events(na).named("peer_disconnected") == []
            assert nc.peers() == []
            assert [e["station_key"] for e in events(na).named("station_key_conflict")] == [before.station_key]
            assert peer_keys(no) == {a.station_key.public.hex()}  # the original is still connected to A

    with caplog.at_level(logging.WARNING, logger="votingapp.net"):
        run(main())
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(m.startswith("refused 127.0.0.1:") and CLONE_REASON in m for m in warnings), warnings
    assert any(m.startswith("peer 127.0.0.1:") and CLONE_REASON in m for m in warnings), warnings


def test_a_station_that_went_quiet_is_replaced_by_its_reconnection_from_elsewhere() -> None:
    async def main() -> None:
        election = make_election()
        a = LedgerChain(election, election.stations[0], "A")
        settings = replace(LINE, clone_alive=0.3)
        async with started(a, settings=settings) as (na,), raw_peer(na) as old:
            await old.handshake(election.genesis.election_id, election.stations[1])
            await wait_until(lambda: len(na.peers()) == 1, what="the station")
            await asyncio.sleep(0.6)  # it sends nothing: after clone_alive it counts as gone quiet
            async with raw_peer(na) as new:
                theirs = await new.receive()
                assert isinstance(theirs, Hello)
                new.send(replace(theirs, station=election.stations[1].public, port=4242, name="moved"))
                new.send(sign_auth(election.stations[1], election.genesis.election_id, theirs.challenge))
                await wait_until(lambda: [p.name for p in na.peers()] == ["moved"], what="the new connection")
                assert not isinstance(await new.receive(), Reject)

    run(main())
