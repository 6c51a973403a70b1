"""Frames on a TCP stream: a 4-byte big-endian length, a 1-byte message type, then the body.

The length counts the type byte and the body.  A length above the limit is a protocol error raised
before any of the body is read, and every read has a timeout.
"""

from __future__ import annotations

import asyncio
import struct

from votingapp.net.errors import ConnectionClosed, FrameTooLarge, ProtocolError

MAX_FRAME = 8 * 1024 * 1024
LENGTH = struct.Struct(">I")


def frame(msg_type: int, body: bytes) -> bytes:
    """The bytes on the wire of one message; raises ValueError if it does not fit in a frame."""
    size = 1 + len(body)
    if size > MAX_FRAME:
        raise ValueError(f"a message of {size} bytes does not fit in a frame of {MAX_FRAME}")
    return LENGTH.pack(size) + bytes((msg_type,)) + body


async def read_frame(
    reader: asyncio.StreamReader, timeout: float, body_timeout: float, max_size: int = MAX_FRAME
) -> tuple[int, bytes]:
    """Read one frame: (message type, body).

    ``timeout`` bounds the wait for the next frame to start, ``body_timeout`` the rest of it.
    Raises :class:`FrameTooLarge` or :class:`ProtocolError` for a bad length, :class:`ConnectionClosed`
    at end of stream and :class:`TimeoutError` when the peer is too slow.
    """
    try:
        async with asyncio.timeout(timeout):
            head = await reader.readexactly(LENGTH.size)
        (size,) = LENGTH.unpack(head)
        if size > max_size:
            raise FrameTooLarge(f"frame of {size} bytes is above the limit of {max_size}")
        if size == 0:
            raise ProtocolError("empty frame without a message type")
        async with asyncio.timeout(body_timeout):
            data = await reader.readexactly(size)
    except asyncio.IncompleteReadError:
        raise ConnectionClosed("connection closed by the peer") from None
    except ConnectionError as exc:
        raise ConnectionClosed(f"connection broken: {exc}") from None
    return data[0], data[1:]
