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


class WrongBallotKind(InvalidTransaction):
    """A transaction of the other kind of election: a plaintext ``vote`` in a secret election, a ``ballot``,
    a key-ceremony or a decryption transaction in an open one (``ballot`` is the election's kind)."""

    def __init__(self, message: str, *, tx_type: str, ballot: str) -> None:
        super().__init__(message)
        self.tx_type = tx_type
        self.ballot = ballot


class NotATrustee(InvalidTransaction):
    """A key-ceremony or decryption transaction signed by a station (``station``) that is not a trustee."""

    def __init__(self, message: str, *, station: bytes) -> None:
        super().__init__(message)
        self.station = station


class CeremonyFailed(InvalidTransaction):
    """A key-ceremony transaction or a ballot after a complaint stopped the ceremony; ``dealer`` is the
    trustee index the complaint named, ``dealer_key`` its station key."""

    def __init__(self, message: str, *, dealer: int, dealer_key: bytes) -> None:
        super().__init__(message)
        self.dealer = dealer
        self.dealer_key = dealer_key


class CeremonyOver(InvalidTransaction):
    """A key-ceremony transaction after the ceremony is complete (``tx_type`` names it)."""

    def __init__(self, message: str, *, tx_type: str) -> None:
        super().__init__(message)
        self.tx_type = tx_type


class TrusteeKeyAlreadyPublished(InvalidTransaction):
    """A second ``trustee_key`` of trustee ``trustee`` (its index in the manifest, from 1)."""

    def __init__(self, message: str, *, trustee: int) -> None:
        super().__init__(message)
        self.trustee = trustee


class BadTrusteeKey(InvalidTransaction):
    """A ``trustee_key`` whose X25519 key is of small order (no dealer could encrypt a share to it)."""

    def __init__(self, message: str, *, trustee: int) -> None:
        super().__init__(message)
        self.trustee = trustee


class TrusteeKeysMissing(InvalidTransaction):
    """A ``dkg_deal`` before every trustee published its encryption key; ``missing`` are their indexes."""

    def __init__(self, message: str, *, missing: tuple[int, ...]) -> None:
        super().__init__(message)
        self.missing = missing


class AlreadyDealt(InvalidTransaction):
    """A second ``dkg_deal`` of dealer ``dealer``."""

    def __init__(self, message: str, *, dealer: int) -> None:
        super().__init__(message)
        self.dealer = dealer


class BadDeal(InvalidTransaction):
    """A ``dkg_deal`` whose commitments, proof of knowledge or share count is wrong: ``expected`` and
    ``actual`` are the counts (commitments or shares) when a count is wrong, else both 0."""

    def __init__(self, message: str, *, dealer: int, expected: int = 0, actual: int = 0) -> None:
        super().__init__(message)
        self.dealer = dealer
        self.expected = expected
        self.actual = actual


class DealsMissing(InvalidTransaction):
    """A ``dkg_ack`` (or a complaint about dealer ``missing[0]``) before those dealers dealt."""

    def __init__(self, message: str, *, missing: tuple[int, ...]) -> None:
        super().__init__(message)
        self.missing = missing


class AlreadyAcked(InvalidTransaction):
    """A second ``dkg_ack``, or a complaint after the same trustee acked (``trustee``)."""

    def __init__(self, message: str, *, trustee: int) -> None:
        super().__init__(message)
        self.trustee = trustee


class BadComplaint(InvalidTransaction):
    """A ``dkg_complaint`` naming no other trustee (``dealer`` out of range, or the complainer itself)."""

    def __init__(self, message: str, *, dealer: int, trustee: int) -> None:
        super().__init__(message)
        self.dealer = dealer
        self.trustee = trustee


class CeremonyNotComplete(InvalidTransaction):
    """A ballot or a decryption before the key ceremony is complete: ``keys``, ``dealt`` and ``acked``
    count the trustees that did each step, out of ``trustees``."""

    def __init__(self, message: str, *, keys: int, dealt: int, acked: int, trustees: int) -> None:
        super().__init__(message)
        self.keys = keys
        self.dealt = dealt
        self.acked = acked
        self.trustees = trustees


class BadBallot(InvalidTransaction):
    """An encrypted ballot whose shape, a point or a proof is wrong; ``option`` is the option at fault
    (0-based; ``None``: the shape or the sum-one proof)."""

    def __init__(self, message: str, *, option: int | None) -> None:
        super().__init__(message)
        self.option = option


class DecryptionBeforeClose(InvalidTransaction):
    """A ``decryption`` while no close is in a block of the chain."""


class UnknownAggregate(InvalidTransaction):
    """A ``decryption`` whose ``upto`` is not a block of the chain at or after the close block."""

    def __init__(self, message: str, *, upto: bytes) -> None:
        super().__init__(message)
        self.upto = upto


class DuplicateDecryption(InvalidTransaction):
    """A second decryption share of trustee ``trustee`` for the aggregate that starts at block ``aggregate``."""

    def __init__(self, message: str, *, trustee: int, aggregate: bytes) -> None:
        super().__init__(message)
        self.trustee = trustee
        self.aggregate = aggregate


class BadDecryption(InvalidTransaction):
    """A decryption share with a wrong shape, point or Chaum-Pedersen proof (``trustee``, ``option`` or None)."""

    def __init__(self, message: str, *, trustee: int, option: int | None) -> None:
        super().__init__(message)
        self.trustee = trustee
        self.option = option


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
