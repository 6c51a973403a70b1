"""A LAN of network namespaces: N stations on one Linux bridge, none touching the host's network.

Used by the soak test (:mod:`votingapp.bench.soak`) and the LAN tests (``tests/netns.py`` adds the pytest
marks). Needs root and iproute2 (``netns_available()`` / ``netns_unavailable_reason()``). Stations are
numbered 0..N-1; station i's namespace has ``eth0`` with ``10.77.0.<i+1>/24``. The bridge lives in a
namespace of its own, so the host's root namespace gets no interface, route or address. Names carry a
random run id, so concurrent runs never collide::

    with NamespaceLan(3) as lan:
        proc = lan.popen(0, [sys.executable, "script.py", lan.addresses[0]])
        lan.cut(2)   # station 2 loses its link
        lan.heal(2)
    # every process started by lan.popen is killed and every namespace is gone here
"""

from __future__ import annotations

import contextlib
import functools
import os
import secrets
import shutil
import subprocess
from collections.abc import Sequence
from types import TracebackType
from typing import Any

NAME_PREFIX = "vatest"  # every namespace this helper creates starts with it (unless told otherwise)
_IP_TIMEOUT = 10.0
_STOP_TIMEOUT = 3.0
_BRIDGE = "br0"
_STATION_IF = "eth0"


class NetnsError(RuntimeError):
    """An ``ip`` command that failed while building or changing the LAN."""


def _ip(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(["ip", *args], capture_output=True, text=True, timeout=_IP_TIMEOUT, check=False)
    if check and done.returncode != 0:
        raise NetnsError(f"ip {' '.join(args)}: {done.stderr.strip()}")
    return done


@functools.cache
def netns_unavailable_reason() -> str | None:
    """Why network namespace tests cannot run here, or None when they can (checked once per process)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "network namespaces need root"
    if shutil.which("ip") is None:
        return "network namespaces need iproute2 (`ip`): apt-get install iproute2"
    probe = f"{NAME_PREFIX}{secrets.token_hex(3)}p"
    try:
        _ip("netns", "add", probe)
    except (NetnsError, OSError, subprocess.TimeoutExpired) as exc:
        return f"cannot create a network namespace: {exc}"
    try:
        _ip("-n", probe, "link", "add", "pb0", "type", "bridge")
        _ip("-n", probe, "link", "add", "pv0", "type", "veth", "peer", "name", "pv1")
    except (NetnsError, OSError, subprocess.TimeoutExpired) as exc:
        return f"cannot create a bridge or veth pair in a namespace: {exc}"
    finally:
        _ip("netns", "del", probe, check=False)
    return None


def netns_available() -> bool:
    """True when this process can build namespace LANs (root, iproute2, namespaces, bridges, veths)."""
    return netns_unavailable_reason() is None


def existing_namespaces(prefix: str = NAME_PREFIX) -> list[str]:
    """Names of the network namespaces that start with ``prefix``."""
    listed = _ip("netns", "list", check=False).stdout
    names = (line.split()[0] for line in listed.splitlines() if line.strip())
    return [name for name in names if name.startswith(prefix)]


class NamespaceLan:
    """N station namespaces joined by a bridge in its own namespace; a context manager.

    Stations are numbered 0..N-1; station i has address ``addresses[i]`` (10.77.0.<i+1>).
    """

    def __init__(self, size: int, subnet: str = "10.77.0", prefix: str = NAME_PREFIX) -> None:
        if not 1 <= size <= 200:
            raise ValueError("a namespace LAN has 1 to 200 stations")
        self.run_id = f"{prefix}{secrets.token_hex(3)}"
        self.bridge_namespace = f"{self.run_id}br"
        self.namespaces = [f"{self.run_id}s{i}" for i in range(size)]
        self.addresses = [f"{subnet}.{i + 1}" for i in range(size)]
        self._processes: list[subprocess.Popen[Any]] = []

    def __enter__(self) -> NamespaceLan:
        try:
            self._build()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _build(self) -> None:
        br = self.bridge_namespace
        _ip("netns", "add", br)
        # Snooping off: the bridge floods multicast without waiting for IGMP reports.
        _ip("-n", br, "link", "add", _BRIDGE, "type", "bridge", "mcast_snooping", "0")
        _ip("-n", br, "link", "set", _BRIDGE, "up")
        for i, (ns, address) in enumerate(zip(self.namespaces, self.addresses)):
            _ip("netns", "add", ns)
            # Created inside the bridge namespace with its peer moved straight into the station's:
            # the host's namespace never holds either end.
            port = self._port(i)
            _ip("-n", br, "link", "add", port, "type", "veth", "peer", "name", _STATION_IF, "netns", ns)
            _ip("-n", br, "link", "set", port, "master", _BRIDGE)
            _ip("-n", br, "link", "set", port, "up")
            _ip("-n", ns, "link", "set", "lo", "up")
            _ip("-n", ns, "addr", "add", f"{address}/24", "dev", _STATION_IF)
            _ip("-n", ns, "link", "set", _STATION_IF, "multicast", "on", "up")

    @staticmethod
    def _port(index: int) -> str:
        return f"p{index}"  # the bridge-side end of station ``index``'s cable

    def command(self, index: int, argv: Sequence[str]) -> list[str]:
        """``argv`` wrapped to run inside station ``index``'s namespace."""
        return ["ip", "netns", "exec", self.namespaces[index], *argv]

    def popen(self, index: int, argv: Sequence[str], **kwargs: Any) -> subprocess.Popen[Any]:
        """Start ``argv`` in station ``index``'s namespace; :meth:`close` kills it if still running.

        ``ip netns exec`` execs the command, so the returned PID is the command itself.
        """
        process: subprocess.Popen[Any] = subprocess.Popen(self.command(index, argv), **kwargs)
        self._processes.append(process)
        return process

    def run(self, index: int, argv: Sequence[str], timeout: float = 10.0) -> subprocess.CompletedProcess[str]:
        """Run ``argv`` to completion in station ``index``'s namespace."""
        return subprocess.run(self.command(index, argv), capture_output=True, text=True, timeout=timeout, check=False)

    def cut(self, index: int) -> None:
        """Unplug station ``index``: its bridge port goes down (its own link loses carrier)."""
        _ip("-n", self.bridge_namespace, "link", "set", self._port(index), "down")

    def heal(self, index: int) -> None:
        """Plug station ``index`` back in."""
        _ip("-n", self.bridge_namespace, "link", "set", self._port(index), "up")

    def close(self) -> None:
        """Kill the processes started here (by PID), then delete every namespace of this run. Idempotent."""
        try:
            for process in self._processes:
                if process.poll() is None:
                    process.terminate()
            for process in self._processes:
                try:
                    process.wait(_STOP_TIMEOUT)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(_STOP_TIMEOUT)
                # Closing waits for a reader thread, which sees end of file now that the process is gone.
                for stream in (process.stdin, process.stdout, process.stderr):
                    if stream is not None:
                        with contextlib.suppress(OSError):  # unflushed input to a dead process
                            stream.close()
            self._processes.clear()
        finally:
            # Deleting a namespace destroys its interfaces, and a veth goes with either of its ends.
            for ns in [*self.namespaces, self.bridge_namespace]:
                _ip("netns", "del", ns, check=False)

    def leftovers(self) -> list[str]:
        """Namespaces of this run that still exist (empty after :meth:`close`)."""
        return existing_namespaces(self.run_id)
