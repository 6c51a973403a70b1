"""The booth of a secret-ballot election: encrypt a choice, then cast it or open it for checking (Benaloh).

:func:`prepare_ballot` makes the voter's signed ``ballot`` transaction (the choice encrypted for the election
key K, with its proofs, bound to the election and the voter key) and its tracking code, without submitting
it.  The node then casts it (``Node.cast_prepared``) or spoils it (``Node.spoil``): the opened ballot's text
(:mod:`votingapp.core.crypto.opened`) for any other station to check; a spoiled ballot is never cast.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from votingapp.core.crypto.ballot import BallotSecrets, EncryptedBallot, ballot_context, encrypt_ballot
from votingapp.core.crypto.elgamal import ZERO_CIPHERTEXT
from votingapp.core.crypto.group import ZERO
from votingapp.core.crypto.opened import open_ballot_text
from votingapp.core.crypto.proofs import ChaumPedersenProof
from votingapp.core.errors import UnknownOption
from votingapp.core.transactions import Ballot, sign, txid_of
from votingapp.core.voter_id import parse_voter_id, voter_key
from votingapp.node.chain_service import ChainService

_NO_PROOF = ChaumPedersenProof(ZERO, ZERO)  # never checked: the probe below is marked proven


@dataclass(frozen=True)
class PreparedBallot:
    """An encrypted, signed ballot not yet cast: ``tracking_code`` (hex) is the id it will have on the chain.

    ``secrets`` (the choice and the randomness) stay in memory: shown only if the voter spoils the ballot.
    """

    tx: Ballot
    tracking_code: str
    choice: str = field(repr=False)
    secrets: BallotSecrets = field(repr=False)

    @property
    def txid(self) -> bytes:
        return bytes.fromhex(self.tracking_code)


def check_ballot_voter(chain: ChainService, voter_id: str, now_ms: int) -> None:
    """Raise the typed error that refuses this voter's ballot now, before anything is encrypted, when it can
    be told without a ballot (mistyped voter_id, not registered, voted, closed, not open, key ceremony not
    complete or stopped).  Once K is known the ballot itself is checked when prepared."""
    state = chain.state
    key = voter_key(parse_voter_id(voter_id), chain.election_id)
    fake_id = hashlib.sha256(b"votingapp/ballot-probe" + key.public).digest()
    election_key = state.election_key
    if election_key is None:
        probe = Ballot(chain.election_id, voter=key.public, ballot=None, time=now_ms)
        chain.mempool.check(probe, fake_id, state)  # raises: at the latest, the ceremony is not complete
        return
    # Every rule but the proofs (an empty ballot of the right size, marked as proven for this probe only).
    empty = EncryptedBallot((ZERO_CIPHERTEXT,) * state.n_options, (), _NO_PROOF)
    probe = Ballot(chain.election_id, voter=key.public, ballot=empty, time=now_ms)
    state.proven[fake_id] = election_key.encoding
    try:
        chain.mempool.check(probe, fake_id, state)
    finally:
        state.proven.pop(fake_id, None)


def prepare_ballot(chain: ChainService, voter_id: str, choice: str, now_ms: int) -> PreparedBallot:
    """The voter's ballot for ``choice``, encrypted for K, signed, checked against the chain and the pool
    (the typed error if it would be refused), not submitted."""
    options = chain.genesis.manifest.options
    if choice not in options:
        raise UnknownOption(f"{choice!r} is not an option; the options are: {', '.join(options)}")
    check_ballot_voter(chain, voter_id, now_ms)
    state = chain.state
    election_key = state.election_key
    assert election_key is not None
    key = voter_key(parse_voter_id(voter_id), chain.election_id)
    encrypted, secrets = encrypt_ballot(election_key, len(options), options.index(choice),
                                        ballot_context(chain.election_id, key.public))
    tx = sign(Ballot(chain.election_id, voter=key.public, ballot=encrypted, time=now_ms), key)
    assert isinstance(tx, Ballot)
    txid = txid_of(tx)
    chain.mempool.check(tx, txid, state)  # every rule, the proofs too (remembered: not checked again on cast)
    return PreparedBallot(tx, txid.hex(), choice, secrets)


def opened_text(chain: ChainService, prepared: PreparedBallot) -> str:
    """The opened ballot as text (canonical JSON) for the check of this machine: the signed transaction whose
    id is the tracking code the booth showed, with the choice and the randomness."""
    return open_ballot_text(prepared.tx, prepared.secrets, chain.genesis.manifest.options)
