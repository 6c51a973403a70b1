"""Walk the booth (window and kiosk) on a real display, at every voter text size and contrast, and report every
text that does not fit; optionally grab the screen of each page.  Runs in its own process (one Qt app per
display configuration), started by ``test_booth_display.py`` and by ``tools/booth_screenshots.py``:

    python -m tests.gui.booth_probe --out result.json [--shots DIR]

The result: {"screen": [w, h], "dpr": r, "problems": [...], "scales": {"booth entry 3": 1.6, ...}}.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QWidget

from votingapp.election.setup import create_election
from votingapp.gui.ballot_flow import BallotFlow
from votingapp.gui.ballot_window import BallotWindow
from votingapp.gui.booth_style import TEXT_SIZES
from votingapp.gui.booth_widgets import OptionButton
from votingapp.gui.election_info import ElectionInfo, election_info
from votingapp.gui.garbage_collector import MainThreadGarbageCollector
from votingapp.gui.kiosk import MAX_TRIES, CodeDialog, KioskWindow, UnlockCode, UnlockGuard
from votingapp.gui.station import Station as AppStation
from votingapp.gui.translations import LANGUAGES, use_language
from votingapp.node.options import NodeOptions
from votingapp.store.datadir import DataDir

OPTIONS = ["Alice Martin", "Bob Dupont", "Carol Nguyen"]
TIMEOUT_S = 30.0
SETTLE_S = 0.1
SLACK = 1


def settle(seconds: float = SETTLE_S) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def steady(window: QWidget, most: float = 8.0) -> None:
    """Let the booth settle: its text fitted and its window resized by the window manager (which takes longer
    on a busy machine): the same geometry for a few rounds, at most ``most`` seconds."""
    settle()
    deadline = time.monotonic() + most
    last, same = None, 0
    while time.monotonic() < deadline and same < 8:
        QApplication.processEvents()
        now = (window.frameGeometry().getRect(), window.geometry().getRect())
        same = same + 1 if now == last else 0
        last = now
        time.sleep(0.05)


def until(predicate: Callable[[], object], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if predicate():
            return
        time.sleep(0.01)
    raise TimeoutError(what)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def text_problems(window: QWidget, where: str) -> list[str]:
    """Every visible label or button of ``window`` whose text does not fit its widget, or that is cut by the
    window; and the window against the screen."""
    problems = []
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if not screen.contains(frame):
        problems.append(f"{where}: window {frame.getRect()} not inside the screen {screen.getRect()}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        name = f"{where}: {type(widget).__name__} '{widget.accessibleName()}'"
        if not window.rect().contains(_in_window(widget, window)):
            problems.append(f"{name} cut by the window: {_in_window(widget, window).getRect()}")
        metrics = QFontMetrics(widget.font())
        if isinstance(widget, QLabel):
            pixmap = widget.pixmap()
            if pixmap is not None and not pixmap.isNull():
                logical = pixmap.deviceIndependentSize().toSize()
                room = widget.contentsRect()
                if logical.width() > room.width() or logical.height() > room.height():
                    problems.append(f"{name}: picture {logical.toTuple()} cut to {room.size().toTuple()}")
                continue
            if not widget.text():
                continue
            room = widget.contentsRect()
            text = _plain(widget.text()) if widget.buddy() is not None else widget.text()
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + SLACK:
                    problems.append(f"{name}: text needs {needed} px of height, has {widget.height()}: "
                                    f"{widget.text()[:60]!r}")
            else:
                box = metrics.boundingRect(QRect(0, 0, 100000, 100000), int(widget.alignment()), text)
                if box.width() > room.width() + SLACK or box.height() > room.height() + SLACK:
                    problems.append(f"{name}: text {box.width()}x{box.height()} in {room.width()}x{room.height()}: "
                                    f"{text[:60]!r}")
        elif isinstance(widget, OptionButton):
            room = widget.text_rect()
            if metrics.horizontalAdvance(widget.shown_text) > room.width() + SLACK or metrics.height() > room.height():
                problems.append(f"{name}: option text {metrics.horizontalAdvance(widget.shown_text)} px in "
                                f"{room.width()}")
        elif isinstance(widget, QPushButton):
            text = _plain(widget.text())
            hint = widget.sizeHint()
            if metrics.horizontalAdvance(text) > widget.contentsRect().width() + SLACK \
                    or hint.width() > widget.width() + SLACK or hint.height() > widget.height() + SLACK:
                problems.append(f"{name}: button needs {hint.toTuple()}, has {widget.size().toTuple()}: {text!r}")
    return problems


class Probe:
    def __init__(self, shots: Path | None) -> None:
        self.shots = shots
        self.problems: list[str] = []
        self.scales: dict[str, float] = {}

    def look(self, window: BallotWindow, flow: BallotFlow, where: str, sizes: tuple[int, ...],
             shots: dict[str, str] | None = None) -> None:
        """Check the page at each text size, the largest also in the high contrasts (and grab the ones asked
        for: size-contrast -> file stem)."""
        for size in sizes:
            flow.settings.size_buttons[size].click()
            steady(window)
            self.scales[f"{where} {size}"] = round(flow.scale, 3)
            self.problems += text_problems(window, f"{where} at text size {size + 1}")
            if not flow.settings.isVisible() or flow.settings.text_size() != size:
                self.problems.append(f"{where}: the voter's settings are not on this page")
            if isinstance(window, KioskWindow) and not window.isFullScreen():
                self.problems.append(f"{where} at text size {size + 1}: the kiosk is not full screen")
            if size == len(TEXT_SIZES) - 1 and not shots:
                for contrast in ("black_on_white", "white_on_black"):
                    flow.settings.contrast_buttons[contrast].click()
                    settle()
                    self.problems += text_problems(window, f"{where} at text size {size + 1}, {contrast}")
                flow.settings.contrast_buttons["standard"].click()
            for key, stem in (shots or {}).items():
                wanted_size, contrast = key.split("-", 1)
                if int(wanted_size) == size:
                    flow.settings.contrast_buttons[contrast].click()
                    settle(0.4)
                    self.problems += text_problems(window, f"{where} at text size {size + 1}, {contrast}")
                    self.grab(window, stem)
                    flow.settings.contrast_buttons["standard"].click()
        flow.settings.size_buttons[0].click()
        settle()

    def grab(self, window: QWidget, stem: str) -> None:
        if self.shots is None:
            return
        frame = window.frameGeometry()
        ratio = window.devicePixelRatio()
        crop = (f"{int(frame.width() * ratio)}x{int(frame.height() * ratio)}"
                f"+{int(frame.x() * ratio)}+{int(frame.y() * ratio)}")
        subprocess.run(["import", "-window", "root", "-crop", crop, "+repage", str(self.shots / f"{stem}.png")],
                       check=True, timeout=30, capture_output=True)


def _walk(probe: Probe, window: BallotWindow, voter_ids: list[str], label: str, every: tuple[int, ...],
          shoot: bool) -> None:
    """Entry, choice, review, cast or check, opened, receipt, refusal; each at the sizes ``every``."""
    variants = {"0-standard": "{p}", "3-standard": "{p}-largest", "0-white_on_black": "{p}-white-on-black",
                "0-black_on_white": "{p}-black-on-white"} if shoot else {}

    def shots(page: str) -> dict[str, str]:
        return {key: f"{label}-voter-{stem.format(p=page)}" for key, stem in variants.items()}

    flow = window.flow
    assert flow is not None
    flow.id_edit.setText(voter_ids[0][:14])
    probe.look(window, flow, f"{label} entry", every, shots("entry"))
    flow.enter_voter_id(voter_ids[0])
    until(lambda: flow.page_name() == "choice", "the choice page")
    flow.select_option(1)
    probe.look(window, flow, f"{label} choice", every, shots("choice"))
    flow.review()
    probe.look(window, flow, f"{label} review", every, shots("review"))
    flow.cast()
    until(lambda: flow.page_name() in ("cast_or_check", "refusal"), "the tracking code")
    assert flow.page_name() == "cast_or_check", flow.refusal_label.text()
    probe.look(window, flow, f"{label} cast or check", every, shots("cast-or-check"))
    flow.check_machine()
    until(lambda: flow.page_name() == "opened", "the opened ballot")
    probe.look(window, flow, f"{label} opened", every, shots("opened"))
    flow.vote_again()
    flow.review()
    flow.cast()
    until(lambda: flow.page_name() == "cast_or_check", "the second tracking code")
    flow.cast()
    until(lambda: flow.page_name() == "receipt", "the receipt")
    flow._countdown.stop()
    probe.look(window, flow, f"{label} receipt", every, shots("receipt"))
    flow.finish()
    settle()
    again = window.flow
    assert again is not None and again is not flow
    again.enter_voter_id(voter_ids[0])
    until(lambda: again.page_name() == "refusal", "the refusal of a second vote")
    probe.look(window, again, f"{label} refusal", every, shots("refusal"))
    again.finish()
    settle()


def _kiosk_shots(probe: Probe, station: AppStation, info: ElectionInfo) -> None:
    """The kiosk's warning before it clears itself, and its unlock dialog after three wrong codes."""
    kiosk = KioskWindow(station.bridge, info, UnlockCode("2468"), idle_seconds=21, warning_seconds=20)
    kiosk.start()
    until(lambda: kiosk.windowHandle() is not None and kiosk.windowHandle().isExposed(), "the kiosk")
    flow = kiosk.flow
    assert flow is not None
    flow.id_edit.setText("B4NW")
    until(lambda: kiosk.warning_shown, "the idle warning")
    settle(0.3)
    probe.problems += text_problems(kiosk, "kiosk idle warning")
    probe.grab(kiosk, "booth-voter-kiosk-still-there")
    dialog = CodeDialog(kiosk, confirm=False, attempt=kiosk._attempt, locked_message=kiosk._locked_message)
    dialog.show()
    until(lambda: dialog.windowHandle() is not None and dialog.windowHandle().isExposed(), "the unlock dialog")
    for _ in range(MAX_TRIES):
        dialog.code.setText("1111")
        dialog.ok_button.click()
    settle(0.3)
    probe.problems += text_problems(dialog, "kiosk unlock dialog, locked")
    probe.grab(dialog, "booth-voter-kiosk-locked")
    dialog.close()
    kiosk.guard = UnlockGuard(UnlockCode("2468"))
    kiosk.unlock("2468")


def run(out: Path, shots: Path | None, language: str = "en") -> None:
    app = QApplication(sys.argv[:1])
    use_language(app, language)  # the station's language: the booth starts in it for each voter
    collector = MainThreadGarbageCollector()
    collector.start()
    probe = Probe(shots)
    every = tuple(range(len(TEXT_SIZES)))
    with tempfile.TemporaryDirectory(prefix="votingapp-booth-probe-") as tmp:
        data_dir = DataDir(Path(tmp) / "desk1")
        create_election(data_dir, "Board election", OPTIONS, [], difficulty=6, name="Desk 1", ballot="secret")
        station = AppStation(data_dir, NodeOptions(listen_host="127.0.0.1", listen_port=0, peers=[],
                                                    discovery=False, control=False))
        station.start_blocking()
        node = station.node
        try:
            until(lambda: (p := node.call(node.status).ceremony_progress) is not None and p.stage == "complete",
                  "the key ceremony")
            info = node.call(lambda: election_info(node))
            voter_ids = [node.call(node.register)[0] for _ in range(2)]
            booth = BallotWindow(station.bridge, info)
            booth.show()
            until(lambda: booth.windowHandle() is not None and booth.windowHandle().isExposed(), "the booth")
            settle(0.5)
            _walk(probe, booth, voter_ids[:1], "booth", every, shots is not None)
            booth.close()
            kiosk = KioskWindow(station.bridge, info, UnlockCode("2468"))
            kiosk.start()
            until(lambda: kiosk.windowHandle() is not None and kiosk.windowHandle().isExposed(), "the kiosk")
            settle(0.5)
            _walk(probe, kiosk, voter_ids[1:], "kiosk", every, False)
            kiosk.unlock("2468")
            if shots is not None:
                _kiosk_shots(probe, station, info)
            screen = app.primaryScreen().availableGeometry()
            out.write_text(json.dumps({"screen": [screen.width(), screen.height()],
                                       "dpr": app.primaryScreen().devicePixelRatio(),
                                       "problems": probe.problems, "scales": probe.scales}, indent=1))
        finally:
            station.stop()
            collector.stop()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--language", default="en", choices=list(LANGUAGES))
    args = parser.parse_args(argv)
    run(args.out, args.shots, args.language)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
