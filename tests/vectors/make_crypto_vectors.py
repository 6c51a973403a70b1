"""Write the known-answer vectors of the secret ballot's cryptography (votingapp/core/crypto).

Run ``python tests/vectors/make_crypto_vectors.py`` (from any directory) to write the ``crypto_*.json`` files
next to this script, or add ``--check`` to compare them without writing. Every random value comes from
:class:`SeededScalars` over the seeds below, in the order the library draws them, so a second run writes the
same bytes.

* ``crypto_group.json``: G, L, the identity, some multiples k·G, seeded scalars, hash-to-scalar inputs with
  their exact hashed bytes and results, and points and scalars that must be refused;
* ``crypto_proofs.json``: a Schnorr proof, a Chaum-Pedersen proof, 0/1 proofs of 0 and of 1, a sum proof;
* ``crypto_ballot.json``: a 4-option ballot for option 2 with its randomness;
* ``crypto_decryption.json``: a 3-trustee threshold-2 ceremony, 5 ballots, the aggregate, decryption shares
  of trustees 1 and 3 and the counts.

Regenerate only when the format is meant to change, and say so in the commit: tests/unit/test_crypto_vectors.py
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

from votingapp.core.crypto.ballot import aggregate, ballot_context, encrypt_ballot
from votingapp.core.crypto.dkg import (
    combine_decryption,
    combine_shares,
    commit,
    election_key,
    lagrange_coefficient,
    make_decryption_share,
    new_polynomial,
    trustee_context,
    verification_key,
)
from votingapp.core.crypto.elgamal import encrypt
from votingapp.core.crypto.group import (
    DOMAIN,
    IDENTITY,
    G,
    HashInput,
    L,
    Point,
    Scalar,
    SeededScalars,
    base_mul,
    hash_encoding,
    hash_to_scalar,
    mul,
)
from votingapp.core.crypto.proofs import (
    ProofContext,
    prove_equal_logs,
    prove_schnorr,
    prove_zero_one,
)
from votingapp.core.encoding import canonical

# ---- the fixed inputs -----------------------------------------------------------------------------------------

ELECTION_ID = bytes(range(0x10, 0x30))
VOTER_KEY = bytes(range(0x40, 0x60))
STATION_KEYS = {1: bytes(range(0x60, 0x80)), 2: bytes(range(0x80, 0xA0)), 3: bytes(range(0xA0, 0xC0))}
GROUP_SEED = b"crypto-vectors/group"
PROOF_SEED = b"crypto-vectors/proofs"
BALLOT_SEED = b"crypto-vectors/ballot"
DKG_SEED = b"crypto-vectors/dkg"
ELECTION_SECRET_SEED = b"crypto-vectors/election-secret"  # the key K of the proof and ballot vectors
N_OPTIONS = 4
CHOICE = 2
DKG_TRUSTEES = (1, 2, 3)
DKG_THRESHOLD = 2
DKG_CHOICES = (0, 2, 2, 3, 2)
DKG_DECRYPTING = (1, 3)
MULTIPLES = (1, 2, 3, 255, L - 1)

# Points every receiver must refuse (crypto_core_ed25519_is_valid_point is false for each).
SMALL_ORDER = "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"  # a point of order 8
P = 2**255 - 19


def invalid_points() -> dict[str, str]:
    return {
        "identity": IDENTITY.hex(),
        "small order (8)": SMALL_ORDER,
        "small order (4): y = 0": "00" * 32,
        "off the curve: y = 2": (2).to_bytes(32, "little").hex(),
        "non-canonical: y = p (the point y = 0)": P.to_bytes(32, "little").hex(),
        "non-canonical: y = p + 1 (the identity)": (P + 1).to_bytes(32, "little").hex(),
        "non-canonical: x = 0 with the sign bit set (y = 1)": (1 + 2**255).to_bytes(32, "little").hex(),
        "G plus a point of order 8 (not in the subgroup)": (G + Point(bytes.fromhex(SMALL_ORDER))).hex(),
        "wrong length (31 bytes)": G.hex()[:62],
    }


INVALID_SCALARS = {
    "L": L.to_bytes(32, "little").hex(),
    "L + 1": (L + 1).to_bytes(32, "little").hex(),
    "2^256 - 1": "ff" * 32,
}

HERE = Path(__file__).resolve().parent


def election_secret() -> Scalar:
    return SeededScalars(ELECTION_SECRET_SEED)()


def _hash_case(tag: str, parts: tuple[HashInput, ...]) -> dict[str, Any]:
    def describe(p: HashInput) -> dict[str, Any]:
        if isinstance(p, Point):
            return {"point": p.hex()}
        if isinstance(p, Scalar):
            return {"scalar": p.hex()}
        if isinstance(p, int):
            return {"int": p}
        return {"bytes": p.hex()}

    return {
        "tag": tag,
        "inputs": [describe(p) for p in parts],
        "encoding": hash_encoding(tag, *parts).hex(),
        "scalar": hash_to_scalar(tag, *parts).hex(),
    }


def group_vectors() -> dict[str, Any]:
    rng = SeededScalars(GROUP_SEED)
    scalars = [rng() for _ in range(4)]
    return {
        "G": G.hex(),
        "L": str(L),
        "identity": IDENTITY.hex(),
        "multiples": [{"k": str(k), "point": base_mul(Scalar.from_int(k)).hex()} for k in MULTIPLES],
        "seeded_scalars": {"seed": GROUP_SEED.hex(), "scalars": [s.hex() for s in scalars]},
        "hash_to_scalar": [
            _hash_case(DOMAIN + "test", ()),
            _hash_case(DOMAIN + "test", (b"", b"abc", 0, 2**64 - 1)),
            _hash_case(DOMAIN + "schnorr", (ELECTION_ID, VOTER_KEY, 7, G, scalars[0], base_mul(scalars[1]))),
        ],
        "invalid_points": invalid_points(),
        "invalid_scalars": INVALID_SCALARS,
    }


def proof_vectors() -> dict[str, Any]:
    rng = SeededScalars(PROOF_SEED)
    ctx = ProofContext(ELECTION_ID, VOTER_KEY)
    x = rng()
    public = base_mul(x)
    schnorr = prove_schnorr(x, public, ctx, rng=rng)
    key = base_mul(election_secret())
    base = base_mul(rng())
    image = mul(x, base)
    cp = prove_equal_logs(x, base, public, image, ctx, rng=rng)
    zero_one = []
    for m in (0, 1):
        r = rng()
        c = encrypt(key, m, r)
        proof = prove_zero_one(key, c, m, r, ctx, bind=(N_OPTIONS, m), rng=rng)
        zero_one.append(
            {"m": m, "r": r.hex(), "bind": [N_OPTIONS, m], "ciphertext": c.to_obj(), "proof": proof.to_obj()}
        )
    return {
        "seed": PROOF_SEED.hex(),
        "election_id": ELECTION_ID.hex(),
        "signer": VOTER_KEY.hex(),
        "election_key": key.hex(),
        "schnorr": {"secret": x.hex(), "public": public.hex(), "proof": schnorr.to_obj()},
        "chaum_pedersen": {
            "secret": x.hex(),
            "base": base.hex(),
            "public": public.hex(),
            "image": image.hex(),
            "proof": cp.to_obj(),
        },
        "zero_one": zero_one,
    }


def ballot_vectors() -> dict[str, Any]:
    key = base_mul(election_secret())
    ctx = ballot_context(ELECTION_ID, VOTER_KEY)
    ballot, secrets = encrypt_ballot(key, N_OPTIONS, CHOICE, ctx, SeededScalars(BALLOT_SEED))
    raw = canonical(ballot.to_obj())
    return {
        "seed": BALLOT_SEED.hex(),
        "election_id": ELECTION_ID.hex(),
        "voter_key": VOTER_KEY.hex(),
        "election_secret": election_secret().hex(),
        "election_key": key.hex(),
        "n_options": N_OPTIONS,
        "choice": CHOICE,
        "ballot": ballot.to_obj(),
        "ballot_canonical_sha256": hashlib.sha256(raw).hexdigest(),
        "secrets": secrets.to_obj(),
    }


def decryption_vectors() -> dict[str, Any]:
    rng = SeededScalars(DKG_SEED)
    ctxs = {i: trustee_context(ELECTION_ID, STATION_KEYS[i]) for i in DKG_TRUSTEES}
    polys = {i: new_polynomial(DKG_THRESHOLD, rng) for i in DKG_TRUSTEES}
    dealers = [commit(polys[i], i, ctxs[i], rng) for i in DKG_TRUSTEES]
    key = election_key(dealers)
    secrets = {j: combine_shares([polys[i](j) for i in DKG_TRUSTEES]) for j in DKG_TRUSTEES}
    ballots = [
        encrypt_ballot(key, N_OPTIONS, choice, ballot_context(ELECTION_ID, bytes([n]) * 32), rng)[0]
        for n, choice in enumerate(DKG_CHOICES)
    ]
    agg = aggregate(ballots, N_OPTIONS)
    shares = [make_decryption_share(secrets[i], i, agg, ctxs[i], rng) for i in DKG_DECRYPTING]
    counts = combine_decryption(agg, shares, DKG_THRESHOLD, len(ballots))
    return {
        "seed": DKG_SEED.hex(),
        "election_id": ELECTION_ID.hex(),
        "station_keys": {str(i): STATION_KEYS[i].hex() for i in DKG_TRUSTEES},
        "threshold": DKG_THRESHOLD,
        "n_options": N_OPTIONS,
        "choices": list(DKG_CHOICES),
        "voter_keys": [(bytes([n]) * 32).hex() for n in range(len(DKG_CHOICES))],
        "dealers": [d.to_obj() for d in dealers],
        "shares": {f"{i}->{j}": polys[i](j).hex() for i in DKG_TRUSTEES for j in DKG_TRUSTEES},
        "election_key": key.hex(),
        "verification_keys": {str(j): verification_key(dealers, j).hex() for j in DKG_TRUSTEES},
        "ballots": [b.to_obj() for b in ballots],
        "aggregate": [c.to_obj() for c in agg],
        "lagrange": {str(i): lagrange_coefficient(i, DKG_DECRYPTING).hex() for i in DKG_DECRYPTING},
        "decryption_shares": [s.to_obj() for s in shares],
        "counts": list(counts),
    }


def build() -> dict[str, str]:
    """File name -> the exact text written (pretty JSON, sorted keys, trailing newline)."""
    out = {
        "crypto_group.json": group_vectors(),
        "crypto_proofs.json": proof_vectors(),
        "crypto_ballot.json": ballot_vectors(),
        "crypto_decryption.json": decryption_vectors(),
    }
    return {name: json.dumps(obj, indent=1, sort_keys=True, ensure_ascii=False) + "\n" for name, obj in out.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the files instead of writing")
    args = parser.parse_args()
    differ = []
    for name, text in build().items():
        path = HERE / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                differ.append(name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    if differ:
        print("differ: " + ", ".join(differ), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
