"""The tally: a pure function of the chain's state, the one result object every surface shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from votingapp.core.crypto.dkg import combine_decryption
from votingapp.core.crypto.errors import CryptoError
from votingapp.core.state import Aggregate, LedgerState

# Late returns (ballots cast before the close that reach the chain after it) change the aggregate. Two
# decrypted aggregates give away the sum of the ballots between them, so an honest trustee decrypts a later
# aggregate only when it adds at least this many ballots to the last one it decrypted: fewer stay sealed,
# counted in the turnout, and every surface says why (:attr:`Tally.late_ballots`).
MIN_REDECRYPT_BALLOTS = 10


@dataclass(frozen=True)
class Tally:
    """Turnout, and the results per option in the manifest's order unless they are not to be seen yet.

    ``results`` is ``None`` while hidden: in an open election while ``results_mode == "after_close"`` and
    the election is not closed; in a secret election (``ballot == "secret"``) until ``threshold`` valid
    decryption shares of the SAME aggregate are in the chain (``sealed``).  Then ``results`` are the
    decrypted counts of the aggregate reached at block ``aggregate_block`` (``aggregate_ballots`` ballots),
    decrypted by the trustees ``decrypted_by`` (indexes from 1); ``shares`` counts the valid shares of the
    latest aggregate (the one at the tip), which is another one when late returns came in after the
    decryption (then ``stale``).  ``voted`` counts votes or ballots.
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
    ballot: str = "open"
    threshold: int = 0
    shares: int = 0
    decrypted_by: tuple[int, ...] = ()
    aggregate_block: bytes | None = None
    aggregate_ballots: int = 0
    stale: bool = False
    latest_ballots: int = 0  # ballots in the latest aggregate (the one at the tip; 0 before the close)

    @property
    def late_ballots(self) -> int:
        """Ballots counted in the turnout but not in the decrypted result (late returns since it)."""
        return max(0, self.latest_ballots - self.aggregate_ballots) if self.stale else 0

    @property
    def late_held_back(self) -> bool:
        """True when the late ballots are too few to be decrypted without giving away how they voted."""
        return 0 < self.late_ballots < MIN_REDECRYPT_BALLOTS

    @property
    def hidden(self) -> bool:
        """True while the election hides its results (or they are sealed)."""
        return self.results is None

    @property
    def secret(self) -> bool:
        """True for a secret-ballot election."""
        return self.ballot == "secret"

    @property
    def sealed(self) -> bool:
        """A secret election whose counts are not decrypted yet."""
        return self.secret and self.results is None

    @property
    def sealed_text(self) -> str:
        """``"sealed: N of k trustee shares"`` while sealed, else empty."""
        return f"sealed: {self.shares} of {self.threshold} trustee shares" if self.sealed else ""

    @property
    def turnout(self) -> float:
        """Share of registered voters who voted (0.0 when nobody is registered)."""
        return self.voted / self.registered if self.registered else 0.0

    def to_json(self) -> dict[str, Any]:
        """The ``tally --json`` object (docs/design.md section 7).

        Always: ``election`` (hex), ``height``, ``tip`` (hex), ``registered``, ``voted``, ``results``
        (option -> count, ``{}`` while hidden) and ``results_hidden: true`` while hidden.  A secret election
        adds ``ballot: "secret"``, ``sealed`` (bool), ``shares`` (valid shares of the latest aggregate),
        ``threshold``, ``decrypted_by`` (trustee indexes, ``[]`` while sealed) and ``aggregate_block`` (hex of
        the block the decrypted aggregate was reached at; while sealed the latest aggregate's; ``null``
        before the close), for example::

            {"election": "..", "height": 9, "tip": "..", "registered": 50, "voted": 50,
             "results": {"Alice": 20, "Bob": 30}, "ballot": "secret", "sealed": false, "shares": 2,
             "threshold": 2, "decrypted_by": [1, 2], "aggregate_block": ".."}
        """
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
        if self.secret:
            obj["ballot"] = self.ballot
            obj["sealed"] = self.sealed
            obj["shares"] = self.shares
            obj["threshold"] = self.threshold
            obj["decrypted_by"] = list(self.decrypted_by)
            obj["aggregate_block"] = None if self.aggregate_block is None else self.aggregate_block.hex()
        return obj


def tally_state(state: LedgerState) -> Tally:
    """The tally of the chain whose state is ``state``."""
    manifest = state.manifest
    common: dict[str, Any] = {
        "election_id": state.election_id,
        "title": manifest.title,
        "options": tuple(manifest.options),
        "results_mode": manifest.results,
        "height": state.height,
        "tip": state.tip,
        "opened": state.opened,
        "closed": state.closed,
    }
    if manifest.secret:
        return _secret_tally(state, common)
    hidden = manifest.results == "after_close" and not state.closed
    return Tally(
        **common,
        registered=len(state.registered),
        voted=len(state.voted),
        results=None if hidden else {option: state.counts[option] for option in manifest.options},
    )


def _secret_tally(state: LedgerState, common: dict[str, Any]) -> Tally:
    manifest = state.manifest
    k = manifest.threshold
    latest = state.latest_aggregate()
    latest_shares = len(state.decryption_shares(latest.block)) if latest is not None else 0
    decrypted = None
    for aggregate in sorted(state.aggregates.values(), key=lambda a: a.height, reverse=True):
        decrypted = _decrypt(state, aggregate, k)
        if decrypted is not None:
            break
    results: dict[str, int] | None = None
    decrypted_by: tuple[int, ...] = ()
    shown = latest
    if decrypted is not None:
        shown, counts, decrypted_by = decrypted
        results = dict(zip(manifest.options, counts, strict=True))
    return Tally(
        **common,
        registered=len(state.registered),
        voted=len(state.ballots),
        results=results,
        ballot="secret",
        threshold=k,
        shares=latest_shares,
        decrypted_by=decrypted_by,
        aggregate_block=None if shown is None else shown.block,
        aggregate_ballots=0 if shown is None else shown.ballots,
        stale=decrypted is not None and latest is not None and shown is not latest,
        latest_ballots=0 if latest is None else latest.ballots,
    )


_Decrypted = tuple[Aggregate, tuple[int, ...], tuple[int, ...]]


def _decrypt(state: LedgerState, aggregate: Aggregate, k: int) -> _Decrypted | None:
    """The counts of ``aggregate`` from its valid shares when there are at least k (cached in the state)."""
    shares = state.decryption_shares(aggregate.block)
    if len(shares) < k:
        return None
    used = tuple(sorted(shares))
    cache_key = (aggregate.block, used)
    counts = state.decrypted.get(cache_key)
    if counts is None:
        try:
            counts = combine_decryption(aggregate.ciphertexts, [shares[i] for i in used], k, aggregate.ballots)
        except CryptoError:
            return None
        state.decrypted[cache_key] = counts
    return aggregate, counts, used


def ceremony_json(state: LedgerState) -> dict[str, Any]:
    """The ``ceremony`` object of ``tally --json`` for a secret election (the same offline and from a node)."""
    status = state.ceremony_status()
    return {
        "trustees": status.trustees,
        "keys": list(status.keys),
        "dealt": list(status.dealt),
        "acked": list(status.acked),
        "complete": status.complete,
        "failed_by": status.failed_by,
        "election_key": None if state.election_key is None else state.election_key.hex(),
    }
