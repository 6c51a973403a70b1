"""The network of one node: a TCP server, connections kept to known addresses, and the peers.

Everything here runs on the node's asyncio loop: construct, call and stop a :class:`Network` from the
loop's thread only (from another thread, go through ``loop.call_soon_threadsafe`` or
``asyncio.run_coroutine_threadsafe``).  ``on_event`` is called on the loop's thread too.

Each connection runs in its own task which catches everything: a peer's input can end its own
connection (and ban its address) but never the node.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from votingapp.core.block import MAX_BLOCK_BYTES
from votingapp.core.transactions import MAX_TX_BYTES
from votingapp.net.backoff import Backoff
from votingapp.net.bans import Ban, BanList
from votingapp.net.chain_access import ChainAccess
from votingapp.net.connection import Connection
from votingapp.net.errors import (
    ConnectionClosed,
    PeerRefused,
    ProtocolError,
    Refused,
    SelfConnection,
)
from votingapp.net.handshake import handshake
from votingapp.net.messages import BlockMsg, Reject, TxMsg, encode, format_address
from votingapp.net.peer import Peer, PeerInfo
from votingapp.net.peer_table import PeerTable
from votingapp.net.relay import Relay
from votingapp.net.settings import NetSettings

log = logging.getLogger("votingapp.net")

EventCallback = Callable[[str, dict[str, Any]], None]
REFUSAL_LOG_INTERVAL = 60.0  # the same refusal of the same address is logged at WARNING once a minute
STOP_ROUNDS = 10  # stop() cancels tasks again while new ones appear, at most this often


@dataclass
class _Target:
    """An address we keep a connection to (from add_peer or learned through PEERS)."""

    host: str
    port: int
    state: str = "waiting"
    station: bytes | None = None  # learnt at the first handshake

    @property
    def address(self) -> str:
        return format_address(self.host, self.port)


class Network:
    """Gossip and sync between the stations of one election."""

    def __init__(
        self,
        chain: ChainAccess,
        host: str,
        port: int,
        *,
        on_event: EventCallback | None = None,
        ban_seconds: float = 300.0,
        settings: NetSettings | None = None,
    ) -> None:
        self.chain = chain
        self.host = host
        self.port = port
        self.settings = settings or NetSettings()
        self.stats: Counter[str] = Counter()  # messages "sent TYPE" / "received TYPE", for status and tests
        self._on_event = on_event
        self._bans = BanList(ban_seconds)
        self._table = PeerTable(chain.station_key.public)
        self._relay = Relay(chain, self._table, self.settings, self._learn_address, self._spawn)
        self._server: asyncio.Server | None = None
        self._listen_port = 0
        self._targets: dict[tuple[str, int], _Target] = {}
        self._connections: set[Connection] = set()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._refusals_logged: dict[tuple[str, str], float] = {}
        self._running = False
        self._stopping = False

    # ----- lifecycle

    async def start(self) -> tuple[str, int]:
        """Listen on (host, port) (port 0: any free port), dial the known addresses; the bound address."""
        if self._running or self._stopping:
            raise RuntimeError("a Network starts once")
        self._server = await asyncio.start_server(self._on_inbound, self.host, self.port)
        sockname = self._server.sockets[0].getsockname()
        self._listen_port = int(sockname[1])
        self._running = True
        self._spawn(self._heartbeat(), "net heartbeat")
        for target in self._targets.values():
            self._start_dialing(target)
        log.info("listening on %s", format_address(str(sockname[0]), self._listen_port))
        return str(sockname[0]), self._listen_port

    async def stop(self) -> None:
        """Close the server and every connection, cancel every task and wait for them."""
        self._stopping = True
        self._running = False
        if self._server is not None:
            self._server.close()
        for _ in range(STOP_ROUNDS):
            for conn in list(self._connections):
                conn.close("shutting down")
            tasks = list(self._tasks)
            if not tasks:
                break
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()

    # ----- what the node calls

    def add_peer(self, host: str, port: int) -> None:
        """Keep a connection to host:port, reconnecting with backoff; known addresses are ignored."""
        if self._stopping or (host, port) in self._targets:
            return
        target = _Target(host, port)
        self._targets[(host, port)] = target
        if self._running:
            self._start_dialing(target)

    def broadcast_tx(self, raw: bytes, exclude: str | None = None) -> int:
        """Send a transaction to every peer but ``exclude`` (station key hex); how many got it."""
        if not 1 <= len(raw) <= MAX_TX_BYTES:
            raise ValueError(f"a transaction has 1 to {MAX_TX_BYTES} bytes, not {len(raw)}")
        return self._table.send_all(encode(TxMsg(raw)), exclude)

    def broadcast_block(self, raw: bytes, exclude: str | None = None) -> int:
        """Send a block to every peer but ``exclude`` (station key hex); how many got it."""
        if not 1 <= len(raw) <= MAX_BLOCK_BYTES:
            raise ValueError(f"a block has 1 to {MAX_BLOCK_BYTES} bytes, not {len(raw)}")
        return self._table.send_all(encode(BlockMsg(raw)), exclude)

    def peers(self) -> list[PeerInfo]:
        """The connected, authenticated peers."""
        return [peer.info() for peer in self._table]

    def banned(self) -> dict[str, Ban]:
        """Banned IP addresses and why, while their ban lasts."""
        return self._bans.current()

    def dial_targets(self) -> dict[str, str]:
        """Each address we keep a connection to and its state (connecting, connected, retrying, self, ...)."""
        return {t.address: t.state for t in self._targets.values()}

    @property
    def listen_port(self) -> int:
        """The port we listen on (0 before start)."""
        return self._listen_port

    # ----- tasks

    def _spawn(self, coro: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _heartbeat(self) -> None:
        """Ping every peer regularly; a peer that sends nothing for idle_timeout is dropped by its reader."""
        while True:
            await asyncio.sleep(self.settings.ping_interval)
            try:
                self._relay.ping_all()
            except Exception:
                log.exception("heartbeat failed")

    # ----- inbound

    def _on_inbound(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = Connection(reader, writer, self.settings, self.stats)
        self._spawn(self._serve_inbound(conn), f"inbound {conn.address}")

    async def _serve_inbound(self, conn: Connection) -> None:
        if self._stopping:
            await conn.aclose("shutting down")
            return
        ban = self._bans.get(conn.host)
        if ban is not None:
            log.debug("closed a connection from banned %s", conn.address)
            conn.send(Reject("banned"))
            await conn.aclose("banned")
            return
        if len(self._connections) >= self.settings.max_connections:
            log.info("refused %s: too many connections", conn.address)
            conn.send(Reject("too many connections"))
            await conn.aclose("too many connections")
            return
        await self._run_connection(conn, outbound=False, target=None)

    # ----- outbound

    def _start_dialing(self, target: _Target) -> None:
        self._spawn(self._dial(target), f"dial {target.address}")

    def _learn_address(self, host: str, port: int) -> None:
        """An address a peer told us about (PEERS): dial it too, up to max_targets addresses."""
        if (host, port) not in self._targets and len(self._targets) < self.settings.max_targets:
            log.debug("learnt peer address %s", format_address(host, port))
            self.add_peer(host, port)

    async def _dial(self, target: _Target) -> None:
        """Keep one connection to ``target`` until stop(); backoff between attempts."""
        backoff = Backoff(self.settings.backoff_min, self.settings.backoff_max)
        while True:
            ban = self._bans.get(target.host)
            if ban is not None:
                target.state = "banned"
                await asyncio.sleep(ban.remaining + 0.01)
                continue
            existing = self._table.get(target.station) if target.station is not None else None
            if existing is not None:
                # Connected to that station already (it dialed us, or through another address).
                target.state = "connected"
                await existing.closed.wait()
                backoff.reset()
                continue
            target.state = "connecting"
            try:
                async with asyncio.timeout(self.settings.connect_timeout):
                    reader, writer = await asyncio.open_connection(target.host, target.port)
            except Exception as exc:  # OSError, TimeoutError, or whatever a strange address gives
                log.debug("cannot connect to %s: %s", target.address, exc or type(exc).__name__)
            else:
                conn = Connection(reader, writer, self.settings, self.stats)
                if self._bans.get(conn.host) is not None:  # target.host may be a name for a banned IP
                    await conn.aclose("banned")
                else:
                    lasted = await self._run_connection(conn, outbound=True, target=target)
                    # Start again from a short delay only after a connection that worked for a while,
                    # so that a peer which drops us right after the handshake is not redialed in a loop.
                    if lasted is not None and lasted >= self.settings.backoff_max:
                        backoff.reset()
                if target.state == "self":
                    return
            target.state = "retrying"
            await asyncio.sleep(backoff.next())

    # ----- one connection

    async def _run_connection(self, conn: Connection, outbound: bool, target: _Target | None) -> float | None:
        """Handshake, then serve the peer until the connection ends; how long it was up (None: no handshake).

        Catches everything but cancellation: whatever the peer sends ends at most this connection.
        """
        self._connections.add(conn)
        peer: Peer | None = None
        reason = "closed"
        try:
            try:
                hello = await handshake(conn, self.chain, self._listen_port, self.settings.handshake_timeout)
            except TimeoutError:
                reason = f"handshake not finished within {self.settings.handshake_timeout:g} s"
                log.info("dropped %s: %s", conn.address, reason)
                return None
            if hello is None:
                reason = "served the election manifest"
                log.debug("sent the election manifest to %s", conn.address)
                return None
            peer = Peer(conn, hello, outbound)
            if target is not None:
                target.station = peer.station
                target.state = "connected"
            self._register(peer)
            await self._serve(peer)
        except asyncio.CancelledError:
            reason = "shutting down"
            raise
        except SelfConnection:
            reason = "connected to ourselves"
            log.debug("%s is this station itself; not dialing it again", conn.address)
            if target is not None:
                target.state = "self"
        except Refused as exc:
            reason = f"refused: {exc}"
            self._refused(conn, f"refused peer {conn.address}: {exc}", exc.reason)
        except PeerRefused as exc:
            reason = f"refused by the peer: {exc.reason}"
            self._refused(conn, f"peer {conn.address} refused the connection: {exc.reason}", exc.reason)
        except ProtocolError as exc:
            reason = str(exc)
            self._ban(conn, reason)
        except (ConnectionClosed, ConnectionError, TimeoutError) as exc:
            reason = conn.close_reason or str(exc) or type(exc).__name__
            log.debug("connection to %s ended: %s", conn.address, reason)
        except Exception as exc:
            reason = f"internal error: {exc!r}"
            log.exception("error while serving %s; closing that connection", conn.address)
        finally:
            self._connections.discard(conn)
            if peer is not None:
                self._unregister(peer, conn.close_reason or reason)
            await conn.aclose(reason)
        return None if peer is None else time.time() - peer.since

    def _register(self, peer: Peer) -> None:
        dropped = self._table.add(peer)
        if dropped is peer:
            raise ConnectionClosed("a second connection to the same station")
        if dropped is not None:
            dropped.conn.close("replaced by the connection both sides keep")
        log.info("connected to %r (%s)", peer, "outbound" if peer.outbound else "inbound")
        self._emit("peer_connected", _details(peer))
        self._relay.on_connected(peer)

    def _unregister(self, peer: Peer, reason: str) -> None:
        peer.closed.set()
        if peer.mempool_task is not None:
            peer.mempool_task.cancel()
        if self._table.remove(peer):
            log.info("disconnected from %r: %s", peer, reason)
            self._emit("peer_disconnected", {**_details(peer), "reason": reason})

    async def _serve(self, peer: Peer) -> None:
        timeout = self.settings.idle_timeout
        while True:
            try:
                msg = await peer.conn.receive(timeout)
            except TimeoutError:
                raise ConnectionClosed(f"no traffic for {timeout:g} s") from None
            self._relay.handle(peer, msg)

    # ----- bad peers and refusals

    def _ban(self, conn: Connection, reason: str) -> None:
        ban = self._bans.ban(conn.host, reason)
        log.warning("dropped and banned %s for %g s: %s", conn.address, self._bans.seconds, reason)
        self._emit("peer_banned", {"address": conn.address, "host": conn.host, "reason": reason, "until": ban.until})

    def _refused(self, conn: Connection, message: str, reason: str) -> None:
        """Log a refusal (at WARNING once a minute per address and reason) and report it."""
        key = (conn.host, reason)
        now = time.monotonic()
        last = self._refusals_logged.get(key)
        if last is not None and now - last < REFUSAL_LOG_INTERVAL:
            log.debug("%s", message)
            return
        if len(self._refusals_logged) > 1000:
            self._refusals_logged.clear()
        self._refusals_logged[key] = now
        log.warning("%s", message)
        self._emit("peer_refused", {"address": conn.address, "reason": reason})

    def _emit(self, name: str, details: dict[str, Any]) -> None:
        if self._on_event is None:
            return
        try:
            self._on_event(name, details)
        except Exception:
            log.exception("the %s event handler failed", name)


def _details(peer: Peer) -> dict[str, Any]:
    info = peer.info()
    return {"station_key": info.station_key, "name": info.name, "address": info.address, "inbound": info.inbound}
