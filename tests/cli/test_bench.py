"""bench: a behaviour test of the report (no timing assertions: figures come from `bench`, not tests)."""

from __future__ import annotations

import json

from tests.cli.helpers import assert_one_error_line, run_cli

LEDGER_KEYS = {
    "blocks", "signatures", "build_seconds", "verify_seconds", "verify_votes_per_s", "raw_ed25519_seconds",
    "raw_ed25519_per_s", "verify_raw_ratio", "inprocess_verify_seconds", "inprocess_verify_raw_ratio",
    "mine_ms_mean", "mine_ms_max", "db_bytes_per_vote", "verify_peak_rss_mb", "targets",
}


def test_bench_json_has_every_figure() -> None:
    result = run_cli("bench", "--votes", "50", "--json")
    assert result.code == 0, result
    obj = json.loads(result.out)
    assert obj["votes"] == 50
    assert {"cpus", "cpu_model", "python", "date"} <= set(obj["machine"])
    ledger = obj["ledger"]
    assert set(ledger) == LEDGER_KEYS
    assert ledger["blocks"] == 1 and ledger["signatures"] == 101  # 50 registrations, 50 votes, the block
    for key in LEDGER_KEYS - {"targets"}:
        assert isinstance(ledger[key], int | float) and ledger[key] >= 0, key
    assert set(ledger["targets"]) == {"verify_raw_ratio", "verify_peak_rss_mb"}
    assert ledger["targets"]["verify_raw_ratio"]["max"] == 0.75
    assert all(isinstance(t["met"], bool) for t in ledger["targets"].values())


def test_bench_rejects_bad_arguments() -> None:
    for args, fragment in ((["--votes", "0"], "at least 1"), (["--section", "nope"], "unknown bench section")):
        result = run_cli("bench", *args)
        assert_one_error_line(result, fragment)
        assert result.code == 2
