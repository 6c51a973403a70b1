"""receipt: a data dir says whether a receipt is recorded, waiting, dropped (and why) or unknown."""

from __future__ import annotations

from pathlib import Path

from tests.cli.helpers import add_votes, assert_one_error_line, create_election, run_cli, run_in_process
from votingapp.store.datadir import DataDir


def _receipts(data_dir: Path) -> list[str]:
    store = DataDir(data_dir).open_store(readonly=True)
    try:
        return [txid.hex() for _h, _hash, data in store.main_blocks() for txid in _txids(data)]
    finally:
        store.close()


def _txids(data: bytes) -> list[bytes]:
    from votingapp.core.block import decode_block

    return list(decode_block(data).txids)


def test_each_state_of_a_receipt(tmp_path: Path) -> None:
    data_dir = tmp_path / "node"
    create_election(data_dir)
    add_votes(data_dir, ["Alice", "Bob"])
    add_votes(data_dir, ["Carol"])
    first_block_tx = _receipts(data_dir)[0]

    recorded = run_in_process("receipt", "--data-dir", data_dir, first_block_tx)
    assert recorded.code == 0, recorded
    assert recorded.out.startswith("recorded") and "in block 1" in recorded.out
    assert "2 block(s) confirm it" in recorded.out

    store = DataDir(data_dir).open_store()
    try:
        store.add_pending(b"\x01" * 32, b"{}")
        store.add_dropped([(b"\x02" * 32, "vote", "another vote by the same voter was recorded first")], 1)
    finally:
        store.close()
    waiting = run_in_process("receipt", "--data-dir", data_dir, "01" * 32)
    assert waiting.code == 0 and waiting.out.startswith("waiting: stored on this station")
    dropped = run_in_process("receipt", "--data-dir", data_dir, "02" * 32)
    assert dropped.code == 1
    assert dropped.out.strip() == "dropped: another vote by the same voter was recorded first"
    unknown = run_in_process("receipt", "--data-dir", data_dir, "03" * 32)
    assert unknown.code == 1 and unknown.out.startswith("unknown: this station has no transaction")


def test_a_malformed_receipt_is_a_usage_error(tmp_path: Path) -> None:
    data_dir = tmp_path / "node"
    create_election(data_dir)
    result = run_cli("receipt", "--data-dir", data_dir, "not-a-receipt")
    assert_one_error_line(result, "a receipt is 64 hex digits")
    assert result.code == 2
