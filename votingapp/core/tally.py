"""The tally: a pure function of the chain's state, the one result object every surface shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from votingapp.core.state import LedgerState


@dataclass(frozen=True)
class Tally:
    """Turnout, and the results per option in the manifest's order unless the election hides them until close.

    ``results`` is ``None`` while hidden (``results_mode == "after_close"`` and the election is not closed).
    """

    election_id: bytes
    title: str
    options: tuple[str, ...]
    results_mode: str
    height: int
    tip: bytes
    opened: bool
    closed: bool
    registered: int
    voted: int
    results: dict[str, int] | None

    @property
    def hidden(self) -> bool:
        """True while the election hides its results."""
        return self.results is None

    @property
    def turnout(self) -> float:
        """Share of registered voters who voted (0.0 when nobody is registered)."""
        return self.voted / self.registered if self.registered else 0.0

    def to_json(self) -> dict[str, Any]:
        """The ``tally --json`` object (docs/design.md section 7)."""
        obj: dict[str, Any] = {
            "election": self.election_id.hex(),
            "height": self.height,
            "tip": self.tip.hex(),
            "registered": self.registered,
            "voted": self.voted,
            "results": {} if self.results is None else dict(self.results),
        }
        if self.results is None:
            obj["results_hidden"] = True
        return obj


def tally_state(state: LedgerState) -> Tally:
    """The tally of the chain whose state is ``state``."""
    manifest = state.manifest
    hidden = manifest.results == "after_close" and not state.closed
    return Tally(
        election_id=state.election_id,
        title=manifest.title,
        options=tuple(manifest.options),
        results_mode=manifest.results,
        height=state.height,
        tip=state.tip,
        opened=state.opened,
        closed=state.closed,
        registered=len(state.registered),
        voted=len(state.voted),
        results=None if hidden else {option: state.counts[option] for option in manifest.options},
    )
