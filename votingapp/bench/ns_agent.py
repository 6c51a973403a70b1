"""A long-lived control client inside a station's network namespace (for the soak test).

A node's control endpoint listens on 127.0.0.1 of its own namespace, so a client must run there too.
Started with ``ip netns exec NS python -m votingapp.bench.ns_agent``, the agent reads one JSON request per
line on standard input and answers each with one JSON line on standard output, in any order (requests
run on a small thread pool)::

    {"id": 7, "data_dir": "/tmp/…/data", "cmd": "vote", "args": {"voter_id": "…", "choice": "Bob"},
     "timeout": 15}
    {"id": 7, "ok": true, "result": {"txid": "…"}}
    {"id": 7, "ok": false, "outcome": "refused", "error": "…"}

``outcome`` says what a failure means for the request: ``refused`` (the node answered no: nothing
changed), ``no_node`` (no node answered: the request never reached one) or ``unknown`` (sent, but no
answer came: it may or may not have been carried out). The agent ends at the end of its input.
"""

from __future__ import annotations

import json
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TextIO

from votingapp.node.control_client import ControlRefused, NoNodeRunning, request
from votingapp.store.datadir import DataDir

WORKERS = 8
MAX_TIMEOUT_S = 120.0
# ControlRefused messages the client makes itself when the answer never came (see control_client.py), and
# the node's answer for an unexpected failure: the request may have been carried out.
_UNKNOWN_PREFIXES = ("the node did not answer in time", "cannot reach the node", "the node sent a malformed answer",
                     "internal error")


def outcome_of(error: str) -> str:
    """``unknown`` when a ControlRefused message means the answer never came, else ``refused``."""
    return "unknown" if error.startswith(_UNKNOWN_PREFIXES) else "refused"


def answer(line: str) -> dict[str, Any]:
    """Carry out one request line; the answer object."""
    try:
        req = json.loads(line)
        ident = req["id"]
        data_dir = DataDir(str(req["data_dir"]))
        cmd = str(req["cmd"])
        args = dict(req.get("args") or {})
        timeout = min(MAX_TIMEOUT_S, float(req.get("timeout", 30.0)))
    except (ValueError, KeyError, TypeError) as exc:
        return {"id": None, "ok": False, "outcome": "refused", "error": f"malformed agent request: {exc}"}
    try:
        return {"id": ident, "ok": True, "result": request(data_dir, cmd, timeout=timeout, **args)}
    except NoNodeRunning as exc:
        return {"id": ident, "ok": False, "outcome": "no_node", "error": str(exc)}
    except ControlRefused as exc:
        return {"id": ident, "ok": False, "outcome": outcome_of(str(exc)), "error": str(exc)}
    except Exception as exc:  # the agent must answer every request
        return {"id": ident, "ok": False, "outcome": "unknown", "error": f"{type(exc).__name__}: {exc}"}


def serve(lines: TextIO, out: TextIO) -> None:
    """Answer every request line of ``lines`` on ``out`` until the input ends."""
    lock = threading.Lock()

    def run(line: str) -> None:
        text = json.dumps(answer(line))
        with lock:
            out.write(text + "\n")
            out.flush()

    with ThreadPoolExecutor(WORKERS, thread_name_prefix="ns-agent") as pool:
        for line in lines:
            if line.strip():
                pool.submit(run, line)


if __name__ == "__main__":
    serve(sys.stdin, sys.stdout)
