"""Block rules: :func:`validate_block` (every rule of a block against its parent, in their one order),
the typed error of a bad signature, and applying a block's transactions.

The ledger and ``verify`` both call :func:`validate_block`; signatures are checked apart (on an executor's
threads) and transactions by :func:`apply_block`, which needs the state at the parent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from votingapp.core.block import MAX_BLOCK_TXS, Block
from votingapp.core.errors import (
    BadBlockSignature,
    BadBlockSize,
    BadHeight,
    BadMerkleRoot,
    BadSignature,
    BlockBeforeParent,
    BlockFromFuture,
    BlockTransactionError,
    InsufficientWork,
    InvalidBlock,
    InvalidTransaction,
    MinerNotAdmitted,
    TxAfterBlock,
    WrongPreviousHash,
)
from votingapp.core.merkle import merkle_root
from votingapp.core.pow import leading_zero_bits, meets_difficulty
from votingapp.core.state import LedgerState, check_tx
from votingapp.core.transactions import AdmitStation, Close, describe

MAX_FUTURE_MS = 120_000  # the clock slack: a block may be this far ahead of the receiver's clock, a tx of its block's
# A block holding the close weighs more than any chain without one can (at most 2**40 blocks of at most
# 2**33 each): a chain with the close beats every chain without it, and "most weight" stays the one rule.
CLOSE_WEIGHT = 1 << 100


def validate_block(
    block: Block,
    *,
    parent_hash: bytes,
    parent_height: int,
    parent_time: int,
    stations: Sequence[bytes],
    difficulty: int,
    now_ms: int | None = None,
) -> None:
    """Check every block rule but signatures and transactions; raise the typed error of the first broken one.

    The rules, in order: the link to the parent, the height, the time (not before the parent's, not more
    than :data:`MAX_FUTURE_MS` after ``now_ms`` when given), a miner admitted at the parent (``stations``),
    the number of transactions, the Merkle root, the proof of work, and no transaction stamped more than
    :data:`MAX_FUTURE_MS` after the block's time.
    """
    height = block.height
    if block.prev != parent_hash:
        raise WrongPreviousHash(
            f"block {height}: previous hash does not match block {parent_height}",
            expected=parent_hash,
            actual=block.prev,
        )
    if height != parent_height + 1:
        raise BadHeight(
            f"block height {height} does not follow {parent_height}", expected=parent_height + 1, actual=height
        )
    if block.time < parent_time:
        raise BlockBeforeParent(
            f"block {height}: time is before its parent's", block_time=block.time, parent_time=parent_time
        )
    if now_ms is not None and block.time > now_ms + MAX_FUTURE_MS:
        raise BlockFromFuture(
            f"block {height}: time is more than two minutes in the future",
            block_time=block.time,
            limit=now_ms + MAX_FUTURE_MS,
        )
    if block.miner not in stations:
        raise MinerNotAdmitted(
            f"block {height}: miner {block.miner.hex()[:12]} is not an admitted station", miner=block.miner
        )
    n_txs = len(block.txs)
    if not 1 <= n_txs <= MAX_BLOCK_TXS:
        raise BadBlockSize(
            f"block {height}: holds {n_txs} transactions, not 1 to {MAX_BLOCK_TXS}", limit=MAX_BLOCK_TXS, actual=n_txs
        )
    root = merkle_root(block.txids)
    if root != block.merkle:
        raise BadMerkleRoot(
            f"block {height}: the Merkle root does not match its transactions", expected=root, actual=block.merkle
        )
    if not meets_difficulty(block.hash, difficulty):
        raise InsufficientWork(
            f"block {height}: the proof of work does not meet difficulty {difficulty}",
            required=difficulty,
            actual=leading_zero_bits(block.hash),
        )
    limit = block.time + MAX_FUTURE_MS
    for index, tx in enumerate(block.txs):
        if not isinstance(tx, AdmitStation) and tx.time > limit:
            raise TxAfterBlock(
                f"block {height}: transaction {index} ({describe(tx)}) is dated more than two minutes after its block",
                index=index,
                tx_time=tx.time,
                limit=limit,
            )


def signature_error(block: Block, index: int) -> InvalidBlock:
    """The typed error of the block's bad signature ``index``: transaction ``index``'s, or (past the last
    transaction) the block's own."""
    if index >= len(block.txs):
        return BadBlockSignature(f"block {block.height}: the block signature does not verify")
    cause = BadSignature(f"the signature of {describe(block.txs[index])} does not verify")
    return BlockTransactionError(
        f"block {block.height}: transaction {index} (id {block.txids[index].hex()[:16]}): {cause}", cause, index
    )


def apply_block(
    state: LedgerState,
    block: Block,
    *,
    ballot_proofs: bool = True,
    proof_check: Callable[[], None] | None = None,
) -> None:
    """Check every transaction in order against ``state`` and apply them; all or nothing.

    ``ballot_proofs=False``: the ballots' proofs are left to ``proof_check`` (:mod:`votingapp.core.proofcheck`),
    called after the rules and before the block's aggregate is taken; it raises :class:`InvalidBlock`.
    """
    done = 0
    try:
        for tx, txid in zip(block.txs, block.txids):
            check_tx(tx, txid, state, state, ballot_proofs=ballot_proofs)
            state.apply(tx, txid)
            done += 1
        if proof_check is not None:
            proof_check()
    except InvalidTransaction as exc:
        _undo(state, block, done)
        tx = block.txs[done]
        raise BlockTransactionError(
            f"block {block.height}: transaction {done} ({describe(tx)}, id {block.txids[done].hex()[:16]}): {exc}",
            exc,
            done,
        ) from exc
    except InvalidBlock:
        _undo(state, block, done)
        raise
    state.end_block(block.hash, block.height, block.prev)
    state.height = block.height
    state.tip = block.hash
    state.tip_time = block.time


def _undo(state: LedgerState, block: Block, done: int) -> None:
    for i in range(done - 1, -1, -1):
        state.undo(block.txs[i], block.txids[i])


def unapply_block(state: LedgerState, block: Block, parent_hash: bytes, parent_time: int) -> None:
    """Undo a block at the tip of ``state``."""
    state.undo_block(block.hash)
    for tx, txid in zip(reversed(block.txs), reversed(block.txids)):
        state.undo(tx, txid)
    state.height = block.height - 1
    state.tip = parent_hash
    state.tip_time = parent_time


def in_turn(stations: list[bytes] | tuple[bytes, ...], height: int, miner: bytes) -> bool:
    """The station in turn at ``height`` mines first; the others wait (Clique-style)."""
    return bool(stations) and stations[height % len(stations)] == miner


def block_weight(difficulty: int, is_in_turn: bool, closes: bool = False) -> int:
    """A block's weight in the fork choice: its work, doubled when mined in turn, plus :data:`CLOSE_WEIGHT`
    when it ``closes`` the election (holds the first close of its chain)."""
    return ((2 if is_in_turn else 1) << difficulty) + (CLOSE_WEIGHT if closes else 0)


def holds_close(block: Block) -> bool:
    """True when the block holds a close transaction."""
    return any(isinstance(tx, Close) for tx in block.txs)
