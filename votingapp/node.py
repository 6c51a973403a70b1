"""The node facade: store, chain state, mempool, network, discovery and miner behind start()/stop().

The node runs an asyncio loop on its own thread; the chain, the store and the network live there.
Mining runs on a worker thread.  Other threads (the GUI, the control endpoint's clients, tests) use
the thread-safe methods below; events reach listeners as plain callbacks on the node's thread.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from votingapp.chain_service import ChainService, now_ms
from votingapp.core.block import Block
from votingapp.core.chain import ChainUpdate
from votingapp.core.errors import LedgerError, UnknownOption
from votingapp.core.keys import SigningKey, fingerprint
from votingapp.core.manifest import Genesis
from votingapp.core.transactions import AdmitStation, Close, Open, Register, Transaction, Vote, sign
from votingapp.core.voter_id import format_voter_id, new_secret, parse_voter_id, voter_key
from votingapp.mining import Miner, MiningSchedule, WorkerThread, plain_thread
from votingapp.store.datadir import DataDir

log = logging.getLogger(__name__)
T = TypeVar("T")
DEFAULT_PORT = 47321
Listener = Callable[[str, dict[str, Any]], None]


class NodeError(Exception):
    """A request the node cannot carry out, with a message for people."""


@dataclass
class NodeOptions:
    """How a node runs."""

    listen_host: str = "0.0.0.0"
    listen_port: int = DEFAULT_PORT  # taken if free, else any free port; 0 = any free port
    peers: list[tuple[str, int]] = field(default_factory=list)
    discovery: bool = True
    discovery_interfaces: list[str] | None = None  # None: all interfaces
    name: str | None = None
    mining: bool = True
    control: bool = True
    miner_thread: Callable[[Callable[[], None]], WorkerThread] = plain_thread


class Node:
    """One station's full node."""

    def __init__(self, data_dir: DataDir | Path | str, options: NodeOptions | None = None) -> None:
        self.data_dir = data_dir if isinstance(data_dir, DataDir) else DataDir(data_dir)
        self.options = options or NodeOptions()
        self._listeners: list[Listener] = []
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._startup_error: BaseException | None = None
        self._stop_requested: asyncio.Event | None = None
        self._lock_fd: int | None = None
        self._waiters: dict[bytes, list[asyncio.Future[dict[str, Any]]]] = {}
        self.chain: ChainService
        self.network: Any = None
        self.discovery: Any = None
        self.control: Any = None
        self.miner: Miner
        self.schedule: MiningSchedule
        self.station_key: SigningKey
        self.authority_key: SigningKey | None = None
        self.listen_address: tuple[str, int] | None = None
        self.mining_active = False

    # -- lifecycle
    def add_listener(self, listener: Listener) -> None:
        """Call ``listener(event, details)`` on the node's thread for every event."""
        self._listeners.append(listener)

    def emit(self, event: str, details: dict[str, Any]) -> None:
        """Report an event to every listener (never lets a listener break the node)."""
        for listener in list(self._listeners):
            try:
                listener(event, details)
            except Exception:
                log.exception("event listener failed on %s", event)

    def start(self, timeout: float = 60.0) -> None:
        """Start the node; returns once it serves, or raises why it could not."""
        self.data_dir.require()
        self._take_lock()
        self._thread = threading.Thread(target=self._thread_main, name="votingapp-node", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise NodeError("the node did not start in time")
        if self._startup_error is not None:
            self._thread.join(10)
            self._release_lock()
            err = self._startup_error
            raise err if isinstance(err, (NodeError, LedgerError)) else NodeError(f"the node could not start: {err}")

    def stop(self, timeout: float = 30.0) -> None:
        """Stop cleanly: miner, discovery, network, control endpoint, store."""
        loop, thread = self._loop, self._thread
        if loop is not None and thread is not None and thread.is_alive():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._request_stop)
            thread.join(timeout)
        self._thread = None
        self._release_lock()

    @property
    def running(self) -> bool:
        """True between a successful start() and stop()."""
        return self._thread is not None and self._thread.is_alive() and self._startup_error is None

    def _request_stop(self) -> None:
        if self._stop_requested is not None:
            self._stop_requested.set()

    def _take_lock(self) -> None:
        path = self.data_dir.path / "node.lock"
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # Windows: the control endpoint's port file is the guard
            pass
        except OSError:
            os.close(fd)
            raise NodeError(f"another node is already running for data dir {self.data_dir.path}") from None
        self._lock_fd = fd

    def _release_lock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def _thread_main(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._main())
        except BaseException as exc:  # reported to start() or logged
            if not self._ready.is_set():
                self._startup_error = exc
            else:
                log.exception("node stopped on an error")
        finally:
            self._ready.set()
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _main(self) -> None:
        self._stop_requested = asyncio.Event()
        try:
            await self._start_parts()
            self._ready.set()
            await self._stop_requested.wait()
        finally:
            await self._stop_parts()  # also after a start that failed half way

    async def _start_parts(self) -> None:
        loop = asyncio.get_running_loop()
        opts = self.options
        self.station_key = self.data_dir.station_key()
        self.authority_key = self.data_dir.authority_key()
        name = opts.name or self.data_dir.station_name()
        if opts.name and opts.name != self.data_dir.config().get("station_name"):
            config = self.data_dir.config()
            config["station_name"] = opts.name
            self.data_dir.save_config(config)
        store = self.data_dir.open_store(create=True)
        try:
            if store.genesis() is None:
                raise NodeError(
                    f"data dir {self.data_dir.path} holds no election: create one (election create) "
                    "or join one (node --join FILE)"
                )
            self._executor = concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2, "votingapp-verify")
            self.chain = ChainService(store, self.station_key, name, self.emit, self._executor)
        except BaseException:
            store.close()
            raise
        self.chain.on_chain_change.append(self._chain_changed)
        self.miner = Miner(self.station_key, self._mined_on_worker, self._mining_state_on_worker)
        self.schedule = MiningSchedule(loop, self.chain, self.miner, self.station_key.public)
        self.schedule.enabled = opts.mining
        self.chain.on_new_tx.append(lambda _txid, _tx: self.schedule.reschedule())
        self.miner.start(opts.miner_thread)
        await self._start_network()
        if opts.control:
            from votingapp.control import ControlServer

            self.control = ControlServer(self)
            await self.control.start()
        self.schedule.reschedule()
        log.info("node started: station %s (%s), election %s, height %d", name,
                 fingerprint(self.station_key.public), self.chain.election_id.hex()[:16], self.chain.ledger.height)

    async def _start_network(self) -> None:
        from votingapp.net.network import Network

        opts = self.options
        self.network = Network(self.chain, opts.listen_host, opts.listen_port, on_event=self._network_event)
        try:
            self.listen_address = await self.network.start()
        except OSError:
            if opts.listen_port == 0:
                raise
            self.network = Network(self.chain, opts.listen_host, 0, on_event=self._network_event)
            self.listen_address = await self.network.start()
        for host, port in opts.peers:
            self.network.add_peer(host, port)
        if opts.discovery:
            self._start_discovery()

    def _start_discovery(self) -> None:
        from votingapp.node_discovery import start_discovery

        self.discovery = start_discovery(self)

    async def _stop_parts(self) -> None:
        """Stop whatever was started, in reverse order of dependence."""
        schedule = getattr(self, "schedule", None)
        if schedule is not None:
            schedule.stop()
        miner = getattr(self, "miner", None)
        if miner is not None:
            miner.stop()
        if self.discovery is not None:
            await asyncio.get_running_loop().run_in_executor(None, self.discovery.close)
            self.discovery = None
        if self.control is not None:
            await self.control.stop()
        if self.network is not None:
            await self.network.stop()
        for waiters in self._waiters.values():
            for fut in waiters:
                if not fut.done():
                    fut.set_exception(NodeError("the node stopped"))
        executor = getattr(self, "_executor", None)
        if executor is not None:
            executor.shutdown(wait=True)
        chain = getattr(self, "chain", None)
        if chain is not None:
            chain.store.close()
        log.info("node stopped")

    # -- events from the parts
    def _network_event(self, event: str, details: dict[str, Any]) -> None:
        self.emit(event, details)
        if event in ("peer_connected", "peer_disconnected"):
            self.emit("peers", {"peers": self.peer_list()})

    def _mined_on_worker(self, block: Block) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._mined, block)

    def _mining_state_on_worker(self, active: bool) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._mining_state, active)

    def _mining_state(self, active: bool) -> None:
        self.mining_active = active
        self.emit("mining", {"active": active})

    def _mined(self, block: Block) -> None:
        self.schedule.mined()
        if block.prev != self.chain.state.tip:
            self.schedule.reschedule()
            return  # stale: the tip moved while mining
        try:
            self.chain.add_block(block, own=True)
        except LedgerError as exc:  # e.g. a transaction became invalid meanwhile
            log.warning("discarded own block %d: %s", block.height, exc)
            self.schedule.reschedule()
            return
        if self.network is not None:
            self.network.broadcast_block(block.encode())

    def _chain_changed(self, update: ChainUpdate) -> None:
        for block in update.connected:
            for txid in block.txids:
                for fut in self._waiters.pop(txid, []):
                    if not fut.done():
                        fut.set_result(self.chain.locate(txid))
        for txid in list(self._waiters):
            if txid not in self.chain.mempool and self.chain.store.find_tx(txid) is None:
                for fut in self._waiters.pop(txid):
                    if not fut.done():
                        fut.set_exception(NodeError("the transaction was dropped: it conflicts with the chain"))
        if self.discovery is not None:
            with contextlib.suppress(Exception):
                self.discovery.update(height=self.chain.ledger.height)
        self.schedule.tip_changed()

    # -- thread-safe calls
    def call_async(self, fn: Callable[[], T]) -> concurrent.futures.Future[T]:
        """Run ``fn`` on the node's thread; a future of its result (never blocks the caller)."""
        loop = self._loop
        if loop is None or not self.running:
            fut: concurrent.futures.Future[T] = concurrent.futures.Future()
            fut.set_exception(NodeError("the node is not running"))
            return fut

        async def run() -> T:
            return fn()

        return asyncio.run_coroutine_threadsafe(run(), loop)

    def call(self, fn: Callable[[], T], timeout: float = 30.0) -> T:
        """Run ``fn`` on the node's thread and wait for its result (not from the node's thread)."""
        try:
            return self.call_async(fn).result(timeout)
        except concurrent.futures.TimeoutError:
            raise NodeError("the node did not answer in time") from None

    def wait_async(self, txid: bytes, timeout: float) -> concurrent.futures.Future[dict[str, Any]]:
        """A future that resolves with the transaction's location once it is in a block."""
        loop = self._loop
        assert loop is not None

        async def wait() -> dict[str, Any]:
            where = self.chain.locate(txid)
            if where["status"] == "confirmed":
                return where
            if where["status"] == "unknown":
                raise NodeError("the transaction is not known to this node")
            fut: asyncio.Future[dict[str, Any]] = loop.create_future()
            self._waiters.setdefault(txid, []).append(fut)
            try:
                return await asyncio.wait_for(fut, timeout)
            except TimeoutError:
                raise NodeError(f"the transaction was not in a block within {timeout:.0f} s") from None

        return asyncio.run_coroutine_threadsafe(wait(), loop)

    # -- operations (run on the node's thread through call/call_async)
    def submit_local(self, tx: Transaction) -> bytes:
        """Accept a transaction signed on this station and send it to the peers."""
        txid = self.chain.accept_tx(tx, signed_here=True)
        if self.network is not None:
            self.network.broadcast_tx(tx.encode())
        return txid

    def op_register(self) -> tuple[str, bytes]:
        """Make a voter credential and register its public key; (voter_id, registration id)."""
        state = self.chain.state
        me = self.station_key.public
        if not (state.is_admitted(me) or self.chain.mempool.pending_admission_of(me)):
            raise NodeError(
                f"this station ({fingerprint(me)}) is not admitted yet: ask the election authority to admit it"
            )
        secret = new_secret()
        voter = voter_key(secret, self.chain.election_id)
        tx = sign(Register(self.chain.election_id, station=me, voter=voter.public), self.station_key)
        txid = self.submit_local(tx)
        return format_voter_id(secret), txid

    def op_vote(self, voter_id: str, choice: str) -> bytes:
        """Cast a vote with a voter_id; the receipt (transaction id)."""
        secret = parse_voter_id(voter_id)
        key = voter_key(secret, self.chain.election_id)
        options = self.chain.genesis.manifest.options
        if choice not in options:
            raise UnknownOption(f"{choice!r} is not an option; the options are: {', '.join(options)}")
        tx = sign(Vote(self.chain.election_id, voter=key.public, choice=choice), key)
        return self.submit_local(tx)

    def _authority(self) -> SigningKey:
        if self.authority_key is None:
            raise NodeError("only the station that created the election (it holds the authority key) can do this")
        return self.authority_key

    def op_admit(self, station: bytes, name: str = "") -> bytes:
        """(Authority) admit a station."""
        key = self._authority()
        return self.submit_local(sign(AdmitStation(self.chain.election_id, station=station, name=name), key))

    def op_close(self) -> bytes:
        """(Authority) close the election."""
        key = self._authority()
        return self.submit_local(sign(Close(self.chain.election_id, time=now_ms()), key))

    def op_open(self) -> bytes:
        """(Authority) open a manually opened election."""
        key = self._authority()
        return self.submit_local(sign(Open(self.chain.election_id, time=now_ms()), key))

    def peer_list(self) -> list[dict[str, Any]]:
        """Connected peers, for people."""
        if self.network is None:
            return []
        out = []
        for p in self.network.peers():
            out.append({"name": p.name, "station": p.station_key, "address": p.address, "height": p.height,
                        "inbound": p.inbound})
        return out

    def op_status(self) -> dict[str, Any]:
        """Height, tip, peers, mempool, mining and the election, as one JSON-able object."""
        chain = self.chain
        state = chain.state
        manifest = chain.genesis.manifest
        me = self.station_key.public
        return {
            "election": chain.election_id.hex(),
            "title": manifest.title,
            "options": list(manifest.options),
            "station": me.hex(),
            "station_fingerprint": fingerprint(me),
            "name": chain.station_name,
            "admitted": state.is_admitted(me),
            "authority": self.authority_key is not None,
            "height": chain.ledger.height,
            "tip": chain.ledger.best.hash.hex(),
            "mempool": len(chain.mempool),
            "mining": self.mining_active,
            "peers": self.peer_list(),
            "listen": f"{self.listen_address[0]}:{self.listen_address[1]}" if self.listen_address else None,
            "last_block_time": chain.last_block_time,
            "opened": state.opened,
            "closed": state.closed,
            "registered": len(state.registered),
            "voted": len(state.voted),
        }


def join_election(data_dir: DataDir, manifest_file: Path) -> Genesis:
    """Record the election of an exported manifest in a data dir (before its node starts)."""
    try:
        raw = manifest_file.read_bytes()
    except FileNotFoundError:
        raise NodeError(f"manifest file {manifest_file} does not exist") from None
    except OSError as exc:
        raise NodeError(f"cannot read manifest file {manifest_file}: {exc.strerror}") from None
    try:
        genesis = Genesis.decode(raw.strip())
    except LedgerError as exc:
        raise NodeError(f"manifest file {manifest_file} is damaged or not an election manifest ({exc})") from None
    data_dir.set_election(genesis)
    return genesis

