"""Stations on 127.0.0.1 find each other, see each other's height, notice goodbyes and shrug off bad adverts."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from zeroconf import IPVersion, ServiceInfo, Zeroconf

from tests.discovery.events import EventLog
from votingapp.net.discovery import SERVICE_TYPE, StationAdvert, StationDiscovery

LOOPBACK = "127.0.0.1"
FIND_TIMEOUT = 10.0
START_TIMEOUT = 10.0


@dataclass
class Station:
    """A discovery under test and what its callbacks reported."""

    discovery: StationDiscovery
    found: EventLog[StationAdvert]
    lost: EventLog[str]

    @property
    def key(self) -> bytes:
        return self.discovery.own.station_key

    def start(self) -> Station:
        self.discovery.start().result(START_TIMEOUT)
        return self

    def wait_found(self, other: Station, height: int | None = None) -> StationAdvert | None:
        return self.found.wait_for(
            lambda a: a.station_key == other.key and (height is None or a.height == height), FIND_TIMEOUT
        )

    def heights_seen_of(self, other: Station) -> list[int]:
        return [a.height for a in self.found.snapshot() if a.station_key == other.key]


MakeStation = Callable[..., Station]


@pytest.fixture
def make_station() -> Iterator[MakeStation]:
    """Stations bound to 127.0.0.1 with QM queries; every one is closed after the test, pass or fail."""
    made: list[StationDiscovery] = []

    def make(
        name: str,
        *,
        election_id: bytes | None = b"\x01" * 32,
        title: str = "Test election",
        height: int = 0,
        on_found: Callable[[StationAdvert], None] | None = None,
    ) -> Station:
        found: EventLog[StationAdvert] = EventLog()
        lost: EventLog[str] = EventLog()
        discovery = StationDiscovery(
            station_key=os.urandom(32),
            station_name=name,
            election_id=election_id,
            title=title,
            protocol_version=1,
            height=height,
            port=7000 + len(made),
            on_found=on_found or found.append,
            on_lost=lost.append,
            interfaces=[LOOPBACK],
            multicast_queries=True,
        )
        made.append(discovery)
        return Station(discovery, found, lost)

    yield make
    for discovery in made:
        discovery.close()


def _start_all(*stations: Station) -> None:
    # Probing takes about a second and a half; probe side by side.
    futures = [s.discovery.start() for s in stations]
    for future in futures:
        future.result(START_TIMEOUT)


def test_two_stations_find_each_other_with_every_field_intact(make_station: MakeStation) -> None:
    desk = make_station("Desk 1", election_id=bytes(range(32)), title="Élection municipale — bureau 5", height=3)
    joiner = make_station("Bureau ✓ 2", election_id=None, title="")
    _start_all(desk, joiner)

    assert joiner.wait_found(desk) == desk.discovery.own
    assert desk.wait_found(joiner) == joiner.discovery.own
    assert desk.discovery.own.addresses == (LOOPBACK,)
    assert desk.discovery.own.election_id == bytes(range(32))
    assert joiner.discovery.own.election_id is None


def test_a_station_never_reports_itself(make_station: MakeStation) -> None:
    desk, other = make_station("Desk 1"), make_station("Desk 2")
    _start_all(desk, other)
    assert desk.wait_found(other) is not None
    assert desk.heights_seen_of(desk) == []


def test_a_new_height_reaches_the_other_station(make_station: MakeStation) -> None:
    desk, other = make_station("Desk 1"), make_station("Desk 2")
    _start_all(desk, other)
    assert other.wait_found(desk, height=0) is not None
    desk.discovery.update(height=42)
    assert other.wait_found(desk, height=42) is not None


def test_a_burst_of_heights_is_published_at_most_once_a_second(make_station: MakeStation) -> None:
    desk, other = make_station("Desk 1"), make_station("Desk 2")
    _start_all(desk, other)
    assert other.wait_found(desk, height=0) is not None
    for height in range(1, 31):
        desk.discovery.update(height=height)
    assert other.wait_found(desk, height=30) is not None
    # The first update may go out at once, the rest wait for the next second and go out as one.
    assert len(set(other.heights_seen_of(desk))) <= 3


def test_a_closed_station_is_reported_lost(make_station: MakeStation) -> None:
    desk, other = make_station("Desk 1"), make_station("Desk 2")
    _start_all(desk, other)
    assert other.wait_found(desk) is not None
    gone = desk.discovery.own.service_name
    desk.discovery.close()
    assert other.lost.wait_for(lambda name: name == gone, FIND_TIMEOUT) == gone


def test_close_from_a_discovery_callback_is_refused(make_station: MakeStation) -> None:
    refused: EventLog[BaseException] = EventLog()
    stations: list[Station] = []

    def close_from_callback(advert: StationAdvert) -> None:
        try:
            stations[0].discovery.close()
        except RuntimeError as exc:
            refused.append(exc)

    stations.append(make_station("Desk 1", on_found=close_from_callback))
    stations.append(make_station("Desk 2"))
    _start_all(*stations)
    assert refused.wait_for(lambda exc: "callback" in str(exc), FIND_TIMEOUT) is not None


class _Messages(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.log: EventLog[str] = EventLog()

    def emit(self, record: logging.LogRecord) -> None:
        self.log.append(record.getMessage())


@pytest.fixture
def discovery_messages() -> Iterator[EventLog[str]]:
    """What votingapp.net.discovery logs, DEBUG included."""
    logger = logging.getLogger("votingapp.net.discovery")
    handler = _Messages()
    old_level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    yield handler.log
    logger.removeHandler(handler)
    logger.setLevel(old_level)


def _hostile_txt() -> dict[str, bytes | dict[bytes, bytes]]:
    good = {
        b"eid": b"",
        b"key": b"ab" * 32,
        b"name": b"Hostile",
        b"proto": b"1",
        b"height": b"0",
        b"title": b"",
    }
    return {
        "Hostile empty": {},
        "Hostile badkey": {**good, b"key": b"zz" * 32},
        "Hostile badname": {**good, b"name": b"\xff\xfe"},
        "Hostile badheight": {**good, b"height": b"-1"},
        "Hostile newline": {**good, b"name": b"Desk\n1"},
        "Hostile garbled": b"\x05ab\x40x",  # lengths that run past the end of the record
    }


def _ignored_as_malformed(name: str) -> Callable[[str], bool]:
    return lambda message: "malformed" in message and name in message


def test_malformed_adverts_are_ignored_and_browsing_goes_on(
    make_station: MakeStation, discovery_messages: EventLog[str]
) -> None:
    watcher = make_station("Watcher").start()
    hostile_names = [f"{label}.{SERVICE_TYPE}" for label in _hostile_txt()]
    infos = [
        ServiceInfo(SERVICE_TYPE, name, port=1, properties=txt, server="hostile.local.", parsed_addresses=[LOOPBACK])
        for name, txt in zip(hostile_names, _hostile_txt().values())
    ]

    async def register_hostile(raw: Zeroconf) -> None:
        for info in infos:  # no probing, and no waiting for the announcements
            await raw.async_register_service(info, cooperating_responders=True)

    with Zeroconf(interfaces=[LOOPBACK], ip_version=IPVersion.V4Only, use_asyncio=False) as raw:
        assert raw.loop is not None
        asyncio.run_coroutine_threadsafe(register_hostile(raw), raw.loop).result(START_TIMEOUT)
        good = make_station("Good").start()

        assert watcher.wait_found(good) is not None
        for name in hostile_names:
            assert discovery_messages.wait_for(_ignored_as_malformed(name), FIND_TIMEOUT), name
        assert not [a for a in watcher.found.snapshot() if a.service_name in hostile_names]
