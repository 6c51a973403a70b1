"""Batch signature checks, spread over an executor's threads (``cryptography`` releases the GIL)."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Executor, Future

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from votingapp.core.block import SigJob

CHUNK = 384


def first_bad(jobs: Sequence[SigJob], offset: int = 0) -> int | None:
    """Index (plus ``offset``) of the first job whose signature does not verify, or None."""
    load = Ed25519PublicKey.from_public_bytes
    loaded: dict[bytes, Ed25519PublicKey] = {}  # a station signs many registrations: load its key once
    for i, (key, sig, msg) in enumerate(jobs):
        try:
            public = loaded.get(key)
            if public is None:
                public = loaded[key] = load(key)
            public.verify(sig, msg)
        except (InvalidSignature, ValueError):
            return offset + i
    return None


def submit_checks(jobs: Sequence[SigJob], executor: Executor | None) -> list[Future[int | None]]:
    """Start checking ``jobs`` in chunks; each future gives a chunk's first bad index or None."""
    futures: list[Future[int | None]] = []
    if executor is None:
        done: Future[int | None] = Future()
        done.set_result(first_bad(jobs))
        return [done]
    for start in range(0, len(jobs), CHUNK):
        futures.append(executor.submit(first_bad, jobs[start : start + CHUNK], start))
    return futures


def first_bad_of(futures: list[Future[int | None]]) -> int | None:
    """Wait for the chunks of one batch; the lowest bad index, or None."""
    bad = [i for i in (f.result() for f in futures) if i is not None]
    return min(bad) if bad else None
