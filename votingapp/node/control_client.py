"""The client side of the local control endpoint: how a CLI command reaches the running node of a data dir.

See :mod:`votingapp.node.control` for the protocol.
"""

from __future__ import annotations

import json
import socket
import time
from typing import Any

from votingapp.store.datadir import DataDir

PORT_FILE = "control.json"
BUSY_ERROR = "the node is busy: too many control connections; try again"
BUSY_RETRY_S = 10.0  # how long a "busy" answer is retried
MAX_BUSY_RETRIES = 100
MAX_ANSWER = 64 * 1024 * 1024


class NoNodeRunning(Exception):
    """No node answers for the data dir."""


class ControlRefused(Exception):
    """The node refused or failed a request; the message says why."""


def request(data_dir: DataDir, cmd: str, timeout: float = 150.0, **args: Any) -> Any:
    """Send one request to the running node of ``data_dir``; its result, or raise with the reason.

    While the node answers "busy" (all its control connections taken; the request was not run), the
    request is sent again, for at most :data:`BUSY_RETRY_S` seconds.
    """
    data_dir.secure()
    deadline = time.monotonic() + min(BUSY_RETRY_S, timeout)
    delay = 0.05
    for _ in range(MAX_BUSY_RETRIES):
        answer = _request_once(data_dir, cmd, timeout, args)
        if not answer.get("busy") or time.monotonic() + delay > deadline:
            break
        time.sleep(delay)
        delay = min(delay * 2, 0.5)
    if not answer.get("ok"):
        raise ControlRefused(str(answer.get("error", "refused")))
    return answer.get("result")


def _request_once(data_dir: DataDir, cmd: str, timeout: float, args: dict[str, Any]) -> dict[str, Any]:
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
            while not data.endswith(b"\n") and len(data) <= MAX_ANSWER:
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
    if not isinstance(answer, dict):
        raise ControlRefused("the node sent a malformed answer")
    return answer
