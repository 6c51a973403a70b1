"""Full verification of a chain from its encoded blocks: every rule, every signature.

Blocks are decoded and their rules applied in order on the calling thread while their signatures are
checked on the executor's threads; a few blocks are in flight at once, so memory stays bounded.
Ballot proofs go to the executor too, or to ``pool`` (a process pool the caller made) if given.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from concurrent.futures import Executor, Future
from dataclasses import dataclass

from votingapp.core.block import Block, decode_block_with_messages, signature_jobs
from votingapp.core.errors import ChainError, LedgerError
from votingapp.core.manifest import Genesis
from votingapp.core.proofcheck import PendingProofs, apply_block_checked, start_ballot_checks
from votingapp.core.signatures import first_bad_of, submit_checks
from votingapp.core.state import LedgerState
from votingapp.core.transactions import describe
from votingapp.core.validation import apply_block, holds_close, signature_error, validate_block

IN_FLIGHT = 6


@dataclass
class _Pending:
    height: int
    block_hash: bytes
    futures: list[Future[int | None]]
    block: Block
    proofs: PendingProofs


@dataclass(frozen=True)
class VerifyReport:
    """What a successful verification saw."""

    state: LedgerState
    blocks: int
    transactions: int
    signatures: int


def _name(height: int, block_hash: bytes | None) -> str:
    return f"block {height}" + (f" ({block_hash.hex()[:16]})" if block_hash else "")


def _resolve(pending: _Pending, state: LedgerState) -> None:
    bad = first_bad_of(pending.futures)
    if bad is not None:
        raise ChainError(
            f"{_name(pending.height, pending.block_hash)}: {_signer_name(pending.block, bad)} has an invalid signature",
            pending.height,
            pending.block_hash,
            signature_error(pending.block, bad),
        )
    try:
        pending.proofs.result(state)
    except LedgerError as exc:
        message = str(exc).removeprefix(f"block {pending.height}: ")
        raise ChainError(f"{_name(pending.height, pending.block_hash)}: {message}", pending.height, pending.block_hash,
                         exc) from None


def verify_chain(
    genesis: Genesis,
    encoded_blocks: Iterable[bytes],
    executor: Executor | None = None,
    now_ms: int | None = None,
    pool: Executor | None = None,
) -> VerifyReport:
    """Re-check a whole chain; raise :class:`ChainError` naming the first bad block (and tx).

    Every ballot's proofs are checked on the executor like the signatures (or on ``pool``, a process
    pool, by :func:`votingapp.core.proofcheck.check_ballots`), a few blocks in flight; from
    the close on (where the aggregate of the counted ballots is taken) blocks are checked one at a time.
    Decryption shares and deals are checked with the rules.
    """
    genesis.check_signature()
    state = LedgerState(genesis)
    difficulty = genesis.manifest.difficulty
    authority = genesis.manifest.authority
    in_flight: deque[_Pending] = deque()
    n_blocks = n_txs = n_sigs = 0

    def fail(message: str, height: int, block_hash: bytes | None, cause: LedgerError) -> ChainError:
        # An earlier block's bad signature is the first error, even if found later.
        while in_flight:
            _resolve(in_flight.popleft(), state)
        message = message.removeprefix(f"block {height}: ")  # the rule's own text may name the block too
        return ChainError(f"{_name(height, block_hash)}: {message}", height, block_hash, cause)

    for raw in encoded_blocks:
        height = state.height + 1
        try:
            block, messages = decode_block_with_messages(raw)
        except LedgerError as exc:
            raise fail(f"cannot be decoded: {exc}", height, None, exc) from None
        one_at_a_time = state.secret and (state.closed or holds_close(block))
        if one_at_a_time:  # the aggregate is taken at this block's end: every earlier ballot proven first
            while in_flight:
                _resolve(in_flight.popleft(), state)
        try:
            validate_block(
                block,
                parent_hash=state.tip,
                parent_height=state.height,
                parent_time=state.tip_time,
                stations=state.stations,
                difficulty=difficulty,
                now_ms=now_ms,
            )
            jobs = signature_jobs(block, authority, messages)
            futures = submit_checks(jobs, executor)
            if one_at_a_time:
                apply_block_checked(state, block, executor, pool)
                proofs = PendingProofs(block, b"")
            else:
                apply_block(state, block, ballot_proofs=False)
                proofs = start_ballot_checks(state, block, executor, pool)
        except LedgerError as exc:
            raise fail(str(exc), height, block.hash, exc) from None
        in_flight.append(_Pending(block.height, block.hash, futures, block, proofs))
        n_blocks += 1
        n_txs += len(block.txs)
        n_sigs += len(jobs)
        if len(in_flight) > IN_FLIGHT:
            _resolve(in_flight.popleft(), state)
    while in_flight:
        _resolve(in_flight.popleft(), state)
    return VerifyReport(state, n_blocks, n_txs, n_sigs)


def _signer_name(block: Block, index: int) -> str:
    """What signature ``index`` of a block's signature jobs belongs to."""
    if index >= len(block.txs):
        return "the block itself"
    return f"transaction {index} ({describe(block.txs[index])}, id {block.txids[index].hex()[:16]})"
