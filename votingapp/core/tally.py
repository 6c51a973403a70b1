"""The tally: a pure function of the chain."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from votingapp.core.block import Block
from votingapp.core.manifest import Genesis
from votingapp.core.state import LedgerState
from votingapp.core.validation import apply_block


@dataclass(frozen=True)
class Tally:
    """Results per option (in the manifest's order) and turnout."""

    results: dict[str, int]
    registered: int
    voted: int

    @property
    def turnout(self) -> float:
        """Share of registered voters who voted (0.0 when nobody is registered)."""
        return self.voted / self.registered if self.registered else 0.0


def tally_state(state: LedgerState) -> Tally:
    """The tally of the chain whose state is ``state``."""
    return Tally(dict(state.counts), len(state.registered), len(state.voted))


def tally_chain(genesis: Genesis, blocks: Iterable[Block]) -> Tally:
    """The tally of a chain given as its blocks in order (rules applied, signatures not re-checked)."""
    state = LedgerState(genesis)
    for block in blocks:
        apply_block(state, block)
    return tally_state(state)
