"""The registration desk: back-to-back registrations, each shown large and as a QR code, each followed to its block."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget

from tests.gui.conftest import info_of
from votingapp.core.voter_id import parse_voter_id
from votingapp.gui.registration_window import RegistrationWindow
from votingapp.gui.slip import Slip, write_slip_pdf


def open_desk(qtbot, station) -> RegistrationWindow:
    window = RegistrationWindow(station.bridge, info_of(station))
    qtbot.addWidget(window)
    window.show()
    return window


def test_registering_shows_the_voter_id_large_and_as_a_qr_code(qtbot, authority):
    window = open_desk(qtbot, authority)
    qtbot.keyClick(window.register_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.registrations == 1, timeout=5000)
    parse_voter_id(window.voter_id or "")
    assert not window.qr_label.pixmap().isNull()
    assert window.print_button.isEnabled()


def test_many_registrations_go_out_without_waiting_for_blocks_and_each_reaches_a_block(qtbot, authority):
    window = open_desk(qtbot, authority)
    window.debounce_ms = 0  # the desk ignores a double press (tests/gui/test_desk_paper.py); here: a fast desk
    for n in range(1, 13):
        window.register_button.click()
        qtbot.waitUntil(lambda n=n: window.registrations == n, timeout=5000)
    qtbot.waitUntil(lambda: "waiting" not in window.count_label.text(), timeout=10000)
    assert window.count_label.text() == "12 voter(s) registered at this desk today"
    registered = authority.node.call(authority.node.tally).registered
    assert registered == 12


def desk_texts(window) -> str:
    """Every text the desk shows, but the voter ID on screen for the voter at the desk."""
    texts = [label.text() for label in window.findChildren(QLabel)
             if label is not window.voter_id_label]
    texts += [button.text() for button in window.findChildren(QAbstractButton)]
    return "\n".join(texts)


def test_nothing_on_the_desk_links_an_order_number_to_a_chain_entry(qtbot, authority):
    window = open_desk(qtbot, authority)
    window.debounce_ms = 0
    for n in range(1, 4):
        window.register_button.click()
        qtbot.waitUntil(lambda n=n: window.registrations == n, timeout=5000)
    voter_id = window.voter_id or ""
    qtbot.waitUntil(lambda: "waiting" not in window.count_label.text(), timeout=10000)
    block = authority.node.call(lambda: authority.node.block_transactions(authority.node.height()))
    txids = [tx.txid for height in range(1, authority.node.call(authority.node.height) + 1)
             for tx in authority.node.call(lambda h=height: authority.node.block_transactions(h))]
    assert block and txids
    shown = desk_texts(window)
    assert not window.findChildren(QListWidget)
    for txid in txids:
        assert txid[:8] not in shown
    assert voter_id.split("-")[0] not in shown
    assert "Voter 1" not in shown and "Voter 3" not in shown
    assert "3 voter(s) registered at this desk today" in shown


def test_clearing_takes_the_voter_id_off_the_screen(qtbot, authority):
    window = open_desk(qtbot, authority)
    window.register_button.click()
    qtbot.waitUntil(lambda: window.registrations == 1, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert "-" not in window.voter_id_label.text()
    assert window.qr_label.pixmap().isNull()
    assert not window.print_button.isEnabled()


def test_a_station_not_admitted_is_told_so(qtbot, tmp_path, start_station):
    from tests.gui.conftest import new_election
    from votingapp.election.setup import record_genesis
    from votingapp.store.datadir import DataDir

    store = new_election(tmp_path / "a").open_store()
    genesis = store.genesis()
    store.close()
    joiner = DataDir(tmp_path / "b")
    record_genesis(joiner, genesis, "Desk 9")
    window = open_desk(qtbot, start_station(joiner))
    window.register_button.click()
    qtbot.waitUntil(lambda: bool(window.error_label.text()), timeout=5000)
    assert "not admitted" in window.error_label.text()
    assert window.registrations == 0


def test_the_slip_prints_to_pdf(qapp, tmp_path):
    path = tmp_path / "slip.pdf"
    write_slip_pdf(path, Slip("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789", "Board election", "Desk 1", "ab12-cd34"))
    assert path.read_bytes().startswith(b"%PDF")


def test_the_slip_renders_as_an_image_with_its_qr_code(qapp):
    from votingapp.gui.slip import slip_image

    image = slip_image(Slip("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789", "Board election", "Desk 1", "ab12-cd34"))
    assert image.width() > 500 and image.height() > 500
    dark = sum(1 for y in range(0, image.height(), 7) for x in range(0, image.width(), 7)
               if image.pixelColor(x, y).lightness() < 60)
    assert dark > 100
