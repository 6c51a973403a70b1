"""The stations and elections on the LAN, for the setup wizard (before this station's node runs).

Wraps the discovery of :func:`votingapp.node.lan.browse_lan`: this station advertises itself without an
election (so an authority can pick it), and every advert it sees becomes a Signal on the GUI thread.
Opening and closing zeroconf take a moment, so both happen on worker threads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from votingapp.gui.worker_thread import Job, StopRequested
from votingapp.node.lan import DEFAULT_PORT, StationAdvert, browse_lan

log = logging.getLogger(__name__)


class LanBrowser(QObject):
    """``found(advert)`` and ``lost(service_name)`` on the GUI thread; ``adverts`` holds what is seen now."""

    found = Signal(object)
    lost = Signal(str)
    _found = Signal(object)
    _lost = Signal(str)

    def __init__(self, station_key: bytes, station_name: str, parent: QObject | None = None,
                 interfaces: list[str] | None = None, port: int = DEFAULT_PORT) -> None:
        super().__init__(parent)
        self.adverts: dict[str, StationAdvert] = {}
        self._found.connect(self._on_found, Qt.ConnectionType.QueuedConnection)
        self._lost.connect(self._on_lost, Qt.ConnectionType.QueuedConnection)
        # With ``interfaces`` given (tests), several stations on one host find each other at once.
        self._discovery = browse_lan(station_key, station_name, self._found.emit, self._lost.emit, interfaces, port)
        self._jobs: list[Job] = []

    def start(self) -> None:
        """Start browsing and advertising (on a worker: opening the sockets may take a moment)."""
        self._run(self._start, "votingapp-lan-start")

    def _start(self, _stop: StopRequested) -> None:
        self._discovery.start()

    def close(self) -> None:
        """Stop (goodbye packets take about half a second: on a worker, waited for on exit)."""
        self._run(self._close, "votingapp-lan-close")

    def _close(self, _stop: StopRequested) -> None:
        self._discovery.close()

    def _run(self, fn: Callable[[StopRequested], None], name: str) -> None:
        job = Job(fn, name)
        job.failed.connect(self._job_failed)
        self._jobs = [j for j in self._jobs if not j.isFinished()]
        self._jobs.append(job)
        job.start_job()

    @Slot(object)
    def _job_failed(self, error: BaseException) -> None:
        log.warning("LAN discovery: %s", error)

    @Slot(object)
    def _on_found(self, advert: StationAdvert) -> None:
        self.adverts[advert.service_name] = advert
        self.found.emit(advert)

    @Slot(str)
    def _on_lost(self, name: str) -> None:
        if self.adverts.pop(name, None) is not None:
            self.lost.emit(name)

    def waiting_stations(self) -> list[StationAdvert]:
        """Stations without an election: candidates for a new one."""
        return [a for a in self.adverts.values() if a.election_id is None]

    def elections(self) -> list[StationAdvert]:
        """One advert per election seen (the highest chain), to join."""
        best: dict[bytes, StationAdvert] = {}
        for advert in self.adverts.values():
            if advert.election_id is not None:
                known = best.get(advert.election_id)
                if known is None or advert.height > known.height:
                    best[advert.election_id] = advert
        return list(best.values())
