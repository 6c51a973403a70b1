"""Fuzzing the decoders: whatever the bytes, they return or raise their own typed error, nothing else."""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.chainmaker import filled_chain, key, make_election
from votingapp.core.block import decode_block
from votingapp.core.errors import BadBlockSize, DecodeError, InvalidManifest, VoterIdError
from votingapp.core.manifest import Genesis
from votingapp.core.transactions import TX_TYPES, decode_tx
from votingapp.core.voter_id import check_partial, format_voter_id, parse_voter_id

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
        ],
        "genesis": election.genesis.encode(),
    }


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


def decoded_or_refused(decode: Callable[[bytes], object], raw: bytes, *errors: type[Exception]) -> None:
    """Run ``decode``: returning is fine, raising one of ``errors`` is fine, anything else fails the test."""
    with contextlib.suppress(*errors):
        decode(raw)


# Any JSON value, including the odd ones the decoders must type-check (bools, big ints, nesting).
# st.text() avoids lone surrogates; JSON can still carry them as "\ud800" escapes.
odd_text = st.lists(st.characters() | st.sampled_from("\ud800\udfff\x00\n\u2028"), max_size=80).map("".join)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(1 << 70), 1 << 70) | odd_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@FUZZ
@given(st.binary(max_size=600))
def test_random_bytes_never_crash_the_transaction_decoder(raw: bytes) -> None:
    decoded_or_refused(decode_tx, raw, DecodeError)


@FUZZ
@given(st.binary(max_size=600))
def test_random_bytes_never_crash_the_block_decoder(raw: bytes) -> None:
    decoded_or_refused(decode_block, raw, DecodeError, BadBlockSize)


@FUZZ
@given(st.binary(max_size=600))
def test_random_bytes_never_crash_the_manifest_decoder(raw: bytes) -> None:
    decoded_or_refused(Genesis.decode, raw, DecodeError, InvalidManifest)


@FUZZ
@given(st.data())
def test_mutated_transactions_never_crash_the_decoder(data: st.DataObject) -> None:
    original = data.draw(st.sampled_from(samples()["txs"]))
    decoded_or_refused(decode_tx, data.draw(mutated(original)), DecodeError)


@FUZZ
@given(st.data())
def test_mutated_blocks_never_crash_the_decoder(data: st.DataObject) -> None:
    decoded_or_refused(decode_block, data.draw(mutated(samples()["block"])), DecodeError, BadBlockSize)


@FUZZ
@given(st.data())
def test_mutated_manifests_never_crash_the_decoder(data: st.DataObject) -> None:
    decoded_or_refused(Genesis.decode, data.draw(mutated(samples()["genesis"])), DecodeError, InvalidManifest)


@FUZZ
@given(st.sampled_from(sorted(TX_TYPES)), st.data())
def test_transactions_with_odd_field_values_never_crash_the_decoder(kind: str, data: st.DataObject) -> None:
    obj = json.loads(next(t for t in samples()["txs"] if json.loads(t)["type"] == kind))
    for field in data.draw(st.lists(st.sampled_from(sorted(obj)), min_size=1, max_size=3, unique=True)):
        obj[field] = data.draw(json_values)
    decoded_or_refused(decode_tx, json.dumps(obj, sort_keys=True, separators=(",", ":")).encode(), DecodeError)


@FUZZ
@given(st.data())
def test_blocks_with_odd_field_values_never_crash_the_decoder(data: st.DataObject) -> None:
    obj = json.loads(samples()["block"])
    for field in data.draw(st.lists(st.sampled_from(sorted(obj)), min_size=1, max_size=3, unique=True)):
        obj[field] = data.draw(json_values)
    raw = json.dumps(obj, sort_keys=True, separators=(",", ":")).encode()
    decoded_or_refused(decode_block, raw, DecodeError, BadBlockSize)


@FUZZ
@given(st.data())
def test_manifests_with_odd_field_values_never_crash_the_decoder(data: st.DataObject) -> None:
    obj = json.loads(samples()["genesis"])
    inner = obj["manifest"]
    for field in data.draw(st.lists(st.sampled_from(sorted(inner)), min_size=1, max_size=3, unique=True)):
        inner[field] = data.draw(json_values)
    raw = json.dumps(obj, sort_keys=True, separators=(",", ":")).encode()
    decoded_or_refused(Genesis.decode, raw, DecodeError, InvalidManifest)


@FUZZ
@given(st.text(max_size=60))
def test_random_text_never_crashes_the_voter_id_parser(text: str) -> None:
    decoded_or_refused(parse_voter_id, text, VoterIdError)  # type: ignore[arg-type]
    assert check_partial(text) is None or isinstance(check_partial(text), str)


@FUZZ
@given(st.binary(min_size=16, max_size=16), st.data())
def test_mutated_voter_ids_never_crash_the_parser(secret: bytes, data: st.DataObject) -> None:
    text = list(format_voter_id(secret))
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(text) - 1))
        text[at] = data.draw(st.characters())
    decoded_or_refused(parse_voter_id, "".join(text), VoterIdError)  # type: ignore[arg-type]


def test_the_samples_themselves_decode() -> None:
    assert decode_block(samples()["block"]).height == 2
    assert [decode_tx(t).TYPE for t in samples()["txs"]] == ["register", "vote", "admit", "open", "close"]
    Genesis.decode(samples()["genesis"])
