"""Exponential ElGamal over the group: (α, β) = (r·G, r·K + m·G), additive homomorphism, small discrete log.

The message m is a small non-negative integer (0 or 1 in a ballot, a count in an aggregate). Adding two
ciphertexts adds their messages; only aggregates are ever decrypted, and the count is recovered from
M = count·G by baby-step giant-step over 0 <= count <= the number of ballots.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from votingapp.core.crypto.errors import CountOutOfRange
from votingapp.core.crypto.group import IDENTITY, G, Point, Scalar, base_mul, mul, require_valid, small_mul
from votingapp.core.encoding import check_fields, get_hex


@dataclass(frozen=True, slots=True)
class Ciphertext:
    """An exponential-ElGamal ciphertext (α, β)."""

    alpha: Point
    beta: Point

    def __add__(self, other: Ciphertext) -> Ciphertext:
        return Ciphertext(self.alpha + other.alpha, self.beta + other.beta)

    def require_valid(self) -> None:
        """Both points acceptable from outside (:class:`InvalidEncoding` otherwise)."""
        require_valid(self.alpha)
        require_valid(self.beta)

    def to_obj(self) -> dict[str, Any]:
        return {"alpha": self.alpha.hex(), "beta": self.beta.hex()}

    @classmethod
    def from_obj(cls, obj: Any) -> Ciphertext:
        """Strict structural decoding; the points are validated by the ``verify_*`` functions, not here."""
        fields = check_fields(obj, ("alpha", "beta"), "ciphertext")
        return cls(Point(get_hex(fields, "alpha", 32)), Point(get_hex(fields, "beta", 32)))


ZERO_CIPHERTEXT = Ciphertext(IDENTITY, IDENTITY)
"""The neutral element of ciphertext addition (the aggregate of no ballot)."""


def encrypt(key: Point, m: int, r: Scalar) -> Ciphertext:
    """(r·G, r·K + m·G) for the election key K and a message m >= 0."""
    if r.is_zero():
        raise ValueError("the randomness of an encryption must not be zero")
    return Ciphertext(base_mul(r), mul(r, key) + small_mul(m, G))


def add_all(ciphertexts: Iterable[Ciphertext]) -> Ciphertext:
    """The homomorphic sum (the identity pair for none)."""
    total = ZERO_CIPHERTEXT
    for c in ciphertexts:
        total = total + c
    return total


def decrypt_point(secret: Scalar, ciphertext: Ciphertext) -> Point:
    """M = β − s·α with the whole secret key s (one trustee, or tests); the count is :func:`small_dlog` of M."""
    return ciphertext.beta - mul(secret, ciphertext.alpha)


@lru_cache(maxsize=8)
def _baby_steps(m: int) -> dict[bytes, int]:
    table: dict[bytes, int] = {}
    point = IDENTITY
    for j in range(m):
        table[point.encoding] = j
        point = point + G
    return table


def small_dlog(point: Point, bound: int) -> int:
    """The m with m·G = point and 0 <= m <= bound (baby-step giant-step, O(√bound) additions).

    :class:`CountOutOfRange` if there is none: shares were wrong, or the bound is.
    """
    if bound < 0:
        raise ValueError("bound must be >= 0")
    m = math.isqrt(bound) + 1  # m·m > bound: the giant steps i = 0..m-1 cover 0..m·m-1
    table = _baby_steps(m)
    giant = base_mul(Scalar.from_int(m))
    gamma = point
    for i in range(m):
        j = table.get(gamma.encoding)
        if j is not None:
            found = i * m + j
            if found <= bound:
                return found
            break
        gamma = gamma - giant
    raise CountOutOfRange(f"the decrypted value is not a count between 0 and {bound}")


def require_valid_ciphertexts(ciphertexts: Iterable[Ciphertext]) -> None:
    """Every point of every ciphertext acceptable from outside (:class:`InvalidEncoding` otherwise)."""
    for c in ciphertexts:
        c.require_valid()
