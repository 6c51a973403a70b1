"""Block rules: the stateless checks, the header against its parent, and applying a block's transactions."""

from __future__ import annotations

from votingapp.core.block import MAX_BLOCK_TXS, Block, SigJob
from votingapp.core.errors import (
    BadBlockSize,
    BadHeight,
    BadMerkleRoot,
    BadTimestamp,
    BlockTransactionError,
    InsufficientWork,
    InvalidTransaction,
    MinerNotAdmitted,
    WrongPreviousHash,
)
from votingapp.core.keys import verify_signature
from votingapp.core.merkle import merkle_root
from votingapp.core.pow import meets_difficulty
from votingapp.core.state import LedgerState, check_tx
from votingapp.core.transactions import describe

MAX_FUTURE_MS = 120_000  # a block may be at most two minutes ahead of the receiver's clock


def check_block_body(block: Block, difficulty: int) -> None:
    """Rules that need nothing but the block: size, Merkle root, proof of work."""
    if not 1 <= len(block.txs) <= MAX_BLOCK_TXS:
        raise BadBlockSize(f"block {block.height}: holds {len(block.txs)} transactions, not 1 to {MAX_BLOCK_TXS}")
    if merkle_root(block.txids) != block.merkle:
        raise BadMerkleRoot(f"block {block.height}: the Merkle root does not match its transactions")
    if not meets_difficulty(block.hash, difficulty):
        raise InsufficientWork(f"block {block.height}: the proof of work does not meet difficulty {difficulty}")


def check_header(
    block: Block,
    parent_hash: bytes,
    parent_height: int,
    parent_time: int,
    stations: list[bytes] | tuple[bytes, ...],
    now_ms: int | None = None,
) -> None:
    """The header against its parent: link, height, time, and a miner admitted at the parent."""
    if block.prev != parent_hash:
        raise WrongPreviousHash(f"block {block.height}: previous hash does not match block {parent_height}")
    if block.height != parent_height + 1:
        raise BadHeight(f"block height {block.height} does not follow {parent_height}")
    if block.time < parent_time:
        raise BadTimestamp(f"block {block.height}: time is before its parent's")
    if now_ms is not None and block.time > now_ms + MAX_FUTURE_MS:
        raise BadTimestamp(f"block {block.height}: time is more than two minutes in the future")
    if block.miner not in stations:
        raise MinerNotAdmitted(f"block {block.height}: miner {block.miner.hex()[:12]} is not an admitted station")


def first_bad_signature(jobs: list[SigJob]) -> int | None:
    """Index of the first signature that does not verify, or None."""
    for i, (key, sig, msg) in enumerate(jobs):
        if not verify_signature(key, sig, msg):
            return i
    return None


def apply_block(state: LedgerState, block: Block) -> None:
    """Check every transaction in order against ``state`` and apply them; all or nothing."""
    done = 0
    try:
        for tx, txid in zip(block.txs, block.txids):
            check_tx(tx, txid, state, state)
            state.apply(tx, txid)
            done += 1
    except InvalidTransaction as exc:
        for i in range(done - 1, -1, -1):
            state.undo(block.txs[i], block.txids[i])
        tx = block.txs[done]
        raise BlockTransactionError(
            f"block {block.height}: transaction {done} ({describe(tx)}, id {block.txids[done].hex()[:16]}): {exc}",
            exc,
            done,
        ) from exc
    state.height = block.height
    state.tip = block.hash
    state.tip_time = block.time


def unapply_block(state: LedgerState, block: Block, parent_hash: bytes, parent_time: int) -> None:
    """Undo a block at the tip of ``state``."""
    for tx, txid in zip(reversed(block.txs), reversed(block.txids)):
        state.undo(tx, txid)
    state.height = block.height - 1
    state.tip = parent_hash
    state.tip_time = parent_time


def in_turn(stations: list[bytes] | tuple[bytes, ...], height: int, miner: bytes) -> bool:
    """The station in turn at ``height`` mines first; the others wait (Clique-style)."""
    return bool(stations) and stations[height % len(stations)] == miner


def block_weight(difficulty: int, is_in_turn: bool) -> int:
    """A block's weight in the fork choice: its work, doubled when mined in turn."""
    return (2 if is_in_turn else 1) << difficulty
