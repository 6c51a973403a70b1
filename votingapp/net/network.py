"""The network of one node: a TCP server, connections kept to known addresses, and the peers.

Everything here runs on the node's asyncio loop: construct, call and stop a :class:`Network` from the
loop's thread only (from another thread, go through ``loop.call_soon_threadsafe`` or
``asyncio.run_coroutine_threadsafe``).  ``on_event`` is called on the loop's thread too.

Each connection runs in its own task which catches everything: a peer's input can end its own
connection (and ban its address) but never the node.

Room for honest stations (numbers in :class:`NetSettings`): connections still in the handshake are
capped in all and per address, and a new one pushes out the oldest *silent* one (a half-open connection)
rather than being refused; the handshake timeout bounds how long any of them holds a slot.  Stations
that are not admitted get at most ``max_unadmitted`` peer slots (a few per address) for at most
``unadmitted_timeout`` each, so admitted stations always find room.  Peer lists count only from admitted
stations, and each station adds at most ``max_learned_per_peer`` addresses to the dial list.  A peer
that sends a flood of refused transactions is banned, and lines a peer can repeat are rate-limited.  A
second station with the key of a live peer (a copied data dir) is refused; the first keeps its place.

Clocks: HELLOs carry the senders' time, and the clock offset of each admitted peer goes to the node's
:class:`PeerClock` (``votingapp.node.clock``), which makes network time of them; when network time moves,
every peer is asked for blocks again (blocks that were too far ahead of the old time may be due now).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter, deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Protocol

from votingapp.core.block import MAX_BLOCK_BYTES
from votingapp.core.transactions import MAX_TX_BYTES
from votingapp.net.backoff import Backoff
from votingapp.net.bans import Ban, BanList
from votingapp.net.chain_access import BlockResult, ChainAccess
from votingapp.net.connection import Connection
from votingapp.net.errors import (
    ConnectionClosed,
    PeerRefused,
    ProtocolError,
    RefusalFlood,
    Refused,
    SelfConnection,
)
from votingapp.net.handshake import handshake, wall_ms
from votingapp.net.loglimit import LogLimiter
from votingapp.net.messages import BlockMsg, Hello, Reject, TxMsg, encode, format_address, parse_address
from votingapp.net.peer import Peer, PeerInfo
from votingapp.net.peer_table import PeerTable
from votingapp.net.relay import Relay
from votingapp.net.settings import NetSettings

log = logging.getLogger("votingapp.net")

EventCallback = Callable[[str, dict[str, Any]], None]
REFUSAL_LOG_INTERVAL = 60.0  # the same refusal of the same address is logged at WARNING once a minute
STOP_ROUNDS = 10  # stop() cancels tasks again while new ones appear, at most this often
SWEEP_INTERVAL = 1.0  # how often non-admitted peers' time, refusal counts and held-back log lines are checked
# Told to (and logged by) a station whose key is already connected from elsewhere and alive.
CLONE_REASON = "another station uses this station's key (a copied data dir?)"
UNADMITTED_FULL = "too many stations that are not admitted"


class PeerClock(Protocol):
    """The node's clock as the network sees it (``votingapp.node.clock.NodeClock``)."""

    def local_ms(self) -> int:
        """This station's wall clock (ms): what our HELLO carries."""
        ...

    def peer_offset(self, station: bytes, offset_ms: int | None) -> bool:
        """An admitted peer's clock offset (None: it left); True when network time changed."""
        ...


class _WallClock:
    """The clock of a network without a node clock: the wall clock, offsets ignored."""

    def local_ms(self) -> int:
        return wall_ms()

    def peer_offset(self, station: bytes, offset_ms: int | None) -> bool:
        return False


@dataclass
class _Target:
    """An address we keep a connection to (from add_peer or learned through PEERS)."""

    host: str
    port: int
    state: str = "waiting"
    station: bytes | None = None  # learnt at the first handshake
    learned_from: bytes | None = None  # the station whose PEERS gave it (None: add_peer)
    failures: int = 0  # attempts in a row without a handshake

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
        clock: PeerClock | None = None,
    ) -> None:
        self.chain = chain
        self.clock: PeerClock = clock or _WallClock()
        self.host = host
        self.port = port
        self.settings = settings or NetSettings()
        self.stats: Counter[str] = Counter()  # messages "sent TYPE" / "received TYPE", for status and tests
        self._on_event = on_event
        self._bans = BanList(ban_seconds)
        self._table = PeerTable(chain.station_key.public)
        self._relay = Relay(chain, self._table, self.settings, self._learn_addresses, self._spawn, self._refused_tx)
        self._server: asyncio.Server | None = None
        self._listen_port = 0
        self._targets: dict[tuple[str, int], _Target] = {}
        self._connections: set[Connection] = set()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._refusals_logged: dict[tuple[str, str], float] = {}
        self._pending: dict[Connection, None] = {}  # inbound connections in the handshake, oldest first
        self._refused_txs: dict[str, deque[float]] = {}  # per host: when its recent refused transactions came
        self._learned: dict[bytes, set[tuple[str, int]]] = {}  # per station: dial targets its PEERS added
        self._logs = LogLimiter(log, self.settings.log_interval)
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
        self._spawn(self._sweep(), "net sweep")
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

    def request_sync(self) -> None:
        """Ask every peer for the blocks after our tip (e.g. network time moved: far blocks may be due)."""
        for peer in self._table:
            peer.sync_requested_at = None
            self._relay.request_blocks(peer)

    def announce_block(self, raw: bytes, result: BlockResult) -> None:
        """A block the node held back (dated ahead) was offered to the chain: gossip it if it was new,
        and ask for what follows it."""
        if result is BlockResult.NEW:
            self.broadcast_block(raw)
        if result is not BlockResult.KNOWN:
            self.request_sync()

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

    async def _sweep(self) -> None:
        """Drop peers not admitted within their time; forget old refusals; write held-back log lines."""
        while True:
            await asyncio.sleep(min(SWEEP_INTERVAL, self.settings.unadmitted_timeout / 4))
            try:
                self._sweep_once()
            except Exception:
                log.exception("network sweep failed")

    def _sweep_once(self) -> None:
        now = time.monotonic()
        limit = self.settings.unadmitted_timeout
        for peer in self._table:
            if now - peer.conn.opened >= limit and not self.chain.is_admitted(peer.station):
                peer.conn.close(f"not admitted within {limit:g} s")
        window = self.settings.refusal_window
        for host, times in list(self._refused_txs.items()):
            while times and now - times[0] > window:
                times.popleft()
            if not times:
                del self._refused_txs[host]
        self._logs.flush()

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
        if self._stopping:
            writer.transport.abort()
            return
        conn = Connection(reader, writer, self.settings, self.stats)
        self._connections.add(conn)  # from now on stop() closes it, even if its task never gets to run
        self._spawn(self._serve_inbound(conn), f"inbound {conn.address}")

    async def _serve_inbound(self, conn: Connection) -> None:
        try:
            await self._serve_inbound_conn(conn)
        finally:
            self._connections.discard(conn)

    async def _serve_inbound_conn(self, conn: Connection) -> None:
        if self._stopping:
            await conn.aclose("shutting down")
            return
        ban = self._bans.get(conn.host)
        if ban is not None:
            log.debug("closed a connection from banned %s", conn.address)
            conn.send(Reject("banned"))
            await conn.aclose("banned")
            return
        full = self._make_room(conn.host)
        if full is not None:
            self._logs.log(("full", conn.host), logging.INFO, "refused %s: %s", conn.address, full)
            conn.send(Reject(full))
            await conn.aclose(full)
            return
        self._pending[conn] = None
        try:
            await self._run_connection(conn, outbound=False, target=None)
        finally:
            self._pending.pop(conn, None)

    def _make_room(self, host: str) -> str | None:
        """Room for one more connection in the handshake from ``host``; why not, if there is none.

        At a limit the oldest silent connection (one that has not sent a frame) is closed to make room:
        a flood of half-open connections pushes out only its own, while a station, which sends its
        HELLO at once, is not silent for long.
        """
        settings = self.settings
        same = [c for c in self._pending if c.host == host]
        if len(same) >= settings.max_pending_per_address and not self._evict_silent(same):
            return "too many connections from this address"
        if len(self._pending) >= settings.max_pending and not self._evict_silent(list(self._pending)):
            return "too many connections"
        return None

    def _evict_silent(self, candidates: list[Connection]) -> bool:
        """Close the oldest silent connection among ``candidates``; False if none is silent."""
        for conn in candidates:
            if conn.silent and not conn.closing:
                self._pending.pop(conn, None)
                conn.close("pushed out: silent while others waited", abort=True)
                self._logs.log(("evicted", conn.host), logging.INFO,
                               "closed %s: silent in the handshake while new connections waited", conn.address)
                return True
        return False

    # ----- outbound

    def _start_dialing(self, target: _Target) -> None:
        self._spawn(self._dial(target), f"dial {target.address}")

    def _learn_addresses(self, peer: Peer, addresses: tuple[str, ...]) -> None:
        """Addresses a peer told us about (PEERS): dial them too, if the peer is an admitted station.

        One station adds at most ``max_learned_per_peer`` addresses (while they last), and the dial list
        holds at most ``max_targets``: a peer list cannot crowd out the stations we learn elsewhere.
        """
        if not self.chain.is_admitted(peer.station):
            log.debug("ignored a peer list from %r: not an admitted station", peer)
            return
        learned = self._learned.setdefault(peer.station, set())
        for text in addresses:
            if len(learned) >= self.settings.max_learned_per_peer or len(self._targets) >= self.settings.max_targets:
                break
            host, port = parse_address(text)
            if (host, port) in self._targets or self._stopping:
                continue
            log.debug("learnt peer address %s from %r", format_address(host, port), peer)
            learned.add((host, port))
            target = _Target(host, port, learned_from=peer.station)
            self._targets[(host, port)] = target
            if self._running:
                self._start_dialing(target)

    def _forget_target(self, target: _Target) -> None:
        """Stop dialing a learned address that does not answer, making room for others."""
        key = (target.host, target.port)
        if self._targets.get(key) is target:
            del self._targets[key]
        if target.learned_from is not None:
            self._learned.get(target.learned_from, set()).discard(key)
        log.debug("forgot learnt address %s after %d failed attempts", target.address, target.failures)

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
                    if lasted is not None:
                        target.failures = -1  # counted up to 0 below
                    # Start again from a short delay only after a connection that worked for a while,
                    # so that a peer which drops us right after the handshake is not redialed in a loop.
                    if lasted is not None and lasted >= self.settings.backoff_max:
                        backoff.reset()
                if target.state == "self":
                    return
            target.failures += 1
            if target.learned_from is not None and target.failures >= self.settings.learned_attempts:
                self._forget_target(target)
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
        conflict: list[str] = []  # where the live connection of a station whose key this peer claims is
        offsets: list[int | None] = []  # the peer's clock offset, once it proved its key
        try:
            try:
                hello = await handshake(
                    conn,
                    self.chain,
                    self._listen_port,
                    self.settings.handshake_timeout,
                    lambda hello: self._check_hello(conn, hello, conflict),
                    self.clock.local_ms,
                    lambda _hello, offset: offsets.append(offset),
                )
            except TimeoutError:
                reason = f"handshake not finished within {self.settings.handshake_timeout:g} s"
                self._logs.log(("handshake", conn.host), logging.INFO, "dropped %s: %s", conn.address, reason)
                return None
            self._pending.pop(conn, None)
            if hello is None:
                reason = "served the election manifest"
                log.debug("sent the election manifest to %s", conn.address)
                return None
            full = self._peer_room(conn, hello)
            if full is not None:
                conn.send(Reject(full))
                raise Refused(full, station=hello.station)
            peer = Peer(conn, hello, outbound)
            peer.clock_offset_ms = offsets[0] if offsets else None
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
            if exc.reason == CLONE_REASON:
                self._refused_clone(conn, exc.station, target, conflict[0] if conflict else "?")
            else:
                self._refused(conn, f"refused peer {conn.address}: {exc}", exc.reason)
        except PeerRefused as exc:
            reason = f"refused by the peer: {exc.reason}"
            if exc.reason == CLONE_REASON:
                self._refused_as_clone(conn, exc.station, target)
            else:
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
        existing = self._table.get(peer.station)
        if existing is not None and _instance(existing) != _instance(peer):
            # The station came back from another address while its old connection went quiet (the
            # HELLO check refused it while that one was alive): the new connection takes its place.
            reason = f"replaced: the station connected again from {peer.conn.address}"
            existing.conn.close(reason, abort=True)
            self._unregister(existing, reason)
        dropped = self._table.add(peer)
        if dropped is peer:
            raise ConnectionClosed("a second connection to the same station")
        if dropped is not None:
            dropped.conn.close("replaced by the connection both sides keep")
        self._log_peer(peer, "connected to %r (%s)", peer, "outbound" if peer.outbound else "inbound")
        self._emit("peer_connected", _details(peer))
        changed = self._clock_sample(peer)  # before syncing: network time decides which blocks are due
        self._relay.on_connected(peer)
        if changed:
            self.request_sync()

    def _unregister(self, peer: Peer, reason: str) -> None:
        peer.closed.set()
        if peer.mempool_task is not None:
            peer.mempool_task.cancel()
        if self._table.remove(peer):
            self._log_peer(peer, "disconnected from %r: %s", peer, reason)
            self._emit("peer_disconnected", {**_details(peer), "reason": reason})
            if self._table.get(peer.station) is None:
                self._clock_report(peer.station, None)

    def _clock_sample(self, peer: Peer) -> bool:
        """Give an admitted peer's clock offset to the node's clock; True when network time changed."""
        if peer.clock_offset_ms is None or not self.chain.is_admitted(peer.station):
            return False
        if abs(peer.clock_offset_ms) > 60_000:
            self._logs.log(("clock", peer.conn.host), logging.INFO, "%r: its clock is %+.0f s from ours",
                           peer, peer.clock_offset_ms / 1000)
        return self._clock_report(peer.station, peer.clock_offset_ms)

    def _clock_report(self, station: bytes, offset: int | None) -> bool:
        try:
            return self.clock.peer_offset(station, offset)
        except Exception:
            log.exception("the clock refused a peer's offset")
            return False

    def _log_peer(self, peer: Peer, message: str, *args: object) -> None:
        """Log a peer's coming or going: always for admitted stations, rate-limited per address for others."""
        if self.chain.is_admitted(peer.station):
            log.info(message, *args)
        else:
            self._logs.log(("unadmitted", peer.conn.host), logging.INFO, message + " (a station not admitted)", *args)

    # ----- room for stations, clones

    def _peer_room(self, conn: Connection, hello: Hello) -> str | None:
        """After the handshake: why there is no room for this station, or None.

        Admitted stations only meet the overall limit, which others cannot fill: those hold at most
        ``max_unadmitted`` slots in all, ``max_unadmitted_per_address`` per address.
        """
        settings = self.settings
        others = [p for p in self._table if p.station != hello.station]
        if len(others) >= settings.max_connections:
            return "too many connections"
        if self.chain.is_admitted(hello.station):
            return None
        unadmitted = [p for p in others if not self.chain.is_admitted(p.station)]
        if len(unadmitted) >= settings.max_unadmitted:
            return UNADMITTED_FULL
        if sum(p.conn.host == conn.host for p in unadmitted) >= settings.max_unadmitted_per_address:
            return UNADMITTED_FULL + " from this address"
        return None

    def _check_hello(self, conn: Connection, hello: Hello, conflict: list[str]) -> str | None:
        """Refuse a HELLO with the key of a live peer elsewhere: two stations with one key (a copied data dir).

        The same station is the same IP address and listening port (two connections of one station, as
        when both sides dial at once, are sorted out by the peer table).  A live peer has sent something
        within ``clone_alive`` seconds (pings keep it so); a quiet one is taken for a station that moved.
        """
        existing = self._table.get(hello.station)
        if existing is None or existing.conn is conn or (conn.host, hello.port) == _instance(existing):
            return None
        heard = existing.conn.last_received or existing.conn.opened
        if existing.conn.closing or time.monotonic() - heard >= self.settings.clone_alive:
            return None
        conflict.append(existing.conn.address)
        return CLONE_REASON

    def _refused_clone(self, conn: Connection, station: bytes | None, target: _Target | None, live: str) -> None:
        """We refused a second station with the key of a live peer."""
        key = station.hex() if station is not None else "?"
        if target is not None and station is not None:
            target.station = station  # dial it again only once the live one is gone
        message = (
            f"refused {conn.address}: station {key[:16]} is already connected from {live}; "
            f"{CLONE_REASON}"
        )
        if self._refused(conn, message, CLONE_REASON):
            self._emit("station_key_conflict", {"station_key": key, "address": conn.address, "connected": live})

    def _refused_as_clone(self, conn: Connection, station: bytes | None, target: _Target | None) -> None:
        """A peer refused us because another station with our key is connected to it."""
        live = self._table.get(station) if station is not None else None
        if target is not None and station is not None:
            target.station = station
        if live is not None and not live.conn.closing:
            # We are connected to that station already, through another address of it (or of ours):
            # the station with "our" key it saw is this one.
            log.debug("%s: already connected to that station as %r", conn.address, live)
            return
        own = self.chain.station_key.public.hex()[:16]
        message = (
            f"peer {conn.address} refused the connection: {CLONE_REASON} (it is connected to another station "
            f"with this station's key {own}; if this data dir was copied from another laptop, only one may run)"
        )
        if self._refused(conn, message, CLONE_REASON):
            self._emit(
                "station_key_conflict",
                {"station_key": self.chain.station_key.public.hex(), "address": conn.address, "connected": "?"},
            )

    def _refused_tx(self, peer: Peer) -> None:
        """A peer's transaction was refused: count it (ban past the limit) and log it, rate-limited."""
        now = time.monotonic()
        host = peer.conn.host
        times = self._refused_txs.setdefault(host, deque())
        times.append(now)
        while now - times[0] > self.settings.refusal_window:
            times.popleft()
        if len(times) >= self.settings.refusal_ban_count:
            del self._refused_txs[host]
            raise RefusalFlood(
                f"{self.settings.refusal_ban_count} refused transactions within {self.settings.refusal_window:g} s"
            )
        self._logs.log(("refused tx", host), logging.INFO, "refused a transaction from %r", peer)

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

    def _refused(self, conn: Connection, message: str, reason: str) -> bool:
        """Log a refusal (at WARNING once a minute per address and reason) and report it; True if it was."""
        key = (conn.host, reason)
        now = time.monotonic()
        last = self._refusals_logged.get(key)
        if last is not None and now - last < REFUSAL_LOG_INTERVAL:
            log.debug("%s", message)
            return False
        if len(self._refusals_logged) > 1000:
            self._refusals_logged.clear()
        self._refusals_logged[key] = now
        log.warning("%s", message)
        self._emit("peer_refused", {"address": conn.address, "reason": reason})
        return True

    def _emit(self, name: str, details: dict[str, Any]) -> None:
        if self._on_event is None:
            return
        try:
            self._on_event(name, details)
        except Exception:
            log.exception("the %s event handler failed", name)


def _instance(peer: Peer) -> tuple[str, int]:
    """What tells one running station from another with the same key: its IP address and listening port."""
    return peer.conn.host, peer.hello.port


def _details(peer: Peer) -> dict[str, Any]:
    info = peer.info()
    return {"station_key": info.station_key, "name": info.name, "address": info.address, "inbound": info.inbound}
