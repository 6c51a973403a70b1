"""Strict decoding: a malformed or non-canonical encoding is a DecodeError; a forged manifest is InvalidManifest."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from tests.unit.chainmaker import Election, child, key, make_election
from votingapp.core.block import MAX_BLOCK_BYTES, decode_block
from votingapp.core.encoding import canonical
from votingapp.core.errors import DecodeError, InvalidManifest
from votingapp.core.manifest import MAX_MANIFEST_BYTES, Genesis
from votingapp.core.transactions import MAX_TX_BYTES, decode_tx
from votingapp.core.verify import verify_chain

Edit = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def election() -> Election:
    return make_election()


def spaced(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True).encode()


def reversed_keys(obj: dict[str, Any]) -> bytes:
    return json.dumps(dict(sorted(obj.items(), reverse=True)), separators=(",", ":")).encode()


def edited(obj: dict[str, Any], edit: Edit) -> bytes:
    obj = json.loads(json.dumps(obj))
    edit(obj)
    return canonical(obj)


def _set(field: str, value: Any) -> Edit:
    def edit(obj: dict[str, Any]) -> None:
        obj[field] = value

    return edit


def _delete(field: str) -> Edit:
    def edit(obj: dict[str, Any]) -> None:
        del obj[field]

    return edit


def _upper(field: str) -> Edit:
    def edit(obj: dict[str, Any]) -> None:
        obj[field] = obj[field].upper()

    return edit


# ---- transactions -------------------------------------------------------------------------------------------

TX_EDITS: dict[str, tuple[Edit, str]] = {
    "unknown field": (_set("comment", "hi"), "unknown comment"),
    "missing field": (_delete("choice"), "missing choice"),
    "wrong type: number for text": (_set("choice", 5), "must be a string"),
    "wrong type: number for hex": (_set("voter", 12), "bytes of hex"),
    "bool as int": (_set("v", True), "must be an integer"),
    "uppercase hex": (_upper("voter"), "lowercase hex"),
    "short hex": (_set("sig", "ab"), "bytes of hex"),
    "unknown type": (_set("type", "referendum"), "unknown type"),
    "unsupported version": (_set("v", 2), "version 2"),
    "empty choice": (_set("choice", ""), "characters"),
    "choice with a control character": (_set("choice", "Al\nice"), "control characters"),
}


@pytest.mark.parametrize("case", list(TX_EDITS))
def test_a_malformed_vote_is_a_decode_error(election: Election, case: str) -> None:
    edit, message = TX_EDITS[case]
    raw = edited(election.vote(election.voter(1), "Alice").to_obj(), edit)
    with pytest.raises(DecodeError, match=message):
        decode_tx(raw)


def test_a_float_where_an_integer_belongs_is_a_decode_error(election: Election) -> None:
    close = election.close()
    raw = close.encode().replace(b'"time":%d' % close.time, b'"time":%d.0' % close.time)
    with pytest.raises(DecodeError, match="floating point"):
        decode_tx(raw)


def test_an_exponent_number_is_a_decode_error(election: Election) -> None:
    close = election.close()
    raw = close.encode().replace(b'"time":%d' % close.time, b'"time":17e11')
    with pytest.raises(DecodeError, match="floating point"):
        decode_tx(raw)


def test_a_bool_as_the_close_time_is_a_decode_error(election: Election) -> None:
    with pytest.raises(DecodeError, match="must be an integer"):
        decode_tx(edited(election.close().to_obj(), _set("time", True)))


def test_a_negative_time_is_a_decode_error(election: Election) -> None:
    with pytest.raises(DecodeError, match="out of range"):
        decode_tx(edited(election.close().to_obj(), _set("time", -1)))


def test_nan_is_a_decode_error(election: Election) -> None:
    close = election.close()
    raw = close.encode().replace(b'"time":%d' % close.time, b'"time":NaN')
    with pytest.raises(DecodeError, match="constant"):
        decode_tx(raw)


def test_json_with_spaces_is_not_canonical(election: Election) -> None:
    with pytest.raises(DecodeError, match="not canonical"):
        decode_tx(spaced(election.vote(election.voter(1), "Alice").to_obj()))


def test_json_with_keys_out_of_order_is_not_canonical(election: Election) -> None:
    with pytest.raises(DecodeError, match="not canonical"):
        decode_tx(reversed_keys(election.vote(election.voter(1), "Alice").to_obj()))


def test_a_repeated_key_is_not_canonical(election: Election) -> None:
    raw = canonical(election.vote(election.voter(1), "Alice").to_obj())
    with pytest.raises(DecodeError, match="not canonical"):
        decode_tx(raw[:-1] + b',"v":1}')


def test_an_escaped_character_that_needs_no_escape_is_not_canonical(election: Election) -> None:
    raw = canonical(election.vote(election.voter(1), "Alice").to_obj()).replace(b'"Alice"', b'"\\u0041lice"')
    with pytest.raises(DecodeError, match="not canonical"):
        decode_tx(raw)


def test_an_escaped_lone_surrogate_is_a_decode_error(election: Election) -> None:
    raw = canonical(election.vote(election.voter(1), "Alice").to_obj()).replace(b'"Alice"', b'"\\ud800"')
    with pytest.raises(DecodeError):
        decode_tx(raw)


def test_an_oversize_transaction_is_a_decode_error(election: Election) -> None:
    raw = canonical(election.register(election.voter(1)).to_obj())
    with pytest.raises(DecodeError, match="exceeds the limit"):
        decode_tx(raw + b" " * (MAX_TX_BYTES - len(raw) + 1))


@pytest.mark.parametrize("raw", [b"", b"[]", b'"vote"', b"\xff\xfe", b"{", b"null"])
def test_bytes_that_are_not_a_json_object_are_a_decode_error(raw: bytes) -> None:
    with pytest.raises(DecodeError):
        decode_tx(raw)


def test_every_transaction_type_survives_encoding_and_decoding(election: Election) -> None:
    voter = election.voter(1)
    txs = [
        election.register(voter),
        election.vote(voter, "Carol"),
        election.admit(key("late"), name="Désk ünïcode"),
        election.open(),
        election.close(),
    ]
    for tx in txs:
        decoded = decode_tx(tx.encode())
        assert decoded == tx
        assert decoded.sig == tx.sig
        assert decoded.encode() == tx.encode()


# ---- blocks -------------------------------------------------------------------------------------------------

BLOCK_EDITS: dict[str, tuple[Edit, str]] = {
    "unknown field": (_set("extra", 1), "unknown extra"),
    "missing field": (_delete("nonce"), "missing nonce"),
    "bool as int": (_set("height", True), "must be an integer"),
    "wrong type": (_set("prev", 7), "bytes of hex"),
    "uppercase hex": (_upper("merkle"), "lowercase hex"),
    "txs not a list": (_set("txs", {}), "must be a list"),
    "height zero": (_set("height", 0), "out of range"),
    "negative nonce": (_set("nonce", -1), "out of range"),
    "nonce too large": (_set("nonce", 1 << 64), "out of range"),
    "bad transaction inside": (lambda obj: obj["txs"][0].update(v=True), "must be an integer"),
}


@pytest.mark.parametrize("case", list(BLOCK_EDITS))
def test_a_malformed_block_is_a_decode_error(election: Election, case: str) -> None:
    edit, message = BLOCK_EDITS[case]
    block = child(election, None, [election.register(election.voter(1))])
    with pytest.raises(DecodeError, match=message):
        decode_block(edited(block.to_obj(), edit))


def test_a_block_with_a_float_time_is_a_decode_error(election: Election) -> None:
    block = child(election, None, [election.register(election.voter(1))])
    raw = block.encode().replace(b'"time":%d' % block.time, b'"time":%d.0' % block.time)
    with pytest.raises(DecodeError, match="floating point"):
        decode_block(raw)


def test_a_block_with_spaces_or_keys_out_of_order_is_not_canonical(election: Election) -> None:
    block = child(election, None, [election.register(election.voter(1))])
    for raw in (spaced(block.to_obj()), reversed_keys(block.to_obj())):
        with pytest.raises(DecodeError, match="not canonical"):
            decode_block(raw)


def test_an_oversize_block_is_a_decode_error(election: Election) -> None:
    raw = child(election, None, [election.register(election.voter(1))]).encode()
    with pytest.raises(DecodeError, match="exceeds the limit"):
        decode_block(raw + b" " * (MAX_BLOCK_BYTES - len(raw) + 1))


def test_a_block_survives_encoding_and_decoding(election: Election) -> None:
    voter = election.voter(1)
    block = child(election, None, [election.register(voter), election.vote(voter, "Bob")])
    decoded = decode_block(block.encode())
    assert decoded.hash == block.hash
    assert decoded.txids == block.txids
    assert decoded.encode() == block.encode()


# ---- the election manifest ----------------------------------------------------------------------------------


def manifest_edit(edit: Edit) -> Edit:
    def outer(obj: dict[str, Any]) -> None:
        edit(obj["manifest"])

    return outer


MANIFEST_EDITS: dict[str, tuple[Edit, str]] = {
    "unknown field": (manifest_edit(_set("colour", "red")), "unknown colour"),
    "missing field": (manifest_edit(_delete("difficulty")), "missing difficulty"),
    "bool as int": (manifest_edit(_set("difficulty", True)), "must be an integer"),
    "int as bool": (manifest_edit(_set("manual_open", 0)), "true or false"),
    "uppercase hex": (manifest_edit(_upper("authority")), "lowercase hex"),
    "one option": (manifest_edit(_set("options", ["Alice"])), "2 to"),
    "repeated option": (manifest_edit(_set("options", ["Alice", "Alice"])), "distinct"),
    "no station": (manifest_edit(_set("stations", [])), "1 to"),
    "unknown results mode": (manifest_edit(_set("results", "never")), "must be one of"),
    "difficulty too high": (manifest_edit(_set("difficulty", 33)), "out of range"),
    "unknown outer field": (_set("note", ""), "unknown note"),
}


@pytest.mark.parametrize("case", list(MANIFEST_EDITS))
def test_a_malformed_manifest_is_a_decode_error(election: Election, case: str) -> None:
    edit, message = MANIFEST_EDITS[case]
    with pytest.raises(DecodeError, match=message):
        Genesis.decode(edited(election.genesis.to_obj(), edit))


def test_a_manifest_with_spaces_is_not_canonical(election: Election) -> None:
    with pytest.raises(DecodeError, match="not canonical"):
        Genesis.decode(spaced(election.genesis.to_obj()))


def test_an_oversize_manifest_is_a_decode_error(election: Election) -> None:
    raw = election.genesis.encode()
    with pytest.raises(DecodeError, match="exceeds the limit"):
        Genesis.decode(raw + b" " * (MAX_MANIFEST_BYTES - len(raw) + 1))


def test_a_manifest_survives_encoding_and_decoding(election: Election) -> None:
    assert Genesis.decode(election.genesis.encode()) == election.genesis


def test_a_manifest_signed_by_another_key_is_invalid(election: Election) -> None:
    forged = replace(election.genesis, signature=key("impostor").sign(election.genesis.manifest.encode()))
    with pytest.raises(InvalidManifest):
        Genesis.decode(forged.encode())


def test_a_manifest_changed_after_signing_is_invalid(election: Election) -> None:
    changed = replace(election.genesis, manifest=replace(election.genesis.manifest, title="Another title"))
    with pytest.raises(InvalidManifest):
        Genesis.decode(changed.encode())
    with pytest.raises(InvalidManifest):
        verify_chain(changed, [])
