"""The local control endpoint: how CLI commands reach the running node of a data dir.

The node listens on 127.0.0.1 only, on a free port written to ``control.json`` in the data dir with a
random secret in ``control.secret`` (owner-only).  A request is one JSON line carrying the secret;
the answer is one JSON line.  A request without the right secret is refused.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import os
import secrets
import socket
from pathlib import Path
from typing import TYPE_CHECKING, Any

from votingapp.core.errors import LedgerError
from votingapp.store.datadir import DataDir

if TYPE_CHECKING:
    from votingapp.node import Node

log = logging.getLogger(__name__)
MAX_REQUEST = 64 * 1024
READ_TIMEOUT_S = 10.0
PORT_FILE = "control.json"


class NoNodeRunning(Exception):
    """No node answers for the data dir."""


class ControlRefused(Exception):
    """The node refused or failed a request; the message says why."""


def _write_private(path: Path, data: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(data)
    os.replace(tmp, path)


class ControlServer:
    """Serves the node's operations to local CLI clients."""

    def __init__(self, node: Node) -> None:
        self.node = node
        self.secret = secrets.token_hex(32)
        self._server: asyncio.base_events.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        """Listen on 127.0.0.1 and publish port and secret in the data dir."""
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, limit=MAX_REQUEST)
        port = self._server.sockets[0].getsockname()[1]
        data_dir = self.node.data_dir
        _write_private(data_dir.secret_path, self.secret)
        _write_private(data_dir.path / PORT_FILE, json.dumps({"port": port, "pid": os.getpid()}))

    async def stop(self) -> None:
        """Stop listening and remove the published files."""
        data_dir = self.node.data_dir
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
        self._tasks.add(task)  # type: ignore[arg-type]
        try:
            answer = await self._answer(reader)
            writer.write(json.dumps(answer).encode() + b"\n")
            await writer.drain()
        except Exception as exc:  # never let a client break the node
            log.debug("control connection failed: %s", exc)
        finally:
            self._tasks.discard(task)  # type: ignore[arg-type]
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
        except (LedgerError, ControlRefused) as exc:
            return {"ok": False, "error": str(exc)}
        except Exception as exc:
            from votingapp.node import NodeError

            if isinstance(exc, NodeError):
                return {"ok": False, "error": str(exc)}
            log.exception("control request failed")
            return {"ok": False, "error": f"internal error ({type(exc).__name__}: {exc}); see the node's log"}
        return {"ok": True, "result": result}

    async def _dispatch(self, cmd: str, args: dict[str, Any]) -> Any:
        node = self.node
        wait = bool(args.get("wait"))
        timeout = float(args.get("timeout", 120))
        if cmd == "status":
            return node.op_status()
        if cmd == "tally":
            return node.chain.tally_obj()
        if cmd == "tx_times":
            try:
                times = node.chain.tx_times.get(bytes.fromhex(str(args.get("txid"))))
            except ValueError:
                raise ControlRefused("a transaction id is 64 hex digits") from None
            return {"seen": times[0], "confirmed": times[1]} if times else {"seen": None, "confirmed": None}
        if cmd == "register":
            voter_id, txid = node.op_register()
            out: dict[str, Any] = {"voter_id": voter_id, "txid": txid.hex()}
        elif cmd == "vote":
            voter_id, choice = args.get("voter_id"), args.get("choice")
            if not isinstance(voter_id, str) or not isinstance(choice, str):
                raise ControlRefused("vote needs a voter_id and a choice")
            out = {"txid": node.op_vote(voter_id, choice).hex()}
        elif cmd == "admit":
            station = args.get("station")
            try:
                key = bytes.fromhex(station) if isinstance(station, str) else b""
            except ValueError:
                key = b""
            if len(key) != 32:
                raise ControlRefused("a station key is 64 hex digits (see `node-id` on that station)")
            out = {"txid": node.op_admit(key, str(args.get("name", ""))[:64]).hex()}
        elif cmd == "close":
            out = {"txid": node.op_close().hex()}
        elif cmd == "open":
            out = {"txid": node.op_open().hex()}
        else:
            raise ControlRefused(f"unknown command {cmd[:40]!r}")
        if wait:
            txid = bytes.fromhex(out["txid"])
            out["block"] = await asyncio.wrap_future(node.wait_async(txid, timeout))
        return out


def request(data_dir: DataDir, cmd: str, timeout: float = 150.0, **args: Any) -> Any:
    """Send one request to the running node of ``data_dir``; its result, or raise with the reason."""
    no_node = NoNodeRunning(f"no node is running for data dir {data_dir.path} (start one with `node`)")
    try:
        info = json.loads((data_dir.path / PORT_FILE).read_text(encoding="utf-8"))
        secret = data_dir.secret_path.read_text(encoding="utf-8").strip()
        port = int(info["port"])
    except (OSError, ValueError, KeyError, TypeError):
        raise no_node from None
    payload = json.dumps({"secret": secret, "cmd": cmd, "args": args}).encode() + b"\n"
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.settimeout(timeout)
            sock.sendall(payload)
            data = b""
            while not data.endswith(b"\n"):
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
    except ConnectionRefusedError:
        raise no_node from None
    except TimeoutError:
        raise ControlRefused("the node did not answer in time") from None
    except OSError as exc:
        raise ControlRefused(f"cannot reach the node: {exc.strerror or exc}") from None
    try:
        answer = json.loads(data)
    except ValueError:
        raise ControlRefused("the node sent a malformed answer") from None
    if not answer.get("ok"):
        raise ControlRefused(str(answer.get("error", "refused")))
    return answer.get("result")
