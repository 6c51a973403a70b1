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
from pathlib import Path
from typing import TypeVar

from votingapp.core.block import Block
from votingapp.core.chain import ChainUpdate
from votingapp.core.close_report import CloseInfo
from votingapp.core.crypto.group import Point
from votingapp.core.errors import LedgerError, UnknownOption
from votingapp.core.keys import SigningKey, fingerprint
from votingapp.core.manifest import Manifest
from votingapp.core.tally import Tally, tally_state
from votingapp.core.transactions import AdmitStation, Close, Open, Register, Transaction, Vote, sign
from votingapp.core.voter_id import format_voter_id, new_secret, parse_voter_id, voter_key
from votingapp.net.discovery import StationDiscovery
from votingapp.net.network import Network
from votingapp.node import queries
from votingapp.node.booth import PreparedBallot, opened_text, prepare_ballot
from votingapp.node.ceremony import CeremonyDriver, ceremony_progress
from votingapp.node.chain_service import ChainService, StorageUnavailable
from votingapp.node.control import ControlServer
from votingapp.node.discovery import start_discovery
from votingapp.node.errors import NodeError
from votingapp.node.events import (
    Listener,
    MiningChanged,
    NodeEvent,
    PeerBanned,
    PeerConnected,
    PeerDisconnected,
    PeerInfo,
    PeerRefused,
    PeersChanged,
    StationKeyConflict,
)
from votingapp.node.mining import Miner, MiningSchedule
from votingapp.node.observer.lifecycle import ObserverBoard
from votingapp.node.options import DEFAULT_PORT, NodeOptions
from votingapp.node.queries import BlockPage, Status, TxDetail, TxLocation, TxSummary, WaitingStation
from votingapp.node.trustee_store import TrusteeStore
from votingapp.store.datadir import DataDir

__all__ = ["DEFAULT_PORT", "Node", "NodeError", "NodeOptions", "PreparedBallot"]
MAX_SPOILED_KEPT = 10_000

log = logging.getLogger(__name__)
T = TypeVar("T")


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
        self._waiters: dict[bytes, list[asyncio.Future[TxLocation]]] = {}
        self.chain: ChainService
        self.network: Network | None = None
        self.discovery: StationDiscovery | None = None
        self.control: ControlServer | None = None
        self.miner: Miner
        self.schedule: MiningSchedule
        self.station_key: SigningKey
        self.authority_key: SigningKey | None = None
        self.listen_address: tuple[str, int] | None = None
        self.mining_active = False
        self.key_conflict: str | None = None  # the last "two laptops with one station key" seen, for people
        self.ceremony: CeremonyDriver | None = None  # a secret election's key ceremony and decryption
        self._spoiled: set[str] = set()  # tracking codes of ballots opened for checking: never cast
        self.observer: ObserverBoard | None = None  # the observer board's web server, when on

    # -- lifecycle
    def add_listener(self, listener: Listener) -> None:
        """Call ``listener(event)`` on the node's thread for every event (see :mod:`votingapp.node.events`)."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        """Stop calling ``listener`` (no error if it was not added); safe from any thread."""
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def emit(self, event: NodeEvent) -> None:
        """Report an event to every listener (never lets a listener break the node)."""
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                log.exception("event listener failed on %s", type(event).__name__)

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
        if opts.name:
            self.data_dir.set_station_name(opts.name)
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
        self.chain.on_storage_change.append(self._storage_changed)
        self.ceremony = CeremonyDriver(self.chain, TrusteeStore(self.data_dir), self.submit_local, self.emit)
        self.miner = Miner(self.station_key, self._mined_on_worker, self._mining_state_on_worker)
        self.schedule = MiningSchedule(loop, self.chain, self.miner, self.station_key.public)
        self.schedule.enabled = opts.mining
        self.chain.on_new_tx.append(lambda _txid, _tx: self.schedule.reschedule())
        self.miner.start(opts.miner_thread)
        await self._start_network()
        if opts.control:
            self.control = ControlServer(self.data_dir, self)
            await self.control.start()
        if opts.observer_port is not None:
            self.start_observer(opts.observer_port, fallback=False)
        self.schedule.reschedule()
        self.ceremony.request_step()  # a trustee resumes its part of the ceremony or decryption
        log.info("node started: station %s (%s), election %s, height %d", name,
                 fingerprint(self.station_key.public), self.chain.election_id.hex()[:16], self.chain.ledger.height)

    async def _start_network(self) -> None:
        opts = self.options
        clock = self.chain.clock  # network time: the peers' clock offsets go to it (node/clock.py)
        self.network = Network(self.chain, opts.listen_host, opts.listen_port, on_event=self._network_event,
                               clock=clock)
        try:
            self.listen_address = await self.network.start()
        except OSError:
            if opts.listen_port == 0:
                raise
            self.network = Network(self.chain, opts.listen_host, 0, on_event=self._network_event, clock=clock)
            self.listen_address = await self.network.start()
        self.chain.held.announce = self.network.announce_block  # a held block that came due: gossip it
        for host, port in opts.peers:
            self.network.add_peer(host, port)
        if opts.discovery:
            self.discovery = start_discovery(
                asyncio.get_running_loop(), self.chain, self.network, self.listen_address[1], opts.discovery_interfaces
            )

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
        if self.observer is not None:
            await self.observer.stop()
            self.observer = None
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
            chain.close()
        log.info("node stopped")

    # -- events from the parts
    def _network_event(self, event: str, details: dict[str, object]) -> None:
        typed = _typed_network_event(event, details)
        if typed is None:
            log.debug("unknown network event %s", event)
            return
        if isinstance(typed, StationKeyConflict):
            self.key_conflict = typed.message
        self.emit(typed)
        if isinstance(typed, (PeerConnected, PeerDisconnected)):
            self.emit(PeersChanged(self.peers()))

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
        self.emit(MiningChanged(active))

    def _mined(self, block: Block) -> None:
        self.schedule.mined()
        if block.prev != self.chain.state.tip:
            self.schedule.reschedule()
            return  # stale: the tip moved while mining
        try:
            self.chain.add_block(block, own=True)
        except StorageUnavailable:
            return  # not stored: mining resumes when the disk can be written again (_storage_changed)
        except LedgerError as exc:  # e.g. a transaction became invalid meanwhile
            log.warning("discarded own block %d: %s", block.height, exc)
            self.schedule.reschedule()
            return
        if self.network is not None:
            self.network.broadcast_block(block.encode())

    def _storage_changed(self, error: str | None) -> None:
        if error is None and getattr(self, "schedule", None) is not None:
            self.schedule.reschedule()  # the disk takes writes again: mine what waits
            if self.ceremony is not None:
                self.ceremony.request_step()

    def _chain_changed(self, update: ChainUpdate) -> None:
        for block in update.connected:
            for txid in block.txids:
                for fut in self._waiters.pop(txid, []):
                    if not fut.done():
                        fut.set_result(queries.locate(self.chain, txid))
        for txid in list(self._waiters):
            if txid not in self.chain.mempool and self.chain.store.find_tx(txid) is None:
                for fut in self._waiters.pop(txid):
                    if not fut.done():
                        fut.set_exception(NodeError("the transaction was dropped: it conflicts with the chain"))
        if self.discovery is not None:
            with contextlib.suppress(Exception):
                self.discovery.update(height=self.chain.ledger.height)
        self.schedule.tip_changed()
        if self.ceremony is not None:
            self.ceremony.request_step()

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

    def wait_async(self, txid: bytes, timeout: float) -> concurrent.futures.Future[TxLocation]:
        """A future that resolves with the transaction's location once it is in a block."""
        loop = self._loop
        if loop is None or not self.running:
            failed: concurrent.futures.Future[TxLocation] = concurrent.futures.Future()
            failed.set_exception(NodeError("the node is not running"))
            return failed

        async def wait() -> TxLocation:
            where = queries.locate(self.chain, txid)
            if where.status == "confirmed":
                return where
            if where.status == "unknown":
                raise NodeError("the transaction is not known to this node")
            fut: asyncio.Future[TxLocation] = loop.create_future()
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

    def register(self) -> tuple[str, bytes]:
        """Make a voter credential and register its public key; (voter_id, registration id)."""
        state = self.chain.state
        me = self.station_key.public
        if not (state.is_admitted(me) or self.chain.mempool.pending_admission_of(me)):
            raise NodeError(
                f"this station ({fingerprint(me)}) is not admitted yet: ask the election authority to admit it"
            )
        self._check_clock()
        secret = new_secret()
        voter = voter_key(secret, self.chain.election_id)
        when = self.chain.clock.now_ms()
        tx = sign(Register(self.chain.election_id, station=me, voter=voter.public, time=when), self.station_key)
        txid = self.submit_local(tx)
        return format_voter_id(secret), txid

    def vote(self, voter_id: str, choice: str) -> bytes:
        """Cast a vote with a voter_id; the receipt (transaction id).

        In a secret election the choice is encrypted for the election key (a ``ballot``): the receipt is its
        tracking code, which says nothing of the choice.  In an open one it is a plaintext ``vote``.
        """
        if self.chain.genesis.manifest.secret:
            return self.cast_prepared(self.prepare_ballot(voter_id, choice))
        secret = parse_voter_id(voter_id)
        key = voter_key(secret, self.chain.election_id)
        options = self.chain.genesis.manifest.options
        if choice not in options:
            raise UnknownOption(f"{choice!r} is not an option; the options are: {', '.join(options)}")
        self._check_clock()
        tx = sign(Vote(self.chain.election_id, voter=key.public, choice=choice, time=self.chain.clock.now_ms()), key)
        return self.submit_local(tx)

    def prepare_ballot(self, voter_id: str, choice: str) -> PreparedBallot:
        """(Secret election) Encrypt ``choice`` for this voter and sign it, without submitting: the booth shows
        its tracking code, then casts it (:meth:`cast_prepared`) or opens it for checking (:meth:`spoil`).
        Raises the typed error that would refuse it (not registered, voted, ceremony not complete, ...)."""
        if not self.chain.genesis.manifest.secret:
            raise NodeError("this is an open election: votes are not encrypted (use vote)")
        self._check_clock()
        return prepare_ballot(self.chain, voter_id, choice, self.chain.clock.now_ms())

    def cast_prepared(self, prepared: PreparedBallot) -> bytes:
        """Cast a ballot made by :meth:`prepare_ballot`; the receipt (its tracking code, as bytes)."""
        if prepared.tracking_code in self._spoiled:
            raise NodeError("this ballot was opened for checking: it can never be cast; the voter votes again")
        if prepared.tx.election != self.chain.election_id:
            raise NodeError("this ballot belongs to another election")
        self._check_clock()
        return self.submit_local(prepared.tx)

    def spoil(self, prepared: PreparedBallot) -> str:
        """Open a prepared ballot for the check of this machine (Benaloh): the text (canonical JSON: election,
        voter key, ciphertexts, choice, randomness) that ``check_opened_ballot_text`` verifies on any other
        station.  The ballot is never cast after this; nothing is submitted or stored."""
        if len(self._spoiled) >= MAX_SPOILED_KEPT:
            self._spoiled.clear()  # a spoiled ballot is never submitted anyway; this only guards a mistake
        self._spoiled.add(prepared.tracking_code)
        return opened_text(self.chain, prepared)

    def _check_clock(self) -> None:
        """Refuse to cast on a station whose clock is wrong (node/clock.py): one line that says so."""
        problem = self.chain.clock.problem
        if problem is not None:
            raise NodeError(problem)

    def _authority(self) -> SigningKey:
        if self.authority_key is None:
            raise NodeError("only the station that created the election (it holds the authority key) can do this")
        return self.authority_key

    def admit(self, station: bytes, name: str = "") -> bytes:
        """(Authority) admit a station."""
        key = self._authority()
        return self.submit_local(sign(AdmitStation(self.chain.election_id, station=station, name=name), key))

    def close(self) -> bytes:
        """(Authority) close the election."""
        key = self._authority()
        # Not before a registration or vote already counted (a station whose clock runs ahead): the close
        # can never come before ballots the chain already holds (docs/architecture.md, finality of the close).
        when = max(self.chain.clock.now_ms(), self.chain.state.last_cast_time)
        return self.submit_local(sign(Close(self.chain.election_id, time=when), key))

    def open(self) -> bytes:
        """(Authority) open a manually opened election."""
        key = self._authority()
        return self.submit_local(sign(Open(self.chain.election_id, time=self.chain.clock.now_ms()), key))

    # -- the election (fixed once the node has started: safe to read from any thread)
    @property
    def election_id(self) -> bytes:
        """The election's id (the hash of its manifest)."""
        return self.chain.election_id

    @property
    def manifest(self) -> Manifest:
        """The election's manifest: title, options, stations admitted at creation, rules."""
        return self.chain.genesis.manifest

    @property
    def station_name(self) -> str:
        """This station's human name."""
        return self.chain.station_name

    # -- queries (run on the node's thread through call/call_async)
    def height(self) -> int:
        """The best chain's height."""
        return self.chain.ledger.height

    def add_peer(self, host: str, port: int) -> None:
        """Dial a station at ``host:port`` (and keep dialing it), as ``--peer`` does."""
        if self.network is None:
            raise NodeError("the node's network is not running")
        self.network.add_peer(host, port)

    def peers(self) -> tuple[PeerInfo, ...]:
        """Connected stations."""
        if self.network is None:
            return ()
        return tuple(
            PeerInfo(p.name, p.station_key, p.address, p.height, p.inbound) for p in self.network.peers()
        )

    def status(self) -> Status:
        """Height, tip, peers, mempool, mining and the election."""
        chain = self.chain
        state = chain.state
        manifest = chain.genesis.manifest
        me = self.station_key.public
        driver = self.ceremony
        progress = ceremony_progress(state, manifest.trustee_index(me), driver.problem if driver else None)
        return Status(
            election=chain.election_id.hex(),
            title=manifest.title,
            options=tuple(manifest.options),
            station=me.hex(),
            station_fingerprint=fingerprint(me),
            name=chain.station_name,
            admitted=state.is_admitted(me),
            authority=self.authority_key is not None,
            height=chain.ledger.height,
            tip=chain.ledger.best.hash.hex(),
            mempool=len(chain.mempool),
            mining=self.mining_active,
            peers=self.peers(),
            listen=f"{self.listen_address[0]}:{self.listen_address[1]}" if self.listen_address else None,
            last_block_time=chain.last_block_time,
            opened=state.opened,
            closed=state.closed,
            registered=len(state.registered),
            voted=len(state.voted) + len(state.ballots),
            storage_error=chain.storage_error,
            clock_error=chain.clock.problem,
            key_conflict=self.key_conflict,
            after_close=queries.close_info(chain, self.peers()),
            clock_skew_ms=chain.clock.status().skew_ms,
            held_blocks=len(chain.held),
            ballot=manifest.ballot,
            ceremony=progress.text if progress is not None else None,
            ceremony_progress=progress,
            decryption=queries.decryption_text(tally_state(state), len(manifest.trustees)),
        )

    def tally(self) -> Tally:
        """The tally at the best tip (results hidden while the election says so)."""
        return tally_state(self.chain.state)

    def tally_json(self) -> dict[str, object]:
        """The ``tally --json`` object (as the offline command prints it): the tally, a secret election's
        ceremony, and after the close the close report."""
        state = self.chain.state
        return queries.tally_json(tally_state(state), state, queries.close_info(self.chain, self.peers()))

    def close_info(self) -> CloseInfo | None:
        """After the close: which stations have reconciled, the late returns, when the result last changed."""
        return queries.close_info(self.chain, self.peers())

    def locate(self, txid: bytes) -> TxLocation:
        """Where a transaction (a receipt, a registration) is."""
        return queries.locate(self.chain, txid)

    def locate_receipt(self, receipt: str) -> TxLocation:
        """Where the vote with this receipt is; raises :class:`NodeError` for text that is not a receipt."""
        try:
            txid = bytes.fromhex(receipt)
        except ValueError:
            raise NodeError("a receipt is 64 hex digits") from None
        if len(txid) != 32:
            raise NodeError("a receipt is 64 hex digits")
        return queries.locate(self.chain, txid)

    def check_voter(self, voter_id: str) -> None:
        """Raise the typed error that would refuse this voter's vote now; nothing is recorded."""
        queries.check_voter(self.chain, voter_id)

    def election_key(self) -> Point | None:
        """(Secret election) The election key K once the key ceremony is in the chain; None before it, and in
        an open election.  An opened ballot is checked against it (``core.crypto.opened``)."""
        return self.chain.state.election_key

    def waiting_stations(self) -> tuple[WaitingStation, ...]:
        """Connected stations that are not admitted (nor about to be)."""
        return queries.waiting_stations(self.chain, self.peers())

    def blocks(self, top: int | None = None, count: int = queries.EXPLORER_PAGE) -> BlockPage:
        """A page of the best chain's blocks from ``top`` down."""
        return queries.block_page(self.chain, top, count)

    def block_transactions(self, height: int) -> tuple[TxSummary, ...]:
        """The transactions of the best chain's block at ``height``."""
        return queries.block_transactions(self.chain, height)

    def transaction_detail(self, height: int, txid: str) -> TxDetail | None:
        """Every public field of one transaction of the block at ``height``."""
        return queries.transaction_detail(self.chain, height, txid)

    def genesis_bytes(self) -> bytes:
        """The election's manifest (genesis), as exported."""
        return self.chain.genesis_bytes()

    # -- the observer board (on the node's thread, through call/call_async)
    def start_observer(self, port: int | None = None, language: str | None = None, fallback: bool = True) -> str:
        """Serve the observer board (read-only web page) on ``port`` (default: the usual one, or any free port
        when ``fallback`` and it is taken) on the LAN address; announce it by zeroconf.  Its URL."""
        if self.observer is None:
            board = ObserverBoard(self, language or self.options.observer_language)
            board.start(port, fallback)
            self.observer = board
        return self.observer.url

    def stop_observer(self) -> None:
        """Stop serving the observer board (its connections close in the background)."""
        board, self.observer = self.observer, None
        if board is not None:
            board.stop_soon()

    def observer_url(self) -> str | None:
        """The observer board's URL while it is served, else None."""
        return self.observer.url if self.observer is not None else None

    def tx_times(self, txid: bytes) -> tuple[float | None, float | None]:
        """When this node first saw and confirmed a recent transaction (for latency figures)."""
        times = self.chain.tx_times.get(txid)
        return (times[0], times[1]) if times else (None, None)


def _typed_network_event(event: str, d: dict[str, object]) -> NodeEvent | None:
    """The network's (string, dict) events as the node's typed events."""
    def text(key: str) -> str:
        return str(d.get(key, ""))

    if event in ("peer_connected", "peer_disconnected"):
        station, name, address, inbound = text("station_key"), text("name"), text("address"), bool(d.get("inbound"))
        if event == "peer_connected":
            return PeerConnected(station, name, address, inbound)
        return PeerDisconnected(station, name, address, inbound, text("reason"))
    if event == "peer_banned":
        until = d.get("until")
        return PeerBanned(
            text("address"), text("host"), text("reason"), float(until) if isinstance(until, (int, float)) else 0.0
        )
    if event == "peer_refused":
        return PeerRefused(text("address"), text("reason"))
    if event == "station_key_conflict":
        ours = text("connected") == "?"  # the net layer's mark for "a peer refused us as the clone"
        station = text("station_key")
        if ours:
            message = (f"another laptop runs with this station's key (a copied data dir?): {text('address')} refused "
                       "this station because that copy is connected to it; only one may run")
        else:
            message = (f"two laptops use the key of station {station[:16]}: the one at {text('address')} was "
                       f"refused while the one at {text('connected')} is connected (a copied data dir?)")
        return StationKeyConflict(station, text("address"), ours, message)
    return None
