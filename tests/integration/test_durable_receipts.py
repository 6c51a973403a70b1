"""A receipt means stored: real node processes killed with SIGKILL, or left without disk space, lose nothing.

Every voter_id and receipt a node returned must be in its chain after a restart, and a node whose disk is
full refuses new votes with one clear message instead of handing out receipts it cannot keep.
"""

from __future__ import annotations

import contextlib
import errno
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.helpers import Result, assert_one_error_line
from tests.integration.cluster import ROOT, NodeProcess, cli, make_election, wait_until
from votingapp.core.voter_id import parse_voter_id, voter_key
from votingapp.node.control_client import ControlRefused, NoNodeRunning
from votingapp.store.datadir import DataDir

pytestmark = pytest.mark.slow
CHOICES = ["Alice", "Bob", "Carol"]
KILLS = 6
WORKERS = 4


class Returned:
    """What the node handed out: (voter_id, registration id) pairs and vote receipts."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.voters: list[tuple[str, str]] = []
        self.receipts: list[str] = []


def _burst(node: NodeProcess, returned: Returned, stop: threading.Event, seed: int) -> None:
    """Register a voter and vote with it, again and again, until stopped or the node is gone."""
    rng = random.Random(seed)
    while not stop.is_set():
        try:
            reg = node.request("register", timeout=10)
            with returned.lock:
                returned.voters.append((reg["voter_id"], reg["txid"]))
            vote = node.request("vote", timeout=10, voter_id=reg["voter_id"], choice=rng.choice(CHOICES))
            with returned.lock:
                returned.receipts.append(vote["txid"])
        except (ControlRefused, NoNodeRunning):
            return  # the node was killed under this request: its answer never came, nothing was promised


def _assert_nothing_lost(data_dir: Path, returned: Returned) -> None:
    """Every returned registration and receipt is on the stored best chain; every voter_id is registered."""
    store = DataDir(data_dir).open_store(readonly=True)
    try:
        ledger = store.open_ledger()
        lost_regs = [txid for _vid, txid in returned.voters if store.find_tx(bytes.fromhex(txid)) is None]
        lost_votes = [txid for txid in returned.receipts if store.find_tx(bytes.fromhex(txid)) is None]
        unregistered = [
            vid for vid, _txid in returned.voters
            if not ledger.state.is_registered(voter_key(parse_voter_id(vid), ledger.election_id).public)
        ]
        assert (len(lost_regs), len(lost_votes), len(unregistered)) == (0, 0, 0), (
            f"lost {len(lost_regs)} of {len(returned.voters)} registrations, {len(lost_votes)} of "
            f"{len(returned.receipts)} receipts; {len(unregistered)} voter_ids not registered"
        )
        assert store.pending() == [], "transactions still wait after the node mined everything"
    finally:
        store.close()


def _settle_and_stop(node: NodeProcess) -> None:
    """Let the node mine what waits, then stop it cleanly."""
    wait_until(lambda: node.status()["mempool"] == 0, 30, "the node to mine every waiting transaction")
    node.stop()


def _verify(data_dir: Path) -> None:
    out = cli("verify", "--data-dir", str(data_dir))
    assert out.returncode == 0, out.stdout + out.stderr


def test_killing_a_lone_station_during_bursts_loses_no_receipt_and_no_voter_id(tmp_path: Path) -> None:
    nodes, _ = make_election(tmp_path, ["Desk"])
    node = nodes[0]
    returned = Returned()
    rng = random.Random()
    try:
        for kill in range(KILLS):
            node.start()
            stop = threading.Event()
            workers = [threading.Thread(target=_burst, args=(node, returned, stop, kill * WORKERS + i))
                       for i in range(WORKERS)]
            for w in workers:
                w.start()
            time.sleep(rng.uniform(0.3, 0.9))  # in the middle of the burst: some wait, some are being mined
            node.kill9()
            stop.set()
            for w in workers:
                w.join(30)
        assert len(returned.receipts) >= KILLS, "the bursts produced too few votes to test anything"
        node.start()  # the waiting transactions come back from the disk and are mined
        _settle_and_stop(node)
    finally:
        node.kill9()
    _assert_nothing_lost(node.data_dir, returned)
    _verify(node.data_dir)


# -- a full disk
def _run(*args: str, stdin: str | None = None) -> Result:
    """``python -m votingapp ARGS`` in a child process, ``stdin`` as its standard input."""
    out = subprocess.run([sys.executable, "-m", "votingapp", *args], input=stdin, capture_output=True, text=True,
                         timeout=60, check=False, cwd=ROOT)
    return Result(out.returncode, out.stdout, out.stderr)


@contextlib.contextmanager
def small_disk(where: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``where`` (root only); always unmounted."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs to fill needs root (CI runs this test as root)")
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"could not mount a tmpfs as root: {done.stderr.strip()}"
    try:
        yield where
    finally:
        if subprocess.run(["umount", str(where)], capture_output=True, check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def _fill(disk: Path) -> Path:
    """Write a file until the disk is full; the file."""
    filler = disk / "filler"
    chunk = b"\0" * 65536
    with open(filler, "wb", buffering=0) as f:
        while True:
            try:
                f.write(chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
                break
    for size in (4096, 512, 1):  # the last bytes too
        with open(filler, "ab", buffering=0) as f, contextlib.suppress(OSError):
            while True:
                f.write(b"\0" * size)
    return filler


def test_a_full_disk_refuses_new_votes_loses_nothing_returned_and_carries_on_once_freed(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "16m") as disk:
        nodes, _ = make_election(disk, ["Desk"])
        node = nodes[0]
        node.log = tmp_path / "Desk.out"  # the node's own output stays off the full disk, for diagnosis
        returned = Returned()

        def register_and_vote() -> None:
            reg = node.request("register")
            returned.voters.append((reg["voter_id"], reg["txid"]))
            returned.receipts.append(node.request("vote", voter_id=reg["voter_id"], choice="Bob")["txid"])

        try:
            node.start()
            for _ in range(10):
                register_and_vote()
            wait_until(lambda: node.status()["mempool"] == 0, 30, "the first votes to be mined")
            unvoted = node.request("register")
            returned.voters.append((unvoted["voter_id"], unvoted["txid"]))
            wait_until(lambda: node.status()["mempool"] == 0, 30, "the registration to be mined")

            filler = _fill(disk)
            with open(filler, "r+b") as f:  # room for a few transactions: the next block may not fit
                f.truncate(filler.stat().st_size - 64 * 1024)
            # Whatever the node still accepts is on its disk; within a few tries it must refuse.
            refusal = None
            for _ in range(30):
                try:
                    register_and_vote()
                except ControlRefused as exc:
                    refusal = str(exc)
                    break
                time.sleep(0.15)  # the miner gets its turn: a block that cannot be stored must change nothing
            assert refusal is not None, "the node kept handing out voter_ids and receipts on a full disk"
            assert "cannot write to its disk" in refusal and "database or disk is full" in refusal, refusal
            status = node.status()
            assert status["storage_error"] and "database or disk is full" in status["storage_error"], status

            data_dir = str(node.data_dir)
            assert_one_error_line(_run("register", "--data-dir", data_dir), "cannot write to its disk",
                                  "no new votes until space is freed")
            assert_one_error_line(_run("vote", "--data-dir", data_dir, "--choice", "Alice",
                                       stdin=unvoted["voter_id"] + "\n"), "cannot write to its disk")
            height = node.status()["height"]
            time.sleep(3)  # the miner and the retries get their chances: nothing is stored, nothing moves
            status = node.status()
            assert status["height"] == height and status["storage_error"], status

            filler.unlink()
            wait_until(lambda: node.status()["storage_error"] is None, 15, "the node to notice the free space")
            wait_until(lambda: node.status()["mempool"] == 0, 30, "what waited to be mined")
            returned.receipts.append(node.request("vote", voter_id=unvoted["voter_id"], choice="Alice")["txid"])
            register_and_vote()
            _settle_and_stop(node)
        finally:
            node.kill9()
        _assert_nothing_lost(node.data_dir, returned)
        _verify(node.data_dir)
        tally = node.tally_json()
        assert tally["registered"] == len(returned.voters) and tally["voted"] == len(returned.receipts), tally
