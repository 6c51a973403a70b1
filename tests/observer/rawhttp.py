"""Raw HTTP/1.1 exchanges with the board over a real socket: what a browser, a tool or a hostile client sends."""

from __future__ import annotations

import socket
import time
from dataclasses import dataclass


@dataclass
class Answer:
    """One response: status, headers (names lowercased; repeated ones joined by newlines), body, and whether
    the server closed the connection after it."""

    status: int
    headers: dict[str, str]
    body: bytes
    raw: bytes
    closed: bool


def _parse(raw: bytes, head_only: bool) -> tuple[Answer | None, bytes]:
    end = raw.find(b"\r\n\r\n")
    if end < 0:
        return None, raw
    lines = raw[:end].decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        key = name.strip().lower()
        headers[key] = headers[key] + "\n" + value.strip() if key in headers else value.strip()
    length = 0 if head_only else int(headers.get("content-length", "0"))
    if len(raw) < end + 4 + length:
        return None, raw
    body = raw[end + 4:end + 4 + length]
    return Answer(status, headers, body, raw[:end + 4 + length], False), raw[end + 4 + length:]


def exchange(port: int, data: bytes, timeout: float = 10.0, head_only: bool = False) -> Answer:
    """Send ``data`` on a new connection, read one response, and whether the server then closes (within 2 s)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        buffer = b""
        deadline = time.monotonic() + timeout
        answer = None
        while answer is None:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no complete answer within {timeout} s: {buffer[:200]!r}")
            chunk = sock.recv(65536)
            if not chunk:
                raise ConnectionError(f"closed before a complete answer: {buffer[:200]!r}")
            buffer += chunk
            answer, rest = _parse(buffer, head_only)
        assert answer is not None
        assert not rest, f"more than one answer: {rest[:200]!r}"
        sock.settimeout(2.0)
        try:
            answer.closed = sock.recv(65536) == b""
        except ConnectionResetError:
            answer.closed = True
        except TimeoutError:
            answer.closed = False
        return answer


def get(port: int, path: str, method: str = "GET", headers: str = "") -> Answer:
    """One well-formed request."""
    data = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n{headers}\r\n".encode()
    return exchange(port, data, head_only=method == "HEAD")
