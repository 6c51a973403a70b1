"""node-id, election create, election export; the top-level parser."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from tests.cli.helpers import DIFFICULTY, Result, assert_one_error_line, create_election, run_cli
from votingapp.bench.command import add_commands as bench_commands
from votingapp.cli.main import build_parser
from votingapp.core.manifest import Genesis
from votingapp.store.datadir import DataDir

HEX64 = re.compile(r"^[0-9a-f]{64}$")
Cli = Callable[..., Result]


def test_node_id_creates_the_station_key_once(tmp_path: Path, cli: Cli) -> None:
    first = cli("node-id", "--data-dir", tmp_path / "d")
    assert first.code == 0 and HEX64.match(first.out.strip())
    assert (tmp_path / "d" / "station.key").exists()
    again = cli("node-id", "--data-dir", tmp_path / "d")
    assert again.out == first.out


def test_create_admits_this_station_and_the_listed_ones(tmp_path: Path, cli: Cli) -> None:
    other = cli("node-id", "--data-dir", tmp_path / "other").out.strip()
    third = cli("node-id", "--data-dir", tmp_path / "third").out.strip()
    data_dir = tmp_path / "d"
    election_id = create_election(
        data_dir, "--name", "Desk 1", "--station", f"{other}=Desk 2", "--station", third.upper(),
        "--results", "after_close", "--manual-open",
    )
    assert HEX64.match(election_id)
    dd = DataDir(data_dir)
    store = dd.open_store(readonly=True)
    genesis = store.genesis()
    store.close()
    assert genesis is not None and genesis.election_id.hex() == election_id
    m = genesis.manifest
    assert m.title == "Test vote" and m.options == ("Alice", "Bob", "Carol")
    assert m.difficulty == DIFFICULTY and m.results == "after_close" and m.manual_open
    assert [(s.key.hex(), s.name) for s in m.stations] == [
        (dd.station_key().public.hex(), "Desk 1"), (other, "Desk 2"), (third, f"station {third[:8]}")
    ]
    authority = dd.authority_key()
    assert authority is not None and authority.public == m.authority
    assert dd.station_name() == "Desk 1"


def test_create_twice_is_refused(tmp_path: Path, cli: Cli) -> None:
    data_dir = tmp_path / "d"
    election_id = create_election(data_dir)
    again = cli("election", "create", "--data-dir", data_dir, "--title", "Other", "--option", "X", "--option", "Y")
    assert_one_error_line(again, "already holds election", election_id)
    assert again.code == 1


def test_invalid_arguments_write_nothing(tmp_path: Path, cli: Cli) -> None:
    data_dir = tmp_path / "d"
    cases = [
        (["--option", "A"], "2 to 64 options"),
        (["--option", "A", "--option", "A"], "distinct"),
        (["--option", "A", "--option", "B", "--station", "abc"], "64 hex digits"),
        (["--option", "A", "--option", "B", "--difficulty", "40"], "difficulty must be 0 to 32"),
    ]
    for extra, fragment in cases:
        result = cli("election", "create", "--data-dir", data_dir, "--title", "T", *extra)
        assert_one_error_line(result, fragment)
        assert result.code == 2
    assert not data_dir.exists()


def test_election_export_writes_the_manifest(tmp_path: Path, cli: Cli) -> None:
    data_dir = tmp_path / "d"
    election_id = create_election(data_dir)
    out = tmp_path / "election.json"
    result = cli("election", "export", "--data-dir", data_dir, "--out", out)
    assert result.code == 0, result
    genesis = Genesis.decode(out.read_bytes())
    assert genesis.election_id.hex() == election_id
    assert not out.with_name("election.json.tmp").exists()


def test_election_export_without_an_election(tmp_path: Path, cli: Cli) -> None:
    cli("node-id", "--data-dir", tmp_path / "d")
    result = cli("election", "export", "--data-dir", tmp_path / "d", "--out", tmp_path / "e.json")
    assert_one_error_line(result, "holds no election")
    assert not (tmp_path / "e.json").exists()


def test_usage_errors_exit_2_with_one_line(tmp_path: Path) -> None:
    for args in (["no-such-command"], ["election"], ["tally", "--bogus"], ["bench", "--votes", "x"]):
        result = run_cli(*args)
        assert_one_error_line(result)
        assert result.code == 2, (args, result)


def test_no_command_shows_the_notice_and_help() -> None:
    result = run_cli()
    assert result.code == 0
    assert "no command given" in result.out and "usage:" in result.out


def test_the_parser_has_the_commands_and_an_election_group() -> None:
    parser = build_parser(extra=[bench_commands])
    help_text = parser.format_help()
    for command in ("node-id", "election", "tally", "verify", "export", "bench"):
        assert command in help_text
    args = parser.parse_args(["election", "export", "--data-dir", "x", "--out", "y"])
    assert callable(args.func)
