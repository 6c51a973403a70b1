"""``python -m tests.display.walk_windows RESULT.json [SHOTS_DIR]``: open every window and page of the app on the
display it is given (a real X display in the tests), check each one with :mod:`tests.display.fit` and write the
problems found, per scene, as JSON. With SHOTS_DIR, a grab of the whole screen per scene too.

One polling day in one process: a secret ballot with an authority (Desk 1) and an admitted trustee (Desk 2)
on 127.0.0.1, and a station that waits for admission (Desk 3); the wizard's pages; the desk; the booth from
the voter ID to the receipt (with a check of the machine) and a refusal; the kiosk; the results sealed and
decrypted; the explorer; the admit dialog and the confirmations. Windows are shown at the size the app gives
them, never resized here.
"""

from __future__ import annotations

import functools
import json
import logging
import random
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QScrollArea, QWidget

from tests.display.fit import fit_problems, mnemonic_problems
from votingapp.core.manifest import Station
from votingapp.election.setup import create_election, existing_election, record_genesis
from votingapp.gui.admit_dialog import AdmitDialog
from votingapp.gui.app import application, qt_message_to_log
from votingapp.gui.election_info import election_info
from votingapp.gui.garbage_collector import MainThreadGarbageCollector
from votingapp.gui.kiosk import CodeDialog
from votingapp.gui.main_window import MainWindow
from votingapp.gui.station import Station as AppStation
from votingapp.gui.wizard import SetupWizard
from votingapp.gui.worker_thread import stop_all
from votingapp.node.facade import Node
from votingapp.node.lan import PROTOCOL_VERSION, StationAdvert
from votingapp.node.options import NodeOptions
from votingapp.store.datadir import DataDir

TITLE = "Neighbourhood budget 2026"
# Option names as a town writes them: short ones and one long one that has to wrap or get room somewhere.
OPTIONS = ["Community garden", "New playground", "Library extension", "Bike lanes",
           "Repairs to the old swimming pool on Mill Road"]
DESK1, DESK2, DESK3 = "Desk 1 — town hall", "Desk 2 — gym entrance", "Desk 3 — school hall"
TIMEOUT = 30.0
SETTLE_S = 0.15


def _options(peers: list[tuple[str, int]] | None = None) -> NodeOptions:
    return NodeOptions(listen_host="127.0.0.1", listen_port=0, peers=peers or [], discovery=False, control=False)


class Walker:
    """Shows windows one scene at a time and records what does not fit."""

    def __init__(self, shots: Path | None) -> None:
        self.app = application()
        self.shots = shots
        self.results: list[dict[str, object]] = []

    def settle(self, seconds: float = SETTLE_S) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.01)

    def until(self, predicate: Callable[[], object], what: str, timeout: float = TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError(f"the polling day did not get there in time: {what}")
            self.app.processEvents()
            time.sleep(0.01)

    def look(self, window: QWidget, scene: str, mnemonics: bool = True) -> None:
        """Check one window as shown now (showing it first if it is not)."""
        if not window.isVisible():
            window.show()
        QTest.qWaitForWindowExposed(window, 5000)
        deadline = time.monotonic() + 10  # a dialog gets its size as it is shown (slowly on a busy machine)
        while (window.width() < 2 or window.height() < 2 or window.frameGeometry().width() < 2
               or window.frameGeometry().height() < 2) and time.monotonic() < deadline:
            self.settle(0.02)
        self.settle()
        problems = fit_problems(window)
        if mnemonics:
            window.raise_()
            window.activateWindow()
            QTest.qWaitForWindowActive(window, 3000)
            problems += mnemonic_problems(window)
        if self.shots is not None:
            screen = window.screen()
            screen.grabWindow(0).save(str(self.shots / f"{len(self.results):02d}-{scene}.png"))
        self.results.append({"scene": scene, "window": window.windowTitle(), "problems": problems})

    # -- the scenes
    def wizard(self, base: Path) -> None:
        wizard = SetupWizard(DataDir(base / "new-station"))
        wizard.show()
        self.look(wizard, "wizard-start")
        wizard.start_page.name_edit.setText(DESK1)
        wizard.next()
        page = wizard.create_page
        page.title_edit.setText(TITLE)
        page.options_edit.setPlainText("\n".join(OPTIONS))
        for i, name in enumerate((DESK2, DESK3)):
            page._station_found(StationAdvert(f"{name} {i}._votingapp._tcp.local.", None, bytes([i + 1]) * 32, name,
                                              PROTOCOL_VERSION, 0, "", (f"192.168.1.{10 + i}",), 47321))
        self.look(wizard, "wizard-create")
        checked = page.stations.item(0).checkState()
        page.stations.item(1).setCheckState(checked)
        page.stations.item(2).setCheckState(checked)
        scroll = page.findChild(QScrollArea)
        if scroll is not None:
            scroll.ensureWidgetVisible(page.secret_box, 0, 0)
        self.look(wizard, "wizard-create-secret")
        summary = getattr(wizard, "summary_page", None)
        if summary is not None:
            wizard.next()
            self.until(lambda: wizard.currentPage() is summary, "the wizard's summary")
            self.look(wizard, "wizard-summary")
            wizard.back()
        wizard.back()
        wizard.start_page.join_lan_choice.setChecked(True)
        wizard.next()
        self.look(wizard, "wizard-join-empty")
        wizard.join_lan_page.add_election(StationAdvert(
            "Desk 1._votingapp._tcp.local.", bytes.fromhex("5e" * 32), b"\x07" * 32, DESK1,
            PROTOCOL_VERSION, 42, TITLE, ("192.168.1.10",), 47321))
        wizard.join_lan_page.elections.setCurrentRow(wizard.join_lan_page.elections.count() - 1)
        self.look(wizard, "wizard-join-lan")
        wizard.back()
        wizard.start_page.join_file_choice.setChecked(True)
        wizard.next()
        self.look(wizard, "wizard-join-file")
        wizard.reject()
        wizard.deleteLater()

    def message_box(self, box: QMessageBox | QDialog, scene: str) -> None:
        box.open()
        self.look(box, scene)
        box.reject()
        self.settle(0.05)

    def polling_day(self, base: Path) -> None:
        desk1, desk2, desk3 = DataDir(base / "desk1"), DataDir(base / "desk2"), DataDir(base / "desk3")
        create_election(desk1, TITLE, OPTIONS, [Station(desk2.station_key().public, DESK2)], difficulty=8,
                        name=DESK1, ballot="secret")
        genesis = existing_election(desk1)
        assert genesis is not None
        record_genesis(desk2, genesis, DESK2)
        record_genesis(desk3, genesis, DESK3)  # not admitted: waits for the authority
        stations: list[AppStation] = []
        try:
            a = AppStation(desk1, _options())
            a.start_blocking()
            stations.append(a)
            assert a.node.listen_address is not None
            b = AppStation(desk2, _options([a.node.listen_address]))
            b.start_blocking()
            stations.append(b)
            c = AppStation(desk3, _options([a.node.listen_address]))
            c.start_blocking()
            stations.append(c)
            self._day(a, b, c)
        finally:
            for station in reversed(stations):
                station.stop()

    def _day(self, a: AppStation, b: AppStation, c: AppStation) -> None:
        node_a, node_b, node_c = a.node, b.node, c.node
        main_a = MainWindow(a, node_a.call(lambda: election_info(node_a)))
        main_b = MainWindow(b, node_b.call(lambda: election_info(node_b)))
        main_c = MainWindow(c, node_c.call(lambda: election_info(node_c)))
        for main in (main_a, main_b, main_c):
            main.show()
        self.until(lambda: _ceremony_complete(node_a) and _ceremony_complete(node_b), "the key ceremony")
        ids = [node_a.call(node_a.register)[0] if i % 2 else node_b.call(node_b.register)[0] for i in range(12)]
        self.until(lambda: node_a.call(node_a.tally).registered == len(ids), "the registrations")
        rng = random.Random(2026)
        for voter_id in ids[:8]:
            node = node_a if rng.random() < 0.5 else node_b
            node.call(functools.partial(node.vote, voter_id, rng.choice(OPTIONS)))
        self.until(lambda: node_a.call(node_a.tally).voted == 8, "the ballots")
        self.until(lambda: main_c.status is not None and bool(main_c.status.peers), "the waiting station's peers")
        self.until(lambda: main_a.status is not None and main_a.status.voted == 8
                   and len(main_a.status.peers) == 2, "the authority's status")
        self.look(main_a, "main-authority-open")
        self.look(main_b, "main-station")
        self.look(main_c, "main-waiting")
        main_c.hide()

        waiting = node_a.call(node_a.waiting_stations)
        admit = AdmitDialog(waiting, main_a)
        if waiting:
            admit.waiting.setCurrentRow(0)
        self.message_box(admit, "admit-dialog")
        self.message_box(CodeDialog(main_a, confirm=True), "kiosk-code")
        for name in ("close_question", "quit_question"):
            make = getattr(main_a, name, None)
            if make is not None:
                self.message_box(make(), f"confirm-{name.replace('_question', '')}")

        self.closing_asks(main_b)

        desk = main_b.open_registration()
        desk.register_button.click()
        self.until(lambda: bool(desk.voter_id_label.text()), "a voter ID at the desk")
        self.look(desk, "desk")
        desk.close()
        main_b.hide()

        self.booth(main_a, ids[8:])
        self.kiosk(main_a, ids[10])

        results = main_a.open_results()
        self.until(lambda: results.latest is not None and results.latest.voted == 9, "the turnout")
        self.look(results, "results-sealed")
        explorer = main_a.open_explorer()
        self.until(lambda: explorer.blocks.rowCount() > 0, "the explorer's blocks")
        explorer.select_height(node_a.call(node_a.height))
        self.until(lambda: explorer.txs.rowCount() > 0, "the explorer's transactions")
        explorer.txs.selectRow(0)
        self.until(lambda: bool(explorer.detail.toPlainText()), "a transaction's detail")
        self.look(explorer, "explorer")
        explorer.close()

        main_a.close_election()
        self.until(lambda: results.latest is not None and results.latest.results is not None, "the decrypted result")
        self.look(results, "results-decrypted")
        results.close()
        self.until(lambda: main_a.status is not None and main_a.status.closed, "the closed election")
        self.look(main_a, "main-authority-closed")
        for main in (main_a, main_b, main_c):
            main.close()
        self.settle()

    def closing_asks(self, main: MainWindow) -> None:
        """Alt+F4 through the X server and the window manager: the station asks, and Return keeps it running."""
        problems: list[str] = []
        asked: list[str] = []

        def answer() -> None:  # runs inside the question's own event loop
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox) and box.isVisible() and not asked:
                default = box.defaultButton()
                asked.append(box.text())
                if default is None or box.buttonRole(default) == QMessageBox.ButtonRole.AcceptRole:
                    problems.append(f"the question «{box.text()}» has the risky answer as its default")
                QTest.keyClick(box, Qt.Key.Key_Return)

        answerer = QTimer()
        answerer.setInterval(50)
        answerer.timeout.connect(answer)
        answerer.start()
        main.raise_()
        main.activateWindow()
        QTest.qWaitForWindowActive(main, 3000)
        window = str(int(main.winId()))
        for _ in range(3):  # the window manager may not have taken the window yet
            if subprocess.run(["xdotool", "windowactivate", "--sync", window], timeout=10, check=False,
                              capture_output=True).returncode == 0:
                break
            self.settle(0.3)
        else:
            subprocess.run(["xdotool", "windowfocus", "--sync", window], timeout=10, check=True, capture_output=True)
        self.until(main.isActiveWindow, "the main window's focus", 5)
        active = ""
        for _ in range(3):  # again if the key press came before the window manager gave the window the focus
            subprocess.run(["xdotool", "windowactivate", "--sync", window], timeout=10, check=False,
                           capture_output=True)
            self.settle(0.1)
            active = subprocess.run(["xdotool", "getactivewindow"], timeout=10, check=False, capture_output=True,
                                    text=True).stdout.strip()
            subprocess.run(["xdotool", "key", "--clearmodifiers", "alt+F4"], check=True, timeout=10)
            deadline = time.monotonic() + 3
            while not asked and main.isVisible() and time.monotonic() < deadline:
                self.settle(0.05)
            if asked or not main.isVisible():
                break
        self.settle(0.2)
        answerer.stop()
        if not asked:
            problems.append("Alt+F4 closed the station without a question" if not main.isVisible()
                            else f"Alt+F4 asked nothing (active X window {active}, the station's {window})")
        elif not main.isVisible():
            problems.append("Return on the question stopped the station")
        self.results.append({"scene": "check-closing-the-station-asks", "window": main.windowTitle(),
                             "problems": problems})

    def booth(self, main: MainWindow, spare: list[str]) -> None:
        booth = main.open_ballot()
        flow = booth.flow
        assert flow is not None
        self.look(booth, "booth-entry")
        flow.id_edit.setText(spare[0])
        flow.continue_button.click()
        self.until(lambda: flow.pages.currentWidget() is flow.choice_page, "the ballot")
        self.look(booth, "booth-choice")
        flow.option_buttons[len(OPTIONS) - 1].setChecked(True)
        flow.review_button.click()
        self.until(lambda: flow.pages.currentWidget() is flow.review_page, "the review")
        self.look(booth, "booth-review")
        flow.cast_button.click()
        self.until(lambda: flow.pages.currentWidget() in (flow.cast_or_check_page, flow.refusal_page), "the code")
        self.look(booth, "booth-cast-or-check")
        flow.check_button.click()
        self.until(lambda: flow.pages.currentWidget() is flow.opened_page, "the opened ballot")
        self.look(booth, "booth-opened")
        flow.vote_again_button.click()
        self.until(lambda: flow.pages.currentWidget() is not flow.opened_page, "back to the ballot")
        if flow.pages.currentWidget() is flow.choice_page:
            flow.review_button.click()
        self.until(lambda: flow.pages.currentWidget() is flow.review_page, "the review again")
        flow.cast_button.click()
        self.until(lambda: flow.pages.currentWidget() is flow.cast_or_check_page, "the tracking code again")
        flow.cast_ballot_button.click()
        self.until(lambda: flow.pages.currentWidget() is flow.receipt_page, "the receipt")
        self.look(booth, "booth-receipt")
        booth.reset()
        again = booth.flow
        assert again is not None
        again.id_edit.setText(spare[0])
        again.continue_button.click()
        self.until(lambda: again.pages.currentWidget() is again.refusal_page, "the refusal of a second vote")
        self.look(booth, "booth-refused")
        booth.close()

    def kiosk(self, main: MainWindow, voter_id: str) -> None:
        kiosk = main.start_kiosk("2468")
        flow = kiosk.flow
        assert flow is not None
        self.look(kiosk, "kiosk-entry", mnemonics=False)
        flow.id_edit.setText(voter_id)
        flow.continue_button.click()
        self.until(lambda: flow.pages.currentWidget() is flow.choice_page, "the kiosk's ballot")
        self.look(kiosk, "kiosk-choice", mnemonics=False)
        kiosk.unlock("2468")
        self.settle(0.05)


def _ceremony_complete(node: Node) -> bool:
    progress = node.call(node.status).ceremony_progress
    return progress is not None and progress.stage == "complete"


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    shots = Path(argv[1]) if len(argv) > 1 else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    walker = Walker(shots)
    qInstallMessageHandler(qt_message_to_log)
    logging.getLogger("qt").setLevel(logging.ERROR)
    collector = MainThreadGarbageCollector()
    collector.start()
    error = ""
    try:
        with tempfile.TemporaryDirectory(prefix="votingapp-walk-") as tmp:
            walker.wizard(Path(tmp))
            walker.polling_day(Path(tmp))
    except Exception:
        error = traceback.format_exc()
    finally:
        stop_all()
        collector.stop()
    screen = walker.app.primaryScreen()
    out.write_text(json.dumps({
        "screen": [screen.size().width(), screen.size().height()],
        "dpi": screen.logicalDotsPerInch(),
        "scenes": walker.results,
        "error": error,
    }, indent=1, ensure_ascii=False), encoding="utf-8")
    return 1 if error else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
