"""The messages of the protocol and their strict encoding.

``encode(msg)`` gives the frame of a message; ``decode(msg_type, body)`` gives the message or raises
:class:`ProtocolError` for any malformed body.  HELLO is canonical JSON (its version is read first, so
a peer of another version is told so rather than called malformed); the other bodies are raw bytes or
simple length-prefixed lists.
"""

from __future__ import annotations

import enum
import ipaddress
import struct
from dataclasses import dataclass, field
from typing import Any

from votingapp.core.block import MAX_BLOCK_BYTES
from votingapp.core.encoding import (
    canonical,
    check_fields,
    check_text,
    get_hex,
    get_int,
    get_text,
    parse_canonical,
)
from votingapp.core.errors import DecodeError
from votingapp.core.keys import SIGNATURE_SIZE
from votingapp.core.manifest import MAX_MANIFEST_BYTES
from votingapp.core.transactions import MAX_TX_BYTES
from votingapp.net.errors import ProtocolError, UnsupportedVersion
from votingapp.net.framing import frame

PROTOCOL_VERSION = 2  # 2: HELLO carries the time; Register and Vote carry a time
MAX_HELLO_BYTES = 1024
MAX_NAME = 64
MAX_REJECT_BYTES = 200
MAX_LOCATOR = 64
MAX_BATCH = 5000  # items in one BLOCKS or TXS message
MAX_PEERS = 64  # addresses in one PEERS message
MAX_PEERS_BYTES = 64 * 80
NONCE_SIZE = 8
HASH_SIZE = 32
_U32 = struct.Struct(">I")
_HEIGHT = struct.Struct(">Q")  # a PING's or PONG's best height, after the nonce
MAX_PING_HEIGHT = 1 << 40
LIST_OVERHEAD = _U32.size  # bytes a BLOCKS or TXS body spends on its count, and on each item's length
_HELLO_FIELDS = ("version", "election", "station", "name", "height", "weight", "tip", "challenge", "port")
_HELLO_TIME = "time"  # optional: the sender's wall-clock time (ms), for network time (votingapp.node.clock)
MAX_HELLO_TIME = 1 << 53


class MsgType(enum.IntEnum):
    """The message type byte of a frame."""

    HELLO = 1
    AUTH = 2
    REJECT = 3
    PING = 4
    PONG = 5
    TX = 10
    BLOCK = 11
    GETBLOCKS = 12
    BLOCKS = 13
    GETMEMPOOL = 14
    TXS = 15
    GETPEERS = 16
    PEERS = 17
    GETGENESIS = 18
    GENESIS = 19


@dataclass(frozen=True)
class Hello:
    """First message of each side: who we are and where our chain stands."""

    election: bytes
    station: bytes
    name: str
    height: int
    weight: int
    tip: bytes
    challenge: bytes
    port: int
    time: int = 0  # the sender's wall clock when it sent this HELLO (ms); 0: not given
    version: int = PROTOCOL_VERSION


@dataclass(frozen=True)
class Auth:
    """Proof of holding the station key: a signature over the other side's challenge."""

    signature: bytes


@dataclass(frozen=True)
class Reject:
    """Why the sender refuses the connection; it closes right after."""

    reason: str


@dataclass(frozen=True)
class Ping:
    """Keep-alive; answered by a PONG with the same nonce. ``height``: the sender's best height (so that the
    stations a node shows are at their current height; not part of equality, a nonce identifies a ping)."""

    nonce: bytes
    height: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Pong:
    """Answer to a PING, with the sender's best height."""

    nonce: bytes
    height: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class TxMsg:
    """One transaction, in its canonical encoding."""

    raw: bytes


@dataclass(frozen=True)
class BlockMsg:
    """One block, in its canonical encoding."""

    raw: bytes


@dataclass(frozen=True)
class GetBlocks:
    """Ask for the best-chain blocks after the first of these hashes the peer has on its best chain."""

    locator: tuple[bytes, ...]


@dataclass(frozen=True)
class Blocks:
    """Blocks in chain order, the answer to GETBLOCKS (empty: nothing after the locator)."""

    blocks: tuple[bytes, ...]


@dataclass(frozen=True)
class GetMempool:
    """Ask for the transactions waiting for a block."""


@dataclass(frozen=True)
class Txs:
    """A batch of waiting transactions, the answer to GETMEMPOOL (one or more of these)."""

    txs: tuple[bytes, ...]


@dataclass(frozen=True)
class GetPeers:
    """Ask for the addresses of the peer's peers."""


@dataclass(frozen=True)
class Peers:
    """Addresses ``host:port`` (IP literals) where peers listen."""

    addresses: tuple[str, ...]


@dataclass(frozen=True)
class GetGenesis:
    """Ask for the signed election manifest (allowed before the handshake)."""


@dataclass(frozen=True)
class GenesisMsg:
    """The signed election manifest."""

    raw: bytes


Message = (
    Hello | Auth | Reject | Ping | Pong | TxMsg | BlockMsg | GetBlocks | Blocks | GetMempool | Txs | GetPeers
    | Peers | GetGenesis | GenesisMsg
)


def encode(msg: Message) -> bytes:
    """The frame of ``msg``."""
    msg_type, body = _body(msg)
    return frame(msg_type, body)


def _body(msg: Message) -> tuple[MsgType, bytes]:
    match msg:
        case Hello():
            return MsgType.HELLO, canonical(_hello_obj(msg))
        case Auth(signature=sig):
            return MsgType.AUTH, sig
        case Reject(reason=reason):
            return MsgType.REJECT, reason.encode()[:MAX_REJECT_BYTES].decode(errors="ignore").encode()
        case Ping(nonce=nonce, height=height):
            return MsgType.PING, nonce + (b"" if height is None else _HEIGHT.pack(height))
        case Pong(nonce=nonce, height=height):
            return MsgType.PONG, nonce + (b"" if height is None else _HEIGHT.pack(height))
        case TxMsg(raw=raw):
            return MsgType.TX, raw
        case BlockMsg(raw=raw):
            return MsgType.BLOCK, raw
        case GetBlocks(locator=locator):
            return MsgType.GETBLOCKS, bytes((len(locator),)) + b"".join(locator)
        case Blocks(blocks=blocks):
            return MsgType.BLOCKS, _pack_list(blocks)
        case GetMempool():
            return MsgType.GETMEMPOOL, b""
        case Txs(txs=txs):
            return MsgType.TXS, _pack_list(txs)
        case GetPeers():
            return MsgType.GETPEERS, b""
        case Peers(addresses=addresses):
            return MsgType.PEERS, canonical({"peers": list(addresses)})
        case GetGenesis():
            return MsgType.GETGENESIS, b""
        case GenesisMsg(raw=raw):
            return MsgType.GENESIS, raw
    raise TypeError(f"not a message: {msg!r}")


def _pack_list(items: tuple[bytes, ...]) -> bytes:
    parts = [_U32.pack(len(items))]
    for item in items:
        parts.append(_U32.pack(len(item)))
        parts.append(item)
    return b"".join(parts)


def _hello_obj(h: Hello) -> dict[str, Any]:
    obj: dict[str, Any] = {
        "version": h.version,
        "election": h.election.hex(),
        "station": h.station.hex(),
        "name": h.name,
        "height": h.height,
        "weight": h.weight,
        "tip": h.tip.hex(),
        "challenge": h.challenge.hex(),
        "port": h.port,
    }
    if h.time:
        obj[_HELLO_TIME] = h.time
    return obj


def decode(msg_type: int, body: bytes) -> Message:
    """The message of a frame; :class:`ProtocolError` for an unknown type or a malformed body."""
    try:
        kind = MsgType(msg_type)
    except ValueError:
        raise ProtocolError(f"unknown message type {msg_type}") from None
    try:
        return _decode(kind, body)
    except DecodeError as exc:
        raise ProtocolError(f"malformed {kind.name}: {exc}") from None


def _decode(kind: MsgType, body: bytes) -> Message:
    match kind:
        case MsgType.HELLO:
            return decode_hello(body)
        case MsgType.AUTH:
            return Auth(_exact(body, SIGNATURE_SIZE))
        case MsgType.REJECT:
            return Reject(_reason(body))
        case MsgType.PING:
            return Ping(*_nonce_height(body))
        case MsgType.PONG:
            return Pong(*_nonce_height(body))
        case MsgType.TX:
            return TxMsg(_sized(body, MAX_TX_BYTES))
        case MsgType.BLOCK:
            return BlockMsg(_sized(body, MAX_BLOCK_BYTES))
        case MsgType.GETBLOCKS:
            return GetBlocks(_locator(body))
        case MsgType.BLOCKS:
            return Blocks(_unpack_list(body, MAX_BLOCK_BYTES))
        case MsgType.TXS:
            return Txs(_unpack_list(body, MAX_TX_BYTES))
        case MsgType.PEERS:
            return Peers(_peers(body))
        case MsgType.GENESIS:
            return GenesisMsg(_sized(body, MAX_MANIFEST_BYTES))
        case MsgType.GETMEMPOOL:
            return _empty(body, GetMempool())
        case MsgType.GETPEERS:
            return _empty(body, GetPeers())
        case MsgType.GETGENESIS:
            return _empty(body, GetGenesis())
    raise AssertionError(kind)  # pragma: no cover - every MsgType is handled above


def decode_hello(body: bytes) -> Hello:
    """Strictly decode a HELLO body; :class:`UnsupportedVersion` before any other field is looked at."""
    obj = parse_canonical(body, MAX_HELLO_BYTES)
    version = obj.get("version")
    if type(version) is not int:
        raise DecodeError("field 'version' must be an integer")
    if version != PROTOCOL_VERSION:
        raise UnsupportedVersion(version)
    has_time = _HELLO_TIME in obj
    check_fields(obj, (*_HELLO_FIELDS, _HELLO_TIME) if has_time else _HELLO_FIELDS, "hello")
    return Hello(
        election=get_hex(obj, "election", HASH_SIZE),
        station=get_hex(obj, "station", 32),
        name=get_text(obj, "name", 0, MAX_NAME),
        height=get_int(obj, "height", 0, 1 << 40),
        weight=get_int(obj, "weight", 0, 1 << 128),
        tip=get_hex(obj, "tip", HASH_SIZE),
        challenge=get_hex(obj, "challenge", 32),
        port=get_int(obj, "port", 0, 65535),
        time=get_int(obj, _HELLO_TIME, 1, MAX_HELLO_TIME) if has_time else 0,
    )


def clean_name(name: str) -> str:
    """A station name as HELLO carries it: printable, no surrounding spaces, at most 64 characters."""
    kept = "".join(c for c in name if c.isprintable()).strip()
    return kept[:MAX_NAME].strip()


def _empty(body: bytes, msg: Message) -> Message:
    if body:
        raise DecodeError("this message has no body")
    return msg


def _nonce_height(body: bytes) -> tuple[bytes, int | None]:
    """A PING's or PONG's nonce and, when given, the sender's height."""
    if len(body) == NONCE_SIZE:
        return body, None
    _exact(body, NONCE_SIZE + _HEIGHT.size)
    (height,) = _HEIGHT.unpack(body[NONCE_SIZE:])
    if height > MAX_PING_HEIGHT:
        raise DecodeError(f"height {height} is beyond {MAX_PING_HEIGHT}")
    return body[:NONCE_SIZE], height


def _exact(body: bytes, size: int) -> bytes:
    if len(body) != size:
        raise DecodeError(f"body must be {size} bytes, not {len(body)}")
    return body


def _sized(body: bytes, limit: int) -> bytes:
    if not 1 <= len(body) <= limit:
        raise DecodeError(f"body of {len(body)} bytes is not within 1 to {limit}")
    return body


def _reason(body: bytes) -> str:
    if len(body) > MAX_REJECT_BYTES:
        raise DecodeError("reason is too long")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise DecodeError("reason is not UTF-8") from None
    return check_text(text, "reason", 1, MAX_REJECT_BYTES)


def _locator(body: bytes) -> tuple[bytes, ...]:
    if not body:
        raise DecodeError("empty locator")
    count = body[0]
    if not 1 <= count <= MAX_LOCATOR:
        raise DecodeError(f"a locator holds 1 to {MAX_LOCATOR} hashes, not {count}")
    if len(body) != 1 + count * HASH_SIZE:
        raise DecodeError("locator length does not match its count")
    return tuple(body[1 + i * HASH_SIZE : 1 + (i + 1) * HASH_SIZE] for i in range(count))


def _unpack_list(body: bytes, item_limit: int) -> tuple[bytes, ...]:
    if len(body) < _U32.size:
        raise DecodeError("missing item count")
    (count,) = _U32.unpack_from(body)
    if count > MAX_BATCH:
        raise DecodeError(f"{count} items is more than {MAX_BATCH}")
    items = []
    pos = _U32.size
    for _ in range(count):
        if pos + _U32.size > len(body):
            raise DecodeError("truncated item length")
        (size,) = _U32.unpack_from(body, pos)
        pos += _U32.size
        if not 1 <= size <= item_limit or pos + size > len(body):
            raise DecodeError(f"item of {size} bytes is out of bounds")
        items.append(body[pos : pos + size])
        pos += size
    if pos != len(body):
        raise DecodeError("trailing bytes after the last item")
    return tuple(items)


def _peers(body: bytes) -> tuple[str, ...]:
    obj = parse_canonical(body, MAX_PEERS_BYTES)
    check_fields(obj, ("peers",), "peers")
    addresses = obj["peers"]
    if not isinstance(addresses, list) or len(addresses) > MAX_PEERS:
        raise DecodeError(f"peers must be a list of at most {MAX_PEERS} addresses")
    for item in addresses:
        if not isinstance(item, str):
            raise DecodeError("a peer address must be a string")
        parse_address(item)
    return tuple(addresses)


def format_address(host: str, port: int) -> str:
    """``host:port``, with brackets around an IPv6 host."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def parse_address(text: str) -> tuple[str, int]:
    """(IP, port) of an ``ip:port`` or ``[ipv6]:port`` string; DecodeError if it is anything else."""
    host, sep, port_text = text.rpartition(":")
    if not sep or not port_text.isdigit() or len(port_text) > 5:
        raise DecodeError(f"bad peer address {text[:60]!r}")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        raise DecodeError(f"bad peer address {text[:60]!r}") from None
    port = int(port_text)
    if not 1 <= port <= 65535 or format_address(str(ip), port) != text:
        raise DecodeError(f"bad peer address {text[:60]!r}")
    return str(ip), port
