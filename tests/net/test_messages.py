"""Frames and messages: every message survives encoding; every malformed body is a ProtocolError."""

from __future__ import annotations

import asyncio

import pytest

from votingapp.core.encoding import canonical
from votingapp.core.transactions import MAX_TX_BYTES
from votingapp.net.errors import ConnectionClosed, FrameTooLarge, ProtocolError, UnsupportedVersion
from votingapp.net.framing import LENGTH, MAX_FRAME, frame, read_frame
from votingapp.net.messages import (
    MAX_LOCATOR,
    Auth,
    BlockMsg,
    Blocks,
    GenesisMsg,
    GetBlocks,
    GetGenesis,
    GetMempool,
    GetPeers,
    Hello,
    Message,
    MsgType,
    Peers,
    Ping,
    Pong,
    Reject,
    TxMsg,
    Txs,
    clean_name,
    decode,
    encode,
    parse_address,
)

HELLO = Hello(b"\x01" * 32, b"\x02" * 32, "Desk 1", 7, 1 << 70, b"\x03" * 32, b"\x04" * 32, 8333)
MESSAGES: list[Message] = [
    HELLO,
    Auth(b"\x05" * 64),
    Reject("different election"),
    Ping(b"\x00" * 8),
    Pong(b"\xff" * 8),
    TxMsg(b'{"tx":1}'),
    BlockMsg(b'{"block":1}'),
    GetBlocks((b"\x06" * 32, b"\x07" * 32)),
    Blocks(()),
    Blocks((b"a", b"bc", b"def")),
    GetMempool(),
    Txs((b"x", b"yz")),
    GetPeers(),
    Peers(("127.0.0.1:8333", "[::1]:9000")),
    GetGenesis(),
    GenesisMsg(b'{"manifest":1}'),
]


def _split(data: bytes) -> tuple[int, bytes]:
    (size,) = LENGTH.unpack(data[:4])
    assert size == len(data) - 4
    return data[4], data[5:]


@pytest.mark.parametrize("msg", MESSAGES, ids=lambda m: type(m).__name__)
def test_every_message_decodes_to_itself(msg: Message) -> None:
    assert decode(*_split(encode(msg))) == msg


def _hello_body(**changes: object) -> bytes:
    obj = {
        "version": 1, "election": "01" * 32, "station": "02" * 32, "name": "Desk", "height": 0, "weight": 0,
        "tip": "03" * 32, "challenge": "04" * 32, "port": 1,
    }
    obj.update(changes)
    return canonical({k: v for k, v in obj.items() if v is not None})


MALFORMED: dict[str, tuple[int, bytes]] = {
    "unknown type": (200, b""),
    "HELLO not JSON": (MsgType.HELLO, b"hello"),
    "HELLO not canonical": (MsgType.HELLO, _hello_body().replace(b",", b", ", 1)),
    "HELLO missing a field": (MsgType.HELLO, _hello_body(port=None)),
    "HELLO extra field": (MsgType.HELLO, _hello_body(extra=1)),
    "HELLO short key": (MsgType.HELLO, _hello_body(station="02")),
    "HELLO long name": (MsgType.HELLO, _hello_body(name="x" * 65)),
    "HELLO port out of range": (MsgType.HELLO, _hello_body(port=70000)),
    "HELLO version not a number": (MsgType.HELLO, _hello_body(version="1")),
    "HELLO too big": (MsgType.HELLO, _hello_body(name="x" * 2000)),
    "AUTH short": (MsgType.AUTH, b"\x00" * 63),
    "REJECT empty": (MsgType.REJECT, b""),
    "REJECT not UTF-8": (MsgType.REJECT, b"\xff\xfe"),
    "REJECT control characters": (MsgType.REJECT, b"bad\nreason"),
    "PING long": (MsgType.PING, b"\x00" * 9),
    "TX empty": (MsgType.TX, b""),
    "TX too big": (MsgType.TX, b"x" * (MAX_TX_BYTES + 1)),
    "GETBLOCKS empty": (MsgType.GETBLOCKS, b""),
    "GETBLOCKS count mismatch": (MsgType.GETBLOCKS, b"\x02" + b"\x00" * 32),
    "GETBLOCKS too many": (MsgType.GETBLOCKS, bytes((MAX_LOCATOR + 1,)) + b"\x00" * 32 * (MAX_LOCATOR + 1)),
    "BLOCKS no count": (MsgType.BLOCKS, b"\x00"),
    "BLOCKS truncated": (MsgType.BLOCKS, LENGTH.pack(1) + LENGTH.pack(5) + b"abc"),
    "BLOCKS trailing bytes": (MsgType.BLOCKS, LENGTH.pack(0) + b"x"),
    "BLOCKS empty item": (MsgType.BLOCKS, LENGTH.pack(1) + LENGTH.pack(0)),
    "BLOCKS huge count": (MsgType.BLOCKS, LENGTH.pack(10**9)),
    "GETMEMPOOL with a body": (MsgType.GETMEMPOOL, b"x"),
    "PEERS hostname": (MsgType.PEERS, canonical({"peers": ["example.org:80"]})),
    "PEERS no port": (MsgType.PEERS, canonical({"peers": ["127.0.0.1"]})),
    "PEERS port zero": (MsgType.PEERS, canonical({"peers": ["127.0.0.1:0"]})),
    "PEERS too many": (MsgType.PEERS, canonical({"peers": ["127.0.0.1:1"] * 65})),
    "GENESIS empty": (MsgType.GENESIS, b""),
}


@pytest.mark.parametrize("name", list(MALFORMED))
def test_a_malformed_message_is_a_protocol_error(name: str) -> None:
    msg_type, body = MALFORMED[name]
    with pytest.raises(ProtocolError):
        decode(msg_type, body)


def test_another_protocol_version_is_named_before_the_fields_are_checked() -> None:
    with pytest.raises(UnsupportedVersion, match="protocol version 3 not supported") as info:
        decode(MsgType.HELLO, canonical({"version": 3, "whatever": []}))
    assert info.value.version == 3


def test_station_names_are_cleaned_for_hello() -> None:
    assert clean_name("  Desk\t1\n ") == "Desk1"
    assert len(clean_name("x" * 100)) == 64


def test_peer_addresses_are_ip_literals_with_a_port() -> None:
    assert parse_address("[::1]:80") == ("::1", 80)
    assert parse_address("10.0.0.1:65535") == ("10.0.0.1", 65535)


def _reader(data: bytes, eof: bool = True) -> asyncio.StreamReader:
    reader = asyncio.StreamReader()
    reader.feed_data(data)
    if eof:
        reader.feed_eof()
    return reader


def test_a_frame_is_read_whole() -> None:
    async def main() -> None:
        assert await read_frame(_reader(frame(MsgType.PING, b"12345678")), 1, 1) == (MsgType.PING, b"12345678")

    asyncio.run(main())


def test_an_oversize_length_fails_before_the_body_is_read() -> None:
    async def main() -> None:
        with pytest.raises(FrameTooLarge):
            await read_frame(_reader(LENGTH.pack(MAX_FRAME + 1), eof=False), 1, 1)

    asyncio.run(main())


def test_an_empty_frame_is_a_protocol_error() -> None:
    async def main() -> None:
        with pytest.raises(ProtocolError):
            await read_frame(_reader(LENGTH.pack(0)), 1, 1)

    asyncio.run(main())


def test_a_frame_cut_short_means_the_connection_closed() -> None:
    async def main() -> None:
        with pytest.raises(ConnectionClosed):
            await read_frame(_reader(frame(MsgType.TX, b"abcdef")[:-2]), 1, 1)

    asyncio.run(main())


def test_a_frame_whose_body_does_not_come_times_out() -> None:
    async def main() -> None:
        with pytest.raises(TimeoutError):
            await read_frame(_reader(LENGTH.pack(10), eof=False), 1, 0.05)
        with pytest.raises(TimeoutError):
            await read_frame(_reader(b"", eof=False), 0.05, 1)

    asyncio.run(main())


def test_a_message_too_big_for_a_frame_cannot_be_encoded() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        frame(MsgType.BLOCKS, bytes(MAX_FRAME))
