"""Headless node processes on 127.0.0.1 (`python -m votingapp node`), for the benchmark and the tests."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import votingapp
from votingapp.node.control_client import ControlRefused, NoNodeRunning, request
from votingapp.store.datadir import DataDir

ROOT = Path(votingapp.__file__).resolve().parent.parent


def free_port() -> int:
    """A TCP port that was free a moment ago on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until(predicate: Callable[[], Any], timeout: float, what: str, interval: float = 0.05) -> Any:
    """Poll ``predicate`` until it returns something truthy; raise TimeoutError naming ``what``."""
    deadline = time.monotonic() + timeout
    for _ in range(int(timeout / interval) + 2):
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            break
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")


def cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run ``python -m votingapp ARGS`` from the checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return subprocess.run([sys.executable, "-m", "votingapp", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, check=False, env=env)


class NodeProcess:
    """One headless node with its own data dir, listening on 127.0.0.1 without discovery."""

    def __init__(self, data_dir: Path, name: str, port: int | None = None) -> None:
        self.data_dir = data_dir
        self.name = name
        self.port = port or free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = data_dir.parent / f"{name}.out"
        data_dir.mkdir(parents=True, exist_ok=True)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def station_key(self) -> str:
        """This station's key (hex), created if absent."""
        out = cli("node-id", "--data-dir", str(self.data_dir))
        if out.returncode != 0:
            raise RuntimeError(out.stderr.strip())
        return out.stdout.strip()

    def start(self, peers: Sequence[NodeProcess] = (), join: Path | None = None, timeout: float = 30,
              extra: Sequence[str] = ()) -> None:
        """Start the node (``extra``: more arguments of ``node``) and wait until its control endpoint answers."""
        args = [sys.executable, "-m", "votingapp", "node", "--data-dir", str(self.data_dir), "--name", self.name,
                "--listen", self.address, "--no-discovery"]
        for peer in peers:
            args += ["--peer", peer.address]
        if join is not None:
            args += ["--join", str(join)]
        args += list(extra)
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(args, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
        wait_until(self._serving, timeout, f"node {self.name} to serve")

    def _serving(self) -> bool:
        assert self.proc is not None
        if self.proc.poll() is not None:
            tail = self.log.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"node {self.name} exited with {self.proc.returncode}: {tail}")
        try:
            self.request("status", timeout=5)
        except (NoNodeRunning, ControlRefused):
            return False
        return True

    def request(self, cmd: str, timeout: float = 60, **args: Any) -> Any:
        """One request to the node's control endpoint."""
        return request(DataDir(self.data_dir), cmd, timeout=timeout, **args)

    def status(self) -> dict[str, Any]:
        return self.request("status")  # type: ignore[no-any-return]

    def tally_json(self) -> dict[str, Any]:
        """``tally --json`` of the data dir."""
        out = cli("tally", "--data-dir", str(self.data_dir), "--json")
        if out.returncode != 0:
            raise RuntimeError(out.stderr.strip())
        return json.loads(out.stdout)  # type: ignore[no-any-return]

    def stop(self, timeout: float = 30) -> None:
        """SIGTERM and wait: the clean shutdown path."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(timeout)
        self.proc = None

    def kill9(self) -> None:
        """SIGKILL: the crash path."""
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)
        self.proc = None


def make_election(
    tmp: Path, names: Sequence[str], difficulty: int = 8, ballot: str = "open"
) -> tuple[list[NodeProcess], Path]:
    """Data dirs for ``names`` (the first is the authority, all admitted) and the exported manifest.

    ``ballot``: "open" (plaintext votes, live results: what most tests and the network benchmark measure) or
    "secret" (every station a trustee).
    """
    nodes = [NodeProcess(tmp / name, name) for name in names]
    args = ["election", "create", "--data-dir", str(nodes[0].data_dir), "--title", "Test election",
            "--option", "Alice", "--option", "Bob", "--option", "Carol", "--difficulty", str(difficulty),
            "--name", names[0], "--ballot", ballot]
    for n in nodes[1:]:
        args += ["--station", f"{n.station_key()}={n.name}"]
    export = ["election", "export", "--data-dir", str(nodes[0].data_dir), "--out", str(tmp / "election.json")]
    for cmd in (args, export):
        out = cli(*cmd)
        if out.returncode != 0:
            raise RuntimeError(out.stderr.strip())
    return nodes, tmp / "election.json"
