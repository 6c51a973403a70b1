"""The trustee's side of a secret-ballot election, run by the node by itself (docs/design.md section 10).

:class:`CeremonyDriver` reacts to the node's start and to every change of the best chain, on the node's loop:

1. key: a trustee station makes its X25519 key, stores it, then publishes ``trustee_key``;
2. deal: once every trustee's key is in the chain, it makes its polynomial, stores it, then publishes
   ``dkg_deal`` (commitments, proof, the shares encrypted to the others);
3. ack: once every deal is in the chain, it decrypts and checks the shares addressed to it; a bad one gets a
   ``dkg_complaint`` naming the dealer and revealing this station's X25519 private key, so that every node
   can check that share (the ceremony stops there); otherwise it computes x_i, stores it (the
   polynomial is then dropped), and publishes ``dkg_ack``;
4. decryption: once the close is in a block, it publishes its decryption share of the aggregate at the tip
   (with proofs), and again when late returns add at least ``MIN_REDECRYPT_BALLOTS`` ballots to the last
   aggregate it decrypted (fewer would be given away by the difference of the two results).

Every secret is written (synced) BEFORE what depends on it is published, so a restart (also after kill -9)
resumes from what is stored and what the chain and the pool hold.  Secrets are never logged.

:class:`CeremonyProgress` is what ``status`` shows of it, on every station (trustee or not).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from votingapp.core.crypto.dkg import (
    check_share,
    combine_shares,
    commit,
    decrypt_share,
    encrypt_share,
    make_decryption_share,
    new_polynomial,
    trustee_context,
)
from votingapp.core.crypto.errors import BadShare
from votingapp.core.crypto.group import Scalar, base_mul
from votingapp.core.errors import InvalidTransaction
from votingapp.core.keys import fingerprint
from votingapp.core.state import LedgerState
from votingapp.core.tally import MIN_REDECRYPT_BALLOTS
from votingapp.core.transactions import (
    Decryption,
    DkgAck,
    DkgComplaint,
    DkgDeal,
    Transaction,
    TrusteeKey,
    sign,
)
from votingapp.node.chain_service import ChainService
from votingapp.node.errors import NodeError
from votingapp.node.events import CeremonyChanged, NodeEvent
from votingapp.node.trustee_store import TrusteeSecrets, TrusteeStore
from votingapp.store.database import StoreError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CeremonyProgress:
    """The key ceremony as ``status`` shows it.

    ``stage``: ``"keys"``, ``"deals"``, ``"acks"`` (``done`` of ``of`` trustees did that step), ``"complete"``
    or ``"stopped"`` (``culprit``: the station a complaint named; or this station cannot go on, ``problem``).
    ``text`` is the one line for people.  ``trustee`` is this station's trustee number (0: not a trustee).
    """

    stage: str
    done: int
    of: int
    threshold: int
    text: str
    trustee: int = 0
    culprit: str | None = None
    problem: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"stage": self.stage, "done": self.done, "of": self.of, "threshold": self.threshold,
                "text": self.text, "trustee": self.trustee, "culprit": self.culprit, "problem": self.problem}


def station_name(state: LedgerState, key: bytes) -> str:
    """A station's name as people see it (its fingerprint when it has none)."""
    return state.station_names.get(key) or fingerprint(key)


def ceremony_progress(state: LedgerState, trustee: int = 0, problem: str | None = None) -> CeremonyProgress | None:
    """The progress of the key ceremony in ``state`` (None for an open election)."""
    manifest = state.manifest
    if not manifest.secret:
        return None
    n, k = len(manifest.trustees), manifest.threshold
    if state.failed_dealer:
        culprit = station_name(state, manifest.trustees[state.failed_dealer - 1])
        return CeremonyProgress("stopped", len(state.acks), n, k, f"stopped: the share from {culprit} is bad",
                                trustee, culprit, problem)
    if problem is not None:
        stage = "complete" if state.ceremony_complete else "stopped"
        return CeremonyProgress(stage, len(state.acks), n, k, f"stopped at this station: {problem}", trustee,
                                None, problem)
    if state.ceremony_complete:
        if n == 1:
            text = "complete (one trustee: that laptop could read single ballots)"
        elif k == 1:  # every share is the whole secret key (f_i constant): any one trustee decrypts anything
            text = "complete (threshold 1: each trustee laptop alone could read single ballots)"
        else:
            text = "complete"
        return CeremonyProgress("complete", n, n, k, text, trustee)
    if len(state.trustee_keys) < n:
        return CeremonyProgress("keys", len(state.trustee_keys), n, k,
                                f"waiting for trustee keys {len(state.trustee_keys)} of {n}", trustee)
    if len(state.deals) < n:
        return CeremonyProgress("deals", len(state.deals), n, k, f"deals {len(state.deals)} of {n}", trustee)
    return CeremonyProgress("acks", len(state.acks), n, k, f"acks {len(state.acks)} of {n}", trustee)


class CeremonyDriver:
    """Runs this station's part of the key ceremony and of the decryption (on the node's loop thread).

    ``submit`` publishes a signed transaction (the node's ``submit_local``: stored, pooled, gossiped) and
    raises :class:`InvalidTransaction` or :class:`NodeError` when it cannot; ``emit`` reports
    :class:`CeremonyChanged` when the progress changes.
    """

    def __init__(
        self,
        chain: ChainService,
        store: TrusteeStore,
        submit: Callable[[Transaction], bytes],
        emit: Callable[[NodeEvent], None] | None = None,
    ) -> None:
        self.chain = chain
        self.store = store
        self.submit = submit
        self.emit = emit
        self.problem: str | None = None  # why this station cannot do its part (one line), or None
        self.progress: CeremonyProgress | None = None
        self._scheduled = False
        self._held_back: bytes | None = None  # the aggregate whose late ballots are too few (logged once)

    @property
    def me(self) -> bytes:
        return self.chain.station_key.public

    @property
    def trustee(self) -> int:
        """This station's trustee number (0: not a trustee, or an open election)."""
        return self.chain.genesis.manifest.trustee_index(self.me)

    def request_step(self) -> None:
        """Run :meth:`step` soon on the running loop (coalesced), or now when there is no loop."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.step()
            return
        if not self._scheduled:
            self._scheduled = True
            loop.call_soon(self._scheduled_step)

    def _scheduled_step(self) -> None:
        self._scheduled = False
        self.step()

    def step(self) -> None:
        """Do whatever this station's next step is, and note the progress."""
        state = self.chain.state
        if state.secret and self.trustee and not state.failed_dealer:
            try:
                self.problem = None
                if not state.ceremony_complete:
                    self._ceremony(state, self.trustee)
                elif self._own_share(state, self.trustee) is not None and state.closed:
                    self._decrypt(state, self.trustee)
            except (StoreError, OSError) as exc:  # the secret file: never its content, only why
                self.problem = f"its trustee secrets cannot be read or written ({exc})"
            if self.problem is not None:
                log.error("key ceremony: %s", self.problem)
        self._note_progress()

    def _note_progress(self) -> None:
        progress = ceremony_progress(self.chain.state, self.trustee, self.problem)
        if progress != self.progress:
            self.progress = progress
            if progress is not None:
                log.info("key ceremony: %s", progress.text)
                if self.emit is not None:
                    self.emit(CeremonyChanged(progress.stage, progress.text, progress.done, progress.of))

    # -- helpers
    def _pending(self, kind: type[Transaction], upto_aggregate: bytes | None = None) -> bool:
        """True if this station's transaction of ``kind`` waits in the pool (a decryption: of that aggregate)."""
        state = self.chain.state
        for tx in self.chain.mempool.transactions():
            mine = isinstance(tx, kind) and getattr(tx, "station", None) == self.me
            if mine and (upto_aggregate is None or (
                isinstance(tx, Decryption) and state.block_aggregate.get(tx.upto) == upto_aggregate
            )):
                return True
        return False

    def _publish(self, tx: Transaction) -> bool:
        signed = sign(tx, self.chain.station_key)
        try:
            self.submit(signed)
        except (InvalidTransaction, NodeError) as exc:
            log.info("key ceremony: could not publish %s yet: %s", tx.TYPE, exc)
            return False
        log.info("key ceremony: published %s as trustee %d", tx.TYPE, self.trustee)
        return True

    def _now(self) -> int:
        return self.chain.clock.now_ms()

    def _secrets(self, state: LedgerState, i: int) -> TrusteeSecrets | None:
        secrets = self.store.load()
        if secrets is not None and (secrets.election != state.election_id or secrets.index != i):
            self.problem = "its trustee secret file belongs to another election"
            return None
        return secrets

    # -- the ceremony
    def _ceremony(self, state: LedgerState, i: int) -> None:
        manifest = state.manifest
        n = len(manifest.trustees)
        eid = state.election_id
        secrets = self._secrets(state, i)
        if self.problem is not None:
            return
        published = state.trustee_keys.get(i)
        if secrets is None:
            if published is not None or self._pending(TrusteeKey):
                self.problem = "its trustee secrets are lost (the trustee key on the chain is not in its data dir)"
                return
            secrets = self.store.new(eid, i)  # stored (synced) before the key is published
        if published is None:
            if not self._pending(TrusteeKey):
                self._publish(TrusteeKey(eid, station=self.me, time=self._now(), key=secrets.public_key))
            return
        if published != secrets.public_key:
            self.problem = "the trustee key on the chain is not the one in its data dir"
            return
        if len(state.trustee_keys) < n:
            return
        if i not in state.deals:
            if self._pending(DkgDeal):
                return
            if secrets.polynomial is None:
                if secrets.share is not None:
                    self.problem = "its polynomial is gone but its deal is not in the chain"
                    return
                secrets = self.store.update(secrets, polynomial=new_polynomial(manifest.threshold))
            self._publish(self._deal(state, i, secrets))
            return
        if len(state.deals) < n or i in state.acks or self._pending(DkgAck) or self._pending(DkgComplaint):
            return
        if secrets.share is None:
            share = self._combine(state, i, secrets)
            if share is None:
                return
            secrets = self.store.update(secrets, share=share, polynomial=None)  # stored before the ack
        self._publish(DkgAck(eid, station=self.me, time=self._now()))

    def _deal(self, state: LedgerState, i: int, secrets: TrusteeSecrets) -> DkgDeal:
        poly = secrets.polynomial
        assert poly is not None
        eid = state.election_id
        dc = commit(poly, i, trustee_context(eid, self.me))
        boxes = []
        for j in range(1, len(state.manifest.trustees) + 1):
            if j != i:
                recipient = X25519PublicKey.from_public_bytes(state.trustee_keys[j])
                boxes.append(encrypt_share(poly(j), recipient, eid, i, j))
        return DkgDeal(eid, station=self.me, time=self._now(), commitments=dc.commitments, proof=dc.proof,
                       shares=tuple(boxes))

    def _combine(self, state: LedgerState, i: int, secrets: TrusteeSecrets) -> Scalar | None:
        """x_i from its own f_i(i) and the checked shares; None after publishing a complaint (or a problem)."""
        poly = secrets.polynomial
        if poly is None or tuple(base_mul(a) for a in poly.coefficients) != state.deals[i].commitments:
            self.problem = "its polynomial does not match its deal in the chain"
            return None
        commitments = {dc.dealer: dc for dc in state.dealer_commitments()}
        shares = [poly(i)]
        for dealer in sorted(state.deals):
            if dealer == i:
                continue
            try:
                share = decrypt_share(state.share_for(dealer, i), secrets.hpke, state.election_id, dealer, i)
                check_share(commitments[dealer], i, share)
            except BadShare as exc:
                culprit = station_name(state, state.manifest.trustees[dealer - 1])
                log.warning("key ceremony: the share from %s (trustee %d) is bad: complaining", culprit, dealer)
                reason = str(exc)[:200]
                # The complaint reveals this station's X25519 private key, so that every node can check that the
                # share is bad; the ceremony stops with it, so the key protects nothing any more.
                revealed = secrets.hpke.private_bytes_raw()
                self._publish(DkgComplaint(state.election_id, station=self.me, time=self._now(), dealer=dealer,
                                           reason=reason, private_key=revealed))
                return None
            shares.append(share)
        return combine_shares(shares)

    def _own_share(self, state: LedgerState, i: int) -> Scalar | None:
        """x_i once the ceremony is complete (checked against X_i), or None with :attr:`problem` set."""
        secrets = self._secrets(state, i)
        if self.problem is not None:
            return None
        if secrets is None or secrets.share is None:
            self.problem = "its secret share is not in its data dir: it cannot take part in the decryption"
            return None
        if base_mul(secrets.share) != state.verification_keys.get(i):
            self.problem = "its secret share does not match its verification key in the chain"
            return None
        return secrets.share

    # -- the decryption
    def _decrypt(self, state: LedgerState, i: int) -> None:
        aggregate = state.latest_aggregate()
        if aggregate is None or state.has_decryption(aggregate.block, i):
            return
        if self._pending(Decryption, upto_aggregate=aggregate.block):
            return
        done = [a.ballots for block, shares in state.decryptions.items() if i in shares
                for a in (state.aggregates.get(block),) if a is not None]
        if done and aggregate.ballots - max(done) < MIN_REDECRYPT_BALLOTS:
            if self._held_back != aggregate.block:
                self._held_back = aggregate.block
                log.info("%d late ballots since this trustee's last decryption: fewer than %d, they stay sealed "
                         "(decrypting them apart would give away how they voted)", aggregate.ballots - max(done),
                         MIN_REDECRYPT_BALLOTS)
            return
        secrets = self.store.load()
        assert secrets is not None and secrets.share is not None
        share = make_decryption_share(secrets.share, i, aggregate.ciphertexts, trustee_context(state.election_id,
                                                                                             self.me))
        tx = Decryption(state.election_id, station=self.me, time=self._now(), upto=aggregate.block,
                        factors=share.factors, proofs=share.proofs)
        if self._publish(tx):
            log.info("decryption share published for the %d ballots counted up to block %s", aggregate.ballots,
                     aggregate.block.hex()[:16])


