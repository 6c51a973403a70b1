"""Finality of the close on real nodes: a station cut off during the close cannot change the closed result.

Three stations in network namespaces on one bridge (root only, as tests/integration/test_lan_partition.py).
The booth loses its cable; the authority closes with ``election close --wait`` on the other side; the booth
goes on taking ballots and registering voters on a longer branch.  Once the cable is back, every station
agrees on the closed chain, whose result is the closed result plus the booth's ballots cast before the
close (late returns), and an exported record verifies.
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
PORT = 47500
BOOTH = 2  # the station that is cut off


def _ask(lan: NamespaceLan, i: int, data_dir: Path, *requests: tuple[str, dict[str, Any]]) -> list[dict[str, Any]]:
    done = lan.run(i, [sys.executable, CLIENT, str(data_dir), json.dumps(list(requests))], timeout=120)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def _ok(lan: NamespaceLan, i: int, data_dir: Path, *requests: tuple[str, dict[str, Any]]) -> list[Any]:
    answers = _ask(lan, i, data_dir, *requests)
    assert all(a["ok"] for a in answers), answers
    return [a["result"] for a in answers]


def _status(lan: NamespaceLan, i: int, data_dir: Path) -> dict[str, Any]:
    answer = _ask(lan, i, data_dir, ("status", {}))[0]
    return answer["result"] if answer["ok"] else {}


def _cli(lan: NamespaceLan, i: int, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    done = lan.run(i, [sys.executable, "-m", "votingapp", *args], timeout=timeout)
    assert done.returncode == 0, done.stderr
    return done


def _tally(lan: NamespaceLan, i: int, data_dir: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(_cli(lan, i, "tally", "--data-dir", str(data_dir), "--json").stdout)
    return result


def _vote(voter_id: str, choice: str) -> tuple[str, dict[str, Any]]:
    return ("vote", {"voter_id": voter_id, "choice": choice, "wait": True})


def test_a_station_cut_off_during_the_close_adds_only_its_ballots_cast_before_the_close(tmp_path: Path) -> None:
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
        wait_until(lambda: all(len(_status(lan, i, d).get("peers", [])) == 2 for i, d in enumerate(dirs)),
                   60, "every station to find the other two through zeroconf")

        voter_ids = [r["voter_id"] for r in _ok(lan, 0, dirs[0], *[("register", {"wait": True})] * 8)]
        _ok(lan, 0, dirs[0], _vote(voter_ids[0], "Alice"))
        wait_until(lambda: all(_status(lan, i, d).get("voted") == 1 for i, d in enumerate(dirs)),
                   30, "the registrations and the first vote everywhere")

        lan.cut(BOOTH)
        # Before the close, at the booth (its own branch): these are the late returns.
        _ok(lan, BOOTH, dirs[BOOTH], _vote(voter_ids[1], "Bob"), _vote(voter_ids[2], "Carol"))

        _cli(lan, 0, "election", "close", "--data-dir", str(dirs[0]), "--wait", timeout=120)
        closed = _tally(lan, 0, dirs[0])
        assert closed["results"] == {"Alice": 1, "Bob": 0, "Carol": 0}
        # Every surface says the close came, the booth is not heard from since, and nothing changed yet.
        after = closed["after_close"]
        assert after["late_returns"] == [] and after["changed_at"] is None
        assert any(name.startswith("Booth") for name in after["waiting"])
        wait_until(lambda: _status(lan, 1, dirs[1]).get("closed"), 30, "the close at the other desk")

        # After the close, the booth (which never saw it) goes on: ballots, and new voters who vote.
        _ok(lan, BOOTH, dirs[BOOTH], *[_vote(v, "Bob") for v in voter_ids[3:8]])
        newcomers = [r["voter_id"] for r in _ok(lan, BOOTH, dirs[BOOTH], *[("register", {"wait": True})] * 2)]
        _ok(lan, BOOTH, dirs[BOOTH], *[_vote(v, "Bob") for v in newcomers])
        booth = _status(lan, BOOTH, dirs[BOOTH])
        assert not booth["closed"] and booth["voted"] == 10
        assert booth["height"] > _status(lan, 0, dirs[0])["height"]  # the longer branch: it would have won

        lan.heal(BOOTH)

        def one_closed_chain() -> bool:
            statuses = [_status(lan, i, d) for i, d in enumerate(dirs)]
            return (all(s.get("closed") and s.get("voted") == 3 and s.get("mempool") == 0 for s in statuses)
                    and len({s["tip"] for s in statuses}) == 1)

        wait_until(one_closed_chain, 120, "one closed chain with the late returns after healing")
        tallies = [_tally(lan, i, d) for i, d in enumerate(dirs)]
        assert tallies[0] == tallies[1] == tallies[2]
        results = tallies[0]["results"]
        late_returns = {"Alice": 0, "Bob": 1, "Carol": 1}
        assert results == {option: closed["results"][option] + late_returns[option] for option in results}
        assert tallies[0]["registered"] == 8  # the two voters registered after the close never count
        assert tallies[0]["voted"] == 3
        # ...and says why the result changed after the close: late returns (2 ballots cast before it), and
        # that every station now holds the closed chain.
        after = tallies[0]["after_close"]
        assert sum(r["casts"] for r in after["late_returns"]) == 2 and after["changed_at"] is not None
        status_after = _status(lan, 0, dirs[0])["after_close"]
        assert status_after["waiting"] == [] and len(status_after["reconciled"]) == 3
        assert status_after["late_returns"] == after["late_returns"]
        text = _cli(lan, 0, "status", "--data-dir", str(dirs[0])).stdout
        assert "late returns, 2 ballot(s) cast before the close" in text

        record = tmp_path / "record.jsonl"
        _cli(lan, 1, "export", "--data-dir", str(dirs[1]), "--out", str(record))
        _cli(lan, 1, "verify", str(record), timeout=120)
    assert lan.leftovers() == []
