"""The station advert on the wire: what we publish reads back the same, and nothing else is taken for one."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from votingapp.net.discovery import (
    MAX_STATION_NAME,
    MAX_TITLE,
    SERVICE_TYPE,
    MalformedAdvert,
    StationAdvert,
    StationDiscovery,
    display_text,
    encode_txt,
    parse_advert,
    service_name_for,
)

KEY = bytes(range(32))
ELECTION = bytes(range(100, 132))


def advert(**changes: object) -> StationAdvert:
    fields: dict[str, object] = {
        "service_name": service_name_for("Desk 1", KEY),
        "election_id": ELECTION,
        "station_key": KEY,
        "station_name": "Desk 1",
        "protocol_version": 1,
        "height": 17,
        "title": "Élection municipale 2026 — bureau 5",
        "addresses": ("10.0.0.5", "192.168.1.9"),
        "port": 7000,
    }
    fields.update(changes)
    return StationAdvert(**fields)  # type: ignore[arg-type]


def parse_txt(
    txt: dict[bytes, bytes | None], addresses: tuple[str, ...] = ("10.0.0.5",), port: int = 7000
) -> StationAdvert:
    return parse_advert("x." + SERVICE_TYPE, txt, addresses, port)


def test_an_advert_reads_back_exactly_as_published() -> None:
    published = advert()
    assert parse_advert(published.service_name, encode_txt(published), published.addresses, published.port) == published


def test_a_station_waiting_for_an_election_advertises_no_election_id() -> None:
    waiting = advert(election_id=None, title="")
    assert encode_txt(waiting)[b"eid"] == b""
    assert parse_advert(waiting.service_name, encode_txt(waiting), waiting.addresses, waiting.port) == waiting


def test_service_names_are_one_dns_label_and_differ_by_key() -> None:
    long_name = "Bureau de vote n° 12 · salle des fêtes 🎉" * 4
    name = service_name_for(long_name, KEY)
    label = name.removesuffix("." + SERVICE_TYPE)
    assert len(label.encode()) <= 63
    assert label.endswith(" " + KEY.hex()[:8])
    assert service_name_for(long_name, bytes(32)) != name


def test_dots_and_control_characters_never_reach_the_service_name() -> None:
    label = service_name_for("a.b\\c\nd", KEY).removesuffix("." + SERVICE_TYPE)
    assert "." not in label and "\\" not in label and "\n" not in label
    assert service_name_for("  \t ", KEY).startswith("station ")


def test_display_text_fits_the_limits_and_a_txt_string() -> None:
    assert len(display_text("x" * 500, MAX_TITLE)) == MAX_TITLE
    emoji_name = display_text("🗳" * 64, MAX_STATION_NAME)
    assert len(emoji_name.encode()) <= 240
    assert display_text("Desk\n1\x00", MAX_STATION_NAME) == "Desk 1"


GOOD_TXT = encode_txt(advert())


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (b"key", None),
        (b"key", b"00" * 31),
        (b"key", b"zz" * 32),
        (b"key", b" " + b"00" * 32),
        (b"eid", None),
        (b"eid", b"00" * 33),
        (b"name", b""),
        (b"name", b"\xff\xfe"),
        (b"name", b"x" * 65),
        (b"name", b"Desk\n1"),
        (b"title", b"t" * 101),
        (b"title", None),
        (b"height", b"-1"),
        (b"height", b"+1"),
        (b"height", b"1_000"),
        (b"height", b" 1"),
        (b"height", b"9" * 20),
        (b"height", str(1 << 63).encode()),
        (b"proto", b"65536"),
        (b"proto", b""),
    ],
)
def test_a_bad_txt_field_is_malformed(field: bytes, value: bytes | None) -> None:
    txt: dict[bytes, bytes | None] = {**GOOD_TXT, field: value}
    if value is None:
        del txt[field]
    with pytest.raises(MalformedAdvert):
        parse_txt(txt)


@pytest.mark.parametrize(
    "addresses", [(), ("::1",), ("0.0.0.0",), ("224.0.0.251",), ("255.255.255.255",), ("nonsense",)]
)
def test_an_advert_without_a_usable_ipv4_address_is_malformed(addresses: tuple[str, ...]) -> None:
    with pytest.raises(MalformedAdvert):
        parse_txt(dict(GOOD_TXT), addresses)


def test_unusable_addresses_are_dropped_and_usable_ones_kept() -> None:
    assert parse_txt(dict(GOOD_TXT), ("0.0.0.0", "10.0.0.5")).addresses == ("10.0.0.5",)


@pytest.mark.parametrize("port", [None, 0, 65536])
def test_an_advert_without_a_port_is_malformed(port: int | None) -> None:
    with pytest.raises(MalformedAdvert):
        parse_advert("x." + SERVICE_TYPE, GOOD_TXT, ("10.0.0.5",), port)


def test_unknown_txt_keys_are_allowed() -> None:
    assert parse_txt({**GOOD_TXT, b"future": b"1", b"flag": None}).height == 17


@given(
    properties=st.dictionaries(st.binary(max_size=12), st.none() | st.binary(max_size=80), max_size=10),
    addresses=st.lists(st.text(max_size=20), max_size=3),
    port=st.none() | st.integers(-10, 70000),
)
def test_any_txt_record_is_an_advert_or_malformed(
    properties: dict[bytes, bytes | None], addresses: list[str], port: int | None
) -> None:
    with contextlib.suppress(MalformedAdvert):
        parse_advert("x." + SERVICE_TYPE, properties, addresses, port)


@given(field=st.sampled_from(sorted(GOOD_TXT)), value=st.none() | st.binary(max_size=120))
def test_any_one_field_changed_is_an_advert_or_malformed(field: bytes, value: bytes | None) -> None:
    with contextlib.suppress(MalformedAdvert):
        parse_txt({**GOOD_TXT, field: value})


def _discovery(**changes: object) -> StationDiscovery:
    arguments: dict[str, object] = {
        "station_key": KEY,
        "station_name": "Desk 1",
        "election_id": ELECTION,
        "protocol_version": 1,
        "port": 7000,
        "on_found": print,
        "on_lost": print,
        "interfaces": ["127.0.0.1"],
    }
    arguments.update(changes)
    return StationDiscovery(**arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "changes",
    [{"station_key": b"short"}, {"election_id": b"short"}, {"port": 0}, {"height": -1}, {"protocol_version": 1 << 16}],
)
def test_a_station_with_a_bad_own_field_is_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        _discovery(**changes)


def test_own_display_strings_are_cut_to_the_limits() -> None:
    own = _discovery(station_name="n" * 80, title="t" * 300).own
    assert (len(own.station_name), len(own.title)) == (MAX_STATION_NAME, MAX_TITLE)
    assert own.addresses == ("127.0.0.1",)


def test_a_station_that_never_started_closes_quietly_and_twice() -> None:
    discovery = _discovery()
    discovery.close()
    discovery.close()
    with pytest.raises(RuntimeError):
        discovery.start()
