"""The board's page as text: every language complete, hostile names escaped, each state of the result worded."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from votingapp.node.observer.board import Board, StationRow
from votingapp.node.observer.i18n import EN, LANGUAGES, pick_language, station_language, words
from votingapp.node.observer.page import live_html, page_html

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>&amp;"\''


def _board(**changes: object) -> Board:
    board = Board(
        election="ab" * 32, title="Town vote", kind="open", results_mode="live", state="open", served_by="Desk 1",
        live=True, stations=(StationRow("Desk 1", "0000-1111-2222-3333", 4, True, True),
                             StationRow("Desk 2", "4444-5555-6666-7777", None, False, False)),
        registered=10, voted=4, results=(("Alice", 3), ("Bob", 1)), sealed=False, shares=0, threshold=0,
        decrypted_by=0, trustees=0, stale=False, height=4, tip="cd" * 32, last_block_ms=1_795_000_000_000,
        options=("Alice", "Bob"))
    return dataclasses.replace(board, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_language_has_every_string_with_the_same_placeholders(language):
    catalog = words(language)
    assert catalog.keys() == EN.keys()
    for key, text in EN.items():
        assert set(re.findall(r"\{\w+\}", catalog[key])) == set(re.findall(r"\{\w+\}", text)), (language, key)
    page = page_html(_board(), language)
    assert f'lang="{language}"' in page and ('dir="rtl"' in page) == (language == "ar")


def test_language_codes_from_the_settings_the_environment_or_a_person(monkeypatch):
    assert pick_language("fr_FR.UTF-8") == "fr" and pick_language("es-MX") == "es" and pick_language("AR") == "ar"
    assert pick_language("de_DE") == "en" and pick_language(None) == "en" and pick_language("") == "en"
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert station_language({"language": "ar"}) == "ar"  # chosen in the app
    assert station_language({"language": "xx"}) == "fr" and station_language({}) == "fr"  # else the system's


def test_hostile_names_are_escaped_everywhere():
    board = _board(title=HOSTILE, served_by=HOSTILE, options=(HOSTILE, "Bob"), results=((HOSTILE, 3), ("Bob", 1)),
                   stations=(StationRow(HOSTILE, "0000-1111-2222-3333", 4, True, True),))
    for language in LANGUAGES:
        page = page_html(board, language)
        assert page.count("<script") == 1 and '<script src="/static/board.js" defer></script>' in page
        assert page.count("<img") == 1 and '<img src="/static/icon.svg"' in page  # only the board's own icon
        assert "&lt;script&gt;" in page
    assert json.loads(json.dumps(board.to_json()))["title"] == HOSTILE  # JSON keeps the text as it is


def test_each_state_of_the_result_is_worded():
    assert "Live count" in live_html(_board(), "en") and "3 votes" in live_html(_board(), "en")
    assert "1 vote<" in live_html(_board(), "en")
    final = live_html(_board(state="closed"), "en")
    assert "Count at the close" in final and "Closed" in final
    hidden = live_html(_board(results=None), "en")
    assert "Hidden until the close" in hidden and 'id="chart"' not in hidden
    sealed = live_html(_board(kind="secret", results=None, sealed=True, shares=1, threshold=2, trustees=3), "en")
    assert "Sealed — 1 of 2 trustee shares" in sealed and 'id="chart"' not in sealed
    decrypted = live_html(_board(kind="secret", decrypted_by=2, trustees=3, state="closed"), "en")
    assert "Decrypted by 2 of 3 trustees" in decrypted and 'id="chart"' in decrypted and "Late ballots" not in decrypted
    late = live_html(_board(kind="secret", decrypted_by=2, trustees=3, state="closed", stale=True), "en")
    assert "Late ballots came in after the decryption" in late
    offline = live_html(_board(live=False), "en")
    assert "Served from a data dir" in offline
    stations = live_html(_board(), "en")
    assert "this station · height 4" in stations and "not connected · height unknown" in stations
