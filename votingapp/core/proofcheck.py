"""Ballot proof checks spread over an executor's threads, as :mod:`votingapp.core.signatures` does for
signatures: libsodium (through cffi) releases the GIL, and a 4-option ballot costs about 2.5 ms to check.

The ledger and ``verify`` apply a block's rules with ``ballot_proofs=False`` and then check its ballots
here (:func:`apply_block_checked`, or :func:`start_ballot_checks` to keep a few blocks in flight).  A
ballot checked under an election key is remembered in ``LedgerState.proven`` and never checked again under
that key (the mempool's check fills it too).
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field

from votingapp.core.block import Block
from votingapp.core.crypto.group import Point
from votingapp.core.errors import BadBallot, BlockTransactionError
from votingapp.core.state import LedgerState, check_ballot_proofs
from votingapp.core.transactions import Ballot, describe
from votingapp.core.validation import apply_block

CHUNK = 8  # ballots per job: about 20 ms of work

_Outcome = tuple[list[int], tuple[int, BadBallot] | None]


def _check_chunk(items: Sequence[tuple[int, Ballot]], key: Point, state: LedgerState) -> _Outcome:
    """The indexes whose proofs hold, up to the first that fails (and that one with its error)."""
    ok: list[int] = []
    for index, tx in items:
        try:
            check_ballot_proofs(tx, key, state)
        except BadBallot as exc:
            return ok, (index, exc)
        ok.append(index)
    return ok, None


@dataclass
class PendingProofs:
    """The proof checks of one block's ballots under way; :meth:`result` raises on a bad one."""

    block: Block
    key: bytes  # the election key they are checked under
    futures: list[Future[_Outcome]] = field(default_factory=list)

    def result(self, state: LedgerState, strict: bool = True) -> None:
        """Wait; remember the ballots that hold in ``state.proven``; with ``strict``, raise the
        :class:`BlockTransactionError` of the first bad ballot."""
        bad: list[tuple[int, BadBallot]] = []
        for future in self.futures:
            ok, failed = future.result()
            for index in ok:
                state.proven[self.block.txids[index]] = self.key
            if failed is not None:
                bad.append(failed)
        if bad and strict:
            index, cause = min(bad, key=lambda item: item[0])
            raise BlockTransactionError(
                f"block {self.block.height}: transaction {index} ({describe(self.block.txs[index])}, "
                f"id {self.block.txids[index].hex()[:16]}): {cause}",
                cause,
                index,
            )


def start_ballot_checks(state: LedgerState, block: Block, executor: Executor | None) -> PendingProofs:
    """Start checking the proofs of the block's ballots not yet proven under the state's election key."""
    key = state.election_key
    if key is None:
        return PendingProofs(block, b"")
    items = [
        (i, tx)
        for i, (tx, txid) in enumerate(zip(block.txs, block.txids))
        if isinstance(tx, Ballot) and state.proven.get(txid) != key.encoding
    ]
    pending = PendingProofs(block, key.encoding)
    if not items:
        return pending
    if executor is None or len(items) == 1:
        done: Future[_Outcome] = Future()
        done.set_result(_check_chunk(items, key, state))
        pending.futures.append(done)
        return pending
    size = max(1, min(CHUNK, -(-len(items) // 4)))  # small blocks still spread over the threads
    for start in range(0, len(items), size):
        pending.futures.append(executor.submit(_check_chunk, items[start : start + size], key, state))
    return pending


def apply_block_checked(state: LedgerState, block: Block, executor: Executor | None) -> None:
    """:func:`apply_block` with the ballots' proofs checked on ``executor``; all or nothing.

    With the election key known at the parent, the checks start before the rules are applied and run
    alongside; otherwise (the ceremony completes in this block) they start once the rules hold.
    """
    early = start_ballot_checks(state, block, executor) if state.election_key is not None else None

    def proof_check() -> None:
        pending = early if early is not None else start_ballot_checks(state, block, executor)
        pending.result(state)

    apply_block(state, block, ballot_proofs=False, proof_check=proof_check)
