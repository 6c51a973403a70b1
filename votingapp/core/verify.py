"""Full verification of a chain from its encoded blocks: every rule, every signature.

Blocks are decoded and their rules applied in order on the calling thread while their signatures are
checked on the executor's threads; a few blocks are in flight at once, so memory stays bounded.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from concurrent.futures import Executor, Future
from dataclasses import dataclass

from votingapp.core.block import Block, decode_block_with_messages, signature_jobs
from votingapp.core.errors import ChainError, LedgerError
from votingapp.core.manifest import Genesis
from votingapp.core.signatures import first_bad_of, submit_checks
from votingapp.core.state import LedgerState
from votingapp.core.transactions import describe
from votingapp.core.validation import apply_block, signature_error, validate_block

IN_FLIGHT = 6


@dataclass
class _Pending:
    height: int
    block_hash: bytes
    futures: list[Future[int | None]]
    block: Block


@dataclass(frozen=True)
class VerifyReport:
    """What a successful verification saw."""

    state: LedgerState
    blocks: int
    transactions: int
    signatures: int


def _name(height: int, block_hash: bytes | None) -> str:
    return f"block {height}" + (f" ({block_hash.hex()[:16]})" if block_hash else "")


def _resolve(pending: _Pending) -> None:
    bad = first_bad_of(pending.futures)
    if bad is not None:
        raise ChainError(
            f"{_name(pending.height, pending.block_hash)}: {_signer_name(pending.block, bad)} has an invalid signature",
            pending.height,
            pending.block_hash,
            signature_error(pending.block, bad),
        )


def verify_chain(
    genesis: Genesis, encoded_blocks: Iterable[bytes], executor: Executor | None = None, now_ms: int | None = None
) -> VerifyReport:
    """Re-check a whole chain; raise :class:`ChainError` naming the first bad block (and tx)."""
    genesis.check_signature()
    state = LedgerState(genesis)
    difficulty = genesis.manifest.difficulty
    authority = genesis.manifest.authority
    in_flight: deque[_Pending] = deque()
    n_blocks = n_txs = n_sigs = 0

    def fail(message: str, height: int, block_hash: bytes | None, cause: LedgerError) -> ChainError:
        # An earlier block's bad signature is the first error, even if found later.
        while in_flight:
            _resolve(in_flight.popleft())
        message = message.removeprefix(f"block {height}: ")  # the rule's own text may name the block too
        return ChainError(f"{_name(height, block_hash)}: {message}", height, block_hash, cause)

    for raw in encoded_blocks:
        height = state.height + 1
        try:
            block, messages = decode_block_with_messages(raw)
        except LedgerError as exc:
            raise fail(f"cannot be decoded: {exc}", height, None, exc) from None
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
            apply_block(state, block)
        except LedgerError as exc:
            raise fail(str(exc), height, block.hash, exc) from None
        in_flight.append(_Pending(block.height, block.hash, futures, block))
        n_blocks += 1
        n_txs += len(block.txs)
        n_sigs += len(jobs)
        if len(in_flight) > IN_FLIGHT:
            _resolve(in_flight.popleft())
    while in_flight:
        _resolve(in_flight.popleft())
    return VerifyReport(state, n_blocks, n_txs, n_sigs)


def _signer_name(block: Block, index: int) -> str:
    """What signature ``index`` of a block's signature jobs belongs to."""
    if index >= len(block.txs):
        return "the block itself"
    return f"transaction {index} ({describe(block.txs[index])}, id {block.txids[index].hex()[:16]})"
