"""Reconnect delays: exponential backoff with jitter, so stations that lost a peer do not retry in step."""

from __future__ import annotations

import random
from collections.abc import Callable


class Backoff:
    """Delays from ``first`` doubling up to ``cap``, each varied by ±50 % (never above ``cap``)."""

    def __init__(self, first: float, cap: float, rng: Callable[[], float] = random.random) -> None:
        self.first = first
        self.cap = cap
        self._rng = rng
        self._delay = first

    def next(self) -> float:
        """The delay before the next attempt."""
        delay = min(self.cap, self._delay * (0.5 + self._rng()))
        self._delay = min(self.cap, self._delay * 2)
        return delay

    def reset(self) -> None:
        """Start again from the first delay (after a connection that worked)."""
        self._delay = self.first
