"""Canonical JSON encoding and strict field decoding.

Everything hashed or signed is canonical JSON: sorted keys, no spaces, UTF-8, integers only, bytes as
lowercase hex.  Decoding is strict: unknown or missing fields, wrong types, oversize values and any
non-canonical byte sequence are a :class:`DecodeError`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from votingapp.core.errors import DecodeError


def canonical(obj: Any) -> bytes:
    """Return the canonical bytes of a JSON-able object."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def _reject_float(text: str) -> Any:
    raise DecodeError(f"floating point number {text[:20]!r} is not allowed")


def _reject_constant(text: str) -> Any:
    raise DecodeError(f"constant {text!r} is not allowed")


def parse_canonical(raw: bytes, max_size: int) -> Any:
    """Parse bytes that must be the canonical encoding of a JSON object."""
    if not isinstance(raw, (bytes, bytearray)):
        raise DecodeError("expected bytes")
    if len(raw) > max_size:
        raise DecodeError(f"encoding of {len(raw)} bytes exceeds the limit of {max_size}")
    try:
        text = bytes(raw).decode("utf-8")
        obj = json.loads(text, parse_float=_reject_float, parse_constant=_reject_constant)
    except DecodeError:
        raise
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise DecodeError(f"not valid JSON: {str(exc)[:80]}") from None
    if not isinstance(obj, dict):
        raise DecodeError("expected a JSON object")
    try:
        same = canonical(obj) == raw
    except UnicodeEncodeError:  # an escaped lone surrogate ("\ud800") parses but has no UTF-8 form
        same = False
    if not same:
        raise DecodeError("encoding is not canonical")
    return obj


def check_fields(obj: Any, required: Iterable[str], what: str) -> dict[str, Any]:
    """Check that ``obj`` is a dict with exactly the ``required`` keys."""
    if not isinstance(obj, dict):
        raise DecodeError(f"{what}: expected an object")
    want = required if isinstance(required, (set, frozenset)) else set(required)
    if obj.keys() != want:
        keys = set(obj)
        missing = sorted(want - keys)
        unknown = sorted(str(k) for k in keys - want)
        parts = []
        if missing:
            parts.append("missing " + ", ".join(missing))
        if unknown:
            parts.append("unknown " + ", ".join(u[:40] for u in unknown[:5]))
        raise DecodeError(f"{what}: " + "; ".join(parts))
    return obj


def get_int(obj: dict[str, Any], key: str, lo: int, hi: int) -> int:
    """An integer field within [lo, hi] (booleans are not integers here)."""
    value = obj[key]
    if type(value) is not int:
        raise DecodeError(f"field {key!r} must be an integer")
    if not lo <= value <= hi:
        raise DecodeError(f"field {key!r} out of range [{lo}, {hi}]")
    return value


def get_bool(obj: dict[str, Any], key: str) -> bool:
    """A boolean field."""
    value = obj[key]
    if type(value) is not bool:
        raise DecodeError(f"field {key!r} must be true or false")
    return value


def check_text(value: Any, what: str, min_len: int, max_len: int) -> str:
    """A string of printable characters, no surrounding spaces, length within bounds."""
    if not isinstance(value, str):
        raise DecodeError(f"{what} must be a string")
    if not min_len <= len(value) <= max_len:
        raise DecodeError(f"{what} must have {min_len} to {max_len} characters")
    if value != value.strip() or not value.isprintable():
        raise DecodeError(f"{what} has control characters or surrounding spaces")
    return value


def get_text(obj: dict[str, Any], key: str, min_len: int, max_len: int) -> str:
    """A text field; see :func:`check_text`."""
    return check_text(obj[key], f"field {key!r}", min_len, max_len)


def get_hex(obj: dict[str, Any], key: str, size: int) -> bytes:
    """A field of exactly ``size`` bytes written as lowercase hex."""
    value = obj[key]
    if type(value) is str and len(value) == 2 * size:  # the fast path of hex_to_bytes (a hot spot)
        try:
            data = bytes.fromhex(value)
        except ValueError:
            pass
        else:
            if data.hex() == value:
                return data
    return hex_to_bytes(value, size, f"field {key!r}")


def hex_to_bytes(value: Any, size: int, what: str) -> bytes:
    """Decode lowercase hex of exactly ``size`` bytes."""
    if not isinstance(value, str) or len(value) != 2 * size:
        raise DecodeError(f"{what} must be {size} bytes of hex")
    try:
        data = bytes.fromhex(value)
    except ValueError:
        data = b""
    # fromhex also takes upper case and spaces: the round trip admits lowercase hex digits only.
    if data.hex() != value:
        raise DecodeError(f"{what} must be lowercase hex")
    return data


def get_choice(obj: dict[str, Any], key: str, allowed: tuple[str, ...]) -> str:
    """A string field that must be one of ``allowed``."""
    value = obj[key]
    if value not in allowed or not isinstance(value, str):
        raise DecodeError(f"field {key!r} must be one of {', '.join(allowed)}")
    return str(value)
