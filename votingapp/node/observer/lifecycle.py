"""The observer board of a running node: the server on the node's loop, its URL, its zeroconf advert."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
from typing import Protocol

import ifaddr

from votingapp.core.keys import fingerprint
from votingapp.net.discovery import StationDiscovery
from votingapp.node.chain_service import ChainService
from votingapp.node.errors import NodeError
from votingapp.node.events import PeerInfo
from votingapp.node.observer.announce import BoardAnnouncement, announce
from votingapp.node.observer.i18n import pick_language, station_language
from votingapp.node.observer.server import ObserverServer
from votingapp.node.observer.sources import NodeSource
from votingapp.node.options import DEFAULT_OBSERVER_PORT, NodeOptions
from votingapp.store.datadir import DataDir

log = logging.getLogger(__name__)
_STOPPING: set[asyncio.Task[None]] = set()  # boards stopping in the background


class BoardHost(Protocol):
    """What the board needs of the node (the facade, :class:`votingapp.node.facade.Node`, is one)."""

    chain: ChainService
    data_dir: DataDir
    options: NodeOptions
    discovery: StationDiscovery | None

    def peers(self) -> tuple[PeerInfo, ...]: ...


def lan_address(discovery: StationDiscovery | None) -> str:
    """The address a phone on the LAN reaches this station at: the one zeroconf advertises, else the first
    non-loopback IPv4 address, else 127.0.0.1."""
    if discovery is not None and discovery.own.addresses:
        return discovery.own.addresses[0]
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str):
                with contextlib.suppress(ValueError):
                    address = ipaddress.IPv4Address(ip.ip)
                    if not (address.is_loopback or address.is_link_local or address.is_unspecified):
                        return ip.ip
    return "127.0.0.1"


class ObserverBoard:
    """Start, stop and name the board of ``node`` (on the node's loop thread)."""

    def __init__(self, node: BoardHost, language: str | None) -> None:
        self.node = node
        self.language = pick_language(language) if language else station_language(node.data_dir.config())
        source = NodeSource(node.chain, node.peers, node.data_dir, self.language)
        self.server: ObserverServer | None = None
        self._source = source
        self._announcement: asyncio.Future[BoardAnnouncement] | None = None
        self.url = ""

    def start(self, port: int | None, fallback: bool) -> None:
        """Listen on the node's listen host (the LAN) on ``port``; raises NodeError when it cannot."""
        host = self.node.options.listen_host
        wanted = DEFAULT_OBSERVER_PORT if port is None else port
        server = ObserverServer(self._source, host, wanted)
        try:
            bound_host, bound_port = server.start()
        except OSError as exc:
            if not fallback:
                raise NodeError(f"the observer board cannot listen on port {wanted}: {exc.strerror or exc}") from None
            server = ObserverServer(self._source, host, 0)
            bound_host, bound_port = server.start()
        self.server = server
        shown = lan_address(self.node.discovery) if bound_host in ("0.0.0.0", "::") else bound_host
        self.url = f"http://{f'[{shown}]' if ':' in shown else shown}:{bound_port}/"
        log.info("observer board on %s", self.url)
        discovery = self.node.discovery
        if discovery is not None:
            chain = self.node.chain
            addresses = list(discovery.own.addresses) if bound_host in ("0.0.0.0", "::") else [bound_host]
            interfaces = self.node.options.discovery_interfaces
            loop = asyncio.get_running_loop()
            self._announcement = loop.run_in_executor(None, lambda: announce(
                station_name=chain.station_name, title=chain.genesis.manifest.title,
                election_id=chain.election_id.hex(), station_key=chain.station_key.public.hex(),
                addresses=addresses, port=bound_port, interfaces=interfaces))
            self._announcement.add_done_callback(_log_failure)
        log.debug("observer board of station %s", fingerprint(self.node.chain.station_key.public))

    def stop_soon(self) -> None:
        """Stop in the background (on the loop; the task is kept until it is done)."""
        task = asyncio.get_running_loop().create_task(self.stop())
        _STOPPING.add(task)
        task.add_done_callback(_STOPPING.discard)

    async def stop(self) -> None:
        """Stop the server and withdraw the advert."""
        if self.server is not None:
            await self.server.stop()
            self.server = None
        job = self._announcement
        self._announcement = None
        if job is not None:
            with contextlib.suppress(Exception):
                advert = await job
                await asyncio.get_running_loop().run_in_executor(None, advert.close)


def _log_failure(job: asyncio.Future[BoardAnnouncement]) -> None:
    if not job.cancelled() and job.exception() is not None:
        log.warning("observer board: zeroconf announcement failed: %s", job.exception())
