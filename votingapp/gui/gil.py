"""A short GIL switch interval while the app runs, so that the GUI thread never waits long for the GIL.

The GUI thread takes the GIL many times in a burst: for every Python slot, and for the first calls of
each virtual method of a new widget (PySide looks for a Python override).  Whenever the node's thread
runs Python (decoding a sync reply, applying a block) or the miner hashes, each of those takes may wait
for a whole switch interval before the other thread lets go.  With CPython's 5 ms, opening a window while
the node decoded the first reply of a 10,000-vote sync froze the GUI for 100-300 ms; with 0.5 ms it stays
well under 100 ms, and the node's throughput does not measurably change (``python -m votingapp bench``,
section gui).
"""

from __future__ import annotations

import sys

SWITCH_INTERVAL_S = 0.0005


class ShortSwitchInterval:
    """Sets :data:`SWITCH_INTERVAL_S` on :meth:`start` and puts the previous interval back on :meth:`stop`."""

    def __init__(self, interval_s: float = SWITCH_INTERVAL_S) -> None:
        self.interval_s = interval_s
        self._previous = sys.getswitchinterval()

    def start(self) -> None:
        self._previous = sys.getswitchinterval()
        sys.setswitchinterval(self.interval_s)

    def stop(self) -> None:
        sys.setswitchinterval(self._previous)
