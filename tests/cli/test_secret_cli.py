"""The secret ballot on the command line (docs/design.md sections 7 and 10): ``election create --ballot
--trustee --threshold`` and its one-line errors, ``check-ballot`` of an opened (spoiled) ballot, and ``tally`` /
``verify`` of a sealed and of a decrypted secret election."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.cli.helpers import Result, assert_one_error_line, create_election
from tests.unit.chainmaker import ChainMaker, Election, make_election
from tests.unit.secretmaker import Trustees, ballot_tx, run_ceremony
from votingapp.core.block import Block
from votingapp.core.chain import Ledger
from votingapp.core.crypto.ballot import BallotSecrets, ballot_context, encrypt_ballot
from votingapp.core.crypto.group import Point
from votingapp.core.crypto.opened import open_ballot_text
from votingapp.core.manifest import Genesis
from votingapp.core.transactions import Close, Transaction
from votingapp.store.datadir import DataDir
from votingapp.store.record import write_record

Cli = Callable[..., Result]

CHOICES = [0, 1, 1, 2, 1]  # Alice 1, Bob 3, Carol 1


@dataclass
class SecretChain:
    """A secret election (3 trustees "Desk 1..3", threshold 2) in blocks, and where its stages end."""

    election: Election
    trustees: Trustees
    blocks: list[Block]
    key: Point
    ceremony_end: int  # blocks up to the complete ceremony
    sealed_end: int  # ... the ballots, the close and trustee 1's share: sealed, 1 of 2
    decrypted_end: int  # ... and trustee 3's share: decrypted by Desk 1 and Desk 3

    @property
    def genesis(self) -> Genesis:
        return self.election.genesis


def make_secret_chain(label: str = "cli secret") -> SecretChain:
    """The whole secret election of the core's test helpers (tests/unit/secretmaker.py), in blocks."""
    election = make_election(stations=3, ballot="secret", threshold=2, label=label)
    trustees = Trustees(election)
    maker = ChainMaker(election)
    ledger = Ledger(election.genesis)

    def add(txs: list[Transaction]) -> None:
        ledger.add_block(maker.add(txs))

    run_ceremony(maker, trustees)
    for block in maker.blocks:
        ledger.add_block(block)
    ceremony_end = len(maker.blocks)
    key = ledger.state.election_key
    assert key is not None
    voters = [election.voter(n) for n in range(len(CHOICES))]
    add([election.register(v) for v in voters])
    add([ballot_tx(election, key, v, c) for v, c in zip(voters, CHOICES, strict=True)])
    add([election.close()])
    close_block = maker.blocks[-1].hash
    add([trustees.decryption_tx(ledger.state, 1, close_block)])
    sealed_end = len(maker.blocks)
    add([trustees.decryption_tx(ledger.state, 3, close_block)])
    return SecretChain(election, trustees, list(maker.blocks), key, ceremony_end, sealed_end, len(maker.blocks))


def store_chain(data_dir: Path, genesis: Genesis, blocks: list[Block]) -> Path:
    """A data dir holding ``genesis`` and ``blocks`` (as a node would have stored them)."""
    dd = DataDir(data_dir)
    dd.set_election(genesis)
    store = dd.open_store()
    try:
        ledger = store.open_ledger()
        for block in blocks:
            store.record(block, ledger.add_block(block))
    finally:
        store.close()
    return data_dir


def record_of(path: Path, genesis: Genesis, blocks: list[Block]) -> Path:
    write_record(path, genesis, [(b.hash, b.encode()) for b in blocks])
    return path


@pytest.fixture(scope="module")
def chain() -> SecretChain:
    return make_secret_chain()


# --- election create --------------------------------------------------------------------------------------


def _manifest(data_dir: Path) -> Genesis:
    store = DataDir(data_dir).open_store(readonly=True)
    try:
        genesis = store.genesis()
    finally:
        store.close()
    assert genesis is not None
    return genesis


def _node_id(cli: Cli, data_dir: Path) -> str:
    result = cli("node-id", "--data-dir", data_dir)
    assert result.code == 0, result
    return result.out.strip()


def test_create_secret_defaults_every_station_a_trustee_and_a_majority(tmp_path: Path, cli: Cli) -> None:
    others = [_node_id(cli, tmp_path / f"other{i}") for i in range(2)]
    data_dir = tmp_path / "d"
    create_election(data_dir, "--ballot", "secret", "--station", f"{others[0]}=Desk 2", "--station", others[1])
    manifest = _manifest(data_dir).manifest
    me = bytes.fromhex(_node_id(cli, data_dir))
    assert manifest.ballot == "secret"
    assert manifest.trustees == (me, bytes.fromhex(others[0]), bytes.fromhex(others[1]))
    assert manifest.threshold == 2


def test_create_with_trustees_and_threshold(tmp_path: Path, cli: Cli) -> None:
    others = [_node_id(cli, tmp_path / f"other{i}") for i in range(3)]
    data_dir = tmp_path / "d"
    me = _node_id(cli, data_dir)
    stations = [arg for key in others for arg in ("--station", key)]
    create_election(data_dir, "--ballot", "secret", *stations, "--trustee", me, "--trustee", others[2].upper(),
                    "--threshold", "2")
    manifest = _manifest(data_dir).manifest
    assert manifest.trustees == (bytes.fromhex(me), bytes.fromhex(others[2]))
    assert manifest.threshold == 2 and len(manifest.stations) == 4


def test_create_refuses_a_threshold_of_one_among_several_trustees(tmp_path: Path, cli: Cli) -> None:
    other = _node_id(cli, tmp_path / "other")
    data_dir = tmp_path / "d"
    me = _node_id(cli, data_dir)
    result = cli("election", "create", "--data-dir", data_dir, "--title", "T", "--option", "A", "--option", "B",
                 "--ballot", "secret", "--station", other, "--trustee", me, "--trustee", other, "--threshold", "1")
    assert result.code == 1, result
    assert "would let each trustee laptop alone read single ballots" in result.err
    assert not (data_dir / "genesis.json").exists()


def test_create_open_keeps_no_trustees(tmp_path: Path) -> None:
    create_election(tmp_path / "d", "--ballot", "open")
    manifest = _manifest(tmp_path / "d").manifest
    assert manifest.ballot == "open" and manifest.trustees == () and manifest.threshold == 0


def test_create_one_trustee_warns_that_it_could_read_ballots(tmp_path: Path, cli: Cli) -> None:
    result = cli("election", "create", "--data-dir", tmp_path / "d", "--title", "T", "--option", "A", "--option", "B",
                 "--difficulty", "0", "--ballot", "secret")
    assert result.code == 0, result
    assert "one trustee" in result.err and "single ballots" in result.err
    assert _manifest(tmp_path / "d").manifest.threshold == 1
    tally = cli("tally", "--data-dir", tmp_path / "d")
    assert "Ballot    secret: 1 trustee (" in tally.out
    assert "that station alone could decrypt single ballots" in tally.out
    assert "Ceremony  in progress: keys 0 of 1, deals 0 of 1, acks 0 of 1" in tally.out


@pytest.mark.parametrize(
    ("extra", "fragments"),
    [
        (["--trustee", "ab" * 32], ["--trustee " + "ab" * 32, "unknown trustee", "admitted at creation"]),
        (["--trustee", "nothex"], ["--trustee 'nothex'", "64 hex digits"]),
        (["--threshold", "3"], ["--threshold 3 is out of range", "1 to 2"]),
        (["--threshold", "0"], ["--threshold 0 is out of range", "1 to 2"]),
        (["--trustee", "OTHER", "--threshold", "2"], ["--threshold 2 is out of range", "1 to 1"]),
        (["--trustee", "OTHER", "--trustee", "OTHER"], ["listed twice"]),
        (["--ballot", "open", "--trustee", "OTHER"], ["--trustee is for a secret ballot", "--ballot open"]),
        (["--ballot", "open", "--threshold", "1"], ["--threshold is for a secret ballot"]),
        (["--ballot", "maybe"], ["--ballot", "invalid choice"]),
    ],
)
def test_create_errors_are_one_line_and_write_nothing(
    tmp_path: Path, cli: Cli, extra: list[str], fragments: list[str]
) -> None:
    other = _node_id(cli, tmp_path / "other")
    data_dir = tmp_path / "d"
    args = [other if a == "OTHER" else a for a in extra]
    if "--ballot" not in args:
        args = ["--ballot", "secret", *args]
    result = cli("election", "create", "--data-dir", data_dir, "--title", "T", "--option", "A", "--option", "B",
                 "--station", other, *args)
    assert_one_error_line(result, *fragments)
    assert result.code == 2
    assert not (data_dir / "chain.db").exists() and not (data_dir / "authority.key").exists()


# --- tally and verify ----------------------------------------------------------------------------------------


def test_tally_of_a_sealed_secret_election(tmp_path: Path, cli: Cli, chain: SecretChain) -> None:
    data_dir = store_chain(tmp_path / "d", chain.genesis, chain.blocks[: chain.sealed_end])
    result = cli("tally", "--data-dir", data_dir)
    assert result.code == 0, result
    assert "sealed — 1 of 2 trustee shares" in result.out
    assert "Ballot    secret: 3 trustees (Desk 1, Desk 2, Desk 3), threshold 2" in result.out
    assert "Ceremony  complete (3 trustees dealt and acked; election key " + chain.key.hex()[:16] in result.out
    assert "Registered 5, voted 5, turnout 100.0%" in result.out
    assert "Alice" not in result.out
    obj = json.loads(cli("tally", "--data-dir", data_dir, "--json").out)
    assert obj["results"] == {} and obj["results_hidden"] is True
    assert obj["ballot"] == "secret" and obj["sealed"] is True and obj["shares"] == 1 and obj["threshold"] == 2
    assert obj["decrypted_by"] == [] and obj["aggregate_block"] == chain.blocks[chain.sealed_end - 2].hash.hex()
    assert obj["ceremony"]["complete"] is True and obj["ceremony"]["acked"] == [1, 2, 3]
    assert obj["ceremony"]["election_key"] == chain.key.hex()
    assert obj["voted"] == 5 and obj["registered"] == 5


def test_tally_of_a_decrypted_secret_election(tmp_path: Path, cli: Cli, chain: SecretChain) -> None:
    data_dir = store_chain(tmp_path / "d", chain.genesis, chain.blocks[: chain.decrypted_end])
    result = cli("tally", "--data-dir", data_dir)
    assert result.code == 0, result
    assert "decrypted by 2 of 3 trustees (Desk 1, Desk 3), every proof checked" in result.out
    assert "sealed" not in result.out
    table = [line.split() for line in result.out.splitlines() if line[:5] in ("Alice", "Bob  ", "Carol")]
    rows = {row[0]: row[1] for row in table}
    assert rows == {"Alice": "1", "Bob": "3", "Carol": "1"}
    obj = json.loads(cli("tally", "--data-dir", data_dir, "--json").out)
    assert obj["results"] == {"Alice": 1, "Bob": 3, "Carol": 1} and "results_hidden" not in obj
    assert obj["sealed"] is False and obj["shares"] == 2 and obj["decrypted_by"] == [1, 3]
    assert list(obj)[:6] == ["election", "height", "tip", "registered", "voted", "results"]


def test_tally_while_the_ceremony_runs(tmp_path: Path, cli: Cli, chain: SecretChain) -> None:
    data_dir = store_chain(tmp_path / "d", chain.genesis, chain.blocks[:2])  # keys and deals, no acks
    result = cli("tally", "--data-dir", data_dir)
    assert result.code == 0, result
    assert "Ceremony  in progress: keys 3 of 3, deals 3 of 3, acks 0 of 3" in result.out
    assert "sealed — 0 of 2 trustee shares (the trustees decrypt the sum of the ballots after the close)" in result.out
    obj = json.loads(cli("tally", "--data-dir", data_dir, "--json").out)
    assert obj["ceremony"]["complete"] is False and obj["ceremony"]["election_key"] is None


def test_verify_a_sealed_record_says_sealed(tmp_path: Path, cli: Cli, chain: SecretChain) -> None:
    record = record_of(tmp_path / "r.jsonl", chain.genesis, chain.blocks[: chain.sealed_end])
    result = cli("verify", record)
    assert result.code == 0, result
    assert "results       sealed — 1 of 2 trustee shares" in result.out
    assert "ballot        secret, 3 trustees, threshold 2" in result.out
    assert "voted         5" in result.out


def test_verify_a_decrypted_record_prints_the_results(tmp_path: Path, cli: Cli, chain: SecretChain) -> None:
    record = record_of(tmp_path / "r.jsonl", chain.genesis, chain.blocks)
    data_dir = store_chain(tmp_path / "d", chain.genesis, chain.blocks)
    for args in ([record], ["--data-dir", data_dir]):
        result = cli("verify", *args)
        assert result.code == 0, result
        assert "results       Alice 1, Bob 3, Carol 1" in result.out
        assert "decrypted by 2 of 3 trustees (Desk 1, Desk 3), every proof checked" in result.out
        assert "ceremony      complete" in result.out


def test_verify_of_an_open_record_prints_its_results_too(tmp_path: Path, filled: Path, cli: Cli) -> None:
    result = cli("verify", "--data-dir", filled)
    assert result.code == 0, result
    assert "results       Alice 4, Bob 2, Carol 1" in result.out


def test_tally_and_verify_after_late_returns_say_which_sum_was_decrypted(tmp_path: Path, cli: Cli) -> None:
    chain = make_secret_chain("late returns")
    election = chain.election
    maker = ChainMaker(election, list(chain.blocks))
    close = next(tx for b in chain.blocks for tx in b.txs if isinstance(tx, Close))
    late_voter = election.voter(99)  # a cut-off station's returns: cast before the close, in blocks after it
    maker.add([election.register(late_voter, time=close.time - 2)])
    maker.add([ballot_tx(election, chain.key, late_voter, 2, time=close.time - 1)])
    data_dir = store_chain(tmp_path / "d", chain.genesis, maker.blocks)
    result = cli("tally", "--data-dir", data_dir)
    assert result.code == 0, result
    assert "decrypted by 2 of 3 trustees (Desk 1, Desk 3), every proof checked" in result.out
    assert "counting 5 ballots" in result.out
    assert "late returns since: 6 ballots up to block" in result.out
    assert "1 not in the result: fewer than 10 late ballots stay sealed" in result.out
    obj = json.loads(cli("tally", "--data-dir", data_dir, "--json").out)
    assert obj["results"] == {"Alice": 1, "Bob": 3, "Carol": 1} and obj["shares"] == 0 and obj["voted"] == 6
    record = record_of(tmp_path / "r.jsonl", chain.genesis, maker.blocks)
    result = cli("verify", record)
    assert result.code == 0, result
    assert "results       Alice 1, Bob 3, Carol 1" in result.out and "late returns since: 6 ballots" in result.out


# --- check-ballot --------------------------------------------------------------------------------------------


def opened_text(chain: SecretChain, choice: int, *, shown: int | None = None) -> str:
    """What a booth shows for a spoiled ballot of option ``choice`` (0-based), built with the core's crypto;
    ``shown``: a lying booth that opens it as that other option (same randomness)."""
    election = chain.election
    voter = election.voter(1000)
    options = election.genesis.manifest.options
    ballot, secrets = encrypt_ballot(chain.key, len(options), choice, ballot_context(election.id, voter.public))
    if shown is not None:
        secrets = BallotSecrets(shown, secrets.randomness)
    return open_ballot_text(ballot_tx(election, chain.key, voter, choice, ballot=ballot), secrets, options)


@pytest.fixture(scope="module")
def secret_dir(tmp_path_factory: pytest.TempPathFactory, chain: SecretChain) -> Path:
    return store_chain(tmp_path_factory.mktemp("secret") / "d", chain.genesis, chain.blocks[: chain.ceremony_end + 2])


def test_check_ballot_accepts_a_correct_opened_ballot(
    tmp_path: Path, cli: Cli, chain: SecretChain, secret_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = opened_text(chain, 1)
    result = cli("check-ballot", text, "--data-dir", secret_dir)  # the text itself
    assert result.code == 0, result
    assert result.out.splitlines()[0] == "the booth encrypted Bob correctly"
    assert json.loads(text)["tracking_code"] in result.out and result.err == ""
    (tmp_path / "opened.txt").write_text(text + "\n")
    record = record_of(tmp_path / "r.jsonl", chain.genesis, chain.blocks[: chain.ceremony_end])
    result = cli("check-ballot", tmp_path / "opened.txt", "--record", record)  # a file; the key from a record
    assert result.code == 0, result
    assert "the booth encrypted Bob correctly" in result.out
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    result = cli("check-ballot", "-", "--data-dir", secret_dir)  # standard input
    assert result.code == 0, result
    assert "the booth encrypted Bob correctly" in result.out


def test_check_ballot_refuses_a_ballot_opened_for_another_choice(
    cli: Cli, chain: SecretChain, secret_dir: Path
) -> None:
    result = cli("check-ballot", opened_text(chain, 1, shown=2), "--data-dir", secret_dir)
    assert_one_error_line(result, "check failed", "did NOT encrypt 'Carol'")
    assert result.code == 1 and result.out == ""


@pytest.mark.parametrize("where", ["alpha", "randomness", "election"])
def test_check_ballot_refuses_a_changed_byte(cli: Cli, chain: SecretChain, secret_dir: Path, where: str) -> None:
    text = opened_text(chain, 0)
    obj = json.loads(text)
    if where == "alpha":
        value = obj["ciphertexts"][2]["alpha"]
        obj["ciphertexts"][2]["alpha"] = value[:10] + ("0" if value[10] != "0" else "1") + value[11:]
    elif where == "randomness":
        value = obj["randomness"][0]
        obj["randomness"][0] = ("1" if value[0] != "1" else "2") + value[1:]
    else:
        obj["election"] = "00" + obj["election"][2:]
    changed = json.dumps(obj, sort_keys=True, separators=(",", ":"))
    result = cli("check-ballot", changed, "--data-dir", secret_dir)
    expected = {"alpha": "did NOT encrypt 'Alice'", "randomness": "did NOT encrypt 'Alice'",
                "election": "another election"}[where]
    assert_one_error_line(result, "check failed", expected)
    assert result.code == 1


def test_check_ballot_errors(tmp_path: Path, cli: Cli, chain: SecretChain, secret_dir: Path, filled: Path) -> None:
    text = opened_text(chain, 0)
    assert_one_error_line(cli("check-ballot", "nonsense"), "neither a file nor the text of an opened ballot")
    assert_one_error_line(cli("check-ballot", "{not json", "--data-dir", secret_dir), "not an opened ballot")
    assert_one_error_line(cli("check-ballot", text, "--data-dir", filled), "open (plaintext) votes")
    early = store_chain(tmp_path / "early", chain.genesis, chain.blocks[:1])
    assert_one_error_line(cli("check-ballot", text, "--data-dir", early), "key ceremony", "not complete")
    assert_one_error_line(cli("check-ballot", text, "--data-dir", tmp_path / "nowhere"), "does not exist")
    assert_one_error_line(cli("check-ballot", text, "--record", tmp_path / "none.jsonl"), "does not exist")
    result = cli("check-ballot", text, "--record", tmp_path / "x", "--data-dir", secret_dir)
    assert_one_error_line(result, "--data-dir DIR or --record FILE")
