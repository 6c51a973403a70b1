"""Property tests of encrypted ballots: an honest ballot verifies; a dishonest, altered or moved one is refused;
Benaloh's cast-or-check opens a ballot for the chosen option only."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from votingapp.core.crypto.ballot import (
    BallotSecrets,
    EncryptedBallot,
    aggregate,
    ballot_context,
    check_opened_ballot,
    encrypt_ballot,
    verify_ballot,
)
from votingapp.core.crypto.elgamal import Ciphertext, decrypt_point, encrypt, small_dlog
from votingapp.core.crypto.errors import CryptoError, InvalidBallot
from votingapp.core.crypto.group import G, Point, Scalar, SeededScalars, base_mul, random_scalar
from votingapp.core.crypto.proofs import (
    TAG_SUM_ONE,
    TAG_ZERO_ONE,
    ProofContext,
    prove_equal_logs,
    prove_zero_one,
)
from votingapp.core.errors import DecodeError

SECRET = SeededScalars(b"test-crypto-ballot")()
KEY = base_mul(SECRET)
ELECTION = bytes(range(32))
VOTER = bytes(range(32, 64))
CTX = ballot_context(ELECTION, VOTER)
SMALL_ORDER = bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a")

few = settings(max_examples=12, deadline=None)


def forged_ballot(messages: list[int], ctx: ProofContext = CTX) -> EncryptedBallot:
    """A cheater's ballot: any messages, proofs made as if each encrypted 0 or 1 and the sum were 1."""
    n = len(messages)
    rs = [random_scalar() for _ in messages]
    cts = tuple(encrypt(KEY, m, r) for m, r in zip(messages, rs, strict=True))
    proofs = tuple(
        prove_zero_one(KEY, c, min(m, 1), r, ctx, tag=TAG_ZERO_ONE, bind=(n, j))
        for j, (c, m, r) in enumerate(zip(cts, messages, rs, strict=True))
    )
    total = Ciphertext(cts[0].alpha, cts[0].beta)
    total_r = rs[0]
    for c, r in zip(cts[1:], rs[1:], strict=True):
        total, total_r = total + c, total_r + r
    sum_proof = prove_equal_logs(total_r, KEY, total.alpha, total.beta - G, ctx, tag=TAG_SUM_ONE, bind=(n,))
    return EncryptedBallot(cts, proofs, sum_proof)


@few
@given(st.integers(1, 6).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n - 1))))
def test_a_ballot_for_any_option_verifies_and_decrypts_to_it(case: tuple[int, int]) -> None:
    n, choice = case
    ballot, secrets = encrypt_ballot(KEY, n, choice, CTX)
    verify_ballot(ballot, KEY, n, CTX)
    assert secrets.choice == choice and len(secrets.randomness) == n
    assert [small_dlog(decrypt_point(SECRET, c), 1) for c in ballot.ciphertexts] == [int(j == choice) for j in range(n)]
    decoded = EncryptedBallot.from_obj(json.loads(json.dumps(ballot.to_obj())), n)
    assert decoded == ballot


@few
@given(st.integers(2, 5), st.data())
def test_a_ballot_encrypting_two_is_refused(n: int, data: st.DataObject) -> None:
    j = data.draw(st.integers(0, n - 1))
    messages = [0] * n
    messages[j] = 2
    with pytest.raises(InvalidBallot) as err:
        verify_ballot(forged_ballot(messages), KEY, n, CTX)
    assert err.value.option == j


@few
@given(st.integers(2, 5), st.data())
def test_two_ones_or_none_are_refused(n: int, data: st.DataObject) -> None:
    ones = data.draw(st.sets(st.integers(0, n - 1), min_size=0, max_size=n).filter(lambda s: len(s) != 1))
    messages = [int(j in ones) for j in range(n)]
    with pytest.raises(InvalidBallot) as err:
        verify_ballot(forged_ballot(messages), KEY, n, CTX)
    assert err.value.option is None  # every 0/1 proof holds; the sum proof does not


def test_the_forger_itself_is_honest_for_a_real_vote() -> None:
    verify_ballot(forged_ballot([0, 1, 0]), KEY, 3, CTX)  # so the refusals above are about the messages


BALLOT4, SECRETS4 = encrypt_ballot(KEY, 4, 1, CTX, SeededScalars(b"test-crypto-ballot/flip"))
OBJ4 = BALLOT4.to_obj()
HEX_PATHS: list[tuple[Any, ...]] = [
    *[("ciphertexts", j, k) for j in range(4) for k in ("alpha", "beta")],
    *[("proofs", j, k) for j in range(4) for k in ("c0", "c1", "z0", "z1")],
    ("sum_proof", "c"),
    ("sum_proof", "z"),
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(HEX_PATHS), st.integers(0, 31), st.integers(1, 255))
def test_any_changed_byte_of_a_ciphertext_or_proof_is_refused(path: tuple[Any, ...], index: int, xor: int) -> None:
    obj = json.loads(json.dumps(OBJ4))
    holder = obj
    for key in path[:-1]:
        holder = holder[key]
    raw = bytearray.fromhex(holder[path[-1]])
    raw[index] ^= xor
    holder[path[-1]] = raw.hex()
    with pytest.raises((CryptoError, DecodeError)):
        verify_ballot(EncryptedBallot.from_obj(obj, 4), KEY, 4, CTX)


def test_swapped_or_reordered_parts_are_refused() -> None:
    cts, proofs = BALLOT4.ciphertexts, BALLOT4.proofs
    swapped = EncryptedBallot((cts[1], cts[0], *cts[2:]), (proofs[1], proofs[0], *proofs[2:]), BALLOT4.sum_proof)
    with pytest.raises(InvalidBallot):
        verify_ballot(swapped, KEY, 4, CTX)  # the option index is bound in each 0/1 proof
    with pytest.raises(InvalidBallot):
        verify_ballot(BALLOT4, KEY, 5, CTX)
    with pytest.raises(InvalidBallot):
        verify_ballot(EncryptedBallot(cts[:3], proofs[:3], BALLOT4.sum_proof), KEY, 3, CTX)


@few
@given(st.binary(min_size=32, max_size=32), st.booleans())
def test_a_ballot_moved_to_another_voter_or_election_is_refused(other: bytes, move_voter: bool) -> None:
    ctx = ballot_context(ELECTION, other) if move_voter else ballot_context(other, VOTER)
    if ctx == CTX:
        return
    with pytest.raises(InvalidBallot):
        verify_ballot(BALLOT4, KEY, 4, ctx)


def test_a_ballot_under_another_election_key_is_refused() -> None:
    with pytest.raises(InvalidBallot):
        verify_ballot(BALLOT4, base_mul(random_scalar()), 4, CTX)


@pytest.mark.parametrize(
    "bad",
    [
        SMALL_ORDER,  # small order
        (2).to_bytes(32, "little"),  # off the curve
        (2**255 - 19 + 1).to_bytes(32, "little"),  # non-canonical
        b"\x01" + bytes(31),  # the identity
    ],
)
def test_an_invalid_point_in_a_ballot_is_refused(bad: bytes) -> None:
    for which in ("alpha", "beta"):
        cts = list(BALLOT4.ciphertexts)
        old = cts[2]
        cts[2] = Ciphertext(Point(bad), old.beta) if which == "alpha" else Ciphertext(old.alpha, Point(bad))
        with pytest.raises(InvalidBallot) as err:
            verify_ballot(EncryptedBallot(tuple(cts), BALLOT4.proofs, BALLOT4.sum_proof), KEY, 4, CTX)
        assert err.value.option == 2


def test_a_point_plus_a_small_order_component_is_refused() -> None:
    cts = list(BALLOT4.ciphertexts)
    cts[0] = Ciphertext(cts[0].alpha + Point(SMALL_ORDER), cts[0].beta)
    with pytest.raises(InvalidBallot):
        verify_ballot(EncryptedBallot(tuple(cts), BALLOT4.proofs, BALLOT4.sum_proof), KEY, 4, CTX)


# ---- Benaloh: cast or check ----------------------------------------------------------------------------------


@few
@given(st.integers(2, 6).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n - 1))))
def test_an_opened_ballot_verifies_for_the_chosen_option_and_no_other(case: tuple[int, int]) -> None:
    n, choice = case
    ballot, secrets = encrypt_ballot(KEY, n, choice, CTX)
    shown = BallotSecrets.from_obj(json.loads(json.dumps(secrets.to_obj())), n)  # as the QR code carries it
    assert check_opened_ballot(ballot, KEY, shown)
    for other in range(n):
        if other != choice:
            assert not check_opened_ballot(ballot, KEY, BallotSecrets(other, secrets.randomness))
    wrong_r = BallotSecrets(choice, (secrets.randomness[0] + Scalar.from_int(1), *secrets.randomness[1:]))
    assert not check_opened_ballot(ballot, KEY, wrong_r)
    assert not check_opened_ballot(ballot, KEY, BallotSecrets(choice, secrets.randomness[:-1]))


def test_ballot_secrets_decoding_is_strict() -> None:
    obj = SECRETS4.to_obj()
    with pytest.raises(DecodeError):
        BallotSecrets.from_obj(dict(obj, choice=4), 4)
    with pytest.raises(DecodeError):
        BallotSecrets.from_obj(dict(obj, randomness=obj["randomness"][:3]), 4)
    with pytest.raises(DecodeError):
        BallotSecrets.from_obj(dict(obj, randomness=["ff" * 32] * 4), 4)
    with pytest.raises(DecodeError):
        BallotSecrets.from_obj(dict(obj, extra=1), 4)


def test_ballot_decoding_is_strict() -> None:
    with pytest.raises(DecodeError):
        EncryptedBallot.from_obj(OBJ4, 3)
    with pytest.raises(DecodeError):
        EncryptedBallot.from_obj(dict(OBJ4, sum_proof={"c": "00" * 32}), 4)
    upper = json.loads(json.dumps(OBJ4))
    upper["ciphertexts"][0]["alpha"] = upper["ciphertexts"][0]["alpha"].upper()
    with pytest.raises(DecodeError):
        EncryptedBallot.from_obj(upper, 4)


def test_encrypt_refuses_a_choice_out_of_range() -> None:
    with pytest.raises(ValueError):
        encrypt_ballot(KEY, 3, 3, CTX)
    with pytest.raises(ValueError):
        encrypt_ballot(KEY, 0, 0, CTX)


def test_aggregate_counts_with_the_whole_secret() -> None:
    choices = [0, 2, 2, 1, 2, 0]
    ballots = [encrypt_ballot(KEY, 3, c, CTX)[0] for c in choices]
    agg = aggregate(ballots, 3)
    assert [small_dlog(decrypt_point(SECRET, c), len(ballots)) for c in agg] == [2, 1, 3]
    assert aggregate([], 3)[0].alpha.is_identity()
