"""``python main.py [--data-dir DIR]``: the desktop app of one polling station.

First run: the setup wizard. Then the node starts on its own thread (mining on a QThread) while a small
window says so, and the main window opens. On exit every window closes, the node stops and every
QThread is waited for.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QObject, QTimer, QtMsgType, Signal, Slot, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from votingapp.core.errors import LedgerError
from votingapp.election.setup import existing_election
from votingapp.gui.app_icon import app_icon
from votingapp.gui.crash import CrashHandler
from votingapp.gui.election_info import ElectionInfo, election_info
from votingapp.gui.garbage_collector import MainThreadGarbageCollector
from votingapp.gui.gil import ShortSwitchInterval
from votingapp.gui.lan_browser import LanBrowser
from votingapp.gui.language_choice import station_language
from votingapp.gui.main_window import MainWindow
from votingapp.gui.refusals import refusal
from votingapp.gui.startup_probe import StartupProbe
from votingapp.gui.station import Station
from votingapp.gui.translations import use_language
from votingapp.gui.wizard import SetupWizard
from votingapp.gui.worker_thread import stop_all
from votingapp.node.logging_setup import setup_logging
from votingapp.node.options import DEFAULT_PORT, NodeOptions, parse_host_port
from votingapp.store.datadir import DataDir, default_data_dir

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")


def _address(text: str) -> tuple[str, int]:
    try:
        return parse_host_port(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The desktop app's options (the commands are ``python -m votingapp --help``)."""
    parser = argparse.ArgumentParser(prog="votingapp", description="The polling station desktop app.")
    parser.add_argument("--data-dir", type=Path, default=None, metavar="DIR",
                        help=f"this station's data dir (default: {default_data_dir()})")
    parser.add_argument("--name", help="this station's name, as people see it")
    parser.add_argument("--listen", type=_address, metavar="HOST:PORT", help="address to accept peers on")
    parser.add_argument("--peer", type=_address, action="append", default=[], metavar="HOST:PORT",
                        help="a peer to keep (where multicast is blocked)")
    parser.add_argument("--no-discovery", action="store_true", help="do not use zeroconf (manual peers only)")
    parser.add_argument("--startup-probe", action="store_true",
                        help="print the seconds from process start to a usable main window, then quit (benchmark)")
    return parser.parse_args(argv)


def qt_message_to_log(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages into Python logging (the data dir's log), like qutebrowser does."""
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    qt_log.log(level, "%s%s", message, f" ({context.category})" if context.category not in (None, "default") else "")


class DesktopApp(QObject):
    """The running app: start-up, the main window, shutdown."""

    mainWindowShown = Signal(object)  # the MainWindow, once shown

    def __init__(self, data_dir: DataDir, options: NodeOptions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.options = options
        self.station: Station | None = None
        self.main_window: MainWindow | None = None
        self.splash: QLabel | None = None
        self.quit_requested = False  # Ctrl+C or SIGTERM arrived
        self.failed = False  # the data dir could not be opened (a dialog said why)

    def setup(self) -> bool:
        """Run the wizard when the data dir holds no election; False when the user gives up (or the data dir
        cannot be opened: then a dialog says why and :attr:`failed` is set)."""
        try:
            if existing_election(self.data_dir) is not None:
                return True
        except LedgerError as exc:
            log.error("cannot open data dir %s: %s", self.data_dir.path, exc)
            self.failed = True
            QMessageBox.critical(None, self.tr("This data dir cannot be opened"), refusal(exc))
            return False
        lan = None
        if self.options.discovery:
            try:
                lan = LanBrowser(self.data_dir.station_key().public, self.data_dir.station_name(), self)
            except (OSError, ValueError) as exc:
                log.warning("LAN discovery is not available: %s", exc)
        wizard = SetupWizard(self.data_dir, lan)
        log.info("setup wizard shown")
        return bool(wizard.exec() == QDialog.DialogCode.Accepted) and not self.quit_requested

    def start(self) -> None:
        """Start the node; the main window opens when it serves."""
        self.splash = QLabel(self.tr("Opening the election in {path}…").format(path=self.data_dir.path))
        self.splash.setAccessibleName(self.tr("Starting"))
        self.splash.setWindowTitle(self.tr("Polling station"))
        self.splash.setMargin(24)
        self.splash.show()
        station = Station(self.data_dir, self.options, self)
        station.started.connect(self._started)
        station.startFailed.connect(self._start_failed)
        self.station = station
        station.start()

    @Slot()
    def _started(self) -> None:
        assert self.station is not None
        node = self.station.node
        reply = self.station.bridge.request(lambda: election_info(node))
        reply.finished.connect(self._open_main_window)
        reply.failed.connect(self._start_failed)

    @Slot(object)
    def _open_main_window(self, info: ElectionInfo) -> None:
        assert self.station is not None
        self.main_window = MainWindow(self.station, info)
        self.main_window.show()
        if self.splash is not None:
            self.splash.close()
            self.splash.deleteLater()
            self.splash = None
        self.mainWindowShown.emit(self.main_window)

    @Slot(object)
    def _start_failed(self, error: object) -> None:
        if self.splash is not None:
            self.splash.hide()
        QMessageBox.critical(None, self.tr("The station cannot start"),
                             refusal(error) if isinstance(error, BaseException) else str(error))
        QApplication.quit()

    def quit_on_signals(self) -> None:
        """Ctrl+C and SIGTERM close the app cleanly (the node stops and keeps its data)."""
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self._signalled)
        # Python runs signal handlers between bytecodes only: wake it up now and then.
        self._wake = QTimer(self)
        self._wake.timeout.connect(self._awake)
        self._wake.start(250)

    def _signalled(self, signum: int, _frame: object) -> None:
        log.info("signal %d: closing", signum)
        self.quit_requested = True

    @Slot()
    def _awake(self) -> None:
        # Runs in whatever event loop is running, the first-run wizard's included, where quit() alone
        # would do nothing (it only ends app.exec()): close the modal dialog and leave every loop.
        if not self.quit_requested:
            return
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            modal.reject()
        QApplication.exit(0)

    def shutdown(self) -> None:
        """Close the windows, stop the node (and its miner thread), wait for every worker."""
        if self.main_window is not None:
            self.main_window.close()
        if self.station is not None:
            self.station.stop()
        if not stop_all(15_000):
            log.error("some worker threads did not stop in time")


def application() -> QApplication:
    """The QApplication, with the app's names and icon."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("votingapp")
    app.setOrganizationName("votingapp")
    app.setApplicationDisplayName(app.translate("DesktopApp", "Polling station"))
    app.setDesktopFileName("votingapp")  # Wayland shows the icon of the desktop entry of this name
    app.setWindowIcon(app_icon())
    return app


def run(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app; its exit code."""
    args = parse_args(argv)
    data_dir = DataDir(args.data_dir if args.data_dir is not None else default_data_dir())
    data_dir.ensure()
    setup_logging(data_dir)
    app = application()
    previous_handler = qInstallMessageHandler(qt_message_to_log)
    crash = CrashHandler(data_dir.log_dir)
    crash.install()
    collector = MainThreadGarbageCollector()
    collector.start()
    switch_interval = ShortSwitchInterval()
    switch_interval.start()
    language = station_language(data_dir)  # kept in the station's settings (language_choice.py)
    use_language(app, language)
    log.info("the station's language: %s", language)
    host, port = args.listen if args.listen else ("0.0.0.0", DEFAULT_PORT)
    options = NodeOptions(listen_host=host, listen_port=port, peers=list(args.peer),
                          discovery=not args.no_discovery, name=args.name)
    desktop = DesktopApp(data_dir, options)
    desktop.quit_on_signals()
    try:
        if not desktop.setup():
            return 1 if desktop.failed else 0
        probe = None
        if args.startup_probe:
            probe = StartupProbe(desktop)
            desktop.mainWindowShown.connect(probe.watch)
        desktop.start()
        if desktop.quit_requested:
            return 0
        status = int(app.exec())
        return probe.exit_code() if probe is not None else status
    finally:
        desktop.shutdown()
        switch_interval.stop()
        collector.stop()
        crash.uninstall()
        qInstallMessageHandler(previous_handler)
        log.info("desktop app stopped")
