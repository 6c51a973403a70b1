"""A whole secret-ballot election on three real node processes on 127.0.0.1 (docs/design.md section 10).

The key ceremony runs by itself once the three trustee stations are up (a ballot before it is refused); 100
ballots go through the control endpoint's ``vote`` at once; the close; one trustee is stopped at decryption
time and the two others (threshold 2 of 3) decrypt; every node shows the same result, and so does the
verification of the exported record.  Nothing on disk, in a log or in the record shows an option next to a
voter, nor the plaintext vote encoding.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.integration.cluster import NodeProcess, cli, wait_until
from votingapp.core.manifest import Station
from votingapp.core.tally import tally_state
from votingapp.core.verify import verify_chain
from votingapp.election.audit import export_record
from votingapp.election.setup import create_election
from votingapp.node.control_client import ControlRefused
from votingapp.store.datadir import DataDir
from votingapp.store.record import RecordReader

pytestmark = pytest.mark.slow
OPTIONS = ["Zanzibar Quokka", "Yellowstone Ibex", "Xylophone Marmot"]  # text that appears nowhere else
N_BALLOTS = 100


@pytest.fixture
def desks(tmp_path: Path) -> Iterator[tuple[list[NodeProcess], Path]]:
    nodes = [NodeProcess(tmp_path / f"desk{i}", f"Desk {i}") for i in (1, 2, 3)]
    others = [Station(bytes.fromhex(n.station_key()), n.name) for n in nodes[1:]]
    genesis = create_election(DataDir(nodes[0].data_dir), "Secret test", OPTIONS, others, difficulty=8,
                              name="Desk 1", ballot="secret", threshold=2)
    assert genesis.manifest.secret and len(genesis.manifest.trustees) == 3
    manifest = tmp_path / "election.json"
    out = cli("election", "export", "--data-dir", str(nodes[0].data_dir), "--out", str(manifest))
    assert out.returncode == 0, out.stderr
    try:
        yield nodes, manifest
    finally:
        for n in nodes:
            n.kill9()


def _cast(node: NodeProcess, voter_id: str, choice: str) -> str:
    for _ in range(200):
        try:
            return str(node.request("vote", voter_id=voter_id, choice=choice)["txid"])
        except ControlRefused as exc:  # the pool is full for a moment: try again
            if "full" not in str(exc):
                raise
            time.sleep(0.1)
    raise AssertionError("the vote was never accepted")


def _same_tip(nodes: list[NodeProcess], voted: int) -> bool:
    statuses = [n.status() for n in nodes]
    return (len({s["tip"] for s in statuses}) == 1 and all(s["voted"] == voted for s in statuses)
            and all(s["mempool"] == 0 for s in statuses))


def _decrypted(node: NodeProcess) -> dict[str, Any] | None:
    tally = node.request("tally")
    return tally if tally.get("sealed") is False else None


def test_a_secret_election_on_three_nodes_ceremony_ballots_close_and_a_2_of_3_decryption(desks):
    (a, b, c), manifest = desks
    a.start()
    b.start(peers=[a], join=manifest)
    wait_until(lambda: len(a.status()["peers"]) >= 1, 20, "desk 2 to connect")
    status = a.status()
    assert status["ballot"] == "secret"
    assert status["ceremony_progress"]["stage"] == "keys"
    assert status["ceremony"].startswith("waiting for trustee keys")

    # Desk 3 (a trustee) is not up: no ballot yet.
    early = a.request("register")["voter_id"]
    with pytest.raises(ControlRefused, match="ceremony is not complete"):
        a.request("vote", voter_id=early, choice=OPTIONS[0])

    c.start(peers=[a, b], join=manifest)
    nodes = [a, b, c]
    wait_until(lambda: all(n.status()["ceremony"] == "complete" for n in nodes), 120, "the key ceremony")
    assert [n.status()["ceremony_progress"]["trustee"] for n in nodes] == [1, 2, 3]

    with ThreadPoolExecutor(12) as pool:
        registered = list(pool.map(lambda i: (i % 3, nodes[i % 3].request("register")["voter_id"]),
                                   range(N_BALLOTS - 1)))
    voters = [(0, early), *registered]
    rng = random.Random(11)
    choices = [rng.choice(OPTIONS) for _ in voters]
    with ThreadPoolExecutor(16) as pool:
        receipts = list(pool.map(lambda vc: _cast(nodes[vc[0][0]], vc[0][1], vc[1]), zip(voters, choices)))
    assert len(set(receipts)) == N_BALLOTS
    wait_until(lambda: _same_tip(nodes, N_BALLOTS), 120, "every ballot in a block on every node")
    sealed = a.request("tally")
    assert sealed["results"] == {} and sealed["sealed"] is True and sealed["voted"] == N_BALLOTS

    c.stop()  # a trustee is away at decryption time
    a.request("close", wait=True, timeout=60)
    expected = {option: choices.count(option) for option in OPTIONS}
    for n in (a, b):
        tally = wait_until(lambda n=n: _decrypted(n), 120, f"{n.name} to decrypt")
        assert tally["results"] == expected and tally["decrypted_by"] == [1, 2]
        assert n.status()["decryption"] == "decrypted by 2 of 3 trustees"

    c.start(peers=[a, b])
    tally_c = wait_until(lambda: _decrypted(c), 120, "desk 3 to catch up")
    assert tally_c["results"] == expected
    wait_until(lambda: _same_tip(nodes, N_BALLOTS), 120, "one chain again")
    results = [n.request("tally")["results"] for n in nodes]
    assert results == [expected] * 3
    for n in nodes:
        n.stop()

    record = a.data_dir.parent / "record.jsonl"
    export_record(DataDir(a.data_dir), record)
    with RecordReader(record) as reader:
        report = verify_chain(reader.genesis, reader.blocks())
    verified = tally_state(report.state)
    assert verified.results == expected and not verified.sealed
    assert len(report.state.ballots) == N_BALLOTS

    _assert_nothing_shows_a_vote(nodes, record)


def _assert_nothing_shows_a_vote(nodes: list[NodeProcess], record: Path) -> None:
    """No option text outside the manifest, no plaintext vote ('"choice"') anywhere: data dirs, logs, record."""
    needles = [o.encode() for o in OPTIONS]
    lines = record.read_bytes().splitlines()
    assert needles[0] in lines[0]  # the manifest (first line) names the options: nothing else may
    for line in lines[1:]:
        assert b'"choice"' not in line
        assert not any(o in line for o in needles), line[:200]
    files: list[Path] = [n.log for n in nodes]
    for n in nodes:
        files += [p for p in n.data_dir.rglob("*") if p.is_file()]
    for path in files:
        data = path.read_bytes()
        assert b'"choice"' not in data, path
        if not path.name.startswith("votingapp.sqlite3"):  # the database holds the manifest
            assert not any(o in data for o in needles), path
    for n in nodes:  # in the database: only the manifest names the options
        store = DataDir(n.data_dir).open_store(readonly=True)
        try:
            for _height, _hash, raw in store.main_blocks():
                assert not any(o in raw for o in needles) and b'"choice"' not in raw
        finally:
            store.close()
