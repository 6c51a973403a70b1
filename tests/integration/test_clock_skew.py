"""Wrong clocks on real node processes (127.0.0.1): one chain for the room, and the wrong clock says so.

``VOTINGAPP_CLOCK_OFFSET_MS`` shifts a node process's clock (votingapp/node/clock.py).  A station at
+3 min and one at -30 min stay on the room's one chain, report the skew in ``status --json`` and refuse to
register with a one-line message, while ballots at the station with a right clock go through.  An
election made by an authority whose clock was 10 minutes ahead does not split three stations either.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.integration.cluster import ROOT, NodeProcess, cli, wait_until
from votingapp.node.clock import ENV_OFFSET
from votingapp.node.control_client import ControlRefused

pytestmark = pytest.mark.slow
MIN = 60_000
NAMES = ["Desk 1", "Desk 2", "Desk 3"]


def _start(node: NodeProcess, offset_ms: int, monkeypatch: pytest.MonkeyPatch, **kwargs: Any) -> None:
    """Start a node process whose clock is ``offset_ms`` off."""
    with monkeypatch.context() as patch:
        if offset_ms:
            patch.setenv(ENV_OFFSET, str(offset_ms))
        else:
            patch.delenv(ENV_OFFSET, raising=False)
        node.start(**kwargs)


def _votingapp(*args: str, clock_ahead_s: float = 0.0) -> None:
    """``python -m votingapp ARGS`` as on a computer whose clock is ``clock_ahead_s`` ahead."""
    code = (
        "import runpy, sys, time\n"
        f"_real = time.time\ntime.time = lambda: _real() + {clock_ahead_s!r}\n"
        "sys.argv = ['votingapp', *sys.argv[1:]]\n"
        "runpy.run_module('votingapp', run_name='__main__', alter_sys=True)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True,
                         timeout=60, check=False, env=env)
    assert out.returncode == 0, out.stderr


def _election(tmp: Path, authority_ahead_s: float = 0.0) -> tuple[list[NodeProcess], Path]:
    """Three data dirs, all admitted, the first the authority's; created on a clock ``authority_ahead_s`` ahead."""
    nodes = [NodeProcess(tmp / name, name) for name in NAMES]
    args = ["election", "create", "--data-dir", str(nodes[0].data_dir), "--ballot", "open", "--title", "Clock test",
            "--option", "Alice", "--option", "Bob", "--difficulty", "8", "--name", NAMES[0]]
    for n in nodes[1:]:
        args += ["--station", f"{n.station_key()}={n.name}"]
    _votingapp(*args, clock_ahead_s=authority_ahead_s)
    _votingapp("election", "export", "--data-dir", str(nodes[0].data_dir), "--out", str(tmp / "election.json"))
    return nodes, tmp / "election.json"


@pytest.fixture
def room(tmp_path: Path) -> Iterator[list[NodeProcess]]:
    nodes: list[NodeProcess] = []
    yield nodes
    for n in nodes:
        n.kill9()


def _one_chain(nodes: list[NodeProcess], registered: int, voted: int) -> bool:
    statuses = [n.status() for n in nodes]
    return (len({s["tip"] for s in statuses}) == 1 and all(s["registered"] == registered for s in statuses)
            and all(s["voted"] == voted for s in statuses) and all(s["mempool"] == 0 for s in statuses))


def _status_json(node: NodeProcess) -> dict[str, Any]:
    out = cli("status", "--data-dir", str(node.data_dir), "--json", timeout=30)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def test_stations_at_plus_3_and_minus_30_minutes_stay_on_one_chain_and_say_so(room, tmp_path, monkeypatch):
    nodes, manifest = _election(tmp_path)
    room.extend(nodes)
    right, fast, slow = nodes
    _start(right, 0, monkeypatch)
    _start(fast, 3 * MIN, monkeypatch, peers=[right], join=manifest)
    _start(slow, -30 * MIN, monkeypatch, peers=[right, fast], join=manifest)
    wait_until(lambda: all(len(n.status()["peers"]) == 2 for n in nodes), 20, "all stations to connect")
    wait_until(lambda: fast.status()["clock_error"] and slow.status()["clock_error"], 10, "the skew verdicts")

    fast_status, slow_status = _status_json(fast), _status_json(slow)
    assert "this station's clock is 3 min" in fast_status["clock_error"]
    assert "ahead of the other stations: set the clock" in fast_status["clock_error"]
    assert abs(fast_status["clock_skew_ms"] - 3 * MIN) < 5_000
    assert "this station's clock is 30 min" in slow_status["clock_error"]
    assert "behind the other stations" in slow_status["clock_error"]
    assert abs(slow_status["clock_skew_ms"] + 30 * MIN) < 5_000
    right_status = _status_json(right)
    assert right_status["clock_error"] is None and abs(right_status["clock_skew_ms"]) < 5_000
    text = cli("status", "--data-dir", str(slow.data_dir), timeout=30).stdout
    assert "CLOCK      this station's clock is 30 min" in text

    for skewed in (fast, slow):
        with pytest.raises(ControlRefused, match=r"clock is .* the other stations: set the clock; mining and "
                                                 r"registration are paused"):
            skewed.request("register")
        out = cli("register", "--data-dir", str(skewed.data_dir), timeout=30)
        assert out.returncode != 0 and "set the clock" in out.stderr and len(out.stderr.strip().splitlines()) == 1

    voter_ids = [right.request("register", wait=True, timeout=30)["voter_id"] for _ in range(3)]
    for voter_id in voter_ids:
        right.request("vote", voter_id=voter_id, choice="Alice", wait=True, timeout=30)
    wait_until(lambda: _one_chain(nodes, 3, 3), 30, "every station on one chain with 3 ballots")
    assert all(n.status()["held_blocks"] == 0 for n in nodes)


def test_an_authority_whose_clock_was_ten_minutes_ahead_does_not_split_the_room(room, tmp_path, monkeypatch):
    nodes, manifest = _election(tmp_path, authority_ahead_s=600)
    room.extend(nodes)
    authority, b, c = nodes
    _start(authority, 10 * MIN, monkeypatch)  # still ahead while the election runs
    _start(b, 0, monkeypatch, peers=[authority], join=manifest)
    _start(c, 0, monkeypatch, peers=[authority, b], join=manifest)
    wait_until(lambda: all(len(n.status()["peers"]) == 2 for n in nodes), 20, "all stations to connect")
    wait_until(lambda: authority.status()["clock_error"], 10, "the authority's skew verdict")
    assert "10 min" in authority.status()["clock_error"]
    assert b.status()["clock_error"] is None and c.status()["clock_error"] is None

    ids_b = [b.request("register", wait=True, timeout=30)["voter_id"] for _ in range(2)]
    ids_c = [c.request("register", wait=True, timeout=30)["voter_id"] for _ in range(2)]
    b.request("vote", voter_id=ids_c[0], choice="Bob", wait=True, timeout=30)
    c.request("vote", voter_id=ids_b[0], choice="Alice", wait=True, timeout=30)
    wait_until(lambda: _one_chain(nodes, 4, 2), 30, "the three stations on one chain")
    tallies = [n.tally_json() for n in nodes]
    assert tallies[0] == tallies[1] == tallies[2]
    assert tallies[0]["voted"] == 2
