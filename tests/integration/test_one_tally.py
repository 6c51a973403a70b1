"""One tally everywhere: the control endpoint (what `tally` asks a running node), the offline `tally --json`
of the data dir and the facade give the same object, and all of them hide the results until the close
when the election says so (the control endpoint used to show them)."""

from __future__ import annotations

import json

from tests.integration.cluster import cli
from votingapp.node.control_client import request
from votingapp.node.facade import Node, NodeOptions
from votingapp.store.datadir import DataDir


def test_every_surface_hides_the_results_until_the_close_and_then_agrees(tmp_path):
    path = tmp_path / "desk"
    out = cli("election", "create", "--data-dir", str(path), "--ballot", "open", "--title", "T",
              "--option", "A", "--option", "B",
              "--difficulty", "4", "--results", "after_close")
    assert out.returncode == 0, out.stderr
    node = Node(path, NodeOptions(listen_host="127.0.0.1", listen_port=0, discovery=False))
    node.start()
    try:
        data_dir = DataDir(path)
        voter_id, _ = node.call(node.register)
        receipt = node.call(lambda: node.vote(voter_id, "B"))
        node.wait_async(receipt, 30).result(40)
        over_control = request(data_dir, "tally")
        assert over_control["results"] == {} and over_control["results_hidden"] is True
        assert over_control["voted"] == 1 and over_control["registered"] == 1
        assert over_control == node.call(node.tally).to_json()

        close = node.call(node.close)
        node.wait_async(close, 30).result(40)
        after = request(data_dir, "tally")
        assert after["results"] == {"A": 0, "B": 1} and "results_hidden" not in after
    finally:
        node.stop()
    offline = cli("tally", "--data-dir", str(path), "--json")
    assert offline.returncode == 0, offline.stderr
    assert json.loads(offline.stdout) == after
