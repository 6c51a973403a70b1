"""Write the known-answer vectors of the wire and disk format: keys, genesis (open and secret),
transactions (every type, the secret ballot's included) and a block.

Run ``python tests/vectors/make_vectors.py`` (from any directory) to write the JSON files next to this
script, or add ``--check`` to compare them without writing.  Every input is fixed: Ed25519 seeds, the
voter secret, the manifest salt and all times; Ed25519 signatures are deterministic and the proof of work
takes the first nonce that meets the difficulty, so a second run writes the same bytes.  The secret ballot's
randomness comes from ``SeededScalars`` (fixed seeds); the HPKE boxes of the deal are fixed bytes (HPKE
encryption is randomised, and no node can open them anyway: they only pin the encoding).

Regenerate only when the format is meant to change, and say so in the commit: tests/unit/test_vectors.py
checks the code against the committed files and never rewrites them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root, when run as a script

from votingapp.core.block import BLOCK_SIG_DOMAIN, header_obj, mine_block
from votingapp.core.crypto.ballot import ballot_context, encrypt_ballot
from votingapp.core.crypto.dkg import commit, make_decryption_share, new_polynomial, trustee_context
from votingapp.core.crypto.group import SeededScalars, base_mul
from votingapp.core.encoding import canonical
from votingapp.core.keys import SigningKey
from votingapp.core.manifest import Genesis, Manifest, Station
from votingapp.core.merkle import merkle_root
from votingapp.core.transactions import (
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
    sign,
    txid_of,
)
from votingapp.core.voter_id import format_voter_id, voter_key

# ---- the fixed inputs -----------------------------------------------------------------------------------------

AUTHORITY_SEED = bytes(range(0, 32))
STATION_SEED = bytes(range(32, 64))  # the station in the manifest; it registers the voter and mines the block
NEW_STATION_SEED = bytes(range(64, 96))  # the station the admit transaction admits
VOTER_SECRET = bytes(range(96, 112))  # the 16 secret bytes of the voter's voter_id

MANIFEST_DOMAIN = "votingapp/manifest/v1"
VOTER_KEY_DOMAIN = "votingapp/voter-key/v1"
TITLE = 'Wahl 2024 — Bürgerrat "Süd"'  # non-ASCII and quotes: pins UTF-8 output and JSON escaping
OPTIONS = ("Ja", "Nein", "Zoë")
STATION_NAME = "Rathaus 1"
DIFFICULTY = 8  # low: the block's proof of work takes a few hundred hashes
RESULTS = "after_close"
MANUAL_OPEN = True
CREATED = 1_700_000_000_000  # ms
SALT = bytes(range(0xA0, 0xB0))

NEW_STATION_NAME = 'Annex "B" / Süd'
CHOICE = "Zoë"
OPEN_TIME = CREATED + 60_000
REGISTER_TIME = CREATED + 90_000  # a registration's and a vote's time: when cast, signed (finality of the close)
VOTE_TIME = CREATED + 100_000
CLOSE_TIME = CREATED + 3_600_000
BLOCK_HEIGHT = 1
BLOCK_TIME = CREATED + 120_000
BLOCK_TXS = ("open", "register", "vote")  # three leaves: the Merkle root carries the odd one up

# the secret ballot: a secret manifest with three trustee stations, threshold 2, and one transaction of each
# new type (signed by the station of keys.json, or the voter for the ballot)
SECRET_STATION_SEEDS = (STATION_SEED, bytes(range(128, 160)), bytes(range(160, 192)))
SECRET_STATION_NAMES = ("Rathaus 1", "Schule 2", "Halle 3")
SECRET_THRESHOLD = 2
SECRET_SALT = bytes(range(0xC0, 0xD0))
TRUSTEE_HPKE_KEY = bytes(range(192, 224))  # an X25519 public key (any 32 bytes encode)
COMPLAINT_KEY = bytes(range(224, 256))  # the X25519 private key a complaint reveals (any 32 bytes encode)
DEALER = 1  # the deal is trustee 1's: two boxes, to trustees 2 and 3
DEAL_SEED = b"vectors/dkg_deal"
BALLOT_SEED = b"vectors/ballot"
BALLOT_CHOICE = 2  # "Zoë"
KEY_SEED = b"vectors/election key"  # the secret whose public key stands for K and for X_1
DECRYPTION_SEED = b"vectors/decryption"
UPTO = hashlib.sha256(b"vectors/upto").digest()
COMPLAINT_REASON = "share from dealer 2 does not match its commitments"
SECRET_TIME = CREATED + 30_000  # time of the ceremony's transactions
DECRYPTION_TIME = CLOSE_TIME + 60_000

HERE = Path(__file__).resolve().parent


def _key_entry(seed: bytes) -> dict[str, str]:
    return {"seed": seed.hex(), "public": SigningKey.from_seed(seed).public.hex()}


def _bytes_entry(raw: bytes) -> dict[str, Any]:
    """Canonical bytes as hex, the same as text (for reading diffs) and their SHA-256."""
    return {"hex": raw.hex(), "text": raw.decode(), "sha256": hashlib.sha256(raw).hexdigest()}


def build() -> dict[str, dict[str, Any]]:
    """Every vector file's content, by file name."""
    authority = SigningKey.from_seed(AUTHORITY_SEED)
    station = SigningKey.from_seed(STATION_SEED)
    new_station = SigningKey.from_seed(NEW_STATION_SEED)

    manifest = Manifest(
        title=TITLE,
        options=OPTIONS,
        authority=authority.public,
        stations=(Station(station.public, STATION_NAME),),
        difficulty=DIFFICULTY,
        results=RESULTS,
        manual_open=MANUAL_OPEN,
        created=CREATED,
        salt=SALT,
    )
    Manifest.from_obj(manifest.to_obj())  # the receiver's checks
    manifest_bytes = manifest.encode()
    signed_message = MANIFEST_DOMAIN.encode() + manifest_bytes
    genesis = Genesis(manifest, authority.sign(signed_message))
    genesis.check_signature()
    election = genesis.election_id

    voter = voter_key(VOTER_SECRET, election)
    keys = {
        "about": "Ed25519 keys from fixed 32-byte seeds, and a voter key derived from a voter_id and the election id.",
        "authority": _key_entry(AUTHORITY_SEED),
        "station": _key_entry(STATION_SEED),
        "new_station": _key_entry(NEW_STATION_SEED),
        "voter": {
            "secret": VOTER_SECRET.hex(),
            "voter_id": format_voter_id(VOTER_SECRET),
            "domain": VOTER_KEY_DOMAIN,
            "election": election.hex(),
            "seed": hashlib.sha256(VOTER_KEY_DOMAIN.encode() + election + VOTER_SECRET).hexdigest(),
            "public": voter.public.hex(),
        },
    }

    genesis_vec = {
        "about": "The signed election manifest (genesis); the election id is the SHA-256 of the manifest bytes.",
        "inputs": {
            "authority": "authority",
            "title": TITLE,
            "options": list(OPTIONS),
            "stations": [{"key": "station", "name": STATION_NAME}],
            "difficulty": DIFFICULTY,
            "results": RESULTS,
            "manual_open": MANUAL_OPEN,
            "created": CREATED,
            "salt": SALT.hex(),
            "ballot": "open",
            "trustees": [],
            "threshold": 0,
        },
        "domain": MANIFEST_DOMAIN,
        "manifest": _bytes_entry(manifest_bytes),
        "signed_message": signed_message.hex(),
        "signature": genesis.signature.hex(),
        "election_id": election.hex(),
        "genesis": _bytes_entry(genesis.encode()),
    }

    secret_genesis_vec = _secret_genesis(authority)

    signers = {"authority": authority, "station": station, "voter": voter}
    unsigned: list[tuple[str, Transaction]] = [
        ("authority", AdmitStation(election, station=new_station.public, name=NEW_STATION_NAME)),
        ("station", Register(election, station=station.public, voter=voter.public, time=REGISTER_TIME)),
        ("authority", Open(election, time=OPEN_TIME)),
        ("voter", Vote(election, voter=voter.public, choice=CHOICE, time=VOTE_TIME)),
        ("authority", Close(election, time=CLOSE_TIME)),
        *_secret_txs(election, station.public, voter.public),
    ]
    txs: dict[str, Transaction] = {}
    tx_vecs = []
    for signer, tx in unsigned:
        signed = sign(tx, signers[signer])
        txs[signed.TYPE] = signed
        own = {k: v for k, v in signed.body().items() if k not in ("v", "type", "election")}
        tx_vecs.append(
            {
                "type": signed.TYPE,
                "signer": signer,
                "fields": own,
                "signing_bytes": signed.signing_bytes().hex(),
                "sig": signed.sig.hex(),
                "txid": txid_of(signed).hex(),
                "encoding": _bytes_entry(signed.encode()),
            }
        )
    transactions = {
        "about": "One transaction of each type, signed; txid = SHA-256(signing_bytes + sig), "
        "signing_bytes = domain + canonical body (all fields but sig).",
        "election": election.hex(),
        "domain": "votingapp/tx/v1",
        "transactions": tx_vecs,
    }

    block_txs = [txs[t] for t in BLOCK_TXS]
    block = mine_block(BLOCK_HEIGHT, election, BLOCK_TIME, block_txs, station, DIFFICULTY)
    assert block is not None
    t0, t1, t2 = block.txids
    inner = hashlib.sha256(b"\x01" + t0 + t1).digest()
    assert merkle_root(block.txids) == hashlib.sha256(b"\x01" + inner + t2).digest() == block.merkle
    header = canonical(header_obj(block.height, block.prev, block.time, block.merkle, block.miner))
    block_vec = {
        "about": "Block 1 on the genesis: three transactions from transactions.json, mined and signed by the station. "
        "hash = SHA-256(header + nonce as 8 bytes big-endian); Merkle inner node = SHA-256(0x01 + left + right), "
        "an odd last node is carried up.",
        "inputs": {
            "height": BLOCK_HEIGHT,
            "prev": election.hex(),
            "time": BLOCK_TIME,
            "txs": list(BLOCK_TXS),
            "miner": "station",
            "difficulty": DIFFICULTY,
        },
        "txids": [t.hex() for t in block.txids],
        "merkle_levels": [[t0.hex(), t1.hex(), t2.hex()], [inner.hex(), t2.hex()]],
        "merkle": block.merkle.hex(),
        "header": _bytes_entry(header),
        "nonce": block.nonce,
        "hash": block.hash.hex(),
        "sig_domain": BLOCK_SIG_DOMAIN.decode(),
        "sig": block.sig.hex(),
        "block": _bytes_entry(block.encode()),
    }
    return {
        "keys.json": keys,
        "genesis.json": genesis_vec,
        "genesis_secret.json": secret_genesis_vec,
        "transactions.json": transactions,
        "block.json": block_vec,
    }


def _secret_genesis(authority: SigningKey) -> dict[str, Any]:
    """The signed manifest of a secret election: three stations, all trustees, threshold 2."""
    stations = [SigningKey.from_seed(seed).public for seed in SECRET_STATION_SEEDS]
    manifest = Manifest(
        title=TITLE,
        options=OPTIONS,
        authority=authority.public,
        stations=tuple(Station(k, name) for k, name in zip(stations, SECRET_STATION_NAMES)),
        difficulty=DIFFICULTY,
        results=RESULTS,
        manual_open=MANUAL_OPEN,
        created=CREATED,
        salt=SECRET_SALT,
        ballot="secret",
        trustees=tuple(stations),
        threshold=SECRET_THRESHOLD,
    )
    Manifest.from_obj(manifest.to_obj())
    manifest_bytes = manifest.encode()
    signed_message = MANIFEST_DOMAIN.encode() + manifest_bytes
    genesis = Genesis(manifest, authority.sign(signed_message))
    genesis.check_signature()
    return {
        "about": "A secret-ballot manifest: three stations, every one a trustee, threshold 2; as genesis.json "
        "otherwise (same authority, title, options and times).",
        "inputs": {
            "station_seeds": [seed.hex() for seed in SECRET_STATION_SEEDS],
            "station_names": list(SECRET_STATION_NAMES),
            "ballot": "secret",
            "threshold": SECRET_THRESHOLD,
            "salt": SECRET_SALT.hex(),
        },
        "manifest": _bytes_entry(manifest_bytes),
        "signed_message": signed_message.hex(),
        "signature": genesis.signature.hex(),
        "election_id": genesis.election_id.hex(),
        "genesis": _bytes_entry(genesis.encode()),
    }


def _secret_txs(election: bytes, station: bytes, voter: bytes) -> list[tuple[str, Transaction]]:
    """One transaction of each secret-ballot type (encodings only: they are not one valid ceremony)."""
    ctx = trustee_context(election, station)
    poly = new_polynomial(SECRET_THRESHOLD, SeededScalars(DEAL_SEED))
    dealt = commit(poly, DEALER, ctx, SeededScalars(DEAL_SEED + b"/proof"))
    boxes = tuple(hashlib.shake_256(b"vectors/box %d" % j).digest(80) for j in (2, 3))
    secret = SeededScalars(KEY_SEED)()
    key = base_mul(secret)
    ballot, _ = encrypt_ballot(
        key, len(OPTIONS), BALLOT_CHOICE, ballot_context(election, voter), SeededScalars(BALLOT_SEED)
    )
    share = make_decryption_share(secret, DEALER, ballot.ciphertexts, ctx, SeededScalars(DECRYPTION_SEED))
    return [
        ("station", TrusteeKey(election, station=station, time=SECRET_TIME, key=TRUSTEE_HPKE_KEY)),
        ("station", DkgDeal(election, station=station, time=SECRET_TIME + 1, commitments=dealt.commitments,
                            proof=dealt.proof, shares=boxes)),
        ("station", DkgAck(election, station=station, time=SECRET_TIME + 2)),
        ("station", DkgComplaint(election, station=station, time=SECRET_TIME + 3, dealer=2, reason=COMPLAINT_REASON,
                                 private_key=COMPLAINT_KEY)),
        ("voter", Ballot(election, voter=voter, ballot=ballot, time=VOTE_TIME)),
        ("station", Decryption(election, station=station, time=DECRYPTION_TIME, upto=UPTO, factors=share.factors,
                               proofs=share.proofs)),
    ]


def render(content: dict[str, Any]) -> str:
    """The text of one vector file."""
    return json.dumps(content, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare the files instead of writing them")
    args = parser.parse_args(argv)
    stale = []
    for name, content in build().items():
        path = HERE / name
        text = render(content)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    if stale:
        print("differ from the code: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
