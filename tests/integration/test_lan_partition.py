"""Three stations in network namespaces on one bridge: found only through zeroconf; a partition heals.

Root only (``ip netns``); everything the test creates lives inside its own namespaces and is removed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.integration.cluster import ROOT, make_election, wait_until
from tests.netns import NamespaceLan, requires_netns

pytestmark = [*requires_netns(), pytest.mark.slow]
CLIENT = str(Path(__file__).with_name("ns_client.py"))
PORT = 47400


def _ask(lan: NamespaceLan, i: int, data_dir: Path, *requests: tuple[str, dict[str, Any]]) -> list[dict[str, Any]]:
    done = lan.run(i, [sys.executable, CLIENT, str(data_dir), json.dumps(list(requests))], timeout=120)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def _status(lan: NamespaceLan, i: int, data_dir: Path) -> dict[str, Any]:
    answer = _ask(lan, i, data_dir, ("status", {}))[0]
    return answer["result"] if answer["ok"] else {}


def test_stations_find_each_other_by_zeroconf_and_a_partition_heals_into_one_chain(tmp_path):
    nodes, manifest = make_election(tmp_path, ["Desk 1", "Desk 2", "Booth"])
    dirs = [n.data_dir for n in nodes]
    with NamespaceLan(3) as lan:
        for i, node in enumerate(nodes):
            log = open(tmp_path / f"{node.name}.log", "wb")  # noqa: SIM115 - closed below
            args = [sys.executable, "-m", "votingapp", "node", "--data-dir", str(node.data_dir),
                    "--listen", f"{lan.addresses[i]}:{PORT}", "--name", node.name]
            if i:
                args += ["--join", str(manifest)]
            lan.popen(i, args, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
            log.close()
        # no --peer anywhere: the stations can only have met through zeroconf
        wait_until(lambda: all(len(_status(lan, i, d).get("peers", [])) == 2 for i, d in enumerate(dirs)),
                   60, "every station to find the other two through zeroconf")

        answers = _ask(lan, 0, dirs[0], *[("register", {"wait": True})] * 6)
        voter_ids = [a["result"]["voter_id"] for a in answers]
        wait_until(lambda: all(_status(lan, i, d).get("registered") == 6 for i, d in enumerate(dirs)),
                   30, "the registrations everywhere")

        lan.cut(2)
        side_a = _ask(lan, 0, dirs[0],
                      ("vote", {"voter_id": voter_ids[0], "choice": "Alice", "wait": True}),
                      ("vote", {"voter_id": voter_ids[1], "choice": "Bob", "wait": True}),
                      ("vote", {"voter_id": voter_ids[4], "choice": "Alice", "wait": True}))
        side_b = _ask(lan, 2, dirs[2],
                      ("vote", {"voter_id": voter_ids[2], "choice": "Carol", "wait": True}),
                      ("vote", {"voter_id": voter_ids[3], "choice": "Carol", "wait": True}),
                      ("vote", {"voter_id": voter_ids[4], "choice": "Bob", "wait": True}))
        assert all(a["ok"] for a in side_a + side_b), side_a + side_b  # each side confirms its own votes
        assert _status(lan, 1, dirs[1])["voted"] == 3 and _status(lan, 2, dirs[2])["voted"] == 3
        lan.heal(2)
        _ask(lan, 1, dirs[1], ("vote", {"voter_id": voter_ids[5], "choice": "Bob", "wait": True}))

        def one_chain() -> bool:
            statuses = [_status(lan, i, d) for i, d in enumerate(dirs)]
            return (all(s.get("voted") == 6 and s.get("mempool") == 0 for s in statuses)
                    and len({s["tip"] for s in statuses}) == 1)

        wait_until(one_chain, 90, "one chain after healing")
        tallies = []
        for i, d in enumerate(dirs):
            done = lan.run(i, [sys.executable, "-m", "votingapp", "tally", "--data-dir", str(d), "--json"])
            tallies.append(json.loads(done.stdout))
        assert tallies[0] == tallies[1] == tallies[2]
        results = tallies[0]["results"]
        assert results["Carol"] == 2
        assert sum(results.values()) == 6  # the double vote across the partition counts once
        assert sorted([results["Alice"], results["Bob"]]) in ([1, 3], [2, 2])

        # The double vote (voter 4 on both sides) is resolved to exactly one, and the stations can say
        # which receipt counts and why the other does not.
        receipts = [side_a[2]["result"]["txid"], side_b[2]["result"]["txid"]]
        outcomes = []
        for d in dirs:
            checks = [subprocess.run([sys.executable, "-m", "votingapp", "receipt", "--data-dir", str(d), r],
                                     cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
                      for r in receipts]
            outcomes.append([c.stdout for c in checks])
            assert sorted(c.returncode for c in checks) == [0, 1], outcomes[-1]
            assert sum(c.stdout.startswith("recorded:") for c in checks) == 1, outcomes[-1]
        assert all(any(o.startswith("dropped: another vote by the same voter") for o in pair) for pair in outcomes), \
            outcomes
        logs = [(d / "logs" / "votingapp.log").read_text(encoding="utf-8") for d in dirs]
        assert all("double vote detected" in text for text in logs), "every station notes the double vote"
    assert lan.leftovers() == []
