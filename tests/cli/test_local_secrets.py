"""Local secrets and local abuse: the voter_id off the command line, an owner-only data dir, a bounded control endpoint.

Real node processes on 127.0.0.1 (tests/integration/cluster.py); POSIX only (modes, /proc, rlimits).
"""

from __future__ import annotations

import asyncio
import errno
import json
import logging
import os
import re
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.integration.cluster import ROOT, NodeProcess, cli, make_election, wait_until
from votingapp.node import control
from votingapp.node.control import ControlServer
from votingapp.node.control_client import request
from votingapp.store.datadir import DataDir

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="POSIX modes, /proc and rlimits of Linux")
resource = pytest.importorskip("resource")

TXID = re.compile(r"^[0-9a-f]{64}$")
FLOOD = 1000
NODE_FILE_LIMIT = 256  # the node's soft limit of open files in the flood test: far below the flood


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def node(tmp_path: Path) -> Iterator[NodeProcess]:
    nodes, _ = make_election(tmp_path, ["Desk 1"], difficulty=4)
    desk = nodes[0]
    try:
        desk.start()
        yield desk
    finally:
        desk.kill9()


def _cmdline_of(pid: int) -> bytes:
    """The command line of ``pid`` once it runs the vote command (empty before exec)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""
    return cmdline if b"votingapp" in cmdline and b"vote" in cmdline else b""


def _vote_on_stdin(data_dir: Path, voter_id: str, choice: str) -> tuple[subprocess.CompletedProcess[str], bytes]:
    """``vote`` with the voter_id on stdin; also the vote process's /proc cmdline while it ran."""
    args = [sys.executable, "-m", "votingapp", "vote", "--data-dir", str(data_dir), "--choice", choice, "--wait"]
    proc = subprocess.Popen(args, cwd=ROOT, env=_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        # the process waits for stdin, so its command line stays there (once exec has put it there)
        cmdline = wait_until(lambda: _cmdline_of(proc.pid), 20, "the vote command's command line")
        out, err = proc.communicate(voter_id + "\n", timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    return subprocess.CompletedProcess(args, proc.returncode, out, err), cmdline


def test_vote_reads_the_voter_id_from_stdin_so_it_is_never_on_the_command_line(node):
    voter_id = node.request("register", wait=True)["voter_id"]
    done, cmdline = _vote_on_stdin(node.data_dir, voter_id, "Alice")
    assert done.returncode == 0, done.stderr
    assert b"vote" in cmdline and b"Alice" in cmdline  # it is the vote command's command line
    assert voter_id.encode() not in cmdline
    assert voter_id.split("-")[0].encode() not in cmdline
    assert TXID.match(done.stdout.strip()), done.stdout
    assert done.stderr == ""
    assert voter_id not in done.stdout
    assert node.status()["voted"] == 1
    again, _ = _vote_on_stdin(node.data_dir, voter_id, "Bob")  # the same voter again: refused, one line
    assert again.returncode == 1
    assert len(again.stderr.strip().splitlines()) == 1, again.stderr


def test_vote_without_a_voter_id_on_stdin_is_a_one_line_usage_error(node):
    done = subprocess.run([sys.executable, "-m", "votingapp", "vote", "--data-dir", str(node.data_dir), "--choice",
                           "Alice"], cwd=ROOT, env=_env(), input="", capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "voter_id" in done.stderr, done.stderr
    assert node.status()["mempool"] == 0


def test_voter_id_option_still_works_with_a_one_line_warning(node):
    voter_id = node.request("register", wait=True)["voter_id"]
    done = cli("vote", "--data-dir", str(node.data_dir), "--voter-id", voter_id, "--choice", "Bob", "--wait")
    assert done.returncode == 0, done.stderr
    assert TXID.match(done.stdout.strip()), done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "warning" in lines[0] and "visible to other users" in lines[0]
    assert voter_id not in done.stderr
    assert node.status()["voted"] == 1


def _loosen(data_dir: Path) -> list[Path]:
    """Make the data dir look as if made with mkdir under umask 022: directories 0755, files 0644."""
    loosened = [data_dir]
    os.chmod(data_dir, 0o755)
    for path in sorted(data_dir.rglob("*"))[:100]:
        if path.is_symlink():
            continue
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
        loosened.append(path)
    return loosened


def _assert_owner_only(paths: list[Path]) -> None:
    for path in paths:
        if path.exists():
            expected = 0o700 if path.is_dir() else 0o600
            assert _mode(path) == expected, f"{path} is {oct(_mode(path))}"


def test_a_premade_0755_data_dir_and_0644_database_become_owner_only_when_a_command_opens_them(tmp_path):
    data_dir = tmp_path / "desk"
    data_dir.mkdir()
    os.chmod(data_dir, 0o755)  # "mkdir" under the usual umask
    create = cli("election", "create", "--data-dir", str(data_dir), "--title", "T", "--option", "A",
                 "--option", "B", "--difficulty", "4")
    assert create.returncode == 0, create.stderr
    db = data_dir / "votingapp.sqlite3"
    _assert_owner_only([data_dir, db, data_dir / "station.key", data_dir / "authority.key", data_dir / "config.json"])
    loosened = _loosen(data_dir)
    assert _mode(data_dir) == 0o755 and _mode(db) == 0o644
    tally = cli("tally", "--data-dir", str(data_dir))  # a read-only command
    assert tally.returncode == 0, tally.stderr
    _assert_owner_only(loosened)


def test_a_premade_data_dir_becomes_owner_only_when_a_node_opens_it_and_new_files_ignore_the_umask(tmp_path):
    nodes, _ = make_election(tmp_path, ["Desk 1"], difficulty=4)
    desk = nodes[0]
    logs = desk.data_dir / "logs"
    logs.mkdir()
    (logs / "votingapp.log").write_text("an old line\n")
    loosened = _loosen(desk.data_dir)
    assert _mode(desk.data_dir / "votingapp.sqlite3") == 0o644
    args = [sys.executable, "-m", "votingapp", "node", "--data-dir", str(desk.data_dir), "--listen", desk.address,
            "--no-discovery"]
    with open(desk.log, "ab") as out:
        desk.proc = subprocess.Popen(args, cwd=ROOT, env=_env(), stdout=out, stderr=subprocess.STDOUT,
                                     umask=0)
    try:
        wait_until(lambda: desk.request("status", timeout=5) if (desk.data_dir / "control.json").exists() else None,
                   30, "the node to serve")
        files = [*loosened, desk.data_dir / "control.json", desk.data_dir / "control.secret",
                 desk.data_dir / "node.lock", desk.data_dir / "votingapp.sqlite3-wal",
                 desk.data_dir / "votingapp.sqlite3-shm"]
        _assert_owner_only(files)
        for path in sorted(desk.data_dir.rglob("*"))[:100]:  # nothing else slipped through either
            _assert_owner_only([path])
    finally:
        desk.kill9()
    fresh = tmp_path / "fresh"  # a data dir created by a command under umask 000
    done = subprocess.run([sys.executable, "-m", "votingapp", "election", "create", "--data-dir", str(fresh),
                           "--title", "T", "--option", "A", "--option", "B", "--difficulty", "4"],
                          cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=60, check=False,
                          umask=0)
    assert done.returncode == 0, done.stderr
    _assert_owner_only([fresh, *sorted(fresh.rglob("*"))[:100]])


def _raise_file_limit(needed: int) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        if hard != resource.RLIM_INFINITY and hard < needed:
            pytest.skip(f"needs {needed} open files, the hard limit is {hard}")
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def _flood(port: int, count: int, timeout: float) -> list[socket.socket]:
    """``count`` connections that send nothing (non-blocking connects, waited for at most ``timeout``)."""
    socks: list[socket.socket] = []
    for _ in range(count):
        s = socket.socket()
        s.setblocking(False)
        s.connect_ex(("127.0.0.1", port))
        socks.append(s)
    deadline = time.monotonic() + timeout
    pending = list(socks)
    for _ in range(1000):
        if not pending or time.monotonic() > deadline:
            break
        pending = [s for s in pending if s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0
                   and _not_connected(s)]
        time.sleep(0.02)
    return socks


def _not_connected(s: socket.socket) -> bool:
    try:
        s.getpeername()
    except OSError:
        return True
    return False


def test_a_flood_of_idle_control_connections_neither_stops_the_node_nor_fills_its_log(tmp_path):
    _raise_file_limit(FLOOD + 200)
    nodes, _ = make_election(tmp_path, ["Desk 1"], difficulty=4)
    desk = nodes[0]
    # a station whose limit of open files is far below the flood
    args = ["/bin/sh", "-c", f'ulimit -S -n {NODE_FILE_LIMIT} && exec "$@"', "sh",
            sys.executable, "-m", "votingapp", "node", "--data-dir", str(desk.data_dir), "--listen", desk.address,
            "--no-discovery"]
    with open(desk.log, "ab") as out:
        desk.proc = subprocess.Popen(args, cwd=ROOT, env=_env(), stdout=out, stderr=subprocess.STDOUT)
    socks: list[socket.socket] = []
    try:
        wait_until(lambda: (desk.data_dir / "control.json").exists() and desk.request("status", timeout=5),
                   30, "the node to serve")
        port = int(json.loads((desk.data_dir / "control.json").read_text())["port"])
        socks = _flood(port, FLOOD, timeout=20)
        started = time.monotonic()
        during = cli("status", "--data-dir", str(desk.data_dir), "--json", timeout=30)
        assert during.returncode == 0, during.stderr
        assert time.monotonic() - started < 10
        voter_id = desk.request("register", wait=True, timeout=30)["voter_id"]  # commands still run
        assert voter_id
        for s in socks:
            s.close()
        socks = []
        started = time.monotonic()
        after = cli("status", "--data-dir", str(desk.data_dir), "--json", timeout=30)
        assert after.returncode == 0, after.stderr
        assert time.monotonic() - started < 10
        assert desk.proc.poll() is None
        limits = Path(f"/proc/{desk.proc.pid}/limits").read_text()
        assert re.search(rf"Max open files\s+{NODE_FILE_LIMIT}\s", limits), limits  # the flood was far above it
    finally:
        for s in socks:
            s.close()
        desk.kill9()
    log_text = (desk.data_dir / "logs" / "votingapp.log").read_text(errors="replace")
    out_text = desk.log.read_text(errors="replace")
    for text in (log_text, out_text):
        assert "Traceback" not in text, text[-3000:]
        assert text.count("Too many open files") <= 2, text[-3000:]


class _FakeStatus:
    def to_json(self) -> dict[str, Any]:
        return {"height": 7}


class _FakeNode:
    def status(self) -> _FakeStatus:
        return _FakeStatus()


def test_failing_accepts_are_logged_once_per_interval_as_one_line_and_the_endpoint_keeps_serving(
        tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(control, "ACCEPT_RETRY_S", 0.001)
    data_dir = DataDir(tmp_path / "desk")
    data_dir.ensure()

    async def main() -> Any:
        loop = asyncio.get_running_loop()
        real_accept = loop.sock_accept
        failures = {"left": 200}

        async def failing_accept(sock: socket.socket) -> Any:
            if failures["left"] > 0:
                failures["left"] -= 1
                raise OSError(errno.EMFILE, os.strerror(errno.EMFILE))
            return await real_accept(sock)

        monkeypatch.setattr(loop, "sock_accept", failing_accept)
        server = ControlServer(data_dir, _FakeNode())  # type: ignore[arg-type]
        await server.start()
        try:
            answer = await asyncio.wait_for(asyncio.to_thread(request, data_dir, "status", 10), 20)
        finally:
            await server.stop()
        return answer, failures["left"]

    with caplog.at_level(logging.DEBUG, logger="votingapp.node.control"):
        answer, left = asyncio.run(main())
    assert answer == {"height": 7}
    assert left == 0
    records = [r for r in caplog.records if r.name == "votingapp.node.control" and r.levelno >= logging.WARNING]
    assert len(records) == 1, [r.getMessage() for r in records]
    assert records[0].exc_info is None
    message = records[0].getMessage()
    assert "Too many open files" in message and "\n" not in message
