"""export (the election record) and verify, of a record file and of a data dir; damaged inputs."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.helpers import Result, assert_one_error_line, run_cli
from votingapp.core.block import decode_block, mine_block
from votingapp.core.keys import SigningKey
from votingapp.core.transactions import Register, Transaction, Vote, sign
from votingapp.store.datadir import DataDir
from votingapp.store.record import write_record

Cli = Callable[..., Result]


@pytest.fixture(scope="module")
def record(filled: Path) -> Path:
    """The exported record of the filled data dir."""
    out = filled.parent / "record.jsonl"
    result = run_cli("export", "--data-dir", filled, "--out", out)
    assert result.code == 0, result
    return out


def _stored(data_dir: Path) -> list[tuple[int, bytes, bytes]]:
    store = DataDir(data_dir).open_store(readonly=True)
    try:
        return list(store.main_blocks())
    finally:
        store.close()


def test_record_format(filled: Path, record: Path) -> None:
    lines = record.read_bytes().split(b"\n")
    assert lines[-1] == b""  # every line ends with a newline
    header = json.loads(lines[0])
    assert header["format"] == "votingapp-record" and header["version"] == 1
    store = DataDir(filled).open_store(readonly=True)
    genesis = store.genesis()
    store.close()
    assert genesis is not None and header["genesis"] == genesis.to_obj()
    stored = _stored(filled)
    assert lines[1:-2] == [data for _h, _hash, data in stored]  # the blocks exactly as stored
    assert json.loads(lines[-2]) == {"blocks": 2, "end": "votingapp-record", "tip": stored[-1][1].hex()}
    assert not record.with_name(record.name + ".tmp").exists()


def test_verify_record_and_data_dir_are_valid(filled: Path, record: Path) -> None:
    for args in ([record], ["--data-dir", filled]):
        result = run_cli("verify", *args)
        assert result.code == 0, result
        assert result.out.startswith("valid: ")
        for fragment in ("blocks        2", "transactions  14", "signatures    16", "registered    7"):
            assert fragment in result.out
        assert "voted         7" in result.out
        assert result.err == ""


def _flip_signature_hex(line: bytes, nth_tx: int) -> bytes:
    """Change one hex digit of the signature of the ``nth_tx`` transaction (a one-byte corruption)."""
    start = 0
    for _ in range(nth_tx + 2):  # the block's own "sig" comes first (keys are sorted), then the txs'
        start = line.index(b'"sig":"', start) + 7
    digit = line[start + 10 : start + 11]
    replacement = b"0" if digit != b"0" else b"1"
    return line[: start + 10] + replacement + line[start + 11 :]


def test_a_changed_byte_names_the_block(record: Path, tmp_path: Path) -> None:
    lines = record.read_bytes().split(b"\n")
    lines[2] = _flip_signature_hex(lines[2], 3)  # block 2, its fourth transaction
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b"\n".join(lines))
    result = run_cli("verify", bad)
    assert_one_error_line(result, "verification failed: block 2 (")
    assert result.code == 1


def _record_with_extra_block(filled: Path, out: Path, tx: Transaction) -> None:
    """The filled chain plus a properly mined and signed block 3 that holds ``tx``."""
    dd = DataDir(filled)
    store = dd.open_store(readonly=True)
    try:
        genesis = store.genesis()
        assert genesis is not None
        blocks = [(block_hash, data) for _h, block_hash, data in store.main_blocks()]
        tip = decode_block(blocks[-1][1])
    finally:
        store.close()
    block = mine_block(3, tip.hash, tip.time + 1, [tx], dd.station_key(), genesis.manifest.difficulty)
    assert block is not None
    write_record(out, genesis, [*blocks, (block.hash, block.encode())])


def test_a_transaction_that_breaks_a_rule_is_named(filled: Path, tmp_path: Path, cli: Cli) -> None:
    store = DataDir(filled).open_store(readonly=True)
    genesis = store.genesis()
    store.close()
    assert genesis is not None
    stranger = SigningKey.generate()
    bad = tmp_path / "bad.jsonl"
    cast_at = genesis.manifest.created + 1
    unregistered = sign(Vote(genesis.election_id, voter=stranger.public, choice="Bob", time=cast_at), stranger)
    _record_with_extra_block(filled, bad, unregistered)
    result = cli("verify", bad)
    assert_one_error_line(result, "block 3 (", "transaction 0", "not registered")
    assert result.code == 1
    station = DataDir(filled).station_key().public
    forged = Register(genesis.election_id, sig=b"\1" * 64, station=station, voter=stranger.public, time=cast_at)
    _record_with_extra_block(filled, bad, forged)
    result = cli("verify", bad)
    assert_one_error_line(result, "block 3 (", "transaction 0", "invalid signature")


def test_any_changed_byte_in_a_block_is_invalid(record: Path, tmp_path: Path, cli: Cli) -> None:
    data = record.read_bytes()
    first_block = data.index(b"\n") + 1
    bad = tmp_path / "bad.jsonl"
    for offset in (first_block + 3, first_block + 200, first_block + 700, len(data) - 300):
        changed = bytearray(data)
        changed[offset] = ord("7") if changed[offset] != ord("7") else ord("8")
        bad.write_bytes(bytes(changed))
        result = cli("verify", bad)
        assert_one_error_line(result)
        assert result.code == 1, (offset, result)


def test_a_damaged_block_in_the_database(filled: Path, tmp_path: Path, cli: Cli) -> None:
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "votingapp.sqlite3").write_bytes((filled / "votingapp.sqlite3").read_bytes())
    db = sqlite3.connect(copy / "votingapp.sqlite3")
    height, block_hash, data = _stored(filled)[1]
    db.execute("UPDATE blocks SET data = ? WHERE hash = ?", (_flip_signature_hex(data, 0), block_hash))
    db.commit()
    db.close()
    result = cli("verify", "--data-dir", copy)
    assert_one_error_line(result, f"verification failed: block {height} (")
    assert result.code == 1


def test_a_truncated_record(record: Path, tmp_path: Path) -> None:
    data = record.read_bytes()
    cut = tmp_path / "cut.jsonl"
    cut.write_bytes(data[: len(data) // 2])
    result = run_cli("verify", cut)
    assert_one_error_line(result, "truncated or damaged at line")
    # Cut at a line boundary: the end line is missing.
    cut.write_bytes(b"\n".join(data.split(b"\n")[:2]) + b"\n")
    result = run_cli("verify", cut)
    assert_one_error_line(result, "truncated", "end line is missing")
    assert result.code == 2  # README: a missing, truncated or damaged file exits 2


def test_data_after_the_end_line(record: Path, tmp_path: Path, cli: Cli) -> None:
    longer = tmp_path / "longer.jsonl"
    longer.write_bytes(record.read_bytes() + b"more\n")
    assert_one_error_line(cli("verify", longer), "after the end line")


def test_inputs_that_cannot_be_read(filled: Path, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(bytes(range(256)) * 50)
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    foreign_dir = tmp_path / "foreign"
    foreign_dir.mkdir()
    foreign = sqlite3.connect(foreign_dir / "votingapp.sqlite3")
    foreign.execute("CREATE TABLE people (name TEXT)")
    foreign.commit()
    foreign.close()
    foreign_bytes = (foreign_dir / "votingapp.sqlite3").read_bytes()
    cut_db = tmp_path / "cutdb"
    cut_db.mkdir()
    (cut_db / "votingapp.sqlite3").write_bytes((filled / "votingapp.sqlite3").read_bytes()[:3000])
    cases = [
        ([tmp_path / "missing.jsonl"], "does not exist"),
        ([garbage], "not a votingapp election record"),
        ([empty], "is empty"),
        ([foreign_dir / "votingapp.sqlite3"], "not a votingapp election record"),
        (["--data-dir", tmp_path / "missing"], "does not exist"),
        (["--data-dir", foreign_dir], "not a votingapp database"),
        (["--data-dir", cut_db], "database"),
        (["--data-dir", tmp_path], "holds no election"),
        ([tmp_path], "is a directory"),
        ([], "needs a record FILE or --data-dir"),
        ([garbage, "--data-dir", filled], "needs a record FILE or --data-dir"),
    ]
    for args, fragment in cases:
        result = run_cli("verify", *args)
        assert_one_error_line(result, fragment)
        assert result.code == 2, (args, result)
    assert (foreign_dir / "votingapp.sqlite3").read_bytes() == foreign_bytes  # left untouched


def test_export_is_all_or_nothing(filled: Path, tmp_path: Path, cli: Cli) -> None:
    out = tmp_path / "no-such-dir" / "record.jsonl"
    result = cli("export", "--data-dir", filled, "--out", out)
    assert_one_error_line(result, f"cannot write {out}", "No such file or directory")
    assert not out.parent.exists()
    assert_one_error_line(cli("export", "--data-dir", filled, "--out", tmp_path), "is a directory")
    assert_one_error_line(cli("election", "export", "--data-dir", filled, "--out", "/"), "is a directory")
    result = cli("export", "--data-dir", tmp_path / "missing", "--out", tmp_path / "r.jsonl")
    assert_one_error_line(result, "does not exist")
    assert not (tmp_path / "r.jsonl").exists()
