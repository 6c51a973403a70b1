"""voter_id: typable by a person, forgiving about case, dashes and look-alikes, strict about mistypes."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from votingapp.core.errors import VoterIdError
from votingapp.core.voter_id import (
    ALPHABET,
    LENGTH,
    check_partial,
    format_voter_id,
    new_secret,
    parse_voter_id,
    voter_key,
)


def secret(n: int) -> bytes:
    return hashlib.sha256(b"secret %d" % n).digest()[:16]


def an_id_with(*chars: str) -> tuple[bytes, str]:
    """A (secret, voter_id) whose id contains every one of ``chars``."""
    for n in range(1000):
        text = format_voter_id(secret(n))
        if all(c in text for c in chars):
            return secret(n), text
    raise AssertionError(f"no voter_id with {chars} in 1000 tries")


@settings(max_examples=100, deadline=None)
@given(st.binary(min_size=16, max_size=16))
def test_a_voter_id_reads_back_as_its_secret(raw: bytes) -> None:
    assert parse_voter_id(format_voter_id(raw)) == raw


def test_a_voter_id_is_eight_groups_of_four_characters() -> None:
    text = format_voter_id(new_secret())
    groups = text.split("-")
    assert [len(g) for g in groups] == [4] * 8
    assert set(text.replace("-", "")) <= set(ALPHABET)


def test_every_single_mistyped_character_is_caught() -> None:
    text = format_voter_id(secret(1)).replace("-", "")
    for position in range(LENGTH):
        for wrong in ALPHABET:
            if wrong == text[position]:
                continue
            typo = text[:position] + wrong + text[position + 1 :]
            with pytest.raises(VoterIdError, match="mistyped"):
                parse_voter_id(typo)


def test_two_swapped_neighbours_are_caught() -> None:
    text = format_voter_id(secret(2)).replace("-", "")
    for i in range(LENGTH - 1):
        if text[i] != text[i + 1]:
            swapped = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
            with pytest.raises(VoterIdError, match="mistyped"):
                parse_voter_id(swapped)


def test_look_alike_letters_o_i_l_read_as_0_1_1() -> None:
    raw, text = an_id_with("0", "1")
    assert parse_voter_id(text.replace("0", "O").replace("1", "I")) == raw
    assert parse_voter_id(text.replace("0", "o").replace("1", "l")) == raw
    assert parse_voter_id(text.replace("1", "L")) == raw


def test_lowercase_is_accepted() -> None:
    raw = secret(3)
    assert parse_voter_id(format_voter_id(raw).lower()) == raw


def test_missing_dashes_and_spaces_instead_of_dashes_are_accepted() -> None:
    raw = secret(4)
    text = format_voter_id(raw)
    assert parse_voter_id(text.replace("-", "")) == raw
    assert parse_voter_id(text.replace("-", " ")) == raw
    assert parse_voter_id(" " + text + "\t") == raw


@pytest.mark.parametrize("cut", [1, 4, 31])
def test_a_voter_id_too_short_says_how_many_characters_it_has(cut: int) -> None:
    text = format_voter_id(secret(5)).replace("-", "")
    with pytest.raises(VoterIdError, match=f"must have 32 characters, got {LENGTH - cut}"):
        parse_voter_id(text[:-cut])


def test_a_voter_id_too_long_says_how_many_characters_it_has() -> None:
    with pytest.raises(VoterIdError, match="must have 32 characters, got 33"):
        parse_voter_id(format_voter_id(secret(6)) + "A")


@pytest.mark.parametrize("char", ["U", "!", "é", "_"])
def test_a_character_outside_the_alphabet_is_named(char: str) -> None:
    text = format_voter_id(secret(7))
    with pytest.raises(VoterIdError, match="invalid character"):
        parse_voter_id(text[:5] + char + text[6:])


def test_a_voter_id_that_is_not_text_is_refused() -> None:
    with pytest.raises(VoterIdError):
        parse_voter_id(b"ABCD" * 8)  # type: ignore[arg-type]


def test_check_partial_accepts_every_prefix_of_a_valid_id() -> None:
    text = format_voter_id(secret(8))
    for end in range(len(text) + 1):
        assert check_partial(text[:end]) is None
        assert check_partial(text[:end].replace("-", "").lower()) is None


def test_check_partial_reports_a_bad_character_at_once() -> None:
    assert "invalid character" in (check_partial("ABCU") or "")


def test_check_partial_reports_a_mistyped_complete_id() -> None:
    text = format_voter_id(secret(9))
    typo = ("B" if text[0] != "B" else "C") + text[1:]
    assert "mistyped" in (check_partial(typo) or "")


def test_check_partial_reports_an_id_that_is_too_long() -> None:
    assert "must have 32 characters" in (check_partial(format_voter_id(secret(10)) + "7") or "")


def test_the_voter_key_depends_on_the_secret_and_the_election() -> None:
    election_a, election_b = b"a" * 32, b"b" * 32
    assert voter_key(secret(1), election_a).public == voter_key(secret(1), election_a).public
    assert voter_key(secret(1), election_a).public != voter_key(secret(1), election_b).public
    assert voter_key(secret(1), election_a).public != voter_key(secret(2), election_a).public


def test_a_secret_of_the_wrong_size_cannot_be_formatted() -> None:
    with pytest.raises(VoterIdError):
        format_voter_id(b"short")


def test_a_non_ascii_character_is_refused_rather_than_expanded_by_upper_case() -> None:
    import pytest

    from votingapp.core.errors import VoterIdError
    from votingapp.core.voter_id import normalize

    with pytest.raises(VoterIdError, match="invalid character"):
        normalize("ß" * 16)
