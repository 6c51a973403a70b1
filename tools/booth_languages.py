"""Handbook pictures of the booth in each voter language: its first page and its ballot page, in French,
Spanish and Arabic (``booth-lang-<code>-entry.png``, ``booth-lang-<code>-ballot.png``).

    python -m tools.booth_languages docs/screenshots

Grabs of the real booth window on a real X display (its own Xvfb + openbox, 1366×768, ``tests/xdisplay.py``),
at the size the app gives it, with the window manager's frame: a secret election on one station, a registered
voter who picks the language on the first page, then enters the voter ID and chooses an option.
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from tests.xdisplay import use_in_this_process, x_display
from votingapp.election.setup import create_election
from votingapp.gui.ballot_flow import BallotFlow
from votingapp.gui.ballot_window import BallotWindow
from votingapp.gui.election_info import election_info
from votingapp.gui.station import Station
from votingapp.gui.translations import LANGUAGES, use_language
from votingapp.node.options import NodeOptions
from votingapp.store.datadir import DataDir

SCREEN = (1366, 768)
LANGUAGE_CODES = [code for code in LANGUAGES if code != "en"]
TITLE = "Board of the Riverside Gardening Association"
OPTIONS = ["Alice Martin", "Bob Nguyen", "Carol Haddad"]
TIMEOUT = 60.0


class Grabber:
    def __init__(self, out: Path) -> None:
        self.out = out
        existing = QApplication.instance()
        self.app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
        self.saved: list[Path] = []

    def settle(self, seconds: float = 0.3) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.01)

    def until(self, predicate: Callable[[], object], what: str) -> None:
        deadline = time.monotonic() + TIMEOUT
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError(f"not in time: {what}")
            self.app.processEvents()
            time.sleep(0.01)

    def shoot(self, window: QWidget, name: str) -> None:
        """The window as a person sees it: shown, framed by the window manager, cut from the screen."""
        window.show()
        window.raise_()
        window.activateWindow()
        self.until(lambda: window.windowHandle() is not None and window.windowHandle().isExposed()
                   and window.frameGeometry() != window.geometry(), f"the window manager to frame {name}")
        self.settle(0.5)
        screen = window.screen() or QGuiApplication.primaryScreen()
        frame = window.frameGeometry().intersected(screen.geometry())
        path = self.out / f"{name}.png"
        screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(str(path))
        self.saved.append(path)


def on_page(flow: BallotFlow, name: str) -> bool:
    return flow.page_name() == name


def replaced(booth: BallotWindow, flow: BallotFlow) -> bool:
    return booth.flow is not flow


def shoot_booth(out: Path) -> list[Path]:
    grab = Grabber(out)
    use_language(grab.app, "en")  # the station's language; each voter picks theirs on the first page
    with tempfile.TemporaryDirectory(prefix="votingapp-languages-") as tmp:
        data_dir = DataDir(Path(tmp) / "desk")
        create_election(data_dir, TITLE, OPTIONS, [], difficulty=8, name="Desk 1", ballot="secret")
        station = Station(data_dir, NodeOptions(listen_host="127.0.0.1", listen_port=0, discovery=False,
                                                control=False))
        station.start_blocking()
        try:
            node = station.node

            def ceremony_done() -> bool:
                progress = node.call(node.status).ceremony_progress
                return progress is not None and progress.stage == "complete"

            grab.until(ceremony_done, "the key ceremony")
            voter_id, _ = node.call(node.register)
            booth = BallotWindow(station.bridge, node.call(lambda: election_info(node)))
            for code in LANGUAGE_CODES:
                flow = booth.flow
                assert flow is not None and flow.choose_language(code)
                grab.shoot(booth, f"booth-lang-{code}-entry")
                flow.enter_voter_id(voter_id)
                grab.until(functools.partial(on_page, flow, "choice"), "the ballot page")
                flow.select_option(1)
                grab.shoot(booth, f"booth-lang-{code}-ballot")
                old = flow
                old.finish()  # the next voter: the booth back in the station's language
                grab.until(functools.partial(replaced, booth, old), "the next voter's booth")
            booth.close()
            grab.settle()
        finally:
            station.stop()
    return grab.saved


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.booth_languages", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the folder to write the PNG files to")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with x_display(*SCREEN) as env:
        use_in_this_process(env)
        saved = shoot_booth(args.out)
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
