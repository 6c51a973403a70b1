"""The LAN through the windows: zeroconf on 127.0.0.1 only, as the discovery tests do."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from tests.gui.conftest import info_of, new_election, options
from votingapp.election.setup import existing_election
from votingapp.gui.lan_browser import LanBrowser
from votingapp.gui.main_window import MainWindow
from votingapp.gui.station import Station as AppStation
from votingapp.gui.wizard import SetupWizard
from votingapp.store.datadir import DataDir

LOOPBACK = ["127.0.0.1"]
WAIT = 15_000


def browser(data_dir: DataDir, name: str) -> LanBrowser:
    lan = LanBrowser(data_dir.station_key().public, name, interfaces=LOOPBACK, port=47999)
    return lan


def row_of(widget, predicate) -> int | None:
    for row in range(widget.count()):
        if predicate(widget.item(row).data(Qt.ItemDataRole.UserRole)):
            return row
    return None


def test_the_authority_picks_a_station_seen_on_the_lan(qtbot, tmp_path):
    waiting_dir = DataDir(tmp_path / "desk2")
    waiting = browser(waiting_dir, "Desk 2")
    waiting.start()
    creator_dir = DataDir(tmp_path / "desk1")
    wizard = SetupWizard(creator_dir, browser(creator_dir, "Desk 1"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.start_page.name_edit.setText("Desk 1")
    wizard.next()
    page = wizard.create_page
    # Other tests may advertise on 127.0.0.1 at the same time: look for this one station.
    key = waiting_dir.station_key().public.hex()
    qtbot.waitUntil(lambda: row_of(page.stations, lambda data: data == key) is not None, timeout=WAIT)
    item = page.stations.item(row_of(page.stations, lambda data: data == key))
    assert "Desk 2" in item.text()
    item.setCheckState(Qt.CheckState.Checked)
    page.title_edit.setText("Board election")
    page.options_edit.setPlainText("Alice\nBob")
    wizard.next()  # the summary, then Finish creates the election
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QDialog.DialogCode.Accepted, page.error.text()
    stations = existing_election(creator_dir).manifest.stations
    assert [(s.name, s.key) for s in stations] == [("Desk 1", creator_dir.station_key().public),
                                                   ("Desk 2", waiting_dir.station_key().public)]
    waiting.close()


def test_a_station_joins_an_election_seen_on_the_lan_and_is_admitted(qtbot, tmp_path, start_station):
    lan_options = replace(options(), discovery=True, discovery_interfaces=LOOPBACK)
    authority = AppStation(new_election(tmp_path / "desk1"), lan_options)
    authority.start_blocking()
    joined: AppStation | None = None
    try:
        joiner_dir = DataDir(tmp_path / "desk2")
        wizard = SetupWizard(joiner_dir, browser(joiner_dir, "Desk 2"))
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.start_page.name_edit.setText("Desk 2")
        wizard.start_page.join_lan_choice.setChecked(True)
        wizard.next()
        page = wizard.join_lan_page
        election_id = authority.node.election_id

        def ours(data: object) -> bool:
            return getattr(data, "election_id", None) == election_id

        qtbot.waitUntil(lambda: row_of(page.elections, ours) is not None, timeout=WAIT)
        row = row_of(page.elections, ours)
        election_fp = info_of(authority).election_fingerprint
        assert "Board election" in page.elections.item(row).text() and election_fp in page.elections.item(row).text()
        page.elections.setCurrentRow(row)
        with qtbot.waitSignal(wizard.finished, timeout=WAIT):
            wizard.button(QWizard.WizardButton.FinishButton).click()
        assert wizard.result() == QDialog.DialogCode.Accepted, page.error.text()

        joined = AppStation(joiner_dir, lan_options)
        joined.start_blocking()
        window = MainWindow(authority, info_of(authority))
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.status is not None and bool(window.status.peers), timeout=WAIT)
        waiting = authority.node.call(authority.node.waiting_stations)
        assert [w.name for w in waiting] == ["Desk 2"]
        window.admit_station(bytes.fromhex(waiting[0].key), waiting[0].name)
        qtbot.waitUntil(lambda: joined.node.call(joined.node.status).admitted, timeout=WAIT)
    finally:
        if joined is not None:
            joined.stop()
        authority.stop()
