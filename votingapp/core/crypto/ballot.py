"""An encrypted ballot: one 0/1 ciphertext per option, a 0/1 proof for each, and a proof that they sum to 1.

For option j (0-based, n options) the ballot holds (α_j, β_j) = (r_j·G, r_j·K + m_j·G) with m_j = 1 for the
chosen option and 0 for the others, a disjunctive Chaum-Pedersen proof with ``bind = (n, j)``, and one
Chaum-Pedersen proof with ``bind = (n,)`` that (Σα_j, Σβ_j − G) encrypts 0, i.e. log_G Σα = log_K (Σβ − G)
with witness Σr_j. All challenges bind the election id and the voter key (:func:`ballot_context`).

The randomness r_j is returned apart from the ballot (:class:`BallotSecrets`): it is what the booth shows
when the voter spoils the ballot (Benaloh's cast-or-check), and :func:`check_opened_ballot` recomputes
the ciphertexts from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from votingapp.core.crypto.elgamal import Ciphertext, add_all, encrypt
from votingapp.core.crypto.errors import InvalidBallot, InvalidEncoding, InvalidProof
from votingapp.core.crypto.group import G, Point, Scalar, ScalarSource, random_scalar, require_valid
from votingapp.core.crypto.proofs import (
    TAG_SUM_ONE,
    TAG_ZERO_ONE,
    ChaumPedersenProof,
    ProofContext,
    ZeroOneProof,
    prove_equal_logs,
    prove_zero_one,
    verify_equal_logs,
    verify_zero_one,
)
from votingapp.core.encoding import check_fields, get_int, hex_to_bytes
from votingapp.core.errors import DecodeError

MAX_OPTIONS = 64  # as votingapp.core.manifest.MAX_OPTIONS


def ballot_context(election_id: bytes, voter_key: bytes) -> ProofContext:
    """The proof context of a ballot: the election id and the voter's public key (raw bytes)."""
    return ProofContext(election_id, voter_key)


def _check_options(n_options: int) -> None:
    if not 1 <= n_options <= MAX_OPTIONS:
        raise ValueError(f"a ballot has 1 to {MAX_OPTIONS} options")


def _list(obj: dict[str, Any], key: str, size: int, what: str) -> list[Any]:
    value = obj[key]
    if not isinstance(value, list) or len(value) != size:
        raise DecodeError(f"{what}: field {key!r} must be a list of {size}")
    return value


@dataclass(frozen=True, slots=True)
class EncryptedBallot:
    """The public part of a ballot, as it goes on the chain."""

    ciphertexts: tuple[Ciphertext, ...]
    proofs: tuple[ZeroOneProof, ...]
    sum_proof: ChaumPedersenProof

    def to_obj(self) -> dict[str, Any]:
        return {
            "ciphertexts": [c.to_obj() for c in self.ciphertexts],
            "proofs": [p.to_obj() for p in self.proofs],
            "sum_proof": self.sum_proof.to_obj(),
        }

    @classmethod
    def from_obj(cls, obj: Any, n_options: int) -> EncryptedBallot:
        """Strict structural decoding (scalars canonical); points are checked by :func:`verify_ballot`."""
        _check_options(n_options)
        fields = check_fields(obj, ("ciphertexts", "proofs", "sum_proof"), "ballot")
        return cls(
            tuple(Ciphertext.from_obj(c) for c in _list(fields, "ciphertexts", n_options, "ballot")),
            tuple(ZeroOneProof.from_obj(p) for p in _list(fields, "proofs", n_options, "ballot")),
            ChaumPedersenProof.from_obj(fields["sum_proof"]),
        )


@dataclass(frozen=True, slots=True)
class BallotSecrets:
    """What opens a spoiled ballot: the choice and the randomness of every option. Never for a cast ballot.

    Both are secrets of a ballot that may be cast: ``repr`` shows neither (a log or a traceback must not)."""

    choice: int = field(repr=False)
    randomness: tuple[Scalar, ...] = field(repr=False)

    def to_obj(self) -> dict[str, Any]:
        return {"choice": self.choice, "randomness": [r.hex() for r in self.randomness]}

    @classmethod
    def from_obj(cls, obj: Any, n_options: int) -> BallotSecrets:
        _check_options(n_options)
        fields = check_fields(obj, ("choice", "randomness"), "ballot secrets")
        choice = get_int(fields, "choice", 0, n_options - 1)
        values = _list(fields, "randomness", n_options, "ballot secrets")
        return cls(choice, tuple(Scalar.from_bytes(hex_to_bytes(v, 32, "randomness")) for v in values))


def _sum_statement(ciphertexts: Iterable[Ciphertext]) -> tuple[Point, Point]:
    total = add_all(ciphertexts)
    return total.alpha, total.beta - G


def encrypt_ballot(
    election_key: Point,
    n_options: int,
    choice: int,
    ctx: ProofContext,
    rng: ScalarSource = random_scalar,
) -> tuple[EncryptedBallot, BallotSecrets]:
    """Encrypt ``choice`` (0-based) among ``n_options`` for the election key, with every proof.

    Returns the ballot and, separately, the randomness for cast-or-check.
    """
    _check_options(n_options)
    if not 0 <= choice < n_options:
        raise ValueError(f"choice {choice} is not an option (0..{n_options - 1})")
    randomness = tuple(rng() for _ in range(n_options))
    ciphertexts = tuple(encrypt(election_key, int(j == choice), r) for j, r in enumerate(randomness))
    proofs = tuple(
        prove_zero_one(election_key, c, int(j == choice), r, ctx, tag=TAG_ZERO_ONE, bind=(n_options, j), rng=rng)
        for j, (c, r) in enumerate(zip(ciphertexts, randomness, strict=True))
    )
    total_r = randomness[0]
    for r in randomness[1:]:
        total_r = total_r + r
    alpha_sum, beta_sum_minus_g = _sum_statement(ciphertexts)
    sum_proof = prove_equal_logs(
        total_r, election_key, alpha_sum, beta_sum_minus_g, ctx, tag=TAG_SUM_ONE, bind=(n_options,), rng=rng
    )
    return EncryptedBallot(ciphertexts, proofs, sum_proof), BallotSecrets(choice, randomness)


def verify_ballot(ballot: EncryptedBallot, election_key: Point, n_options: int, ctx: ProofContext) -> None:
    """Check a received ballot: its shape, every point (valid group element) and every proof.

    Raises :class:`InvalidBallot` naming the option at fault (``None``: the shape or the sum proof).
    ``election_key`` is trusted (computed from the verified ceremony).
    """
    _check_options(n_options)
    if len(ballot.ciphertexts) != n_options or len(ballot.proofs) != n_options:
        raise InvalidBallot(f"a ballot of this election has {n_options} ciphertexts and {n_options} proofs")
    for j, (c, proof) in enumerate(zip(ballot.ciphertexts, ballot.proofs, strict=True)):
        try:
            require_valid(c.alpha)
            require_valid(c.beta)
            verify_zero_one(proof, election_key, c, ctx, tag=TAG_ZERO_ONE, bind=(n_options, j))
        except (InvalidEncoding, InvalidProof) as exc:
            raise InvalidBallot(f"option {j}: {exc}", option=j) from None
    alpha_sum, beta_sum_minus_g = _sum_statement(ballot.ciphertexts)
    try:
        verify_equal_logs(
            ballot.sum_proof, election_key, alpha_sum, beta_sum_minus_g, ctx, tag=TAG_SUM_ONE, bind=(n_options,)
        )
    except InvalidProof as exc:
        raise InvalidBallot(f"sum of the options: {exc}") from None


def check_opened_ballot(ballot: EncryptedBallot, election_key: Point, secrets: BallotSecrets) -> bool:
    """Benaloh's check of a spoiled ballot: do the choice and randomness re-encrypt to these ciphertexts?"""
    n = len(ballot.ciphertexts)
    if len(secrets.randomness) != n or not 0 <= secrets.choice < n:
        return False
    if any(r.is_zero() for r in secrets.randomness):
        return False
    expected = tuple(encrypt(election_key, int(j == secrets.choice), r) for j, r in enumerate(secrets.randomness))
    return expected == ballot.ciphertexts


def aggregate(ballots: Iterable[EncryptedBallot], n_options: int) -> tuple[Ciphertext, ...]:
    """(A_j, B_j) = the sum of option j's ciphertexts over the counted ballots (verified beforehand)."""
    _check_options(n_options)
    columns: list[list[Ciphertext]] = [[] for _ in range(n_options)]
    for ballot in ballots:
        if len(ballot.ciphertexts) != n_options:
            raise InvalidBallot(f"a ballot of this election has {n_options} ciphertexts")
        for j, c in enumerate(ballot.ciphertexts):
            columns[j].append(c)
    return tuple(add_all(column) for column in columns)
