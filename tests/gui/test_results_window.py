"""Results: counts, shares, turnout; hidden until the close when the election says so; verify; receipts."""

from __future__ import annotations

import time

from tests.gui.conftest import info_of, new_election
from votingapp.gui.results_window import ResultsWindow
from votingapp.node.events import ChainChanged

BURST = 50


def cast(station, choices):
    node = station.node
    receipts = []
    for choice in choices:
        voter_id, _ = node.call(node.register)
        receipts.append(node.call(lambda v=voter_id, c=choice: node.vote(v, c)).hex())
    return receipts


def wait_tally(qtbot, station, predicate):
    """Wait until the node's tally satisfies ``predicate``."""
    qtbot.waitUntil(lambda: predicate(station.node.call(station.node.tally)), timeout=10000)


def open_results(qtbot, station) -> ResultsWindow:
    window = ResultsWindow(station.bridge, info_of(station), refresh_ms=50)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_counts_shares_and_turnout_follow_the_chain(qtbot, authority):
    window = open_results(qtbot, authority)
    cast(authority, ["Alice", "Alice", "Bob"])
    authority.node.call(authority.node.register)
    wait_tally(qtbot, authority, lambda t: t.voted == 3 and t.registered == 4)
    qtbot.waitUntil(lambda: window.counts() == {"Alice": 2, "Bob": 1, "Carol": 0}, timeout=5000)
    assert window.table.item(0, 2).text() == "66.7 %"
    assert "Registered 4 · Voted 3 · Turnout 75.0 %" in window.turnout_label.text()
    assert [window.bars.at(i) for i in range(3)] == [2, 1, 0]


def test_a_burst_of_blocks_redraws_a_few_times_only_and_ends_on_the_last_count(qtbot, authority):
    node, bridge = authority.node, authority.bridge
    window = ResultsWindow(bridge, info_of(authority), refresh_ms=300)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.refreshes == 1, timeout=5000)
    assert window.counts() == {"Alice": 0, "Bob": 0, "Carol": 0}
    # Votes reach blocks while the node's events are held back: the window knows nothing of them yet.
    bridge.blockSignals(True)
    try:
        cast(authority, ["Alice", "Bob", "Bob"])
        wait_tally(qtbot, authority, lambda t: t.voted == 3)
    finally:
        bridge.blockSignals(False)
    qtbot.wait(100)
    assert window.refreshes == 1 and window.counts() == {"Alice": 0, "Bob": 0, "Carol": 0}
    # A burst of block events, one every 20 ms for about a second as a sync delivers them, from the node's
    # thread through the bridge; the GUI runs its event loop in between.
    status = node.call(node.status)
    started = time.monotonic()
    for _ in range(BURST):
        event = ChainChanged(status.height, status.tip, 1, False, None)
        node.call(lambda e=event: node.emit(e))
        qtbot.wait(20)
    elapsed_ms = 1000 * (time.monotonic() - started)
    qtbot.waitUntil(lambda: window.counts() == {"Alice": 1, "Bob": 2, "Carol": 0}, timeout=5000)
    qtbot.wait(700)  # any redraw still to come
    redraws = window.refreshes - 1
    # At most one redraw per 300 ms while the burst lasts, and one after it: far fewer than the events.
    assert 1 <= redraws <= elapsed_ms / 300 + 2, (redraws, elapsed_ms)
    assert window.counts() == {"Alice": 1, "Bob": 2, "Carol": 0}
    assert window.latest is not None and window.latest.height == status.height


def test_results_stay_hidden_until_the_close_when_the_election_says_so(qtbot, tmp_path, start_station):
    station = start_station(new_election(tmp_path / "d", results="after_close"))
    window = open_results(qtbot, station)
    cast(station, ["Carol"])
    wait_tally(qtbot, station, lambda t: t.voted == 1)
    qtbot.waitUntil(lambda: window.latest is not None and window.latest.voted == 1, timeout=5000)
    assert window.stack.currentWidget() is window.hidden_label
    assert window.latest.hidden and window.latest.results is None  # the counts never left the node
    assert window.counts() == {}
    station.node.call(station.node.close)
    wait_tally(qtbot, station, lambda t: t.closed)
    qtbot.waitUntil(lambda: window.counts() == {"Alice": 0, "Bob": 0, "Carol": 1}, timeout=5000)
    assert window.stack.currentIndex() == 0


def test_verify_everything_runs_on_a_worker_and_reports_valid(qtbot, authority):
    cast(authority, ["Bob"])
    wait_tally(qtbot, authority, lambda t: t.voted == 1)
    window = open_results(qtbot, authority)
    window.verify_button.click()
    assert not window.verify_button.isEnabled()
    qtbot.waitUntil(window.verify_button.isEnabled, timeout=10000)
    assert window.verify_label.text().startswith("✓ Valid")


def test_a_receipt_shows_where_the_vote_is_recorded(qtbot, authority):
    [receipt] = cast(authority, ["Alice"])
    wait_tally(qtbot, authority, lambda t: t.voted == 1)
    window = open_results(qtbot, authority)
    window.receipt_edit.setText(" ".join(receipt[i:i + 8] for i in range(0, 64, 8)))
    window.receipt_button.click()
    qtbot.waitUntil(lambda: "Recorded in block" in window.receipt_label.text(), timeout=5000)
    window.receipt_edit.setText("00" * 32)
    window.receipt_button.click()
    qtbot.waitUntil(lambda: window.receipt_label.text().startswith("Not found"), timeout=5000)
    window.receipt_edit.setText("xyz")
    window.receipt_button.click()
    assert "64 hexadecimal" in window.receipt_label.text()


def test_after_the_close_the_window_says_when_and_whether_the_result_changed(qtbot, authority):
    window = open_results(qtbot, authority)
    cast(authority, ["Alice"])
    wait_tally(qtbot, authority, lambda t: t.voted == 1)
    assert window.after_close_label.isHidden()
    node = authority.node
    node.wait_async(node.call(node.close), 30).result(40)
    qtbot.waitUntil(window.after_close_label.isVisible, timeout=10000)
    text = window.after_close_label.text()
    assert "nothing cast later counts" in text
    assert "Stations holding the closed chain: Desk 1" in text
    assert "The result has not changed since the close." in text
