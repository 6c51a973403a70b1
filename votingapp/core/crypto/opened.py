"""A spoiled ballot, opened for Benaloh's cast-or-check (docs/design.md section 10), as one line of text.

When the voter asks the booth to check it, the booth shows the ballot it made, opened: the whole signed
ballot transaction it would have cast (election id, voter key, ciphertexts, proofs, time, signature), the
tracking code it showed (that transaction's id), the choice and the randomness.  Any other station (and
``votingapp check-ballot``) first recomputes the tracking code from the transaction: the booth committed to
these ciphertexts when it showed the code, before the voter chose to cast or to check (without that, a
dishonest booth could show the code of a ballot for another choice and open a fresh, honest one).  Then it
re-encrypts the choice with that randomness under the election key and says whether the booth encrypted
what the voter chose.  A spoiled ballot is never cast.

The text is canonical JSON (sorted keys, no spaces), small enough for a QR code with a few options::

    {"choice":1,"ciphertexts":[{"alpha":"..","beta":".."},..],"election":"..","option":"Bob",
     "proofs":[{"c0":"..","c1":"..","z0":"..","z1":".."},..],"randomness":["..",..],"sig":"..",
     "sum_proof":{"c":"..","z":".."},"time":..,"tracking_code":"..","type":"opened_ballot","v":1,"voter":".."}

``choice`` is the option's position (from 0) in the manifest, ``option`` its text; ``ciphertexts``,
``proofs``, ``sum_proof``, ``voter``, ``time`` and ``sig`` are the ballot transaction's
(docs/record-format.md section 6) and ``tracking_code`` its id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from votingapp.core.crypto.ballot import MAX_OPTIONS, BallotSecrets, EncryptedBallot
from votingapp.core.crypto.elgamal import Ciphertext, encrypt
from votingapp.core.crypto.group import Point, Scalar
from votingapp.core.crypto.proofs import ChaumPedersenProof, ZeroOneProof
from votingapp.core.encoding import canonical, check_fields, get_hex, get_int, get_text, hex_to_bytes, parse_canonical
from votingapp.core.errors import DecodeError
from votingapp.core.keys import SIGNATURE_SIZE
from votingapp.core.transactions import Ballot, txid_of

VERSION = 1
TYPE = "opened_ballot"
MAX_TEXT = 32 * 1024
_FIELDS = ("v", "type", "election", "voter", "tracking_code", "ciphertexts", "proofs", "sum_proof", "time", "sig",
           "choice", "option", "randomness")
_TIME_MAX = 1 << 53


@dataclass(frozen=True)
class OpenedBallot:
    """The decoded text of a spoiled ballot."""

    election: bytes
    voter: bytes
    tracking_code: bytes
    ballot: Ballot  # the signed transaction the booth would have cast (its id must be ``tracking_code``)
    choice: int
    option: str
    randomness: tuple[Scalar, ...]

    @property
    def ciphertexts(self) -> tuple[Ciphertext, ...]:
        assert self.ballot.ballot is not None
        return self.ballot.ballot.ciphertexts


@dataclass(frozen=True)
class OpenedVerdict:
    """What the check of an opened ballot says: ``ok`` when the ciphertexts encrypt ``option`` (position
    ``choice``) with this randomness under the election key; ``reason`` says why not, for people."""

    ok: bool
    reason: str
    election: bytes = b""
    tracking_code: bytes = b""
    choice: int = -1
    option: str = ""


def open_ballot_text(tx: Ballot, secrets: BallotSecrets, options: Sequence[str]) -> str:
    """The signed ballot transaction ``tx`` opened with its ``secrets``, as canonical JSON text (see the module
    docstring); its tracking code is ``tx``'s id."""
    ballot = tx.ballot
    if ballot is None or len(options) != len(ballot.ciphertexts) or not 0 <= secrets.choice < len(options):
        raise ValueError("the options do not match the ballot")
    obj = {
        "v": VERSION,
        "type": TYPE,
        "election": tx.election.hex(),
        "voter": tx.voter.hex(),
        "tracking_code": txid_of(tx).hex(),
        "ciphertexts": [c.to_obj() for c in ballot.ciphertexts],
        "proofs": [p.to_obj() for p in ballot.proofs],
        "sum_proof": ballot.sum_proof.to_obj(),
        "time": tx.time,
        "sig": tx.sig.hex(),
        "choice": secrets.choice,
        "option": options[secrets.choice],
        "randomness": [r.hex() for r in secrets.randomness],
    }
    return canonical(obj).decode()


def parse_opened_ballot_text(text: str) -> OpenedBallot:
    """Strictly decode the text of an opened ballot (:class:`DecodeError` if it is not one)."""
    raw = text.strip().encode()
    obj = parse_canonical(raw, MAX_TEXT)
    fields = check_fields(obj, _FIELDS, "opened ballot")
    if fields["v"] != VERSION or fields["type"] != TYPE:
        raise DecodeError("not an opened ballot of this version")
    cts, proofs, rs = fields["ciphertexts"], fields["proofs"], fields["randomness"]
    lists = (cts, proofs, rs)
    sizes = {len(v) if isinstance(v, list) else -1 for v in lists}
    if -1 in sizes or len(sizes) != 1 or not 1 <= len(cts) <= MAX_OPTIONS:
        raise DecodeError("opened ballot: as many ciphertexts, proofs and random values, 1 to 64")
    election = get_hex(fields, "election", 32)
    voter = get_hex(fields, "voter", 32)
    encrypted = EncryptedBallot(
        tuple(Ciphertext.from_obj(c) for c in cts),
        tuple(ZeroOneProof.from_obj(p) for p in proofs),
        ChaumPedersenProof.from_obj(fields["sum_proof"]),
    )
    sig, time = get_hex(fields, "sig", SIGNATURE_SIZE), get_int(fields, "time", 0, _TIME_MAX)
    tx = Ballot(election, sig, voter, encrypted, time)
    return OpenedBallot(
        election=election,
        voter=voter,
        tracking_code=get_hex(fields, "tracking_code", 32),
        ballot=tx,
        choice=get_int(fields, "choice", 0, len(cts) - 1),
        option=get_text(fields, "option", 1, 100),
        randomness=tuple(Scalar.from_bytes(hex_to_bytes(r, 32, "randomness")) for r in rs),
    )


def check_opened_ballot_text(
    text: str, election_key: Point, options: Sequence[str] | None = None, election_id: bytes | None = None
) -> OpenedVerdict:
    """Check an opened ballot against the election key K: is it the ballot whose tracking code the booth
    showed, and does its encryption hold the choice shown?

    With ``options`` (the manifest's), the option's text must be the one at ``choice``; with
    ``election_id``, the ballot must be of that election.  Never raises on bad input: the verdict says why.
    """
    try:
        opened = parse_opened_ballot_text(text)
    except (DecodeError, ValueError) as exc:
        return OpenedVerdict(False, f"this is not an opened ballot: {exc}")

    def verdict(ok: bool, reason: str) -> OpenedVerdict:
        return OpenedVerdict(ok, reason, opened.election, opened.tracking_code, opened.choice, opened.option)

    if election_id is not None and opened.election != election_id:
        return verdict(False, "this ballot belongs to another election")
    if options is not None and (len(options) != len(opened.ciphertexts) or options[opened.choice] != opened.option):
        return verdict(False, "the option shown is not the election's option at that position")
    if any(r.is_zero() for r in opened.randomness):
        return verdict(False, "the randomness is not valid")
    expected = tuple(encrypt(election_key, int(j == opened.choice), r) for j, r in enumerate(opened.randomness))
    if expected != opened.ciphertexts:
        return verdict(False, f"the booth did NOT encrypt {opened.option!r}: do not trust this machine")
    if txid_of(opened.ballot) != opened.tracking_code:
        return verdict(
            False, "the tracking code the booth showed is not this ballot's: the booth may have encrypted another "
            "choice; do not trust this machine"
        )
    return verdict(True, f"the booth encrypted {opened.option!r} as shown")
