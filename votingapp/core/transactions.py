"""Transactions: admit-station, register, vote, open, close, and those of the secret ballot (docs/design.md
section 10): trustee_key, dkg_deal, dkg_ack, dkg_complaint (the key ceremony), ballot and decryption.

Each is signed: admit/open/close by the authority, register and the ceremony's and decryption's
transactions by the named station, vote and ballot by the voter.
The signed message is a domain tag plus the canonical encoding of the body (all fields but ``sig``);
the transaction id is the SHA-256 of that message followed by the signature.

Register, vote, open and close carry ``time``: milliseconds since the epoch, set by the station that
builds them and covered by the signature.  A registration's or a vote's time is when it was cast; the
close's time is the instant after which nothing cast counts (docs/architecture.md, "Finality of the close").
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from json.encoder import encode_basestring  # what canonical() uses for a str (C; ensure_ascii=False)
from typing import Any, ClassVar

from votingapp.core.crypto.ballot import EncryptedBallot
from votingapp.core.crypto.dkg import SHARE_CIPHERTEXT_SIZE
from votingapp.core.crypto.group import Point
from votingapp.core.crypto.proofs import ChaumPedersenProof, SchnorrProof
from votingapp.core.encoding import (
    canonical,
    check_fields,
    get_hex,
    get_int,
    get_text,
    hex_to_bytes,
    parse_canonical,
)
from votingapp.core.errors import DecodeError
from votingapp.core.keys import SIGNATURE_SIZE, SigningKey

VERSION = 1
MAX_TX_BYTES = 64 * 1024  # a 64-option ballot is about 30 KB, a 64-trustee deal about 15 KB
MAX_LIST = 64  # options of a ballot or a decryption, commitments and shares of a deal
_DOMAIN = b"votingapp/tx/v1"
_DOMAIN_TEXT = _DOMAIN.decode()
_TIME_MAX = 1 << 53


@dataclass(frozen=True)
class _TxBase:
    """Fields and behaviour common to all transactions."""

    TYPE: ClassVar[str] = ""
    FIELDS: ClassVar[tuple[str, ...]] = ()

    election: bytes
    sig: bytes = field(default=b"", compare=False)

    def body(self) -> dict[str, Any]:
        """The JSON object without the signature."""
        obj = {"v": VERSION, "type": self.TYPE, "election": self.election.hex()}
        obj.update(self._own_fields())
        return obj

    def _own_fields(self) -> dict[str, Any]:
        raise NotImplementedError

    def signing_bytes(self) -> bytes:
        """The exact bytes the signer signs: the domain tag and ``canonical(self.body())``.

        Each type writes its canonical body directly (sorted keys, no spaces): the hot path of
        verification.  A test checks that this equals ``_DOMAIN + canonical(self.body())``.
        """
        return _DOMAIN + canonical(self.body())

    def to_obj(self) -> dict[str, Any]:
        """The JSON object including the signature."""
        obj = self.body()
        obj["sig"] = self.sig.hex()
        return obj

    def encode(self) -> bytes:
        """Canonical bytes of the whole transaction."""
        return canonical(self.to_obj())

    @property
    def signer(self) -> bytes:
        """The public key that must have signed this transaction (authority-signed: empty)."""
        return b""


@dataclass(frozen=True)
class AdmitStation(_TxBase):
    """The authority admits a station: it may then register voters and mine blocks."""

    TYPE: ClassVar[str] = "admit"
    FIELDS: ClassVar[tuple[str, ...]] = ("station", "name")
    station: bytes = b""
    name: str = ""

    def _own_fields(self) -> dict[str, Any]:
        return {"station": self.station.hex(), "name": self.name}

    def signing_bytes(self) -> bytes:
        return (
            f'{_DOMAIN_TEXT}{{"election":"{self.election.hex()}","name":{encode_basestring(self.name)},'
            f'"station":"{self.station.hex()}","type":"admit","v":{VERSION}}}'
        ).encode()


@dataclass(frozen=True)
class Register(_TxBase):
    """An admitted station registers one voter public key."""

    TYPE: ClassVar[str] = "register"
    FIELDS: ClassVar[tuple[str, ...]] = ("station", "voter", "time")
    station: bytes = b""
    voter: bytes = b""
    time: int = 0  # when the station registered the voter (ms); 0 is before every election: invalid

    def _own_fields(self) -> dict[str, Any]:
        return {"station": self.station.hex(), "voter": self.voter.hex(), "time": self.time}

    def signing_bytes(self) -> bytes:
        return (
            f'{_DOMAIN_TEXT}{{"election":"{self.election.hex()}","station":"{self.station.hex()}",'
            f'"time":{self.time},"type":"register","v":{VERSION},"voter":"{self.voter.hex()}"}}'
        ).encode()

    @property
    def signer(self) -> bytes:
        return self.station


@dataclass(frozen=True)
class Vote(_TxBase):
    """A registered voter's ballot, signed by the voter key."""

    TYPE: ClassVar[str] = "vote"
    FIELDS: ClassVar[tuple[str, ...]] = ("voter", "choice", "time")
    voter: bytes = b""
    choice: str = ""
    time: int = 0  # when the ballot was cast (ms), set by the station; 0 is before every election: invalid

    def _own_fields(self) -> dict[str, Any]:
        return {"voter": self.voter.hex(), "choice": self.choice, "time": self.time}

    def signing_bytes(self) -> bytes:
        return (
            f'{_DOMAIN_TEXT}{{"choice":{encode_basestring(self.choice)},"election":"{self.election.hex()}",'
            f'"time":{self.time},"type":"vote","v":{VERSION},"voter":"{self.voter.hex()}"}}'
        ).encode()

    @property
    def signer(self) -> bytes:
        return self.voter


@dataclass(frozen=True)
class Open(_TxBase):
    """The authority opens a manually opened election."""

    TYPE: ClassVar[str] = "open"
    FIELDS: ClassVar[tuple[str, ...]] = ("time",)
    time: int = 0

    def _own_fields(self) -> dict[str, Any]:
        return {"time": self.time}

    def signing_bytes(self) -> bytes:
        election = self.election.hex()
        return f'{_DOMAIN_TEXT}{{"election":"{election}","time":{self.time},"type":"open","v":{VERSION}}}'.encode()


@dataclass(frozen=True)
class Close(_TxBase):
    """The authority closes the election: nothing cast after ``time`` counts, in any branch."""

    TYPE: ClassVar[str] = "close"
    FIELDS: ClassVar[tuple[str, ...]] = ("time",)
    time: int = 0

    def _own_fields(self) -> dict[str, Any]:
        return {"time": self.time}

    def signing_bytes(self) -> bytes:
        election = self.election.hex()
        return f'{_DOMAIN_TEXT}{{"election":"{election}","time":{self.time},"type":"close","v":{VERSION}}}'.encode()


# ---- the secret ballot ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _StationTx(_TxBase):
    """A transaction of a trustee station, signed by that station's key."""

    station: bytes = b""
    time: int = 0  # when the station made it (ms)

    @property
    def signer(self) -> bytes:
        return self.station


@dataclass(frozen=True)
class TrusteeKey(_StationTx):
    """A trustee publishes its X25519 public key: the dealers encrypt its shares to it (HPKE)."""

    TYPE: ClassVar[str] = "trustee_key"
    FIELDS: ClassVar[tuple[str, ...]] = ("station", "key", "time")
    key: bytes = b""

    def _own_fields(self) -> dict[str, Any]:
        return {"station": self.station.hex(), "key": self.key.hex(), "time": self.time}


@dataclass(frozen=True)
class DkgDeal(_StationTx):
    """Dealer i (the station's position in the manifest's trustees, from 1) publishes C_i,0..C_i,k-1, a
    Schnorr proof of knowledge of a_i,0, and f_i(j) encrypted to every OTHER trustee j, in trustee order
    (``shares`` has n - 1 entries of 80 bytes)."""

    TYPE: ClassVar[str] = "dkg_deal"
    FIELDS: ClassVar[tuple[str, ...]] = ("station", "commitments", "proof", "shares", "time")
    commitments: tuple[Point, ...] = ()
    proof: SchnorrProof | None = None
    shares: tuple[bytes, ...] = ()

    def _own_fields(self) -> dict[str, Any]:
        assert self.proof is not None
        return {
            "station": self.station.hex(),
            "commitments": [c.hex() for c in self.commitments],
            "proof": self.proof.to_obj(),
            "shares": [s.hex() for s in self.shares],
            "time": self.time,
        }

    def share_to(self, dealer: int, recipient: int) -> bytes:
        """The encrypted share for trustee ``recipient`` (from 1) when this deal is dealer ``dealer``'s."""
        if recipient == dealer:
            raise ValueError("a dealer sends no share to itself")
        return self.shares[recipient - 1 if recipient < dealer else recipient - 2]


@dataclass(frozen=True)
class DkgAck(_StationTx):
    """A trustee says: every share I received matches its dealer's commitments."""

    TYPE: ClassVar[str] = "dkg_ack"
    FIELDS: ClassVar[tuple[str, ...]] = ("station", "time")

    def _own_fields(self) -> dict[str, Any]:
        return {"station": self.station.hex(), "time": self.time}


@dataclass(frozen=True)
class DkgComplaint(_StationTx):
    """A trustee says the share from ``dealer`` (a trustee index) is bad: the ceremony stops, naming it.

    ``private_key`` is the complainer's X25519 private key, revealed so that every node can decrypt that share
    and see that it is bad (a complaint about a good share is refused).  It is worthless once the ceremony
    stops: no election key is ever made on this chain."""

    TYPE: ClassVar[str] = "dkg_complaint"
    FIELDS: ClassVar[tuple[str, ...]] = ("station", "dealer", "reason", "private_key", "time")
    dealer: int = 0
    reason: str = ""
    private_key: bytes = field(default=b"", repr=False)

    def _own_fields(self) -> dict[str, Any]:
        return {"station": self.station.hex(), "dealer": self.dealer, "reason": self.reason,
                "private_key": self.private_key.hex(), "time": self.time}


@dataclass(frozen=True)
class Ballot(_TxBase):
    """A registered voter's encrypted ballot, signed by the voter key; its id is the tracking code."""

    TYPE: ClassVar[str] = "ballot"
    FIELDS: ClassVar[tuple[str, ...]] = ("voter", "ballot", "time")
    voter: bytes = b""
    ballot: EncryptedBallot | None = None
    time: int = 0  # when the ballot was cast (ms), set by the station, as a vote's

    def _own_fields(self) -> dict[str, Any]:
        assert self.ballot is not None
        return {"voter": self.voter.hex(), "ballot": self.ballot.to_obj(), "time": self.time}

    @property
    def signer(self) -> bytes:
        return self.voter


@dataclass(frozen=True)
class Decryption(_StationTx):
    """Trustee i's decryption share of the aggregate of the ballots counted up to block ``upto``:
    per option o, D_i,o = x_i·A_o and a Chaum-Pedersen proof against X_i."""

    TYPE: ClassVar[str] = "decryption"
    FIELDS: ClassVar[tuple[str, ...]] = ("station", "upto", "factors", "proofs", "time")
    upto: bytes = b""
    factors: tuple[Point, ...] = ()
    proofs: tuple[ChaumPedersenProof, ...] = ()

    def _own_fields(self) -> dict[str, Any]:
        return {
            "station": self.station.hex(),
            "upto": self.upto.hex(),
            "factors": [f.hex() for f in self.factors],
            "proofs": [p.to_obj() for p in self.proofs],
            "time": self.time,
        }


Transaction = (
    AdmitStation | Register | Vote | Open | Close | TrusteeKey | DkgDeal | DkgAck | DkgComplaint | Ballot | Decryption
)
Cast = Register | Vote | Ballot  # what a polling station casts: bound by the close's time
CAST_TYPES = (Register, Vote, Ballot)
CEREMONY_TYPES = (TrusteeKey, DkgDeal, DkgAck, DkgComplaint)
TX_TYPES: dict[str, type[_TxBase]] = {
    t.TYPE: t
    for t in (AdmitStation, Register, Vote, Open, Close, TrusteeKey, DkgDeal, DkgAck, DkgComplaint, Ballot, Decryption)
}
AUTHORITY_TYPES = frozenset({"admit", "open", "close"})
_KEYS = {kind: frozenset(("v", "type", "election", "sig", *cls.FIELDS)) for kind, cls in TX_TYPES.items()}


def sign(tx: Transaction, key: SigningKey) -> Transaction:
    """A copy of ``tx`` signed by ``key``."""
    return type(tx)(**{**tx.__dict__, "sig": key.sign(tx.signing_bytes())})


def txid_of(tx: Transaction) -> bytes:
    """The transaction id: SHA-256 of the signed message and the signature."""
    return hashlib.sha256(tx.signing_bytes() + tx.sig).digest()


def tx_from_obj(obj: Any) -> Transaction:
    """Strictly decode a transaction object (any type)."""
    if not isinstance(obj, dict):
        raise DecodeError("transaction: expected an object")
    kind = obj.get("type")
    cls = TX_TYPES.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise DecodeError(f"transaction: unknown type {str(kind)[:20]!r}")
    keys = _KEYS[cls.TYPE]
    if obj.keys() != keys:
        check_fields(obj, keys, f"{kind} transaction")
    version = obj["v"]
    if (type(version) is not int or version != VERSION) and get_int(obj, "v", 0, 1 << 16) != VERSION:
        raise DecodeError(f"transaction version {obj['v']} is not supported")
    election = get_hex(obj, "election", 32)
    sig = get_hex(obj, "sig", SIGNATURE_SIZE)
    tx: Any
    if cls is AdmitStation:
        tx = AdmitStation(election, sig, get_hex(obj, "station", 32), get_text(obj, "name", 0, 64))
    elif cls is Register:
        tx = Register(
            election, sig, get_hex(obj, "station", 32), get_hex(obj, "voter", 32), get_int(obj, "time", 0, _TIME_MAX)
        )
    elif cls is Vote:
        choice = get_text(obj, "choice", 1, 100)
        tx = Vote(election, sig, get_hex(obj, "voter", 32), choice, get_int(obj, "time", 0, _TIME_MAX))
    elif cls is Open:
        tx = Open(election, sig, get_int(obj, "time", 0, _TIME_MAX))
    elif cls is Close:
        tx = Close(election, sig, get_int(obj, "time", 0, _TIME_MAX))
    else:
        tx = _secret_tx_from_obj(cls, obj, election, sig)
    return tx  # type: ignore[no-any-return]


def _list(obj: dict[str, Any], key: str, lo: int) -> list[Any]:
    value = obj[key]
    if not isinstance(value, list) or not lo <= len(value) <= MAX_LIST:
        raise DecodeError(f"field {key!r} must be a list of {lo} to {MAX_LIST} items")
    return value


def _secret_tx_from_obj(cls: type[_TxBase], obj: dict[str, Any], election: bytes, sig: bytes) -> Transaction:
    """The secret ballot's transactions (structure only: points are checked by the ledger's rules)."""
    time = get_int(obj, "time", 0, _TIME_MAX)
    if cls is Ballot:
        raw = obj["ballot"]
        n = len(raw["ciphertexts"]) if isinstance(raw, dict) and isinstance(raw.get("ciphertexts"), list) else 0
        if not 1 <= n <= MAX_LIST:
            raise DecodeError(f"ballot: 1 to {MAX_LIST} ciphertexts")
        return Ballot(election, sig, get_hex(obj, "voter", 32), EncryptedBallot.from_obj(raw, n), time)
    station = get_hex(obj, "station", 32)
    if cls is TrusteeKey:
        return TrusteeKey(election, sig, station, time, get_hex(obj, "key", 32))
    if cls is DkgDeal:
        commitments = tuple(Point(hex_to_bytes(c, 32, "commitment")) for c in _list(obj, "commitments", 1))
        shares = tuple(hex_to_bytes(b, SHARE_CIPHERTEXT_SIZE, "share") for b in _list(obj, "shares", 0))
        return DkgDeal(election, sig, station, time, commitments, SchnorrProof.from_obj(obj["proof"]), shares)
    if cls is DkgAck:
        return DkgAck(election, sig, station, time)
    if cls is DkgComplaint:
        return DkgComplaint(
            election, sig, station, time, get_int(obj, "dealer", 1, MAX_LIST), get_text(obj, "reason", 1, 200),
            get_hex(obj, "private_key", 32),
        )
    factors = tuple(Point(hex_to_bytes(f, 32, "factor")) for f in _list(obj, "factors", 1))
    proofs = tuple(ChaumPedersenProof.from_obj(p) for p in _list(obj, "proofs", 1))
    if len(proofs) != len(factors):
        raise DecodeError("decryption: as many proofs as factors")
    return Decryption(election, sig, station, time, get_hex(obj, "upto", 32), factors, proofs)


def decode_tx(raw: bytes) -> Transaction:
    """Strictly decode the canonical bytes of one transaction."""
    return tx_from_obj(parse_canonical(raw, MAX_TX_BYTES))


def describe(tx: Transaction) -> str:
    """A short, secret-free description for logs and errors."""
    if isinstance(tx, Vote):
        return f"vote by voter {tx.voter.hex()[:12]} for {tx.choice!r}"
    if isinstance(tx, Register):
        return f"registration of voter {tx.voter.hex()[:12]} by station {tx.station.hex()[:12]}"
    if isinstance(tx, AdmitStation):
        return f"admission of station {tx.station.hex()[:12]}"
    if isinstance(tx, Ballot):
        return f"ballot by voter {tx.voter.hex()[:12]}"
    if isinstance(tx, Decryption):
        return f"decryption share of trustee station {tx.station.hex()[:12]} up to block {tx.upto.hex()[:12]}"
    if isinstance(tx, DkgComplaint):
        return f"complaint of trustee station {tx.station.hex()[:12]} against dealer {tx.dealer}"
    if isinstance(tx, (TrusteeKey, DkgDeal, DkgAck)):
        return f"{tx.TYPE} of trustee station {tx.station.hex()[:12]}"
    return f"{tx.TYPE} of the election"
