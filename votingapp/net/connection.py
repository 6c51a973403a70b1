"""One TCP connection: framed, rate-limited reads and non-blocking writes."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter

from votingapp.net.errors import FloodError
from votingapp.net.framing import LENGTH, MAX_FRAME, read_frame
from votingapp.net.messages import Message, MsgType, decode, encode, format_address
from votingapp.net.ratelimit import TokenBucket
from votingapp.net.settings import NetSettings


class Connection:
    """A stream to one peer.

    Writes never wait: they go to the transport's buffer, and a peer that lets more than
    ``max_send_buffer`` bytes pile up is dropped.  Reads are charged to two token buckets (messages and
    bytes); going over either raises :class:`FloodError`.
    """

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        settings: NetSettings,
        stats: Counter[str] | None = None,
    ) -> None:
        self._reader = reader
        self._writer = writer
        self._settings = settings
        peername = writer.get_extra_info("peername")
        self.host: str = str(peername[0]) if peername else "?"
        self.port: int = int(peername[1]) if peername else 0
        self.address = format_address(self.host, self.port)
        self._messages = TokenBucket(settings.msg_rate, settings.msg_burst)
        self._bytes = TokenBucket(settings.byte_rate, settings.byte_burst)
        self.close_reason: str | None = None
        self.opened = time.monotonic()
        self.last_received: float | None = None  # monotonic time of the last complete frame (None: none yet)
        self._stats: Counter[str] = Counter() if stats is None else stats

    async def receive(self, timeout: float, max_size: int = MAX_FRAME) -> Message:
        """The next message; raises ProtocolError (ban), ConnectionClosed or TimeoutError."""
        msg_type, body = await read_frame(self._reader, timeout, self._settings.body_timeout, max_size)
        self.last_received = time.monotonic()
        self._stats[f"received {_name(msg_type)}"] += 1
        if not self._messages.take(1):
            raise FloodError(f"more than {self._settings.msg_rate:g} messages per second")
        if not self._bytes.take(LENGTH.size + 1 + len(body)):
            raise FloodError(f"more than {self._settings.byte_rate:g} bytes per second")
        return decode(msg_type, body)

    @property
    def silent(self) -> bool:
        """True until the peer has sent one complete frame (a half-open connection stays silent)."""
        return self.last_received is None

    @property
    def closing(self) -> bool:
        """True once the connection is closed or closing."""
        return self._writer.is_closing()

    def send(self, msg: Message) -> None:
        """Queue ``msg`` for sending; drops the connection if the peer does not keep up."""
        self.send_frame(encode(msg))

    def send_frame(self, data: bytes) -> None:
        """Queue an encoded message (see :func:`messages.encode`), e.g. one encoded once for many peers."""
        if self._writer.is_closing():
            return
        self._writer.write(data)
        self._stats[f"sent {_name(data[LENGTH.size])}"] += 1
        if self._writer.transport.get_write_buffer_size() > self._settings.max_send_buffer:
            self.close(f"too slow: more than {self._settings.max_send_buffer} bytes unread", abort=True)

    async def drain(self) -> None:
        """Wait until the send buffer is low (for long replies); TimeoutError if the peer stalls."""
        async with asyncio.timeout(self._settings.idle_timeout):
            await self._writer.drain()

    def close(self, reason: str, abort: bool = False) -> None:
        """Close the connection, flushing pending sends unless ``abort``; the first reason is kept."""
        if self.close_reason is None:
            self.close_reason = reason
        if abort:
            self._writer.transport.abort()
        else:
            self._writer.close()

    async def aclose(self, reason: str) -> None:
        """Close and wait (briefly) until the socket is released."""
        self.close(reason)
        with contextlib.suppress(Exception):
            async with asyncio.timeout(1.0):
                await self._writer.wait_closed()


def _name(msg_type: int) -> str:
    try:
        return MsgType(msg_type).name
    except ValueError:
        return f"type {msg_type}"
