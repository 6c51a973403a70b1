"""The LAN before this station's node runs: the stations and elections zeroconf sees, and fetching an
election's signed manifest from one of its stations.

The first-run wizard (``gui.wizard``, ``gui.lan_browser``) uses this module and nothing of ``net`` or
``zeroconf`` directly.  A station without an election advertises itself (so that an authority can pick
it) and reports every advert it sees; joining from the LAN fetches the manifest by the election's id.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from zeroconf import InterfaceChoice

from votingapp.core.manifest import Genesis
from votingapp.net.discovery import StationAdvert, StationDiscovery
from votingapp.net.errors import FetchError, NetError
from votingapp.net.genesis_fetch import fetch_genesis
from votingapp.net.messages import PROTOCOL_VERSION
from votingapp.node.options import DEFAULT_PORT

__all__ = [
    "DEFAULT_PORT",
    "PROTOCOL_VERSION",
    "FetchError",
    "InterfaceChoice",
    "NetError",
    "StationAdvert",
    "StationDiscovery",
    "browse_lan",
    "fetch_election",
    "fetch_genesis",
]


def browse_lan(
    station_key: bytes,
    station_name: str,
    on_found: Callable[[StationAdvert], None],
    on_lost: Callable[[str], None],
    interfaces: list[str] | None = None,
    port: int = DEFAULT_PORT,
) -> StationDiscovery:
    """Discovery for a station without an election (not started: call ``start()``, then ``close()``).

    ``interfaces`` None means every interface; a list of IPv4 addresses (tests: ``["127.0.0.1"]``) binds
    to those only and asks multicast questions, so that several stations on one host find each other at
    once.  ``on_found`` and ``on_lost`` run on zeroconf's thread.  Raises ValueError on a bad key or port.
    """
    return StationDiscovery(
        station_key=station_key, station_name=station_name, election_id=None, protocol_version=PROTOCOL_VERSION,
        port=port, on_found=on_found, on_lost=on_lost,
        interfaces=InterfaceChoice.All if interfaces is None else interfaces,
        multicast_queries=interfaces is not None,
    )


def fetch_election(host: str, port: int, election_id: bytes, timeout: float = 5.0) -> Genesis:
    """The signed manifest of ``election_id`` from the station at host:port (blocks: call it on a worker).

    Raises :class:`FetchError` (a :class:`NetError`) when the station cannot be reached in time, is in
    another election, or answers with anything but that election's validly signed manifest.
    """
    return Genesis.decode(asyncio.run(fetch_genesis(host, port, election_id, timeout)))
