"""Flood limits and reconnect delays."""

from __future__ import annotations

from votingapp.net.backoff import Backoff
from votingapp.net.ratelimit import TokenBucket


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_token_bucket_allows_its_burst_then_its_rate() -> None:
    clock = _Clock()
    bucket = TokenBucket(rate=10, burst=5, clock=clock)
    assert [bucket.take() for _ in range(6)] == [True] * 5 + [False]
    clock.now = 0.2  # two tokens come back
    assert [bucket.take() for _ in range(3)] == [True, True, False]
    clock.now = 100.0  # never more than the burst
    assert bucket.take(5) and not bucket.take(1)


def test_backoff_doubles_up_to_its_cap_with_jitter_and_resets() -> None:
    low = Backoff(0.2, 10.0, rng=lambda: 0.0)
    assert [round(low.next(), 3) for _ in range(8)] == [0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 5.0, 5.0]
    high = Backoff(0.2, 10.0, rng=lambda: 0.999)
    assert max(high.next() for _ in range(20)) <= 10.0
    high.reset()
    assert high.next() < 0.3
