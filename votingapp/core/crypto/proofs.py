"""Non-interactive zero-knowledge proofs (Fiat-Shamir), each in the compact (challenge, response) form.

Every challenge is ``hash_to_scalar(tag, election_id, signer, *bind, <statement>, <commitments>)``
(group.py gives the byte encoding): the tag separates the kinds of proof and their uses, ``election_id``
and ``signer`` (the voter key of a ballot, the station key of a trustee) come from the
:class:`ProofContext`, and ``bind`` holds the small integers of the use (an option index, a trustee
index). A proof moved to another election, voter, trustee, option or statement therefore fails.

Proofs, with witness and verification (G the base point; all points validated by the caller):

* Schnorr, knowledge of x with X = x·G. Prover: w random, A = w·G, c = H(tag, eid, signer, *bind, X, A),
  z = w + c·x. Verifier: A' = z·G − c·X, accept iff c = H(tag, eid, signer, *bind, X, A').
* Chaum-Pedersen, log_G X = log_H D (witness x). Prover: a = w·G, b = w·H,
  c = H(tag, eid, signer, *bind, H, X, D, a, b), z = w + c·x. Verifier recomputes a' = z·G − c·X,
  b' = z·H − c·D and compares c. Used for decryption shares (H = A, X = X_i, D = x_i·A) and for the
  "sum = 1" proof of a ballot (H = K, X = Σα, D = Σβ − G, x = Σr).
* Disjunctive Chaum-Pedersen 0/1 for (α, β) under K: (c0, c1, z0, z1) with, for t in {0, 1},
  a_t = z_t·G − c_t·α, b_t = z_t·K − c_t·(β − t·G), accept iff
  c0 + c1 = H(tag, eid, signer, *bind, K, α, β, a0, b0, a1, b1).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from votingapp.core.crypto.elgamal import Ciphertext
from votingapp.core.crypto.errors import InvalidProof
from votingapp.core.crypto.group import (
    DOMAIN,
    G,
    HashInput,
    Point,
    Scalar,
    ScalarSource,
    base_mul,
    hash_to_scalar,
    mul,
    random_scalar,
    small_mul,
)
from votingapp.core.encoding import check_fields, get_hex

TAG_SCHNORR = DOMAIN + "schnorr"
TAG_DKG_POK = DOMAIN + "dkg-pok"  # Schnorr; bind = (dealer index, threshold)
TAG_ZERO_ONE = DOMAIN + "zero-one"  # bind = (number of options, option index)
TAG_SUM_ONE = DOMAIN + "sum-one"  # Chaum-Pedersen; bind = (number of options,)
TAG_DECRYPTION = DOMAIN + "decryption-share"  # Chaum-Pedersen; bind = (trustee index, option index)
TAG_EQUAL_LOGS = DOMAIN + "chaum-pedersen"


@dataclass(frozen=True, slots=True)
class ProofContext:
    """What every challenge binds: the election id and the key of whoever publishes the proof."""

    election_id: bytes
    signer: bytes


def _scalar(fields: dict[str, Any], key: str) -> Scalar:
    return Scalar.from_bytes(get_hex(fields, key, 32))


@dataclass(frozen=True, slots=True)
class SchnorrProof:
    """Proof of knowledge of log_G X: challenge c, response z."""

    c: Scalar
    z: Scalar

    def to_obj(self) -> dict[str, Any]:
        return {"c": self.c.hex(), "z": self.z.hex()}

    @classmethod
    def from_obj(cls, obj: Any) -> SchnorrProof:
        fields = check_fields(obj, ("c", "z"), "proof")
        return cls(_scalar(fields, "c"), _scalar(fields, "z"))


@dataclass(frozen=True, slots=True)
class ChaumPedersenProof:
    """Proof that log_G X = log_H D: challenge c, response z."""

    c: Scalar
    z: Scalar

    def to_obj(self) -> dict[str, Any]:
        return {"c": self.c.hex(), "z": self.z.hex()}

    @classmethod
    def from_obj(cls, obj: Any) -> ChaumPedersenProof:
        fields = check_fields(obj, ("c", "z"), "proof")
        return cls(_scalar(fields, "c"), _scalar(fields, "z"))


@dataclass(frozen=True, slots=True)
class ZeroOneProof:
    """Proof that a ciphertext encrypts 0 or 1: the challenges and responses of both branches."""

    c0: Scalar
    c1: Scalar
    z0: Scalar
    z1: Scalar

    def to_obj(self) -> dict[str, Any]:
        return {"c0": self.c0.hex(), "c1": self.c1.hex(), "z0": self.z0.hex(), "z1": self.z1.hex()}

    @classmethod
    def from_obj(cls, obj: Any) -> ZeroOneProof:
        fields = check_fields(obj, ("c0", "c1", "z0", "z1"), "0/1 proof")
        return cls(_scalar(fields, "c0"), _scalar(fields, "c1"), _scalar(fields, "z0"), _scalar(fields, "z1"))


# ---- Schnorr ------------------------------------------------------------------------------------------------


def prove_schnorr(
    secret: Scalar,
    public: Point,
    ctx: ProofContext,
    *,
    tag: str = TAG_SCHNORR,
    bind: tuple[HashInput, ...] = (),
    rng: ScalarSource = random_scalar,
) -> SchnorrProof:
    """Prove knowledge of ``secret`` with ``public`` = secret·G."""
    w = rng()
    commitment = base_mul(w)
    c = hash_to_scalar(tag, ctx.election_id, ctx.signer, *bind, public, commitment)
    return SchnorrProof(c, w + c * secret)


def verify_schnorr(
    proof: SchnorrProof,
    public: Point,
    ctx: ProofContext,
    *,
    tag: str = TAG_SCHNORR,
    bind: tuple[HashInput, ...] = (),
) -> None:
    """:class:`InvalidProof` unless ``proof`` shows knowledge of log_G ``public`` (a validated point)."""
    commitment = base_mul(proof.z) - mul(proof.c, public)
    if hash_to_scalar(tag, ctx.election_id, ctx.signer, *bind, public, commitment) != proof.c:
        raise InvalidProof("Schnorr proof does not verify")


# ---- Chaum-Pedersen -----------------------------------------------------------------------------------------


def prove_equal_logs(
    secret: Scalar,
    base: Point,
    public: Point,
    image: Point,
    ctx: ProofContext,
    *,
    tag: str = TAG_EQUAL_LOGS,
    bind: tuple[HashInput, ...] = (),
    rng: ScalarSource = random_scalar,
) -> ChaumPedersenProof:
    """Prove log_G ``public`` = log_``base`` ``image`` = ``secret``."""
    w = rng()
    a = base_mul(w)
    b = mul(w, base)
    c = hash_to_scalar(tag, ctx.election_id, ctx.signer, *bind, base, public, image, a, b)
    return ChaumPedersenProof(c, w + c * secret)


def verify_equal_logs(
    proof: ChaumPedersenProof,
    base: Point,
    public: Point,
    image: Point,
    ctx: ProofContext,
    *,
    tag: str = TAG_EQUAL_LOGS,
    bind: tuple[HashInput, ...] = (),
) -> None:
    """:class:`InvalidProof` unless log_G ``public`` = log_``base`` ``image`` is proven."""
    a = base_mul(proof.z) - mul(proof.c, public)
    b = mul(proof.z, base) - mul(proof.c, image)
    if hash_to_scalar(tag, ctx.election_id, ctx.signer, *bind, base, public, image, a, b) != proof.c:
        raise InvalidProof("Chaum-Pedersen proof does not verify")


# ---- disjunctive 0/1 ----------------------------------------------------------------------------------------


def prove_zero_one(
    key: Point,
    ciphertext: Ciphertext,
    m: int,
    r: Scalar,
    ctx: ProofContext,
    *,
    tag: str = TAG_ZERO_ONE,
    bind: tuple[HashInput, ...] = (),
    rng: ScalarSource = random_scalar,
) -> ZeroOneProof:
    """Prove that ``ciphertext`` = (r·G, r·K + m·G) encrypts 0 or 1 (m is the true value)."""
    if m not in (0, 1):
        raise ValueError("a 0/1 proof needs m in {0, 1}")
    alpha, beta = ciphertext.alpha, ciphertext.beta
    other = 1 - m
    c_sim, z_sim = rng(), rng()
    a_sim = base_mul(z_sim) - mul(c_sim, alpha)
    b_sim = mul(z_sim, key) - mul(c_sim, beta - small_mul(other, G))
    w = rng()
    a_real, b_real = base_mul(w), mul(w, key)
    commitments = (a_real, b_real, a_sim, b_sim) if m == 0 else (a_sim, b_sim, a_real, b_real)
    c = hash_to_scalar(tag, ctx.election_id, ctx.signer, *bind, key, alpha, beta, *commitments)
    c_real = c - c_sim
    z_real = w + c_real * r
    if m == 0:
        return ZeroOneProof(c_real, c_sim, z_real, z_sim)
    return ZeroOneProof(c_sim, c_real, z_sim, z_real)


def verify_zero_one(
    proof: ZeroOneProof,
    key: Point,
    ciphertext: Ciphertext,
    ctx: ProofContext,
    *,
    tag: str = TAG_ZERO_ONE,
    bind: tuple[HashInput, ...] = (),
) -> None:
    """:class:`InvalidProof` unless ``ciphertext`` (validated points) is proven to encrypt 0 or 1 under K."""
    alpha, beta = ciphertext.alpha, ciphertext.beta
    a0 = base_mul(proof.z0) - mul(proof.c0, alpha)
    b0 = mul(proof.z0, key) - mul(proof.c0, beta)
    a1 = base_mul(proof.z1) - mul(proof.c1, alpha)
    b1 = mul(proof.z1, key) - mul(proof.c1, beta - G)
    c = hash_to_scalar(tag, ctx.election_id, ctx.signer, *bind, key, alpha, beta, a0, b0, a1, b1)
    if proof.c0 + proof.c1 != c:
        raise InvalidProof("0/1 proof does not verify")
