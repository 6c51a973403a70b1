"""Fuzzing the decoders: whatever the bytes, they raise their own typed error, or decode to an object whose
encoding is exactly those bytes (the format is strict: one encoding per object); nothing else."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from tests.unit.chainmaker import filled_chain, key, make_election
from votingapp.core.block import decode_block
from votingapp.core.errors import BadBlockSize, DecodeError, InvalidManifest, LedgerError, VoterIdError
from votingapp.core.manifest import Genesis
from votingapp.core.transactions import TX_TYPES, decode_tx
from votingapp.core.voter_id import LENGTH, check_partial, format_voter_id, normalize, parse_voter_id

FUZZ = settings(max_examples=150, deadline=None)

# Tokens that make JSON parse into something unexpected: escapes, numbers, constants, structure.
TOKENS = [
    b"\\ud800", b"\\udfff", b"\\u0000", b"\\\"", b"\\\\", b"\\n", b"1.0", b"1e9", b"-0", b"-1", b"NaN",
    b"Infinity", b"true", b"false", b"null", b"[]", b"{}", b"[", b"]", b"{", b"}", b",", b":", b'"', b" ",
    b"9" * 30, b"\xc3\xa9", b"\xff", b"\xed\xa0\x80", b"[" * 2000,
]


@functools.cache
def samples() -> dict[str, Any]:
    election = make_election(stations=2)
    chain = filled_chain(election, 2, 2)
    e = election
    return {
        "block": chain.blocks[1].encode(),
        "txs": [
            e.register(e.voter(1)).encode(),
            e.vote(e.voter(1), "Bob").encode(),
            e.admit(key("late"), "Late desk").encode(),
            e.open().encode(),
            e.close().encode(),
            *secret_tx_samples(),
        ],
        "genesis": election.genesis.encode(),
    }


def secret_tx_samples() -> list[bytes]:
    """One encoded transaction of each secret-ballot type (from the known-answer vectors)."""
    vectors = json.loads((Path(__file__).resolve().parent.parent / "vectors" / "transactions.json").read_text("utf-8"))
    plain = {"admit", "register", "vote", "open", "close"}
    return [bytes.fromhex(v["encoding"]["hex"]) for v in vectors["transactions"] if v["type"] not in plain]


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` with a few random edits: a byte changed, bytes inserted or removed, a token spliced in."""
    raw = bytearray(original)
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(raw)))
        kind = draw(st.sampled_from(["replace", "insert", "delete", "token"]))
        if kind == "replace" and at < len(raw):
            raw[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            raw[at:at] = draw(st.binary(min_size=1, max_size=4))
        elif kind == "delete":
            del raw[at : at + draw(st.integers(1, 8))]
        else:
            end = at + draw(st.integers(0, 6))
            raw[at:end] = draw(st.sampled_from(TOKENS))
    return bytes(raw)


SPELLINGS = ("spaces", "key order", "escapes", "upper-case hex", "a key twice")


@st.composite
def respelled(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` (canonical JSON) written another way: spaces, key order, escapes, upper-case hex, a key twice.

    Each is the same object (or, with upper-case hex, none), so of all these only ``original`` may decode.
    One or two kinds of change at a time, so that one kind is not always hidden behind another.
    """
    kinds = draw(st.sets(st.sampled_from(SPELLINGS), max_size=2), label="kinds of change")

    def maybe(kind: str) -> bool:
        return kind in kinds and draw(st.integers(0, 3)) == 3

    def space() -> str:
        return draw(st.sampled_from([" ", "\n", "\t"])) if maybe("spaces") else ""

    def spell(value: Any) -> str:
        if isinstance(value, dict):
            keys = sorted(value)
            if "key order" in kinds:
                keys = draw(st.permutations(keys))
            parts = [f"{spell(k)}{space()}:{space()}{spell(value[k])}" for k in keys]
            if keys and maybe("a key twice"):  # JSON parsers keep the last of two equal keys
                parts.insert(0, f"{spell(keys[-1])}:{json.dumps(draw(json_values))}")
            return "{" + space() + f"{space()},{space()}".join(parts) + space() + "}"
        if isinstance(value, list):
            return "[" + space() + f"{space()},".join(spell(v) for v in value) + space() + "]"
        if isinstance(value, str) and value and maybe("escapes"):
            at = draw(st.integers(0, len(value) - 1))
            return '"' + json.dumps(value[:at])[1:-1] + f"\\u{ord(value[at]):04x}" + json.dumps(value[at + 1 :])[1:]
        if isinstance(value, str) and len(value) >= 32 and set(value) <= set("0123456789abcdef") and maybe(
            "upper-case hex"
        ):
            return json.dumps(value.upper())
        return json.dumps(value)

    return (space() + spell(json.loads(original)) + space()).encode()


def decodes_to_itself(
    decode: Callable[[Any], Any], encode: Callable[[Any], Any], raw: Any, *errors: type[LedgerError]
) -> bool:
    """Run ``decode``: it must raise one of ``errors``, or return what ``encode`` turns back into ``raw``.

    Any other exception fails the test, and so does an accepted input that is not the encoding of what it
    decoded to (a decoder that lets a second spelling of an object through). True if ``raw`` decoded.
    """
    try:
        decoded = decode(raw)
    except errors:
        event("refused")
        return False
    assert encode(decoded) == raw, f"{raw!r} decoded, but is not the encoding of what it decoded to"
    event("decoded")
    return True


def tx_round_trip(raw: bytes) -> bool:
    return decodes_to_itself(decode_tx, lambda tx: tx.encode(), raw, DecodeError)


def block_round_trip(raw: bytes) -> bool:
    return decodes_to_itself(decode_block, lambda block: block.encode(), raw, DecodeError, BadBlockSize)


def manifest_round_trip(raw: bytes) -> bool:
    return decodes_to_itself(Genesis.decode, lambda genesis: genesis.encode(), raw, DecodeError, InvalidManifest)


def canonical_voter_id(text: str) -> str:
    """The printed form's characters of what a person typed: upper case, look-alikes read as digits."""
    return normalize(text).translate(str.maketrans("OIL", "011"))


def voter_id_round_trip(text: str) -> bool:
    """A typed voter_id has many spellings: if it parses, the printed id of its secret is what was typed."""
    try:
        secret = parse_voter_id(text)
    except VoterIdError:
        event("refused")
        return False
    assert canonical_voter_id(format_voter_id(secret)) == canonical_voter_id(text), f"{text!r} parsed to another id"
    event("decoded")
    return True


# Any JSON value, including the odd ones the decoders must type-check (bools, big ints, nesting).
# st.text() avoids lone surrogates; JSON can still carry them as "\ud800" escapes.
odd_text = st.lists(st.characters() | st.sampled_from("\ud800\udfff\x00\n\u2028"), max_size=80).map("".join)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(1 << 70), 1 << 70) | odd_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def odd_value_for(value: Any) -> st.SearchStrategy[Any]:
    """Any JSON value, or one shaped like ``value`` (hex of its length, an integer, a text): those often decode."""
    if isinstance(value, bool):
        like: st.SearchStrategy[Any] = st.booleans()
    elif isinstance(value, int):
        like = st.integers(-1, 2 * value + 1)
    elif isinstance(value, str) and value and len(value) % 2 == 0 and set(value) <= set("0123456789abcdef"):
        like = st.binary(min_size=len(value) // 2, max_size=len(value) // 2).map(bytes.hex)
    elif isinstance(value, str):
        like = st.text(st.characters(codec="utf-8"), max_size=2 * len(value) + 1)
    else:
        like = st.just(value)
    return json_values | like


def json_bytes(data: st.DataObject, obj: Any) -> bytes:
    """``obj`` as JSON with sorted keys, escaped to ASCII or written in UTF-8 like the canonical form."""
    escaped = data.draw(st.booleans(), label="escape non-ASCII")
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=escaped)
    return text.encode("utf-8", "surrogatepass")  # a lone surrogate: "\ud800" escaped, invalid UTF-8 if not


@FUZZ
@given(st.binary(max_size=600))
def test_random_bytes_never_crash_the_transaction_decoder(raw: bytes) -> None:
    tx_round_trip(raw)


@FUZZ
@given(st.binary(max_size=600))
def test_random_bytes_never_crash_the_block_decoder(raw: bytes) -> None:
    block_round_trip(raw)


@FUZZ
@given(st.binary(max_size=600))
def test_random_bytes_never_crash_the_manifest_decoder(raw: bytes) -> None:
    manifest_round_trip(raw)


@FUZZ
@given(st.data())
def test_mutated_transactions_never_crash_the_decoder(data: st.DataObject) -> None:
    original = data.draw(st.sampled_from(samples()["txs"]))
    tx_round_trip(data.draw(mutated(original)))


@FUZZ
@given(st.data())
def test_mutated_blocks_never_crash_the_decoder(data: st.DataObject) -> None:
    block_round_trip(data.draw(mutated(samples()["block"])))


@FUZZ
@given(st.data())
def test_mutated_manifests_never_crash_the_decoder(data: st.DataObject) -> None:
    manifest_round_trip(data.draw(mutated(samples()["genesis"])))


@FUZZ
@given(st.sampled_from(sorted(TX_TYPES)), st.data())
def test_transactions_with_odd_field_values_never_crash_the_decoder(kind: str, data: st.DataObject) -> None:
    obj = json.loads(next(t for t in samples()["txs"] if json.loads(t)["type"] == kind))
    for field in data.draw(st.lists(st.sampled_from(sorted(obj)), min_size=1, max_size=3, unique=True)):
        obj[field] = data.draw(odd_value_for(obj[field]))
    tx_round_trip(json_bytes(data, obj))


@FUZZ
@given(st.data())
def test_blocks_with_odd_field_values_never_crash_the_decoder(data: st.DataObject) -> None:
    obj = json.loads(samples()["block"])
    for field in data.draw(st.lists(st.sampled_from(sorted(obj)), min_size=1, max_size=3, unique=True)):
        obj[field] = data.draw(odd_value_for(obj[field]))
    raw = json_bytes(data, obj)
    block_round_trip(raw)


@FUZZ
@given(st.data())
def test_manifests_with_odd_field_values_never_crash_the_decoder(data: st.DataObject) -> None:
    obj = json.loads(samples()["genesis"])
    inner = obj["manifest"]
    for field in data.draw(st.lists(st.sampled_from(sorted(inner)), min_size=1, max_size=3, unique=True)):
        inner[field] = data.draw(odd_value_for(inner[field]))
    raw = json_bytes(data, obj)
    manifest_round_trip(raw)


def spelling_samples() -> dict[str, tuple[bytes, Callable[[bytes], bool]]]:
    """Every sample, by name, with its decoder's round-trip check."""
    out: dict[str, tuple[bytes, Callable[[bytes], bool]]] = {
        json.loads(raw)["type"]: (raw, tx_round_trip) for raw in samples()["txs"]
    }
    out["block"] = (samples()["block"], block_round_trip)
    out["genesis"] = (samples()["genesis"], manifest_round_trip)
    return out


@pytest.mark.parametrize("name", ["register", "vote", "admit", "open", "close", "block", "genesis"])
@FUZZ
@given(data=st.data())
def test_another_spelling_of_a_valid_encoding_never_decodes(name: str, data: st.DataObject) -> None:
    original, round_trip = spelling_samples()[name]
    raw = data.draw(respelled(original), label="spelling")
    event("the canonical spelling" if raw == original else "another spelling")
    assert round_trip(raw) == (raw == original)


@FUZZ
@given(st.text(max_size=60))
def test_random_text_never_crashes_the_voter_id_parser(text: str) -> None:
    parsed = voter_id_round_trip(text)
    problem = check_partial(text)
    try:
        typed = normalize(text)
    except VoterIdError:
        assert problem is not None, f"{text!r} has a character outside the alphabet"
        return
    if len(typed) < LENGTH:
        assert problem is None, f"{text!r} can still be completed: {problem}"
    else:
        assert (problem is None) == parsed, (text, problem)


@FUZZ
@given(st.binary(min_size=16, max_size=16), st.data())
def test_mutated_voter_ids_never_crash_the_parser(secret: bytes, data: st.DataObject) -> None:
    text = list(format_voter_id(secret))
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(text) - 1))
        text[at] = data.draw(st.characters())
    voter_id_round_trip("".join(text))


def test_the_samples_themselves_decode_to_themselves() -> None:
    assert decode_block(samples()["block"]).height == 2
    assert [decode_tx(t).TYPE for t in samples()["txs"]] == [
        "register", "vote", "admit", "open", "close",
        "trustee_key", "dkg_deal", "dkg_ack", "dkg_complaint", "ballot", "decryption",
    ]
    assert [decode_tx(t).encode() for t in samples()["txs"]] == samples()["txs"]
    assert decode_block(samples()["block"]).encode() == samples()["block"]
    assert Genesis.decode(samples()["genesis"]).encode() == samples()["genesis"]
    printed = format_voter_id(bytes(range(16)))
    typed = printed.lower().replace("-", " ").replace("0", "o")
    assert parse_voter_id(typed) == bytes(range(16))
    assert canonical_voter_id(typed) == canonical_voter_id(printed) == printed.replace("-", "")
