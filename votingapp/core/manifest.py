"""The election manifest: the genesis of an election's chain, signed by the authority.

The election id is the SHA-256 of the manifest's canonical encoding.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from typing import Any

from votingapp.core.encoding import (
    canonical,
    check_fields,
    check_text,
    get_bool,
    get_choice,
    get_hex,
    get_int,
    get_text,
    hex_to_bytes,
    parse_canonical,
)
from votingapp.core.errors import DecodeError, InvalidManifest
from votingapp.core.keys import SIGNATURE_SIZE, SigningKey, verify_signature

VERSION = 1
MAX_OPTIONS = 64
MAX_STATIONS = 256
MAX_DIFFICULTY = 32
DEFAULT_DIFFICULTY = 16
MAX_MANIFEST_BYTES = 64 * 1024
RESULTS_MODES = ("live", "after_close")
BALLOT_KINDS = ("secret", "open")  # docs/design.md section 10: secret is the default of create_genesis
MAX_TRUSTEES = 64  # as votingapp.core.crypto.dkg.MAX_TRUSTEES
_DOMAIN = b"votingapp/manifest/v1"
_FIELDS = ("v", "title", "options", "authority", "stations", "difficulty", "results", "manual_open", "created", "salt",
           "ballot", "trustees", "threshold")


@dataclass(frozen=True)
class Station:
    """An admitted station: its public key and the name people see."""

    key: bytes
    name: str


@dataclass(frozen=True)
class Manifest:
    """What an election is: title, options, who runs it and how."""

    title: str
    options: tuple[str, ...]
    authority: bytes
    stations: tuple[Station, ...]
    difficulty: int = DEFAULT_DIFFICULTY
    results: str = "live"
    manual_open: bool = False
    created: int = 0
    salt: bytes = b"\0" * 16
    ballot: str = "open"  # "secret": encrypted ballots, a key ceremony among ``trustees``, threshold decryption
    trustees: tuple[bytes, ...] = ()  # station keys; trustee i (from 1) is trustees[i - 1]; none when open
    threshold: int = 0  # k of n trustees decrypt; 0 when open

    @property
    def secret(self) -> bool:
        """True for a secret-ballot election."""
        return self.ballot == "secret"

    def trustee_index(self, station: bytes) -> int:
        """The trustee number (from 1) of ``station``, 0 when it is not a trustee."""
        try:
            return self.trustees.index(station) + 1
        except ValueError:
            return 0

    def to_obj(self) -> dict[str, Any]:
        """The JSON object of the manifest body."""
        return {
            "v": VERSION,
            "title": self.title,
            "options": list(self.options),
            "authority": self.authority.hex(),
            "stations": [{"key": s.key.hex(), "name": s.name} for s in self.stations],
            "difficulty": self.difficulty,
            "results": self.results,
            "manual_open": self.manual_open,
            "created": self.created,
            "salt": self.salt.hex(),
            "ballot": self.ballot,
            "trustees": [t.hex() for t in self.trustees],
            "threshold": self.threshold,
        }

    @classmethod
    def from_obj(cls, obj: Any) -> Manifest:
        """Strictly decode and check a manifest body."""
        check_fields(obj, _FIELDS, "manifest")
        if get_int(obj, "v", 0, 1 << 16) != VERSION:
            raise DecodeError(f"manifest version {obj['v']} is not supported")
        options = obj["options"]
        if not isinstance(options, list) or not 2 <= len(options) <= MAX_OPTIONS:
            raise DecodeError(f"manifest needs 2 to {MAX_OPTIONS} options")
        opts = tuple(check_text(o, "option", 1, 100) for o in options)
        if len(set(opts)) != len(opts):
            raise DecodeError("manifest options must be distinct")
        stations_raw = obj["stations"]
        if not isinstance(stations_raw, list) or not 1 <= len(stations_raw) <= MAX_STATIONS:
            raise DecodeError(f"manifest needs 1 to {MAX_STATIONS} stations")
        stations = []
        for item in stations_raw:
            check_fields(item, ("key", "name"), "station")
            stations.append(Station(get_hex(item, "key", 32), get_text(item, "name", 0, 64)))
        if len({s.key for s in stations}) != len(stations):
            raise DecodeError("manifest stations must be distinct")
        ballot = get_choice(obj, "ballot", BALLOT_KINDS)
        trustees_raw = obj["trustees"]
        if not isinstance(trustees_raw, list) or len(trustees_raw) > MAX_TRUSTEES:
            raise DecodeError(f"manifest trustees: a list of at most {MAX_TRUSTEES} station keys")
        trustees = tuple(hex_to_bytes(t, 32, "trustee") for t in trustees_raw)
        threshold = get_int(obj, "threshold", 0, MAX_TRUSTEES)
        if len(set(trustees)) != len(trustees):
            raise DecodeError("manifest trustees must be distinct")
        if not set(trustees) <= {s.key for s in stations}:
            raise DecodeError("every trustee must be a station of the manifest")
        if ballot == "secret" and not 1 <= threshold <= len(trustees):
            raise DecodeError(f"a secret election needs 1 to {MAX_TRUSTEES} trustees and a threshold 1 <= k <= n")
        if ballot == "open" and (trustees or threshold):
            raise DecodeError("an open election has no trustees and threshold 0")
        return cls(
            title=get_text(obj, "title", 1, 200),
            options=opts,
            authority=get_hex(obj, "authority", 32),
            stations=tuple(stations),
            difficulty=get_int(obj, "difficulty", 0, MAX_DIFFICULTY),
            results=get_choice(obj, "results", RESULTS_MODES),
            manual_open=get_bool(obj, "manual_open"),
            created=get_int(obj, "created", 0, 1 << 53),
            salt=get_hex(obj, "salt", 16),
            ballot=ballot,
            trustees=trustees,
            threshold=threshold,
        )

    def encode(self) -> bytes:
        """Canonical bytes of the body (what the authority signs)."""
        return canonical(self.to_obj())

    @property
    def election_id(self) -> bytes:
        """SHA-256 of the canonical body."""
        return hashlib.sha256(self.encode()).digest()


@dataclass(frozen=True)
class Genesis:
    """A manifest with the authority's signature: the first block of the election's chain."""

    manifest: Manifest
    signature: bytes

    @property
    def election_id(self) -> bytes:
        """The election id (also the hash of the genesis block)."""
        return self.manifest.election_id

    def to_obj(self) -> dict[str, Any]:
        """The JSON object of the signed manifest."""
        return {"manifest": self.manifest.to_obj(), "sig": self.signature.hex()}

    def encode(self) -> bytes:
        """Canonical bytes of the signed manifest (the election file)."""
        return canonical(self.to_obj())

    @classmethod
    def from_obj(cls, obj: Any) -> Genesis:
        """Strictly decode a signed manifest and check its signature."""
        check_fields(obj, ("manifest", "sig"), "election manifest")
        signature = hex_to_bytes(obj["sig"], SIGNATURE_SIZE, "manifest signature")
        genesis = cls(Manifest.from_obj(obj["manifest"]), signature)
        genesis.check_signature()
        return genesis

    @classmethod
    def decode(cls, raw: bytes) -> Genesis:
        """Strictly decode canonical bytes of a signed manifest."""
        return cls.from_obj(parse_canonical(raw, MAX_MANIFEST_BYTES))

    def check_signature(self) -> None:
        """Raise :class:`InvalidManifest` unless the authority signed this manifest."""
        if not verify_signature(self.manifest.authority, self.signature, _DOMAIN + self.manifest.encode()):
            raise InvalidManifest("the election manifest is not signed by its authority")


def create_genesis(
    authority: SigningKey,
    title: str,
    options: list[str],
    stations: list[Station],
    difficulty: int = DEFAULT_DIFFICULTY,
    results: str = "live",
    manual_open: bool = False,
    created: int | None = None,
    ballot: str = "secret",
    trustees: list[bytes] | None = None,
    threshold: int | None = None,
) -> Genesis:
    """Make and sign a new election; raises :class:`DecodeError` on an invalid title, option, station,
    trustee or threshold.

    A ``secret`` election (the default) has ``trustees`` (default: every station given here) and a
    ``threshold`` k (default: a majority, n // 2 + 1); an ``open`` one has neither.
    """
    if ballot == "secret":
        chosen = tuple(s.key for s in stations) if trustees is None else tuple(trustees)
        k = len(chosen) // 2 + 1 if threshold is None else threshold
    else:
        chosen = () if trustees is None else tuple(trustees)
        k = 0 if threshold is None else threshold
    manifest = Manifest(
        title=title,
        options=tuple(options),
        authority=authority.public,
        stations=tuple(stations),
        difficulty=difficulty,
        results=results,
        manual_open=manual_open,
        created=int(time.time() * 1000) if created is None else created,
        salt=secrets.token_bytes(16),
        ballot=ballot,
        trustees=chosen,
        threshold=k,
    )
    Manifest.from_obj(manifest.to_obj())  # the same checks a receiver makes
    return Genesis(manifest, authority.sign(_DOMAIN + manifest.encode()))
