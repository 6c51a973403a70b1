"""The ledger state after a sequence of blocks, and the transaction rules checked against it.

``check_tx`` is the single place where the contextual rules of a transaction live.  It reads a
``LedgerView``: the state itself, or an :class:`Overlay` of pending transactions on top of it.

Finality of the close (docs/architecture.md): once the view is closed at time T, a registration or vote
counts only if stamped at or before T (a late return from a station that was cut off); and a close at T
is valid only if no registration or vote already counted is stamped after T.  So every chain that holds
the close counts exactly casts stamped at or before T, in whatever order the blocks put them.

Secret ballot (docs/design.md section 10): the state follows the key ceremony (trustee keys, deals, acks, a
complaint), holds K and the verification keys X_j once it is complete, the ballots per voter, their
running sum, the aggregate after every block from the close on (:class:`Aggregate`: it changes only when
late returns add ballots) and the decryption shares per aggregate.  Ballot proofs are the expensive
check: :func:`check_tx` makes it unless told not to (``ballot_proofs=False``: the caller checks them on an
executor, :mod:`votingapp.core.proofcheck`), and remembers which ballots it checked under which key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from votingapp.core.crypto.ballot import ballot_context, verify_ballot
from votingapp.core.crypto.dkg import (
    DealerCommitments,
    DecryptionShare,
    check_complaint,
    election_key,
    is_usable_share_key,
    trustee_context,
    verification_key,
    verify_commitments,
    verify_decryption_share,
)
from votingapp.core.crypto.elgamal import ZERO_CIPHERTEXT, Ciphertext
from votingapp.core.crypto.errors import (
    BadCommitments,
    BadDecryptionShare,
    CryptoError,
    FalseComplaint,
    InvalidBallot,
)
from votingapp.core.crypto.group import Point
from votingapp.core.crypto.proofs import SchnorrProof
from votingapp.core.errors import (
    AlreadyAcked,
    AlreadyDealt,
    AlreadyRegistered,
    AlreadyVoted,
    BadBallot,
    BadComplaint,
    BadDeal,
    BadDecryption,
    BadTrusteeKey,
    CastAfterClose,
    CeremonyFailed,
    CeremonyNotComplete,
    CeremonyOver,
    CloseBeforeLastCast,
    DealsMissing,
    DecryptionBeforeClose,
    DuplicateDecryption,
    DuplicateTransaction,
    ElectionClosed,
    ElectionNotOpen,
    NotATrustee,
    OpenNotAllowed,
    StationAlreadyAdmitted,
    StationNotAdmitted,
    TrusteeKeyAlreadyPublished,
    TrusteeKeysMissing,
    TxBeforeElection,
    UnknownAggregate,
    UnknownOption,
    VoterNotRegistered,
    WrongBallotKind,
    WrongElection,
)
from votingapp.core.manifest import Genesis
from votingapp.core.transactions import (
    CAST_TYPES,
    CEREMONY_TYPES,
    AdmitStation,
    Ballot,
    Close,
    Decryption,
    DkgAck,
    DkgComplaint,
    DkgDeal,
    Open,
    Register,
    Transaction,
    TrusteeKey,
    Vote,
    describe,
)


@dataclass(frozen=True)
class Aggregate:
    """The sum of the counted ballots after a block at or after the close: what trustees decrypt.

    ``block`` is the block where this aggregate was reached (the close's block, or the block of the
    latest late return); every later block without a new ballot has the same aggregate.
    """

    block: bytes
    height: int
    ciphertexts: tuple[Ciphertext, ...]
    ballots: int


@dataclass(frozen=True)
class CeremonyStatus:
    """Progress of the key ceremony: trustee indexes (from 1) that did each step."""

    trustees: int
    threshold: int
    keys: tuple[int, ...]
    dealt: tuple[int, ...]
    acked: tuple[int, ...]
    complete: bool
    failed_by: int  # the dealer a complaint named (0: none)
    complaint: DkgComplaint | None


class LedgerView(Protocol):
    """What the transaction rules need to know about the chain so far."""

    @property
    def closed(self) -> bool: ...
    @property
    def opened(self) -> bool: ...
    @property
    def close_time(self) -> int: ...
    @property
    def last_cast_time(self) -> int: ...

    @property
    def failed_dealer(self) -> int: ...

    def has_tx(self, txid: bytes) -> bool: ...
    def is_admitted(self, station: bytes) -> bool: ...
    def is_registered(self, voter: bytes) -> bool: ...
    def has_voted(self, voter: bytes) -> bool: ...  # a vote or a ballot
    def has_trustee_key(self, trustee: int) -> bool: ...
    def has_dealt(self, trustee: int) -> bool: ...
    def has_acked(self, trustee: int) -> bool: ...
    def has_decryption(self, aggregate: bytes, trustee: int) -> bool: ...


class LedgerState:
    """Registered voters, votes, admitted stations and open/closed state at the tip of a chain."""

    def __init__(self, genesis: Genesis) -> None:
        manifest = genesis.manifest
        self.genesis = genesis
        self.manifest = manifest
        self.election_id = genesis.election_id
        self.options = frozenset(manifest.options)
        self.stations: list[bytes] = [s.key for s in manifest.stations]
        self.station_names: dict[bytes, str] = {s.key: s.name for s in manifest.stations}
        self.registered: set[bytes] = set()
        self.voted: dict[bytes, str] = {}
        self.counts: dict[str, int] = dict.fromkeys(manifest.options, 0)
        self.txids: set[bytes] = set()
        self.closed = False
        self.close_time = 0  # the close's time once closed
        self.opened = not manifest.manual_open
        self.height = 0
        self.tip = self.election_id
        self.tip_time = manifest.created
        self._cast_max: list[int] = []  # after each applied cast: the latest cast time so far (undo pops)
        # the secret ballot
        self.secret = manifest.secret
        self.n_options = len(manifest.options)
        self.trustee_keys: dict[int, bytes] = {}  # trustee index -> its X25519 public key
        self.deals: dict[int, DkgDeal] = {}
        self.acks: set[int] = set()
        self.complaint: DkgComplaint | None = None
        self.failed_dealer = 0  # the dealer a complaint named
        self.election_key: Point | None = None  # K, once the ceremony is complete
        self.verification_keys: dict[int, Point] = {}  # X_j, once the ceremony is complete
        self.ballots: dict[bytes, bytes] = {}  # voter -> the ballot's txid (its tracking code)
        self._sum: list[Ciphertext] = [ZERO_CIPHERTEXT] * self.n_options  # of the ballots folded in so far
        self._unsummed: list[tuple[Ciphertext, ...]] = []  # applied since; added at a block's end after the close
        self.block_aggregate: dict[bytes, bytes] = {}  # block at or after the close -> its Aggregate's block
        self.aggregates: dict[bytes, Aggregate] = {}
        self.decryptions: dict[bytes, dict[int, DecryptionShare]] = {}  # aggregate block -> trustee -> share
        self.decrypted: dict[tuple[bytes, tuple[int, ...]], tuple[int, ...]] = {}  # cache of the tally's counts
        self.proven: dict[bytes, bytes] = {}  # cache: ballot txid -> the election key its proofs verified under

    # LedgerView
    @property
    def last_cast_time(self) -> int:
        """The latest time stamped on a registration or vote in the chain (0 when there is none)."""
        return self._cast_max[-1] if self._cast_max else 0

    def has_tx(self, txid: bytes) -> bool:
        return txid in self.txids

    def is_admitted(self, station: bytes) -> bool:
        return station in self.station_names

    def is_registered(self, voter: bytes) -> bool:
        return voter in self.registered

    def has_voted(self, voter: bytes) -> bool:
        return voter in self.voted or voter in self.ballots

    def has_trustee_key(self, trustee: int) -> bool:
        return trustee in self.trustee_keys

    def has_dealt(self, trustee: int) -> bool:
        return trustee in self.deals

    def has_acked(self, trustee: int) -> bool:
        return trustee in self.acks

    def has_decryption(self, aggregate: bytes, trustee: int) -> bool:
        return trustee in self.decryptions.get(aggregate, {})

    # the secret ballot, read by the node, the tally and the windows
    @property
    def ceremony_complete(self) -> bool:
        """True once every trustee dealt and acked (K and the X_j are known)."""
        return self.election_key is not None

    @property
    def ceremony_failed_by(self) -> bytes | None:
        """The station key of the dealer a complaint named (the ceremony stopped), or None."""
        return self.manifest.trustees[self.failed_dealer - 1] if self.failed_dealer else None

    def ceremony_status(self) -> CeremonyStatus:
        """Who did which step of the key ceremony."""
        return CeremonyStatus(
            trustees=len(self.manifest.trustees),
            threshold=self.manifest.threshold,
            keys=tuple(sorted(self.trustee_keys)),
            dealt=tuple(sorted(self.deals)),
            acked=tuple(sorted(self.acks)),
            complete=self.ceremony_complete,
            failed_by=self.failed_dealer,
            complaint=self.complaint,
        )

    def share_for(self, dealer: int, recipient: int) -> bytes:
        """The HPKE-encrypted share that ``dealer`` sent to ``recipient`` (KeyError before the deal)."""
        return self.deals[dealer].share_to(dealer, recipient)

    def dealer_commitments(self) -> list[DealerCommitments]:
        """Every deal's commitments, by dealer index."""
        return [DealerCommitments(i, d.commitments, _proof(d)) for i, d in sorted(self.deals.items())]

    @property
    def ballot_count(self) -> int:
        """How many ballots the chain holds."""
        return len(self.ballots)

    def aggregate_at(self, upto: bytes) -> Aggregate | None:
        """The aggregate of the ballots counted up to block ``upto`` (None before the close, off the chain)."""
        block = self.block_aggregate.get(upto)
        return None if block is None else self.aggregates[block]

    def latest_aggregate(self) -> Aggregate | None:
        """The aggregate at the tip (None before the close is in a block)."""
        return self.aggregate_at(self.tip)

    def decryption_shares(self, aggregate: bytes) -> dict[int, DecryptionShare]:
        """The valid decryption shares of the aggregate reached at block ``aggregate``, by trustee index."""
        return dict(self.decryptions.get(aggregate, {}))

    def apply(self, tx: Transaction, txid: bytes) -> None:
        """Record a transaction that :func:`check_tx` accepted."""
        self.txids.add(txid)
        if isinstance(tx, Vote):
            self.voted[tx.voter] = tx.choice
            self.counts[tx.choice] += 1
            self._note_cast(tx.time)
        elif isinstance(tx, Register):
            self.registered.add(tx.voter)
            self._note_cast(tx.time)
        elif isinstance(tx, Ballot):
            self._apply_ballot(tx, txid)
        elif isinstance(tx, (TrusteeKey, DkgDeal, DkgAck, DkgComplaint, Decryption)):
            self._apply_secret(tx)
        elif isinstance(tx, AdmitStation):
            self.stations.append(tx.station)
            self.station_names[tx.station] = tx.name
        elif isinstance(tx, Close):
            self.closed = True
            self.close_time = tx.time
        elif isinstance(tx, Open):
            self.opened = True

    def undo(self, tx: Transaction, txid: bytes) -> None:
        """Take back the most recent :meth:`apply` of ``tx`` (used when a block is disconnected)."""
        self.txids.discard(txid)
        if isinstance(tx, Vote):
            del self.voted[tx.voter]
            self.counts[tx.choice] -= 1
            self._cast_max.pop()
        elif isinstance(tx, Register):
            self.registered.discard(tx.voter)
            self._cast_max.pop()
        elif isinstance(tx, Ballot):
            self._undo_ballot(tx)
        elif isinstance(tx, (TrusteeKey, DkgDeal, DkgAck, DkgComplaint, Decryption)):
            self._undo_secret(tx)
        elif isinstance(tx, AdmitStation):
            self.stations.remove(tx.station)
            del self.station_names[tx.station]
        elif isinstance(tx, Close):
            self.closed = False
            self.close_time = 0
        elif isinstance(tx, Open):
            self.opened = False

    def _note_cast(self, time: int) -> None:
        cast_max = self._cast_max
        cast_max.append(time if not cast_max or time > cast_max[-1] else cast_max[-1])

    def _apply_ballot(self, tx: Ballot, txid: bytes) -> None:
        assert tx.ballot is not None
        self.ballots[tx.voter] = txid
        self._unsummed.append(tx.ballot.ciphertexts)  # summed once proven (a bad point cannot be added)
        self._note_cast(tx.time)

    def _undo_ballot(self, tx: Ballot) -> None:
        assert tx.ballot is not None
        del self.ballots[tx.voter]
        if self._unsummed:  # undone in the reverse order of apply: the last one not summed is this one
            self._unsummed.pop()
            self._cast_max.pop()
            return
        pairs = zip(self._sum, tx.ballot.ciphertexts, strict=True)
        self._sum = [Ciphertext(s.alpha - c.alpha, s.beta - c.beta) for s, c in pairs]
        self._cast_max.pop()

    def _apply_secret(self, tx: TrusteeKey | DkgDeal | DkgAck | DkgComplaint | Decryption) -> None:
        i = self.manifest.trustee_index(tx.station)
        if isinstance(tx, TrusteeKey):
            self.trustee_keys[i] = tx.key
        elif isinstance(tx, DkgDeal):
            self.deals[i] = tx
        elif isinstance(tx, DkgAck):
            self.acks.add(i)
            if len(self.acks) == len(self.manifest.trustees):
                self._complete_ceremony()
        elif isinstance(tx, DkgComplaint):
            self.complaint = tx
            self.failed_dealer = tx.dealer
        else:
            aggregate = self.block_aggregate[tx.upto]
            self.decryptions.setdefault(aggregate, {})[i] = DecryptionShare(i, tx.factors, tx.proofs)

    def _undo_secret(self, tx: TrusteeKey | DkgDeal | DkgAck | DkgComplaint | Decryption) -> None:
        i = self.manifest.trustee_index(tx.station)
        if isinstance(tx, TrusteeKey):
            del self.trustee_keys[i]
        elif isinstance(tx, DkgDeal):
            del self.deals[i]
        elif isinstance(tx, DkgAck):
            self.acks.discard(i)
            self.election_key = None
            self.verification_keys = {}
        elif isinstance(tx, DkgComplaint):
            self.complaint = None
            self.failed_dealer = 0
        else:
            aggregate = self.block_aggregate[tx.upto]
            shares = self.decryptions[aggregate]
            del shares[i]
            if not shares:
                del self.decryptions[aggregate]

    def _complete_ceremony(self) -> None:
        dealers = self.dealer_commitments()
        try:
            key = election_key(dealers)
        except CryptoError:  # the dealers' constant terms cancel out: no usable key, the ceremony cannot end
            return
        self.election_key = key
        self.verification_keys = {j: verification_key(dealers, j) for j in range(1, len(self.manifest.trustees) + 1)}

    def end_block(self, block_hash: bytes, height: int, prev: bytes) -> None:
        """After a block's transactions (their ballots proven): from the close on, note the aggregate the
        block ends with."""
        if not (self.secret and self.closed):
            return
        for ciphertexts in self._unsummed:
            self._sum = [s + c for s, c in zip(self._sum, ciphertexts, strict=True)]
        self._unsummed = []
        before = self.block_aggregate.get(prev)
        if before is None or self.aggregates[before].ballots != len(self.ballots):
            self.aggregates[block_hash] = Aggregate(block_hash, height, tuple(self._sum), len(self.ballots))
            before = block_hash
        self.block_aggregate[block_hash] = before

    def undo_block(self, block_hash: bytes) -> None:
        """Before a block's transactions are undone: forget its aggregate."""
        if self.block_aggregate.pop(block_hash, None) == block_hash:
            del self.aggregates[block_hash]


class Overlay:
    """Pending transactions on top of a base view, without changing the base."""

    def __init__(self, base: LedgerView) -> None:
        self.base = base
        self.closed = base.closed
        self.opened = base.opened
        self.close_time = base.close_time
        self.last_cast_time = base.last_cast_time
        self.failed_dealer = base.failed_dealer
        self._txids: set[bytes] = set()
        self._stations: set[bytes] = set()
        self._registered: set[bytes] = set()
        self._voted: set[bytes] = set()
        self._ceremony = PendingCeremony()

    def has_tx(self, txid: bytes) -> bool:
        return txid in self._txids or self.base.has_tx(txid)

    def is_admitted(self, station: bytes) -> bool:
        return station in self._stations or self.base.is_admitted(station)

    def is_registered(self, voter: bytes) -> bool:
        return voter in self._registered or self.base.is_registered(voter)

    def has_voted(self, voter: bytes) -> bool:
        return voter in self._voted or self.base.has_voted(voter)

    def has_trustee_key(self, trustee: int) -> bool:
        return trustee in self._ceremony.keys or self.base.has_trustee_key(trustee)

    def has_dealt(self, trustee: int) -> bool:
        return trustee in self._ceremony.dealt or self.base.has_dealt(trustee)

    def has_acked(self, trustee: int) -> bool:
        return trustee in self._ceremony.acked or self.base.has_acked(trustee)

    def has_decryption(self, aggregate: bytes, trustee: int) -> bool:
        return (aggregate, trustee) in self._ceremony.decryptions or self.base.has_decryption(aggregate, trustee)

    def apply(self, tx: Transaction, txid: bytes, state: LedgerState) -> None:
        """Record a pending transaction that :func:`check_tx` accepted."""
        self._txids.add(txid)
        if isinstance(tx, (Vote, Ballot)):
            self._voted.add(tx.voter)
            self.last_cast_time = max(self.last_cast_time, tx.time)
        elif isinstance(tx, Register):
            self._registered.add(tx.voter)
            self.last_cast_time = max(self.last_cast_time, tx.time)
        elif isinstance(tx, AdmitStation):
            self._stations.add(tx.station)
        elif isinstance(tx, Close):
            self.closed = True
            self.close_time = tx.time
        elif isinstance(tx, Open):
            self.opened = True
        else:
            dealer = self._ceremony.add(tx, state)
            if dealer:
                self.failed_dealer = dealer


class PendingCeremony:
    """The key ceremony's and decryption's transactions waiting in a pool (trustee indexes)."""

    def __init__(self) -> None:
        self.keys: set[int] = set()
        self.dealt: set[int] = set()
        self.acked: set[int] = set()
        self.decryptions: set[tuple[bytes, int]] = set()

    def add(self, tx: Transaction, state: LedgerState) -> int:
        """Note ``tx`` (checked); return the dealer a complaint names, else 0."""
        if not isinstance(tx, (TrusteeKey, DkgDeal, DkgAck, DkgComplaint, Decryption)):
            return 0
        i = state.manifest.trustee_index(tx.station)
        if isinstance(tx, TrusteeKey):
            self.keys.add(i)
        elif isinstance(tx, DkgDeal):
            self.dealt.add(i)
        elif isinstance(tx, DkgAck):
            self.acked.add(i)
        elif isinstance(tx, DkgComplaint):
            return tx.dealer
        else:
            self.decryptions.add((state.block_aggregate[tx.upto], i))
        return 0


def _proof(deal: DkgDeal) -> SchnorrProof:
    assert deal.proof is not None
    return deal.proof


def check_tx(
    tx: Transaction, txid: bytes, view: LedgerView, state: LedgerState, *, ballot_proofs: bool = True
) -> None:
    """Raise the typed error of the first contextual rule ``tx`` breaks; signatures are checked apart.

    ``ballot_proofs=False`` leaves a ballot's proofs (not yet checked under this election key) to the
    caller (:mod:`votingapp.core.proofcheck`, on an executor); every other proof is checked here.
    """
    if tx.election != state.election_id:
        raise WrongElection(f"{describe(tx)} belongs to another election")
    if view.has_tx(txid):
        raise DuplicateTransaction(f"{describe(tx)} is already recorded")
    if isinstance(tx, CAST_TYPES):
        if view.closed and tx.time > view.close_time:
            raise CastAfterClose(
                f"the election is closed: this {tx.TYPE} was cast after the close",
                time=tx.time,
                close_time=view.close_time,
            )
        if tx.time < state.manifest.created:
            raise TxBeforeElection(
                f"{describe(tx)} is dated before the election was created", time=tx.time, created=state.manifest.created
            )
    elif isinstance(tx, Decryption):
        pass  # decryptions come after the close
    elif view.closed:
        raise ElectionClosed("the election is closed")
    elif isinstance(tx, Close) and tx.time < view.last_cast_time:
        raise CloseBeforeLastCast(
            "this close is dated before a registration or vote already counted",
            close_time=tx.time,
            last_cast=view.last_cast_time,
        )
    if isinstance(tx, Vote):
        if state.secret:
            raise WrongBallotKind(
                "this is a secret-ballot election: a plaintext vote is refused", tx_type=tx.TYPE, ballot="secret"
            )
        if not view.is_registered(tx.voter):
            raise VoterNotRegistered(
                "this voter is not registered (an unknown voter_id, or its registration has not reached this "
                "station yet)"
            )
        if view.has_voted(tx.voter):
            raise AlreadyVoted("this voter has already voted")
        if tx.choice not in state.options:
            raise UnknownOption(f"{tx.choice!r} is not an option of this election")
        if not view.opened:
            raise ElectionNotOpen("the election is not open yet")
    elif isinstance(tx, Register):
        if not view.is_admitted(tx.station):
            raise StationNotAdmitted(f"station {tx.station.hex()[:12]} is not admitted to this election")
        if view.is_registered(tx.voter):
            raise AlreadyRegistered("this voter is already registered")
    elif isinstance(tx, AdmitStation):
        if view.is_admitted(tx.station):
            raise StationAlreadyAdmitted(f"station {tx.station.hex()[:12]} is already admitted")
    elif isinstance(tx, Open):
        if not state.manifest.manual_open:
            raise OpenNotAllowed("this election opens by itself; it cannot be opened by hand")
        if view.opened:
            raise OpenNotAllowed("the election is already open")
    elif isinstance(tx, Ballot):
        _check_ballot(tx, txid, view, state, ballot_proofs)
    elif isinstance(tx, CEREMONY_TYPES):
        _check_ceremony(tx, view, state)
    elif isinstance(tx, Decryption):
        _check_decryption(tx, view, state)


def _need_secret(tx: Transaction, state: LedgerState) -> None:
    if not state.secret:
        raise WrongBallotKind(
            f"this is an open election: a {tx.TYPE} transaction is refused", tx_type=tx.TYPE, ballot="open"
        )


def _trustee(station: bytes, state: LedgerState) -> int:
    i = state.manifest.trustee_index(station)
    if not i:
        raise NotATrustee(f"station {station.hex()[:12]} is not a trustee of this election", station=station)
    return i


def _not_complete(state: LedgerState, what: str) -> CeremonyNotComplete:
    n = len(state.manifest.trustees)
    return CeremonyNotComplete(
        f"{what}: the key ceremony is not complete ({len(state.trustee_keys)} keys, {len(state.deals)} deals, "
        f"{len(state.acks)} acks of {n} trustees)",
        keys=len(state.trustee_keys),
        dealt=len(state.deals),
        acked=len(state.acks),
        trustees=n,
    )


def _failed(dealer: int, state: LedgerState) -> CeremonyFailed:
    return CeremonyFailed(
        f"the key ceremony stopped: a trustee complained about dealer {dealer}",
        dealer=dealer,
        dealer_key=state.manifest.trustees[dealer - 1],
    )


def _check_ballot(tx: Ballot, txid: bytes, view: LedgerView, state: LedgerState, proofs: bool) -> None:
    _need_secret(tx, state)
    if not view.is_registered(tx.voter):
        raise VoterNotRegistered(
            "this voter is not registered (an unknown voter_id, or its registration has not reached this station yet)"
        )
    if view.has_voted(tx.voter):
        raise AlreadyVoted("this voter has already voted")
    if not view.opened:
        raise ElectionNotOpen("the election is not open yet")
    key = state.election_key
    if key is None:
        if state.failed_dealer:
            raise _failed(state.failed_dealer, state)
        raise _not_complete(state, "no ballot yet")
    assert tx.ballot is not None
    n = state.n_options
    if len(tx.ballot.ciphertexts) != n:
        raise BadBallot(f"a ballot of this election has {n} ciphertexts, not {len(tx.ballot.ciphertexts)}", option=None)
    if proofs and state.proven.get(txid) != key.encoding:
        check_ballot_proofs(tx, key, state)
        state.proven[txid] = key.encoding


def check_ballot_proofs(tx: Ballot, key: Point, state: LedgerState) -> None:
    """Every point and proof of a ballot under the election key K (:class:`BadBallot` naming the option).

    Pure (it reads the manifest only): safe on an executor's thread.
    """
    assert tx.ballot is not None
    try:
        verify_ballot(tx.ballot, key, state.n_options, ballot_context(state.election_id, tx.voter))
    except InvalidBallot as exc:
        raise BadBallot(f"{describe(tx)}: {exc}", option=exc.option) from None


def _check_ceremony(tx: TrusteeKey | DkgDeal | DkgAck | DkgComplaint, view: LedgerView, state: LedgerState) -> None:
    _need_secret(tx, state)
    i = _trustee(tx.station, state)
    manifest = state.manifest
    n = len(manifest.trustees)
    if view.failed_dealer:
        raise _failed(view.failed_dealer, state)
    if state.election_key is not None or all(view.has_acked(j) for j in range(1, n + 1)):
        raise CeremonyOver(f"the key ceremony is complete: no more {tx.TYPE}", tx_type=tx.TYPE)
    if isinstance(tx, TrusteeKey):
        if view.has_trustee_key(i):
            raise TrusteeKeyAlreadyPublished(f"trustee {i} has already published its key", trustee=i)
        if not is_usable_share_key(tx.key):
            raise BadTrusteeKey(f"trustee {i}: its X25519 key is of small order (no share can be encrypted to it)",
                                trustee=i)
    elif isinstance(tx, DkgDeal):
        if view.has_dealt(i):
            raise AlreadyDealt(f"trustee {i} has already dealt", dealer=i)
        missing = tuple(j for j in range(1, n + 1) if not view.has_trustee_key(j))
        if missing:
            raise TrusteeKeysMissing(
                f"no deal before every trustee has published its key (missing: {list(missing)})", missing=missing
            )
        k = manifest.threshold
        if len(tx.commitments) != k:
            raise BadDeal(
                f"dealer {i}: {len(tx.commitments)} commitments, not {k}",
                dealer=i,
                expected=k,
                actual=len(tx.commitments),
            )
        if len(tx.shares) != n - 1:
            raise BadDeal(
                f"dealer {i}: {len(tx.shares)} encrypted shares, not {n - 1}", dealer=i, expected=n - 1,
                actual=len(tx.shares),
            )
        try:
            verify_commitments(
                DealerCommitments(i, tx.commitments, _proof(tx)), k, trustee_context(state.election_id, tx.station)
            )
        except BadCommitments as exc:
            raise BadDeal(str(exc), dealer=i) from None
    elif isinstance(tx, DkgAck):
        if view.has_acked(i):
            raise AlreadyAcked(f"trustee {i} has already acked", trustee=i)
        missing = tuple(j for j in range(1, n + 1) if not view.has_dealt(j))
        if missing:
            raise DealsMissing(f"no ack before every trustee has dealt (missing: {list(missing)})", missing=missing)
    else:
        if not 1 <= tx.dealer <= n or tx.dealer == i:
            raise BadComplaint(f"trustee {i} cannot complain about dealer {tx.dealer}", dealer=tx.dealer, trustee=i)
        if not view.has_dealt(tx.dealer):
            raise DealsMissing(f"dealer {tx.dealer} has not dealt", missing=(tx.dealer,))
        if view.has_acked(i):
            raise AlreadyAcked(f"trustee {i} has acked its shares: it cannot complain", trustee=i)
        deal = state.deals.get(tx.dealer)
        if deal is None:  # dealt in the pool only: the complaint waits for the deal's block
            raise DealsMissing(f"dealer {tx.dealer}'s deal is not in a block yet", missing=(tx.dealer,))
        dc = DealerCommitments(tx.dealer, deal.commitments, _proof(deal))
        try:
            box = deal.share_to(tx.dealer, i)
            check_complaint(tx.private_key, state.trustee_keys[i], box, dc, state.election_id, i)
        except FalseComplaint as exc:
            raise BadComplaint(f"trustee {i}'s complaint about dealer {tx.dealer} is refused: {exc}",
                               dealer=tx.dealer, trustee=i) from None


def _check_decryption(tx: Decryption, view: LedgerView, state: LedgerState) -> None:
    _need_secret(tx, state)
    i = _trustee(tx.station, state)
    if not state.closed:
        raise DecryptionBeforeClose("no decryption before the close is in a block")
    if state.election_key is None:
        raise _not_complete(state, "nothing to decrypt")
    aggregate = state.aggregate_at(tx.upto)
    if aggregate is None:
        raise UnknownAggregate(
            f"block {tx.upto.hex()[:12]} is not a block of this chain at or after the close", upto=tx.upto
        )
    if view.has_decryption(aggregate.block, i):
        raise DuplicateDecryption(
            f"trustee {i} has already published its share of the aggregate of block {aggregate.block.hex()[:12]}",
            trustee=i,
            aggregate=aggregate.block,
        )
    n = state.n_options
    if len(tx.factors) != n:
        raise BadDecryption(f"trustee {i}: {len(tx.factors)} factors, not {n}", trustee=i, option=None)
    ctx = trustee_context(state.election_id, tx.station)
    share = DecryptionShare(i, tx.factors, tx.proofs)
    try:
        verify_decryption_share(share, state.verification_keys[i], aggregate.ciphertexts, ctx)
    except BadDecryptionShare as exc:
        raise BadDecryption(str(exc), trustee=i, option=exc.option) from None
