"""The explorer: blocks, a block's transactions, a transaction's public fields, and nothing secret."""

from __future__ import annotations

from tests.gui.conftest import info_of
from votingapp.gui.explorer_window import ExplorerWindow


def test_blocks_transactions_and_details_are_shown_and_no_voter_id(qtbot, authority):
    node = authority.node
    voter_id, _ = node.call(node.register)
    node.call(lambda: node.vote(voter_id, "Carol"))
    qtbot.waitUntil(lambda: node.call(node.tally).voted == 1, timeout=10000)
    window = ExplorerWindow(authority.bridge, info_of(authority), refresh_ms=50)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.blocks.rowCount() >= 1, timeout=5000)
    assert window.blocks.item(0, 2).text().startswith("Desk 1")
    heights = [int(window.blocks.item(r, 0).text()) for r in range(window.blocks.rowCount())]
    assert heights == sorted(heights, reverse=True)
    vote_row = None
    for row in range(window.blocks.rowCount()):
        window.blocks.selectRow(row)
        qtbot.waitUntil(lambda: window.txs.rowCount() >= 1, timeout=5000)
        types = [window.txs.item(r, 1).text() for r in range(window.txs.rowCount())]
        if "vote" in types:
            vote_row = types.index("vote")
            break
        window.txs.setRowCount(0)
    assert vote_row is not None
    window.txs.selectRow(vote_row)
    qtbot.waitUntil(lambda: "Carol" in window.detail.toPlainText(), timeout=5000)
    flat = voter_id.replace("-", "")
    for text in (window.detail.toPlainText(), *(window.txs.item(r, 2).text() for r in range(window.txs.rowCount()))):
        assert flat not in text.replace("-", "").upper()


def test_new_blocks_appear_without_reopening(qtbot, authority):
    window = ExplorerWindow(authority.bridge, info_of(authority), refresh_ms=50)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.summary.text() != "", timeout=5000)
    assert window.blocks.rowCount() == 0
    authority.node.call(authority.node.register)
    qtbot.waitUntil(lambda: window.blocks.rowCount() == 1, timeout=10000)
    assert window.blocks.item(0, 3).text() == "1"
