"""The connected stations' heights shown by a station are current: a peer that only receives this station's
blocks (it never sends one back) is seen at its new height at once, not at the height its HELLO said."""

from __future__ import annotations

import time

import pytest

from tests.net.test_messages import _split
from votingapp.core.manifest import Station
from votingapp.election.setup import create_election, existing_election, record_genesis
from votingapp.net.errors import ProtocolError
from votingapp.net.messages import MAX_PING_HEIGHT, NONCE_SIZE, Ping, Pong, decode, encode
from votingapp.node.facade import Node, NodeOptions
from votingapp.store.datadir import DataDir

WAIT_S = 20.0


def _until(predicate, what: str, timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"not within {timeout} s: {what}"
        time.sleep(0.05)


def test_the_authority_sees_a_waiting_station_at_the_height_it_caught_up_to(tmp_path):
    authority, waiting = DataDir(tmp_path / "desk1"), DataDir(tmp_path / "desk3")
    create_election(authority, "Heights", ["A", "B"], [Station(bytes(32), "Desk 2 (off)")], difficulty=4,
                    name="Desk 1", ballot="open")
    genesis = existing_election(authority)
    assert genesis is not None
    record_genesis(waiting, genesis, "Desk 3")  # not admitted: it syncs, it never seals a block
    a = Node(authority.path, NodeOptions(listen_host="127.0.0.1", listen_port=0, discovery=False))
    a.start()
    try:
        assert a.listen_address is not None
        c = Node(waiting.path, NodeOptions(listen_host="127.0.0.1", listen_port=0, discovery=False,
                                           peers=[a.listen_address]))
        c.start()
        try:
            _until(lambda: len(a.call(a.peers)) == 1, "the waiting station connects")
            for _ in range(3):
                a.call(a.register)
            _until(lambda: a.call(a.height) >= 1 and c.call(c.height) == a.call(a.height), "the blocks reach it")
            height = c.call(c.height)
            _until(lambda: a.call(a.peers)[0].height == height, f"the authority shows it at height {height}", 3.0)
            assert c.call(c.peers)[0].height == a.call(a.height)
        finally:
            c.stop()
    finally:
        a.stop()


def test_a_ping_and_a_pong_carry_the_senders_height_and_an_older_ping_none():

    assert decode(*_split(encode(Ping(b"n" * NONCE_SIZE, 42)))).height == 42
    assert decode(*_split(encode(Pong(b"n" * NONCE_SIZE, 7)))).height == 7
    assert decode(*_split(encode(Ping(b"n" * NONCE_SIZE)))).height is None
    kind, body = _split(encode(Ping(b"n" * NONCE_SIZE, 1)))
    with pytest.raises(ProtocolError, match="height"):
        decode(kind, body[:NONCE_SIZE] + (MAX_PING_HEIGHT + 1).to_bytes(8, "big"))
    with pytest.raises(ProtocolError, match="bytes"):
        decode(kind, body + b"x")
