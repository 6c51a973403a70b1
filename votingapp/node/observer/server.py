"""The observer board's HTTP server: read-only, bounded, on the node's asyncio loop (standard library only).

What it serves (``GET`` and ``HEAD`` only; anything else is refused with one clean answer):

- ``/`` the board page (``?lang=xx`` picks a language), ``/live`` its live part, ``/board.json`` the data,
- ``/record`` the election record (as ``export`` writes it) and ``/manifest`` the election's manifest,
- ``/static/board.css``, ``/static/board.js``, ``/static/icon.svg``.

Safe by construction: no cookie is ever set and no request changes anything; every answer carries a strict
Content-Security-Policy (no inline script), ``Referrer-Policy: no-referrer`` and ``nosniff``.  Bounded: at most
:data:`MAX_CONNECTIONS` connections (when full, the oldest one that waits for a request makes room), a request
head of at most :data:`MAX_HEAD_BYTES` and :data:`MAX_HEADERS` headers, no body, a head that must arrive within
:data:`HEAD_TIMEOUT_S` (slowloris), a slow reader cut off after :data:`WRITE_TIMEOUT_S` per chunk and
:data:`RESPONSE_TIMEOUT_S` per answer, at most :data:`MAX_DOWNLOADS` records sent at once, and a token bucket
(:data:`RATE_PER_S`) on connections and requests, so that a flood costs the node a bounded share of its loop.
Nothing of a request (path, headers) is logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import json
import logging
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import Protocol
from urllib.parse import parse_qs

from votingapp.node.observer.board import Board
from votingapp.node.observer.i18n import LANGUAGES
from votingapp.node.observer.page import live_html, page_html

log = logging.getLogger(__name__)

MAX_CONNECTIONS = 128
MAX_HEAD_BYTES = 8 * 1024
MAX_HEADERS = 32
MAX_TARGET = 1024
HEAD_TIMEOUT_S = 5.0  # the whole request head, from the connection or the previous answer
KEEPALIVE_S = 15.0  # a connection idle this long after an answer is closed
MAX_CLOSING = 16  # evicted connections whose sockets may still be open
IDLE_EVICT_S = 1.0  # when full, a connection waiting this long for its request may be closed to make room
WRITE_TIMEOUT_S = 10.0  # per chunk: a reader this slow is cut off
RESPONSE_TIMEOUT_S = 120.0  # a whole answer (the record): a reader that takes longer is cut off
MAX_DOWNLOADS = 8  # records being sent at once; more get "503, try again"
MAX_REQUESTS_PER_CONNECTION = 200
RATE_PER_S = 300.0  # connections + requests per second, all clients together
BURST = 300.0
CHUNK = 64 * 1024
RECORD_MAX_AGE_S = 10.0  # the record is re-read from the store at most this often
SNAPSHOT_MAX_AGE_S = 1.0  # the board is rebuilt at most this often (and when the tip or the peers change)
ACCEPT_RETRY_S = 0.2
_RESOURCE_ERRNOS = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = (
    ("Content-Security-Policy", CSP),
    ("Referrer-Policy", "no-referrer"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
)
REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed", 408: "Request Timeout",
           411: "Length Required", 413: "Content Too Large", 414: "URI Too Long",
           431: "Request Header Fields Too Large", 503: "Service Unavailable", 505: "HTTP Version Not Supported"}
STATIC = {
    "/static/board.css": ("board.css", "text/css; charset=utf-8"),
    "/static/board.js": ("board.js", "text/javascript; charset=utf-8"),
    "/static/icon.svg": ("icon.svg", "image/svg+xml"),
}
PAGES = frozenset({"/", "/live", "/board.json", "/record", "/manifest", *STATIC})
_TOKEN = frozenset(b"!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


class BoardSource(Protocol):
    """Where the board's content comes from: a running node, or a data dir (``observe``)."""

    def board(self) -> Board:
        """The board now (on the server's loop thread: must be quick)."""
        ...

    def version(self) -> object:
        """Changes whenever the board may have changed (the tip, the peers); cheap."""
        ...

    def manifest(self) -> bytes:
        """The election's manifest, as ``election export`` writes it."""
        ...

    def record(self) -> bytes:
        """The election record, as ``export`` writes it (blocking: run on an executor thread)."""
        ...

    @property
    def language(self) -> str:
        """The station's language (a code of ``LANGUAGES``)."""
        ...


class _Refused(Exception):
    """A request answered with an error status (and the connection closed)."""

    def __init__(self, status: int, text: str, extra: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(text)
        self.status = status
        self.text = text
        self.extra = extra


@dataclass
class Stats:
    """What the server did (for tests and the benchmark)."""

    served: int = 0
    refused: dict[int, int] = field(default_factory=dict)
    evicted: int = 0
    timed_out: int = 0


class _TokenBucket:
    """``rate`` tokens per second, at most ``burst`` saved; ``take`` waits for one (bounded by the caller)."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate = rate
        self.burst = burst
        self.tokens = burst
        self.stamp = time.monotonic()

    async def take(self) -> None:
        for _ in range(1000):
            now = time.monotonic()
            self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
            self.stamp = now
            if self.tokens >= 1.0:
                self.tokens -= 1.0
                return
            await asyncio.sleep((1.0 - self.tokens) / self.rate)
        raise TimeoutError("rate limit")


class _Conn:
    __slots__ = ("busy", "evicted", "since", "sock", "writer")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.since = time.monotonic()  # when it started waiting for its next request
        self.busy = False  # answering a request: never evicted
        self.evicted = False
        self.writer: asyncio.StreamWriter | None = None


@dataclass(frozen=True)
class _Request:
    method: str
    path: str
    language: str
    keep_alive: bool


class ObserverServer:
    """The board on ``host:port`` for ``source``; start and stop on the loop that serves it."""

    def __init__(self, source: BoardSource, host: str, port: int,
                 on_record: Callable[[], None] | None = None) -> None:
        self.source = source
        self.host = host
        self.port = port
        self.stats = Stats()
        self._on_record = on_record
        self._listener: socket.socket | None = None
        self._accept_task: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._conns: dict[int, _Conn] = {}
        self._next = 0
        self._bucket = _TokenBucket(RATE_PER_S, BURST)
        self._slot_free = asyncio.Event()
        self._cache: dict[tuple[str, str], bytes] = {}
        self._board: Board | None = None
        self._cache_key: object = None
        self._cache_time = 0.0
        self._record: tuple[str, bytes] | None = None  # (tip, record)
        self._record_time = 0.0
        self._downloads = 0  # records being sent now
        self._record_job: asyncio.Future[bytes] | None = None
        self._static: dict[str, bytes] = {}
        self._accept_errors_logged = 0.0

    @property
    def address(self) -> tuple[str, int]:
        """(host, port) actually listened on."""
        assert self._listener is not None
        host, port = self._listener.getsockname()[:2]
        return str(host), int(port)

    @property
    def connections(self) -> int:
        """Connections holding a slot now."""
        return sum(1 for c in self._conns.values() if not c.evicted)

    def start(self) -> tuple[str, int]:
        """Listen (raises OSError when the port is taken) and serve; on the serving loop's thread."""
        for name, (filename, _type) in STATIC.items():
            self._static[name] = resources.files(__package__).joinpath("static", filename).read_bytes()
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        listener = socket.socket(family, socket.SOCK_STREAM)
        try:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind((self.host, self.port))
            listener.listen(128)
            listener.setblocking(False)
        except BaseException:
            listener.close()
            raise
        self._listener = listener
        self._accept_task = asyncio.get_running_loop().create_task(self._accept_loop(listener))
        return self.address

    async def stop(self) -> None:
        """Stop listening and close every connection."""
        if self._accept_task is not None:
            self._accept_task.cancel()
            await asyncio.gather(self._accept_task, return_exceptions=True)
            self._accept_task = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        for conn in self._conns.values():
            conn.sock.close()
        self._conns.clear()

    # -- connections
    async def _accept_loop(self, listener: socket.socket) -> None:
        loop = asyncio.get_running_loop()
        while True:
            try:
                await self._bucket.take()
            except TimeoutError:  # never let the accept loop die
                continue
            # a slot, and never more than MAX_CLOSING evicted connections still being closed (on a busy loop
            # their sockets stay open until their tasks run): the process's sockets stay bounded
            while (self.connections >= MAX_CONNECTIONS and not self._evict_one()) \
                    or len(self._conns) >= MAX_CONNECTIONS + MAX_CLOSING:
                self._slot_free.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._slot_free.wait(), IDLE_EVICT_S / 2)
            try:
                sock, _ = await loop.sock_accept(listener)
            except asyncio.CancelledError:
                raise
            except OSError as exc:
                if exc.errno in _RESOURCE_ERRNOS:
                    now = time.monotonic()
                    if now - self._accept_errors_logged > 60:
                        log.warning("observer board cannot accept connections: %s (retrying)", exc.strerror)
                        self._accept_errors_logged = now
                    await asyncio.sleep(ACCEPT_RETRY_S)
                continue
            conn = _Conn(sock)
            key = self._next
            self._next += 1
            self._conns[key] = conn
            task = loop.create_task(self._serve(key, conn))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def _evict_one(self) -> bool:
        now = time.monotonic()
        for conn in self._conns.values():
            if conn.busy or conn.evicted or now - conn.since < IDLE_EVICT_S:
                continue
            conn.evicted = True
            self.stats.evicted += 1
            if conn.writer is not None:
                conn.writer.close()
            else:
                conn.sock.close()
            return True
        return False

    async def _serve(self, key: int, conn: _Conn) -> None:
        writer: asyncio.StreamWriter | None = None
        try:
            if conn.evicted:
                return
            reader, writer = await asyncio.open_connection(sock=conn.sock, limit=MAX_HEAD_BYTES)
            conn.writer = writer
            for served in range(MAX_REQUESTS_PER_CONNECTION):
                conn.since = time.monotonic()
                head = await self._read_head(reader, served == 0)
                if head is None or conn.evicted:
                    return
                conn.busy = True
                await self._bucket.take()
                keep = await self._answer(head, writer)
                conn.busy = False
                if not keep or served + 1 == MAX_REQUESTS_PER_CONNECTION:
                    return
        except (ConnectionError, OSError, asyncio.IncompleteReadError, TimeoutError):
            pass
        except Exception:  # a bug must never take the node down: one line, no request content
            log.exception("observer board: a connection failed")
        finally:
            self._conns.pop(key, None)
            self._slot_free.set()
            if writer is None:
                conn.sock.close()
            else:
                writer.close()
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(writer.wait_closed(), 2.0)

    async def _read_head(self, reader: asyncio.StreamReader, first: bool) -> bytes | _Refused | None:
        """The request head (through the blank line); a refusal (408 for a first request that came too slowly: a
        slowloris); or None when the client went away or stayed silent after an answer (keep-alive)."""
        try:
            return await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), HEAD_TIMEOUT_S if first else KEEPALIVE_S)
        except asyncio.LimitOverrunError:
            return _Refused(431, "the request head is too large")
        except asyncio.IncompleteReadError as exc:
            return _Refused(400, "incomplete request") if exc.partial.strip() else None
        except TimeoutError:
            self.stats.timed_out += 1
            return _Refused(408, "the request head did not come in time") if first else None

    async def _answer(self, head: bytes | _Refused, writer: asyncio.StreamWriter) -> bool:
        try:
            if isinstance(head, _Refused):
                raise head
            request = parse_head(head)
            try:
                status, ctype, body, extra = await self._route(request)
            except _Refused:
                raise
            except Exception as exc:  # the store cannot be read, ...: one line (nothing of the request)
                log.warning("observer board: cannot answer: %s", exc)
                raise _Refused(503, "the station cannot answer this now; try again") from None
        except _Refused as refused:
            self.stats.refused[refused.status] = self.stats.refused.get(refused.status, 0) + 1
            body = f"{refused.status} {REASONS.get(refused.status, '')}: {refused.text}\n".encode()
            await self._send(writer, refused.status, "text/plain; charset=utf-8", body, False,
                             (("Cache-Control", "no-store"), *refused.extra), head_only=False)
            return False
        self.stats.served += 1
        download = request.path == "/record"
        self._downloads += download
        try:
            await self._send(writer, status, ctype, body, request.keep_alive, extra,
                             head_only=request.method == "HEAD")
        finally:
            self._downloads -= download
        return request.keep_alive

    async def _send(self, writer: asyncio.StreamWriter, status: int, ctype: str, body: bytes, keep: bool,
                    extra: tuple[tuple[str, str], ...], head_only: bool) -> None:
        lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'OK')}", f"Content-Type: {ctype}",
                 f"Content-Length: {len(body)}", f"Connection: {'keep-alive' if keep else 'close'}",
                 *(f"{k}: {v}" for k, v in SECURITY_HEADERS), *(f"{k}: {v}" for k, v in extra)]
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        if not head_only:
            deadline = time.monotonic() + RESPONSE_TIMEOUT_S
            view = memoryview(body)
            for start in range(0, len(body), CHUNK):
                writer.write(view[start:start + CHUNK])
                await asyncio.wait_for(writer.drain(), min(WRITE_TIMEOUT_S, max(0.0, deadline - time.monotonic())))
        await asyncio.wait_for(writer.drain(), WRITE_TIMEOUT_S)

    # -- content
    async def _route(self, request: _Request) -> tuple[int, str, bytes, tuple[tuple[str, str], ...]]:
        path = request.path
        no_store = (("Cache-Control", "no-store"),)
        if path in STATIC:
            return 200, STATIC[path][1], self._static[path], (("Cache-Control", "max-age=300"),)
        if path in ("/", "/live", "/board.json"):
            return 200, *self._rendered(path, request.language or self.source.language), no_store
        if path == "/manifest":
            short = self._snapshot().election[:16]
            return 200, "application/json", self.source.manifest(), (
                *no_store, ("Content-Disposition", f'attachment; filename="election-{short}.json"'))
        if path == "/record":
            if self._downloads >= MAX_DOWNLOADS:
                raise _Refused(503, "too many downloads of the record at once; try again in a moment")
            board = self._snapshot()
            body = await self._record_bytes(board.tip)
            return 200, "application/octet-stream", body, (
                *no_store, ("Content-Disposition", f'attachment; filename="election-{board.election[:16]}.record"'))
        raise _Refused(404, "no such page on the observer board")

    def _snapshot(self) -> Board:
        """The board, rebuilt when the source's version changed or it is older than SNAPSHOT_MAX_AGE_S."""
        version = self.source.version()
        now = time.monotonic()
        if self._board is None or version != self._cache_key or now - self._cache_time > SNAPSHOT_MAX_AGE_S:
            self._cache.clear()
            self._board = self.source.board()
            self._cache_key = version
            self._cache_time = now
        return self._board

    def _rendered(self, path: str, language: str) -> tuple[str, bytes]:
        board = self._snapshot()
        key = (path, language if path != "/board.json" else "")
        body = self._cache.get(key)
        if body is None:
            if path == "/board.json":
                body = json.dumps(board.to_json(), sort_keys=True, ensure_ascii=False).encode()
            elif path == "/live":
                body = live_html(board, language).encode()
            else:
                body = page_html(board, language).encode()
            self._cache[key] = body
        ctype = "application/json" if path == "/board.json" else "text/html; charset=utf-8"
        return ctype, body

    async def _record_bytes(self, tip: str) -> bytes:
        """The record at ``tip``: made on an executor thread, one at a time, shared by every download.

        A record made less than RECORD_MAX_AGE_S ago is served even if the tip moved since (it is the whole
        chain up to its own tip, and verifies as such): downloads cannot make the station re-read its chain
        more often than that."""
        now = time.monotonic()
        if self._record is not None and (self._record[0] == tip or now - self._record_time < RECORD_MAX_AGE_S):
            return self._record[1]
        job = self._record_job
        if job is None or job.done():
            loop = asyncio.get_running_loop()
            job = loop.run_in_executor(None, self.source.record)
            self._record_job = job
            if self._on_record is not None:
                self._on_record()
        body = await asyncio.shield(job)
        if job is self._record_job:
            self._record = (tip, body)
            self._record_time = time.monotonic()
        return body


def parse_head(head: bytes) -> _Request:
    """A request head as a :class:`_Request`; raises :class:`_Refused` for anything but a clean GET or HEAD."""
    lines = head[:-4].split(b"\r\n")
    parts = lines[0].split(b" ")
    if len(parts) != 3 or not parts[0] or not set(parts[0]) <= _TOKEN:
        raise _Refused(400, "malformed request line")
    method, target, version = parts
    if version not in (b"HTTP/1.1", b"HTTP/1.0"):
        if version.startswith(b"HTTP/"):
            raise _Refused(505, "only HTTP/1.0 and HTTP/1.1")
        raise _Refused(400, "malformed request line")
    if len(lines) - 1 > MAX_HEADERS:
        raise _Refused(431, f"at most {MAX_HEADERS} headers")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(b":")
        if not sep or not name or not set(name) <= _TOKEN:
            raise _Refused(400, "malformed header")
        key = name.decode("ascii").lower()
        if key in headers and key in ("content-length", "host", "transfer-encoding"):
            raise _Refused(400, f"repeated {key} header")
        headers[key] = value.strip(b" \t").decode("latin-1")
    if method not in (b"GET", b"HEAD"):
        raise _Refused(405, "the observer board is read-only: GET and HEAD only", (("Allow", "GET, HEAD"),))
    if "transfer-encoding" in headers:
        raise _Refused(413, "a request to the observer board has no body")
    length = headers.get("content-length", "0")
    if not length.isdigit():
        raise _Refused(400, "malformed Content-Length")
    if int(length) != 0:
        raise _Refused(413, "a request to the observer board has no body")
    if len(target) > MAX_TARGET:
        raise _Refused(414, f"at most {MAX_TARGET} characters")
    if not target.startswith(b"/") or not set(target) <= _TARGET_CHARS:
        raise _Refused(400, "malformed target")
    if version == b"HTTP/1.1" and "host" not in headers:
        raise _Refused(400, "no Host header")
    path, _, query = target.decode("ascii").partition("?")
    if path not in PAGES:
        raise _Refused(404, "no such page on the observer board")
    language = ""
    if query:
        try:
            values = parse_qs(query, max_num_fields=8, strict_parsing=False).get("lang", [])
        except ValueError:
            values = []
        language = values[0] if values and values[0] in LANGUAGES else ""
    connection = headers.get("connection", "").lower()
    keep = "close" not in connection if version == b"HTTP/1.1" else "keep-alive" in connection
    return _Request(method.decode("ascii"), path, language, keep)


_TARGET_CHARS = frozenset(range(0x21, 0x7F))
