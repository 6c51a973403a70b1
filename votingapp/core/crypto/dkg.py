"""The key ceremony without a dealer (joint Feldman) and the threshold decryption of the tally.

Trustees are numbered 1..n (index 0 would be the secret itself); the threshold is k (1 <= k <= n).

Ceremony, for each trustee i (docs/design.md section 10):

1. a random polynomial f_i(t) = a_i,0 + a_i,1·t + ... + a_i,k−1·t^(k−1) (:func:`new_polynomial`);
2. commitments C_i,l = a_i,l·G with a Schnorr proof of knowledge of a_i,0 (tag ``dkg-pok``,
   ``bind = (i, k)``, context = election id and i's station key) (:func:`commit`, checked by
   :func:`verify_commitments`), and for each trustee j the share f_i(j) encrypted to j with HPKE
   (:func:`encrypt_share`);
3. trustee j decrypts its shares (:func:`decrypt_share`) and checks f_i(j)·G = Σ_l j^l·C_i,l
   (:func:`check_share`); a bad share raises :class:`BadShare` naming dealer i.

Then K = Σ_i C_i,0 (:func:`election_key`), x_j = Σ_i f_i(j) (:func:`combine_shares`, secret) and
X_j = Σ_i Σ_l j^l·C_i,l = x_j·G (:func:`verification_key`, public).

Decryption of an aggregate (A_o, B_o) per option o: trustee i publishes D_i,o = x_i·A_o with a
Chaum-Pedersen proof that log_G X_i = log_A_o D_i,o (tag ``decryption-share``, ``bind = (i, o)``, context =
election id and i's station key). With k valid shares from distinct trustees S:
M_o = B_o − Σ_{i∈S} λ_i·D_i,o with λ_i = Π_{m∈S, m≠i} m / (m − i) mod L, and count_o = dlog_G M_o.

Share encryption: RFC 9180 HPKE, base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305
(``cryptography``'s ``hpke.Suite``); plaintext = the 32-byte scalar; ``info`` =
``lp("votingapp/secret-ballot/v1/dkg-share") || lp(election_id) || lp(dealer as 8 bytes BE) ||
lp(recipient as 8 bytes BE)`` (lp as in group.py); ciphertext = enc (32) || AEAD output (48) = 80 bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from votingapp.core.crypto.elgamal import Ciphertext, small_dlog
from votingapp.core.crypto.errors import (
    BadCommitments,
    BadDecryptionShare,
    BadShare,
    CryptoError,
    FalseComplaint,
    InvalidEncoding,
    InvalidProof,
    NotEnoughShares,
)
from votingapp.core.crypto.group import (
    DOMAIN,
    IDENTITY,
    ONE,
    ZERO,
    Point,
    Scalar,
    ScalarSource,
    base_mul,
    hash_encoding,
    mul,
    random_scalar,
    require_valid,
)
from votingapp.core.crypto.proofs import (
    TAG_DECRYPTION,
    TAG_DKG_POK,
    ChaumPedersenProof,
    ProofContext,
    SchnorrProof,
    prove_equal_logs,
    prove_schnorr,
    verify_equal_logs,
    verify_schnorr,
)
from votingapp.core.encoding import check_fields, get_int, hex_to_bytes
from votingapp.core.errors import DecodeError

MAX_TRUSTEES = 64
SHARE_INFO_TAG = DOMAIN + "dkg-share"
HPKE_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.CHACHA20_POLY1305)
SHARE_CIPHERTEXT_SIZE = 80


def _check_index(i: int, what: str = "trustee index") -> None:
    if type(i) is not int or not 1 <= i <= MAX_TRUSTEES:
        raise ValueError(f"{what} must be in 1..{MAX_TRUSTEES}")


def trustee_context(election_id: bytes, station_key: bytes) -> ProofContext:
    """The proof context of a trustee's ceremony and decryption proofs: election id and its station key."""
    return ProofContext(election_id, station_key)


# ---- polynomials and commitments ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Polynomial:
    """A trustee's secret polynomial: coefficients a_0..a_(k−1). Never published (nor in its ``repr``)."""

    coefficients: tuple[Scalar, ...] = field(repr=False)

    def __call__(self, j: int) -> Scalar:
        """f(j) mod L (Horner)."""
        x = Scalar.from_int(j)
        acc = ZERO
        for a in reversed(self.coefficients):
            acc = acc * x + a
        return acc


def new_polynomial(threshold: int, rng: ScalarSource = random_scalar) -> Polynomial:
    """A random polynomial of degree threshold − 1 (all coefficients non-zero)."""
    _check_index(threshold, "threshold")
    return Polynomial(tuple(rng() for _ in range(threshold)))


@dataclass(frozen=True, slots=True)
class DealerCommitments:
    """What dealer i publishes: C_i,l = a_i,l·G for l = 0..k−1 and a Schnorr proof of knowledge of a_i,0."""

    dealer: int
    commitments: tuple[Point, ...]
    proof: SchnorrProof

    def to_obj(self) -> dict[str, Any]:
        return {
            "dealer": self.dealer,
            "commitments": [c.hex() for c in self.commitments],
            "proof": self.proof.to_obj(),
        }

    @classmethod
    def from_obj(cls, obj: Any) -> DealerCommitments:
        """Strict structural decoding; the points are checked by :func:`verify_commitments`."""
        fields = check_fields(obj, ("dealer", "commitments", "proof"), "commitments")
        values = fields["commitments"]
        if not isinstance(values, list) or not 1 <= len(values) <= MAX_TRUSTEES:
            raise DecodeError(f"commitments: 1 to {MAX_TRUSTEES} points")
        return cls(
            get_int(fields, "dealer", 1, MAX_TRUSTEES),
            tuple(Point(hex_to_bytes(v, 32, "commitment")) for v in values),
            SchnorrProof.from_obj(fields["proof"]),
        )


def commit(poly: Polynomial, dealer: int, ctx: ProofContext, rng: ScalarSource = random_scalar) -> DealerCommitments:
    """Dealer ``dealer``'s commitments to ``poly`` with the proof of knowledge of its constant term."""
    _check_index(dealer)
    commitments = tuple(base_mul(a) for a in poly.coefficients)
    proof = prove_schnorr(
        poly.coefficients[0], commitments[0], ctx, tag=TAG_DKG_POK, bind=(dealer, len(commitments)), rng=rng
    )
    return DealerCommitments(dealer, commitments, proof)


def verify_commitments(dc: DealerCommitments, threshold: int, ctx: ProofContext) -> None:
    """:class:`BadCommitments` (naming the dealer) unless there are ``threshold`` valid points and the proof holds."""
    if len(dc.commitments) != threshold:
        raise BadCommitments(
            f"dealer {dc.dealer}: {len(dc.commitments)} commitments, not {threshold}", dealer=dc.dealer
        )
    try:
        for c in dc.commitments:
            require_valid(c)
        verify_schnorr(dc.proof, dc.commitments[0], ctx, tag=TAG_DKG_POK, bind=(dc.dealer, threshold))
    except (InvalidEncoding, InvalidProof) as exc:
        raise BadCommitments(f"dealer {dc.dealer}: {exc}", dealer=dc.dealer) from None


def _eval_in_exponent(commitments: Sequence[Point], j: int) -> Point:
    """Σ_l j^l·C_l (Horner: k − 1 multiplications by the small j)."""
    x = Scalar.from_int(j)
    acc = IDENTITY
    for c in reversed(commitments):
        acc = mul(x, acc) + c
    return acc


def check_share(dc: DealerCommitments, recipient: int, share: Scalar) -> None:
    """:class:`BadShare` naming the dealer unless share·G = Σ_l recipient^l·C_l (commitments verified)."""
    _check_index(recipient)
    if base_mul(share) != _eval_in_exponent(dc.commitments, recipient):
        raise BadShare(
            f"the share from dealer {dc.dealer} to trustee {recipient} does not match the dealer's commitments",
            dealer=dc.dealer,
            recipient=recipient,
        )


def combine_shares(shares: Sequence[Scalar]) -> Scalar:
    """x_j = Σ_i f_i(j): trustee j's secret share of the election key (kept at rest, never published)."""
    total = ZERO
    for s in shares:
        total = total + s
    return total


def election_key(dealers: Sequence[DealerCommitments]) -> Point:
    """K = Σ_i C_i,0 over the verified dealers (refuses the identity: colluding dealers could cancel out)."""
    if not dealers:
        raise ValueError("no dealer")
    key = IDENTITY
    for dc in dealers:
        key = key + dc.commitments[0]
    if key.is_identity():
        raise CryptoError("the election key is the identity")
    return key


def verification_key(dealers: Sequence[DealerCommitments], j: int) -> Point:
    """X_j = Σ_i Σ_l j^l·C_i,l = x_j·G, trustee j's public verification key."""
    _check_index(j)
    if not dealers or len({len(dc.commitments) for dc in dealers}) != 1:
        raise ValueError("the dealers must have the same number of commitments")
    k = len(dealers[0].commitments)
    summed = []
    for level in range(k):
        total = IDENTITY
        for dc in dealers:
            total = total + dc.commitments[level]
        summed.append(total)
    return _eval_in_exponent(summed, j)


def lagrange_coefficient(i: int, indexes: Sequence[int]) -> Scalar:
    """λ_i = Π_{m in indexes, m ≠ i} m / (m − i) mod L: the weight of share i when interpolating at 0."""
    if i not in indexes or len(set(indexes)) != len(indexes):
        raise ValueError("i must be one of distinct indexes")
    num, den = ONE, ONE
    for m in indexes:
        if m != i:
            num = num * Scalar.from_int(m)
            den = den * Scalar.from_int(m - i)
    return num * den.inverse()


# ---- share encryption (HPKE) --------------------------------------------------------------------------------


_KEY_PROBE = X25519PrivateKey.from_private_bytes(b"\x01" + bytes(31))  # public; X25519 clamps it to 2^254


def is_usable_share_key(raw: bytes) -> bool:
    """Whether a trustee's X25519 public key (32 raw bytes) can receive shares: not of small order.

    X25519 (RFC 7748) of the key with the fixed private key ``01 00 .. 00`` must not be 32 zero bytes (it is
    for exactly the keys of small order, whatever the private key: HPKE then refuses to encrypt to them).
    """
    if type(raw) is not bytes or len(raw) != 32:
        return False
    try:
        _KEY_PROBE.exchange(X25519PublicKey.from_public_bytes(raw))
    except ValueError:  # an all-zero shared secret
        return False
    return True


def share_info(election_id: bytes, dealer: int, recipient: int) -> bytes:
    """HPKE ``info`` of the share from ``dealer`` to ``recipient`` (see the module docstring)."""
    return hash_encoding(SHARE_INFO_TAG, election_id, dealer, recipient)


def encrypt_share(
    share: Scalar, recipient_key: X25519PublicKey, election_id: bytes, dealer: int, recipient: int
) -> bytes:
    """f_dealer(recipient) encrypted to the recipient's X25519 key: 80 bytes."""
    _check_index(dealer)
    _check_index(recipient)
    return HPKE_SUITE.encrypt(share.encoding, recipient_key, info=share_info(election_id, dealer, recipient))


def decrypt_share(
    ciphertext: bytes, private_key: X25519PrivateKey, election_id: bytes, dealer: int, recipient: int
) -> Scalar:
    """The recipient's share from ``dealer``; :class:`BadShare` naming the dealer if it does not decrypt."""
    _check_index(dealer)
    _check_index(recipient)
    if len(ciphertext) != SHARE_CIPHERTEXT_SIZE:
        raise BadShare(f"the share from dealer {dealer} has a wrong size", dealer=dealer, recipient=recipient)
    try:
        plain = HPKE_SUITE.decrypt(ciphertext, private_key, info=share_info(election_id, dealer, recipient))
        return Scalar.from_bytes(plain)
    except (InvalidTag, InvalidEncoding, ValueError):
        raise BadShare(
            f"the share from dealer {dealer} to trustee {recipient} does not decrypt",
            dealer=dealer,
            recipient=recipient,
        ) from None


def check_complaint(
    private_key: bytes, published_key: bytes, box: bytes, dc: DealerCommitments, election_id: bytes, recipient: int
) -> None:
    """:class:`FalseComplaint` unless trustee ``recipient``'s complaint about dealer ``dc.dealer`` holds.

    ``private_key`` is the X25519 private key the complaint reveals: it must be the one of ``published_key``
    (the recipient's ``trustee_key``), and with it the dealer's ``box`` to the recipient must not decrypt to a
    scalar that matches the dealer's (verified) commitments.
    """
    _check_index(recipient)
    try:
        revealed = X25519PrivateKey.from_private_bytes(private_key)
    except ValueError:
        raise FalseComplaint("the complaint does not reveal an X25519 private key") from None
    if revealed.public_key().public_bytes_raw() != published_key:
        raise FalseComplaint(f"the key the complaint reveals is not trustee {recipient}'s published key")
    try:
        check_share(dc, recipient, decrypt_share(box, revealed, election_id, dc.dealer, recipient))
    except BadShare:
        return
    raise FalseComplaint(
        f"the share from dealer {dc.dealer} to trustee {recipient} is good (it matches the dealer's commitments)"
    )


# ---- threshold decryption -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DecryptionShare:
    """Trustee i's share of the decryption of an aggregate: D_i,o = x_i·A_o and a proof, per option o."""

    trustee: int
    factors: tuple[Point, ...]
    proofs: tuple[ChaumPedersenProof, ...]

    def to_obj(self) -> dict[str, Any]:
        return {
            "trustee": self.trustee,
            "factors": [d.hex() for d in self.factors],
            "proofs": [p.to_obj() for p in self.proofs],
        }

    @classmethod
    def from_obj(cls, obj: Any, n_options: int) -> DecryptionShare:
        """Strict structural decoding; points are checked by :func:`verify_decryption_share`."""
        fields = check_fields(obj, ("trustee", "factors", "proofs"), "decryption share")
        factors, proofs = fields["factors"], fields["proofs"]
        for value in (factors, proofs):
            if not isinstance(value, list) or len(value) != n_options:
                raise DecodeError(f"decryption share: {n_options} factors and proofs")
        return cls(
            get_int(fields, "trustee", 1, MAX_TRUSTEES),
            tuple(Point(hex_to_bytes(v, 32, "factor")) for v in factors),
            tuple(ChaumPedersenProof.from_obj(p) for p in proofs),
        )


def make_decryption_share(
    secret: Scalar,
    trustee: int,
    aggregate: Sequence[Ciphertext],
    ctx: ProofContext,
    rng: ScalarSource = random_scalar,
) -> DecryptionShare:
    """Trustee ``trustee``'s decryption share of ``aggregate`` (one ciphertext per option)."""
    _check_index(trustee)
    public = base_mul(secret)
    factors = tuple(mul(secret, c.alpha) for c in aggregate)
    proofs = tuple(
        prove_equal_logs(secret, c.alpha, public, d, ctx, tag=TAG_DECRYPTION, bind=(trustee, o), rng=rng)
        for o, (c, d) in enumerate(zip(aggregate, factors, strict=True))
    )
    return DecryptionShare(trustee, factors, proofs)


def verify_decryption_share(
    share: DecryptionShare, verification_key: Point, aggregate: Sequence[Ciphertext], ctx: ProofContext
) -> None:
    """:class:`BadDecryptionShare` naming the trustee unless every factor is valid and proven.

    A factor of an aggregate whose α is the identity (no ballot) must be the identity; any other factor
    must be a valid group element.
    """
    t = share.trustee
    if len(share.factors) != len(aggregate) or len(share.proofs) != len(aggregate):
        raise BadDecryptionShare(f"trustee {t}: {len(aggregate)} factors and proofs expected", trustee=t)
    for o, (c, d, proof) in enumerate(zip(aggregate, share.factors, share.proofs, strict=True)):
        try:
            if c.alpha.is_identity():
                if not d.is_identity():
                    raise InvalidEncoding("the factor of an empty aggregate must be the identity")
            else:
                require_valid(d)
            verify_equal_logs(proof, c.alpha, verification_key, d, ctx, tag=TAG_DECRYPTION, bind=(t, o))
        except (InvalidEncoding, InvalidProof) as exc:
            raise BadDecryptionShare(f"trustee {t}, option {o}: {exc}", trustee=t, option=o) from None


def combine_decryption(
    aggregate: Sequence[Ciphertext], shares: Sequence[DecryptionShare], threshold: int, max_count: int
) -> tuple[int, ...]:
    """The counts from ``threshold`` or more *verified* shares of distinct trustees.

    M_o = B_o − Σ λ_i·D_i,o, count_o = dlog_G M_o in 0..max_count (:class:`CountOutOfRange` otherwise).
    """
    indexes = [s.trustee for s in shares]
    if len(set(indexes)) != len(indexes):
        raise NotEnoughShares("two decryption shares from the same trustee")
    if len(indexes) < threshold:
        raise NotEnoughShares(f"{len(indexes)} of {threshold} decryption shares")
    lambdas = {i: lagrange_coefficient(i, indexes) for i in indexes}
    counts = []
    for o, c in enumerate(aggregate):
        m = c.beta
        for s in shares:
            m = m - mul(lambdas[s.trustee], s.factors[o])
        counts.append(small_dlog(m, max_count))
    return tuple(counts)
