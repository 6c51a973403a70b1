"""bench: a behaviour test of the report (no timing assertions: figures come from `bench`, not tests)."""

from __future__ import annotations

import json

from tests.cli.helpers import assert_one_error_line, run_cli

LEDGER_KEYS = {
    "blocks", "signatures", "build_seconds", "verify_seconds", "verify_votes_per_s", "raw_ed25519_seconds",
    "raw_ed25519_per_s", "verify_raw_ratio", "inprocess_verify_seconds", "inprocess_verify_raw_ratio",
    "mine_ms_mean", "mine_ms_max", "db_bytes_per_vote", "verify_peak_rss_mb", "targets",
}
SECRET_KEYS = {
    "ballot_create_ms_median", "ballot_create_ms_p95", "ballot_tx_bytes", "blocks", "ballot_blocks",
    "build_seconds", "verify_seconds", "verify_ballots_per_s", "var_mults_per_ballot", "fixed_mults_per_ballot",
    "validations_per_ballot", "var_mult_us", "fixed_mult_us", "validation_us", "raw_ballot_ms", "code_ballot_ms",
    "signatures", "additions_per_ballot", "addition_us", "verify_raw_with_additions_ratio",
    "raw_ed25519_seconds", "raw_seconds", "verify_raw_ratio", "child_verify_seconds", "child_verify_raw_ratio",
    "aggregate_seconds", "decrypt_share_seconds", "combine_seconds", "decrypt_result_seconds",
    "record_bytes_per_ballot", "db_bytes_per_ballot", "verify_peak_rss_mb", "targets",
}


def test_bench_json_has_every_figure() -> None:
    result = run_cli("bench", "--votes", "50", "--json", "--section", "ledger", "--section", "network",
                     "--section", "gui")
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


def test_bench_secret_section_json() -> None:
    result = run_cli("bench", "--votes", "20", "--json", "--section", "secret")
    assert result.code == 0, result
    obj = json.loads(result.out)
    assert set(obj) == {"votes", "machine", "secret"}
    secret = obj["secret"]
    assert set(secret) == SECRET_KEYS
    for key in SECRET_KEYS - {"targets"}:
        assert isinstance(secret[key], int | float) and secret[key] >= 0, key
    # keys, deals, acks; one block of 20 registrations and ballots; the close; the 2 decryption shares
    assert secret["blocks"] == 6 and secret["ballot_blocks"] == 1
    # 20 registrations, 20 ballots, 3 x (key, deal, ack), the close, 2 decryptions, and the 6 blocks
    assert secret["signatures"] == 20 + 20 + 9 + 1 + 2 + 6
    # a 4-option ballot's check, counted from the code: per option 2 points, 2 fixed-base and 6 variable-base
    # multiplications (0/1 proof), and 1 fixed-base and 3 variable-base for the sum proof
    assert (secret["var_mults_per_ballot"], secret["fixed_mults_per_ballot"], secret["validations_per_ballot"]) == (
        27, 9, 8)
    assert set(secret["targets"]) == {"ballot_create_ms_p95", "verify_raw_ratio", "decrypt_result_seconds"}
    assert secret["targets"]["ballot_create_ms_p95"]["max"] == 50
    assert secret["targets"]["verify_raw_ratio"]["max"] == 1.3
    assert secret["targets"]["decrypt_result_seconds"]["max"] == 5
    assert all(isinstance(t["met"], bool) for t in secret["targets"].values())


def test_bench_rejects_bad_arguments() -> None:
    for args, fragment in ((["--votes", "0"], "at least 1"), (["--section", "nope"], "unknown bench section")):
        result = run_cli("bench", *args)
        assert_one_error_line(result, fragment)
        assert result.code == 2
