"""How a node runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from votingapp.node.mining import WorkerThread, plain_thread

DEFAULT_PORT = 47321
DEFAULT_OBSERVER_PORT = 47380  # the observer board's web page (taken if free, else any free port)


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
    observer_port: int | None = None  # serve the observer board on this port (None: off, the default)
    observer_language: str | None = None  # the board's language besides English (None: the station's)


def parse_host_port(text: str) -> tuple[str, int]:
    """(host, port) of a ``HOST:PORT`` or ``[IPv6]:PORT`` given by a person (``--peer``, ``--listen``).

    Raises ValueError with a one-line message.
    """
    host, sep, port = text.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError(f"expected HOST:PORT, got {text!r}")
    return host.strip("[]"), int(port)
