"""A record cut short cannot pass for a whole one: verify says plainly when a chain holds no close, `--closed`
makes that an error, and `--tip` checks the chain against the tip hash printed with the result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import add_votes, assert_one_error_line, close_election, create_election, run_cli, run_in_process
from votingapp.core.block import decode_block
from votingapp.store.record import end_line


@pytest.fixture(scope="module")
def closed_record(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The record of a closed election (two blocks of votes, then the close) and its tip."""
    data_dir = tmp_path_factory.mktemp("closed") / "node"
    create_election(data_dir, "--name", "Desk 1")
    add_votes(data_dir, ["Alice", "Bob", "Alice"])
    add_votes(data_dir, ["Bob"])
    close_election(data_dir)
    out = data_dir.parent / "record.jsonl"
    result = run_in_process("export", "--data-dir", data_dir, "--out", out)
    assert result.code == 0, result
    tip = json.loads(out.read_bytes().split(b"\n")[-2])["tip"]
    return out, tip


def test_a_whole_closed_record_says_so_and_matches_its_printed_tip(closed_record: tuple[Path, str]) -> None:
    record, tip = closed_record
    result = run_in_process("verify", record, "--closed", "--tip", tip[:16])
    assert result.code == 0, result
    assert "closed        yes (the authority's signed close is in the chain)" in result.out
    assert run_in_process("verify", record, "--tip", tip).code == 0


def test_a_record_cut_before_the_close_is_named_as_not_finished(closed_record: tuple[Path, str],
                                                                  tmp_path: Path) -> None:
    record, tip = closed_record
    lines = record.read_bytes().split(b"\n")[:-1]
    header, blocks = lines[0], lines[1:-1]
    # A forger drops the last block (the close) and rewrites the end line to match the shorter chain.
    kept = blocks[:-1]
    shorter = tmp_path / "shorter.jsonl"
    shorter.write_bytes(b"\n".join([header, *kept]) + b"\n" + end_line(len(kept), decode_block(kept[-1]).hash))

    plain = run_in_process("verify", shorter)
    assert plain.code == 0, plain  # a valid chain in itself...
    assert "closed        NO: the chain stops before the authority's close" in plain.out  # ...and said plainly
    assert_one_error_line(run_in_process("verify", shorter, "--closed"), "holds no close")
    assert_one_error_line(run_in_process("verify", shorter, "--tip", tip), "not at the expected tip")


def test_a_tip_hash_that_is_not_hex_is_a_usage_error(closed_record: tuple[Path, str]) -> None:
    record, _tip = closed_record
    result = run_cli("verify", record, "--tip", "not-a-hash")
    assert result.code == 2 and "a tip hash is 16 to 64 hex digits" in result.err
