"""The typed errors of the secret-ballot cryptography (one per way a received object can be wrong)."""

from __future__ import annotations

from votingapp.core.errors import DecodeError, LedgerError


class CryptoError(LedgerError):
    """Base class: something received does not satisfy the secret-ballot rules."""


class InvalidEncoding(CryptoError, DecodeError):
    """A point or scalar encoding is refused: wrong length, non-canonical, off the curve, outside the
    prime-order subgroup, of small order or the identity where a generator-like point is required."""


class InvalidProof(CryptoError):
    """A zero-knowledge proof does not verify."""


class InvalidBallot(CryptoError):
    """An encrypted ballot is refused (shape, a point, or a proof); ``option`` names the option at fault
    (``None`` for the whole ballot: its shape or the sum proof)."""

    def __init__(self, message: str, *, option: int | None = None) -> None:
        super().__init__(message)
        self.option = option


class BadCommitments(CryptoError):
    """A dealer's published commitments are refused (shape, a point, or the proof of knowledge of a_0)."""

    def __init__(self, message: str, *, dealer: int) -> None:
        super().__init__(message)
        self.dealer = dealer


class BadShare(CryptoError):
    """A secret share from ``dealer`` to ``recipient`` does not match the dealer's commitments, or does
    not decrypt: the key ceremony stops and names the dealer."""

    def __init__(self, message: str, *, dealer: int, recipient: int) -> None:
        super().__init__(message)
        self.dealer = dealer
        self.recipient = recipient


class FalseComplaint(CryptoError):
    """A complaint about a share that is good (or that reveals a key other than the complainer's)."""


class BadDecryptionShare(CryptoError):
    """A trustee's decryption share is refused (shape, a point, or a Chaum-Pedersen proof); ``option`` is the
    option whose factor or proof is at fault (None for the shape)."""

    def __init__(self, message: str, *, trustee: int, option: int | None = None) -> None:
        super().__init__(message)
        self.trustee = trustee
        self.option = option


class NotEnoughShares(CryptoError):
    """Fewer valid decryption shares (from distinct trustees) than the threshold."""


class CountOutOfRange(CryptoError):
    """A decrypted point is not m·G for any 0 <= m <= the bound (wrong shares or a wrong bound)."""
