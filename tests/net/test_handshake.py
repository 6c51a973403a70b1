"""Stations of one election connect and authenticate; others are refused with a reason."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from tests.net.helpers import FAST, HOST, LINE, connect, events, peer_keys, raw_peer, run, started, wait_until
from tests.net.ledger_chain import LedgerChain, key, make_election
from votingapp.core.encoding import canonical
from votingapp.net.framing import frame
from votingapp.net.messages import Hello, MsgType, Reject


def test_two_stations_connect_and_know_each_other() -> None:
    async def main() -> None:
        election = make_election()
        a = LedgerChain(election, election.stations[0], "Desk A")
        b = LedgerChain(election, election.stations[1], "Desk B")
        async with started(a, b) as (na, nb):
            connect(na, nb)
            await wait_until(lambda: len(na.peers()) == 1 and len(nb.peers()) == 1, what="the handshake")
            (pa,) = na.peers()
            (pb,) = nb.peers()
            assert (pa.station_key, pa.name, pa.inbound) == (b.station_key.public.hex(), "Desk B", False)
            assert (pb.station_key, pb.name, pb.inbound) == (a.station_key.public.hex(), "Desk A", True)
            assert [d["station_key"] for d in events(na).named("peer_connected")] == [pa.station_key]

    run(main())


def test_three_stations_in_a_line_connect() -> None:
    async def main() -> None:
        election = make_election()
        chains = [LedgerChain(election, k, f"Desk {i}") for i, k in enumerate(election.stations)]
        async with started(*chains, settings=LINE) as (na, nb, nc):
            connect(nb, na)
            connect(nc, nb)
            await wait_until(lambda: [len(n.peers()) for n in (na, nb, nc)] == [1, 2, 1], what="a line of three")

    run(main())


def test_stations_learn_each_others_addresses_from_their_peers() -> None:
    async def main() -> None:
        election = make_election()
        chains = [LedgerChain(election, k, f"Desk {i}") for i, k in enumerate(election.stations)]
        async with started(*chains) as (na, nb, nc):
            connect(nb, na)
            connect(nc, nb)
            await wait_until(lambda: [len(n.peers()) for n in (na, nb, nc)] == [2, 2, 2], what="a full mesh")

    run(main())


def test_a_peer_of_another_election_is_refused_with_the_reason(caplog: pytest.LogCaptureFixture) -> None:
    async def main() -> None:
        ours, theirs = make_election(), make_election()
        a = LedgerChain(ours, ours.stations[0], "A")
        b = LedgerChain(theirs, theirs.stations[1], "B")
        async with started(a, b) as (na, nb):
            connect(na, nb)
            await wait_until(lambda: bool(events(na).named("peer_refused") and events(nb).named("peer_refused")))
            assert na.peers() == [] and nb.peers() == []
            assert events(nb).named("peer_refused")[0]["reason"] == "different election"
            assert na.banned() == {} and nb.banned() == {}

    with caplog.at_level(logging.WARNING, logger="votingapp.net"):
        run(main())
    refusals = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("refused peer 127.0.0.1:" in m and "different election" in m for m in refusals), refusals


def test_a_peer_of_another_protocol_version_is_told_why(caplog: pytest.LogCaptureFixture) -> None:
    async def main() -> None:
        election = make_election()
        a = LedgerChain(election, election.stations[0], "A")
        async with started(a) as (na,), raw_peer(na) as raw:
            assert isinstance(await raw.receive(), Hello)
            raw.write(frame(MsgType.HELLO, canonical({"version": 3, "something": "new"})))
            assert await raw.receive() == Reject("protocol version 3 not supported")
            assert await raw.closed_by_peer()
            assert na.banned() == {}

    with caplog.at_level(logging.WARNING, logger="votingapp.net"):
        run(main())
    assert any("protocol version 3 not supported" in r.getMessage() for r in caplog.records)


def test_a_station_that_dials_itself_stops_quietly(caplog: pytest.LogCaptureFixture) -> None:
    async def main() -> None:
        election = make_election()
        a = LedgerChain(election, election.stations[0], "A")
        async with started(a) as (na,):
            na.add_peer(HOST, na.listen_port)
            await wait_until(lambda: na.dial_targets() == {f"{HOST}:{na.listen_port}": "self"}, what="self detection")
            assert na.peers() == []

    with caplog.at_level(logging.WARNING, logger="votingapp.net"):
        run(main())
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_two_stations_dialing_each_other_keep_one_connection() -> None:
    async def main() -> None:
        election = make_election()
        a = LedgerChain(election, election.stations[0], "A")
        b = LedgerChain(election, election.stations[1], "B")
        async with started(a, b) as (na, nb):
            connect(na, nb)
            connect(nb, na)
            await wait_until(
                lambda: set(na.dial_targets().values()) == {"connected"} == set(nb.dial_targets().values()),
                what="both dialers to settle",
            )
            (pa,) = na.peers()
            (pb,) = nb.peers()
            assert pa.inbound != pb.inbound  # the same connection, seen from both ends
            assert peer_keys(na) == {b.station_key.public.hex()}

    run(main())


def test_a_peer_that_does_not_finish_the_handshake_is_dropped() -> None:
    async def main() -> None:
        election = make_election()
        a = LedgerChain(election, election.stations[0], "A")
        async with started(a, settings=replace(FAST, handshake_timeout=0.3)) as (na,), raw_peer(na) as raw:
            assert await raw.closed_by_peer(timeout=3.0)
            assert na.banned() == {}

    run(main())


def test_a_peer_that_goes_silent_is_dropped_while_a_live_one_stays() -> None:
    async def main() -> None:
        election = make_election()
        a = LedgerChain(election, election.stations[0], "A")
        b = LedgerChain(election, election.stations[1], "B")
        settings = replace(FAST, ping_interval=0.05, idle_timeout=0.6)
        async with started(a, b, settings=settings) as (na, nb), raw_peer(na) as raw:
            connect(nb, na)
            await wait_until(lambda: len(na.peers()) == 1, what="B to connect")
            since = na.peers()[0].connected_since
            await raw.handshake(election.genesis.election_id, key("silent"))
            assert await raw.closed_by_peer(timeout=3.0)
            await wait_until(lambda: nb.stats["received PONG"] >= 15, what="pings to be answered")
            assert [p.connected_since for p in na.peers()] == [since]

    run(main())
