"""``observe --data-dir DIR`` serves the board from a data dir with no node running; ``node --observer-port``
refuses a taken port with one line; ``observe`` on a data dir without an election says so in one line."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
from pathlib import Path

from tests.cli.helpers import ROOT, add_votes, assert_one_error_line, close_election, create_election, run_cli
from tests.integration.cluster import NodeProcess, free_port
from tests.observer.rawhttp import get
from votingapp.store.datadir import DataDir


def test_observe_serves_a_data_dir_without_a_node(tmp_path: Path):
    data_dir = tmp_path / "desk"
    create_election(data_dir, "--name", "Desk 1")
    add_votes(data_dir, ["Alice", "Bob", "Alice"])
    close_election(data_dir)
    config = DataDir(data_dir).config()
    DataDir(data_dir).save_config({**config, "language": "es"})  # the station's language, as the app keeps it
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "votingapp", "observe", "--data-dir", str(data_dir),
                             "--host", "127.0.0.1", "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert f"on http://127.0.0.1:{port}/" in line and "Test vote" in line, line
        board = json.loads(get(port, "/board.json").body)
        assert board["live"] is False and board["state"] == "closed" and board["voted"] == 3
        assert board["results"] == [["Alice", 2], ["Bob", 1], ["Carol", 0]]
        page = get(port, "/").body.decode()
        assert 'lang="es"' in page and "carpeta de datos" in page  # the station's language by default
        assert "Served from a data dir" in get(port, "/?lang=en").body.decode()
        record = tmp_path / "got.record"
        record.write_bytes(get(port, "/record").body)
        verified = run_cli("verify", record)
        assert verified.code == 0 and "Alice 2, Bob 1, Carol 0" in verified.out, verified
        assert get(port, "/", "POST").status == 405
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=20)
        assert proc.returncode == 0, err
        assert "observer board stopped" in out and not err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


def test_observe_without_an_election_is_one_line(tmp_path: Path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_cli("observe", "--data-dir", empty, "--host", "127.0.0.1", "--port", str(free_port()))
    assert_one_error_line(result)
    assert list(empty.iterdir()) == []  # nothing made in the data dir


def test_node_with_a_taken_observer_port_is_one_line(tmp_path: Path):
    data_dir = tmp_path / "desk"
    create_election(data_dir, "--name", "Desk 1")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        node = NodeProcess(data_dir, "Desk 1")
        with open(node.log, "ab") as log:
            proc = subprocess.Popen([sys.executable, "-m", "votingapp", "node", "--data-dir", str(data_dir),
                                     "--listen", node.address, "--no-discovery", "--observer-port", str(port)],
                                    cwd=ROOT, stdout=log, stderr=subprocess.PIPE, text=True)
        _out, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    lines = err.strip().splitlines()  # the node logs to stderr too; its error is one line, the last
    assert "Traceback" not in err and lines[-1].startswith(
        f"votingapp: error: the observer board cannot listen on port {port}"), err
