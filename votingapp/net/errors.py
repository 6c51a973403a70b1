"""Typed errors of the network layer.

A :class:`ProtocolError` is what only a faulty or hostile peer causes: the connection is dropped and the
peer's address banned.  The other errors end one connection (or one fetch) without a ban.
"""

from __future__ import annotations


class NetError(Exception):
    """Base of every error the network layer raises."""


class ProtocolError(NetError):
    """A malformed frame or message, or input that breaks the protocol: drop and ban the peer."""


class FrameTooLarge(ProtocolError):
    """A frame whose length prefix is above the limit (its body is never read)."""


class FloodError(ProtocolError):
    """A peer that sends more messages or bytes than its token buckets allow."""


class RefusalFlood(ProtocolError):
    """A peer that sends more refused transactions than the settings allow within their window."""


class UnsupportedVersion(ProtocolError):
    """A HELLO of another protocol version; refused with a reason, not banned."""

    def __init__(self, version: int) -> None:
        super().__init__(f"protocol version {version} not supported")
        self.version = version


class ConnectionClosed(NetError):
    """The other side closed the connection (or it broke) while we were reading."""


class PeerRefused(NetError):
    """The other side sent REJECT with ``reason`` (``station``: its key, when its HELLO came first)."""

    def __init__(self, reason: str, station: bytes | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.station = station


class FetchError(NetError):
    """:func:`fetch_genesis` could not get a valid manifest of the wanted election."""


class Refused(NetError):
    """We refused the peer (another election or protocol version, ...) and told it ``reason``.

    ``station`` is the key its HELLO claimed, when the refusal came after that HELLO.
    """

    def __init__(self, reason: str, detail: str = "", station: bytes | None = None) -> None:
        super().__init__(f"{reason}{': ' + detail if detail else ''}")
        self.reason = reason
        self.station = station


class SelfConnection(NetError):
    """The peer is this very station (we dialed our own address)."""
