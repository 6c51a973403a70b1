"""Typed errors of the ledger; every rule failure has its own class under one base."""

from __future__ import annotations


class LedgerError(Exception):
    """Base of every error the ledger raises for bad data or a broken rule."""


class DecodeError(LedgerError):
    """Bytes or objects that are not a well-formed, canonical encoding."""


class VoterIdError(LedgerError):
    """A voter_id that is malformed or mistyped (checksum mismatch)."""


class InvalidManifest(LedgerError):
    """An election manifest that breaks a rule (bad signature, bad options, ...)."""


class InvalidTransaction(LedgerError):
    """A transaction that breaks a rule; subclasses name the rule."""


class BadSignature(InvalidTransaction):
    """A transaction signature that does not verify."""


class WrongElection(InvalidTransaction):
    """A transaction made for another election."""


class DuplicateTransaction(InvalidTransaction):
    """A transaction already in the chain (or twice in one block)."""


class StationNotAdmitted(InvalidTransaction):
    """A registration signed by a station that is not admitted."""


class StationAlreadyAdmitted(InvalidTransaction):
    """An admit-station for a station that is already admitted."""


class AlreadyRegistered(InvalidTransaction):
    """A registration of a voter key that is already registered."""


class VoterNotRegistered(InvalidTransaction):
    """A vote by a voter key that was never registered."""


class AlreadyVoted(InvalidTransaction):
    """A second vote by the same voter."""


class UnknownOption(InvalidTransaction):
    """A vote for a choice that is not an option of the election."""


class ElectionClosed(InvalidTransaction):
    """A transaction after the election was closed."""


class CastAfterClose(ElectionClosed):
    """A registration or vote stamped after the close's time (``time`` > ``close_time``): it never counts.

    One stamped at or before the close is a late return (a station cut off from the network) and counts.
    """

    def __init__(self, message: str, *, time: int, close_time: int) -> None:
        super().__init__(message)
        self.time = time
        self.close_time = close_time


class CloseBeforeLastCast(InvalidTransaction):
    """A close whose time is before a registration or vote already counted (``last_cast`` > ``close_time``).

    A close can never be placed after ballots it preceded.
    """

    def __init__(self, message: str, *, close_time: int, last_cast: int) -> None:
        super().__init__(message)
        self.close_time = close_time
        self.last_cast = last_cast


class TxBeforeElection(InvalidTransaction):
    """A registration or vote stamped before the election was created (``time`` < ``created``)."""

    def __init__(self, message: str, *, time: int, created: int) -> None:
        super().__init__(message)
        self.time = time
        self.created = created


class ElectionNotOpen(InvalidTransaction):
    """A vote before a manually opened election was opened."""


class OpenNotAllowed(InvalidTransaction):
    """An open transaction where the election opens by itself, or is already open."""


class InvalidBlock(LedgerError):
    """A block that breaks a rule; subclasses name the rule."""


class BadMerkleRoot(InvalidBlock):
    """The header's Merkle root (``actual``) does not match the transactions' (``expected``)."""

    def __init__(self, message: str, *, expected: bytes, actual: bytes) -> None:
        super().__init__(message)
        self.expected = expected
        self.actual = actual


class InsufficientWork(InvalidBlock):
    """The block hash does not meet the election's difficulty: ``actual`` leading zero bits, ``required`` needed."""

    def __init__(self, message: str, *, required: int, actual: int) -> None:
        super().__init__(message)
        self.required = required
        self.actual = actual


class BadBlockSignature(InvalidBlock):
    """The block signature does not verify under the miner key."""


class MinerNotAdmitted(InvalidBlock):
    """The block was mined by a station (``miner``) that is not admitted."""

    def __init__(self, message: str, *, miner: bytes) -> None:
        super().__init__(message)
        self.miner = miner


class WrongPreviousHash(InvalidBlock):
    """The block does not link to the block before it: ``actual`` is its link, ``expected`` the parent's hash."""

    def __init__(self, message: str, *, expected: bytes, actual: bytes) -> None:
        super().__init__(message)
        self.expected = expected
        self.actual = actual


class UnknownParent(InvalidBlock):
    """The block's parent is not known (yet)."""


class BadHeight(InvalidBlock):
    """The block height (``actual``) is not its parent's height plus one (``expected``)."""

    def __init__(self, message: str, *, expected: int, actual: int) -> None:
        super().__init__(message)
        self.expected = expected
        self.actual = actual


class BadTimestamp(InvalidBlock):
    """The block time breaks a rule; the subclass names which."""


class BlockBeforeParent(BadTimestamp):
    """The block time is before its parent's (for block 1: before the election was created)."""

    def __init__(self, message: str, *, block_time: int, parent_time: int) -> None:
        super().__init__(message)
        self.block_time = block_time
        self.parent_time = parent_time


class BlockFromFuture(BadTimestamp):
    """The block time is after ``limit``, the receiver's clock plus the allowed drift."""

    def __init__(self, message: str, *, block_time: int, limit: int) -> None:
        super().__init__(message)
        self.block_time = block_time
        self.limit = limit


class TxAfterBlock(BadTimestamp):
    """Transaction ``index`` is stamped after ``limit``, its block's time plus the allowed clock slack."""

    def __init__(self, message: str, *, index: int, tx_time: int, limit: int) -> None:
        super().__init__(message)
        self.index = index
        self.tx_time = tx_time
        self.limit = limit


class BadBlockSize(InvalidBlock):
    """The block has no transactions, or more than ``limit``; ``actual`` is how many it has."""

    def __init__(self, message: str, *, limit: int, actual: int) -> None:
        super().__init__(message)
        self.limit = limit
        self.actual = actual


class BlockTransactionError(InvalidBlock):
    """A transaction inside a block is invalid; ``cause`` holds the transaction's own error."""

    def __init__(self, message: str, cause: InvalidTransaction, index: int) -> None:
        super().__init__(message)
        self.cause = cause
        self.index = index


class ChainError(LedgerError):
    """A stored or exported chain that fails verification at a named block; ``cause`` is the typed error."""

    def __init__(
        self,
        message: str,
        height: int | None = None,
        block_hash: bytes | None = None,
        cause: LedgerError | None = None,
    ) -> None:
        super().__init__(message)
        self.height = height
        self.block_hash = block_hash
        self.cause = cause
