"""The board announced on the LAN by zeroconf as an ``_http._tcp`` service, so that browsers and tools find it.

Zeroconf's probing takes a second or two: :func:`announce` and :meth:`BoardAnnouncement.close` block, and the
node calls them on an executor thread, never on its loop.
"""

from __future__ import annotations

import contextlib
import logging
import unicodedata

from zeroconf import InterfaceChoice, IPVersion, ServiceInfo, Zeroconf

log = logging.getLogger(__name__)
SERVICE_TYPE = "_http._tcp.local."
MAX_LABEL_BYTES = 63


def service_label(station_name: str, title: str) -> str:
    """A clear instance name: ``Observer board — <title> (<station>)``, cut to DNS's 63 bytes."""
    def clean(text: str) -> str:
        return "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in text).replace(".", " ").strip()

    label = f"Observer board — {clean(title)} ({clean(station_name)})"
    return label.encode("utf-8")[:MAX_LABEL_BYTES].decode("utf-8", errors="ignore").strip()


class BoardAnnouncement:
    """One registered ``_http._tcp`` service; :meth:`close` says goodbye."""

    def __init__(self, zc: Zeroconf, info: ServiceInfo) -> None:
        self._zc = zc
        self.info = info

    @property
    def name(self) -> str:
        """The service's full name as registered (zeroconf may add `` (2)`` on a clash)."""
        return str(self.info.name)

    def close(self) -> None:
        """Unregister and close zeroconf (blocks for about a second)."""
        with contextlib.suppress(Exception):
            self._zc.unregister_service(self.info)
        self._zc.close()


def announce(*, station_name: str, title: str, election_id: str, station_key: str, addresses: list[str],
             port: int, interfaces: list[str] | None = None) -> BoardAnnouncement:
    """Register the board on ``addresses:port`` (blocks while zeroconf probes the name)."""
    label = service_label(station_name, title) or "Observer board"
    info = ServiceInfo(
        SERVICE_TYPE,
        f"{label}.{SERVICE_TYPE}",
        port=port,
        properties={"path": "/", "election": election_id[:16], "app": "votingapp"},
        server=f"votingapp-board-{station_key[:16]}.local.",
        parsed_addresses=addresses,
    )
    zc = Zeroconf(interfaces=InterfaceChoice.All if interfaces is None else interfaces, ip_version=IPVersion.V4Only)
    try:
        zc.register_service(info, allow_name_change=True)
    except BaseException:
        zc.close()
        raise
    log.info("observer board announced on the LAN as %r", info.name)
    return BoardAnnouncement(zc, info)
