"""The booth API (ballot_flow's docstring) drives a whole vote without touching a widget: what the audio
ballot builds on."""

from __future__ import annotations

from tests.gui.conftest import OPTIONS, info_of
from tests.gui.test_secret_ballot import WAIT, secret_station
from votingapp.gui.ballot_window import BallotWindow


def open_booth(qtbot, station) -> tuple[BallotWindow, list[str]]:
    booth = BallotWindow(station.bridge, info_of(station))
    qtbot.addWidget(booth)
    pages: list[str] = []
    booth.flow.page_changed.connect(pages.append)
    booth.show()
    return booth, pages


def test_an_open_vote_through_the_api_announces_each_page_and_its_texts(qtbot, authority):
    voter_id, _ = authority.node.call(authority.node.register)
    booth, pages = open_booth(qtbot, authority)
    flow = booth.flow
    assert flow.page_name() == "entry"
    assert flow.options() == tuple(OPTIONS)
    assert not flow.review() and not flow.cast()  # not on this page: nothing happens
    assert flow.enter_voter_id(voter_id)
    qtbot.waitUntil(lambda: flow.page_name() == "choice", timeout=WAIT)
    texts = flow.texts_for_page()
    assert texts[0].startswith("Choose one option")
    assert texts[1:4] == ["1  Alice", "2  Bob", "3  Carol"]
    assert not flow.review()  # no choice yet
    chosen: list[int] = []
    flow.selection_changed.connect(chosen.append)
    assert flow.select_option(2) and flow.selected_option() == 2 and chosen == [2]
    assert not flow.select_option(3)
    assert flow.review()
    assert "Carol" in flow.texts_for_page()
    assert flow.change_choice() and flow.select_option(0) and flow.review()
    assert flow.cast()
    qtbot.waitUntil(lambda: flow.page_name() == "receipt", timeout=WAIT)
    receipt = "".join(flow.receipt_label.text().split())
    assert flow.receipt_label.text() in flow.texts_for_page()
    assert pages == ["choice", "review", "choice", "review", "waiting", "receipt"]
    where = authority.node.call(lambda: authority.node.locate(bytes.fromhex(receipt)))
    assert where.type == "vote"
    with qtbot.waitSignal(booth.flow_started) as started:
        assert flow.finish()
    assert started.args[0] is booth.flow and booth.flow is not flow


def test_a_secret_vote_through_the_api_checks_the_machine_then_casts(qtbot, tmp_path, start_station):
    station, complete = secret_station(tmp_path, start_station)
    qtbot.waitUntil(complete, timeout=WAIT)
    voter_id, _ = station.node.call(station.node.register)
    booth, pages = open_booth(qtbot, station)
    flow = booth.flow
    flow.enter_voter_id(voter_id)
    qtbot.waitUntil(lambda: flow.page_name() == "choice", timeout=WAIT)
    assert flow.select_option(1) and flow.review() and flow.cast()  # encrypts
    qtbot.waitUntil(lambda: flow.page_name() == "cast_or_check", timeout=WAIT)
    assert flow.tracking_label.text() in flow.texts_for_page()
    assert flow.check_machine()
    qtbot.waitUntil(lambda: flow.page_name() == "opened", timeout=WAIT)
    assert flow.vote_again() and flow.page_name() == "choice" and flow.selected_option() == 1
    assert flow.review() and flow.cast()
    qtbot.waitUntil(lambda: flow.page_name() == "cast_or_check", timeout=WAIT)
    assert flow.cast()
    qtbot.waitUntil(lambda: flow.page_name() == "receipt", timeout=WAIT)
    assert pages.count("cast_or_check") == 2 and pages[-1] == "receipt"
    qtbot.waitUntil(lambda: station.node.call(station.node.tally).voted == 1, timeout=WAIT)  # once mined
