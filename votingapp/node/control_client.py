"""The client side of the local control endpoint: how a CLI command reaches the running node of a data dir.

See :mod:`votingapp.node.control` for the protocol.
"""

from __future__ import annotations

import json
import socket
from typing import Any

from votingapp.store.datadir import DataDir

PORT_FILE = "control.json"


class NoNodeRunning(Exception):
    """No node answers for the data dir."""


class ControlRefused(Exception):
    """The node refused or failed a request; the message says why."""


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
