"""What happened after the close, read off the best chain: the close itself, the late returns that changed
the result (ballots cast before the close at a station that was cut off, mined after it), and which stations
have shown a chain holding the close.

A pure function of the chain (docs/architecture.md, "Finality of the close"); the node, the CLI and the
windows all show it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from votingapp.core.block import Block
from votingapp.core.keys import fingerprint
from votingapp.core.state import LedgerState


@dataclass(frozen=True)
class LateReturn:
    """A block after the close's that brought in casts made before the close."""

    height: int
    block_time: int  # ms
    miner: bytes
    casts: int  # votes and ballots
    registrations: int


@dataclass(frozen=True)
class CloseReport:
    """The close and what changed the result since."""

    close_height: int
    close_time: int  # the close's own time T (ms): nothing cast after it counts
    close_block_time: int
    late_returns: tuple[LateReturn, ...]
    reconciled: frozenset[bytes]  # stations that mined on a chain holding the close (the close's miner too)

    @property
    def changed_at(self) -> int | None:
        """When the result last changed after the close (the last late return's block time), or None."""
        return self.late_returns[-1].block_time if self.late_returns else None

    @property
    def late_casts(self) -> int:
        """Votes and ballots counted after the close (all cast before it)."""
        return sum(r.casts for r in self.late_returns)


def close_report(block_at: Callable[[int], Block | None], height: int) -> CloseReport | None:
    """The report of the best chain whose blocks ``block_at(h)`` gives, up to ``height``; None before a close.

    Walks back from the tip to the close's block (only the blocks after the close are read).
    """
    after: list[Block] = []
    for h in range(height, 0, -1):
        block = block_at(h)
        if block is None:
            return None
        close = next((tx for tx in block.txs if tx.TYPE == "close"), None)
        if close is not None:
            late = []
            for b in reversed(after):
                casts = sum(1 for tx in b.txs if tx.TYPE in ("vote", "ballot"))
                registrations = sum(1 for tx in b.txs if tx.TYPE == "register")
                if casts or registrations:
                    late.append(LateReturn(b.height, b.time, b.miner, casts, registrations))
            reconciled = frozenset([block.miner, *(b.miner for b in after)])
            close_time = int(getattr(close, "time", 0))
            return CloseReport(block.height, close_time, block.time, tuple(late), reconciled)
        after.append(block)
    return None


@dataclass(frozen=True)
class LateReturnInfo:
    """A block after the close that brought in casts made before it, for people."""

    height: int
    time: int
    station: str  # name (fingerprint)
    casts: int
    registrations: int


@dataclass(frozen=True)
class CloseInfo:
    """After the close: when it came, which stations have reconciled since, when the result last changed, why."""

    height: int
    time: int  # the close's time T (ms)
    reconciled: tuple[str, ...]  # station labels: they hold a chain with the close
    waiting: tuple[str, ...]  # admitted stations not heard from since the close (cut off, or off)
    late_returns: tuple[LateReturnInfo, ...]
    changed_at: int | None  # ms: the last late return's block time

    def to_json(self) -> dict[str, Any]:
        """The ``after_close`` object of ``status --json`` and ``tally --json``."""
        return {
            "close_height": self.height, "close_time": self.time, "reconciled": list(self.reconciled),
            "waiting": list(self.waiting), "changed_at": self.changed_at,
            "late_returns": [{"height": r.height, "time": r.time, "station": r.station, "casts": r.casts,
                              "registrations": r.registrations} for r in self.late_returns],
        }


def describe_close(
    block_at: Callable[[int], Block | None], height: int, state: LedgerState, me: bytes | None,
    peers: tuple[tuple[str, int], ...] = (),
) -> CloseInfo | None:
    """The close report with stations named, from a chain's parts; None before the close.

    ``me``: this station (it holds the chain it reads); ``peers``: (station key hex, height) of the stations
    connected now: one at or past the close's height holds the closed chain too.
    """
    if not state.closed:
        return None
    report = close_report(block_at, height)
    if report is None:
        return None
    names = state.station_names
    reconciled = set(report.reconciled)
    if me is not None:
        reconciled.add(me)
    for station, peer_height in peers:  # connected, at or past the close's height: it has the closed chain
        with contextlib.suppress(ValueError):
            if peer_height >= report.close_height:
                reconciled.add(bytes.fromhex(station))

    def label(key: bytes) -> str:
        name = names.get(key)
        return f"{name} ({fingerprint(key)})" if name else fingerprint(key)

    admitted = [key for key in names if key]
    return CloseInfo(
        height=report.close_height,
        time=report.close_time,
        reconciled=tuple(sorted(label(k) for k in reconciled if k in names)),
        waiting=tuple(sorted(label(k) for k in admitted if k not in reconciled)),
        late_returns=tuple(LateReturnInfo(r.height, r.block_time, label(r.miner), r.casts, r.registrations)
                           for r in report.late_returns),
        changed_at=report.changed_at,
    )
