"""The key ceremony and the threshold decryption: 3 trustees, threshold 2, 50 ballots, any 2 of 3 decrypt the
right counts, 1 is not enough, a bad share names its dealer, a bad decryption share is refused; HPKE share
encryption (with RFC 9180's known answer for the suite)."""

from __future__ import annotations

import contextlib
import itertools
import random
from dataclasses import dataclass, replace

import pytest
from cryptography.hazmat.bindings._rust import openssl as rust_openssl
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from votingapp.core.crypto.ballot import aggregate, ballot_context, encrypt_ballot, verify_ballot
from votingapp.core.crypto.dkg import (
    HPKE_SUITE,
    DealerCommitments,
    DecryptionShare,
    Polynomial,
    check_share,
    combine_decryption,
    combine_shares,
    commit,
    decrypt_share,
    election_key,
    encrypt_share,
    lagrange_coefficient,
    make_decryption_share,
    new_polynomial,
    share_info,
    trustee_context,
    verification_key,
    verify_commitments,
    verify_decryption_share,
)
from votingapp.core.crypto.elgamal import Ciphertext, small_dlog
from votingapp.core.crypto.errors import (
    BadCommitments,
    BadDecryptionShare,
    BadShare,
    CountOutOfRange,
    CryptoError,
    NotEnoughShares,
)
from votingapp.core.crypto.group import IDENTITY, G, L, Point, Scalar, SeededScalars, base_mul, mul, random_scalar
from votingapp.core.crypto.proofs import ChaumPedersenProof, ProofContext
from votingapp.core.errors import DecodeError

ELECTION = bytes(range(100, 132))
TRUSTEES = (1, 2, 3)
THRESHOLD = 2
N_OPTIONS = 4
N_BALLOTS = 50


@dataclass(frozen=True)
class Ceremony:
    polys: dict[int, Polynomial]
    dealers: list[DealerCommitments]
    ctxs: dict[int, ProofContext]
    hpke: dict[int, X25519PrivateKey]
    secrets: dict[int, Scalar]
    key: Point
    vkeys: dict[int, Point]


def run_ceremony(trustees: tuple[int, ...] = TRUSTEES, threshold: int = THRESHOLD) -> Ceremony:
    """The whole ceremony as the trustees run it, shares through HPKE."""
    ctxs = {i: trustee_context(ELECTION, bytes([i]) * 32) for i in trustees}
    hpke = {i: X25519PrivateKey.generate() for i in trustees}
    polys = {i: new_polynomial(threshold) for i in trustees}
    dealers = [commit(polys[i], i, ctxs[i]) for i in trustees]
    boxes = {
        (i, j): encrypt_share(polys[i](j), hpke[j].public_key(), ELECTION, i, j) for i in trustees for j in trustees
    }
    secrets = {}
    for j in trustees:
        received = []
        for d in dealers:
            verify_commitments(d, threshold, ctxs[d.dealer])
            share = decrypt_share(boxes[d.dealer, j], hpke[j], ELECTION, d.dealer, j)
            check_share(d, j, share)
            received.append(share)
        secrets[j] = combine_shares(received)
    key = election_key(dealers)
    vkeys = {j: verification_key(dealers, j) for j in trustees}
    return Ceremony(polys, dealers, ctxs, hpke, secrets, key, vkeys)


CEREMONY = run_ceremony()
_rng = random.Random(20240601)
CHOICES = [_rng.randrange(N_OPTIONS) for _ in range(N_BALLOTS)]
EXPECTED = tuple(CHOICES.count(j) for j in range(N_OPTIONS))


def _ballots() -> list[Ciphertext]:
    ballots = []
    for n, choice in enumerate(CHOICES):
        ctx = ballot_context(ELECTION, n.to_bytes(32, "big"))
        ballot, _ = encrypt_ballot(CEREMONY.key, N_OPTIONS, choice, ctx)
        verify_ballot(ballot, CEREMONY.key, N_OPTIONS, ctx)
        ballots.append(ballot)
    return list(aggregate(ballots, N_OPTIONS))


AGGREGATE = _ballots()
SHARES = {i: make_decryption_share(CEREMONY.secrets[i], i, AGGREGATE, CEREMONY.ctxs[i]) for i in TRUSTEES}


def test_the_ceremony_is_consistent_and_nobody_holds_the_key() -> None:
    c = CEREMONY
    assert c.key == sum((base_mul(p.coefficients[0]) for p in c.polys.values()), IDENTITY)
    for j in TRUSTEES:
        assert base_mul(c.secrets[j]) == c.vkeys[j]
    # the joint secret, recovered from any 2 secret shares, matches K (a check only a test can make)
    for pair in itertools.combinations(TRUSTEES, 2):
        joint = sum((int(lagrange_coefficient(i, pair)) * int(c.secrets[i]) for i in pair), 0) % L
        assert base_mul(Scalar.from_int(joint)) == c.key


@pytest.mark.parametrize("pair", list(itertools.combinations(TRUSTEES, 2)))
def test_any_two_of_three_decrypt_the_right_counts(pair: tuple[int, int]) -> None:
    shares = [SHARES[i] for i in pair]
    for s in shares:
        verify_decryption_share(s, CEREMONY.vkeys[s.trustee], AGGREGATE, CEREMONY.ctxs[s.trustee])
    assert combine_decryption(AGGREGATE, shares, THRESHOLD, N_BALLOTS) == EXPECTED
    assert combine_decryption(AGGREGATE, shares[::-1], THRESHOLD, N_BALLOTS) == EXPECTED


def test_all_three_decrypt_the_right_counts_too() -> None:
    assert combine_decryption(AGGREGATE, list(SHARES.values()), THRESHOLD, N_BALLOTS) == EXPECTED


def test_one_share_is_not_enough() -> None:
    for i in TRUSTEES:
        with pytest.raises(NotEnoughShares):
            combine_decryption(AGGREGATE, [SHARES[i]], THRESHOLD, N_BALLOTS)
        # and not by miscounting the threshold either: one share alone does not give the counts
        with pytest.raises(CountOutOfRange):
            combine_decryption(AGGREGATE, [SHARES[i]], 1, N_BALLOTS)
    with pytest.raises(NotEnoughShares):
        combine_decryption(AGGREGATE, [SHARES[1], SHARES[1]], THRESHOLD, N_BALLOTS)


def test_a_bad_share_is_detected_and_names_the_dealer() -> None:
    c = CEREMONY
    dealer, recipient = 2, 3
    wrong = c.polys[dealer](recipient) + Scalar.from_int(1)
    box = encrypt_share(wrong, c.hpke[recipient].public_key(), ELECTION, dealer, recipient)
    share = decrypt_share(box, c.hpke[recipient], ELECTION, dealer, recipient)
    with pytest.raises(BadShare) as err:
        check_share(c.dealers[dealer - 1], recipient, share)
    assert (err.value.dealer, err.value.recipient) == (dealer, recipient)
    # a share that does not decrypt also names its dealer
    box = encrypt_share(c.polys[dealer](recipient), c.hpke[recipient].public_key(), ELECTION, dealer, recipient)
    tampered = box[:-1] + bytes([box[-1] ^ 1])
    for bad_box, info in [(tampered, (ELECTION, dealer, recipient)), (box, (ELECTION, dealer, 1))]:
        with pytest.raises(BadShare) as err:
            decrypt_share(bad_box, c.hpke[recipient], *info)
        assert err.value.dealer == dealer
    # every honest share checks
    for d in c.dealers:
        for j in TRUSTEES:
            check_share(d, j, c.polys[d.dealer](j))


def test_bad_commitments_are_refused_naming_the_dealer() -> None:
    c = CEREMONY
    d = c.dealers[0]
    with pytest.raises(BadCommitments) as err:
        verify_commitments(d, 3, c.ctxs[1])
    assert err.value.dealer == 1
    with pytest.raises(BadCommitments):
        verify_commitments(d, THRESHOLD, c.ctxs[2])  # the proof of knowledge is bound to the dealer's key
    moved = replace(d, dealer=2)
    with pytest.raises(BadCommitments):
        verify_commitments(moved, THRESHOLD, c.ctxs[1])  # and to its index
    small = Point(bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"))
    with pytest.raises(BadCommitments):
        verify_commitments(replace(d, commitments=(d.commitments[0], small)), THRESHOLD, c.ctxs[1])
    copied = replace(c.dealers[1], proof=d.proof, commitments=d.commitments)  # another dealer copies a_0's proof
    with pytest.raises(BadCommitments):
        verify_commitments(copied, THRESHOLD, c.ctxs[2])
    assert DealerCommitments.from_obj(d.to_obj()) == d


def test_cancelling_dealers_cannot_make_the_identity_the_key() -> None:
    ctx = trustee_context(ELECTION, b"x" * 32)
    p1 = new_polynomial(2)
    p2 = Polynomial(tuple(-a for a in p1.coefficients))
    dealers = [commit(p1, 1, ctx), commit(p2, 2, ctx)]
    with pytest.raises(CryptoError):
        election_key(dealers)


def test_a_decryption_share_with_a_bad_proof_is_refused() -> None:
    c = CEREMONY
    s = SHARES[2]
    vk, ctx = c.vkeys[2], c.ctxs[2]
    verify_decryption_share(s, vk, AGGREGATE, ctx)
    bad_proof = ChaumPedersenProof(s.proofs[1].c, s.proofs[1].z + Scalar.from_int(1))
    cases = [
        replace(s, proofs=(s.proofs[0], bad_proof, *s.proofs[2:])),
        replace(s, factors=(s.factors[0], s.factors[1] + G, *s.factors[2:])),  # a wrong factor, honest proof
        replace(s, factors=(s.factors[1], s.factors[0], *s.factors[2:])),
        replace(s, factors=s.factors[:3], proofs=s.proofs[:3]),
    ]
    for bad in cases:
        with pytest.raises(BadDecryptionShare) as err:
            verify_decryption_share(bad, vk, AGGREGATE, ctx)
        assert err.value.trustee == 2
    with pytest.raises(BadDecryptionShare):
        verify_decryption_share(s, c.vkeys[1], AGGREGATE, ctx)  # another trustee's key
    with pytest.raises(BadDecryptionShare):
        verify_decryption_share(s, vk, AGGREGATE, c.ctxs[1])  # published under another station's key
    other_aggregate = [*AGGREGATE[:3], AGGREGATE[3] + AGGREGATE[0]]
    with pytest.raises(BadDecryptionShare):
        verify_decryption_share(s, vk, other_aggregate, ctx)  # a share of another aggregate
    # a wrong factor would have given wrong counts: that is what the proof protects
    wrong = replace(s, factors=(s.factors[0] + G, *s.factors[1:]))
    counts = None
    with contextlib.suppress(CountOutOfRange):
        counts = combine_decryption(AGGREGATE, [SHARES[1], wrong], THRESHOLD, N_BALLOTS)
    assert counts != EXPECTED
    assert DecryptionShare.from_obj(s.to_obj(), N_OPTIONS) == s
    with pytest.raises(DecodeError):
        DecryptionShare.from_obj(s.to_obj(), N_OPTIONS + 1)


def test_an_empty_aggregate_decrypts_to_zero_counts() -> None:
    empty = list(aggregate([], N_OPTIONS))
    shares = [make_decryption_share(CEREMONY.secrets[i], i, empty, CEREMONY.ctxs[i]) for i in (1, 3)]
    for s in shares:
        verify_decryption_share(s, CEREMONY.vkeys[s.trustee], empty, CEREMONY.ctxs[s.trustee])
    assert combine_decryption(empty, shares, THRESHOLD, 0) == (0,) * N_OPTIONS


def test_one_trustee_and_five_trustees_threshold_three() -> None:
    solo = run_ceremony((1,), 1)
    ctx = ballot_context(ELECTION, b"v" * 32)
    agg = list(aggregate([encrypt_ballot(solo.key, 2, 1, ctx)[0]], 2))
    share = make_decryption_share(solo.secrets[1], 1, agg, solo.ctxs[1])
    assert combine_decryption(agg, [share], 1, 1) == (0, 1)
    five = run_ceremony((1, 2, 3, 4, 5), 3)
    ballots = [encrypt_ballot(five.key, 3, c, ctx)[0] for c in (2, 2, 0)]
    agg = list(aggregate(ballots, 3))
    shares = {i: make_decryption_share(five.secrets[i], i, agg, five.ctxs[i]) for i in (2, 4, 5)}
    assert combine_decryption(agg, list(shares.values()), 3, 3) == (1, 0, 2)
    with pytest.raises(CountOutOfRange):
        combine_decryption(agg, [shares[2], shares[4]], 2, 3)


def test_lagrange_coefficients_interpolate_at_zero() -> None:
    poly = new_polynomial(3, SeededScalars(b"lagrange"))
    for subset in [(1, 2, 3), (2, 5, 7), (1, 4, 64)]:
        total = sum(int(lagrange_coefficient(i, subset)) * int(poly(i)) for i in subset) % L
        assert total == int(poly.coefficients[0])
    with pytest.raises(ValueError):
        lagrange_coefficient(4, (1, 2))
    with pytest.raises(ValueError):
        lagrange_coefficient(1, (1, 1, 2))


# ---- HPKE -----------------------------------------------------------------------------------------------------


def test_hpke_suite_matches_rfc9180_known_answer() -> None:
    """RFC 9180 appendix A.2.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20Poly1305, base mode, seq 0."""
    sk_r = X25519PrivateKey.from_private_bytes(
        bytes.fromhex("8057991eef8f1f1af18f4a9491d16a1ce333f695d4db8e38da75975c4478e0fb")
    )
    assert sk_r.public_key().public_bytes_raw().hex() == (
        "4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a"
    )
    enc = bytes.fromhex("1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a")
    ct = bytes.fromhex("1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db21993c62ce81883d2dd1b51a28")
    info = bytes.fromhex("4f6465206f6e2061204772656369616e2055726e")  # "Ode on a Grecian Urn"
    # the vector's first message has aad "Count-0": only the private helper takes an aad
    plain = rust_openssl.hpke._decrypt_with_aad(HPKE_SUITE, enc + ct, sk_r, info=info, aad=b"Count-0")
    assert plain == b"Beauty is truth, truth beauty"


def test_share_encryption_round_trip_and_binding() -> None:
    sk = X25519PrivateKey.generate()
    share = random_scalar()
    box = encrypt_share(share, sk.public_key(), ELECTION, 1, 2)
    assert len(box) == 80
    assert decrypt_share(box, sk, ELECTION, 1, 2) == share
    assert encrypt_share(share, sk.public_key(), ELECTION, 1, 2) != box  # fresh ephemeral key each time
    for info in [(b"other", 1, 2), (ELECTION, 2, 2), (ELECTION, 1, 3)]:
        with pytest.raises(BadShare):
            decrypt_share(box, sk, *info)
    with pytest.raises(BadShare):
        decrypt_share(box, X25519PrivateKey.generate(), ELECTION, 1, 2)
    with pytest.raises(BadShare):
        decrypt_share(box[:-1], sk, ELECTION, 1, 2)
    assert share_info(ELECTION, 1, 2) == (
        (36).to_bytes(4, "big") + b"votingapp/secret-ballot/v1/dkg-share"
        + (32).to_bytes(4, "big") + ELECTION
        + (8).to_bytes(4, "big") + (1).to_bytes(8, "big")
        + (8).to_bytes(4, "big") + (2).to_bytes(8, "big")
    )  # fmt: skip


def test_small_dlog_of_the_aggregate_bounds() -> None:
    m = AGGREGATE[0].beta - mul(CEREMONY.secrets[1], AGGREGATE[0].alpha)  # one share used as the whole key
    with pytest.raises(CountOutOfRange):
        small_dlog(m, N_BALLOTS)
