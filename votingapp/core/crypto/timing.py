"""A tiny timing script (not a test, not the benchmark suite): ``python -m votingapp.core.crypto.timing``.

Prints the cost of one variable-base and one fixed-base multiplication, of a point validation, and of
making and checking a 4-option ballot with its proofs, on one core (docs/design.md section 10 quotes
≈ 100 µs, ≈ 20 µs, ≈ 2 ms and ≈ 2.4 ms on the reference machine).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from votingapp.core.crypto.ballot import ballot_context, encrypt_ballot, verify_ballot
from votingapp.core.crypto.group import base_mul, is_valid_point, mul, random_scalar


def best_of(fn: Callable[[], object], number: int, repeat: int = 5) -> float:
    """The best mean time of one call, in seconds, over ``repeat`` runs of ``number`` calls."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def main() -> None:
    s, t = random_scalar(), random_scalar()
    key = base_mul(random_scalar())
    point = base_mul(t)
    ctx = ballot_context(bytes(32), bytes(range(32)))
    ballot, _ = encrypt_ballot(key, 4, 2, ctx)
    rows = [
        ("variable-base multiplication", best_of(lambda: mul(s, point), 2000)),
        ("fixed-base multiplication", best_of(lambda: base_mul(s), 2000)),
        ("point validation (is_valid_point)", best_of(lambda: is_valid_point(point.encoding), 2000)),
        ("4-option ballot: make", best_of(lambda: encrypt_ballot(key, 4, 2, ctx), 100)),
        ("4-option ballot: check", best_of(lambda: verify_ballot(ballot, key, 4, ctx), 100)),
    ]
    for name, seconds in rows:
        print(f"{name:36s} {seconds * 1e6:9.1f} µs")


if __name__ == "__main__":
    main()
