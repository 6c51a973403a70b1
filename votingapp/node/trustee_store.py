"""A trustee station's secrets of a secret-ballot election (docs/design.md section 10), kept in its data dir.

What a trustee holds: its X25519 private key (the dealers encrypt its shares to it), during the ceremony its
polynomial f_i (needed until its own share is known), then its secret share x_i of the election key.  They
live in one file, ``trustee.secret`` (:meth:`votingapp.store.datadir.DataDir.write_trustee_secret`):
owner-only, encrypted with ``VOTINGAPP_PASSPHRASE`` when it is set, written atomically and synced BEFORE
anything that depends on them is published.  Nothing here is ever logged: ``repr`` hides the secrets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from votingapp.core.crypto.dkg import Polynomial
from votingapp.core.crypto.group import Scalar
from votingapp.store.datadir import DataDir, SecretFileError

__all__ = ["SecretFileError", "TrusteeSecrets", "TrusteeStore"]


@dataclass(frozen=True)
class TrusteeSecrets:
    """This station's secrets as trustee ``index`` of election ``election``."""

    election: bytes
    index: int
    hpke: X25519PrivateKey = field(repr=False)
    polynomial: Polynomial | None = field(default=None, repr=False)
    share: Scalar | None = field(default=None, repr=False)

    @property
    def public_key(self) -> bytes:
        """The X25519 public key, raw (what ``trustee_key`` publishes)."""
        return self.hpke.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    def to_bytes(self) -> bytes:
        raw = self.hpke.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        obj: dict[str, Any] = {
            "election": self.election.hex(),
            "trustee": self.index,
            "hpke": raw.hex(),
            "polynomial": None if self.polynomial is None else [a.hex() for a in self.polynomial.coefficients],
            "share": None if self.share is None else self.share.hex(),
        }
        return json.dumps(obj, sort_keys=True).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> TrusteeSecrets:
        try:
            obj = json.loads(data)
            poly = obj["polynomial"]
            share = obj["share"]
            return cls(
                election=bytes.fromhex(obj["election"]),
                index=int(obj["trustee"]),
                hpke=X25519PrivateKey.from_private_bytes(bytes.fromhex(obj["hpke"])),
                polynomial=None if poly is None else Polynomial(
                    tuple(Scalar.from_bytes(bytes.fromhex(a)) for a in poly)
                ),
                share=None if share is None else Scalar.from_bytes(bytes.fromhex(share)),
            )
        except (ValueError, KeyError, TypeError):
            raise SecretFileError("the trustee secret file is damaged") from None


class TrusteeStore:
    """Reads and writes :class:`TrusteeSecrets` in a data dir (cached after the first read)."""

    def __init__(self, data_dir: DataDir) -> None:
        self.data_dir = data_dir
        self._cached: TrusteeSecrets | None = None
        self._loaded = False

    def load(self) -> TrusteeSecrets | None:
        """The stored secrets, or None; :class:`SecretFileError` if they cannot be read."""
        if not self._loaded:
            data = self.data_dir.read_trustee_secret()
            self._cached = None if data is None else TrusteeSecrets.from_bytes(data)
            self._loaded = True
        return self._cached

    def save(self, secrets: TrusteeSecrets) -> None:
        """Write ``secrets`` durably (synced) before returning."""
        self.data_dir.write_trustee_secret(secrets.to_bytes())
        self._cached = secrets
        self._loaded = True

    def new(self, election: bytes, index: int) -> TrusteeSecrets:
        """Fresh secrets (a new X25519 key) for trustee ``index``, saved."""
        secrets = TrusteeSecrets(election, index, X25519PrivateKey.generate())
        self.save(secrets)
        return secrets

    def update(self, secrets: TrusteeSecrets, **changes: Any) -> TrusteeSecrets:
        """``secrets`` with ``changes``, saved."""
        updated = replace(secrets, **changes)
        self.save(updated)
        return updated
