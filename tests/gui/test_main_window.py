"""The main window: role, live status, the other windows, the authority's actions."""

from __future__ import annotations

from tests.gui.conftest import info_of, new_election
from votingapp.gui.main_window import MainWindow
from votingapp.node.events import TxDropped
from votingapp.store.record import RecordReader


def open_main(qtbot, station) -> MainWindow:
    window = MainWindow(station, info_of(station))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.status is not None, timeout=5000)
    return window


def test_the_status_follows_the_node(qtbot, authority):
    window = open_main(qtbot, authority)
    assert "Desk 1" in window.role_label.text() and "election authority" in window.role_label.text()
    assert window.status_labels["height"].text() == "0"
    assert window.status_labels["last_block"].text() == "none yet"
    authority.node.call(authority.node.register)
    qtbot.waitUntil(lambda: window.status_labels["height"].text() == "1", timeout=10000)
    assert window.status_labels["pending"].text() == "0"
    assert window.status_labels["peers"].text() == "none"
    assert ":" in window.status_labels["last_block"].text()
    assert window.status_labels["turnout"].text() == "1 registered, 0 voted"


def test_each_window_opens_once_and_closes_with_the_main_window(qtbot, authority):
    window = open_main(qtbot, authority)
    opened = [window.open_registration(), window.open_ballot(), window.open_results(), window.open_explorer()]
    assert window.open_results() is opened[2]
    assert all(w.isVisible() for w in opened)
    window.close()
    assert not any(w.isVisible() for w in opened)


def test_the_record_is_exported_on_a_worker(qtbot, authority, tmp_path):
    authority.node.call(authority.node.register)
    qtbot.waitUntil(lambda: authority.node.call(authority.node.height) == 1, timeout=10000)
    window = open_main(qtbot, authority)
    path = tmp_path / "record.jsonl"
    job = window.export_record(path)
    with qtbot.waitSignal(job.succeeded, timeout=10000):
        pass
    with RecordReader(path) as reader:
        assert len(list(reader.blocks())) == 1
    qtbot.waitUntil(lambda: "Wrote" in window.statusBar().currentMessage(), timeout=5000)


def test_the_kiosk_starts_from_the_main_window_and_blocks_it(qtbot, authority):
    window = open_main(qtbot, authority)
    kiosk = window.start_kiosk("9753")
    assert kiosk.isFullScreen()
    assert kiosk.isModal()
    assert kiosk.unlock("9753")
    qtbot.waitUntil(lambda: window.kiosk is None, timeout=2000)


def test_a_station_without_the_authority_key_sees_no_authority_actions(qtbot, tmp_path, start_station):
    from votingapp.election.setup import record_genesis
    from votingapp.store.datadir import DataDir

    store = new_election(tmp_path / "a").open_store()
    genesis = store.genesis()
    store.close()
    joiner = DataDir(tmp_path / "b")
    record_genesis(joiner, genesis, "Desk 2")
    window = open_main(qtbot, start_station(joiner))
    assert window.authority_box.isHidden()
    assert "waiting for admission" in window.role_label.text()
    assert window.info.station_fingerprint in window.admission_label.text()
    window.close_election()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Refused"), timeout=5000)
    assert "authority" in window.statusBar().currentMessage()


def test_a_double_vote_and_a_full_disk_are_shown_in_the_alert_box(qtbot, authority):
    window = open_main(qtbot, authority)
    assert window.alerts_label.isHidden()
    node = authority.node
    node.call(lambda: node.emit(TxDropped("ab" * 32, "vote", "another vote by the same voter was recorded first")))
    qtbot.waitUntil(window.alerts_label.isVisible, timeout=5000)
    assert "Double vote detected (1)" in window.alerts_label.text()
    assert "abababababab…" in window.alerts_label.text()
    # Not every dropped transaction is a double vote: a dropped registration adds no alert.
    node.call(lambda: node.emit(TxDropped("cd" * 32, "register", "the election is closed")))
    node.call(lambda: node.emit(TxDropped("ef" * 32, "vote", "another vote by the same voter was recorded first")))
    qtbot.waitUntil(lambda: "Double vote detected (2)" in window.alerts_label.text(), timeout=5000)
    assert "cdcdcdcdcdcd" not in window.alerts_label.text()
    # A disk that cannot be written shows in the same box, from the node's status.
    node.call(lambda: setattr(node.chain, "storage_error", "this station cannot write to its disk (full)"))
    window.refresh()
    qtbot.waitUntil(lambda: "⚠ This station cannot write to its disk" in window.alerts_label.text(), timeout=5000)
    node.call(lambda: setattr(node.chain, "storage_error", None))


def test_a_skewed_clock_is_shown_in_the_alert_box(qtbot, authority):
    window = open_main(qtbot, authority)
    node = authority.node
    # The verdict as node/clock.py words it (its own tests cover how it is reached from the peers' offsets).
    message = "this station's clock is 3 min 2 s ahead of the other stations: set the clock"
    node.call(lambda: setattr(node.chain.clock, "_problem", message))
    window.refresh()
    qtbot.waitUntil(lambda: "⚠ This station's clock is \u20663 min 2 s\u2069 ahead" in window.alerts_label.text(),
                    timeout=5000)


def test_a_copied_station_key_is_shown_in_the_alert_box(qtbot, authority):
    window = open_main(qtbot, authority)
    node = authority.node
    node.call(lambda: node._network_event(
        "station_key_conflict", {"station_key": "ab" * 32, "address": "10.0.0.9:47321", "connected": "?"}))
    window.refresh()
    qtbot.waitUntil(lambda: "⚠ Another laptop runs with this station's key (a copied data folder?)"
                    in window.alerts_label.text(), timeout=5000)


def test_wrapped_status_lines_get_the_height_they_need(qtbot, tmp_path, start_station):
    """Long status lines wrap (secret ballot, ceremony); the window grows so that none is cut off."""
    from tests.gui.test_secret_ballot import secret_station

    station, _complete = secret_station(tmp_path, start_station)
    window = open_main(qtbot, station)
    qtbot.waitUntil(lambda: "complete" in window.status_labels["ceremony"].text(), timeout=20000)
    qtbot.wait(50)
    for key, label in window.status_labels.items():
        assert label.height() >= label.heightForWidth(label.width()), (key, label.text(), label.height())
