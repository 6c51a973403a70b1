"""The local control endpoint: how CLI commands reach the running node of a data dir.

The node listens on 127.0.0.1 only, on a free port written to ``control.json`` in the data dir with a
random secret in ``control.secret`` (owner-only).  A request is one JSON line carrying the secret;
the answer is one JSON line.  A request without the right secret is refused.  The endpoint is bounded in
connections and time, and a flood of idle connections neither stops it nor fills the log (see
:class:`ControlServer`).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import errno
import hmac
import json
import logging
import os
import secrets
import socket
import time
from typing import Any, Protocol

from votingapp.core.errors import LedgerError
from votingapp.core.tally import Tally
from votingapp.node.control_client import BUSY_ERROR, PORT_FILE, ControlRefused
from votingapp.node.errors import NodeError
from votingapp.node.queries import Status, TxLocation
from votingapp.store.datadir import DataDir
from votingapp.store.files import atomic_write_bytes

log = logging.getLogger(__name__)
MAX_REQUEST = 64 * 1024
READ_TIMEOUT_S = 5.0  # for the request line; a client sends it at once
MAX_CONNECTIONS = 128  # control connections at once (well under the usual limit of 1024 open files)
IDLE_EVICT_S = 1.0  # a connection that sent no request for this long may be closed to make room
ACCEPT_RETRY_S = 0.2  # pause after an accept that failed for want of resources
ACCEPT_ERROR_LOG_INTERVAL_S = 60.0  # one log line per interval for failing accepts
CLOSE_TIMEOUT_S = 2.0
BUSY_LINE = json.dumps({"ok": False, "busy": True, "error": BUSY_ERROR}).encode() + b"\n"
_RESOURCE_ERRNOS = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})


class ControlTarget(Protocol):
    """What the control endpoint needs of a node (the facade, :class:`votingapp.node.facade.Node`, is one)."""

    def status(self) -> Status: ...
    def tally(self) -> Tally: ...
    def tally_json(self) -> dict[str, Any]: ...
    def tx_times(self, txid: bytes) -> tuple[float | None, float | None]: ...
    def register(self) -> tuple[str, bytes]: ...
    def vote(self, voter_id: str, choice: str) -> bytes: ...
    def admit(self, station: bytes, name: str = "") -> bytes: ...
    def close(self) -> bytes: ...
    def open(self) -> bytes: ...
    def wait_async(self, txid: bytes, timeout: float) -> concurrent.futures.Future[TxLocation]: ...


class _Connection:
    """One control connection: the raw socket, its writer once the streams exist, and where it is."""

    __slots__ = ("evicted", "opened", "sock", "working", "writer")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.opened = time.monotonic()
        self.writer: asyncio.StreamWriter | None = None
        self.working = False  # the request line is read: the command runs (never evicted)
        self.evicted = False  # closed to make room: its request, if any arrives, is not run


class ControlServer:
    """Serves the node's operations to local CLI clients (on the node's loop thread).

    Bounded: at most :data:`MAX_CONNECTIONS` connections at once.  A new connection beyond that takes the
    place of the oldest one still waiting for its request line (that one gets the one-line "busy" answer,
    and its request is never run); when every slot runs a command, the new one gets the "busy" answer.
    Clients retry on "busy" (:func:`votingapp.node.control_client.request`).  A request line must come
    within :data:`READ_TIMEOUT_S`.  Accept errors such as "Too many open files" are logged as one line at
    most once per :data:`ACCEPT_ERROR_LOG_INTERVAL_S`, and the endpoint keeps serving.
    """

    def __init__(self, data_dir: DataDir, node: ControlTarget) -> None:
        self.data_dir = data_dir
        self.node = node
        self.secret = secrets.token_hex(32)
        self._listener: socket.socket | None = None
        self._accept_task: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._connections: dict[int, _Connection] = {}  # in the order they came
        self._next_id = 0
        self._accept_errors = 0  # since the last one logged
        self._accept_error_logged_at: float | None = None

    async def start(self) -> None:
        """Listen on 127.0.0.1 and publish port and secret in the data dir."""
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            listener.bind(("127.0.0.1", 0))
            listener.listen(128)
            listener.setblocking(False)
        except BaseException:
            listener.close()
            raise
        self._listener = listener
        self._accept_task = asyncio.get_running_loop().create_task(self._accept_loop(listener))
        port = listener.getsockname()[1]
        data_dir = self.data_dir
        atomic_write_bytes(data_dir.secret_path, self.secret.encode(), private=True)
        published = json.dumps({"port": port, "pid": os.getpid()}).encode()
        atomic_write_bytes(data_dir.path / PORT_FILE, published, private=True)

    async def stop(self) -> None:
        """Stop listening and remove the published files."""
        data_dir = self.data_dir
        for path in (data_dir.path / PORT_FILE, data_dir.secret_path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
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
        for conn in self._connections.values():  # those whose task never started
            conn.sock.close()
        self._connections.clear()

    @property
    def connections(self) -> int:
        """Connections that hold a slot now (evicted ones, about to close, do not)."""
        return sum(1 for c in self._connections.values() if not c.evicted)

    async def _accept_loop(self, listener: socket.socket) -> None:
        loop = asyncio.get_running_loop()
        while True:
            try:
                sock, _ = await loop.sock_accept(listener)
            except asyncio.CancelledError:
                raise
            except OSError as exc:
                if exc.errno in _RESOURCE_ERRNOS:
                    self._accept_failed(exc)
                    await asyncio.sleep(ACCEPT_RETRY_S)
                else:  # the client went away before we took it (ECONNABORTED, ...)
                    log.debug("control endpoint: accept failed: %s", exc)
                    await asyncio.sleep(0)
                continue
            except Exception as exc:  # never let the accept loop die: the CLI needs it
                self._accept_failed(exc)
                await asyncio.sleep(ACCEPT_RETRY_S)
                continue
            self._admit(sock)
            await asyncio.sleep(0)  # let closed connections go before the next accept

    def _accept_failed(self, exc: BaseException) -> None:
        """Log an accept error as one line, at most once per interval (the others are counted)."""
        self._accept_errors += 1
        now = time.monotonic()
        last = self._accept_error_logged_at
        if last is not None and now - last < ACCEPT_ERROR_LOG_INTERVAL_S:
            return
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else f"{type(exc).__name__}: {exc}"
        log.warning(
            "control endpoint cannot accept connections: %s (%d time(s) since the last report; retrying)",
            reason, self._accept_errors,
        )
        self._accept_errors = 0
        self._accept_error_logged_at = now

    def _admit(self, sock: socket.socket) -> None:
        """Give the new connection a slot (making room if a waiting one can go), or answer busy."""
        if self.connections >= MAX_CONNECTIONS and not self._evict_oldest_waiting():
            with contextlib.suppress(OSError):
                sock.send(BUSY_LINE)  # non-blocking; a few bytes always fit a fresh socket's buffer
            sock.close()
            return
        conn = _Connection(sock)
        key = self._next_id
        self._next_id += 1
        self._connections[key] = conn
        task = asyncio.get_running_loop().create_task(self._serve(key, conn))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _evict_oldest_waiting(self) -> bool:
        """Close the oldest connection that has sent no request for IDLE_EVICT_S (an idle or hostile one).

        A connection younger than that is a client whose request is on its way (a burst of real clients):
        the newcomer is told "busy" instead, and retries, so a burst is served in order without thrashing.
        """
        now = time.monotonic()
        for conn in self._connections.values():
            if conn.working or conn.evicted or now - conn.opened < IDLE_EVICT_S:
                continue
            conn.evicted = True
            if conn.writer is not None:  # else its task answers busy as soon as the streams exist
                conn.writer.write(BUSY_LINE)
                conn.writer.close()
            return True
        return False

    async def _serve(self, key: int, conn: _Connection) -> None:
        writer: asyncio.StreamWriter | None = None
        try:
            reader, writer = await asyncio.open_connection(sock=conn.sock, limit=MAX_REQUEST)
            if conn.evicted:
                writer.write(BUSY_LINE)
                await writer.drain()
                return
            conn.writer = writer
            line = await self._read_request(reader)
            if conn.evicted:  # the answer "busy" is sent already: the request must not run
                return
            conn.working = True
            answer = await self._answer(line)
            writer.write(json.dumps(answer).encode() + b"\n")
            await writer.drain()
        except Exception as exc:  # never let a client break the node
            log.debug("control connection failed: %s", exc)
        finally:
            self._connections.pop(key, None)
            if writer is None:
                conn.sock.close()
            else:
                writer.close()
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(writer.wait_closed(), CLOSE_TIMEOUT_S)

    @staticmethod
    async def _read_request(reader: asyncio.StreamReader) -> bytes | None:
        """The request line, or None if it is too long, incomplete or late."""
        try:
            return await asyncio.wait_for(reader.readline(), READ_TIMEOUT_S)
        except (ValueError, asyncio.LimitOverrunError, asyncio.IncompleteReadError, TimeoutError):
            return None

    async def _answer(self, line: bytes | None) -> dict[str, Any]:
        try:
            request = json.loads(line) if line is not None else None
        except ValueError:
            request = None
        if not isinstance(request, dict):
            return {"ok": False, "error": "malformed request"}
        secret = request.get("secret")
        if not isinstance(secret, str) or not hmac.compare_digest(secret.encode(), self.secret.encode()):
            log.warning("refused a control request without the right secret")
            return {"ok": False, "error": "refused: wrong or missing secret"}
        try:
            result = await self._dispatch(str(request.get("cmd")), request.get("args") or {})
        except (LedgerError, ControlRefused, NodeError) as exc:
            return {"ok": False, "error": str(exc)}
        except Exception as exc:
            log.exception("control request failed")
            return {"ok": False, "error": f"internal error ({type(exc).__name__}: {exc}); see the node's log"}
        return {"ok": True, "result": result}

    async def _dispatch(self, cmd: str, args: dict[str, Any]) -> Any:
        node = self.node
        wait = bool(args.get("wait"))
        timeout = float(args.get("timeout", 120))
        if cmd == "status":
            return node.status().to_json()
        if cmd == "tally":  # as the offline `tally --json`
            return node.tally_json()
        if cmd == "tx_times":
            try:
                seen, confirmed = node.tx_times(bytes.fromhex(str(args.get("txid"))))
            except ValueError:
                raise ControlRefused("a transaction id is 64 hex digits") from None
            return {"seen": seen, "confirmed": confirmed}
        if cmd == "register":
            new_voter_id, txid = node.register()
            out: dict[str, Any] = {"voter_id": new_voter_id, "txid": txid.hex()}
        elif cmd == "vote":
            voter_id, choice = args.get("voter_id"), args.get("choice")
            if not isinstance(voter_id, str) or not isinstance(choice, str):
                raise ControlRefused("vote needs a voter_id and a choice")
            out = {"txid": node.vote(voter_id, choice).hex()}
        elif cmd == "admit":
            station = args.get("station")
            try:
                key = bytes.fromhex(station) if isinstance(station, str) else b""
            except ValueError:
                key = b""
            if len(key) != 32:
                raise ControlRefused("a station key is 64 hex digits (see `node-id` on that station)")
            out = {"txid": node.admit(key, str(args.get("name", ""))[:64]).hex()}
        elif cmd == "close":
            out = {"txid": node.close().hex()}
        elif cmd == "open":
            out = {"txid": node.open().hex()}
        else:
            raise ControlRefused(f"unknown command {cmd[:40]!r}")
        if wait:
            txid = bytes.fromhex(out["txid"])
            where = await asyncio.wrap_future(node.wait_async(txid, timeout))
            out["block"] = where.to_json()
        return out


