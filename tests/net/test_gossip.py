"""Transactions and blocks travel to every station, once, through the stations between."""

from __future__ import annotations

from tests.net.helpers import LINE, connect, run, started, wait_until
from tests.net.ledger_chain import LedgerChain, make_election
from votingapp.core.transactions import decode_tx, txid_of
from votingapp.net.messages import MAX_BATCH


def _txid(raw: bytes) -> bytes:
    return txid_of(decode_tx(raw))


def test_a_transaction_reaches_the_far_end_of_a_line_and_is_not_echoed_back() -> None:
    async def main() -> None:
        election = make_election()
        a, b, c = (LedgerChain(election, k, f"Desk {i}") for i, k in enumerate(election.stations))
        async with started(a, b, c, settings=LINE) as (na, nb, nc):
            connect(nb, na)
            connect(nc, nb)
            await wait_until(lambda: [len(n.peers()) for n in (na, nb, nc)] == [1, 2, 1], what="a line of three")
            first = a.register()
            assert na.broadcast_tx(first) == 1
            await wait_until(lambda: _txid(first) in c.mempool, what="A's registration at C")
            second = c.register()
            nc.broadcast_tx(second)
            await wait_until(lambda: _txid(second) in a.mempool, what="C's registration at A")
            # Each station got each transaction it did not make exactly once: nothing came back.
            assert (na.stats["received TX"], nb.stats["received TX"], nc.stats["received TX"]) == (1, 2, 1)
            assert _txid(first) in b.mempool and _txid(second) in b.mempool

    run(main())


def test_a_block_gossips_along_a_line() -> None:
    async def main() -> None:
        election = make_election()
        a, b, c = (LedgerChain(election, k, f"Desk {i}") for i, k in enumerate(election.stations))
        async with started(a, b, c, settings=LINE) as (na, nb, nc):
            connect(nb, na)
            connect(nc, nb)
            await wait_until(lambda: [len(n.peers()) for n in (na, nb, nc)] == [1, 2, 1], what="a line of three")
            a.register()
            block = a.mine()
            na.broadcast_block(block)
            await wait_until(lambda: c.height == 1 and c.ledger.best.hash == a.ledger.best.hash, what="the block at C")
            assert (na.stats["received BLOCK"], nb.stats["received BLOCK"], nc.stats["received BLOCK"]) == (0, 1, 1)
            assert nb.peers()[0].height == 1 or nb.peers()[1].height == 1

    run(main())


def test_a_block_whose_parent_is_missing_makes_the_station_fetch_the_gap() -> None:
    async def main() -> None:
        election = make_election()
        a, b = (LedgerChain(election, k, f"Desk {i}") for i, k in enumerate(election.stations[:2]))
        async with started(a, b, settings=LINE) as (na, nb):
            connect(nb, na)
            await wait_until(lambda: len(na.peers()) == 1 == len(nb.peers()), what="the connection")
            a.grow(2)  # mined but not sent
            a.register()
            na.broadcast_block(a.mine())
            await wait_until(lambda: b.height == 3, what="B to fetch the missing blocks")
            assert nb.stats["sent GETBLOCKS"] >= 1

    run(main())


def test_a_station_that_connects_gets_the_pending_transactions_of_its_peer() -> None:
    async def main() -> None:
        election = make_election()
        a, b = (LedgerChain(election, k, f"Desk {i}") for i, k in enumerate(election.stations[:2]))
        pending = {_txid(a.register()) for _ in range(20)}
        async with started(a, b, settings=LINE) as (na, nb):
            connect(nb, na)
            await wait_until(lambda: {_txid(t) for t in b.pending_txs()} == pending, what="A's pool at B")

    run(main())


def test_a_large_pool_travels_in_batches() -> None:
    async def main() -> None:
        election = make_election()
        a, b, c = (LedgerChain(election, k, f"Desk {i}") for i, k in enumerate(election.stations))
        total = MAX_BATCH + 500
        for _ in range(total):
            a.register()
        async with started(a, b, c, settings=LINE) as (na, nb, nc):
            connect(nc, nb)
            await wait_until(lambda: len(nb.peers()) == 1, what="C to connect to B")
            connect(nb, na)
            await wait_until(lambda: len(c.mempool) == total, timeout=20, what="A's pool at C")
            assert nb.stats["received TXS"] == 2  # answers to B's GETMEMPOOL
            assert nc.stats["received TX"] == 0  # what B passed on went in batches too
            assert len(b.mempool) == total

    run(main())
