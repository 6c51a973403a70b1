"""The node's use of zeroconf: advertise this station, and dial the stations of the same election.

Discovery callbacks run on zeroconf's thread; they only hand the address to the node's loop.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from zeroconf import InterfaceChoice

from votingapp.net.discovery import StationAdvert, StationDiscovery
from votingapp.net.messages import PROTOCOL_VERSION

if TYPE_CHECKING:
    from votingapp.node import Node

log = logging.getLogger(__name__)


def start_discovery(node: Node) -> StationDiscovery:
    """Advertise ``node`` and connect to every station of its election that appears."""
    loop = node._loop
    assert loop is not None and node.listen_address is not None
    election_id = node.chain.election_id

    def found(advert: StationAdvert) -> None:
        if advert.election_id != election_id or advert.protocol_version != PROTOCOL_VERSION:
            return
        for address in advert.addresses[:4]:
            with contextlib.suppress(RuntimeError):  # the loop is closing
                loop.call_soon_threadsafe(node.network.add_peer, address, advert.port)

    def lost(service_name: str) -> None:
        log.info("station left the LAN: %s", service_name)

    interfaces = node.options.discovery_interfaces
    discovery = StationDiscovery(
        station_key=node.station_key.public,
        station_name=node.chain.station_name,
        election_id=election_id,
        title=node.chain.genesis.manifest.title,
        protocol_version=PROTOCOL_VERSION,
        height=node.chain.ledger.height,
        port=node.listen_address[1],
        on_found=found,
        on_lost=lost,
        interfaces=InterfaceChoice.All if interfaces is None else interfaces,
        multicast_queries=True,
    )
    discovery.start()
    return discovery
