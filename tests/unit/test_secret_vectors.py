"""Known-answer vectors of the secret ballot's formats: the secret manifest (tests/vectors/genesis_secret.json)
rebuilt byte for byte, decoded, and refused or re-identified after any one-byte change; the new transaction
types are in transactions.json (checked by test_vectors.py like every other type) and decode to their parts."""

from __future__ import annotations

import hashlib
from typing import Any

from tests.unit.test_vectors import load, one_byte_changes, signing_key, stored, tx_vectors
from votingapp.core.crypto.ballot import ballot_context, verify_ballot
from votingapp.core.crypto.dkg import DealerCommitments, trustee_context, verify_commitments
from votingapp.core.crypto.group import Point, SeededScalars, base_mul
from votingapp.core.errors import LedgerError
from votingapp.core.keys import SigningKey
from votingapp.core.manifest import Genesis, Manifest, Station
from votingapp.core.transactions import Ballot, DkgDeal, decode_tx

SECRET_TYPES = {"trustee_key", "dkg_deal", "dkg_ack", "dkg_complaint", "ballot", "decryption"}


def rebuild_secret_genesis() -> Genesis:
    vec = load("genesis_secret.json")
    inputs = vec["inputs"]
    base = load("genesis.json")["inputs"]
    authority = signing_key("authority")
    keys = [signing_key_from(seed) for seed in inputs["station_seeds"]]
    manifest = Manifest(
        title=base["title"],
        options=tuple(base["options"]),
        authority=authority.public,
        stations=tuple(Station(k, name) for k, name in zip(keys, inputs["station_names"], strict=True)),
        difficulty=base["difficulty"],
        results=base["results"],
        manual_open=base["manual_open"],
        created=base["created"],
        salt=bytes.fromhex(inputs["salt"]),
        ballot=inputs["ballot"],
        trustees=tuple(keys),
        threshold=inputs["threshold"],
    )
    return Genesis(manifest, authority.sign(load("genesis.json")["domain"].encode() + manifest.encode()))


def signing_key_from(seed: str) -> bytes:
    return SigningKey.from_seed(bytes.fromhex(seed)).public


def test_the_secret_manifest_rebuilds_byte_for_byte() -> None:
    vec = load("genesis_secret.json")
    genesis = rebuild_secret_genesis()
    assert genesis.manifest.encode() == stored(vec["manifest"])
    assert genesis.signature.hex() == vec["signature"]
    assert genesis.encode() == stored(vec["genesis"])
    assert genesis.election_id.hex() == vec["election_id"] == hashlib.sha256(stored(vec["manifest"])).hexdigest()
    decoded = Genesis.decode(stored(vec["genesis"]))
    assert decoded == genesis and decoded.manifest.secret and decoded.manifest.threshold == 2
    assert decoded.manifest.trustees == tuple(s.key for s in decoded.manifest.stations)


def test_the_secret_manifest_one_byte_change_is_refused() -> None:
    vec = load("genesis_secret.json")
    raw = stored(vec["genesis"])
    for i, changed in one_byte_changes(raw):
        try:
            genesis = Genesis.decode(changed)
        except LedgerError:
            continue
        assert genesis.election_id.hex() != vec["election_id"], f"byte {i} changed, same election id"


def by_type() -> dict[str, dict[str, Any]]:
    return {vec["type"]: vec for vec in tx_vectors() if vec["type"] in SECRET_TYPES}


def test_every_secret_type_has_a_vector_and_its_proofs_hold() -> None:
    vecs = by_type()
    assert set(vecs) == SECRET_TYPES
    election = bytes.fromhex(load("transactions.json")["election"])
    station = signing_key("station").public
    deal = decode_tx(stored(vecs["dkg_deal"]["encoding"]))
    assert isinstance(deal, DkgDeal) and deal.proof is not None and len(deal.shares) == 2
    verify_commitments(DealerCommitments(1, deal.commitments, deal.proof), 2, trustee_context(election, station))
    ballot = decode_tx(stored(vecs["ballot"]["encoding"]))
    assert isinstance(ballot, Ballot) and ballot.ballot is not None
    key: Point = base_mul(SeededScalars(b"vectors/election key")())
    verify_ballot(ballot.ballot, key, 3, ballot_context(election, ballot.voter))
