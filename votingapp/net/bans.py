"""Addresses banned for a while after their peer misbehaved."""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Ban:
    """Why an address is banned and until when (``time.time()`` seconds)."""

    reason: str
    until: float

    @property
    def remaining(self) -> float:
        """Seconds until the ban ends (0 when it has ended)."""
        return max(0.0, self.until - time.time())


class BanList:
    """Banned IP addresses; a ban ends by itself after its time."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._bans: dict[str, Ban] = {}

    def ban(self, host: str, reason: str) -> Ban:
        """Ban ``host`` for the configured time (a later ban extends an earlier one)."""
        entry = Ban(reason, time.time() + self.seconds)
        self._bans[host] = entry
        return entry

    def get(self, host: str) -> Ban | None:
        """The ban of ``host`` if it is still in force."""
        entry = self._bans.get(host)
        if entry is not None and entry.remaining <= 0:
            del self._bans[host]
            return None
        return entry

    def current(self) -> dict[str, Ban]:
        """Every ban still in force, by address."""
        for host in [h for h, b in self._bans.items() if b.remaining <= 0]:
            del self._bans[host]
        return dict(self._bans)
