"""The first-run wizard: create an election, join one from the LAN or from a manifest file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from tests.gui.conftest import new_election
from votingapp.core.manifest import Genesis
from votingapp.election.setup import existing_election
from votingapp.gui.wizard import SetupWizard
from votingapp.node.lan import PROTOCOL_VERSION, StationAdvert
from votingapp.store.datadir import DataDir


def open_wizard(qtbot, data_dir: DataDir) -> SetupWizard:
    wizard = SetupWizard(data_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def finish(wizard: SetupWizard) -> None:
    """Finish: from the create page, through the summary (the only page that writes the election)."""
    if wizard.currentPage() is wizard.create_page:
        wizard.next()
        if wizard.currentPage() is not wizard.summary_page:
            return  # the create page refused (its reason shows under the form)
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_an_election_is_created_with_the_stations_picked_and_results_after_close(qtbot, tmp_path):
    data_dir = DataDir(tmp_path / "a")
    wizard = open_wizard(qtbot, data_dir)
    wizard.start_page.name_edit.setText("Town hall 1")
    wizard.next()
    page = wizard.create_page
    other_key = bytes(range(32))
    page._station_found(StationAdvert("Desk 7 x._votingapp._tcp.local.", None, other_key, "Desk 7", PROTOCOL_VERSION,
                                      0, "", ("10.0.0.7",), 47321))
    page._station_found(StationAdvert("In another election", b"\1" * 32, b"\2" * 32, "Elsewhere", PROTOCOL_VERSION,
                                      3, "Other", ("10.0.0.8",), 47321))
    assert page.stations.count() == 2
    page.stations.item(1).setCheckState(page.stations.item(0).checkState())
    page.title_edit.setText("Budget vote")
    page.options_edit.setPlainText("Yes\n\nNo\n")
    assert page.secret.isChecked()  # the default
    page.open_poll.setChecked(True)
    page.after_close.setChecked(True)
    assert page.advanced_box.isHidden()
    finish(wizard)
    assert wizard.result() == QDialog.DialogCode.Accepted, page.error.text()
    manifest = existing_election(data_dir).manifest
    assert manifest.title == "Budget vote" and manifest.options == ("Yes", "No")
    assert [s.name for s in manifest.stations] == ["Town hall 1", "Desk 7"]
    assert manifest.stations[1].key == other_key
    assert manifest.results == "after_close"
    assert manifest.ballot == "open" and manifest.trustees == ()
    assert data_dir.authority_key() is not None


def test_a_secret_election_is_created_with_the_trustees_ticked_and_the_threshold(qtbot, tmp_path):
    data_dir = DataDir(tmp_path / "a")
    wizard = open_wizard(qtbot, data_dir)
    wizard.start_page.name_edit.setText("Town hall 1")
    wizard.next()
    page = wizard.create_page
    page.title_edit.setText("Budget vote")
    page.options_edit.setPlainText("Yes\nNo")
    assert page.secret.isChecked() and not page.secret_box.isHidden()
    assert page.trustees.count() == 1  # this station, at least
    assert not page.single_trustee.isHidden()
    assert "this laptop alone could read single ballots" in page.single_trustee.text()
    keys = [bytes([i]) * 32 for i in (7, 8, 9)]
    for i, key in enumerate(keys):
        page._station_found(StationAdvert(f"Desk {i} x._votingapp._tcp.local.", None, key, f"Desk {i}",
                                          PROTOCOL_VERSION, 0, "", ("10.0.0.7",), 47321))
    for row in (1, 2, 3):
        page.stations.item(row).setCheckState(Qt.CheckState.Checked)
    assert page.trustees.count() == 4  # every station taking part, ticked
    assert page.threshold.value() == 3  # a majority of 4
    assert page.single_trustee.isHidden()
    page.trustees.item(3).setCheckState(Qt.CheckState.Unchecked)  # Desk 2 takes part but holds no share
    assert page.threshold.value() == 2 and page.threshold.maximum() == 3
    assert "2 of the 3 trustee stations must be up after the close" in page.threshold_help.text()
    page.threshold.setValue(3)
    finish(wizard)
    assert wizard.result() == QDialog.DialogCode.Accepted, page.error.text()
    manifest = existing_election(data_dir).manifest
    me = data_dir.station_key().public
    assert manifest.ballot == "secret"
    assert manifest.trustees == (me, keys[0], keys[1])
    assert manifest.threshold == 3
    assert len(manifest.stations) == 4


def test_an_election_with_one_option_is_refused_with_a_reason_and_nothing_written(qtbot, tmp_path):
    data_dir = DataDir(tmp_path / "a")
    wizard = open_wizard(qtbot, data_dir)
    wizard.next()
    wizard.create_page.title_edit.setText("Budget vote")
    wizard.create_page.options_edit.setPlainText("Yes")
    finish(wizard)
    assert wizard.isVisible()
    assert "option" in wizard.create_page.error.text()
    assert existing_election(data_dir) is None


def test_joining_from_the_lan_fetches_the_manifest_from_a_station(qtbot, tmp_path, start_station):
    authority = start_station(new_election(tmp_path / "a"))
    host, port = authority.node.listen_address
    election_id = authority.node.election_id
    joiner = DataDir(tmp_path / "b")
    wizard = open_wizard(qtbot, joiner)
    wizard.start_page.name_edit.setText("Desk 2")
    wizard.start_page.join_lan_choice.setChecked(True)
    wizard.next()
    page = wizard.join_lan_page
    page.add_election(StationAdvert("Desk 1 x._votingapp._tcp.local.", election_id, b"\3" * 32, "Desk 1",
                                    PROTOCOL_VERSION, 0, "Board election", (host,), port))
    assert "Board election" in page.elections.item(1).text()
    assert wizard.station_fingerprint in " ".join(w.text() for w in page.findChildren(type(page.progress)))
    page.elections.setCurrentRow(1)
    with qtbot.waitSignal(wizard.finished, timeout=10000):
        finish(wizard)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert existing_election(joiner).election_id == election_id
    assert joiner.station_name() == "Desk 2"


def test_a_station_that_does_not_answer_is_reported(qtbot, tmp_path):
    wizard = open_wizard(qtbot, DataDir(tmp_path / "b"))
    wizard.start_page.join_lan_choice.setChecked(True)
    wizard.next()
    page = wizard.join_lan_page
    page.add_election(StationAdvert("Gone._votingapp._tcp.local.", b"\4" * 32, b"\3" * 32, "Gone", PROTOCOL_VERSION,
                                    0, "Lost", ("127.0.0.1",), 9))
    page.elections.setCurrentRow(1)
    finish(wizard)
    qtbot.waitUntil(lambda: bool(page.error.text()), timeout=10000)
    assert wizard.isVisible()


def test_joining_with_a_manifest_file_and_a_bad_file(qtbot, tmp_path):
    source = new_election(tmp_path / "a")
    genesis: Genesis = existing_election(source)
    manifest = tmp_path / "manifest.json"
    manifest.write_bytes(genesis.encode())
    (tmp_path / "bad.json").write_text("{}")
    joiner = DataDir(tmp_path / "b")
    wizard = open_wizard(qtbot, joiner)
    wizard.start_page.join_file_choice.setChecked(True)
    wizard.next()
    wizard.join_file_page.path_edit.setText(str(tmp_path / "bad.json"))
    finish(wizard)
    assert "is damaged or is not an election file" in wizard.join_file_page.error.text()  # refusals.py
    wizard.join_file_page.path_edit.setText(str(manifest))
    finish(wizard)
    assert wizard.result() == QDialog.DialogCode.Accepted
    assert existing_election(joiner).election_id == genesis.election_id
