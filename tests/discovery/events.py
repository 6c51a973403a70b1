"""A thread-safe log of what a discovery callback (or a station process) reported, with bounded waits."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class EventLog(Generic[T]):
    """Events appended from any thread; :meth:`wait_for` blocks until one matches or time runs out."""

    def __init__(self) -> None:
        self._events: list[T] = []
        self._changed = threading.Condition()

    def append(self, event: T) -> None:
        with self._changed:
            self._events.append(event)
            self._changed.notify_all()

    def snapshot(self) -> list[T]:
        with self._changed:
            return list(self._events)

    def wait_for(self, predicate: Callable[[T], bool], timeout: float) -> T | None:
        """The first event (past or future) that matches, or None after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for event in self._events:
                    if predicate(event):
                        return event
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                self._changed.wait(remaining)
