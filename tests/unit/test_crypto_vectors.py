"""Known-answer vectors of the secret ballot's cryptography: the encodings and proofs must not drift unnoticed.

The ``tests/vectors/crypto_*.json`` files were written once by ``tests/vectors/make_crypto_vectors.py``. These
tests never rewrite them (nor import the generator): they rebuild every object from the seeds and inputs
recorded in the files and compare byte for byte, recompute the hashes independently (hashlib and Python
integers), and check that the stored objects decode, verify, and are refused when one byte changes.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from votingapp.core.crypto.ballot import (
    BallotSecrets,
    EncryptedBallot,
    aggregate,
    ballot_context,
    check_opened_ballot,
    encrypt_ballot,
    verify_ballot,
)
from votingapp.core.crypto.dkg import (
    DealerCommitments,
    DecryptionShare,
    check_share,
    combine_decryption,
    combine_shares,
    commit,
    election_key,
    lagrange_coefficient,
    make_decryption_share,
    new_polynomial,
    trustee_context,
    verification_key,
    verify_commitments,
    verify_decryption_share,
)
from votingapp.core.crypto.elgamal import Ciphertext, encrypt
from votingapp.core.crypto.errors import CryptoError, InvalidEncoding, InvalidProof
from votingapp.core.crypto.group import (
    IDENTITY,
    G,
    HashInput,
    L,
    Point,
    Scalar,
    SeededScalars,
    base_mul,
    hash_encoding,
    hash_to_scalar,
    is_valid_point,
    mul,
)
from votingapp.core.crypto.proofs import (
    ChaumPedersenProof,
    ProofContext,
    SchnorrProof,
    ZeroOneProof,
    prove_equal_logs,
    prove_schnorr,
    prove_zero_one,
    verify_equal_logs,
    verify_schnorr,
    verify_zero_one,
)
from votingapp.core.encoding import canonical
from votingapp.core.errors import DecodeError

VECTORS = Path(__file__).resolve().parent.parent / "vectors"
RFC8032_BASE = "5866666666666666666666666666666666666666666666666666666666666666"
ORDER = 2**252 + 27742317777372353535851937790883648493  # RFC 8032's L, written independently of the code


@cache
def load(name: str) -> Any:
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))


def same(a: Any, b: Any) -> bool:
    return canonical(a) == canonical(b)


def flip(hex_text: str, index: int) -> str:
    data = bytearray.fromhex(hex_text)
    data[index % len(data)] ^= 0x01
    return data.hex()


# ---- group ----------------------------------------------------------------------------------------------------


def test_group_constants() -> None:
    v = load("crypto_group.json")
    assert v["G"] == G.hex() == RFC8032_BASE
    assert int(v["L"]) == L == ORDER
    assert v["identity"] == IDENTITY.hex() == "01" + "00" * 31
    for entry in v["multiples"]:
        k = int(entry["k"])
        assert base_mul(Scalar.from_int(k)).hex() == entry["point"]
        assert is_valid_point(bytes.fromhex(entry["point"]))
    assert v["multiples"][0]["point"] == RFC8032_BASE
    # (L − 1)·G = −G: the same y, the opposite sign of x (the top bit)
    minus_g = bytes.fromhex(v["multiples"][-1]["point"])
    assert minus_g[:31] == bytes.fromhex(RFC8032_BASE)[:31] and minus_g[31] == 0x66 | 0x80


def test_seeded_scalars() -> None:
    v = load("crypto_group.json")["seeded_scalars"]
    rng = SeededScalars(bytes.fromhex(v["seed"]))
    assert [rng().hex() for _ in v["scalars"]] == v["scalars"]


def _hash_inputs(entry: dict[str, Any]) -> tuple[HashInput, ...]:
    parts: list[HashInput] = []
    for item in entry["inputs"]:
        ((kind, value),) = item.items()
        if kind == "point":
            parts.append(Point.from_bytes(bytes.fromhex(value)))
        elif kind == "scalar":
            parts.append(Scalar.from_bytes(bytes.fromhex(value)))
        elif kind == "int":
            parts.append(int(value))
        else:
            parts.append(bytes.fromhex(value))
    return tuple(parts)


def _independent_encoding(tag: str, entry: dict[str, Any]) -> bytes:
    """The documented hash input, written again without the library."""
    out = len(tag).to_bytes(4, "big") + tag.encode("ascii")
    for item in entry["inputs"]:
        ((kind, value),) = item.items()
        raw = int(value).to_bytes(8, "big") if kind == "int" else bytes.fromhex(value)
        out += len(raw).to_bytes(4, "big") + raw
    return out


def test_hash_to_scalar() -> None:
    for entry in load("crypto_group.json")["hash_to_scalar"]:
        parts = _hash_inputs(entry)
        encoding = hash_encoding(entry["tag"], *parts)
        assert encoding.hex() == entry["encoding"]
        assert encoding == _independent_encoding(entry["tag"], entry)
        reduced = int.from_bytes(hashlib.sha512(encoding).digest(), "little") % ORDER
        assert reduced.to_bytes(32, "little").hex() == entry["scalar"]
        assert hash_to_scalar(entry["tag"], *parts).hex() == entry["scalar"]


def test_invalid_points_are_refused() -> None:
    invalid = load("crypto_group.json")["invalid_points"]
    assert len(invalid) >= 8
    for why, hex_text in invalid.items():
        data = bytes.fromhex(hex_text)
        assert not is_valid_point(data), why
        with pytest.raises(InvalidEncoding):
            Point.from_bytes(data)


def test_invalid_scalars_are_refused() -> None:
    for why, hex_text in load("crypto_group.json")["invalid_scalars"].items():
        with pytest.raises(InvalidEncoding):
            Scalar.from_bytes(bytes.fromhex(hex_text))
        assert int.from_bytes(bytes.fromhex(hex_text), "little") >= ORDER, why


# ---- proofs ---------------------------------------------------------------------------------------------------


def _proof_setup() -> tuple[dict[str, Any], ProofContext, Point]:
    v = load("crypto_proofs.json")
    ctx = ProofContext(bytes.fromhex(v["election_id"]), bytes.fromhex(v["signer"]))
    return v, ctx, Point.from_bytes(bytes.fromhex(v["election_key"]))


def test_proof_vectors_rebuild_byte_for_byte() -> None:
    v, ctx, key = _proof_setup()
    rng = SeededScalars(bytes.fromhex(v["seed"]))
    x = rng()
    assert x.hex() == v["schnorr"]["secret"] == v["chaum_pedersen"]["secret"]
    public = base_mul(x)
    assert public.hex() == v["schnorr"]["public"]
    assert same(prove_schnorr(x, public, ctx, rng=rng).to_obj(), v["schnorr"]["proof"])
    election_secret = SeededScalars(b"crypto-vectors/election-secret")()
    assert base_mul(election_secret) == key
    base = base_mul(rng())
    assert base.hex() == v["chaum_pedersen"]["base"]
    image = mul(x, base)
    assert image.hex() == v["chaum_pedersen"]["image"]
    assert same(prove_equal_logs(x, base, public, image, ctx, rng=rng).to_obj(), v["chaum_pedersen"]["proof"])
    for entry in v["zero_one"]:
        r = rng()
        assert r.hex() == entry["r"]
        c = encrypt(key, entry["m"], r)
        assert same(c.to_obj(), entry["ciphertext"])
        proof = prove_zero_one(key, c, entry["m"], r, ctx, bind=tuple(entry["bind"]), rng=rng)
        assert same(proof.to_obj(), entry["proof"])


def test_stored_proofs_verify_and_refuse_any_flipped_byte() -> None:
    v, ctx, key = _proof_setup()
    public = Point.from_bytes(bytes.fromhex(v["schnorr"]["public"]))
    verify_schnorr(SchnorrProof.from_obj(v["schnorr"]["proof"]), public, ctx)
    cp = v["chaum_pedersen"]
    base, image = (Point.from_bytes(bytes.fromhex(cp[k])) for k in ("base", "image"))
    verify_equal_logs(ChaumPedersenProof.from_obj(cp["proof"]), base, public, image, ctx)
    for entry in v["zero_one"]:
        c = Ciphertext.from_obj(entry["ciphertext"])
        verify_zero_one(ZeroOneProof.from_obj(entry["proof"]), key, c, ctx, bind=tuple(entry["bind"]))
        # the same proof for the other option index, or under the other m's statement, fails
        with pytest.raises(InvalidProof):
            verify_zero_one(ZeroOneProof.from_obj(entry["proof"]), key, c, ctx, bind=(entry["bind"][0], 9))
    for field in ("c", "z"):
        for i in (0, 13, 31):
            bad = dict(v["schnorr"]["proof"], **{field: flip(v["schnorr"]["proof"][field], i)})
            with pytest.raises((InvalidProof, DecodeError)):
                verify_schnorr(SchnorrProof.from_obj(bad), public, ctx)


# ---- ballot ---------------------------------------------------------------------------------------------------


def test_ballot_vector_rebuilds_byte_for_byte() -> None:
    v = load("crypto_ballot.json")
    secret = Scalar.from_bytes(bytes.fromhex(v["election_secret"]))
    key = base_mul(secret)
    assert key.hex() == v["election_key"]
    ctx = ballot_context(bytes.fromhex(v["election_id"]), bytes.fromhex(v["voter_key"]))
    ballot, secrets = encrypt_ballot(key, v["n_options"], v["choice"], ctx, SeededScalars(bytes.fromhex(v["seed"])))
    assert same(ballot.to_obj(), v["ballot"])
    assert hashlib.sha256(canonical(v["ballot"])).hexdigest() == v["ballot_canonical_sha256"]
    assert same(secrets.to_obj(), v["secrets"])


def test_stored_ballot_verifies_opens_and_refuses_a_flipped_byte() -> None:
    v = load("crypto_ballot.json")
    key = Point.from_bytes(bytes.fromhex(v["election_key"]))
    n = v["n_options"]
    ctx = ballot_context(bytes.fromhex(v["election_id"]), bytes.fromhex(v["voter_key"]))
    ballot = EncryptedBallot.from_obj(v["ballot"], n)
    verify_ballot(ballot, key, n, ctx)
    secrets = BallotSecrets.from_obj(v["secrets"], n)
    assert check_opened_ballot(ballot, key, secrets)
    # decrypting each option with the whole secret gives the choice
    secret = Scalar.from_bytes(bytes.fromhex(v["election_secret"]))
    plain = [c.beta - mul(secret, c.alpha) for c in ballot.ciphertexts]
    assert plain == [G if j == v["choice"] else IDENTITY for j in range(n)]
    obj = v["ballot"]
    bad = json.loads(json.dumps(obj))
    bad["sum_proof"]["z"] = flip(bad["sum_proof"]["z"], 5)
    with pytest.raises((CryptoError, DecodeError)):
        verify_ballot(EncryptedBallot.from_obj(bad, n), key, n, ctx)


# ---- ceremony and decryption --------------------------------------------------------------------------------


def test_decryption_vector_rebuilds_byte_for_byte() -> None:
    v = load("crypto_decryption.json")
    eid = bytes.fromhex(v["election_id"])
    trustees = sorted(int(i) for i in v["station_keys"])
    ctxs = {i: trustee_context(eid, bytes.fromhex(v["station_keys"][str(i)])) for i in trustees}
    k, n = v["threshold"], v["n_options"]
    rng = SeededScalars(bytes.fromhex(v["seed"]))
    polys = {i: new_polynomial(k, rng) for i in trustees}
    dealers = [commit(polys[i], i, ctxs[i], rng) for i in trustees]
    assert same([d.to_obj() for d in dealers], v["dealers"])
    assert {f"{i}->{j}": polys[i](j).hex() for i in trustees for j in trustees} == v["shares"]
    key = election_key(dealers)
    assert key.hex() == v["election_key"]
    assert {str(j): verification_key(dealers, j).hex() for j in trustees} == v["verification_keys"]
    secrets = {j: combine_shares([polys[i](j) for i in trustees]) for j in trustees}
    ballots = [
        encrypt_ballot(key, n, choice, ballot_context(eid, bytes.fromhex(vk)), rng)[0]
        for choice, vk in zip(v["choices"], v["voter_keys"], strict=True)
    ]
    assert same([b.to_obj() for b in ballots], v["ballots"])
    agg = aggregate(ballots, n)
    assert same([c.to_obj() for c in agg], v["aggregate"])
    deciding = [s["trustee"] for s in v["decryption_shares"]]
    shares = [make_decryption_share(secrets[i], i, agg, ctxs[i], rng) for i in deciding]
    assert same([s.to_obj() for s in shares], v["decryption_shares"])
    assert {str(i): lagrange_coefficient(i, deciding).hex() for i in deciding} == v["lagrange"]


def test_stored_ceremony_and_shares_verify_and_count() -> None:
    v = load("crypto_decryption.json")
    eid = bytes.fromhex(v["election_id"])
    ctxs = {int(i): trustee_context(eid, bytes.fromhex(key)) for i, key in v["station_keys"].items()}
    k, n = v["threshold"], v["n_options"]
    dealers = [DealerCommitments.from_obj(d) for d in v["dealers"]]
    for d in dealers:
        verify_commitments(d, k, ctxs[d.dealer])
        for j in ctxs:
            check_share(d, j, Scalar.from_bytes(bytes.fromhex(v["shares"][f"{d.dealer}->{j}"])))
    key = election_key(dealers)
    assert key.hex() == v["election_key"]
    ballots = [EncryptedBallot.from_obj(b, n) for b in v["ballots"]]
    for b, vk in zip(ballots, v["voter_keys"], strict=True):
        verify_ballot(b, key, n, ballot_context(eid, bytes.fromhex(vk)))
    agg = aggregate(ballots, n)
    shares = [DecryptionShare.from_obj(s, n) for s in v["decryption_shares"]]
    for s in shares:
        vk = Point.from_bytes(bytes.fromhex(v["verification_keys"][str(s.trustee)]))
        verify_decryption_share(s, vk, agg, ctxs[s.trustee])
    counts = combine_decryption(agg, shares, k, len(ballots))
    assert list(counts) == v["counts"] == [v["choices"].count(j) for j in range(n)]
    # independent Lagrange coefficients (Python integers)
    idx = [s.trustee for s in shares]
    for i in idx:
        num = den = 1
        for m in idx:
            if m != i:
                num, den = num * m, den * (m - i)
        expected = num * pow(den, -1, ORDER) % ORDER
        assert v["lagrange"][str(i)] == expected.to_bytes(32, "little").hex()
