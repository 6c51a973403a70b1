"""Network time: the stations of a room agree on one clock, and a station whose clock is wrong says so.

Every HELLO carries the sender's wall-clock time; the network measures each peer's offset (its time minus
ours, corrected by half the handshake's round trip) and hands the offsets of *admitted* stations to
:class:`NodeClock`, which works like Bitcoin's network-adjusted time:

- the **network offset** is the median of our own offset (0) and those of the admitted peers, once at
  least :data:`MIN_PEERS` of them are connected (else 0: with one peer nobody can tell which clock is wrong);
  of two middle values the one nearer to 0 counts.  A median beyond :data:`MAX_ADJUST_MS` (70 min, as
  Bitcoin) is not applied: network time stays the local clock, and the station is still told it is wrong;
- **network time** = the local clock + the network offset;
- the station is **skewed** when its local clock differs from network time by more than
  :data:`SKEW_LIMIT_MS`: :meth:`NodeClock.problem` is then the one line every surface shows, mining pauses
  and ``register`` / ``vote`` on this station refuse with it, until the clock is set (or peers change);
- :meth:`NodeClock.now_ms` is what the node stamps on blocks and transactions and checks blocks against:
  network time, but never before the election's creation time (the manifest's ``created``).  That floor is
  what keeps an authority whose clock was ahead at creation from splitting the room: block 1 must not be
  dated before ``created`` (a consensus rule), so every honest miner dates it ``created`` at the earliest,
  and every receiver takes such a block as "not from the future" because it checks against the same floor.
  The floor is signed by the authority and the same for everyone, so it cannot make two stations disagree,
  and no block can run the chain's time more than two minutes past max(network time, ``created``).

A block dated ahead of :meth:`NodeClock.now_ms` by more than the ledger's slack (two minutes) but at most
:data:`HOLD_AHEAD_MS` is *held* by :class:`HeldBlocks` and offered to the chain again when it is due,
instead of being ignored for good (which forked a station away).

``VOTINGAPP_CLOCK_OFFSET_MS`` (an integer, may be negative) shifts this process's local clock: a test and
diagnostic aid to run a station "with a wrong clock" without touching the computer's clock.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from votingapp.core.block import Block
from votingapp.core.errors import LedgerError
from votingapp.core.validation import MAX_FUTURE_MS
from votingapp.net.chain_access import BlockResult

log = logging.getLogger(__name__)

ENV_OFFSET = "VOTINGAPP_CLOCK_OFFSET_MS"
MIN_PEERS = 2  # admitted peers needed before the network's time counts
MAX_ADJUST_MS = 70 * 60_000  # a network offset beyond this is not applied (Bitcoin's cap)
SKEW_LIMIT_MS = 60_000  # a local clock further than this from network time is wrong
CHANGE_MS = 1_000  # a change of the network offset smaller than this is not reported
HOLD_AHEAD_MS = 10 * 60_000  # a block at most this far ahead of network time waits; further ahead, ignored
MAX_HELD = 256  # blocks held at once ...
MAX_HELD_BYTES = 64 * 1024 * 1024  # ... and their size in all


def env_offset_ms(environ: dict[str, str] | None = None) -> int:
    """The test/diagnostic shift of the local clock (``VOTINGAPP_CLOCK_OFFSET_MS``), 0 when unset or invalid."""
    text = (os.environ if environ is None else environ).get(ENV_OFFSET, "").strip()
    if not text:
        return 0
    try:
        return int(text)
    except ValueError:
        log.warning("ignored %s=%r: not an integer number of milliseconds", ENV_OFFSET, text[:40])
        return 0


def median_offset(offsets: Sequence[int]) -> int:
    """The median of our own offset (0) and ``offsets``; of two middle values, the one nearer to 0."""
    values = sorted([0, *offsets])
    n = len(values)
    if n % 2:
        return values[n // 2]
    low, high = values[n // 2 - 1], values[n // 2]
    return low if abs(low) <= abs(high) else high


def describe_ms(ms: int) -> str:
    """A duration for people: ``3 min 2 s``, ``2 h 5 min``, ``45 s``."""
    seconds = round(abs(ms) / 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    return f"{secs} s"


@dataclass(frozen=True)
class ClockStatus:
    """This station's clock against the network's, for status."""

    peers: int  # admitted peers whose offset is known
    offset_ms: int  # network time minus local time, as applied (0 until MIN_PEERS)
    skew_ms: int | None  # local time minus the network's median (positive: ahead); None when unknown
    problem: str | None  # the one line that says the clock is wrong, or None


class NodeClock:
    """The local clock (shifted by ``VOTINGAPP_CLOCK_OFFSET_MS``), the peers' offsets and network time.

    Used on the node's loop thread; ``on_change`` callbacks run when the network offset moves by
    :data:`CHANGE_MS` or more, or the verdict (skewed or not) changes.
    """

    def __init__(
        self,
        local_offset_ms: int | None = None,
        floor_ms: int = 0,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self.local_offset_ms = env_offset_ms() if local_offset_ms is None else local_offset_ms
        self.floor_ms = floor_ms  # the election's creation time: now_ms() is never before it
        self._wall = wall
        self._offsets: dict[bytes, int] = {}
        self.on_change: list[Callable[[], None]] = []
        self._offset = 0
        self._problem: str | None = None
        if self.local_offset_ms:
            log.warning("this station's clock is shifted by %+d ms (%s)", self.local_offset_ms, ENV_OFFSET)

    # -- the clocks
    def local_ms(self) -> int:
        """This station's wall clock (ms), shifted by the test offset."""
        return int(self._wall() * 1000) + self.local_offset_ms

    def network_ms(self) -> int:
        """Network time: the local clock corrected by the median offset of the admitted peers."""
        return self.local_ms() + self._offset

    def now_ms(self) -> int:
        """The time this node stamps and checks blocks against: network time, not before the election's creation."""
        return max(self.network_ms(), self.floor_ms)

    # -- what the network tells
    def peer_offset(self, station: bytes, offset_ms: int | None) -> bool:
        """Record an admitted peer's offset (None: it left); True when network time or the verdict changed."""
        if offset_ms is None:
            if self._offsets.pop(station, None) is None:
                return False
        else:
            self._offsets[station] = offset_ms
        return self._update()

    @property
    def peer_offsets(self) -> dict[bytes, int]:
        """The known offsets of admitted peers (their time minus ours, ms)."""
        return dict(self._offsets)

    def _median(self) -> int | None:
        if len(self._offsets) < MIN_PEERS:
            return None
        return median_offset(list(self._offsets.values()))

    def _update(self) -> bool:
        median = self._median()
        offset = 0 if median is None or abs(median) > MAX_ADJUST_MS else median
        problem = self._verdict(median)
        changed = abs(offset - self._offset) >= CHANGE_MS or problem != self._problem
        if problem != self._problem:
            if problem is not None:
                log.warning("%s", problem)
            else:
                log.warning("this station's clock agrees with the other stations again: carrying on")
        self._offset = offset
        self._problem = problem
        if changed:
            for callback in list(self.on_change):
                try:
                    callback()
                except Exception:
                    log.exception("a clock change handler failed")
        return changed

    def _verdict(self, median: int | None) -> str | None:
        if median is None or abs(median) <= SKEW_LIMIT_MS:
            return None
        way = "behind" if median > 0 else "ahead of"
        return (
            f"this station's clock is {describe_ms(median)} {way} the other stations: set the clock; "
            "mining and registration are paused"
        )

    # -- verdict
    @property
    def problem(self) -> str | None:
        """The one line saying this station's clock is wrong (mining and casting paused), or None."""
        return self._problem

    def status(self) -> ClockStatus:
        """This station's clock against the network's."""
        median = self._median()
        return ClockStatus(
            peers=len(self._offsets),
            offset_ms=self._offset,
            skew_ms=None if median is None else -median,
            problem=self._problem,
        )


@dataclass
class _Held:
    block: Block
    raw: bytes
    peer: str


class HeldBlocks:
    """Blocks dated a little ahead of network time: kept and given to the chain once they are due.

    ``receive(raw, peer)`` offers a block to the chain (as a peer's block: checked in full, and held again
    should it still be early); ``announce(raw, result)`` then tells the network (gossip a new block, ask
    for the blocks that follow).  A timer on the running loop releases blocks when due; without a loop,
    :meth:`release_due` does it.
    """

    def __init__(self, clock: NodeClock, receive: Callable[[bytes, str], BlockResult]) -> None:
        self.clock = clock
        self._receive = receive
        self.announce: Callable[[bytes, BlockResult], None] | None = None
        self._held: dict[bytes, _Held] = {}
        self._bytes = 0
        self._timer: asyncio.TimerHandle | None = None
        clock.on_change.append(self.rearm)

    def __len__(self) -> int:
        return len(self._held)

    def __contains__(self, block_hash: object) -> bool:
        return block_hash in self._held

    def hold(self, block: Block, peer: str) -> bool:
        """Keep a block that came too early, if it is due within :data:`HOLD_AHEAD_MS`; False if it is not kept."""
        if block.hash in self._held:
            return True
        ahead = block.time - self.clock.now_ms()
        if ahead > HOLD_AHEAD_MS:
            return False
        raw = block.encode()
        if len(self._held) >= MAX_HELD or self._bytes + len(raw) > MAX_HELD_BYTES:
            return False
        self._held[block.hash] = _Held(block, raw, peer)
        self._bytes += len(raw)
        self.rearm()
        return True

    def due_in_ms(self) -> int | None:
        """Milliseconds until the first held block is due (0: now), or None when none is held."""
        if not self._held:
            return None
        first = min(h.block.time for h in self._held.values())
        return max(0, first - MAX_FUTURE_MS - self.clock.now_ms())

    def release_due(self) -> int:
        """Offer every block that is due to the chain, oldest first; how many were offered."""
        now = self.clock.now_ms()
        due = sorted(
            (h for h in self._held.values() if h.block.time <= now + MAX_FUTURE_MS),
            key=lambda h: (h.block.time, h.block.height),
        )
        for held in due:
            self._held.pop(held.block.hash, None)
            self._bytes -= len(held.raw)
        for held in due:
            try:
                result = self._receive(held.raw, held.peer)
            except LedgerError as exc:
                log.warning("dropped held block %d from %s: %s", held.block.height, held.peer, exc)
                continue
            except Exception:
                log.exception("offering held block %d failed", held.block.height)
                continue
            if result is not BlockResult.KNOWN or held.block.hash not in self._held:
                log.info("block %d from %s is due: %s", held.block.height, held.peer, result.value)
            if self.announce is not None:
                try:
                    self.announce(held.raw, result)
                except Exception:
                    log.exception("announcing held block %d failed", held.block.height)
        self.rearm()
        return len(due)

    def rearm(self) -> None:
        """(Re)start the timer for the first held block (after a hold, a release or a clock change)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        wait = self.due_in_ms()
        if wait is None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop (unit tests, tools): release_due() is called by hand
        self._timer = loop.call_later(wait / 1000 + 0.01, self._fire)

    def _fire(self) -> None:
        self._timer = None
        self.release_due()

    def close(self) -> None:
        """Forget the held blocks and stop the timer."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._held.clear()
        self._bytes = 0
