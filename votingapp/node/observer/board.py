"""What the observer board shows: a public snapshot of one station's view of the election.

Built from the chain's state (on the node's thread, or from a data dir with no node running) into a frozen
:class:`Board`; its JSON (``/board.json``) and its HTML page are made from that alone.  Everything in it is
public: counts, names and fingerprints of stations, the tip, the tally the election allows.  It never holds
a voter_id, a voter key, a key of any kind, a trustee share, nor anything of a single ballot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from votingapp.core.keys import fingerprint
from votingapp.core.state import LedgerState
from votingapp.core.tally import Tally, tally_state


@dataclass(frozen=True)
class StationRow:
    """One admitted station as the board lists it."""

    name: str
    fingerprint: str
    height: int | None  # None: not known (neither this station nor connected)
    connected: bool  # this station, or connected to it now
    this: bool  # the station that serves the board


@dataclass(frozen=True)
class Board:
    """One snapshot of the board (all public)."""

    election: str  # hex id
    title: str
    kind: str  # "secret" | "open"
    results_mode: str  # "live" | "after_close" (open elections)
    state: str  # "not_open" | "open" | "closed"
    served_by: str  # the station's name
    live: bool  # a running node (False: served from a data dir)
    stations: tuple[StationRow, ...]
    registered: int
    voted: int
    results: tuple[tuple[str, int], ...] | None  # None while hidden or sealed
    sealed: bool
    shares: int
    threshold: int
    decrypted_by: int
    trustees: int
    stale: bool  # late returns came in after the decryption: the newer count waits for the trustees' shares
    height: int
    tip: str
    last_block_ms: int | None
    options: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """The ``/board.json`` object."""
        return {
            "election": self.election,
            "title": self.title,
            "kind": self.kind,
            "results_mode": self.results_mode,
            "state": self.state,
            "served_by": self.served_by,
            "live": self.live,
            "stations": [
                {"name": s.name, "fingerprint": s.fingerprint, "height": s.height, "connected": s.connected,
                 "this": s.this}
                for s in self.stations
            ],
            "registered": self.registered,
            "voted": self.voted,
            "results": None if self.results is None else [[o, c] for o, c in self.results],
            "sealed": self.sealed,
            "shares": self.shares,
            "threshold": self.threshold,
            "decrypted_by": self.decrypted_by,
            "trustees": self.trustees,
            "stale": self.stale,
            "height": self.height,
            "tip": self.tip,
            "last_block_ms": self.last_block_ms,
            "options": list(self.options),
            "checked": True,
        }


MAX_STATIONS_LISTED = 64


def build_board(
    state: LedgerState,
    *,
    me: bytes,
    served_by: str,
    peers: tuple[tuple[str, int], ...] = (),
    live: bool = True,
) -> Board:
    """The board of ``state`` as seen by station ``me``; ``peers``: (station key hex, height) of connected ones."""
    manifest = state.manifest
    tally: Tally = tally_state(state)
    connected = {key: h for key, h in peers}
    rows = []
    for key in state.stations[:MAX_STATIONS_LISTED]:
        this = key == me
        hex_key = key.hex()
        peer_height = connected.get(hex_key)
        rows.append(StationRow(
            name=state.station_names.get(key, "") or fingerprint(key),
            fingerprint=fingerprint(key),
            height=state.height if this else peer_height,
            connected=this or hex_key in connected,
            this=this,
        ))
    results = None if tally.results is None else tuple((o, tally.results.get(o, 0)) for o in manifest.options)
    if state.closed:
        phase = "closed"
    elif state.opened:
        phase = "open"
    else:
        phase = "not_open"
    return Board(
        election=state.election_id.hex(),
        title=manifest.title,
        kind="secret" if manifest.secret else "open",
        results_mode=manifest.results,
        state=phase,
        served_by=served_by,
        live=live,
        stations=tuple(rows),
        registered=tally.registered,
        voted=tally.voted,
        results=results,
        sealed=tally.sealed,
        shares=tally.shares,
        threshold=tally.threshold,
        decrypted_by=len(tally.decrypted_by),
        trustees=len(manifest.trustees),
        stale=tally.stale,
        height=state.height,
        tip=state.tip.hex(),
        last_block_ms=state.tip_time if state.height > 0 else None,
        options=tuple(manifest.options),
    )
