"""Finding the other stations on the LAN with zeroconf (mDNS / DNS-SD), and being found by them.

One :class:`StationDiscovery` per station registers ``_votingapp._tcp.local.`` with this station's TXT
record and browses for the others. zeroconf runs its own asyncio loop on its own thread (never the
node's loop, even when started from inside it); every zeroconf call and both callbacks run there.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import ipaddress
import logging
import re
import threading
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import ifaddr
from zeroconf import (
    DNSQuestionType,
    InterfaceChoice,
    IPVersion,
    ServiceInfo,
    ServiceStateChange,
    Zeroconf,
)
from zeroconf.asyncio import AsyncServiceBrowser, AsyncServiceInfo

from votingapp.core.keys import PUBLIC_KEY_SIZE

log = logging.getLogger(__name__)

SERVICE_TYPE = "_votingapp._tcp.local."
ELECTION_ID_SIZE = 32
MAX_STATION_NAME = 64
MAX_TITLE = 100
MAX_PROTOCOL_VERSION = 0xFFFF
MAX_HEIGHT = (1 << 63) - 1
MAX_STATIONS = 256  # stations reported at once: far above a polling place, a cap on a flood of adverts
UPDATE_INTERVAL = 1.0  # seconds between two TXT re-registrations; heights only need to be roughly current

# RFC 6762 suggests 75 minutes for PTR/TXT: a station that crashed (no goodbye) would stay listed that long.
# Two minutes for every record shortens it, though python-zeroconf peers raise a PTR's TTL to at least
# 1125 s: there a crashed station is "lost" after about 19 minutes (a goodbye is seen at once).
_TTL = 120
_RESOLVE_TIMEOUT_MS = 3000
_MAX_RESOLVING = 64  # lookups in flight at once
_STOP_TIMEOUT = 5.0
_MAX_INSTANCE_BYTES = 63  # one DNS label
_MAX_TXT_VALUE_BYTES = 240  # a TXT string holds 255 bytes, "title=" included

Interfaces = InterfaceChoice | Sequence[str]
"""zeroconf's interface choice, or the IPv4 addresses to bind to."""

_ELECTION, _KEY, _NAME, _PROTOCOL, _HEIGHT, _TITLE = b"eid", b"key", b"name", b"proto", b"height", b"title"
_HEX_32 = re.compile(rb"[0-9a-fA-F]{64}")
_DECIMAL = re.compile(rb"[0-9]{1,19}")


class MalformedAdvert(ValueError):
    """A service of our type whose TXT record, address or port is not a well-formed station advert."""


@dataclass(frozen=True)
class StationAdvert:
    """What one station tells the LAN about itself.

    ``service_name`` is the full mDNS name (``"Desk 1 ab12cd34._votingapp._tcp.local."``), unique per
    station; ``lost`` reports this same string. ``election_id`` is None for a station with no election yet.
    """

    service_name: str
    election_id: bytes | None
    station_key: bytes
    station_name: str
    protocol_version: int
    height: int
    title: str
    addresses: tuple[str, ...]
    port: int


def display_text(text: str, max_chars: int) -> str:
    """``text`` as it can be advertised: control characters blanked, at most ``max_chars`` characters and
    at most 240 UTF-8 bytes, trimmed."""
    cleaned = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)[:max_chars]
    return _clip_utf8(cleaned, _MAX_TXT_VALUE_BYTES).strip()


def service_name_for(station_name: str, station_key: bytes) -> str:
    """The mDNS service name of a station: ``"<name> <first 8 hex of key>"`` in one 63-byte DNS label."""
    suffix = " " + station_key.hex()[:8]
    label = "".join(_label_char(ch) for ch in station_name)
    label = " ".join(label.split()) or "station"
    label = _clip_utf8(label, _MAX_INSTANCE_BYTES - len(suffix)).rstrip() or "station"
    return f"{label}{suffix}.{SERVICE_TYPE}"


def encode_txt(advert: StationAdvert) -> dict[bytes, bytes]:
    """The TXT record of ``advert`` (its name, addresses and port travel in other records)."""
    return {
        _ELECTION: advert.election_id.hex().encode() if advert.election_id is not None else b"",
        _KEY: advert.station_key.hex().encode(),
        _NAME: advert.station_name.encode(),
        _PROTOCOL: str(advert.protocol_version).encode(),
        _HEIGHT: str(advert.height).encode(),
        _TITLE: advert.title.encode(),
    }


def parse_advert(
    service_name: str,
    properties: Mapping[bytes, bytes | None],
    addresses: Sequence[str],
    port: int | None,
) -> StationAdvert:
    """The advert a peer published; raises :class:`MalformedAdvert` for anything else, whatever the input.

    Unknown TXT keys are allowed (a later protocol may add some); addresses that are not unicast IPv4
    are dropped, and at least one must remain.
    """
    election_raw = _field(properties, _ELECTION)
    usable = tuple(a for a in addresses if _is_unicast_ipv4(a))
    if not usable:
        raise MalformedAdvert("no usable IPv4 address")
    if port is None or not 0 < port <= 0xFFFF:
        raise MalformedAdvert(f"bad port {port!r}")
    return StationAdvert(
        service_name=service_name,
        election_id=None if election_raw == b"" else _hex_32(election_raw, _ELECTION),
        station_key=_hex_32(_field(properties, _KEY), _KEY),
        station_name=_text(_field(properties, _NAME), _NAME, MAX_STATION_NAME, allow_empty=False),
        protocol_version=_number(_field(properties, _PROTOCOL), _PROTOCOL, MAX_PROTOCOL_VERSION),
        height=_number(_field(properties, _HEIGHT), _HEIGHT, MAX_HEIGHT),
        title=_text(_field(properties, _TITLE), _TITLE, MAX_TITLE, allow_empty=True),
        addresses=usable,
        port=port,
    )


class StationDiscovery:
    """Advertises this station on the LAN and reports the other stations it sees.

    ``on_found(advert)`` is called when a station appears or its advert changes (so repeatedly for one
    ``service_name``, e.g. as its height grows); ``on_lost(service_name)`` when a station reported by
    ``on_found`` says goodbye or its records expire. Both run on zeroconf's own loop thread: they must
    return quickly and not block (the node hands them to its loop with ``call_soon_threadsafe``), and
    must not call :meth:`close`. Our own advert, and malformed ones, are never reported.
    """

    def __init__(
        self,
        *,
        station_key: bytes,
        station_name: str,
        election_id: bytes | None,
        title: str = "",
        protocol_version: int,
        height: int = 0,
        port: int,
        on_found: Callable[[StationAdvert], None],
        on_lost: Callable[[str], None],
        interfaces: Interfaces = InterfaceChoice.All,
        multicast_queries: bool = False,
        addresses: Sequence[str] | None = None,
    ) -> None:
        """Nothing touches the network until :meth:`start`.

        ``interfaces`` is zeroconf's choice (tests pass ``["127.0.0.1"]`` or a namespace address). The
        advertised addresses default to the IPv4 addresses in ``interfaces``, or for ``InterfaceChoice``
        to every non-loopback IPv4 address of this machine. ``multicast_queries`` asks QM questions only:
        several zeroconf instances on one host then find each other in ~0.1 s instead of ~1 s.
        Station name and title are cut to 64 and 100 characters; raises ValueError on a bad key or id.
        """
        if len(station_key) != PUBLIC_KEY_SIZE:
            raise ValueError(f"station key must be {PUBLIC_KEY_SIZE} bytes")
        if election_id is not None and len(election_id) != ELECTION_ID_SIZE:
            raise ValueError(f"election id must be {ELECTION_ID_SIZE} bytes")
        if not 0 <= protocol_version <= MAX_PROTOCOL_VERSION:
            raise ValueError("protocol version out of range")
        if not 0 < port <= 0xFFFF:
            raise ValueError("port out of range")
        _check_height(height)
        advertised = tuple(addresses) if addresses is not None else _local_ipv4_addresses(interfaces)
        name = display_text(station_name, MAX_STATION_NAME) or "station"
        self._own = StationAdvert(
            service_name=service_name_for(name, station_key),
            election_id=election_id,
            station_key=station_key,
            station_name=name,
            protocol_version=protocol_version,
            height=height,
            title=display_text(title, MAX_TITLE),
            addresses=advertised,
            port=port,
        )
        self._on_found = on_found
        self._on_lost = on_lost
        # zeroconf takes a list, not any sequence
        self._interfaces = interfaces if isinstance(interfaces, InterfaceChoice) else list(interfaces)
        self._question_type = DNSQuestionType.QM if multicast_queries else None
        self._server = f"votingapp-{station_key.hex()[:16]}.local."
        self._lock = threading.Lock()  # guards _own, _zc and _closed across the caller's and zeroconf's threads
        self._zc: Zeroconf | None = None
        self._closed = False
        # Everything below is touched on zeroconf's loop thread only.
        self._stopping = False
        self._start_task: asyncio.Task[Any] | None = None
        self._browser: AsyncServiceBrowser | None = None
        self._registered: ServiceInfo | None = None
        self._last_publish = 0.0
        self._publish_timer: asyncio.TimerHandle | None = None
        self._resolving: dict[str, asyncio.Task[None]] = {}
        self._reported: dict[str, StationAdvert] = {}
        self._background: set[asyncio.Future[Any]] = set()

    @property
    def own(self) -> StationAdvert:
        """What this station advertises (the service name may gain a ``-2`` if another station held it)."""
        with self._lock:
            own = self._own
        registered = self._registered
        return own if registered is None else replace(own, service_name=registered.name)

    def start(self) -> concurrent.futures.Future[None]:
        """Open zeroconf, start browsing and register our advert; returns at once.

        The future is done when the advert is registered (about 1.5 s of probing); waiting on it is
        optional. Raises OSError when the sockets cannot be opened, RuntimeError when started twice.
        """
        with self._lock:
            if self._closed or self._zc is not None:
                raise RuntimeError("StationDiscovery can be started once, before close()")
            # use_asyncio=False: never attach to the caller's loop (the node's), whose thread must not block.
            zc = Zeroconf(interfaces=self._interfaces, ip_version=IPVersion.V4Only, use_asyncio=False)
            self._zc = zc
        assert zc.loop is not None
        future = asyncio.run_coroutine_threadsafe(self._async_start(zc), zc.loop)
        future.add_done_callback(_log_start_failure)
        return future

    def update(self, *, height: int | None = None, election_id: bytes | None = None, title: str | None = None) -> None:
        """Change what we advertise (None keeps a field); from any thread, never blocks.

        Re-registration is rate-limited to once per :data:`UPDATE_INTERVAL`; the latest values win.
        """
        if height is not None:
            _check_height(height)
        if election_id is not None and len(election_id) != ELECTION_ID_SIZE:
            raise ValueError(f"election id must be {ELECTION_ID_SIZE} bytes")
        with self._lock:
            if self._closed:
                return
            own = self._own
            self._own = replace(
                own,
                height=own.height if height is None else height,
                election_id=own.election_id if election_id is None else election_id,
                title=own.title if title is None else display_text(title, MAX_TITLE),
            )
            zc = self._zc
        if zc is None or zc.loop is None:
            return  # not started: start() registers the latest values
        # close() may shut the loop between our check and here: then there is nothing left to publish.
        with contextlib.suppress(RuntimeError):
            zc.loop.call_soon_threadsafe(self._async_schedule_publish)

    def close(self) -> None:
        """Cancel the browser, unregister our advert (goodbye packets), close zeroconf. Idempotent.

        Blocks for about half a second; call it from any thread except a discovery callback.
        """
        zc = self._zc
        if zc is not None and zc.loop is not None and _running_loop() is zc.loop:
            raise RuntimeError("close() from a discovery callback would deadlock zeroconf; call it elsewhere")
        with self._lock:
            if self._closed:
                return
            self._closed = True
            zc = self._zc
        if zc is None:
            return
        try:
            if zc.loop is not None and zc.loop.is_running():
                asyncio.run_coroutine_threadsafe(self._async_stop(zc), zc.loop).result(_STOP_TIMEOUT)
        except Exception:  # a half-finished goodbye must not keep zeroconf's sockets and thread alive
            log.debug("discovery: unclean stop", exc_info=True)
        finally:
            zc.close()

    def __enter__(self) -> StationDiscovery:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- zeroconf's loop thread from here on ---------------------------------------------------------

    async def _async_start(self, zc: Zeroconf) -> None:
        if self._stopping:
            return
        self._start_task = asyncio.current_task()
        self._browser = AsyncServiceBrowser(
            zc, [SERVICE_TYPE], handlers=[self._on_service_state_change], question_type=self._question_type
        )
        info = self._service_info(self.own)
        announce = await zc.async_register_service(info, allow_name_change=True)
        self._registered = info
        self._last_publish = asyncio.get_running_loop().time()
        self._keep(asyncio.ensure_future(announce))
        self._async_schedule_publish()  # an update() that came in while we were probing

    async def _async_stop(self, zc: Zeroconf) -> None:
        self._stopping = True
        if self._publish_timer is not None:
            self._publish_timer.cancel()
            self._publish_timer = None
        start = self._start_task
        if start is not None and not start.done():
            start.cancel()
            await asyncio.wait([start])
        if self._browser is not None:
            await self._browser.async_cancel()
        # Pending announcements go before the goodbye, or they would bring the advert back.
        pending = [*self._resolving.values(), *self._background]
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending)
        if self._registered is not None:
            goodbye = await zc.async_unregister_service(self._registered)
            await goodbye

    def _on_service_state_change(
        self, zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange
    ) -> None:
        # zeroconf calls handlers with these keyword names; nothing here may block or raise.
        if self._stopping:
            return
        previous = self._resolving.pop(name, None)
        if previous is not None:
            previous.cancel()
        if state_change is ServiceStateChange.Removed:
            if self._reported.pop(name, None) is not None:
                self._report(self._on_lost, name)
            return
        if len(self._resolving) >= _MAX_RESOLVING or (
            name not in self._reported and len(self._reported) >= MAX_STATIONS
        ):
            log.debug("discovery: too many stations or lookups, skipping %r", name)  # a flood of adverts
            return
        task = asyncio.get_running_loop().create_task(self._async_resolve(zeroconf, name))
        self._resolving[name] = task
        task.add_done_callback(self._forget_resolve)

    def _forget_resolve(self, task: asyncio.Task[None]) -> None:
        for name, running in list(self._resolving.items()):
            if running is task:
                del self._resolving[name]

    async def _async_resolve(self, zc: Zeroconf, name: str) -> None:
        try:
            info = AsyncServiceInfo(SERVICE_TYPE, name)
            if not await info.async_request(zc, _RESOLVE_TIMEOUT_MS, question_type=self._question_type):
                log.debug("discovery: %r did not answer", name)
                return
            advert = parse_advert(name, info.properties, info.parsed_addresses(IPVersion.V4Only), info.port)
        except MalformedAdvert as exc:
            log.debug("discovery: ignoring malformed advert %r: %s", name, exc)
            if self._reported.pop(name, None) is not None:
                self._report(self._on_lost, name)
            return
        except Exception:  # hostile or broken records must never take discovery down
            log.debug("discovery: could not resolve %r", name, exc_info=True)
            return
        registered = self._registered
        if advert.station_key == self._own.station_key or (registered is not None and name == registered.name):
            return
        if self._stopping or self._reported.get(name) == advert:
            return
        self._reported[name] = advert
        self._report(self._on_found, advert)

    def _async_schedule_publish(self) -> None:
        if self._stopping or self._registered is None or self._publish_timer is not None:
            return
        loop = asyncio.get_running_loop()
        wait = self._last_publish + UPDATE_INTERVAL - loop.time()
        if wait > 0:
            self._publish_timer = loop.call_later(wait, self._async_publish)
        else:
            self._async_publish()

    def _async_publish(self) -> None:
        self._publish_timer = None
        registered = self._registered
        if self._stopping or registered is None or self._zc is None:
            return
        info = self._service_info(replace(self.own, service_name=registered.name))
        if info.text == registered.text:
            return
        self._registered = info
        self._last_publish = asyncio.get_running_loop().time()
        self._keep(asyncio.ensure_future(self._async_update_service(self._zc, info)))

    async def _async_update_service(self, zc: Zeroconf, info: ServiceInfo) -> None:
        announce = await zc.async_update_service(info)
        await announce

    def _service_info(self, advert: StationAdvert) -> ServiceInfo:
        return ServiceInfo(
            SERVICE_TYPE,
            advert.service_name,
            port=advert.port,
            properties=encode_txt(advert),
            server=self._server,
            host_ttl=_TTL,
            other_ttl=_TTL,
            parsed_addresses=list(advert.addresses),
        )

    def _keep(self, future: asyncio.Future[Any]) -> None:
        self._background.add(future)
        future.add_done_callback(self._background.discard)

    def _report(self, callback: Callable[[Any], None], value: object) -> None:
        try:
            callback(value)
        except Exception:  # the node's bug must not stop discovery
            log.exception("discovery: callback %r failed", callback)


def _field(properties: Mapping[bytes, bytes | None], key: bytes) -> bytes:
    value = properties.get(key)
    if not isinstance(value, bytes):
        raise MalformedAdvert(f"no {key.decode()} value")
    return value


def _hex_32(raw: bytes, key: bytes) -> bytes:
    if not _HEX_32.fullmatch(raw):
        raise MalformedAdvert(f"{key.decode()} is not 32 bytes of hex")
    return bytes.fromhex(raw.decode("ascii"))


def _number(raw: bytes, key: bytes, maximum: int) -> int:
    if not _DECIMAL.fullmatch(raw) or int(raw) > maximum:
        raise MalformedAdvert(f"{key.decode()} is not a number up to {maximum}")
    return int(raw)


def _text(raw: bytes, key: bytes, max_chars: int, *, allow_empty: bool) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise MalformedAdvert(f"{key.decode()} is not UTF-8") from None
    if len(text) > max_chars or (not text and not allow_empty):
        raise MalformedAdvert(f"{key.decode()} must be {0 if allow_empty else 1} to {max_chars} characters")
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise MalformedAdvert(f"{key.decode()} holds control characters")
    return text


def _is_unicast_ipv4(text: str) -> bool:
    try:
        address = ipaddress.IPv4Address(text)
    except ValueError:
        return False
    return not (address.is_unspecified or address.is_multicast or address == ipaddress.IPv4Address("255.255.255.255"))


def _label_char(ch: str) -> str:
    if ch.isspace():
        return " "
    return "-" if ch in ".\\" or unicodedata.category(ch).startswith("C") else ch


def _clip_utf8(text: str, max_bytes: int) -> str:
    return text.encode("utf-8")[:max_bytes].decode("utf-8", errors="ignore")


def _check_height(height: int) -> None:
    if not 0 <= height <= MAX_HEIGHT:
        raise ValueError("height out of range")


def _local_ipv4_addresses(interfaces: Interfaces) -> tuple[str, ...]:
    if not isinstance(interfaces, InterfaceChoice):
        return tuple(a for a in interfaces if _is_unicast_ipv4(a))
    found: list[str] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str) and _is_unicast_ipv4(ip.ip) and not ipaddress.IPv4Address(ip.ip).is_loopback:
                found.append(ip.ip)
    return tuple(dict.fromkeys(found))


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _log_start_failure(future: concurrent.futures.Future[None]) -> None:
    if not future.cancelled() and future.exception() is not None:
        log.error("discovery: could not register this station", exc_info=future.exception())
