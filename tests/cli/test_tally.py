"""tally: the JSON contract (docs/design.md section 7) and the readable table."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.cli.helpers import Result, add_votes, assert_one_error_line, close_election, create_election, run_cli
from votingapp.store.datadir import DataDir

Cli = Callable[..., Result]


def _tip(data_dir: Path) -> tuple[int, str]:
    store = DataDir(data_dir).open_store(readonly=True)
    try:
        blocks = list(store.main_blocks())
    finally:
        store.close()
    return blocks[-1][0], blocks[-1][1].hex()


def test_tally_json_is_exactly_the_contract(filled: Path, cli: Cli) -> None:
    result = cli("tally", "--data-dir", filled, "--json")
    assert result.code == 0, result
    obj = json.loads(result.out)
    height, tip = _tip(filled)
    store = DataDir(filled).open_store(readonly=True)
    genesis = store.genesis()
    store.close()
    assert genesis is not None
    assert obj == {
        "election": genesis.election_id.hex(),
        "height": height,
        "tip": tip,
        "registered": 7,
        "voted": 7,
        "results": {"Alice": 4, "Bob": 2, "Carol": 1},
    }
    assert list(obj) == ["election", "height", "tip", "registered", "voted", "results"]
    assert list(obj["results"]) == ["Alice", "Bob", "Carol"]  # the manifest's order
    assert height == 2


def test_tally_table_has_shares_and_turnout(filled: Path, cli: Cli) -> None:
    result = cli("tally", "--data-dir", filled)
    assert result.code == 0, result
    assert "Alice" in result.out and "57.1%" in result.out  # 4 of 7
    assert "Registered 7, voted 7, turnout 100.0%" in result.out


def test_results_after_close_are_hidden_until_then(tmp_path: Path, cli: Cli) -> None:
    data_dir = tmp_path / "d"
    create_election(data_dir, "--results", "after_close")
    add_votes(data_dir, ["Bob", "Bob", "Alice"])
    obj = json.loads(cli("tally", "--data-dir", data_dir, "--json").out)
    assert obj["results"] == {} and obj["results_hidden"] is True
    assert obj["registered"] == 3 and obj["voted"] == 3
    assert "shown after the election is closed" in cli("tally", "--data-dir", data_dir).out
    close_election(data_dir)
    obj = json.loads(cli("tally", "--data-dir", data_dir, "--json").out)
    assert obj["results"] == {"Alice": 1, "Bob": 2, "Carol": 0}
    assert "results_hidden" not in obj


def test_tally_of_a_fresh_election(tmp_path: Path) -> None:
    election_id = create_election(tmp_path / "d")
    result = run_cli("tally", "--data-dir", tmp_path / "d", "--json")
    assert result.code == 0, result
    assert json.loads(result.out) == {
        "election": election_id, "height": 0, "tip": election_id, "registered": 0, "voted": 0,
        "results": {"Alice": 0, "Bob": 0, "Carol": 0},
    }


def test_tally_of_a_missing_data_dir(tmp_path: Path) -> None:
    result = run_cli("tally", "--data-dir", tmp_path / "nowhere")
    assert_one_error_line(result, "does not exist")
