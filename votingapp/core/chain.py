"""The block tree, fork choice and reorganisation.

A :class:`Ledger` holds every known valid-looking block as a :class:`BlockEntry`, the best tip by
cumulative weight (ties to the lower tip hash) and the :class:`LedgerState` at that tip.  Side branches
are checked fully only when they become the best; a branch that then breaks a rule is marked invalid
and the previous best chain is restored.

The close is a checkpoint: the block holding a chain's close weighs :data:`CLOSE_WEIGHT` more, so a chain
with the close beats every chain without it, however long; a reorg never goes from a closed chain to one
that is not closed.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field

from votingapp.core.block import Block, signature_jobs
from votingapp.core.errors import InvalidBlock, UnknownParent
from votingapp.core.manifest import Genesis
from votingapp.core.proofcheck import PendingProofs, apply_block_checked, start_ballot_checks
from votingapp.core.signatures import first_bad_of, submit_checks
from votingapp.core.state import LedgerState
from votingapp.core.transactions import AdmitStation
from votingapp.core.validation import (
    CLOSE_WEIGHT,
    apply_block,
    block_weight,
    holds_close,
    in_turn,
    signature_error,
    unapply_block,
    validate_block,
)


@dataclass(eq=False)
class BlockEntry:
    """What the fork choice knows about a block."""

    hash: bytes
    height: int
    time: int
    miner: bytes
    parent: BlockEntry | None
    weight: int
    stations: tuple[bytes, ...]
    invalid: bool = False


@dataclass
class ChainUpdate:
    """How the best chain changed: blocks disconnected (tip first) and connected (in order)."""

    connected: list[Block] = field(default_factory=list)
    disconnected: list[Block] = field(default_factory=list)
    known: bool = False

    @property
    def changed(self) -> bool:
        """True when the best tip moved."""
        return bool(self.connected or self.disconnected)


@dataclass
class PendingSignatures:
    """Signature checks of one block under way on the executor; :meth:`result` raises on a bad one."""

    block: Block
    index: list[int]  # the transactions checked (those not verified before), by position
    futures: list[Future[int | None]]
    proofs: PendingProofs | None = None  # ballot proofs checked ahead under the current election key
    state: LedgerState | None = None

    def result(self) -> None:
        """Wait for the checks; raise the typed error of the first bad signature.

        Ballot proofs checked ahead are only remembered: a bad one is refused when the block is applied
        (under the election key of its own chain).
        """
        if self.proofs is not None and self.state is not None:
            self.proofs.result(self.state, strict=False)
        bad = first_bad_of(self.futures)
        if bad is None:
            return
        raise signature_error(self.block, self.index[bad] if bad < len(self.index) else len(self.block.txs))


def is_better(a: BlockEntry, b: BlockEntry) -> bool:
    """Fork choice: more cumulative weight wins; a tie goes to the lower tip hash.

    The weight of a closed chain includes :data:`CLOSE_WEIGHT`: a chain with the close beats any without.
    """
    return a.weight > b.weight or (a.weight == b.weight and a.hash < b.hash)


class Ledger:
    """Block tree + best chain + state. Not thread-safe: one thread owns it."""

    def __init__(
        self,
        genesis: Genesis,
        load_block: Callable[[bytes], Block] | None = None,
        executor: Executor | None = None,
    ) -> None:
        self.genesis = genesis
        self.election_id = genesis.election_id
        self.difficulty = genesis.manifest.difficulty
        self.authority = genesis.manifest.authority
        self.state = LedgerState(genesis)
        root = BlockEntry(
            self.election_id, 0, genesis.manifest.created, b"", None, 0, tuple(self.state.stations)
        )
        self.entries: dict[bytes, BlockEntry] = {root.hash: root}
        self.best = root
        self.main: list[bytes] = [root.hash]
        self._bodies: dict[bytes, Block] = {}
        self._load = load_block
        self._executor = executor

    @property
    def height(self) -> int:
        """Height of the best tip."""
        return self.best.height

    def body(self, block_hash: bytes) -> Block | None:
        """A known block by hash (None for the genesis or an unknown hash)."""
        block = self._bodies.get(block_hash)
        if block is None and self._load is not None and block_hash in self.entries and block_hash != self.election_id:
            block = self._load(block_hash)
        return block

    def block_at(self, height: int) -> Block | None:
        """The best chain's block at ``height`` (None for 0 or beyond the tip)."""
        if not 1 <= height < len(self.main):
            return None
        return self.body(self.main[height])

    def locator(self) -> list[bytes]:
        """Best-chain hashes from the tip back to the genesis: the last ten, then ever sparser (at most 64)."""
        out: list[bytes] = []
        step, height = 1, len(self.main) - 1
        while height > 0 and len(out) < 63:
            out.append(self.main[height])
            if len(out) >= 10:
                step *= 2
            height -= step
        out.append(self.main[0])
        return out

    def on_main(self, block_hash: bytes) -> bool:
        """True when the block is on the best chain."""
        entry = self.entries.get(block_hash)
        return entry is not None and entry.height < len(self.main) and self.main[entry.height] == block_hash

    def start_signature_checks(
        self, block: Block, verified: Container[bytes] = (), messages: list[bytes] | None = None
    ) -> PendingSignatures:
        """Start checking the block's signature and those of its transactions not already ``verified``."""
        jobs = signature_jobs(block, self.authority, messages)
        block_job = jobs.pop()
        index = [i for i, txid in enumerate(block.txids) if txid not in verified]
        todo = [jobs[i] for i in index] + [block_job]
        proofs = None
        if self.state.election_key is not None and self._executor is not None:
            proofs = start_ballot_checks(self.state, block, self._executor)
        return PendingSignatures(
            block, index, submit_checks(todo, self._executor if len(todo) > 64 else None), proofs, self.state
        )

    def check_signatures(self, block: Block, verified: Container[bytes] = ()) -> None:
        """Check the block's signature and those of its transactions not already ``verified``."""
        self.start_signature_checks(block, verified).result()

    def add_block(
        self,
        block: Block,
        now_ms: int | None = None,
        verified: Container[bytes] = (),
        signatures_checked: bool = False,
    ) -> ChainUpdate:
        """Check a block and add it; return how the best chain changed. Raises on an invalid block."""
        known = self.entries.get(block.hash)
        if known is not None:
            if known.invalid:
                raise InvalidBlock(f"block {block.height} ({block.hash.hex()[:12]}) is known to be invalid")
            return ChainUpdate(known=True)
        parent = self.entries.get(block.prev)
        if parent is None:
            raise UnknownParent(f"block {block.height}: its parent {block.prev.hex()[:12]} is not known")
        if parent.invalid:
            raise InvalidBlock(f"block {block.height}: it descends from an invalid block")
        validate_block(
            block,
            parent_hash=parent.hash,
            parent_height=parent.height,
            parent_time=parent.time,
            stations=parent.stations,
            difficulty=self.difficulty,
            now_ms=now_ms,
        )
        if not signatures_checked:
            self.check_signatures(block, verified)
        admitted = tuple(
            tx.station for tx in block.txs if isinstance(tx, AdmitStation) and tx.station not in parent.stations
        )
        closes = parent.weight < CLOSE_WEIGHT and holds_close(block)
        weight = block_weight(self.difficulty, in_turn(parent.stations, block.height, block.miner), closes)
        entry = BlockEntry(
            block.hash, block.height, block.time, block.miner, parent, parent.weight + weight,
            parent.stations + tuple(dict.fromkeys(admitted)),
        )
        if parent is self.best:
            apply_block_checked(self.state, block, self._executor)
            self._connected(entry, block)
            return ChainUpdate(connected=[block])
        self.entries[block.hash] = entry
        self._bodies[block.hash] = block
        if not is_better(entry, self.best):
            return ChainUpdate()
        return self._reorganize(entry)

    def _connected(self, entry: BlockEntry, block: Block) -> None:
        self.entries[entry.hash] = entry
        self.main.append(entry.hash)
        self.best = entry
        if self._load is not None:
            self._bodies.pop(entry.hash, None)
        else:
            self._bodies[entry.hash] = block

    def _disconnect_tip(self) -> Block:
        tip = self.best
        assert tip.parent is not None
        block = self.body(tip.hash)
        assert block is not None
        unapply_block(self.state, block, tip.parent.hash, tip.parent.time)
        self._bodies[tip.hash] = block
        self.main.pop()
        self.best = tip.parent
        return block

    def _reorganize(self, target: BlockEntry) -> ChainUpdate:
        branch: list[BlockEntry] = []
        entry: BlockEntry | None = target
        while entry is not None and not self.on_main(entry.hash):
            branch.append(entry)
            entry = entry.parent
        assert entry is not None
        fork = entry
        old_best = self.best
        disconnected = []
        while self.best is not fork:
            disconnected.append(self._disconnect_tip())
        connected: list[Block] = []
        for entry in reversed(branch):
            block = self._bodies[entry.hash]
            try:
                apply_block_checked(self.state, block, self._executor)
            except InvalidBlock:
                self._mark_invalid(entry)
                while self.best is not fork:
                    self._disconnect_tip()
                for old in reversed(disconnected):
                    apply_block(self.state, old)
                    self._connected(self.entries[old.hash], old)
                assert self.best is old_best
                raise
            self._connected(entry, block)
            connected.append(block)
        return ChainUpdate(connected=connected, disconnected=disconnected)

    def _mark_invalid(self, bad: BlockEntry) -> None:
        for entry in self.entries.values():
            e: BlockEntry | None = entry
            while e is not None and e.height >= bad.height:
                if e is bad:
                    entry.invalid = True
                    self._bodies.pop(entry.hash, None)
                    break
                e = e.parent
