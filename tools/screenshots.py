"""``python -m tools.screenshots OUTDIR``, from the repository's root: every window, with a realistic
election, as PNG files (``python -m tools.screenshots docs/screenshots/`` renews the README's pictures).

A developer tool, not part of the app.  Two stations run in this process on 127.0.0.1 (temporary data
dirs, no discovery, low difficulty); voters register and vote, and each window is drawn off screen with
``QWidget.grab()``.
"""

from __future__ import annotations

import argparse
import functools
import logging
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from votingapp.core.manifest import Station
from votingapp.election.setup import create_election, existing_election, record_genesis
from votingapp.gui.app import qt_message_to_log
from votingapp.gui.ballot_flow import BallotFlow
from votingapp.gui.ballot_window import BallotWindow
from votingapp.gui.election_info import election_info
from votingapp.gui.garbage_collector import MainThreadGarbageCollector
from votingapp.gui.main_window import MainWindow
from votingapp.gui.slip import Slip, slip_image
from votingapp.gui.station import Station as AppStation
from votingapp.gui.wizard import SetupWizard
from votingapp.gui.worker_thread import stop_all
from votingapp.node.lan import PROTOCOL_VERSION, StationAdvert
from votingapp.node.options import NodeOptions
from votingapp.store.datadir import DataDir

TITLE = "Neighbourhood budget 2026"
OPTIONS = ["Community garden", "New playground", "Library extension", "Bike lanes"]
VOTES = {"Community garden": 14, "New playground": 9, "Library extension": 11, "Bike lanes": 5}
SIZE = (1100, 720)


def _options(peers: list[tuple[str, int]] | None = None) -> NodeOptions:
    return NodeOptions(listen_host="127.0.0.1", listen_port=0, peers=peers or [], discovery=False, control=False)


class Shooter:
    """Draws windows to PNG files, letting Qt process events (and the nodes answer) in between."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.app = QApplication.instance() or QApplication([sys.argv[0]])
        self.saved: list[Path] = []

    def settle(self, seconds: float = 0.3) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.01)

    def until(self, predicate: Callable[[], object], timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError("the example election did not get there in time")
            self.app.processEvents()
            time.sleep(0.01)

    def shoot(self, widget: QWidget, name: str, size: tuple[int, int] | None = SIZE) -> None:
        if size is not None:
            widget.resize(*size)
        widget.show()
        self.settle()
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)


def _setup_election(base: Path) -> tuple[DataDir, DataDir]:
    desk1, desk2 = DataDir(base / "desk1"), DataDir(base / "desk2")
    key2 = desk2.station_key().public
    create_election(desk1, TITLE, OPTIONS, [Station(key2, "Desk 2 — gym entrance")], difficulty=8,
                    name="Desk 1 — town hall")
    genesis = existing_election(desk1)
    assert genesis is not None
    record_genesis(desk2, genesis, "Desk 2 — gym entrance")
    return desk1, desk2


def _wizards(shot: Shooter, base: Path) -> None:
    wizard = SetupWizard(DataDir(base / "new-station"))
    wizard.start_page.name_edit.setText("Desk 1 — town hall")
    shot.shoot(wizard, "wizard-start", (760, 560))
    wizard.next()
    page = wizard.create_page
    page.title_edit.setText(TITLE)
    page.options_edit.setPlainText("\n".join(OPTIONS))
    for i, name in enumerate(("Desk 2 — gym entrance", "Desk 3 — school hall")):
        page._station_found(StationAdvert(f"{name} {i}._votingapp._tcp.local.", None, bytes([i + 1]) * 32, name,
                                          PROTOCOL_VERSION, 0, "", (f"192.168.1.{10 + i}",), 47321))
    page.stations.item(1).setCheckState(page.stations.item(0).checkState())
    page.advanced.setChecked(True)
    shot.shoot(wizard, "wizard-create", (760, 640))
    wizard.back()
    wizard.start_page.join_lan_choice.setChecked(True)
    wizard.next()
    wizard.join_lan_page.add_election(StationAdvert(
        "Desk 1._votingapp._tcp.local.", bytes.fromhex("5e" * 32), b"\x07" * 32, "Desk 1 — town hall",
        PROTOCOL_VERSION, 42, TITLE, ("192.168.1.10",), 47321))
    wizard.join_lan_page.elections.setCurrentRow(1)
    shot.shoot(wizard, "wizard-join", (760, 520))
    wizard.reject()


def _flow(booth: BallotWindow) -> BallotFlow:
    flow = booth.flow
    assert flow is not None  # a booth shows its flow from the start
    return flow


def _ballot_pages(shot: Shooter, main: MainWindow, voter_ids: list[str]) -> None:
    booth = main.open_ballot()
    flow = _flow(booth)
    flow.id_edit.setText(voter_ids[0][:19])
    shot.shoot(booth, "ballot-entry", (900, 560))
    flow.id_edit.setText(voter_ids[0])
    flow.continue_button.click()
    shot.until(lambda: flow.pages.currentWidget() is flow.choice_page)
    flow.option_buttons[2].setChecked(True)
    shot.shoot(booth, "ballot-choice", (900, 560))
    flow.review_button.click()
    shot.shoot(booth, "ballot-review", (900, 560))
    flow.cast_button.click()
    shot.until(lambda: flow.pages.currentWidget() is flow.receipt_page)
    flow._countdown.stop()
    shot.shoot(booth, "ballot-receipt", (900, 620))
    booth.reset()
    again = _flow(booth)
    again.id_edit.setText(voter_ids[0])
    again.continue_button.click()
    shot.until(lambda: again.pages.currentWidget() is again.refusal_page)
    shot.shoot(booth, "ballot-refused", (900, 560))
    booth.close()


def render(out: Path) -> list[Path]:
    """Render every window to ``out``; the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    shot = Shooter(out)
    qInstallMessageHandler(qt_message_to_log)
    logging.getLogger("qt").setLevel(logging.ERROR)  # off screen, Qt warns about window features it lacks
    collector = MainThreadGarbageCollector()
    collector.start()
    stations: list[AppStation] = []
    with tempfile.TemporaryDirectory(prefix="votingapp-screenshots-") as tmp:
        base = Path(tmp)
        try:
            _wizards(shot, base)
            desk1, desk2 = _setup_election(base)
            a = AppStation(desk1, _options())
            a.start_blocking()
            stations.append(a)
            assert a.node.listen_address is not None
            b = AppStation(desk2, _options([a.node.listen_address]))
            b.start_blocking()
            stations.append(b)
            node_a, node_b = a.node, b.node
            info_a = node_a.call(lambda: election_info(node_a))
            info_b = node_b.call(lambda: election_info(node_b))
            rng = random.Random(2026)
            ballots = [choice for choice, n in VOTES.items() for _ in range(n)]
            rng.shuffle(ballots)
            ids = [node_a.call(node_a.register)[0] if i % 2 else node_b.call(node_b.register)[0]
                   for i in range(len(ballots) + 8)]
            shot.until(lambda: node_b.call(node_b.tally).registered == len(ids))
            for voter_id, choice in zip(ids, ballots):
                node = node_a if rng.random() < 0.5 else node_b
                node.call(functools.partial(node.vote, voter_id, choice))
            shot.until(lambda: node_a.call(node_a.tally).voted == len(ballots))
            spare = ids[len(ballots):]

            main_a = MainWindow(a, info_a)
            main_b = MainWindow(b, info_b)
            shot.until(lambda: main_a.status is not None and bool(main_a.status.peers))
            shot.until(lambda: main_b.status is not None and bool(main_b.status.peers))
            shot.shoot(main_a, "main-window-authority", (760, 620))
            shot.shoot(main_b, "main-window-station", (760, 560))

            desk = main_b.open_registration()
            for _ in range(3):
                desk.register_button.click()
                shot.settle(0.2)
            shot.until(lambda: desk.registrations == 3)
            shot.until(lambda: "waiting" not in desk.count_label.text())
            shot.shoot(desk, "registration", (900, 860))
            voter_id = desk.voter_id_label.text()
            slip_image(Slip(voter_id, TITLE, info_b.station_name, info_b.election_fingerprint)).save(
                str(out / "slip.png"))
            shot.saved.append(out / "slip.png")
            desk.close()

            _ballot_pages(shot, main_a, spare)

            results = main_a.open_results()
            shot.until(lambda: results.latest is not None and results.latest.voted == len(ballots) + 1)
            results.verify_everything()
            shot.until(results.verify_button.isEnabled)

            def newest_txid() -> str:  # on the node's thread
                return node_a.block_transactions(node_a.height())[0].txid

            results.receipt_edit.setText(node_a.call(newest_txid))
            results.check_receipt()
            shot.until(lambda: bool(results.receipt_label.text()))
            shot.shoot(results, "results")

            explorer = main_a.open_explorer()
            shot.until(lambda: explorer.blocks.rowCount() > 0)
            cells = [explorer.blocks.item(r, 3) for r in range(explorer.blocks.rowCount())]
            counts = [int(cell.text()) if cell is not None else 0 for cell in cells]
            explorer.blocks.selectRow(counts.index(max(counts)))
            shot.until(lambda: explorer.txs.rowCount() > 0)
            explorer.txs.selectRow(explorer.txs.rowCount() - 1)
            shot.until(lambda: bool(explorer.detail.toPlainText()))
            shot.shoot(explorer, "explorer", (1200, 620))

            kiosk = main_a.start_kiosk("2468")
            assert kiosk.flow is not None
            kiosk.flow.id_edit.setText(spare[1][:9])
            shot.shoot(kiosk, "kiosk", None)
            kiosk.unlock("2468")
            main_a.close()
            main_b.close()
            shot.settle()
        finally:
            for station in reversed(stations):
                station.stop()
            stop_all()
            collector.stop()
    return shot.saved


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots", description=__doc__)
    parser.add_argument("out", type=Path, help="the folder to write the PNG files to")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in render(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
