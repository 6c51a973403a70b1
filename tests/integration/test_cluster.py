"""Three real node processes on 127.0.0.1: load, double votes, crashes, late joiners, hostile peers."""

from __future__ import annotations

import random
import socket
import struct
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.integration.cluster import NodeProcess, make_election, wait_until
from votingapp.node.control_client import ControlRefused

pytestmark = pytest.mark.slow
CHOICES = ["Alice", "Bob", "Carol"]


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[tuple[list[NodeProcess], Path]]:
    nodes, manifest = make_election(tmp_path, ["Desk 1", "Desk 2", "Desk 3"])
    a, b, c = nodes
    try:
        a.start()
        b.start(peers=[a], join=manifest)
        c.start(peers=[a, b], join=manifest)
        wait_until(lambda: all(len(n.status()["peers"]) >= 2 for n in nodes), 20, "all nodes to connect")
        yield nodes, manifest
    finally:
        for n in nodes:
            n.kill9()


def _register_many(nodes: list[NodeProcess], count: int) -> list[str]:
    with ThreadPoolExecutor(12) as pool:
        results = list(pool.map(lambda i: nodes[i % len(nodes)].request("register"), range(count)))
    return [r["voter_id"] for r in results]


def _same_tip(nodes: list[NodeProcess], registered: int, voted: int) -> bool:
    statuses = [n.status() for n in nodes]
    return (len({s["tip"] for s in statuses}) == 1 and statuses[0]["registered"] == registered
            and statuses[0]["voted"] == voted and all(s["mempool"] == 0 for s in statuses))


def test_300_registrations_and_votes_over_three_nodes_give_one_chain_and_identical_tallies(cluster):
    nodes, _ = cluster
    voter_ids = _register_many(nodes, 300)
    assert len(set(voter_ids)) == 300
    rng = random.Random(7)
    choices = [rng.choice(CHOICES) for _ in voter_ids]

    def cast(i: int) -> str:
        # a voter may walk to any booth: the registration may still be on its way there
        node = nodes[rng.randrange(3)] if i % 2 else nodes[(i + 1) % 3]
        for _ in range(100):
            try:
                return node.request("vote", voter_id=voter_ids[i], choice=choices[i])["txid"]
            except ControlRefused as exc:
                if "not registered" not in str(exc):
                    raise
                wait_until(lambda: True, 0.1, "a moment")
        raise AssertionError("registration never reached the node")

    with ThreadPoolExecutor(12) as pool:
        receipts = list(pool.map(cast, range(300)))
    assert len(set(receipts)) == 300
    wait_until(lambda: _same_tip(nodes, 300, 300), 60, "all nodes to agree on 300 votes")
    tallies = [n.tally_json() for n in nodes]
    assert tallies[0] == tallies[1] == tallies[2]
    assert tallies[0]["results"] == {c: Counter(choices)[c] for c in CHOICES}
    assert tallies[0]["voted"] == tallies[0]["registered"] == 300


def test_a_voter_voting_through_two_nodes_at_once_is_counted_once_everywhere(cluster):
    nodes, _ = cluster
    a, b, _c = nodes
    voter_ids = [a.request("register", wait=True)["voter_id"] for _ in range(3)]
    wait_until(lambda: all(n.status()["registered"] == 3 for n in nodes), 20, "registrations everywhere")
    for voter_id in voter_ids:
        def vote(args: tuple[NodeProcess, str], voter_id: str = voter_id) -> str:
            node, choice = args
            try:
                return node.request("vote", voter_id=voter_id, choice=choice)["txid"]
            except ControlRefused as exc:
                return str(exc)

        with ThreadPoolExecutor(2) as pool:
            list(pool.map(vote, [(a, "Alice"), (b, "Bob")]))
    wait_until(lambda: _same_tip(nodes, 3, 3), 30, "one vote per voter on every node")
    for n in nodes:
        assert n.tally_json()["voted"] == 3
        assert sum(n.tally_json()["results"].values()) == 3


def test_a_node_killed_mid_load_catches_up_and_nothing_confirmed_is_lost(cluster):
    nodes, _ = cluster
    a, b, c = nodes
    confirmed: list[str] = []
    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(nodes[i % 2].request, "register", wait=True) for i in range(60)]
        wait_until(lambda: c.status()["registered"] >= 10, 30, "some load to reach C")
        c.kill9()
        more = [pool.submit(a.request, "register", wait=True) for _ in range(30)]
        confirmed = [f.result()["txid"] for f in futures + more]
    assert len(confirmed) == 90
    c.start(peers=[a, b])
    wait_until(lambda: _same_tip(nodes, 90, 0), 60, "the restarted node to catch up")
    for n in nodes:
        assert n.tally_json()["registered"] == 90


def test_a_late_node_with_an_empty_data_dir_syncs_the_whole_chain(cluster, tmp_path):
    nodes, manifest = cluster
    a = nodes[0]
    for _ in range(4):
        _register_many(nodes, 25)
        wait_until(lambda: a.status()["mempool"] == 0, 30, "a block")
    wait_until(lambda: _same_tip(nodes, 100, 0), 30, "agreement")
    late = NodeProcess(tmp_path / "late", "Late desk")
    late.start(peers=[a], join=manifest)
    try:
        wait_until(lambda: late.status()["tip"] == a.status()["tip"], 30, "the late node to sync")
        assert late.tally_json() == a.tally_json()
        assert not late.status()["admitted"]
        with pytest.raises(ControlRefused, match="not admitted"):
            late.request("register")
    finally:
        late.kill9()


def test_hostile_bytes_drop_the_peer_and_the_node_keeps_serving(cluster):
    nodes, _ = cluster
    a = nodes[0]
    garbage = [b"\x00" * 64, struct.pack(">I", 0xFFFFFFFF) + b"x", b"GET / HTTP/1.1\r\n\r\n", bytes(range(256))]
    for payload in garbage:
        with socket.create_connection(("127.0.0.1", a.port), timeout=5) as s:
            s.sendall(payload)
            s.settimeout(5)
            try:
                while s.recv(4096):
                    pass
            except OSError:
                pass
    voter_id = a.request("register", wait=True)["voter_id"]
    receipt = a.request("vote", voter_id=voter_id, choice="Alice", wait=True)
    assert receipt["block"]["status"] == "confirmed"
    wait_until(lambda: _same_tip(nodes, 1, 1), 20, "the others to see the vote")


def test_control_requests_without_the_secret_are_refused(cluster):
    import json

    a = cluster[0][0]
    port = json.loads((a.data_dir / "control.json").read_text())["port"]
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(json.dumps({"secret": "0" * 64, "cmd": "register"}).encode() + b"\n")
        answer = json.loads(s.makefile().readline())
    assert answer == {"ok": False, "error": "refused: wrong or missing secret"}
    assert a.status()["registered"] == 0 and a.status()["mempool"] == 0


def test_a_station_that_is_not_admitted_is_told_so_and_can_register_once_admitted(tmp_path):
    nodes, manifest = make_election(tmp_path, ["Authority"])
    authority = nodes[0]
    late = NodeProcess(tmp_path / "late", "Desk 9")
    try:
        authority.start()
        late.start(peers=[authority], join=manifest)
        with pytest.raises(ControlRefused, match="is not admitted yet"):
            late.request("register")
        authority.request("admit", station=late.station_key(), name="Desk 9", wait=True)
        wait_until(lambda: late.status()["admitted"], 20, "the admission to reach the late station")
        assert late.request("register", wait=True)["block"]["status"] == "confirmed"
    finally:
        late.kill9()
        authority.kill9()
