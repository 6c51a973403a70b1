"""The local control endpoint: how CLI commands reach the running node of a data dir.

The node listens on 127.0.0.1 only, on a free port written to ``control.json`` in the data dir with a
random secret in ``control.secret`` (owner-only).  A request is one JSON line carrying the secret;
the answer is one JSON line.  A request without the right secret is refused.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import hmac
import json
import logging
import os
import secrets
from typing import Any, Protocol

from votingapp.core.errors import LedgerError
from votingapp.core.tally import Tally
from votingapp.node.control_client import PORT_FILE, ControlRefused
from votingapp.node.errors import NodeError
from votingapp.node.queries import Status, TxLocation
from votingapp.store.datadir import DataDir
from votingapp.store.files import atomic_write_bytes

log = logging.getLogger(__name__)
MAX_REQUEST = 64 * 1024
READ_TIMEOUT_S = 10.0


class ControlTarget(Protocol):
    """What the control endpoint needs of a node (the facade, :class:`votingapp.node.facade.Node`, is one)."""

    def status(self) -> Status: ...
    def tally(self) -> Tally: ...
    def tx_times(self, txid: bytes) -> tuple[float | None, float | None]: ...
    def register(self) -> tuple[str, bytes]: ...
    def vote(self, voter_id: str, choice: str) -> bytes: ...
    def admit(self, station: bytes, name: str = "") -> bytes: ...
    def close(self) -> bytes: ...
    def open(self) -> bytes: ...
    def wait_async(self, txid: bytes, timeout: float) -> concurrent.futures.Future[TxLocation]: ...


class ControlServer:
    """Serves the node's operations to local CLI clients (on the node's loop thread)."""

    def __init__(self, data_dir: DataDir, node: ControlTarget) -> None:
        self.data_dir = data_dir
        self.node = node
        self.secret = secrets.token_hex(32)
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    async def start(self) -> None:
        """Listen on 127.0.0.1 and publish port and secret in the data dir."""
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, limit=MAX_REQUEST)
        port = self._server.sockets[0].getsockname()[1]
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
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            answer = await self._answer(reader)
            writer.write(json.dumps(answer).encode() + b"\n")
            await writer.drain()
        except Exception as exc:  # never let a client break the node
            log.debug("control connection failed: %s", exc)
        finally:
            self._tasks.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _answer(self, reader: asyncio.StreamReader) -> dict[str, Any]:
        try:
            line = await asyncio.wait_for(reader.readline(), READ_TIMEOUT_S)
            request = json.loads(line)
        except (ValueError, asyncio.LimitOverrunError, TimeoutError):
            return {"ok": False, "error": "malformed request"}
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
        if cmd == "tally":
            return node.tally().to_json()
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


