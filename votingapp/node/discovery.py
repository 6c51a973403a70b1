"""The node's use of zeroconf: advertise this station, and dial the stations of the same election.

Discovery callbacks run on zeroconf's thread; they only hand the address to the node's loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from zeroconf import InterfaceChoice

from votingapp.net.discovery import StationAdvert, StationDiscovery
from votingapp.net.messages import PROTOCOL_VERSION
from votingapp.net.network import Network
from votingapp.node.chain_service import ChainService

log = logging.getLogger(__name__)


def start_discovery(
    loop: asyncio.AbstractEventLoop,
    chain: ChainService,
    network: Network,
    port: int,
    interfaces: list[str] | None,
) -> StationDiscovery:
    """Advertise this station on ``port`` and hand every station of its election that appears to ``network``."""
    election_id = chain.election_id

    def found(advert: StationAdvert) -> None:
        if advert.election_id != election_id or advert.protocol_version != PROTOCOL_VERSION:
            return
        for address in advert.addresses[:4]:
            with contextlib.suppress(RuntimeError):  # the loop is closing
                loop.call_soon_threadsafe(network.add_peer, address, advert.port)

    def lost(service_name: str) -> None:
        log.info("station left the LAN: %s", service_name)

    discovery = StationDiscovery(
        station_key=chain.station_key.public,
        station_name=chain.station_name,
        election_id=election_id,
        title=chain.genesis.manifest.title,
        protocol_version=PROTOCOL_VERSION,
        height=chain.ledger.height,
        port=port,
        on_found=found,
        on_lost=lost,
        interfaces=InterfaceChoice.All if interfaces is None else interfaces,
        multicast_queries=True,
    )
    discovery.start()
    return discovery
