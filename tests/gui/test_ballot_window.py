"""The ballot window: a vote with the keyboard alone, and every refusal shows its message and records nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import info_of
from votingapp.gui.ballot_window import BallotWindow


def register(station):
    voter_id, _txid = station.node.call(station.node.register)
    return voter_id


def open_booth(qtbot, station) -> BallotWindow:
    window = BallotWindow(station.bridge, info_of(station))
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_voter_votes_with_the_keyboard_alone(qtbot, authority):
    voter_id = register(authority)
    window = open_booth(qtbot, authority)
    flow = window.flow
    qtbot.keyClicks(flow.id_edit, voter_id)
    assert flow.continue_button.isEnabled()
    qtbot.keyClick(flow.id_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.choice_page, timeout=5000)
    qtbot.keyClick(flow.choice_page, Qt.Key.Key_2)
    assert flow.option_buttons[1].isChecked()
    qtbot.keyClick(flow.option_buttons[1], Qt.Key.Key_Return)
    assert flow.pages.currentWidget() is flow.review_page
    assert flow.review_choice.text() == "Bob"
    qtbot.keyClick(flow.cast_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.receipt_page, timeout=5000)
    receipt = flow.receipt_label.text().replace(" ", "")
    where = authority.node.call(lambda: authority.node.locate(bytes.fromhex(receipt)))
    assert where.status in ("pending", "confirmed")
    assert where.type == "vote"


def enter_id(qtbot, flow, voter_id):
    qtbot.keyClicks(flow.id_edit, voter_id)
    qtbot.keyClick(flow.id_edit, Qt.Key.Key_Return)


def pool_size(station):
    """Transactions the station knows: in its blocks and waiting for one (a block mined meanwhile moves them
    from the pool to the chain, and does not change this count)."""
    node = station.node

    def count() -> int:  # on the node's thread, between two blocks
        return sum(len(node.block_transactions(h)) for h in range(1, node.height() + 1)) + node.status().mempool

    return node.call(count)


def test_a_mistyped_voter_id_is_caught_as_it_is_typed_and_records_nothing(qtbot, authority):
    voter_id = register(authority)
    before = pool_size(authority)
    wrong = ("Z" if voter_id[0] != "Z" else "Y") + voter_id[1:]
    window = open_booth(qtbot, authority)
    flow = window.flow
    enter_id(qtbot, flow, wrong)
    assert "typing mistake" in flow.id_hint.text()
    assert not flow.continue_button.isEnabled()
    assert flow.pages.currentWidget() is flow.entry_page
    assert pool_size(authority) == before


def test_a_character_outside_the_alphabet_is_pointed_out(qtbot, authority):
    window = open_booth(qtbot, authority)
    qtbot.keyClicks(window.flow.id_edit, "AB!")
    assert "only letters and digits" in window.flow.id_hint.text()


def refused_with(qtbot, station, voter_id, heading):
    before = pool_size(station)
    window = open_booth(qtbot, station)
    flow = window.flow
    enter_id(qtbot, flow, voter_id)
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.refusal_page, timeout=5000)
    assert flow.refusal_title.text() == heading
    assert flow.refusal_label.text()
    assert flow.id_edit.text() == ""
    assert pool_size(station) == before
    qtbot.keyClick(flow.again_button, Qt.Key.Key_Return)
    assert window.flow is not flow


def test_an_unregistered_voter_id_is_refused(qtbot, authority):
    from votingapp.core.voter_id import format_voter_id, new_secret

    refused_with(qtbot, authority, format_voter_id(new_secret()), "Not registered yet")


def test_a_second_vote_is_refused(qtbot, authority):
    voter_id = register(authority)
    authority.node.call(lambda: authority.node.vote(voter_id, "Alice"))
    refused_with(qtbot, authority, voter_id, "Already voted")


def test_a_vote_after_the_close_is_refused(qtbot, authority):
    voter_id = register(authority)
    authority.node.call(authority.node.close)
    refused_with(qtbot, authority, voter_id, "The election is closed")


def test_the_election_closing_between_check_and_cast_is_refused_and_records_nothing(qtbot, authority):
    voter_id = register(authority)
    window = open_booth(qtbot, authority)
    flow = window.flow
    enter_id(qtbot, flow, voter_id)
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.choice_page, timeout=5000)
    flow.option_buttons[0].setChecked(True)
    qtbot.mouseClick(flow.review_button, Qt.MouseButton.LeftButton)
    authority.node.call(authority.node.close)
    before = pool_size(authority)
    qtbot.mouseClick(flow.cast_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.refusal_page, timeout=5000)
    assert flow.refusal_title.text() == "The election is closed"
    assert pool_size(authority) == before
    voted = authority.node.call(authority.node.tally).voted
    assert voted == 0
