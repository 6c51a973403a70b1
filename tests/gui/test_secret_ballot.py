"""The secret ballot in the app (docs/design.md section 10), on one station that is the only trustee (n = k = 1):
the booth's cast or check, the sealed and decrypted results, "Check a ballot", and nothing that links a voter
to a choice in the explorer, the desk or the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit, QTableWidget, QWidget

from tests.gui.conftest import DIFFICULTY, OPTIONS, info_of
from votingapp.core.crypto.opened import check_opened_ballot_text
from votingapp.election.setup import create_election
from votingapp.gui.ballot_window import BallotWindow
from votingapp.gui.explorer_window import ExplorerWindow
from votingapp.gui.main_window import MainWindow
from votingapp.gui.registration_window import RegistrationWindow
from votingapp.gui.results_window import ResultsWindow
from votingapp.store.datadir import DataDir

WAIT = 15000


def secret_station(tmp_path, start_station):
    data_dir = DataDir(tmp_path / "desk1")
    create_election(data_dir, "Board election", OPTIONS, [], difficulty=DIFFICULTY, name="Desk 1", ballot="secret")
    station = start_station(data_dir)
    node = station.node

    def complete() -> bool:
        progress = node.call(node.status).ceremony_progress
        return progress is not None and progress.stage == "complete"

    return station, complete


def texts(window: QWidget) -> str:
    """Every text a window shows: labels, buttons, text fields and table cells."""
    out = [w.text() for w in window.findChildren(QLabel)]
    out += [w.text() for w in window.findChildren(QAbstractButton)]
    out += [w.text() for w in window.findChildren(QLineEdit)]
    out += [w.toPlainText() for w in window.findChildren(QPlainTextEdit)]
    for table in window.findChildren(QTableWidget):
        out += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
                if table.item(r, c) is not None]
    return "\n".join(out)


def go_to_review(qtbot, flow, option: int) -> None:
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.choice_page, timeout=WAIT)
    flow.option_buttons[option].click()
    flow.review_button.click()
    assert flow.pages.currentWidget() is flow.review_page
    flow.cast_button.click()  # "Encrypt my choice"
    qtbot.waitUntil(lambda: flow.pages.currentWidget() in (flow.cast_or_check_page, flow.refusal_page), timeout=WAIT)
    assert flow.pages.currentWidget() is flow.cast_or_check_page, flow.refusal_label.text()


def test_a_secret_election_from_the_booth_to_the_decrypted_result(qtbot, tmp_path, start_station):
    station, ceremony_complete = secret_station(tmp_path, start_station)
    node = station.node
    info = info_of(station)
    assert info.secret and info.trustees == ("Desk 1",) and info.threshold == 1

    main = MainWindow(station, info)
    qtbot.addWidget(main)
    qtbot.waitUntil(ceremony_complete, timeout=WAIT)
    qtbot.waitUntil(lambda: main.status_labels["ceremony"].text().startswith("complete"), timeout=WAIT)
    assert "this laptop alone could read single ballots" in main.status_labels["ceremony"].text()

    desk = RegistrationWindow(station.bridge, info)
    qtbot.addWidget(desk)
    desk.debounce_ms = 0  # two voters in quick succession (a double press is tests/gui/test_desk_paper.py's)
    for _ in range(2):
        desk.register_button.click()
        qtbot.waitUntil(lambda n=desk.registrations: desk.registrations == n + 1, timeout=WAIT)
    voter_ids = [node.call(node.register)[0] for _ in range(2)]

    # Voter 1 checks this machine first (Bob), then votes again and casts Carol.
    booth = BallotWindow(station.bridge, info)
    qtbot.addWidget(booth)
    booth.show()
    flow = booth.flow
    qtbot.keyClicks(flow.id_edit, voter_ids[0])
    qtbot.keyClick(flow.id_edit, Qt.Key.Key_Return)
    go_to_review(qtbot, flow, 1)
    spoiled_code = "".join(flow.tracking_label.text().split())
    assert len(spoiled_code) == 64
    flow.check_button.click()
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.opened_page, timeout=WAIT)
    opened = flow.opened_text.toPlainText()
    assert not flow.opened_qr.pixmap().isNull()
    assert "Check a ballot" in flow.opened_help.text() and "votingapp check-ballot" in flow.opened_help.text()
    key = node.call(node.election_key)
    verdict = check_opened_ballot_text(opened, key, OPTIONS, node.election_id)
    assert verdict.ok and verdict.option == "Bob" and verdict.tracking_code.hex() == spoiled_code
    shown = texts(booth)
    assert voter_ids[0] not in shown and voter_ids[0].split("-")[0] not in shown  # never shown after entry
    flow.vote_again_button.click()
    go_to_review(qtbot, flow, 2)
    code = "".join(flow.tracking_label.text().split())
    assert code != spoiled_code
    flow.cast_ballot_button.click()
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.receipt_page, timeout=WAIT)
    assert "".join(flow.receipt_label.text().split()) == code
    assert voter_ids[0].split("-")[0] not in texts(booth)
    flow.finish_button.click()

    # Voter 2 casts Carol at once.
    flow = booth.flow
    qtbot.keyClicks(flow.id_edit, voter_ids[1])
    qtbot.keyClick(flow.id_edit, Qt.Key.Key_Return)
    go_to_review(qtbot, flow, 2)
    flow.cast_ballot_button.click()
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.receipt_page, timeout=WAIT)

    qtbot.waitUntil(lambda: node.call(lambda: node.locate(bytes.fromhex(code))).status == "confirmed",
                    timeout=WAIT)
    assert node.call(lambda: node.locate(bytes.fromhex(spoiled_code))).status == "unknown"  # never cast

    # Sealed before the close: turnout only.
    results = ResultsWindow(station.bridge, info, refresh_ms=50)
    qtbot.addWidget(results)
    results.show()
    qtbot.waitUntil(lambda: results.latest is not None and results.latest.voted == 2, timeout=WAIT)
    assert results.hidden_label.text().startswith("Sealed — 0 of 1 trustee shares")
    assert results.stack.currentWidget() is results.hidden_label
    assert results.counts() == {}
    assert "Voted 2" in results.turnout_label.text()

    # The receipt check shows the tracking code's inclusion, never a choice.
    results.receipt_edit.setText(code)
    results.check_receipt()
    qtbot.waitUntil(lambda: bool(results.receipt_label.text()), timeout=WAIT)
    assert results.receipt_label.text().startswith("✓ Recorded in block")
    assert not any(option in results.receipt_label.text() for option in OPTIONS)

    # Check a ballot: the opened ballot verifies for Bob; a tampered one does not.
    results.ballot_edit.setPlainText(opened)
    results.check_ballot()
    qtbot.waitUntil(lambda: bool(results.ballot_label.text()), timeout=WAIT)
    assert results.ballot_label.text().startswith("✓ The booth encrypted “Bob”")
    results.ballot_label.clear()
    results.ballot_edit.setPlainText(opened.replace('"option":"Bob"', '"option":"Carol"').replace(
        '"choice":1', '"choice":2'))
    results.check_ballot()
    qtbot.waitUntil(lambda: bool(results.ballot_label.text()), timeout=WAIT)
    assert results.ballot_label.text().startswith("✗")

    # The explorer, the desk and the main window never show an option next to a ballot (nor anywhere).
    explorer = ExplorerWindow(station.bridge, info)
    qtbot.addWidget(explorer)
    explorer.show()
    qtbot.waitUntil(lambda: explorer.blocks.rowCount() == node.call(node.height), timeout=WAIT)
    seen_ballot = False
    for height in range(1, node.call(node.height) + 1):
        txids = [tx.txid for tx in node.call(lambda h=height: node.block_transactions(h))]
        explorer.select_height(height)
        qtbot.waitUntil(lambda t=txids: [explorer.txs.item(r, 0).data(Qt.ItemDataRole.UserRole)
                                         for r in range(explorer.txs.rowCount())] == t, timeout=WAIT)
        for row in range(explorer.txs.rowCount()):
            explorer.txs.selectRow(row)
            qtbot.waitUntil(lambda r=row: explorer.txs.item(r, 0).data(Qt.ItemDataRole.UserRole)[:16]
                            in explorer.detail.toPlainText(), timeout=WAIT)
            if explorer.txs.item(row, 1).text() == "ballot":
                seen_ballot = True
                assert "encrypted ballot, tracking code" in explorer.txs.item(row, 2).text()
                assert "bytes" in explorer.detail.toPlainText()
            shown = texts(explorer)
            assert not any(option in shown for option in OPTIONS), shown
    assert seen_ballot
    for window in (desk, main):
        shown = texts(window)
        assert not any(option in shown for option in OPTIONS), shown

    # After the close: the only trustee's share decrypts the sum.
    main.close_election()
    qtbot.waitUntil(lambda: results.counts() == {"Alice": 0, "Bob": 0, "Carol": 2}, timeout=WAIT)
    assert results.decryption_label.text() == (
        "Decrypted by 1 of 1 trustees (Desk 1), every proof checked by this node.")
    qtbot.waitUntil(lambda: "decrypted by 1 of 1" in main.status_labels["decryption"].text(), timeout=WAIT)
    main.close()


def test_the_main_window_shows_the_sealed_shares_after_the_close(qtbot, tmp_path, start_station):
    station, ceremony_complete = secret_station(tmp_path, start_station)
    main = MainWindow(station, info_of(station))
    qtbot.addWidget(main)
    qtbot.waitUntil(ceremony_complete, timeout=WAIT)
    assert "after the close" in main.status_labels["decryption"].text()
    station.node.call(station.node.close)
    qtbot.waitUntil(lambda: main.status is not None and main.status.closed, timeout=WAIT)
    qtbot.waitUntil(lambda: main.status_labels["decryption"].text().startswith(("sealed", "decrypted")),
                    timeout=WAIT)
    main.close()
