"""The group layer over libsodium: scalar arithmetic agrees with integers mod L, the identity and the zero
scalar are handled where libsodium refuses them, every invalid point is refused, hash inputs are unambiguous,
and the small discrete log finds exactly the counts in range."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from votingapp.core.crypto.elgamal import ZERO_CIPHERTEXT, add_all, decrypt_point, encrypt, small_dlog
from votingapp.core.crypto.errors import CountOutOfRange, InvalidEncoding, InvalidProof
from votingapp.core.crypto.group import (
    DOMAIN,
    IDENTITY,
    ONE,
    ZERO,
    G,
    L,
    Point,
    Scalar,
    SeededScalars,
    base_mul,
    hash_encoding,
    hash_to_scalar,
    is_valid_point,
    mul,
    random_scalar,
    require_valid,
    small_mul,
)
from votingapp.core.crypto.proofs import (
    ChaumPedersenProof,
    ProofContext,
    SchnorrProof,
    prove_equal_logs,
    prove_schnorr,
    verify_equal_logs,
    verify_schnorr,
)

SMALL_ORDER = Point(bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"))
CTX = ProofContext(b"election", b"signer")
scalars = st.integers(0, L - 1)
few = settings(max_examples=25, deadline=None)


@few
@given(scalars, scalars)
def test_scalar_arithmetic_is_arithmetic_mod_l(a: int, b: int) -> None:
    x, y = Scalar.from_int(a), Scalar.from_int(b)
    assert int(x + y) == (a + b) % L
    assert int(x - y) == (a - b) % L
    assert int(x * y) == (a * b) % L
    assert int(-x) == (-a) % L
    if a:
        assert int(x.inverse()) == pow(a, -1, L)


@few
@given(scalars, scalars)
def test_multiplication_is_linear_and_handles_zero(a: int, b: int) -> None:
    x, y = Scalar.from_int(a), Scalar.from_int(b)
    assert base_mul(x) + base_mul(y) == base_mul(x + y)
    assert mul(x, base_mul(y)) == mul(y, base_mul(x)) == base_mul(x * y)
    assert base_mul(x) - base_mul(x) == IDENTITY


def test_identity_and_zero_never_reach_libsodium_multiplication() -> None:
    assert base_mul(ZERO) == IDENTITY
    assert mul(ZERO, G) == IDENTITY
    assert mul(Scalar.from_int(5), IDENTITY) == IDENTITY
    assert small_mul(0, G) == IDENTITY and small_mul(1, G) == G and small_mul(3, G) == G + G + G
    assert G + IDENTITY == G and G - G == IDENTITY and -G + G == IDENTITY
    assert Scalar.from_int(L) == ZERO and Scalar.from_int(-1) + ONE == ZERO
    with pytest.raises(ValueError):
        ZERO.inverse()


def test_degenerate_proofs_are_refused_not_crashing() -> None:
    """c = 0 and z = 0 make the verifier multiply by the zero scalar, which libsodium refuses: a clean refusal."""
    public = base_mul(random_scalar())
    with pytest.raises(InvalidProof):
        verify_schnorr(SchnorrProof(ZERO, ZERO), public, CTX)
    with pytest.raises(InvalidProof):
        verify_equal_logs(ChaumPedersenProof(ZERO, ZERO), G, public, public, CTX)
    x = random_scalar()
    verify_schnorr(prove_schnorr(x, base_mul(x), CTX), base_mul(x), CTX)
    verify_equal_logs(prove_equal_logs(x, G, base_mul(x), base_mul(x), CTX), G, base_mul(x), base_mul(x), CTX)


@settings(max_examples=60, deadline=None)
@given(st.binary(min_size=32, max_size=32))
def test_random_bytes_are_accepted_only_as_valid_points(data: bytes) -> None:
    if is_valid_point(data):
        point = Point.from_bytes(data)
        assert mul(Scalar.from_int(L - 1), point) == -point  # in the subgroup of order L
    else:
        with pytest.raises(InvalidEncoding):
            Point.from_bytes(data)


@few
@given(st.integers(1, L - 1))
def test_a_subgroup_point_plus_a_small_order_component_is_refused(k: int) -> None:
    p = base_mul(Scalar.from_int(k))
    assert is_valid_point(p.encoding)
    assert not is_valid_point((p + SMALL_ORDER).encoding)
    with pytest.raises(InvalidEncoding):
        require_valid(p + SMALL_ORDER)


def test_encodings_of_wrong_length_and_non_canonical_scalars_are_refused() -> None:
    for n in (0, 31, 33):
        with pytest.raises(InvalidEncoding):
            Point.from_bytes(bytes(n))
        with pytest.raises(InvalidEncoding):
            Scalar.from_bytes(bytes(n))
    with pytest.raises(InvalidEncoding):
        Scalar.from_bytes(L.to_bytes(32, "little"))
    assert int(Scalar.from_bytes((L - 1).to_bytes(32, "little"))) == L - 1
    assert not is_valid_point(IDENTITY.encoding)


def test_a_proof_about_an_invalid_point_is_not_a_way_in() -> None:
    """The verifiers take validated points; a small-order 'public key' makes a Schnorr proof fail, not crash."""
    proof = prove_schnorr(random_scalar(), G, CTX)
    with pytest.raises((InvalidProof, InvalidEncoding)):
        verify_schnorr(proof, require_valid(SMALL_ORDER), CTX)


def test_hash_inputs_are_length_prefixed_and_typed() -> None:
    tag = DOMAIN + "t"
    assert hash_to_scalar(tag, b"ab", b"c") != hash_to_scalar(tag, b"a", b"bc")
    assert hash_to_scalar(tag, b"") != hash_to_scalar(tag)
    assert hash_encoding(tag, 1) == hash_encoding(tag, bytes(7) + b"\x01")  # an int is 8 bytes big-endian
    assert hash_encoding(tag, G) == hash_encoding(tag, G.encoding)
    assert hash_to_scalar(DOMAIN + "a", b"x") != hash_to_scalar(DOMAIN + "b", b"x")
    digest = hashlib.sha512(hash_encoding(tag, b"x")).digest()
    assert int(hash_to_scalar(tag, b"x")) == int.from_bytes(digest, "little") % L
    with pytest.raises(ValueError):
        hash_to_scalar("other/domain", b"x")
    with pytest.raises(ValueError):
        hash_encoding(tag, -1)
    with pytest.raises(ValueError):
        hash_encoding(tag, 2**64)
    with pytest.raises(TypeError):
        hash_encoding(tag, True)
    with pytest.raises(TypeError):
        hash_encoding(tag, "text")  # type: ignore[arg-type]


def test_seeded_scalars_are_deterministic_and_random_scalars_are_not() -> None:
    a, b = SeededScalars(b"s"), SeededScalars(b"s")
    assert [a() for _ in range(3)] == [b() for _ in range(3)]
    assert SeededScalars(b"t")() != SeededScalars(b"s")()
    assert random_scalar() != random_scalar()


@pytest.mark.parametrize("bound", [0, 1, 2, 3, 10, 50, 99, 1000])
def test_small_dlog_finds_every_count_in_range_and_nothing_beyond(bound: int) -> None:
    for m in {0, min(1, bound), bound // 2, bound}:
        assert small_dlog(small_mul(m, G), bound) == m
    with pytest.raises(CountOutOfRange):
        small_dlog(small_mul(bound + 1, G), bound)
    with pytest.raises(CountOutOfRange):
        small_dlog(-G, bound)
    with pytest.raises(CountOutOfRange):
        small_dlog(base_mul(random_scalar()), bound)


def test_elgamal_is_additively_homomorphic_and_a_zero_count_decrypts_to_the_identity() -> None:
    s = random_scalar()
    key = base_mul(s)
    zeros = [encrypt(key, 0, random_scalar()) for _ in range(5)]
    assert decrypt_point(s, add_all(zeros)) == IDENTITY
    assert small_dlog(decrypt_point(s, add_all(zeros)), 5) == 0
    mixed = [encrypt(key, m, random_scalar()) for m in (1, 0, 1, 1, 0, 7)]
    assert small_dlog(decrypt_point(s, add_all(mixed)), 20) == 10
    assert add_all([]) == ZERO_CIPHERTEXT
    with pytest.raises(ValueError):
        encrypt(key, 1, ZERO)
