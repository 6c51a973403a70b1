"""The registration desk: back-to-back registrations, each shown large and as a QR code, each followed to its block."""

from __future__ import annotations

from PySide6.QtCore import Qt

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
    parse_voter_id(window.voter_id_label.text())
    assert not window.qr_label.pixmap().isNull()
    assert window.print_button.isEnabled()


def test_many_registrations_go_out_without_waiting_for_blocks_and_each_reaches_a_block(qtbot, authority):
    window = open_desk(qtbot, authority)
    for _ in range(12):
        window.register_button.click()
    qtbot.waitUntil(lambda: window.registrations == 12, timeout=5000)
    qtbot.waitUntil(lambda: all("in block" in window.history.item(i).text() for i in range(12)), timeout=10000)
    registered = authority.node.call(authority.node.tally).registered
    assert registered == 12


def test_the_list_never_shows_a_voter_id(qtbot, authority):
    window = open_desk(qtbot, authority)
    window.register_button.click()
    qtbot.waitUntil(lambda: window.registrations == 1, timeout=5000)
    voter_id = window.voter_id_label.text()
    assert voter_id.split("-")[0] not in window.history.item(0).text()


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
