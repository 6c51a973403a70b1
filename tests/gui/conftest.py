"""pytest-qt fixtures for the desktop app: real nodes on 127.0.0.1, low difficulty, no QThread left behind."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import pytestqt  # noqa: F401 - the GUI tests need pytest-qt: without it they fail, never skip

from votingapp.core.manifest import Station
from votingapp.election.setup import create_election
from votingapp.gui import worker_thread
from votingapp.gui.election_info import ElectionInfo, election_info
from votingapp.gui.garbage_collector import MainThreadGarbageCollector
from votingapp.gui.station import Station as AppStation
from votingapp.node.options import NodeOptions
from votingapp.store.datadir import DataDir

HERE = Path(__file__).resolve().parent
DIFFICULTY = 6
OPTIONS = ["Alice", "Bob", "Carol"]
# The offscreen platform says so for window operations it lacks (size hints, raise): real platforms have them.
OFFSCREEN_NOISE = r"This plugin does not support \w+\(\)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread(qapp: object) -> Iterator[None]:
    """As in the app: no automatic collection on the node's threads (it would delete Qt wrappers there).

    Per test, so that the tests of the other folders run with Python's usual collector.
    """
    collector = MainThreadGarbageCollector(interval_ms=100)
    collector.start()
    yield
    gc.collect()
    collector.stop()
    collector.deleteLater()


@pytest.fixture(autouse=True)
def no_thread_left_running(qapp: object) -> Iterator[None]:
    """Fail a test that leaves a QThread (or a node's thread) running."""
    yield
    worker_thread.stop_all(5000)
    running = [t.objectName() for t in worker_thread.running_threads()]
    nodes = [t.name for t in threading.enumerate() if t.name in ("votingapp-node", "votingapp-miner")]
    assert not running, f"QThreads left running: {running}"
    assert not nodes, f"node threads left running: {nodes}"


def options(peers: list[tuple[str, int]] | None = None, name: str | None = None) -> NodeOptions:
    """A node on 127.0.0.1, any free port, no discovery, no control endpoint."""
    return NodeOptions(listen_host="127.0.0.1", listen_port=0, peers=peers or [], discovery=False, control=False,
                       name=name)


@pytest.fixture
def start_station(qtbot: object) -> Iterator[Callable[..., AppStation]]:
    """Start a station (node + bridge) on a data dir; all are stopped at the end of the test."""
    started: list[AppStation] = []

    def start(data_dir: DataDir, peers: list[tuple[str, int]] | None = None, name: str | None = None) -> AppStation:
        station = AppStation(data_dir, options(peers, name))
        station.start_blocking()
        started.append(station)
        return station

    yield start
    for station in reversed(started):
        station.stop()
        station.deleteLater()


def new_election(path: Path, name: str = "Desk 1", results: str = "live",
                 others: list[Station] | None = None) -> DataDir:
    """A data dir with a fresh election created there (this station is its authority)."""
    data_dir = DataDir(path)
    create_election(data_dir, "Board election", OPTIONS, others or [], difficulty=DIFFICULTY, results=results,
                    name=name)
    return data_dir


@pytest.fixture
def authority(tmp_path: Path, start_station: Callable[..., AppStation]) -> AppStation:
    """One running station that created a live-results election."""
    return start_station(new_election(tmp_path / "desk1"))


def info_of(station: AppStation) -> ElectionInfo:
    return station.node.call(lambda: election_info(station.node))
