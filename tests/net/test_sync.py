"""A station that comes up behind, or from nothing, catches up from its peers."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from tests.net.helpers import FAST, HOST, LINE, connect, events, run, started, wait_until
from tests.net.ledger_chain import LedgerChain, make_election
from votingapp.net.network import Network


def test_a_fresh_station_syncs_a_long_chain_in_batches() -> None:
    async def main() -> None:
        election = make_election()
        a, b = (LedgerChain(election, k, f"Desk {i}") for i, k in enumerate(election.stations[:2]))
        a.grow(30)
        async with started(a, b, settings=replace(LINE, blocks_per_reply=7)) as (na, nb):
            connect(nb, na)
            await wait_until(lambda: b.height == 30, what="B to catch up")
            assert b.ledger.best.hash == a.ledger.best.hash
            await wait_until(
                lambda: nb.stats["received BLOCKS"] == nb.stats["sent GETBLOCKS"], what="the last request answered"
            )
            assert nb.stats["received BLOCKS"] >= 5  # 30 blocks, 7 per reply

    run(main())


def test_a_station_reconnects_after_its_peer_restarts_and_catches_up() -> None:
    async def main() -> None:
        election = make_election()
        a, b = (LedgerChain(election, k, f"Desk {i}") for i, k in enumerate(election.stations[:2]))
        async with started(a, b) as (na, nb):
            connect(na, nb)
            await wait_until(lambda: len(na.peers()) == 1, what="the first connection")
            port = nb.listen_port
            await nb.stop()
            await wait_until(lambda: na.peers() == [], what="A to notice")
            b.grow(3)  # B moves on while A cannot see it
            restarted = Network(b, HOST, port, settings=FAST)
            try:
                await restarted.start()
                await wait_until(lambda: len(na.peers()) == 1, what="A to reconnect")
                await wait_until(lambda: a.height == 3, what="A to catch up")
            finally:
                await restarted.stop()
            assert len(events(na).named("peer_disconnected")) == 1
            assert len(events(na).named("peer_connected")) == 2

    run(main())


def test_stop_ends_every_connection_and_task() -> None:
    async def main() -> None:
        election = make_election()
        chains = [LedgerChain(election, k, f"Desk {i}") for i, k in enumerate(election.stations)]
        async with started(*chains, settings=LINE) as nets:
            connect(nets[1], nets[0])
            connect(nets[2], nets[0])
            nets[0].add_peer(HOST, 9)  # nobody listens there: a dialer in backoff
            await wait_until(lambda: len(nets[0].peers()) == 2, what="the connections")
            await nets[0].stop()
            assert nets[0].peers() == []
            assert nets[0]._tasks == set()
            await wait_until(lambda: nets[1].peers() == [] and nets[2].peers() == [], what="the others to notice")
        ours = ("dial ", "inbound ", "net heartbeat", "mempool to ")
        assert [t for t in asyncio.all_tasks() if t.get_name().startswith(ours)] == []

    run(main())
