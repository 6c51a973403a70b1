"""A secret vote in the kiosk's audio ballot with real X keyboard events (xdotool) on a real display.

Runs in its own process (Qt's xcb platform on the display of ``DISPLAY``), started by
``test_booth_audio_display.py``; speech goes to the speech-dispatcher of ``SPEECHD_ADDRESS``:

    python -m tests.gui.booth_audio_probe --data-dir DIR --out result.json [--shot PNG]

The result: {"pages": [...], "spoken": [...], "receipt": hex, "voted": n, "located": type, "curtain": bool}.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from votingapp.election.setup import create_election
from votingapp.gui.election_info import election_info
from votingapp.gui.garbage_collector import MainThreadGarbageCollector
from votingapp.gui.kiosk import KioskWindow, UnlockCode
from votingapp.gui.station import Station
from votingapp.node.options import NodeOptions
from votingapp.store.datadir import DataDir

TIMEOUT_S = 30.0


def settle(seconds: float = 0.2) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def until(predicate: Callable[[], object], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if predicate():
            return
        time.sleep(0.01)
    raise TimeoutError(what)


def xdotool(*args: str) -> None:
    """Real key presses, through the X server, to the focused window."""
    subprocess.run(["xdotool", *args], check=True, timeout=30, capture_output=True)
    settle()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--shot", type=Path)
    args = parser.parse_args()
    QApplication(sys.argv)
    collector = MainThreadGarbageCollector()
    collector.start()
    data_dir = DataDir(args.data_dir)
    create_election(data_dir, "Board election", ["Alice", "Bob", "Carol"], [], difficulty=6, name="Desk 1",
                    ballot="secret")
    station = Station(data_dir, NodeOptions(listen_host="127.0.0.1", listen_port=0, discovery=False,
                                            control=False))
    station.start_blocking()
    node = station.node
    kiosk: KioskWindow | None = None
    try:
        until(lambda: (p := node.call(node.status).ceremony_progress) is not None and p.stage == "complete",
              "the key ceremony")
        voter_id, _ = node.call(node.register)
        kiosk = KioskWindow(station.bridge, node.call(lambda: election_info(node)), UnlockCode("2468"))
        kiosk.start()
        until(lambda: kiosk is not None and kiosk.isActiveWindow(), "the kiosk has the keyboard")
        audio, flow = kiosk.audio, kiosk.flow
        assert flow is not None
        pages: list[str] = []
        flow.page_changed.connect(pages.append)
        xdotool("key", "F1")
        until(lambda: audio.active, "the audio ballot")
        assert audio.voice is not None
        spoken: list[str] = []
        audio.voice.handed.connect(spoken.append)
        curtain = audio.curtain.isVisible()
        if args.shot:
            subprocess.run(["import", "-window", "root", str(args.shot)], check=True, timeout=30)
        xdotool("type", "--delay", "5", voter_id)  # a slip's scanner types it like a keyboard
        xdotool("key", "Return")
        until(lambda: flow.page_name() == "choice", "the choice")
        xdotool("key", "Down", "Down", "Down")  # Alice, Bob, Carol
        xdotool("key", "Return")  # review
        xdotool("key", "Left")  # change my choice
        xdotool("key", "2", "Return")  # Bob, review
        xdotool("key", "Return")  # encrypt
        until(lambda: flow.page_name() == "cast_or_check", "the tracking code")
        xdotool("key", "Return")  # cast
        until(lambda: flow.page_name() == "receipt", "the receipt")
        receipt = "".join(flow.receipt_label.text().split())
        until(lambda: node.call(node.tally).voted == 1, "the ballot mined")
        located = node.call(lambda: node.locate(bytes.fromhex(receipt))).type
        result = {"pages": pages, "spoken": spoken, "receipt": receipt, "voted": node.call(node.tally).voted,
                  "located": located, "curtain": curtain, "voter_id": voter_id}
        args.out.write_text(json.dumps(result, ensure_ascii=False))
        kiosk.unlock("2468")
    finally:
        if kiosk is not None:
            kiosk.deleteLater()
        station.stop()
        settle()
        collector.stop()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    sys.exit(main())
