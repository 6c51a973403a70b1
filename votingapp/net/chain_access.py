"""What the network layer needs from the node; the node implements it, called on the loop thread only."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Protocol

from votingapp.core.keys import SigningKey


class BlockResult(enum.Enum):
    """What happened to a block a peer sent."""

    NEW = "new"  # accepted and new: gossip it on
    KNOWN = "known"  # already had it: do not gossip
    ORPHAN = "orphan"  # parent unknown: ask that peer for blocks from our locator


class TxResult(enum.Enum):
    """What happened to a transaction a peer sent."""

    NEW = "new"  # valid and new: gossip it on
    KNOWN = "known"  # already pending or confirmed
    REFUSED = "refused"  # well-formed and signed but not acceptable now (e.g. a double-vote race): not the peer's fault
    # (but a flood of them is: the network bans a peer past NetSettings.refusal_ban_count within refusal_window)
    UNAVAILABLE = "unavailable"  # this node cannot take transactions now (disk, full pool): never held against the peer


class ChainAccess(Protocol):
    """The node as the network sees it.

    ``receive_tx`` and ``receive_block`` raise ``votingapp.core.errors.LedgerError`` subclasses
    (DecodeError, BadSignature, InvalidBlock, ...) for input that only a faulty or hostile peer sends:
    the network then drops and bans that peer.
    """

    @property
    def election_id(self) -> bytes: ...
    @property
    def station_key(self) -> SigningKey: ...
    @property
    def station_name(self) -> str: ...

    def is_admitted(self, station: bytes) -> bool:
        """True if ``station`` is admitted at the best tip, or an admission of it waits in the pool.

        The network reserves room for these stations; others (e.g. stations waiting for the authority
        to admit them) get a few slots for a limited time, and their peer lists are ignored.
        """
        ...

    def chain_summary(self) -> tuple[int, int, bytes]:
        """(best height, cumulative weight, tip hash)."""
        ...

    def genesis_bytes(self) -> bytes:
        """The signed manifest (Genesis.encode()), for peers that join by election id."""
        ...

    def locator(self) -> list[bytes]:
        """Hashes of the best chain from the tip back to the genesis (dense near the tip, then sparse)."""
        ...

    def blocks_after(self, locator: list[bytes], limit: int, max_bytes: int) -> list[bytes]:
        """Encoded best-chain blocks after the first locator hash on our best chain (genesis if none)."""
        ...

    def pending_txs(self) -> list[bytes]:
        """Encoded transactions waiting for a block (the mempool), oldest first.

        Sent to a peer that asks with GETMEMPOOL right after connecting, so that a station that
        restarts also gets the transactions the others hold but have not mined yet.
        """
        ...

    def receive_tx(self, raw: bytes, peer: str) -> TxResult: ...

    def receive_block(self, raw: bytes, peer: str) -> BlockResult: ...

    def receive_blocks(self, raws: Sequence[bytes], peer: str) -> list[BlockResult]:
        """The blocks of one sync reply in order, as ``receive_block`` would; stops after the first ORPHAN.

        A chain may check several blocks at once (e.g. their signatures in parallel).
        """
        ...
