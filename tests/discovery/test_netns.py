"""Three stations in network namespaces on one bridge find each other, also after one is cut off and back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.discovery.events import EventLog
from tests.netns import NamespaceLan, requires_netns

pytestmark = requires_netns()

ROOT = Path(__file__).resolve().parents[2]
STATION_SCRIPT = Path(__file__).with_name("station_process.py")
ELECTION = "11" * 32
FIND_TIMEOUT = 15.0
EXIT_TIMEOUT = 10.0
PARTITION_SECONDS = 1.5  # how long station 2 stays unplugged: longer than one announcement (~0.5 s)


@pytest.fixture
def lan() -> Iterator[NamespaceLan]:
    """Three namespaces on a bridge; afterwards none of them may remain."""
    with NamespaceLan(3) as built:
        yield built
    assert built.leftovers() == []


class StationProcess:
    """station_process.py running in one namespace; its JSON lines are collected by a reader thread."""

    def __init__(self, lan: NamespaceLan, index: int, log_dir: Path) -> None:
        self.key = os.urandom(32).hex()
        self.stderr_path = log_dir / f"station{index}.stderr"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        argv = [sys.executable, str(STATION_SCRIPT), lan.addresses[index], f"Desk {index}", self.key, ELECTION]
        with self.stderr_path.open("w") as stderr:  # a file, not a pipe nobody reads that could fill up
            self.process = lan.popen(
                index, argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, text=True, env=env
            )
        self.events: EventLog[dict[str, Any]] = EventLog()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:  # ends when the process does
            self.events.append(json.loads(line))

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def saw(self, other: StationProcess, height: int | None = None) -> bool:
        def matches(event: dict[str, Any]) -> bool:
            return event["event"] == "found" and event["key"] == other.key and height in (None, event["height"])

        return self.events.wait_for(matches, FIND_TIMEOUT) is not None

    def heights_seen_of(self, other: StationProcess) -> list[int]:
        return [e["height"] for e in self.events.snapshot() if e["event"] == "found" and e["key"] == other.key]

    def lost_events(self) -> list[dict[str, Any]]:
        return [e for e in self.events.snapshot() if e["event"] == "lost"]

    def service(self) -> str:
        registered = self.events.wait_for(lambda e: e["event"] == "registered", FIND_TIMEOUT)
        assert registered is not None, self.stderr_path.read_text()
        return str(registered["service"])

    def quit(self) -> int:
        self.send("quit")
        code = self.process.wait(EXIT_TIMEOUT)
        self._reader.join(EXIT_TIMEOUT)
        return code


def _reachable(lan: NamespaceLan, source: int, target: int, port: int) -> bool:
    code = "import socket, sys; socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=1).close()"
    return lan.run(source, [sys.executable, "-c", code, lan.addresses[target], str(port)]).returncode == 0


def test_the_namespace_lan_connects_cuts_off_and_heals(lan: NamespaceLan) -> None:
    listener = lan.popen(
        1,
        [
            sys.executable,
            "-c",
            "import socket, sys\n"
            "server = socket.create_server((sys.argv[1], 7100))\n"
            "print('listening', flush=True)\n"
            "for _ in range(20):\n"
            "    server.accept()[0].close()\n",
            lan.addresses[1],
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert listener.stdout is not None and listener.stdout.readline() == "listening\n"
    assert _reachable(lan, 0, 1, 7100)
    lan.cut(1)
    assert not _reachable(lan, 0, 1, 7100)
    lan.heal(1)
    # A healed port forwards at once (no STP), yet give the link a few tries to come back.
    assert any(_reachable(lan, 0, 1, 7100) for _ in range(5))


def test_namespaces_are_removed_even_when_the_test_fails() -> None:
    with pytest.raises(RuntimeError, match="boom"), NamespaceLan(2) as lan:
        lan.popen(0, [sys.executable, "-c", "import time; time.sleep(30)"])
        raise RuntimeError("boom")
    assert lan.leftovers() == []


def test_three_stations_find_each_other_and_again_after_a_partition(lan: NamespaceLan, tmp_path: Path) -> None:
    stations = [StationProcess(lan, i, tmp_path) for i in range(3)]
    for station in stations:
        station.service()
    for station in stations:
        for other in stations:
            if other is not station:
                assert station.saw(other), (station.key, other.key)
    first, second, cut_off = stations

    lan.cut(2)
    cut_off.send("height 7")  # announced into the void
    time.sleep(PARTITION_SECONDS)
    lan.heal(2)
    cut_off.send("height 8")
    first.send("height 3")

    assert first.saw(cut_off, height=8)
    assert second.saw(cut_off, height=8)
    assert cut_off.saw(first, height=3)
    assert second.saw(first, height=3)
    assert 7 not in first.heights_seen_of(cut_off) + second.heights_seen_of(cut_off), "the cut let packets through"
    assert [s.lost_events() for s in stations] == [[], [], []]

    gone = cut_off.service()
    assert cut_off.quit() == 0
    for station in (first, second):
        assert station.events.wait_for(lambda e: e == {"event": "lost", "service": gone}, FIND_TIMEOUT)
        assert station.quit() == 0
