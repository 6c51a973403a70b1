"""Transactions: admit-station, register, vote, open, close.

Each is signed: admit/open/close by the authority, register by an admitted station, vote by the voter.
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

from votingapp.core.encoding import canonical, check_fields, get_hex, get_int, get_text, parse_canonical
from votingapp.core.errors import DecodeError
from votingapp.core.keys import SIGNATURE_SIZE, SigningKey

VERSION = 1
MAX_TX_BYTES = 2048
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


Transaction = AdmitStation | Register | Vote | Open | Close
Cast = Register | Vote  # what a polling station casts: bound by the close's time
TX_TYPES: dict[str, type[_TxBase]] = {t.TYPE: t for t in (AdmitStation, Register, Vote, Open, Close)}
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
    else:
        tx = Close(election, sig, get_int(obj, "time", 0, _TIME_MAX))
    return tx  # type: ignore[no-any-return]


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
    return f"{tx.TYPE} of the election"
