"""The group: the prime-order subgroup of Edwards25519, through libsodium (docs/design.md section 10).

Encodings
---------
* A **point** travels as its 32-byte compressed Edwards encoding (RFC 8032 section 5.1.2). A point that
  comes from outside is accepted only by :meth:`Point.from_bytes` (or :func:`require_valid`), which calls
  libsodium's ``crypto_core_ed25519_is_valid_point``: canonical encoding, on the curve, in the subgroup of
  order L, not of small order. That refuses the identity too: no honest party ever publishes it.
  The identity does occur *inside* computations (a count of 0 decrypts to it, P − P is it); it is
  :data:`IDENTITY`, encoded ``01 00 .. 00``, and the operations below handle it explicitly because
  libsodium's scalar multiplications refuse the identity and the zero scalar as inputs.
* A **scalar** is an integer 0 <= s < L, encoded as 32 bytes little-endian. Decoding refuses s >= L
  (canonical only).

Hash to scalar
--------------
``hash_to_scalar(tag, x_1, ..., x_n)`` is::

    SHA-512( lp(ascii(tag)) || lp(enc(x_1)) || ... || lp(enc(x_n)) )  read as a 512-bit little-endian
    integer, reduced mod L   (libsodium's crypto_core_ed25519_scalar_reduce)

where ``lp(b) = len(b) as 4 bytes big-endian || b`` and ``enc`` is: a point -> its 32-byte encoding; a
scalar -> its 32 bytes little-endian; an int (0 <= n < 2^64) -> 8 bytes big-endian; bytes -> themselves.
Every tag starts with :data:`DOMAIN` and each position of each tag always carries the same kind of input,
so the encoding is injective per tag. The inputs of each proof are listed in ``proofs.py``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from nacl import bindings as sodium

from votingapp.core.crypto.errors import InvalidEncoding

L = 2**252 + 27742317777372353535851937790883648493
"""The order of the prime-order subgroup (and of the base point G)."""

DOMAIN = "votingapp/secret-ballot/v1/"
"""The prefix of every hash tag of the secret ballot."""

_MAX_HASH_INT = 2**64


@dataclass(frozen=True, slots=True)
class Scalar:
    """An integer mod L, held as its canonical 32-byte little-endian encoding."""

    encoding: bytes

    def __post_init__(self) -> None:
        if type(self.encoding) is not bytes or len(self.encoding) != 32:
            raise InvalidEncoding("a scalar is 32 bytes")
        if int.from_bytes(self.encoding, "little") >= L:
            raise InvalidEncoding("scalar is not canonical (>= L)")

    @classmethod
    def from_bytes(cls, data: bytes) -> Scalar:
        """Decode a received scalar (refuses any length but 32 and any value >= L)."""
        return cls(bytes(data))

    @classmethod
    def from_int(cls, n: int) -> Scalar:
        """n mod L (negative n allowed)."""
        return cls((n % L).to_bytes(32, "little"))

    def __int__(self) -> int:
        return int.from_bytes(self.encoding, "little")

    def is_zero(self) -> bool:
        return self.encoding == _ZERO_BYTES

    def __add__(self, other: Scalar) -> Scalar:
        return Scalar(sodium.crypto_core_ed25519_scalar_add(self.encoding, other.encoding))

    def __sub__(self, other: Scalar) -> Scalar:
        return Scalar(sodium.crypto_core_ed25519_scalar_sub(self.encoding, other.encoding))

    def __neg__(self) -> Scalar:
        return Scalar(sodium.crypto_core_ed25519_scalar_negate(self.encoding))

    def __mul__(self, other: Scalar) -> Scalar:
        if not isinstance(other, Scalar):
            return NotImplemented
        return Scalar(sodium.crypto_core_ed25519_scalar_mul(self.encoding, other.encoding))

    def inverse(self) -> Scalar:
        """1/s mod L; ValueError for zero."""
        if self.is_zero():
            raise ValueError("zero has no inverse")
        return Scalar(sodium.crypto_core_ed25519_scalar_invert(self.encoding))

    def hex(self) -> str:
        return self.encoding.hex()

    def __repr__(self) -> str:
        return f"Scalar({self.encoding.hex()[:16]}…)"


@dataclass(frozen=True, slots=True)
class Point:
    """A point of the prime-order subgroup (or the identity), held as its 32-byte encoding.

    The constructor checks the length only: it is for results of group operations on valid points.
    A point received from outside goes through :meth:`from_bytes`, which validates it.
    """

    encoding: bytes

    def __post_init__(self) -> None:
        if type(self.encoding) is not bytes or len(self.encoding) != 32:
            raise InvalidEncoding("a point is 32 bytes")

    @classmethod
    def from_bytes(cls, data: bytes) -> Point:
        """Decode a received point: refuses non-canonical, off-curve, small-order points and the identity."""
        point = cls(bytes(data))
        require_valid(point)
        return point

    def is_identity(self) -> bool:
        return self.encoding == _IDENTITY_BYTES

    def __add__(self, other: Point) -> Point:
        return Point(sodium.crypto_core_ed25519_add(self.encoding, other.encoding))

    def __sub__(self, other: Point) -> Point:
        return Point(sodium.crypto_core_ed25519_sub(self.encoding, other.encoding))

    def __neg__(self) -> Point:
        return IDENTITY - self

    def __rmul__(self, scalar: Scalar) -> Point:
        return mul(scalar, self)

    def hex(self) -> str:
        return self.encoding.hex()

    def __repr__(self) -> str:
        return f"Point({self.encoding.hex()[:16]}…)"


_ZERO_BYTES = bytes(32)
_IDENTITY_BYTES = b"\x01" + bytes(31)

ZERO = Scalar(_ZERO_BYTES)
ONE = Scalar.from_int(1)
IDENTITY = Point(_IDENTITY_BYTES)
"""The neutral element (never valid when received)."""
G = Point(sodium.crypto_scalarmult_ed25519_base_noclamp(ONE.encoding))
"""The standard base point, 5866...66."""


def is_valid_point(data: bytes) -> bool:
    """Whether ``data`` is a point we accept from outside (see the module docstring)."""
    return type(data) is bytes and len(data) == 32 and bool(sodium.crypto_core_ed25519_is_valid_point(data))


def require_valid(point: Point) -> Point:
    """Raise :class:`InvalidEncoding` unless ``point`` is acceptable from outside; return it."""
    if not sodium.crypto_core_ed25519_is_valid_point(point.encoding):
        raise InvalidEncoding(f"not a valid group element: {point.encoding.hex()[:16]}…")
    return point


def base_mul(s: Scalar) -> Point:
    """s·G (fixed base); 0·G is the identity (libsodium refuses the zero scalar)."""
    if s.is_zero():
        return IDENTITY
    return Point(sodium.crypto_scalarmult_ed25519_base_noclamp(s.encoding))


def mul(s: Scalar, p: Point) -> Point:
    """s·P (variable base) for P in the subgroup or the identity; 0·P and s·identity are the identity."""
    if s.is_zero() or p.is_identity():
        return IDENTITY
    return Point(sodium.crypto_scalarmult_ed25519_noclamp(s.encoding, p.encoding))


def small_mul(m: int, p: Point) -> Point:
    """m·P for an int m >= 0 (m = 0 or 1 without a multiplication)."""
    if m < 0:
        raise ValueError("m must be >= 0")
    if m == 0:
        return IDENTITY
    if m == 1:
        return p
    return mul(Scalar.from_int(m), p)


HashInput = bytes | Point | Scalar | int


def hash_encoding(tag: str, *parts: HashInput) -> bytes:
    """The exact bytes that :func:`hash_to_scalar` hashes (see the module docstring)."""
    if not tag.startswith(DOMAIN):
        raise ValueError(f"hash tag {tag!r} lacks the domain {DOMAIN!r}")
    out = [_lp(tag.encode("ascii"))]
    for part in parts:
        if isinstance(part, (Point, Scalar)):
            out.append(_lp(part.encoding))
        elif isinstance(part, bool):
            raise TypeError("booleans are not hash inputs")
        elif isinstance(part, int):
            if not 0 <= part < _MAX_HASH_INT:
                raise ValueError("an integer hash input must be in [0, 2^64)")
            out.append(_lp(part.to_bytes(8, "big")))
        elif isinstance(part, bytes):
            out.append(_lp(part))
        else:
            raise TypeError(f"not a hash input: {type(part).__name__}")
    return b"".join(out)


def hash_to_scalar(tag: str, *parts: HashInput) -> Scalar:
    """SHA-512 of the tag and the length-prefixed inputs, reduced mod L."""
    digest = hashlib.sha512(hash_encoding(tag, *parts)).digest()
    return Scalar(sodium.crypto_core_ed25519_scalar_reduce(digest))


def _lp(data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + data


ScalarSource = Callable[[], Scalar]
"""Where secret randomness comes from: :func:`random_scalar`, or :class:`SeededScalars` in tests."""


def random_scalar() -> Scalar:
    """A uniformly random non-zero scalar (64 random bytes from libsodium, reduced mod L)."""
    while True:
        s = Scalar(sodium.crypto_core_ed25519_scalar_reduce(sodium.randombytes(64)))
        if not s.is_zero():
            return s


class SeededScalars:
    """A deterministic stream of non-zero scalars from a seed: FOR KNOWN-ANSWER TESTS ONLY, never for secrets.

    The i-th draw (i = 0, 1, ...) is ``hash_to_scalar(DOMAIN + "seeded-scalars", seed, i)`` (zero skipped).
    """

    def __init__(self, seed: bytes) -> None:
        self._seed = bytes(seed)
        self._counter = 0

    def __call__(self) -> Scalar:
        while True:
            s = hash_to_scalar(DOMAIN + "seeded-scalars", self._seed, self._counter)
            self._counter += 1
            if not s.is_zero():
                return s
