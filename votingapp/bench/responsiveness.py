"""The GUI section of ``python -m votingapp bench``: how long the GUI thread stalls while its node works.

One process holds a QApplication (offscreen unless ``QT_QPA_PLATFORM`` says otherwise) and the app's
embedded node as the desktop app runs it: the node on its own thread, the miner on a QThread, the bridge,
Python's garbage collection on the GUI thread, the app's GIL switch interval (:mod:`votingapp.gui.gil`),
the main window and the results window open and live.  The node's data dir is fresh; it joins an election
whose chain of N votes is served by a headless node in another process (which shares no GIL with us).
The windows open first, with the node idle; then the node finds the source (as LAN discovery would) and
syncs the chain.  This station is the only one admitted in the manifest (it mined the chain in an earlier
life), so once synced it mines too: a background thread registers voters and casts their votes through
the node, a batch at a time, and the station mines them into blocks.

Throughout, a QTimer on the GUI thread ticks every :data:`HEARTBEAT_MS`; a stall is a gap between two
ticks minus the interval.  Reported: the longest stall while the node syncs and mines (target under
100 ms) and in each phase, the p99 and median gaps, how long the sync and the mining took, and, apart,
the longest stall while the windows opened.
"""

from __future__ import annotations

import functools
import os
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from votingapp.bench.base import BenchOptions, SectionResult
from votingapp.bench.cluster import NodeProcess
from votingapp.bench.ledger_bench import OPTIONS, BenchError, add_voters
from votingapp.core.chain import Ledger
from votingapp.core.keys import SigningKey
from votingapp.core.manifest import DEFAULT_DIFFICULTY, Genesis, Station, create_genesis
from votingapp.election.setup import record_genesis
from votingapp.gui.app import application, qt_message_to_log
from votingapp.gui.election_info import ElectionInfo, election_info
from votingapp.gui.garbage_collector import MainThreadGarbageCollector
from votingapp.gui.gil import ShortSwitchInterval
from votingapp.gui.main_window import MainWindow
from votingapp.gui.results_window import ResultsWindow
from votingapp.gui.station import Station as AppStation
from votingapp.gui.worker_thread import stop_all
from votingapp.node.events import ChainChanged, NodeEvent
from votingapp.node.options import NodeOptions
from votingapp.store.datadir import DataDir

HEARTBEAT_MS = 10
STALL_TARGET_MS = 100.0
MINING_VOTERS = 300  # registered and voting through the node once it has synced
MINING_BATCH = 25  # voters per batch; batches a little apart, so that the node mines several blocks
MINING_PAUSE_S = 0.05
SETTLE_S = 0.5  # after the windows opened, before the source is found
SYNC_TIMEOUT_S = 600.0
MINING_TIMEOUT_S = 300.0
STATION_NAME = "GUI desk"


@dataclass
class Heartbeat:
    """Tick times (``time.perf_counter``) of a timer on the GUI thread."""

    interval_ms: int
    ticks: list[float] = field(default_factory=list)

    def tick(self) -> None:
        """Note the time of a tick (the timer's slot)."""
        self.ticks.append(time.perf_counter())

    def gaps_ms(self, start: float = float("-inf"), end: float = float("inf")) -> list[float]:
        """The gaps (ms) between consecutive ticks whose later tick falls in [start, end)."""
        t = self.ticks
        return [1000 * (t[i] - t[i - 1]) for i in range(1, len(t)) if start <= t[i] < end]

    def stall_ms(self, gaps: list[float]) -> float:
        """The longest gap beyond the interval (0 when the timer never fell behind)."""
        return max(0.0, max(gaps, default=0.0) - self.interval_ms)


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))] if ordered else 0.0


def _qapplication() -> QApplication:
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a benchmark opens no window on anyone's screen
        # Kept for the rest of the process: a QApplication deleted with windows still around crashes at exit.
        _keep.append(application())
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


_keep: list[QApplication] = []


def build_source(source: DataDir, station_key: SigningKey, votes: int, options: BenchOptions) -> Genesis:
    """An election in ``source`` whose only station is ``station_key``, with ``votes`` voters mined by it."""
    genesis = create_genesis(SigningKey.generate(), "Benchmark election", OPTIONS,
                             [Station(station_key.public, STATION_NAME)], DEFAULT_DIFFICULTY, ballot="open")
    store = source.open_store(create=True)
    try:
        store.set_genesis(genesis)
        ledger = Ledger(genesis, load_block=store.load_block)
        add_voters(store, ledger, station_key, votes, OPTIONS, DEFAULT_DIFFICULTY, options.progress)
    finally:
        store.close()
    return genesis


class Voters(threading.Thread):
    """Registers voters and casts their votes through the node, from outside the GUI thread."""

    def __init__(self, station: AppStation, count: int) -> None:
        super().__init__(name="bench-voters", daemon=True)
        self.node = station.node
        self.count = count
        self.txids: list[bytes] = []
        self.height = 0  # the node's height once every vote is in a block
        self.error: BaseException | None = None
        self.done = threading.Event()

    def run(self) -> None:
        node = self.node
        try:
            for first in range(0, self.count, MINING_BATCH):
                for i in range(first, min(first + MINING_BATCH, self.count)):
                    voter_id, reg = node.call(node.register)
                    vote = node.call(functools.partial(node.vote, voter_id, OPTIONS[i % len(OPTIONS)]))
                    self.txids += [reg, vote]
                time.sleep(MINING_PAUSE_S)
            for txid in self.txids:
                node.wait_async(txid, MINING_TIMEOUT_S).result(MINING_TIMEOUT_S + 5)
            self.height = node.call(node.height)
        except BaseException as exc:  # reported by the GUI thread
            self.error = exc
        finally:
            self.done.set()


class Session(QObject):
    """The app's start-up as ``DesktopApp`` does it (without its dialogs), then the results window."""

    def __init__(self, data_dir: DataDir, options: NodeOptions) -> None:
        super().__init__()
        self.station = AppStation(data_dir, options, self)
        self.main_window: MainWindow | None = None
        self.results: ResultsWindow | None = None
        self.error: object = None
        self.station.started.connect(self._started)
        self.station.startFailed.connect(self._failed)

    def start(self) -> None:
        self.station.start()

    @Slot()
    def _started(self) -> None:
        node = self.station.node
        reply = self.station.bridge.request(lambda: election_info(node))
        reply.finished.connect(self._open)
        reply.failed.connect(self._failed)

    @Slot(object)
    def _open(self, info: ElectionInfo) -> None:
        self.main_window = MainWindow(self.station, info)
        self.main_window.show()
        self.results = self.main_window.open_results()

    @Slot(object)
    def _failed(self, error: object) -> None:
        self.error = error

    def close(self) -> None:
        for window in (self.results, self.main_window):
            if window is not None:
                window.close()
                window.deleteLater()
        self.results = self.main_window = None
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.station.stop()


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages into the log, as the app does, less the offscreen platform's (it lacks window operations)."""
    if not message.startswith("This plugin does not support"):
        qt_message_to_log(mode, context, message)


def spin_until(app: QApplication, done: Callable[[], bool], timeout: float, what: str) -> None:
    """Run the GUI event loop until ``done()`` (checked every 20 ms); BenchError after ``timeout`` seconds.

    With ``what`` empty, simply run it for ``timeout`` seconds.
    """
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    poll = QTimer()
    poll.setInterval(20)

    def check() -> None:
        if done() or time.monotonic() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    if not done():
        loop.exec()
    poll.stop()
    if what and not done():
        raise BenchError(f"timed out after {timeout:.0f} s waiting for {what}")


SourceBuilder = Callable[[DataDir, SigningKey, int, BenchOptions], Genesis]
"""Builds the source's chain: (source data dir, the app's station key, voters, options) -> genesis."""


def run(options: BenchOptions, build: SourceBuilder = build_source, name: str = "gui",
        what: str = "votes", observer_port: int | None = None) -> SectionResult:
    """Sync a chain of ``options.votes`` voters into the app's node, then mine; measure the GUI thread.

    ``build`` makes the source's chain (an open election by default; the secret section passes one whose
    ``what`` are encrypted ballots); ``name`` is the section's.  With ``observer_port``, the app's node serves
    the observer board on that port of 127.0.0.1 (the observer section polls it from another process).
    """
    votes = options.votes
    app = _qapplication()
    gui_dir = DataDir(options.workdir / "gui")
    source_dir = DataDir(options.workdir / "source")
    gui_key = gui_dir.station_key()
    options.progress(f"building a chain of {votes} {what} for the source node")
    genesis = build(source_dir, gui_key, votes, options)
    record_genesis(gui_dir, genesis, STATION_NAME)
    source = NodeProcess(source_dir.path, "Source")
    source.start()
    previous_handler = qInstallMessageHandler(_qt_message)
    collector = MainThreadGarbageCollector()
    collector.start()
    switch_interval = ShortSwitchInterval()
    switch_interval.start()
    heartbeat = Heartbeat(HEARTBEAT_MS)
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(HEARTBEAT_MS)
    timer.timeout.connect(heartbeat.tick)
    session: Session | None = None
    marks: dict[str, float] = {}
    try:
        target = int(source.status()["height"])
        # No peer yet: the windows open first, then the source turns up (as LAN discovery would find it).
        node_options = NodeOptions(listen_host="127.0.0.1", listen_port=0, discovery=False, control=False,
                                   name=STATION_NAME, observer_port=observer_port)
        session = Session(gui_dir, node_options)
        node = session.station.node

        def on_node_event(event: NodeEvent) -> None:  # on the node's thread
            if isinstance(event, ChainChanged) and event.height >= target and "synced" not in marks:
                marks["synced"] = time.perf_counter()

        node.add_listener(on_node_event)
        timer.start()
        heartbeat.tick()
        marks["open"] = time.perf_counter()
        session.start()
        spin_until(app, lambda: session.error is not None or (
            session.results is not None and session.results.refreshes > 0), 60, "the windows to open")
        if session.error is not None:
            raise BenchError(f"the app's node did not start: {session.error}")
        results = session.results
        assert results is not None
        spin_until(app, lambda: False, SETTLE_S, "")  # the windows are drawn; the node is idle

        options.progress(f"the app's node finds the source and syncs {target} blocks")
        marks["sync"] = time.perf_counter()
        node.call_async(functools.partial(node.add_peer, "127.0.0.1", source.port))  # the GUI never waits
        spin_until(app, lambda: "synced" in marks, SYNC_TIMEOUT_S, "the sync")

        options.progress(f"{MINING_VOTERS} voters register and vote; the app's node mines")
        voters = Voters(session.station, MINING_VOTERS)
        marks["mining"] = time.perf_counter()
        voters.start()
        spin_until(app, voters.done.is_set, MINING_TIMEOUT_S + 10, "the votes in blocks")
        marks["mined"] = time.perf_counter()
        voters.join()
        if voters.error is not None:
            raise BenchError(f"registering and voting through the app's node failed: {voters.error}")
        # The results window catches up with the last block (it redraws at most every REFRESH_MS).
        height = voters.height
        spin_until(app, lambda: results.latest is not None and results.latest.height >= height, 30,
                   "the results window to show the last block")
        marks["end"] = time.perf_counter()
        timer.stop()
        voted = results.latest.voted if results.latest else 0
        refreshes = results.refreshes
    finally:
        timer.stop()
        if session is not None:
            session.close()
        stop_all(15_000)
        switch_interval.stop()
        collector.stop()
        qInstallMessageHandler(previous_handler)
        source.stop()

    opening = heartbeat.gaps_ms(marks["open"], marks["sync"])
    whole = heartbeat.gaps_ms(marks["sync"], marks["end"])
    sync = heartbeat.gaps_ms(marks["sync"], marks["synced"])
    mining = heartbeat.gaps_ms(marks["mining"], marks["end"])
    blocks = f"{target} block" + ("s" if target != 1 else "")
    result = SectionResult(
        name, f"GUI responsiveness: the app's node syncs {votes} {what} ({blocks}), then mines {MINING_VOTERS} "
              f"voters, results window open ({app.platformName()} platform)")
    result.add("max_stall_ms", "longest stall of the GUI thread", round(heartbeat.stall_ms(whole), 1), "ms",
               STALL_TARGET_MS, "sync and mining")
    result.add("gap_p99_ms", f"heartbeat gap, p99 ({HEARTBEAT_MS} ms timer)", round(_percentile(whole, 0.99), 1), "ms")
    result.add("gap_median_ms", "heartbeat gap, median", round(statistics.median(whole), 1), "ms")
    result.add("heartbeats", "heartbeats", len(whole))
    result.add("sync_seconds", "sync of the chain", round(marks["synced"] - marks["sync"], 2), "s")
    result.add("sync_max_stall_ms", "longest stall while syncing", round(heartbeat.stall_ms(sync), 1), "ms")
    result.add("mining_seconds", f"{MINING_VOTERS} voters registered, voted and mined",
               round(marks["mined"] - marks["mining"], 2), "s")
    result.add("mining_max_stall_ms", "longest stall while mining", round(heartbeat.stall_ms(mining), 1), "ms")
    result.add("mined_blocks", "blocks mined by the app's node", height - target)
    result.add("results_refreshes", "redraws of the results window", refreshes)
    result.add("results_voted", "votes shown by the results window at the end", voted)
    result.add("open_max_stall_ms", "longest stall opening the windows (node idle)",
               round(heartbeat.stall_ms(opening), 1), "ms")
    return result
