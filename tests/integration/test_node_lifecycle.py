"""The node facade in-process: a failed start leaves nothing behind; start and stop are clean."""

from __future__ import annotations

import threading

import pytest

from tests.integration.cluster import cli
from votingapp.node.facade import Node, NodeError, NodeOptions


def _election(tmp_path):
    data_dir = tmp_path / "desk"
    out = cli("election", "create", "--data-dir", str(data_dir), "--ballot", "open", "--title", "T",
              "--option", "A", "--option", "B",
              "--difficulty", "4")
    assert out.returncode == 0, out.stderr
    return data_dir


def _our_threads() -> set[str]:
    return {t.name for t in threading.enumerate() if t.name.startswith("votingapp")}


def test_a_start_that_fails_half_way_stops_what_it_started_and_frees_the_data_dir(tmp_path):
    data_dir = _election(tmp_path)
    before = _our_threads()
    # 192.0.2.1 (TEST-NET-1) is not an address of this machine: binding fails, nothing is sent anywhere.
    node = Node(data_dir, NodeOptions(listen_host="192.0.2.1", listen_port=0, discovery=False))
    with pytest.raises(NodeError):
        node.start()
    assert _our_threads() <= before
    good = Node(data_dir, NodeOptions(listen_host="127.0.0.1", listen_port=0, discovery=False))
    good.start()
    try:
        assert good.call(good.status).height == 0
    finally:
        good.stop()
    assert _our_threads() <= before


def test_a_second_node_on_the_same_data_dir_is_refused(tmp_path):
    data_dir = _election(tmp_path)
    first = Node(data_dir, NodeOptions(listen_host="127.0.0.1", listen_port=0, discovery=False))
    first.start()
    try:
        second = Node(data_dir, NodeOptions(listen_host="127.0.0.1", listen_port=0, discovery=False))
        with pytest.raises(NodeError, match="already running"):
            second.start()
    finally:
        first.stop()


def test_a_data_dir_without_an_election_says_how_to_get_one(tmp_path):
    (tmp_path / "empty").mkdir()
    node = Node(tmp_path / "empty", NodeOptions(listen_host="127.0.0.1", listen_port=0, discovery=False))
    with pytest.raises(NodeError, match="holds no election"):
        node.start()
