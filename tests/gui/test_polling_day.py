"""A whole polling-station day in-process, on two nodes, through the windows people use.

The authority creates the election in the wizard and exports its manifest; the second station joins
with it and is admitted from the authority's main window; both register voters at their desks; voters
vote in the booths with keys and clicks; both results windows show the same counts; the authority
closes the election and a late vote is refused.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from tests.gui.conftest import info_of
from votingapp.gui.admit_dialog import AdmitDialog
from votingapp.gui.main_window import MainWindow
from votingapp.gui.wizard import SetupWizard
from votingapp.store.datadir import DataDir

WAIT = 15_000


def create_in_wizard(qtbot, data_dir: DataDir) -> None:
    wizard = SetupWizard(data_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.start_page.name_edit.setText("Desk 1")
    wizard.start_page.create_choice.setChecked(True)
    wizard.next()
    page = wizard.create_page
    qtbot.keyClicks(page.title_edit, "Board election")
    page.options_edit.setPlainText("Alice\nBob\nCarol")
    page.open_poll.setChecked(True)  # plaintext votes, live results (the secret ballot: test_secret_ballot.py)
    page.advanced.setChecked(True)
    page.difficulty.setValue(6)
    wizard.next()  # the summary, then Finish creates the election
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QDialog.DialogCode.Accepted, page.error.text()


def join_in_wizard(qtbot, data_dir: DataDir, manifest: Path) -> None:
    wizard = SetupWizard(data_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.start_page.name_edit.setText("Desk 2")
    wizard.start_page.join_file_choice.setChecked(True)
    wizard.next()
    wizard.join_file_page.path_edit.setText(str(manifest))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QDialog.DialogCode.Accepted, wizard.join_file_page.error.text()


def main_window(qtbot, station) -> MainWindow:
    window = MainWindow(station, info_of(station))
    qtbot.addWidget(window)
    window.show()
    return window


def register_at_desk(qtbot, window: MainWindow, count: int) -> list[str]:
    desk = window.open_registration()
    desk.debounce_ms = 0  # voters in quick succession (a double press is tests/gui/test_desk_paper.py's)
    ids = []
    for _ in range(count):
        before = desk.registrations
        qtbot.keyClick(desk.register_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda b=before: desk.registrations == b + 1, timeout=WAIT)
        ids.append(desk.voter_id or "")
    return ids


def vote_at_booth(qtbot, window: MainWindow, voter_id: str, option: int, by_keys: bool) -> str:
    booth = window.open_ballot()
    flow = booth.flow
    qtbot.keyClicks(flow.id_edit, voter_id)
    if by_keys:
        qtbot.keyClick(flow.id_edit, Qt.Key.Key_Return)
    else:
        qtbot.mouseClick(flow.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.pages.currentWidget() in (flow.choice_page, flow.refusal_page), timeout=WAIT)
    if flow.pages.currentWidget() is flow.choice_page:
        choose_and_cast(qtbot, flow, option, by_keys)
    outcome = flow.receipt_label.text() if flow.pages.currentWidget() is flow.receipt_page else (
        "refused: " + flow.refusal_title.text())
    with qtbot.waitSignal(booth.reset_done):
        flow.done.emit()
    return outcome


def choose_and_cast(qtbot, flow, option: int, by_keys: bool) -> None:
    if by_keys:
        qtbot.keyClick(flow.choice_page, Qt.Key.Key_1 + option)
        qtbot.keyClick(flow.choice_page, Qt.Key.Key_Return)
        qtbot.keyClick(flow.cast_button, Qt.Key.Key_Return)
    else:
        qtbot.mouseClick(flow.option_buttons[option], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(flow.review_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(flow.cast_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.pages.currentWidget() in (flow.receipt_page, flow.refusal_page), timeout=WAIT)


def test_a_polling_day_on_two_stations(qtbot, tmp_path, start_station, monkeypatch):
    # The authority creates the election and exports the manifest.
    dir_a, dir_b = DataDir(tmp_path / "desk1"), DataDir(tmp_path / "desk2")
    create_in_wizard(qtbot, dir_a)
    station_a = start_station(dir_a)
    window_a = main_window(qtbot, station_a)
    assert "election authority" in window_a.role_label.text()
    manifest = tmp_path / "manifest.json"
    window_a.export_manifest(manifest)
    qtbot.waitUntil(manifest.exists, timeout=WAIT)

    # The second station joins with the manifest and waits for admission.
    join_in_wizard(qtbot, dir_b, manifest)
    station_b = start_station(dir_b, peers=[station_a.node.listen_address])
    window_b = main_window(qtbot, station_b)
    qtbot.waitUntil(lambda: window_b.status is not None and bool(window_b.status.peers), timeout=WAIT)
    assert not window_b.admission_label.isHidden()
    assert not window_b.registration_button.isEnabled()
    assert window_b.authority_box.isHidden()

    # The authority admits it from the stations that wait.
    def pick_first(dialog: AdmitDialog) -> int:
        dialog.waiting.setCurrentRow(0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AdmitDialog, "exec", pick_first)
    qtbot.waitUntil(lambda: window_a.status is not None and bool(window_a.status.peers), timeout=WAIT)
    window_a.ask_admit()
    qtbot.waitUntil(lambda: window_b.status is not None and window_b.status.admitted, timeout=WAIT)
    assert window_b.admission_label.isHidden()
    assert "Desk 2" in window_a.status_labels["peers"].text()

    # Both desks register voters back to back; voters vote with keys at one booth, clicks at the other.
    ids_a = register_at_desk(qtbot, window_a, 3)
    ids_b = register_at_desk(qtbot, window_b, 3)
    results_a, results_b = window_a.open_results(), window_b.open_results()
    qtbot.waitUntil(lambda: station_b.node.call(station_b.node.tally).registered == 6,
                    timeout=WAIT)
    receipts = [
        vote_at_booth(qtbot, window_a, ids_a[0], 0, by_keys=True),
        vote_at_booth(qtbot, window_a, ids_b[0], 1, by_keys=True),
        vote_at_booth(qtbot, window_b, ids_a[1], 0, by_keys=False),
        vote_at_booth(qtbot, window_b, ids_b[1], 2, by_keys=False),
    ]
    assert not any(r.startswith("refused") for r in receipts), receipts
    expected = {"Alice": 2, "Bob": 1, "Carol": 1}
    qtbot.waitUntil(lambda: results_a.counts() == expected and results_b.counts() == expected, timeout=WAIT)
    assert "Registered 6 · Voted 4" in results_a.turnout_label.text()
    assert "Registered 6 · Voted 4" in results_b.turnout_label.text()

    # A voter cannot vote twice, not even at the other station.
    assert vote_at_booth(qtbot, window_b, ids_a[0], 1, by_keys=True) == "refused: Already voted"

    # The authority closes the election; a late vote is refused and nothing changes.
    monkeypatch.setattr(MainWindow, "confirm", lambda self, title, text: True)
    window_a.ask_close()
    qtbot.waitUntil(lambda: station_b.node.call(station_b.node.tally).closed, timeout=WAIT)
    assert vote_at_booth(qtbot, window_b, ids_a[2], 0, by_keys=True) == "refused: The election is closed"
    qtbot.waitUntil(lambda: results_b.latest is not None and results_b.latest.closed, timeout=WAIT)
    assert results_a.counts() == expected and results_b.counts() == expected
    qtbot.waitUntil(lambda: not window_a.close_button.isEnabled(), timeout=WAIT)
