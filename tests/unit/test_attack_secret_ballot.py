"""Attacks on the secret ballot's cryptography and ledger rules that once worked (docs/record-format.md).

Each test plays a hostile party against the code as it was and failed on it:

* a hostile booth (Benaloh's cast-or-check): it shows the tracking code of a ballot that encrypts another
  choice and, when the voter asks to check it, opens a *different*, honest ballot under that tracking code.
  The check must refuse an opened ballot whose ciphertexts are not the ones the tracking code commits to;
* a hostile trustee publishes an X25519 key of small order: every honest dealer's share encryption to it
  fails (no shared secret), so no honest trustee can deal and nobody is named.  The ledger refuses the key;
* a secret that reaches a log through ``repr``: the ballot's randomness and choice, a trustee's polynomial;
* threshold 1 of several trustees: each trustee laptop holds the whole election key; the ceremony's status
  said just "complete".
"""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import pytest

from tests.unit.chainmaker import ChainMaker, Election, make_election
from tests.unit.secretmaker import Trustees, run_ceremony
from votingapp.core.chain import Ledger
from votingapp.core.crypto.ballot import ballot_context, encrypt_ballot
from votingapp.core.crypto.dkg import new_polynomial
from votingapp.core.crypto.group import Point
from votingapp.core.crypto.opened import check_opened_ballot_text
from votingapp.core.errors import InvalidTransaction
from votingapp.core.keys import SigningKey
from votingapp.core.mempool import Mempool
from votingapp.core.state import check_tx
from votingapp.core.transactions import Ballot, TrusteeKey, sign, txid_of
from votingapp.node.booth import PreparedBallot, opened_text

OPTIONS = ("Alice", "Bob", "Carol")

# X25519 public keys of small order (RFC 7748 section 6.1; libsodium's blocklist): the shared secret with
# any private key is all zeros.  The last ones are non-canonical encodings (u + p) of small-order points.
SMALL_ORDER_X25519 = [
    "0000000000000000000000000000000000000000000000000000000000000000",
    "0100000000000000000000000000000000000000000000000000000000000000",
    "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
    "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
]


def ceremony_done(label: str) -> tuple[Election, Trustees, ChainMaker, Ledger, Point]:
    election = make_election(stations=3, ballot="secret", threshold=2, label=label)
    trustees, maker, ledger = Trustees(election), ChainMaker(election), Ledger(election.genesis)
    run_ceremony(maker, trustees)
    for block in maker.blocks:
        ledger.add_block(block)
    key = ledger.state.election_key
    assert key is not None
    return election, trustees, maker, ledger, key


def prepared(election: Election, key: Point, voter: SigningKey, choice: int) -> PreparedBallot:
    """What the booth makes before the voter chooses cast or check (node/booth.py's prepare_ballot)."""
    options = election.genesis.manifest.options
    encrypted, secrets = encrypt_ballot(key, len(options), choice, ballot_context(election.id, voter.public))
    tx = sign(Ballot(election.id, voter=voter.public, ballot=encrypted, time=election.now()), voter)
    assert isinstance(tx, Ballot)
    return PreparedBallot(tx, txid_of(tx).hex(), options[choice], secrets)


def booth(election: Election) -> Any:
    """The little of a ChainService that node/booth.py's opened_text reads."""
    return SimpleNamespace(election_id=election.id, genesis=election.genesis)


@pytest.fixture(scope="module")
def secret() -> tuple[Election, Trustees, ChainMaker, Ledger, Point]:
    return ceremony_done("attack")


# ---- Benaloh: the opened ballot must be the one the tracking code names ------------------------------------


def test_an_honest_opened_ballot_verifies_with_its_own_tracking_code(secret: Any) -> None:
    election, _trustees, _maker, _ledger, key = secret
    ballot = prepared(election, key, election.voter(1), 1)
    verdict = check_opened_ballot_text(opened_text(booth(election), ballot), key, OPTIONS, election.id)
    assert verdict.ok, verdict.reason
    assert verdict.option == "Bob" and verdict.tracking_code.hex() == ballot.tracking_code


def test_a_booth_cannot_open_another_ballot_under_the_tracking_code_it_showed(secret: Any) -> None:
    """The booth encrypts Alice although the voter chose Bob and shows that ballot's tracking code; the voter
    asks to check it; the booth opens a fresh, honest encryption of Bob with the shown tracking code."""
    election, _trustees, _maker, _ledger, key = secret
    voter = election.voter(2)
    cheat = prepared(election, key, voter, 0)  # what the booth would cast: Alice
    honest = prepared(election, key, voter, 1)  # what it opens when challenged: Bob
    forged = opened_text(booth(election), honest).replace(honest.tracking_code, cheat.tracking_code)
    assert json.loads(forged)["tracking_code"] == cheat.tracking_code
    verdict = check_opened_ballot_text(forged, key, OPTIONS, election.id)
    assert not verdict.ok
    assert "tracking code" in verdict.reason


def test_an_opened_ballot_with_a_made_up_tracking_code_is_refused(secret: Any) -> None:
    election, _trustees, _maker, _ledger, key = secret
    ballot = prepared(election, key, election.voter(3), 2)
    text = opened_text(booth(election), ballot).replace(ballot.tracking_code, bytes(range(32)).hex())
    assert not check_opened_ballot_text(text, key, OPTIONS, election.id).ok


def test_an_opened_ballot_with_any_byte_of_its_ballot_changed_is_refused(secret: Any) -> None:
    """Every hex field of the opened ballot is covered: the ciphertexts by the re-encryption, the rest (the
    proofs, the signature, the voter, the time) by the tracking code."""
    election, _trustees, _maker, _ledger, key = secret
    ballot = prepared(election, key, election.voter(4), 0)
    text = opened_text(booth(election), ballot)
    assert check_opened_ballot_text(text, key, OPTIONS, election.id).ok
    obj = json.loads(text)
    hex_paths: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
        for k, value in items:
            if isinstance(value, str) and len(value) in (64, 128):
                hex_paths.append((node, k))
            else:
                walk(value)

    walk(obj)
    assert len(hex_paths) >= 6 * len(OPTIONS)
    for node, k in hex_paths:
        original = node[k]
        node[k] = original[:1] + ("1" if original[1] != "1" else "2") + original[2:]
        changed = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert not check_opened_ballot_text(changed, key, OPTIONS, election.id).ok, k
        node[k] = original
    if "time" in obj:
        obj["time"] += 1
        changed = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert not check_opened_ballot_text(changed, key, OPTIONS, election.id).ok


# ---- a trustee's X25519 key of small order -----------------------------------------------------------------


@pytest.mark.parametrize("raw", SMALL_ORDER_X25519)
def test_a_trustee_key_of_small_order_is_refused(raw: str) -> None:
    election = make_election(stations=3, ballot="secret", threshold=2, label="x25519")
    trustees, ledger = Trustees(election), Ledger(election.genesis)
    station = trustees.station(2)
    tx = sign(TrusteeKey(election.id, station=station.public, time=election.now(), key=bytes.fromhex(raw)), station)
    with pytest.raises(InvalidTransaction, match="small order"):
        check_tx(tx, txid_of(tx), ledger.state, ledger.state)
    with pytest.raises(InvalidTransaction, match="small order"):
        Mempool().add(tx, ledger.state)
    good = trustees.key_tx(2)  # an honest key still goes in
    check_tx(good, txid_of(good), ledger.state, ledger.state)


# ---- secrets never in a repr (logs, tracebacks, test reports) -----------------------------------------------


def test_the_randomness_and_choice_of_a_ballot_are_not_in_its_secrets_repr(secret: Any) -> None:
    election, _trustees, _maker, _ledger, key = secret
    voter = election.voter(5)
    _ballot, secrets = encrypt_ballot(key, 3, 2, ballot_context(election.id, voter.public))
    text = repr(secrets)
    for r in secrets.randomness:
        assert r.hex()[:8] not in text
    assert "2" not in text.replace(type(secrets).__name__, "")


def test_a_trustee_polynomial_is_not_in_its_repr() -> None:
    poly = new_polynomial(3)
    text = repr(poly)
    for a in poly.coefficients:
        assert a.hex()[:8] not in text


# ---- threshold 1 of several trustees: every trustee holds the whole election key ----------------------------


def test_with_threshold_one_any_single_trustee_decrypts_a_single_ballot_and_status_says_so() -> None:
    """k = 1: each trustee's polynomial is a constant, so every share x_j is the election's secret key.  The
    ceremony's status must not say a plain "complete" (as if no single laptop could read a ballot)."""
    from votingapp.core.crypto.elgamal import decrypt_point, small_dlog
    from votingapp.node.ceremony import ceremony_progress

    election = make_election(stations=3, ballot="secret", threshold=1, label="k1")
    trustees, maker, ledger = Trustees(election), ChainMaker(election), Ledger(election.genesis)
    run_ceremony(maker, trustees)
    for block in maker.blocks:
        ledger.add_block(block)
    state = ledger.state
    key = state.election_key
    assert key is not None
    voter = election.voter(7)
    ballot, _secrets = encrypt_ballot(key, 3, 2, ballot_context(election.id, voter.public))
    alone = trustees.secret(state, 3)  # trustee 3's share, nobody else's
    assert [small_dlog(decrypt_point(alone, c), 1) for c in ballot.ciphertexts] == [0, 0, 1]
    progress = ceremony_progress(state, 3)
    assert progress is not None and progress.stage == "complete"
    assert "could read single ballots" in progress.text
    three_of_two = ceremony_done("k2")[3].state  # threshold 2 of 3: no warning
    progress = ceremony_progress(three_of_two, 1)
    assert progress is not None and progress.text == "complete"
