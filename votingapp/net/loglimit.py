"""Log lines that a peer can cause over and over, limited to one per key per interval, with a count.

A flood (refused transactions, half-open connections, refusals) must not rotate the node's log history
away: the first line of a key is written, the next ones within ``interval`` seconds are only counted, and
the next line written for that key (or :meth:`LogLimiter.flush`, called regularly) says how many were
left out.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass

MAX_KEYS = 4096  # keys remembered at most (a flood from many addresses forgets the oldest)


@dataclass
class _Entry:
    written: float  # when the last line of this key was written
    level: int
    message: str
    args: tuple[object, ...]
    left_out: int = 0


class LogLimiter:
    """At most one log line per key per ``interval`` seconds."""

    def __init__(self, logger: logging.Logger, interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._log = logger
        self.interval = interval
        self._clock = clock
        self._entries: dict[Hashable, _Entry] = {}

    def log(self, key: Hashable, level: int, message: str, *args: object) -> bool:
        """Write ``message % args`` at ``level`` unless ``key`` had a line within the interval; True if written."""
        now = self._clock()
        entry = self._entries.get(key)
        if entry is not None and now - entry.written < self.interval:
            entry.left_out += 1
            entry.level, entry.message, entry.args = max(entry.level, level), message, args
            return False
        if entry is not None:
            del self._entries[key]
        elif len(self._entries) >= MAX_KEYS:
            self._write(self._entries.pop(next(iter(self._entries))), now)
        self._entries[key] = _Entry(now, level, message, args)
        if entry is not None and entry.left_out:
            self._log.log(level, message + " (and %d more such lines in the last %.0f s)", *args,
                          entry.left_out, now - entry.written)
        else:
            self._log.log(level, message, *args)
        return True

    def flush(self) -> None:
        """Write the count of lines left out for every key whose interval has passed; forget those keys."""
        now = self._clock()
        for key, entry in list(self._entries.items()):
            if now - entry.written >= self.interval:
                del self._entries[key]
                self._write(entry, now)

    def _write(self, entry: _Entry, now: float) -> None:
        if entry.left_out:
            self._log.log(entry.level, "%d more lines like this in the last %.0f s; the last: " + entry.message,
                          entry.left_out, now - entry.written, *entry.args)
