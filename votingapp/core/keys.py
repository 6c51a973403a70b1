"""Ed25519 keys: station, authority and voter keys, signing and verification."""

from __future__ import annotations

from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from votingapp.core.errors import LedgerError

PUBLIC_KEY_SIZE = 32
SIGNATURE_SIZE = 64


class KeyFileError(LedgerError):
    """A key file that is missing, unreadable or not a key."""


class SigningKey:
    """A private Ed25519 key with its public half as 32 raw bytes."""

    __slots__ = ("_key", "public")

    def __init__(self, key: Ed25519PrivateKey) -> None:
        self._key = key
        self.public: bytes = key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @classmethod
    def generate(cls) -> SigningKey:
        """A fresh random key."""
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_seed(cls, seed: bytes) -> SigningKey:
        """The key whose 32-byte private seed is ``seed``."""
        return cls(Ed25519PrivateKey.from_private_bytes(seed))

    def sign(self, message: bytes) -> bytes:
        """A 64-byte signature of ``message``."""
        return self._key.sign(message)

    def to_pem(self, passphrase: bytes | None = None) -> bytes:
        """PKCS#8 PEM, encrypted when a passphrase is given."""
        algo: serialization.KeySerializationEncryption = (
            serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption()
        )
        return self._key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, algo)

    @classmethod
    def load(cls, path: Path, passphrase: bytes | None = None) -> SigningKey:
        """Read a key file written from :meth:`to_pem`."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileError(f"key file {path} is missing") from None
        except OSError as exc:
            raise KeyFileError(f"cannot read key file {path}: {exc.strerror}") from None
        return cls.from_pem(data, passphrase, str(path))

    @classmethod
    def from_pem(cls, data: bytes, passphrase: bytes | None = None, path: str = "the key") -> SigningKey:
        """The key of PKCS#8 PEM ``data`` (encrypted with ``passphrase`` if it was)."""
        try:
            key = serialization.load_pem_private_key(data, password=passphrase)
        except TypeError:
            raise KeyFileError(f"key file {path} is encrypted: a passphrase is needed") from None
        except ValueError:
            raise KeyFileError(f"key file {path} is damaged or the passphrase is wrong") from None
        if not isinstance(key, Ed25519PrivateKey):
            raise KeyFileError(f"key file {path} does not hold an Ed25519 key")
        return cls(key)


def verify_signature(public: bytes, signature: bytes, message: bytes) -> bool:
    """True when ``signature`` is a valid signature of ``message`` under ``public``."""
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(key: bytes) -> str:
    """A short human-comparable form of a key or id: 4 groups of 4 hex digits."""
    h = key.hex()[:16]
    return "-".join(h[i : i + 4] for i in range(0, 16, 4))
