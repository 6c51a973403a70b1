"""Ballot proof checks spread over an executor's threads, as :mod:`votingapp.core.signatures` does for
signatures: libsodium (through cffi) releases the GIL, and a 4-option ballot costs about 2.5 ms to check.

The ledger and ``verify`` apply a block's rules with ``ballot_proofs=False`` and then check its ballots
here (:func:`apply_block_checked`, or :func:`start_ballot_checks` to keep a few blocks in flight).  A
ballot checked under an election key is remembered in ``LedgerState.proven`` and never checked again under
that key (the mempool's check fills it too).

``verify`` may pass a second executor, ``pool`` (a process pool, made by the caller: the core starts no
process): the ballots then go to :func:`check_ballots`, a module-level function of picklable values, in
chunks of :data:`POOL_CHUNK`, and the proof checks no longer contend for the GIL with the thread that
decodes blocks, applies the rules and sums the aggregate.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field

from votingapp.core.block import Block
from votingapp.core.crypto.ballot import EncryptedBallot, ballot_context, verify_ballot
from votingapp.core.crypto.elgamal import Ciphertext
from votingapp.core.crypto.errors import InvalidBallot
from votingapp.core.crypto.group import Point, Scalar
from votingapp.core.crypto.proofs import ChaumPedersenProof, ZeroOneProof
from votingapp.core.errors import BadBallot, BlockTransactionError
from votingapp.core.state import LedgerState, check_ballot_proofs
from votingapp.core.transactions import Ballot, describe
from votingapp.core.validation import apply_block

CHUNK = 8  # ballots per job: about 20 ms of work
POOL_CHUNK = 64  # ballots per job on a process pool: about 0.2 s of work, pickled at once

_Outcome = tuple[list[int], tuple[int, BadBallot] | None]
# from a pool: how many ballots of the chunk hold, then the first bad one's message and option (or None)
_PoolOutcome = tuple[int, tuple[str, int | None] | None]


def warm_up() -> None:
    """Nothing: submitted to a new process pool, it starts the workers and imports this module there."""


# A ballot as it travels to a pool: the voter key, then the ballot's values in one string of bytes (the
# ciphertexts' points, the 0/1 proofs' scalars, the sum proof's), with the counts of ciphertexts and proofs.
# Pickling the ballot objects themselves costs about 0.4 ms a ballot, a tenth of its check.
PooledBallot = tuple[bytes, int, int, bytes]


def pooled(tx: Ballot) -> PooledBallot:
    """``tx`` for :func:`check_ballots`."""
    ballot = tx.ballot
    assert ballot is not None
    parts = [c.alpha.encoding + c.beta.encoding for c in ballot.ciphertexts]
    parts += [p.c0.encoding + p.c1.encoding + p.z0.encoding + p.z1.encoding for p in ballot.proofs]
    parts.append(ballot.sum_proof.c.encoding + ballot.sum_proof.z.encoding)
    return tx.voter, len(ballot.ciphertexts), len(ballot.proofs), b"".join(parts)


def unpooled(election_id: bytes, item: PooledBallot) -> Ballot:
    """The ballot transaction (unsigned: only what the proofs read) back from :func:`pooled`."""
    voter, n_ciphertexts, n_proofs, data = item
    values = [data[i : i + 32] for i in range(0, len(data), 32)]
    points = [Point(v) for v in values[: 2 * n_ciphertexts]]
    scalars = [Scalar(v) for v in values[2 * n_ciphertexts :]]
    ciphertexts = tuple(Ciphertext(points[2 * j], points[2 * j + 1]) for j in range(n_ciphertexts))
    proofs = tuple(ZeroOneProof(*scalars[4 * j : 4 * j + 4]) for j in range(n_proofs))
    sum_proof = ChaumPedersenProof(*scalars[4 * n_proofs :])
    return Ballot(election_id, voter=voter, ballot=EncryptedBallot(ciphertexts, proofs, sum_proof))


def check_ballots(key: bytes, n_options: int, election_id: bytes, ballots: Sequence[PooledBallot]) -> _PoolOutcome:
    """The proofs of ``ballots`` (:func:`pooled`) under the election key (its encoding), in order, up to the
    first that fails.

    Module-level and of picklable arguments and result, for a process pool; the message is the one of
    :func:`check_ballot_proofs`.
    """
    election_key = Point(key)  # trusted: computed from the verified ceremony
    for n, item in enumerate(ballots):
        tx = unpooled(election_id, item)
        assert tx.ballot is not None
        try:
            verify_ballot(tx.ballot, election_key, n_options, ballot_context(election_id, tx.voter))
        except InvalidBallot as exc:
            return n, (f"{describe(tx)}: {exc}", exc.option)
    return len(ballots), None


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
    pooled: list[tuple[list[int], Future[_PoolOutcome]]] = field(default_factory=list)  # indexes, their check

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
        for indexes, pooled in self.pooled:
            held, failure = pooled.result()
            for index in indexes[:held]:
                state.proven[self.block.txids[index]] = self.key
            if failure is not None:
                message, option = failure
                bad.append((indexes[held], BadBallot(message, option=option)))
        if bad and strict:
            index, cause = min(bad, key=lambda item: item[0])
            raise BlockTransactionError(
                f"block {self.block.height}: transaction {index} ({describe(self.block.txs[index])}, "
                f"id {self.block.txids[index].hex()[:16]}): {cause}",
                cause,
                index,
            )


def start_ballot_checks(
    state: LedgerState, block: Block, executor: Executor | None, pool: Executor | None = None
) -> PendingProofs:
    """Start checking the proofs of the block's ballots not yet proven under the state's election key;
    on ``pool`` (by :func:`check_ballots`) if given, else on ``executor``."""
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
    if pool is not None:
        size = max(1, min(POOL_CHUNK, -(-len(items) // 4)))
        for start in range(0, len(items), size):
            chunk = items[start : start + size]
            ballots = [pooled(tx) for _i, tx in chunk]
            future = pool.submit(check_ballots, key.encoding, state.n_options, state.election_id, ballots)
            pending.pooled.append(([i for i, _tx in chunk], future))
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


def apply_block_checked(
    state: LedgerState, block: Block, executor: Executor | None, pool: Executor | None = None
) -> None:
    """:func:`apply_block` with the ballots' proofs checked on ``executor`` (or ``pool``); all or nothing.

    With the election key known at the parent, the checks start before the rules are applied and run
    alongside; otherwise (the ceremony completes in this block) they start once the rules hold.
    """
    early = start_ballot_checks(state, block, executor, pool) if state.election_key is not None else None

    def proof_check() -> None:
        pending = early if early is not None else start_ballot_checks(state, block, executor, pool)
        pending.result(state)

    apply_block(state, block, ballot_proofs=False, proof_check=proof_check)
