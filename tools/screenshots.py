"""``python -m tools.screenshots OUTDIR``, from the repository's root: every window, with a realistic
secret-ballot election, as PNG files (``python -m tools.screenshots docs/screenshots/`` renews the pictures
of the README and of ``docs/handbook.md``).

A developer tool, not part of the app.  Two stations run in this process on 127.0.0.1 (temporary data
dirs, no discovery, low difficulty), both trustees of a secret ballot (2 of 2 decrypt): the key ceremony
runs, voters register and vote, a voter checks the booth (cast or check), the authority closes the
election and the trustees decrypt the result.

The pictures are grabs of real windows: the tool starts its own X server (Xvfb, 1366×768 like a common
laptop, with the openbox window manager; ``tests/xdisplay.py``), Qt draws on it with its xcb platform, and
each window is shown at the size the app gives it (never resized here), raised, and cut from the screen
with the window manager's frame and title bar, as a person sees it.  ``--size 1920x1080`` picks another
screen; ``--this-display`` uses the display in ``$DISPLAY`` instead (a developer's own desktop).  The paper
(the voter's slip, the zero and results reports) is drawn as printed: the slip's image and the reports'
PDF pages (``pdftoppm``).
"""

from __future__ import annotations

import argparse
import functools
import logging
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tests.xdisplay import use_in_this_process, x_display
from votingapp.core.manifest import Station
from votingapp.election.report import report_of_data_dir
from votingapp.election.setup import create_election, existing_election, record_genesis
from votingapp.gui.admit_dialog import AdmitDialog
from votingapp.gui.app import qt_message_to_log
from votingapp.gui.ballot_flow import BallotFlow
from votingapp.gui.ballot_window import BallotWindow
from votingapp.gui.election_info import election_info
from votingapp.gui.garbage_collector import MainThreadGarbageCollector
from votingapp.gui.main_window import MainWindow
from votingapp.gui.registration_window import RegistrationWindow
from votingapp.gui.reports import write_report_pdf
from votingapp.gui.slip import Slip, slip_image
from votingapp.gui.station import Station as AppStation
from votingapp.gui.wizard import SetupWizard
from votingapp.gui.worker_thread import stop_all
from votingapp.node.facade import Node
from votingapp.node.lan import PROTOCOL_VERSION, StationAdvert
from votingapp.node.options import NodeOptions
from votingapp.node.queries import WaitingStation
from votingapp.store.datadir import DataDir

TITLE = "Neighbourhood budget 2026"
OPTIONS = ["Community garden", "New playground", "Library extension", "Bike lanes"]
VOTES = {"Community garden": 14, "New playground": 9, "Library extension": 11, "Bike lanes": 5}
DESK1, DESK2 = "Desk 1 — town hall", "Desk 2 — gym entrance"
BOOTH_CHOICE = 2  # the booth's voter: "Library extension"
SCREEN = (1366, 768)  # the X screen: a common laptop's
TIMEOUT = 30.0
FRAME_TIMEOUT = 5.0  # for the window manager to frame a window just shown
DESK_PAUSE_S = 2.0  # between two voters at the desk
REPORT_DPI = 60  # the reports' PDF pages as pictures: A4 at 60 dpi is about 500×700 px


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

    def until(self, predicate: Callable[[], object], what: str, timeout: float = TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError(f"the example election did not get there in time: {what}")
            self.app.processEvents()
            time.sleep(0.01)

    def shoot(self, widget: QWidget, name: str) -> None:
        """The window at the size the app gives it (never resized here), raised and cut from the screen with
        the window manager's frame, as a person sees it."""
        widget.show()
        widget.raise_()
        widget.activateWindow()
        self.settle()
        handle = widget.windowHandle()
        framed = widget.isFullScreen() or widget.frameGeometry() != widget.geometry()
        deadline = time.monotonic() + FRAME_TIMEOUT
        while not (handle is not None and handle.isExposed() and framed):  # the window manager takes a moment
            if time.monotonic() > deadline:
                raise TimeoutError(f"the window manager did not show and frame the window for {name}")
            self.settle(0.05)
            handle = widget.windowHandle()
            framed = widget.isFullScreen() or widget.frameGeometry() != widget.geometry()
        self.settle(0.3)
        screen = widget.screen() or QGuiApplication.primaryScreen()
        frame = widget.frameGeometry().intersected(screen.geometry())  # what is off screen, no one sees
        path = self.out / f"{name}.png"
        screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(str(path))
        self.saved.append(path)

    def paper(self, pdf: Path, name: str) -> None:
        """The first page of a PDF as a picture (``pdftoppm``)."""
        stem = self.out / name
        subprocess.run(["pdftoppm", "-png", "-r", str(REPORT_DPI), "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(stem)], check=True, timeout=60, capture_output=True)
        self.saved.append(stem.with_suffix(".png"))


def _setup_election(base: Path) -> tuple[DataDir, DataDir]:
    """A secret ballot; both stations are its trustees (the default), and both (a majority of 2) decrypt."""
    desk1, desk2 = DataDir(base / "desk1"), DataDir(base / "desk2")
    key2 = desk2.station_key().public
    create_election(desk1, TITLE, OPTIONS, [Station(key2, DESK2)], difficulty=8, name=DESK1, ballot="secret")
    genesis = existing_election(desk1)
    assert genesis is not None
    record_genesis(desk2, genesis, DESK2)
    return desk1, desk2


def _wizards(shot: Shooter, base: Path) -> None:
    wizard = SetupWizard(DataDir(base / "new-station"))
    wizard.start_page.name_edit.setText(DESK1)
    shot.shoot(wizard, "wizard-start")
    wizard.next()
    page = wizard.create_page
    page.title_edit.setText(TITLE)
    page.options_edit.setPlainText("\n".join(OPTIONS))
    for i, name in enumerate((DESK2, "Desk 3 — school hall")):
        page._station_found(StationAdvert(f"{name} {i}._votingapp._tcp.local.", None, bytes([i + 1]) * 32, name,
                                          PROTOCOL_VERSION, 0, "", (f"192.168.1.{10 + i}",), 47321))
    shot.shoot(wizard, "wizard-create")  # the stations found are not ticked yet: one trustee, and its warning
    checked = page.stations.item(0).checkState()
    page.stations.item(1).setCheckState(checked)
    page.stations.item(2).setCheckState(checked)
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(page.secret_box, 0, 0)
    shot.shoot(wizard, "wizard-secret")  # three trustees, 2 of them decrypt
    wizard.next()
    if wizard.currentPage() is not page:  # the summary before the election is made
        shot.shoot(wizard, "wizard-summary")
        wizard.back()
    wizard.back()
    wizard.start_page.join_lan_choice.setChecked(True)
    wizard.next()
    wizard.join_lan_page.add_election(StationAdvert(
        "Desk 1._votingapp._tcp.local.", bytes.fromhex("5e" * 32), b"\x07" * 32, DESK1,
        PROTOCOL_VERSION, 42, TITLE, ("192.168.1.10",), 47321))
    wizard.join_lan_page.elections.setCurrentRow(1)
    shot.shoot(wizard, "wizard-join")
    wizard.reject()


def _registered(desk: RegistrationWindow, count: int) -> bool:
    return desk.registrations == count


def _ceremony_complete(node: Node) -> bool:
    progress = node.call(node.status).ceremony_progress
    return progress is not None and progress.stage == "complete"


def _flow(booth: BallotWindow) -> BallotFlow:
    flow = booth.flow
    assert flow is not None  # a booth shows its flow from the start
    return flow


def _encrypt(shot: Shooter, flow: BallotFlow) -> None:
    """From the review to "cast or check"."""
    flow.cast_button.click()  # "Encrypt my choice"
    shot.until(lambda: flow.pages.currentWidget() in (flow.cast_or_check_page, flow.refusal_page),
               "the tracking code")
    assert flow.pages.currentWidget() is flow.cast_or_check_page, flow.refusal_label.text()


def _ballot_pages(shot: Shooter, main: MainWindow, voter_ids: list[str]) -> tuple[str, str]:
    """The booth from the voter ID to the receipt, with a check of the machine on the way; the opened ballot
    and the receipt."""
    booth = main.open_ballot()
    flow = _flow(booth)
    flow.id_edit.setText(voter_ids[0][:19])
    shot.shoot(booth, "ballot-entry")
    flow.id_edit.setText(voter_ids[0])
    flow.continue_button.click()
    shot.until(lambda: flow.pages.currentWidget() is flow.choice_page, "the ballot")
    flow.option_buttons[BOOTH_CHOICE].setChecked(True)
    shot.shoot(booth, "ballot-choice")
    flow.review_button.click()
    shot.shoot(booth, "ballot-review")
    _encrypt(shot, flow)
    shot.shoot(booth, "booth-cast-or-check")
    flow.check_button.click()
    shot.until(lambda: flow.pages.currentWidget() is flow.opened_page, "the opened ballot")
    opened = flow.opened_text.toPlainText()
    shot.shoot(booth, "booth-check")
    flow.vote_again_button.click()  # back to the choice, still made: a new ballot is encrypted
    flow.review_button.click()
    _encrypt(shot, flow)
    flow.cast_ballot_button.click()
    shot.until(lambda: flow.pages.currentWidget() is flow.receipt_page, "the receipt")
    flow._countdown.stop()
    receipt = "".join(flow.receipt_label.text().split())
    shot.shoot(booth, "ballot-receipt")
    booth.reset()
    again = _flow(booth)
    again.id_edit.setText(voter_ids[0])
    again.continue_button.click()
    shot.until(lambda: again.pages.currentWidget() is again.refusal_page, "the refusal of a second vote")
    shot.shoot(booth, "ballot-refused")
    booth.close()
    return opened, receipt


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
            main_a = MainWindow(a, info_a)
            main_b = MainWindow(b, info_b)
            main_a.show()  # as the app shows it once its station has started (its default size comes from then)
            main_b.show()
            shot.until(lambda: _ceremony_complete(node_a) and _ceremony_complete(node_b), "the key ceremony")
            zero = base / "report-zero.pdf"  # printed when the election opens: no ballot yet
            write_report_pdf(zero, report_of_data_dir(desk1, "zero", DESK1))
            shot.paper(zero, "report-zero")
            admit = AdmitDialog([WaitingStation("3c" * 32, "Desk 3 — school hall", "3c3c-91d0-7a2e-f415")], main_a)
            shot.shoot(admit, "admit-station")  # what the authority compares before admitting a station
            admit.reject()

            rng = random.Random(2026)
            ballots = [choice for choice, n in VOTES.items() for _ in range(n)]
            rng.shuffle(ballots)
            ids = [node_a.call(node_a.register)[0] if i % 2 else node_b.call(node_b.register)[0]
                   for i in range(len(ballots) + 8)]
            shot.until(lambda: node_a.call(node_a.tally).registered == len(ids)
                       == node_b.call(node_b.tally).registered, "the registrations")
            for voter_id, choice in zip(ids, ballots):
                node = node_a if rng.random() < 0.5 else node_b
                node.call(functools.partial(node.vote, voter_id, choice))
            shot.until(lambda: node_a.call(node_a.tally).voted == len(ballots), "the ballots")
            spare = ids[len(ballots):]

            shot.until(lambda: main_b.status is not None and bool(main_b.status.peers)
                       and main_b.status.voted == len(ballots), "the station's status")
            shot.shoot(main_b, "main-window-station")  # the ceremony complete, every ballot encrypted

            desk = main_b.open_registration()
            for n in range(1, 4):  # three voters, one after the other (a second press at once is a double press)
                shot.settle(DESK_PAUSE_S)
                desk.register_button.click()
                shot.until(functools.partial(_registered, desk, n), f"registration {n} at the desk")
            shot.until(lambda: "waiting" not in desk.count_label.text(), "the desk's registrations in a block")
            shot.shoot(desk, "registration")
            voter_id = desk.voter_id or ""  # the label shows it in two lines
            slip_image(Slip(voter_id, TITLE, info_b.station_name, info_b.election_fingerprint)).save(
                str(out / "slip.png"))
            shot.saved.append(out / "slip.png")
            desk.close()

            opened, receipt = _ballot_pages(shot, main_a, spare)
            voted = len(ballots) + 1

            results = main_a.open_results()
            shot.until(lambda: results.latest is not None and results.latest.voted == voted, "the turnout")
            results.receipt_edit.setText(receipt)  # the booth's voter checks the receipt
            results.check_receipt()
            shot.until(lambda: bool(results.receipt_label.text()), "the receipt check")
            results.ballot_edit.setPlainText(opened)
            results.check_ballot()
            shot.until(lambda: bool(results.ballot_label.text()), "the check of the opened ballot")
            shot.until(lambda: results.hidden_label.text().startswith("Sealed"), "the sealed result")
            shot.shoot(results, "results-sealed")

            explorer = main_a.open_explorer()
            shot.until(lambda: explorer.blocks.rowCount() > 0, "the explorer's blocks")

            def most_ballots() -> int:  # on the node's thread: the height of the block with the most ballots
                heights = range(1, node_a.height() + 1)
                return max(heights, key=lambda h: sum(tx.type == "ballot" for tx in node_a.block_transactions(h)))

            height = node_a.call(most_ballots)
            shot.until(lambda: explorer.select_height(height), "the block with the most ballots")
            shot.until(lambda: explorer.txs.rowCount() > 0, "the explorer's transactions")
            explorer.txs.selectRow(explorer.txs.rowCount() - 1)
            shot.until(lambda: bool(explorer.detail.toPlainText()), "a transaction's detail")
            shot.shoot(explorer, "explorer")
            explorer.close()

            kiosk = main_a.start_kiosk("2468")
            assert kiosk.flow is not None
            kiosk.flow.id_edit.setText(spare[1][:9])
            shot.shoot(kiosk, "kiosk")
            kiosk.unlock("2468")

            question = main_a.close_question()
            shot.shoot(question, "close-question")  # Cancel is the default: Return does not close
            question.reject()
            main_a.close_election()
            expected = dict(VOTES)
            expected[OPTIONS[BOOTH_CHOICE]] += 1
            shot.until(lambda: results.counts() == expected, "the decrypted result")
            results.verify_everything()
            shot.until(results.verify_button.isEnabled, "the full verification")
            shot.shoot(results, "results")
            shot.until(lambda: main_a.status is not None and main_a.status.closed
                       and main_a.status_labels["decryption"].text().startswith("decrypted"),
                       "the authority's status")
            shot.shoot(main_a, "main-window-authority")  # closed, decrypted by the trustees
            paper = base / "report-results.pdf"
            write_report_pdf(paper, report_of_data_dir(desk1, "results", DESK1))
            shot.paper(paper, "report-results")
            results.close()
            main_a.close()
            main_b.close()
            shot.settle()
        finally:
            for station in reversed(stations):
                station.stop()
            stop_all()
            collector.stop()
    return shot.saved


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a screen size is WIDTHxHEIGHT, like 1366x768, got {text!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the folder to write the PNG files to")
    parser.add_argument("--size", type=_size, default=SCREEN, metavar="WxH",
                        help="the X screen's size (default: %(default)s)")
    parser.add_argument("--this-display", action="store_true",
                        help="draw on the display in $DISPLAY instead of an X server of the tool's own")
    args = parser.parse_args(argv)
    if args.this_display:
        if not os.environ.get("DISPLAY"):
            parser.error("--this-display needs $DISPLAY")
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        paths = render(args.out)
    else:
        width, height = args.size
        with x_display(width, height) as env:
            use_in_this_process(env)
            paths = render(args.out)
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
