"""``votingapp --self-test``: the whole app once, off screen, on a throwaway election; exit 0, or 1 and why.

It runs what people run: the setup wizard creates an election in a temporary data dir, the station starts
as the app starts it (on 127.0.0.1 only, no discovery, low difficulty), and every window opens. A voter is
registered at the desk (and the slip printed to PDF), votes in the booth, the vote goes into a block, the
results window counts it and checks its receipt, the full verification passes, the explorer shows the
block, and the kiosk refuses a second vote and unlocks with its code. The wizard's default is a secret
ballot: the voter casts after the key ceremony, and the result is counted after the close and decryption.
Then everything closes: the windows, the node and every QThread. Made for a freshly built bundle, whose
missing parts it finds.

``--startup-probe`` (an option of the desktop app, see :mod:`votingapp.gui.startup_probe`) measures the start-up
time.
"""

from __future__ import annotations

import argparse
import faulthandler
import logging
import os
import re
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Slot, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget, QWizard

from votingapp.gui.app import DesktopApp, application, qt_message_to_log
from votingapp.gui.garbage_collector import MainThreadGarbageCollector
from votingapp.gui.slip import Slip, write_slip_pdf
from votingapp.gui.startup_probe import process_age
from votingapp.gui.translations import current_language, use_language
from votingapp.gui.wizard import SetupWizard
from votingapp.gui.worker_thread import running_threads
from votingapp.node.logging_setup import setup_logging
from votingapp.node.options import NodeOptions
from votingapp.node.queries import TxLocation
from votingapp.store.datadir import DataDir

TIMEOUT_S = 60.0
STEP_S = 20.0
HANG_GRACE_S = 30.0  # past the timeout, a hang outside the event loop kills the process with a traceback
TICK_MS = 10
DIFFICULTY = 6
TITLE = "Self-test election"
OPTIONS = ("Apples", "Pears")
STATION = "Self-test desk"
KIOSK_CODE = "self-test-2468"
SECOND_LANGUAGE = "ar"  # the voter's, in the booth: a translation and a right-to-left layout
MAX_WIZARD_PAGES = 5
# The offscreen platform says so for window operations it lacks: real platforms have them.
OFFSCREEN_NOISE = re.compile(r"This plugin does not support \w+\(\)")
LOG_TAIL = 30


def on_screen(window: QWidget) -> bool:
    """Shown and exposed by the platform: on X, mapped by the window manager and given its pixels."""
    handle = window.windowHandle()
    return window.isVisible() and handle is not None and handle.isExposed()


def shown_voter_id(text: str) -> str:
    """The voter_id as typed from the desk's label, however the label breaks it into lines."""
    return "-".join(group for group in re.split(r"[\s-]+", text) if group)


class SelfTestFailed(Exception):
    """The self-test found something wrong; the message says what."""


@dataclass(frozen=True)
class Wait:
    """A step of the scenario waits until ``done()`` holds, for at most ``seconds``."""

    what: str
    done: Callable[[], bool]
    seconds: float = STEP_S


Steps = Generator[Wait, None, None]
"""The scenario: each step yields the :class:`Wait` the event loop runs until."""


class _QtNoise(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not OFFSCREEN_NOISE.search(record.getMessage())


class SelfTest(QObject):
    """Drives the app through the scenario from the event loop, one :class:`Wait` at a time."""

    def __init__(self, base: Path, timeout: float) -> None:
        super().__init__()
        self.base = base
        self.started = time.monotonic()
        self.deadline = self.started + timeout
        self.data_dir = DataDir(base / "station")
        self.problems: list[str] = []
        self.windows: list[str] = []
        self.facts: dict[str, Any] = {}
        self.error: str | None = None
        self.wizard_error = ""
        self._wizard_tries = 0
        self._steps: Steps | None = None
        self._step: Wait | None = None
        self._step_deadline = 0.0
        self._ticking = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    # -- problems from anywhere: uncaught exceptions, unexpected message boxes
    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self.problems.append("".join(traceback.format_exception(exc_type, exc, tb)).strip())

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _raise_problems(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.problems.append(f"a message box appeared: {widget.windowTitle()}: {widget.text()}")
                widget.done(QMessageBox.StandardButton.Cancel)
        if self.problems:
            raise SelfTestFailed(self.problems[0])

    def _opened(self, name: str, window: QWidget) -> None:
        if not window.isVisible():
            raise SelfTestFailed(f"the {name} did not open")
        if name not in self.windows:
            self.windows.append(name)

    def _on_screen(self, name: str, window: QWidget) -> Wait:
        """Wait until the platform shows the window (on X: the window manager mapped it and it is exposed)."""
        return Wait(f"the {name} on screen", lambda: on_screen(window))

    # -- the wizard runs modally (``DesktopApp.setup``): filled in from a timer inside its exec()
    @Slot()
    def fill_wizard(self) -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, SetupWizard) or not on_screen(wizard):
            self._wizard_tries += 1
            if self._wizard_tries < 1000:
                QTimer.singleShot(TICK_MS, self.fill_wizard)
            else:
                self.wizard_error = "the setup wizard did not open (or never came on screen)"
            return
        try:
            self._opened("setup wizard", wizard)
            wizard.start_page.name_edit.setText(STATION)
            wizard.start_page.create_choice.setChecked(True)
            wizard.next()
            page = wizard.create_page
            if wizard.currentPage() is not page:
                raise SelfTestFailed("the setup wizard did not show its page to create an election")
            page.title_edit.setText(TITLE)
            page.options_edit.setPlainText("\n".join(OPTIONS))
            page.advanced.setChecked(True)
            page.difficulty.setValue(DIFFICULTY)
            finish = wizard.button(QWizard.WizardButton.FinishButton)
            for _ in range(MAX_WIZARD_PAGES):  # the pages after this one (a summary), up to the one that finishes
                if finish.isVisible():
                    break
                wizard.next()
            finish.click()
            if wizard.result() != QDialog.DialogCode.Accepted:
                raise SelfTestFailed(f"the setup wizard did not create the election: {page.error.text()}")
        except Exception as exc:
            self.wizard_error = str(exc) or type(exc).__name__
            wizard.reject()

    # -- the slots the scenario listens with
    @Slot(int, int)
    def _registration_in_block(self, _number: int, height: int) -> None:
        self.facts["registration_height"] = height

    @Slot(object)
    def _vote_in_block(self, where: TxLocation) -> None:
        self.facts["vote_height"] = where.height or 0

    @Slot(object)
    def _vote_dropped(self, error: BaseException) -> None:
        self.problems.append(f"the vote did not get into a block: {error}")

    @Slot(str)
    def _start_failed(self, message: str) -> None:
        self.problems.append(f"the station did not start: {message}")

    # -- the scenario
    def scenario(self, desktop: DesktopApp) -> Steps:
        """The steps after the station was started; each ``yield`` lets the event loop run until it holds."""
        yield Wait("the main window with the node's first status",
                   lambda: desktop.main_window is not None and desktop.main_window.status is not None, 30)
        main = desktop.main_window
        assert main is not None
        self.facts["main_window_s"] = time.monotonic() - self.facts["station_started"]
        self.facts["main_window_age_s"] = process_age()
        self._opened("main window", main)
        yield self._on_screen("main window", main)
        if not main.info.authority:
            raise SelfTestFailed("the station that created the election is not its authority")
        bridge, info = main.bridge, main.info

        desk = main.open_registration()
        self._opened("registration desk", desk)
        yield self._on_screen("registration desk", desk)
        desk.registrationConfirmed.connect(self._registration_in_block)
        desk.register_button.click()
        yield Wait("a voter_id at the registration desk", lambda: desk.registrations == 1)
        voter_id = shown_voter_id(desk.voter_id_label.text())
        slip_pdf = self.base / "slip.pdf"
        write_slip_pdf(slip_pdf, Slip(voter_id, info.title, info.station_name, info.election_fingerprint))
        if not slip_pdf.is_file() or slip_pdf.stat().st_size == 0:
            raise SelfTestFailed("the voter slip was not printed to PDF")
        yield Wait("the registration in a block", lambda: "registration_height" in self.facts)

        if info.secret:
            yield Wait("the key ceremony", lambda: main.status is not None and main.status.ceremony_progress
                       is not None and main.status.ceremony_progress.stage == "complete")
        booth = main.open_ballot()
        self._opened("voting booth", booth)
        yield self._on_screen("voting booth", booth)
        flow = booth.flow
        assert flow is not None
        # The voter votes in a second language, right to left: the bundle carries the translations (.qm).
        if not flow.choose_language(SECOND_LANGUAGE) or not any(
                "\u0600" <= char <= "\u06ff" for char in flow.continue_button.text()) or \
                booth.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            raise SelfTestFailed(f"the booth did not switch to {SECOND_LANGUAGE} (right to left): "
                                 f"{flow.continue_button.text()!r}; are the translations in the bundle?")
        self.facts["voted_in"] = SECOND_LANGUAGE
        flow.id_edit.setText(voter_id)
        if not flow.continue_button.isEnabled():
            raise SelfTestFailed(f"the booth does not take the voter_id: {flow.id_hint.text()}")
        flow.continue_button.click()
        yield Wait("the booth to check the voter",
                   lambda: flow.pages.currentWidget() in (flow.choice_page, flow.refusal_page))
        if flow.pages.currentWidget() is flow.refusal_page:
            raise SelfTestFailed(f"the booth refused the voter: {flow.refusal_title.text()}")
        flow.option_buttons[0].click()
        flow.review_button.click()
        if flow.pages.currentWidget() is not flow.review_page:
            raise SelfTestFailed("the booth did not show the choice to review")
        flow.cast_button.click()
        if info.secret:  # encrypted, then cast (or check): docs/design.md section 10
            yield Wait("the tracking code", lambda: flow.pages.currentWidget() in (flow.cast_or_check_page,
                                                                                  flow.refusal_page))
            if flow.pages.currentWidget() is flow.refusal_page:
                raise SelfTestFailed(f"the ballot was refused: {flow.refusal_title.text()}: "
                                     f"{flow.refusal_label.text()}")
            flow.cast_ballot_button.click()
        yield Wait("the receipt", lambda: flow.pages.currentWidget() in (flow.receipt_page, flow.refusal_page))
        if flow.pages.currentWidget() is flow.refusal_page:
            raise SelfTestFailed(f"the vote was refused: {flow.refusal_title.text()}: {flow.refusal_label.text()}")
        receipt = "".join(flow.receipt_label.text().split())
        reply = bridge.wait_for_block(bytes.fromhex(receipt), timeout=STEP_S)
        reply.finished.connect(self._vote_in_block)
        reply.failed.connect(self._vote_dropped)
        flow.finish_button.click()
        yield Wait("the vote in a block", lambda: "vote_height" in self.facts)
        if current_language(QApplication.instance()) != "en":
            raise SelfTestFailed("the booth did not return to the station's language after the voter")

        results = main.open_results()
        self._opened("results window", results)
        yield self._on_screen("results window", results)
        expected = {OPTIONS[0]: 1, OPTIONS[1]: 0}
        if info.secret:  # sealed until the trustees decrypt the sum after the close
            yield Wait("the sealed result", lambda: results.hidden_label.text().startswith("Sealed"))
            main.close_election()
        yield Wait(f"the results window to count {expected}", lambda: results.counts() == expected)
        results.receipt_edit.setText(receipt)
        results.check_receipt()
        yield Wait("the receipt check", lambda: bool(results.receipt_label.text()))
        if not results.receipt_label.text().startswith("✓"):
            raise SelfTestFailed(f"the receipt check failed: {results.receipt_label.text()}")
        results.verify_everything()
        yield Wait("the full verification", results.verify_button.isEnabled)
        if not results.verify_label.text().startswith("✓"):
            raise SelfTestFailed(f"the full verification failed: {results.verify_label.text()}")

        explorer = main.open_explorer()
        self._opened("block explorer", explorer)
        yield self._on_screen("block explorer", explorer)
        height = self.facts["vote_height"]
        yield Wait(f"block {height} in the explorer", lambda: explorer.select_height(height))
        yield Wait("the block's transactions in the explorer", lambda: explorer.txs.rowCount() > 0)
        explorer.txs.selectRow(0)
        yield Wait("a transaction's detail in the explorer", lambda: bool(explorer.detail.toPlainText()))

        kiosk = main.start_kiosk(KIOSK_CODE)
        self._opened("kiosk", kiosk)
        yield self._on_screen("kiosk", kiosk)
        if not kiosk.isFullScreen():
            raise SelfTestFailed("the kiosk is not full screen")
        kiosk_flow = kiosk.flow
        assert kiosk_flow is not None
        kiosk_flow.id_edit.setText(voter_id)
        kiosk_flow.continue_button.click()
        yield Wait("the kiosk to refuse a second vote", lambda: kiosk_flow.pages.currentWidget() in (
            kiosk_flow.choice_page, kiosk_flow.refusal_page))
        if kiosk_flow.pages.currentWidget() is not kiosk_flow.refusal_page:
            raise SelfTestFailed("the kiosk let a voter who already voted vote again")
        if kiosk.unlock("not the code"):
            raise SelfTestFailed("the kiosk unlocked with a wrong code")
        if not kiosk.unlock(KIOSK_CODE):
            raise SelfTestFailed("the kiosk did not unlock with its code")

        main.close()
        yield Wait("every window closed", lambda: not any(
            w.isVisible() for w in QApplication.topLevelWidgets() if not isinstance(w, QMessageBox)))

    # -- the driver
    def start(self, steps: Steps) -> None:
        self._steps = steps
        self._timer.start()

    def _next_step(self) -> bool:
        """Run the scenario to its next wait; False when it is over."""
        assert self._steps is not None
        try:
            self._step = next(self._steps)
        except StopIteration:
            self._step = None
            return False
        self._step_deadline = min(time.monotonic() + self._step.seconds, self.deadline)
        return True

    @Slot()
    def _tick(self) -> None:
        if self._ticking:  # a nested event loop (a dialog) ticks while a step runs
            return
        self._ticking = True
        try:
            self._raise_problems()
            while self._step is None or self._step.done():
                if not self._next_step():
                    self._finish(None)
                    return
            self._raise_problems()
            if time.monotonic() > self._step_deadline:
                raise SelfTestFailed(f"timed out waiting for {self._step.what}")
        except SelfTestFailed as exc:
            self._finish(str(exc))
        except Exception as exc:
            self._finish("".join(traceback.format_exception(exc)).strip())
        finally:
            self._ticking = False

    def _finish(self, error: str | None) -> None:
        self.error = error
        self._timer.stop()
        if self._steps is not None:
            self._steps.close()
        QApplication.quit()

    # -- the whole run
    def run(self) -> str:
        """Run the self-test; a summary of what passed, or raises :class:`SelfTestFailed`."""
        root = logging.getLogger()
        handlers = list(root.handlers)
        self.data_dir.ensure()
        setup_logging(self.data_dir)
        noise = _QtNoise()
        logging.getLogger("qt").addFilter(noise)
        app = application()
        previous_handler = qInstallMessageHandler(qt_message_to_log)
        previous_hooks = sys.excepthook, threading.excepthook
        sys.excepthook, threading.excepthook = self.excepthook, self.thread_excepthook
        collector = MainThreadGarbageCollector()
        collector.start()
        use_language(app, "en")  # the station's language here, whatever the system's: the checks read English
        desktop = DesktopApp(self.data_dir, NodeOptions(listen_host="127.0.0.1", listen_port=0, discovery=False))
        try:
            if app.windowIcon().isNull():
                raise SelfTestFailed("the app icon was not found (resources/icons)")
            QTimer.singleShot(0, self.fill_wizard)
            if not desktop.setup() or self.wizard_error:
                raise SelfTestFailed(self.wizard_error or "the setup wizard was cancelled")
            self.facts["station_started"] = time.monotonic()
            desktop.start()
            assert desktop.station is not None
            desktop.station.startFailed.connect(self._start_failed)
            self.start(self.scenario(desktop))
            app.exec()
            self._timer.stop()
            if self.error is not None:
                raise SelfTestFailed(self.error)
            if self._step is not None:
                raise SelfTestFailed(f"the app quit while waiting for {self._step.what}")
        finally:
            desktop.shutdown()
            collector.stop()
            sys.excepthook, threading.excepthook = previous_hooks
            qInstallMessageHandler(previous_handler)
            logging.getLogger("qt").removeFilter(noise)
            for handler in root.handlers[:]:
                if handler not in handlers:
                    root.removeHandler(handler)
                    handler.close()
        self._check_stopped()
        return self.summary()

    def _check_stopped(self) -> None:
        threads = [t.objectName() for t in running_threads()]
        threads += [t.name for t in threading.enumerate() if t.name in ("votingapp-node", "votingapp-miner")]
        if threads:
            raise SelfTestFailed(f"threads still running after the app closed: {', '.join(threads)}")

    def summary(self) -> str:
        facts = self.facts
        age = facts.get("main_window_age_s")
        since_start = f", {age:.2f} s after process start" if age is not None else ""
        return (f"{len(self.windows)} windows opened on the {QGuiApplication.platformName()} platform "
                f"({', '.join(self.windows)}); 1 voter registered and 1 vote (cast in {facts.get('voted_in', '?')}) "
                f"counted in block {facts['vote_height']}; receipt found; full verification valid; main window "
                f"usable {facts['main_window_s']:.2f} s after the station started{since_start}; "
                f"{time.monotonic() - self.started:.1f} s in all")

    def log_tail(self) -> str:
        """The last lines of the self-test station's log (to say more about a failure)."""
        try:
            lines = (self.data_dir.log_dir / "votingapp.log").read_text(encoding="utf-8").splitlines()
        except OSError:
            return ""
        return "\n".join(lines[-LOG_TAIL:])


def run(argv: Sequence[str] | None = None) -> int:
    """``votingapp --self-test [--timeout S]``: 0 when everything works, else 1 (the reason on stdout)."""
    parser = argparse.ArgumentParser(prog="votingapp --self-test", description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeout", type=float, default=TIMEOUT_S, help="seconds for the whole test")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # QT_QPA_PLATFORM=xcb shows the windows
    faulthandler.dump_traceback_later(args.timeout + HANG_GRACE_S, exit=True)
    try:
        with tempfile.TemporaryDirectory(prefix="votingapp-self-test-", ignore_cleanup_errors=True) as tmp:
            test = SelfTest(Path(tmp), args.timeout)
            try:
                summary = test.run()
            except Exception as exc:
                reason = str(exc) if isinstance(exc, SelfTestFailed) else "".join(traceback.format_exception(exc))
                tail = test.log_tail()
                if tail:
                    print(f"--- the self-test station's log (last lines) ---\n{tail}", file=sys.stderr)
                print(f"self-test FAILED: {reason}", flush=True)
                return 1
    finally:
        faulthandler.cancel_dump_traceback_later()
    print(f"self-test passed: {summary}", flush=True)
    return 0
