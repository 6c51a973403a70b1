"""Merkle root of a block's transaction ids (inner nodes domain-separated, odd nodes carried up)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

EMPTY_ROOT = b"\0" * 32


def merkle_root(leaves: Sequence[bytes]) -> bytes:
    """The root over ``leaves`` (transaction ids) in order."""
    level = list(leaves)
    if not level:
        return EMPTY_ROOT
    sha = hashlib.sha256
    while len(level) > 1:
        nxt = [sha(b"\x01" + level[i] + level[i + 1]).digest() for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            nxt.append(level[-1])
        level = nxt
    return level[0]
