"""Proof of work: search and check of a nonce, cancellable between small batches."""

from __future__ import annotations

import hashlib
from typing import Protocol

NONCE_MAX = (1 << 64) - 1
BATCH = 2048  # hashes between two looks at the cancel flag: about 2 ms in CPython


class CancelFlag(Protocol):
    """Anything with ``is_set()``, e.g. a ``threading.Event``."""

    def is_set(self) -> bool: ...


def block_hash(header: bytes, nonce: int) -> bytes:
    """SHA-256 of the canonical header (without nonce and signature) and the nonce as 8 bytes."""
    return hashlib.sha256(header + nonce.to_bytes(8, "big")).digest()


def meets_difficulty(digest: bytes, difficulty: int) -> bool:
    """True when ``digest`` starts with ``difficulty`` zero bits."""
    return difficulty <= 0 or int.from_bytes(digest, "big") >> (256 - difficulty) == 0


def leading_zero_bits(digest: bytes) -> int:
    """How many zero bits ``digest`` starts with (the work it shows)."""
    return len(digest) * 8 - int.from_bytes(digest, "big").bit_length()


def search_nonce(header: bytes, difficulty: int, cancel: CancelFlag | None = None, start: int = 0) -> int | None:
    """The first nonce from ``start`` whose block hash meets ``difficulty``; None if cancelled."""
    base = hashlib.sha256(header)
    limit = 1 << (256 - difficulty) if difficulty > 0 else 1 << 256
    nonce = start
    while nonce <= NONCE_MAX:
        if cancel is not None and cancel.is_set():
            return None
        end = min(nonce + BATCH, NONCE_MAX + 1)
        for n in range(nonce, end):
            h = base.copy()
            h.update(n.to_bytes(8, "big"))
            if int.from_bytes(h.digest(), "big") < limit:
                return n
        nonce = end
    return None
