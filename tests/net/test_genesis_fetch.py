"""A station that knows only an election id gets the signed manifest from a station of that election."""

from __future__ import annotations

import pytest

from tests.net.helpers import HOST, run, started
from tests.net.ledger_chain import LedgerChain, make_election
from votingapp.net.errors import FetchError
from votingapp.net.genesis_fetch import fetch_genesis


def test_fetch_genesis_returns_the_manifest_of_the_election() -> None:
    async def main() -> None:
        election = make_election()
        a = LedgerChain(election, election.stations[0], "A")
        async with started(a) as (na,):
            raw = await fetch_genesis(HOST, na.listen_port, election.genesis.election_id)
            assert raw == election.genesis.encode()
            assert na.peers() == [] and na.banned() == {}

    run(main())


def test_fetch_genesis_of_another_election_fails() -> None:
    async def main() -> None:
        election = make_election()
        a = LedgerChain(election, election.stations[0], "A")
        async with started(a) as (na,):
            with pytest.raises(FetchError, match="another election"):
                await fetch_genesis(HOST, na.listen_port, make_election().genesis.election_id)

    run(main())


def test_fetch_genesis_from_nowhere_fails() -> None:
    async def main() -> None:
        election = make_election()
        a = LedgerChain(election, election.stations[0], "A")
        async with started(a) as (na,):
            port = na.listen_port
        with pytest.raises(FetchError, match="cannot connect"):
            await fetch_genesis(HOST, port, election.genesis.election_id, timeout=2.0)

    run(main())
