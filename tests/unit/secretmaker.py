"""Secret-ballot elections for tests: trustees that run the key ceremony as transactions, ballots, decryptions.

``Trustees(election)`` holds every trustee's secrets (HPKE key, polynomial) as their stations would; its
methods make the signed transactions.  ``run_ceremony(maker, trustees)`` puts the whole ceremony in blocks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar, cast

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from tests.unit.chainmaker import ChainMaker, Election
from votingapp.core.crypto.ballot import EncryptedBallot, ballot_context, encrypt_ballot
from votingapp.core.crypto.dkg import (
    Polynomial,
    check_share,
    combine_shares,
    commit,
    decrypt_share,
    encrypt_share,
    make_decryption_share,
    new_polynomial,
    trustee_context,
)
from votingapp.core.crypto.elgamal import Ciphertext
from votingapp.core.crypto.group import Point, Scalar
from votingapp.core.keys import SigningKey
from votingapp.core.state import LedgerState
from votingapp.core.transactions import (
    Ballot,
    Decryption,
    DkgAck,
    DkgComplaint,
    DkgDeal,
    Transaction,
    TrusteeKey,
    sign,
)

_Tx = TypeVar("_Tx", TrusteeKey, DkgDeal, DkgAck, DkgComplaint, Ballot, Decryption)


def _signed(tx: _Tx, signer: SigningKey) -> _Tx:
    return cast(_Tx, sign(tx, signer))


@dataclass
class Trustees:
    """The trustees of a secret election (every station, in manifest order: trustee i is stations[i - 1])."""

    election: Election
    hpke: dict[int, X25519PrivateKey] = field(default_factory=dict)
    polys: dict[int, Polynomial] = field(default_factory=dict)

    def __post_init__(self) -> None:
        manifest = self.election.genesis.manifest
        for i in range(1, len(manifest.trustees) + 1):
            self.hpke[i] = X25519PrivateKey.generate()
            self.polys[i] = new_polynomial(manifest.threshold)

    @property
    def n(self) -> int:
        return len(self.election.genesis.manifest.trustees)

    def station(self, i: int) -> SigningKey:
        """Trustee i's station key."""
        public = self.election.genesis.manifest.trustees[i - 1]
        return next(s for s in self.election.stations if s.public == public)

    def key_tx(self, i: int) -> TrusteeKey:
        public = self.hpke[i].public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        e = self.election
        return _signed(TrusteeKey(e.id, station=self.station(i).public, time=e.now(), key=public), self.station(i))

    def deal_tx(self, i: int, bad_share_to: int | None = None) -> DkgDeal:
        """Dealer i's deal; ``bad_share_to``: the share to that trustee is wrong (f(j) + 1)."""
        e = self.election
        station = self.station(i)
        dc = commit(self.polys[i], i, trustee_context(e.id, station.public))
        boxes = []
        for j in range(1, self.n + 1):
            if j == i:
                continue
            share = self.polys[i](j)
            if j == bad_share_to:
                share = share + Scalar.from_int(1)
            boxes.append(encrypt_share(share, self.hpke[j].public_key(), e.id, i, j))
        tx = DkgDeal(
            e.id, station=station.public, time=e.now(), commitments=dc.commitments, proof=dc.proof, shares=tuple(boxes)
        )
        return _signed(tx, station)

    def ack_tx(self, i: int) -> DkgAck:
        e = self.election
        return _signed(DkgAck(e.id, station=self.station(i).public, time=e.now()), self.station(i))

    def complaint_tx(
        self, i: int, dealer: int, reason: str = "the share does not match the commitments"
    ) -> DkgComplaint:
        e = self.election
        revealed = self.hpke[i].private_bytes_raw()  # the complainer's X25519 key: every node checks the share
        tx = DkgComplaint(e.id, station=self.station(i).public, time=e.now(), dealer=dealer, reason=reason,
                          private_key=revealed)
        return _signed(tx, self.station(i))

    def check_received(self, state: LedgerState, j: int) -> int | None:
        """What trustee j's station does with the deals in the chain: the first bad dealer, or None."""
        for dealer, deal in sorted(state.deals.items()):
            if dealer == j:
                continue
            try:
                share = decrypt_share(deal.share_to(dealer, j), self.hpke[j], state.election_id, dealer, j)
                check_share(state.dealer_commitments()[dealer - 1], j, share)
            except Exception:  # BadShare
                return dealer
        return None

    def secret(self, state: LedgerState, j: int) -> Scalar:
        """x_j from the shares in the chain and trustee j's own f_j(j)."""
        shares = [self.polys[j](j)]
        for dealer, deal in sorted(state.deals.items()):
            if dealer != j:
                shares.append(decrypt_share(deal.share_to(dealer, j), self.hpke[j], state.election_id, dealer, j))
        return combine_shares(shares)

    def decryption_tx(self, state: LedgerState, i: int, upto: bytes) -> Decryption:
        aggregate = state.aggregate_at(upto)
        assert aggregate is not None
        e = self.election
        station = self.station(i)
        share = make_decryption_share(
            self.secret(state, i), i, aggregate.ciphertexts, trustee_context(e.id, station.public)
        )
        tx = Decryption(
            e.id, station=station.public, time=e.now(), upto=upto, factors=share.factors, proofs=share.proofs
        )
        return _signed(tx, station)


def encrypted(election: Election, key: Point, voter: SigningKey, choice: int) -> EncryptedBallot:
    n = len(election.genesis.manifest.options)
    return encrypt_ballot(key, n, choice, ballot_context(election.id, voter.public))[0]


def ballot_tx(
    election: Election,
    key: Point,
    voter: SigningKey,
    choice: int,
    *,
    ballot: EncryptedBallot | None = None,
    time: int | None = None,
) -> Ballot:
    """Voter's signed ballot for option ``choice`` (0-based), or ``ballot`` as given."""
    body = ballot if ballot is not None else encrypted(election, key, voter, choice)
    when = election.now() if time is None else time
    return _signed(Ballot(election.id, voter=voter.public, ballot=body, time=when), voter)


def run_ceremony(maker: ChainMaker, trustees: Trustees) -> list[Transaction]:
    """Keys, deals and acks in three blocks; returns every ceremony transaction."""
    keys = [trustees.key_tx(i) for i in range(1, trustees.n + 1)]
    maker.add(keys)
    deals = [trustees.deal_tx(i) for i in range(1, trustees.n + 1)]
    maker.add(deals)
    acks = [trustees.ack_tx(i) for i in range(1, trustees.n + 1)]
    maker.add(acks)
    return [*keys, *deals, *acks]


def tampered(ballot: EncryptedBallot, option: int, ciphertext: Ciphertext) -> EncryptedBallot:
    """The ballot with option ``option``'s ciphertext replaced (its proof unchanged)."""
    cts = list(ballot.ciphertexts)
    cts[option] = ciphertext
    return EncryptedBallot(tuple(cts), ballot.proofs, ballot.sum_proof)


def all_ballots(txs: Sequence[Transaction]) -> list[Ballot]:
    return [tx for tx in txs if isinstance(tx, Ballot)]
