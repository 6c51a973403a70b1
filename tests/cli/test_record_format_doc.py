"""docs/record-format.md against the code: every tag, transaction type and field the code uses is in the
document (so it cannot drift), its hash and proof rules recomputed independently from the text agree with a
real record, and ``verify`` implements it (a secret election's record verifies; one proof byte changed fails,
naming the block)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from nacl import bindings as sodium

from tests.cli.helpers import ROOT, Result
from tests.cli.test_secret_cli import SecretChain, make_secret_chain, record_of
from tests.unit.chainmaker import child
from votingapp.core import block as block_module
from votingapp.core import manifest as manifest_module
from votingapp.core.block import Block
from votingapp.core.crypto import group, opened
from votingapp.core.crypto.group import Scalar
from votingapp.core.crypto.proofs import ChaumPedersenProof
from votingapp.core.transactions import TX_TYPES, Ballot, Decryption, Transaction, sign
from votingapp.core.validation import MAX_FUTURE_MS
from votingapp.store import record as record_module

Cli = Callable[..., Result]
DOC = ROOT / "docs" / "record-format.md"
SOURCES = [*sorted((ROOT / "votingapp" / "core").rglob("*.py")), *sorted((ROOT / "votingapp" / "store").glob("*.py"))]


@pytest.fixture(scope="module")
def doc() -> str:
    return DOC.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def chain() -> SecretChain:
    return make_secret_chain("record format doc")


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory, chain: SecretChain) -> Path:
    return record_of(tmp_path_factory.mktemp("doc") / "record.jsonl", chain.genesis, chain.blocks)


def code_tags() -> set[str]:
    """Every domain tag and hash tag string in the core and the store: ``"votingapp/..."``, ``b"votingapp/..."``,
    ``"votingapp-..."`` literals and ``DOMAIN + "..."`` (DOMAIN being the secret ballot's prefix)."""
    tags: set[str] = set()
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        tags.update(re.findall(r'b?"(votingapp[/-][^"\s]*)"', text))
        tags.update(group.DOMAIN + suffix for suffix in re.findall(r'\bDOMAIN \+ "([^"]+)"', text))
    return tags


def test_the_code_has_the_tags_this_test_expects() -> None:
    tags = code_tags()
    for tag in ("votingapp/tx/v1", "votingapp/block/v1", "votingapp/manifest/v1", "votingapp-record",
                "votingapp/secret-ballot/v1/zero-one", "votingapp/secret-ballot/v1/sum-one",
                "votingapp/secret-ballot/v1/decryption-share", "votingapp/secret-ballot/v1/dkg-pok"):
        assert tag in tags
    assert len(tags) >= 14


def test_every_tag_of_the_code_is_in_the_document(doc: str) -> None:
    missing = sorted(tag for tag in code_tags() if f"`{tag}`" not in doc and f'"{tag}"' not in doc)
    assert not missing, f"docs/record-format.md lacks these tags: {missing}"


def _keys(obj: Any) -> Iterator[str]:
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield key
            yield from _keys(value)
    elif isinstance(obj, list):
        for item in obj:
            yield from _keys(item)


def test_every_transaction_type_and_field_is_in_the_document(doc: str, record: Path) -> None:
    names = set(TX_TYPES)
    for cls in TX_TYPES.values():
        names.update(cls.FIELDS)
    names.update(("v", "type", "election", "sig"))
    names.update(manifest_module._FIELDS)
    names.update(block_module._FIELDS)
    names.update((*opened._FIELDS, opened.TYPE))  # the opened ballot that check-ballot reads (section 15)
    for line in record.read_text().splitlines():  # every key of every object of a real record, nested too
        names.update(_keys(json.loads(line)))
    missing = sorted(name for name in names if f"`{name}`" not in doc and f'"{name}"' not in doc)
    assert not missing, f"docs/record-format.md lacks these types or fields: {missing}"
    assert set(TX_TYPES) == {"admit", "register", "vote", "open", "close", "trustee_key", "dkg_deal", "dkg_ack",
                             "dkg_complaint", "ballot", "decryption"}


def test_the_constants_of_the_document_are_the_code_s(doc: str) -> None:
    assert str(group.L - 2**252) in doc and group.G.hex() in doc
    assert f"{block_module.MAX_BLOCK_TXS}" in doc and f"{MAX_FUTURE_MS:,}".replace(",", " ") in doc
    assert f"{block_module.MAX_BLOCK_BYTES:,}".replace(",", " ") in doc
    assert f"{record_module.MAX_HEADER_BYTES:,}".replace(",", " ") in doc
    assert group.DOMAIN in doc and record_module.FORMAT in doc
    assert "64 KiB" in doc and "80 bytes" in doc
    assert f"{opened.MAX_TEXT:,}".replace(",", " ") in doc


# --- the document's rules, recomputed from its text alone, agree with a real record ---------------------------


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _lp(data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + data


def _h(tag: str, *parts: bytes | int) -> int:
    """Section 8 of the document, written from it: SHA-512 of the length-prefixed inputs, little-endian, mod L."""
    out = _lp(tag.encode())
    for part in parts:
        out += _lp(part.to_bytes(8, "big") if isinstance(part, int) else part)
    return int.from_bytes(hashlib.sha512(out).digest(), "little") % group.L


def _mul(s: int, p: bytes) -> bytes:
    identity = b"\x01" + bytes(31)
    s %= group.L
    if s == 0 or p == identity:
        return identity
    return bytes(sodium.crypto_scalarmult_ed25519_noclamp(s.to_bytes(32, "little"), p))


def _sub(p: bytes, q: bytes) -> bytes:
    return bytes(sodium.crypto_core_ed25519_sub(p, q))


def test_ids_hashes_and_a_ballot_proof_recomputed_from_the_document(record: Path) -> None:
    lines = record.read_bytes().split(b"\n")
    header = json.loads(lines[0])
    manifest = header["genesis"]["manifest"]
    election_id = hashlib.sha256(_canonical(manifest)).digest()
    prev = election_id
    g = bytes.fromhex("58" + "66" * 31)
    checked_ballot = False
    for raw in lines[1:-2]:
        block = json.loads(raw)
        assert _canonical(block) == raw  # canonical JSON as specified
        assert block["prev"] == prev.hex()
        txids = []
        for tx in block["txs"]:
            body = {k: v for k, v in tx.items() if k != "sig"}
            message = b"votingapp/tx/v1" + _canonical(body)
            txids.append(hashlib.sha256(message + bytes.fromhex(tx["sig"])).digest())
            if tx["type"] == "ballot" and not checked_ballot:  # section 9.3 for option 0
                voter = bytes.fromhex(tx["voter"])
                ct, proof = tx["ballot"]["ciphertexts"][0], tx["ballot"]["proofs"][0]
                alpha, beta = bytes.fromhex(ct["alpha"]), bytes.fromhex(ct["beta"])
                c0, c1, z0, z1 = (int.from_bytes(bytes.fromhex(proof[n]), "little") for n in ("c0", "c1", "z0", "z1"))
                key = _election_key_of(lines)
                a0 = _sub(_mul(z0, g), _mul(c0, alpha))
                b0 = _sub(_mul(z0, key), _mul(c0, beta))
                a1 = _sub(_mul(z1, g), _mul(c1, alpha))
                b1 = _sub(_mul(z1, key), _mul(c1, _sub(beta, g)))
                n_options = len(manifest["options"])
                tag = "votingapp/secret-ballot/v1/zero-one"
                challenge = _h(tag, election_id, voter, n_options, 0, key, alpha, beta, a0, b0, a1, b1)
                assert (c0 + c1) % group.L == challenge
                checked_ballot = True
        level = txids
        while len(level) > 1:
            nxt = [hashlib.sha256(b"\x01" + level[i] + level[i + 1]).digest() for i in range(0, len(level) - 1, 2)]
            level = nxt + ([level[-1]] if len(level) % 2 else [])
        assert level[0].hex() == block["merkle"]
        head = {k: block[k] for k in ("v", "height", "prev", "time", "merkle", "miner")}
        digest = hashlib.sha256(_canonical(head) + block["nonce"].to_bytes(8, "big")).digest()
        assert int.from_bytes(digest, "big") >> (256 - manifest["difficulty"]) == 0
        prev = digest
    assert checked_ballot
    end = json.loads(lines[-2])
    assert end == {"blocks": len(lines) - 3, "end": "votingapp-record", "tip": prev.hex()}


def _election_key_of(lines: list[bytes]) -> bytes:
    """K = the sum of every deal's first commitment (section 10)."""
    key = b"\x01" + bytes(31)
    for raw in lines[1:-2]:
        for tx in json.loads(raw)["txs"]:
            if tx["type"] == "dkg_deal":
                key = bytes(sodium.crypto_core_ed25519_add(key, bytes.fromhex(tx["commitments"][0])))
    return key


# --- verify implements the document ------------------------------------------------------------------------


def test_verify_accepts_the_record_of_a_secret_election(cli: Cli, record: Path) -> None:
    result = cli("verify", record)
    assert result.code == 0, result
    assert "results       Alice 1, Bob 3, Carol 1" in result.out
    assert "every proof checked" in result.out


def _flip_hex_digit(text: str, index: int) -> str:
    return text[:index] + ("1" if text[index] != "1" else "2") + text[index + 1:]


def test_one_changed_proof_byte_fails_naming_the_block(tmp_path: Path, cli: Cli, chain: SecretChain,
                                                       record: Path) -> None:
    lines = record.read_text().split("\n")
    ballot_line = next(i for i, line in enumerate(lines) if '"type":"ballot"' in line)
    at = lines[ballot_line].index('"z0":"') + len('"z0":"') + 4
    lines[ballot_line] = _flip_hex_digit(lines[ballot_line], at)
    damaged = tmp_path / "damaged.jsonl"
    damaged.write_text("\n".join(lines))
    result = cli("verify", damaged)
    assert result.code == 1, result
    assert f"block {ballot_line}" in result.err and "verification failed" in result.err


def _resealed(chain: SecretChain, index: int, tx: Transaction, signer_index: int | None) -> list[Block]:
    """The chain up to block ``index`` with its first transaction replaced by ``tx`` re-signed (by the voter, or
    by trustee ``signer_index``'s station) and the block mined again: only the proof is wrong."""
    blocks = list(chain.blocks[: index + 1])
    old = blocks[index]
    if signer_index is None:
        assert isinstance(tx, Ballot)
        voter = next(chain.election.voter(n) for n in range(50) if chain.election.voter(n).public == tx.voter)
        signed = sign(tx, voter)
    else:
        signed = sign(tx, chain.trustees.station(signer_index))
    parent = blocks[index - 1]
    blocks[index] = child(chain.election, parent, [signed, *old.txs[1:]], time=old.time)
    return blocks


def test_a_re_signed_ballot_with_a_wrong_proof_fails_naming_the_block(tmp_path: Path, cli: Cli,
                                                                      chain: SecretChain) -> None:
    index = next(i for i, b in enumerate(chain.blocks) if isinstance(b.txs[0], Ballot))
    tx = chain.blocks[index].txs[0]
    assert isinstance(tx, Ballot) and tx.ballot is not None
    proof = tx.ballot.sum_proof
    bad = replace(tx, ballot=replace(tx.ballot, sum_proof=ChaumPedersenProof(proof.c, proof.z + Scalar.from_int(1))))
    blocks = _resealed(chain, index, bad, None)
    result = cli("verify", record_of(tmp_path / "bad-ballot.jsonl", chain.genesis, blocks))
    assert result.code == 1, result
    assert f"block {index + 1} (" in result.err and "sum of the options" in result.err


def test_a_re_signed_decryption_share_with_a_wrong_proof_fails_naming_the_block(tmp_path: Path, cli: Cli,
                                                                                chain: SecretChain) -> None:
    index = len(chain.blocks) - 1
    tx = chain.blocks[index].txs[0]
    assert isinstance(tx, Decryption)
    proofs = list(tx.proofs)
    proofs[1] = ChaumPedersenProof(proofs[1].c + Scalar.from_int(1), proofs[1].z)
    blocks = _resealed(chain, index, replace(tx, proofs=tuple(proofs)), 3)
    result = cli("verify", record_of(tmp_path / "bad-share.jsonl", chain.genesis, blocks))
    assert result.code == 1, result
    assert f"block {index + 1} (" in result.err and "trustee 3, option 1" in result.err
