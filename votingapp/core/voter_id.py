"""voter_id: the voter's private credential, typable by a person, with a checksum.

A voter_id is 16 random bytes (128 bits) followed by a 4-byte checksum, written as 32 characters of
Crockford base32 in 8 groups of 4.  A mistyped id fails the checksum before it is ever used.  The voter's
Ed25519 key is derived from the secret and the election id.  A voter_id is never written to disk or logs.
"""

from __future__ import annotations

import hashlib
import secrets

from votingapp.core.errors import VoterIdError
from votingapp.core.keys import SigningKey

SECRET_SIZE = 16
CHECKSUM_SIZE = 4
LENGTH = 32  # characters, without separators
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
# Crockford's forgiving reading of look-alike characters.
_VALUE.update({"O": 0, "I": 1, "L": 1})
_IGNORED = " -\t"


def _checksum(secret: bytes) -> bytes:
    return hashlib.sha256(b"votingapp/voter-id/v1" + secret).digest()[:CHECKSUM_SIZE]


def new_secret() -> bytes:
    """128 fresh random bits."""
    return secrets.token_bytes(SECRET_SIZE)


def format_voter_id(secret: bytes) -> str:
    """The printed form: ``XXXX-XXXX-...`` (8 groups of 4 characters)."""
    if len(secret) != SECRET_SIZE:
        raise VoterIdError("a voter secret has 16 bytes")
    number = int.from_bytes(secret + _checksum(secret), "big")
    chars = [ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(LENGTH))]
    text = "".join(chars)
    return "-".join(text[i : i + 4] for i in range(0, LENGTH, 4))


def normalize(text: str) -> str:
    """Upper-case, without separators; raises on characters outside the alphabet."""
    out = []
    for typed in text:
        ch = typed.upper() if typed.isascii() else typed  # upper() would turn e.g. "ß" into "SS"
        if ch in _IGNORED:
            continue
        if ch not in _VALUE:
            raise VoterIdError(f"voter_id has an invalid character {typed!r}")
        out.append(ch)
    return "".join(out)


def check_partial(text: str) -> str | None:
    """For as-you-type checks: None while the input can still become valid, else the problem."""
    try:
        chars = normalize(text)
    except VoterIdError as exc:
        return str(exc)
    if len(chars) < LENGTH:
        return None
    try:
        parse_voter_id(text)
    except VoterIdError as exc:
        return str(exc)
    return None


def parse_voter_id(text: str) -> bytes:
    """The 16-byte secret of a typed voter_id; raises :class:`VoterIdError` if mistyped."""
    if not isinstance(text, str):
        raise VoterIdError("voter_id must be text")
    chars = normalize(text)
    if len(chars) != LENGTH:
        raise VoterIdError(f"voter_id must have {LENGTH} characters, got {len(chars)}")
    number = 0
    for ch in chars:
        number = (number << 5) | _VALUE[ch]
    raw = number.to_bytes(SECRET_SIZE + CHECKSUM_SIZE, "big")
    secret, check = raw[:SECRET_SIZE], raw[SECRET_SIZE:]
    if _checksum(secret) != check:
        raise VoterIdError("voter_id is mistyped (checksum does not match)")
    return secret


def voter_key(secret: bytes, election_id: bytes) -> SigningKey:
    """The voter's Ed25519 key for one election."""
    seed = hashlib.sha256(b"votingapp/voter-key/v1" + election_id + secret).digest()
    return SigningKey.from_seed(seed)
