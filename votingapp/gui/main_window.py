"""The station's main window: the election, this station's role, live status, the other windows, and the
authority's actions (admit a station, close the election, export the record and the manifest)."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from votingapp.election.audit import export_record
from votingapp.gui import fonts
from votingapp.gui.admit_dialog import AdmitDialog
from votingapp.gui.ballot_window import BallotWindow
from votingapp.gui.election_info import ElectionInfo
from votingapp.gui.explorer_window import ExplorerWindow
from votingapp.gui.kiosk import CodeDialog, KioskWindow, UnlockCode
from votingapp.gui.language_choice import LanguageMenu
from votingapp.gui.observer_panel import ObserverSwitch
from votingapp.gui.refusals import ceremony_problem, node_message, refusal
from votingapp.gui.registration_window import RegistrationWindow
from votingapp.gui.reports import ReportActions
from votingapp.gui.results_window import ResultsWindow
from votingapp.gui.screen_fit import FittingScrollArea, grow_to_content, place_on_screen
from votingapp.gui.station import Station
from votingapp.gui.worker_thread import Job, StopRequested
from votingapp.node.events import CeremonyChanged, MiningChanged, TxDropped
from votingapp.node.queries import Status, WaitingStation
from votingapp.store.files import atomic_write_bytes

STATUS_MS = 1000
SHORT_SCREEN = 600  # logical px: 768 at 150 % text and more (1366×768 at 200 % text has 384)


def _button(text: str, name: str, slot: Callable[[], object], shortcut: str | None = None) -> QPushButton:
    """A button with its Alt letter (the & in ``text``) and, if given, a second key such as Ctrl+1.

    The second key is a QShortcut of its own: ``QPushButton.setShortcut`` would replace the Alt letter (the
    underline would then lie, as it did: Alt+R reached another button, Alt+B nothing).
    """
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAutoDefault(True)
    if shortcut:
        extra = QShortcut(QKeySequence(shortcut), button)
        extra.setContext(Qt.ShortcutContext.WindowShortcut)
        extra.activated.connect(button.animateClick)
        button.setToolTip(shortcut)
    button.clicked.connect(slot)
    return button


class MainWindow(QMainWindow):
    """One per app: what this station is and does; the entry to every other window."""

    statusShown = Signal(object)  # the node's Status just drawn

    def __init__(self, station: Station, info: ElectionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.bridge = station.bridge
        self.info = info
        self.status: Status | None = None
        self.windows: dict[str, QWidget] = {}
        self.kiosk: KioskWindow | None = None
        self._jobs: set[Job] = set()
        self._in_flight = False
        self._placed = False
        self._short_screen = self.screen().availableGeometry().height() < SHORT_SCREEN
        self.setWindowTitle(self.tr("{title} — {station}").format(title=info.title, station=info.station_name))
        self.setAccessibleName(self.tr("Polling station"))

        content = QWidget()  # scrolls when the screen is small (200 % text on a laptop); the buttons never do
        layout = QVBoxLayout(content)
        heading = QLabel(info.title)
        heading.setAccessibleName(self.tr("Election title"))
        heading.setWordWrap(True)
        fonts.enlarge(heading, 1.8, bold=True)
        layout.addWidget(heading)
        self.role_label = QLabel()
        self.role_label.setAccessibleName(self.tr("This station and its role"))
        self.role_label.setWordWrap(True)
        fonts.enlarge(self.role_label, 1.2)
        layout.addWidget(self.role_label)
        self.admission_label = QLabel()
        self.admission_label.setAccessibleName(self.tr("Admission"))
        self.admission_label.setWordWrap(True)
        fonts.enlarge(self.admission_label, 1.3, bold=True)
        self.admission_label.hide()
        layout.addWidget(self.admission_label)
        # Problems a poll worker must see at once: the disk, the clock, a double vote across a partition.
        self.alerts_label = QLabel()
        self.alerts_label.setAccessibleName(self.tr("Alerts"))
        self.alerts_label.setWordWrap(True)
        self.alerts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.alerts_label.setStyleSheet(
            "QLabel { background: #fff3cd; color: #5c3c00; border: 2px solid #b8860b; padding: 6px; }")
        fonts.enlarge(self.alerts_label, 1.1, bold=True)
        self.alerts_label.hide()
        self._double_votes: list[str] = []
        layout.addWidget(self.alerts_label)
        layout.addWidget(self._build_status())
        layout.addWidget(ObserverSwitch(self.bridge))  # the observer board: off by default
        layout.addStretch(1)
        self.status_scroll = FittingScrollArea(content)
        self.status_scroll.setAccessibleName(self.tr("Election and status"))
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.status_scroll, 1)
        buttons = QVBoxLayout()
        buttons.setContentsMargins(9, 0, 9, 6)
        buttons.addWidget(self._build_windows())
        self.authority_box = self._build_authority()
        self.authority_box.setVisible(info.authority)
        buttons.addWidget(self.authority_box)
        outer.addLayout(buttons)
        self.setCentralWidget(central)
        self.language_menu = LanguageMenu(station.data_dir, self)  # the station's language, kept in its settings
        self.menuBar().addMenu(self.language_menu)
        self.statusBar().setAccessibleName(self.tr("Messages"))
        self._show_role()

        self._timer = QTimer(self)
        self._timer.setInterval(STATUS_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(150)
        self._soon.timeout.connect(self.refresh)
        for signal in (self.bridge.block, self.bridge.tx, self.bridge.peers, self.bridge.txDropped):
            signal.connect(self._changed)
        self.bridge.mining.connect(self._mining_event)
        self.bridge.nodeEvent.connect(self._node_event)
        self.bridge.txDropped.connect(self._tx_dropped)
        self.refresh()

    # -- building
    def _build_status(self) -> QGroupBox:
        box = QGroupBox(self.tr("Status"))
        box.setAccessibleName(self.tr("Status of this station"))
        form = QFormLayout(box)
        self.status_labels: dict[str, QLabel] = {}
        for key, text in (
            ("election", self.tr("Election")),
            ("peers", self.tr("Connected stations")),
            ("height", self.tr("Blocks")),
            ("pending", self.tr("Waiting transactions")),
            ("mining", self.tr("Sealing blocks")),
            ("last_block", self.tr("Last block")),
            ("turnout", self.tr("Turnout")),
            ("after_close", self.tr("Since the close")),
            *((("ceremony", self.tr("Key ceremony")), ("decryption", self.tr("Secret ballot")))
              if self.info.secret else ()),
        ):
            label = QLabel("…")
            label.setAccessibleName(text)
            label.setWordWrap(True)
            self.status_labels[key] = label
            form.addRow(text + ":", label)
        return box

    def _build_windows(self) -> QGroupBox:
        box = QGroupBox(self.tr("Windows"))
        box.setAccessibleName(self.tr("Windows"))
        grid = QGridLayout(box)
        self.registration_button = _button(self.tr("&Registration desk"), self.tr("Open the registration desk"),
                                           self.open_registration, "Ctrl+1")
        self.ballot_button = _button(self.tr("Voting &booth"), self.tr("Open the voting booth"), self.open_ballot,
                                     "Ctrl+2")
        self.kiosk_button = _button(self.tr("Voting booth (&kiosk)…"), self.tr("Start the voting booth in kiosk mode"),
                                    self.ask_kiosk, "Ctrl+3")
        self.results_button = _button(self.tr("R&esults"), self.tr("Open the results"), self.open_results, "Ctrl+4")
        self.explorer_button = _button(self.tr("Block e&xplorer"), self.tr("Open the block explorer"),
                                       self.open_explorer, "Ctrl+5")
        self.reports = ReportActions(self, self.bridge, self.info.station_name)  # the zero and results reports
        for i, button in enumerate((self.registration_button, self.ballot_button, self.kiosk_button,
                                    self.results_button, self.explorer_button, *self.reports.buttons)):
            if not self._short_screen:  # larger buttons where there is room; on a short screen, all of them
                fonts.enlarge(button, 1.2)
            columns = 4 if self._short_screen else 3
            grid.addWidget(button, i // columns, i % columns)
        return box

    def _build_authority(self) -> QGroupBox:
        box = QGroupBox(self.tr("Election authority"))
        box.setAccessibleName(self.tr("Election authority"))
        grid = QGridLayout(box)
        self.admit_button = _button(self.tr("&Admit a station…"), self.tr("Admit a waiting station"),
                                    self.ask_admit)
        self.close_button = _button(self.tr("&Close the election…"), self.tr("Close the election"),
                                    self.ask_close)
        self.export_button = _button(self.tr("Export the election recor&d…"), self.tr("Export the election record"),
                                     self.ask_export_record)
        self.manifest_button = _button(self.tr("Export the &manifest…"),
                                       self.tr("Export the manifest other stations join with"),
                                       self.ask_export_manifest)
        for i, button in enumerate((self.admit_button, self.close_button, self.export_button,
                                    self.manifest_button)):
            columns = 4 if self._short_screen else 2  # a short screen: one row, so that every button shows
            grid.addWidget(button, i // columns, i % columns)
        return box

    # -- status
    @Slot(object)
    def _changed(self, _details: object) -> None:
        if not self._soon.isActive():
            self._soon.start()

    @Slot(object)
    def _node_event(self, event: object) -> None:
        if isinstance(event, CeremonyChanged):
            self._changed(event)

    @Slot(object)
    def _mining_event(self, event: MiningChanged) -> None:
        self._show_mining(event.active)

    def _show_mining(self, active: bool) -> None:
        self.status_labels["mining"].setText(self.tr("sealing a block…") if active else self.tr("idle"))

    @Slot()
    def refresh(self) -> None:
        """Ask the node for its status (one request at a time)."""
        if self._in_flight:
            return
        self._in_flight = True
        reply = self.bridge.request(self.bridge.node.status)
        reply.finished.connect(self._show_status)
        reply.failed.connect(self._status_failed)

    @Slot(object)
    def _status_failed(self, error: BaseException) -> None:
        self._in_flight = False
        self.statusBar().showMessage(self.tr("The node does not answer: {error}").format(error=refusal(error)))

    @Slot(object)
    def _show_status(self, status: Status) -> None:
        self._in_flight = False
        self.status = status
        labels = self.status_labels
        state = self.tr("closed") if status.closed else (
            self.tr("open") if status.opened else self.tr("not open yet"))
        if self.info.secret:
            labels["election"].setText(self.tr("{state} · id {fingerprint} · secret ballot, {k} of {n} trustees "
                                               "decrypt the result").format(
                state=state, fingerprint=self.info.election_fingerprint, k=self.info.threshold,
                n=len(self.info.trustees)))
        else:
            labels["election"].setText(self.tr("{state} · id {fingerprint} · results {mode}").format(
                state=state, fingerprint=self.info.election_fingerprint,
                mode=self.tr("live") if self.info.results_mode == "live" else self.tr("after the close")))
        peers = status.peers
        labels["peers"].setText(", ".join(
            self.tr("{name} (height {height})").format(name=p.name or "?", height=p.height)
            for p in peers) if peers else self.tr("none"))
        labels["height"].setText(str(status.height))
        labels["pending"].setText(str(status.mempool))  # Status.mempool: the count, public
        self._show_mining(status.mining)
        last = status.last_block_time
        labels["last_block"].setText(
            datetime.datetime.fromtimestamp(last / 1000).strftime("%H:%M:%S") if last else self.tr("none yet"))
        labels["turnout"].setText(self.tr("{registered} registered, {voted} voted").format(
            registered=status.registered, voted=status.voted))
        labels["after_close"].setText(self._after_close_text(status))
        if self.info.secret:
            labels["ceremony"].setText(self._ceremony_text(status))
            labels["decryption"].setText(self._decryption_text(status))
        self._show_role()
        self._show_alerts()
        self.close_button.setEnabled(not status.closed)
        self._fit_height()
        self.statusShown.emit(status)

    def _fit_height(self) -> None:
        """Grow the window when wrapped status lines need more height than it has (Qt sizes a window from
        its widgets' minimum sizes, which leave out the height that word-wrapped labels need), as far as the
        screen allows: beyond that the status scrolls, and the buttons stay in view."""
        grow_to_content(self, self.status_scroll)

    def _ceremony_text(self, status: Status) -> str:
        """The key ceremony of a secret election, in one line (keys, deals, acks of n; complete; stopped)."""
        progress = status.ceremony_progress
        if progress is None:
            return status.ceremony or "–"
        if progress.stage == "complete":
            if progress.of == 1:
                return self.tr("complete — one trustee: this laptop alone could read single ballots")
            return self.tr("complete — {n} trustees, {k} of them decrypt the result").format(
                n=progress.of, k=progress.threshold)
        if progress.stage == "stopped":
            return self.tr("STOPPED: {reason}").format(reason=ceremony_problem(progress.text))
        steps = {"keys": self.tr("trustee keys"), "deals": self.tr("shares dealt"), "acks": self.tr("shares checked")}
        return self.tr("in progress: {step} {done} of {of} (ballots are taken once it is done)").format(
            step=steps.get(progress.stage, progress.stage), done=progress.done, of=progress.of)

    def _decryption_text(self, status: Status) -> str:
        """Sealed (shares of k) or decrypted (by how many trustees)."""
        if not status.closed:
            return self.tr("every ballot encrypted; the trustees decrypt the total after the close")
        return status.decryption or "–"

    def _after_close_text(self, status: Status) -> str:
        """Which stations hold the closed chain, which are not heard from, whether the result changed since."""
        after = status.after_close
        if after is None:
            return self.tr("not closed")
        parts = [self.tr("{count} station(s) hold the closed chain").format(count=len(after.reconciled))]
        if after.waiting:
            parts.append(self.tr("waiting for {names}").format(names=", ".join(after.waiting)))
        if after.late_returns:
            changed = datetime.datetime.fromtimestamp((after.changed_at or 0) / 1000).strftime("%H:%M:%S")
            parts.append(self.tr("result changed at {time} by late returns ({count} ballot(s) cast before the close)"
                                 ).format(time=changed, count=sum(r.casts for r in after.late_returns)))
        else:
            parts.append(self.tr("result unchanged since the close"))
        return "; ".join(parts)

    @Slot(object)
    def _tx_dropped(self, event: TxDropped) -> None:
        if event.type != "vote":
            return
        self._double_votes.append(event.txid)
        self._show_alerts()

    def _show_alerts(self) -> None:
        """The alert box: what stops this station from working (disk, clock), and double votes since it started."""
        lines = []
        if self.status is not None and self.status.storage_error:
            lines.append("⚠ " + node_message(self.status.storage_error))
        if self.status is not None and self.status.key_conflict:
            lines.append("⚠ " + node_message(self.status.key_conflict))
        progress = self.status.ceremony_progress if self.status is not None else None
        if progress is not None and progress.stage == "stopped":
            if progress.culprit:
                lines.append(self.tr(
                    "⚠ The key ceremony stopped: the share from {station} is bad. No ballot can be cast; the "
                    "election authority can restart the election without that station.").format(
                        station=progress.culprit))
            else:
                lines.append(self.tr("⚠ The key ceremony stopped at this station: {problem}.").format(
                    problem=ceremony_problem(progress.problem or progress.text)))
        if self.status is not None and self.status.clock_error:
            lines.append("⚠ " + node_message(self.status.clock_error))
        if self._double_votes:
            receipts = ", ".join(txid[:12] + "…" for txid in self._double_votes[-3:])
            lines.append(self.tr(
                "⚠ Double vote detected ({count}): a voter voted at two stations while they were cut off from "
                "each other. Only the vote recorded first counts; the other one (receipt {receipts}) does not."
            ).format(count=len(self._double_votes), receipts=receipts))
        self.alerts_label.setText("\n".join(lines))
        self.alerts_label.setVisible(bool(lines))

    def _show_role(self) -> None:
        admitted = self.status.admitted if self.status is not None else True
        if self.info.authority:
            role = self.tr("election authority")
        elif admitted:
            role = self.tr("admitted station")
        else:
            role = self.tr("waiting for admission")
        self.role_label.setText(self.tr("This station: {name} ({fingerprint}) — {role}").format(
            name=self.info.station_name, fingerprint=self.info.station_fingerprint, role=role))
        self.admission_label.setVisible(not admitted)
        self.admission_label.setText(self.tr(
            "Not admitted yet. Show this fingerprint to the election authority: {fingerprint}").format(
                fingerprint=self.info.station_fingerprint))
        self.registration_button.setEnabled(admitted)

    # -- windows
    def _window(self, key: str, make: Callable[[], QWidget]) -> QWidget:
        window = self.windows.get(key)
        if window is None:
            window = make()
            self.windows[key] = window
            place_on_screen(window)  # wholly on this screen, where the window manager might put it half off
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    @Slot()
    def open_registration(self) -> RegistrationWindow:
        window = self._window("registration", lambda: RegistrationWindow(self.bridge, self.info))
        assert isinstance(window, RegistrationWindow)
        return window

    @Slot()
    def open_ballot(self) -> BallotWindow:
        window = self._window("ballot", lambda: BallotWindow(self.bridge, self.info))
        assert isinstance(window, BallotWindow)
        return window

    @Slot()
    def open_results(self) -> ResultsWindow:
        window = self._window("results", lambda: ResultsWindow(self.bridge, self.info))
        assert isinstance(window, ResultsWindow)
        return window

    @Slot()
    def open_explorer(self) -> ExplorerWindow:
        window = self._window("explorer", lambda: ExplorerWindow(self.bridge, self.info))
        assert isinstance(window, ExplorerWindow)
        return window

    @Slot()
    def ask_kiosk(self) -> None:
        """Ask the poll worker for an unlock code, then start the kiosk."""
        dialog = CodeDialog(self, confirm=True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start_kiosk(dialog.code.text())

    def start_kiosk(self, code: str) -> KioskWindow:
        """Show the booth full screen; only ``code`` leaves it."""
        kiosk = KioskWindow(self.bridge, self.info, UnlockCode(code))
        kiosk.unlocked.connect(self._kiosk_unlocked)
        self.kiosk = kiosk
        kiosk.start()
        return kiosk

    @Slot()
    def _kiosk_unlocked(self) -> None:
        if self.kiosk is not None:
            self.kiosk.deleteLater()
            self.kiosk = None

    # -- authority
    @Slot()
    def ask_admit(self) -> None:
        """Fetch the waiting stations, then let the authority pick one."""
        reply = self.bridge.request(self.bridge.node.waiting_stations)
        reply.finished.connect(self._choose_station)
        reply.failed.connect(self._action_failed)

    @Slot(object)
    def _choose_station(self, waiting: tuple[WaitingStation, ...]) -> None:
        dialog = AdmitDialog(waiting, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            key = dialog.station_key()
            if key is not None:
                self.admit_station(key, dialog.station_name())

    def admit_station(self, key: bytes, name: str) -> None:
        """Send the admission of a station."""
        node = self.bridge.node
        reply = self.bridge.request(lambda: node.admit(key, name))
        reply.finished.connect(self._admitted)
        reply.failed.connect(self._action_failed)

    @Slot(object)
    def _admitted(self, _txid: bytes) -> None:
        self.statusBar().showMessage(self.tr("Admission sent: the station is admitted with the next block."))

    def question(self, title: str, text: str) -> QMessageBox:
        """A question whose safe answer is the default: Return and Escape both cancel. The risky answer is
        the button named like the question's title ("Close the election")."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setAccessibleName(title)
        box.addButton(title, QMessageBox.ButtonRole.AcceptRole).setAccessibleName(title)
        keep = box.addButton(QMessageBox.StandardButton.Cancel)
        keep.setAccessibleName(self.tr("Cancel"))
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        return box

    def _close_texts(self) -> tuple[str, str]:
        return self.tr("Close the election"), self.tr(
            "Close the election now? No registration or vote is accepted after the close. This cannot be undone.")

    def _quit_texts(self) -> tuple[str, str]:
        return self.tr("Stop this station"), self.tr(
            "Stop this station? Until the app is started again, no registration, vote or block goes through this "
            "laptop. Its data stays on it.")

    def close_question(self) -> QMessageBox:
        return self.question(*self._close_texts())

    def quit_question(self) -> QMessageBox:
        return self.question(*self._quit_texts())

    def confirm(self, title: str, text: str) -> bool:
        """Ask (a seam for tests): True only when the risky answer was chosen."""
        box = self.question(title, text)
        box.exec()
        return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole

    @Slot()
    def ask_close(self) -> None:
        if self.confirm(*self._close_texts()):
            self.close_election()

    def close_election(self) -> None:
        """Send the close of the election."""
        reply = self.bridge.request(self.bridge.node.close)
        reply.finished.connect(self._closed)
        reply.failed.connect(self._action_failed)

    @Slot(object)
    def _closed(self, _txid: bytes) -> None:
        self.statusBar().showMessage(self.tr("Close sent: the election closes with the next block."))

    @Slot(object)
    def _action_failed(self, error: BaseException) -> None:
        message = refusal(error)
        self.statusBar().showMessage(self.tr("Refused: {error}").format(error=message))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Refused"), message, QMessageBox.StandardButton.Ok, self)
        box.setAccessibleName(self.tr("Refused"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the window keeps drawing and the node keeps answering

    def save_path(self, caption: str, name: str, filter_: str) -> Path | None:
        """Ask where to save (a seam for tests)."""
        path, _ = QFileDialog.getSaveFileName(self, caption, str(Path.home() / name), filter_)
        return Path(path) if path else None

    @Slot()
    def ask_export_record(self) -> None:
        path = self.save_path(self.tr("Export the election record"), "election-record.jsonl",
                              self.tr("Election records (*.jsonl);;All files (*)"))
        if path is not None:
            self.export_record(path)

    def export_record(self, path: Path) -> Job:
        """Write the election record on a worker thread."""
        data_dir = self.bridge.node.data_dir

        def work(_stop: StopRequested) -> tuple[str, Path, int]:  # worker thread: no Qt object in here
            return "record", path, export_record(data_dir, path).blocks

        return self._run(work, "votingapp-export-record")

    @Slot()
    def ask_export_manifest(self) -> None:
        path = self.save_path(self.tr("Export the manifest"), "election-manifest.json",
                              self.tr("Election manifests (*.json);;All files (*)"))
        if path is not None:
            self.export_manifest(path)

    def export_manifest(self, path: Path) -> None:
        """Write the signed manifest other stations join with."""
        node = self.bridge.node
        reply = self.bridge.request(node.genesis_bytes)
        reply.finished.connect(self._write_manifest)
        reply.failed.connect(self._action_failed)
        self._manifest_path = path

    @Slot(object)
    def _write_manifest(self, data: bytes) -> None:
        path = self._manifest_path

        def work(_stop: StopRequested) -> tuple[str, Path, int]:  # worker thread: no Qt object in here
            atomic_write_bytes(path, data)
            return "manifest", path, len(data)

        self._run(work, "votingapp-export-manifest")

    def _run(self, work: Callable[[StopRequested], tuple[str, Path, int]], name: str) -> Job:
        job = Job(work, name)
        job.succeeded.connect(self._job_done)
        job.failed.connect(self._action_failed)
        self._jobs.add(job)
        job.finished.connect(self._forget_jobs)
        job.start_job()
        return job

    @Slot(object)
    def _job_done(self, outcome: tuple[str, Path, int]) -> None:
        kind, path, count = outcome
        if kind == "record":
            message = self.tr("Wrote {path}: {blocks} blocks.").format(path=path, blocks=count)
        else:
            message = self.tr("Wrote {path}: other stations join the election with it.").format(path=path)
        self.statusBar().showMessage(message)

    @Slot()
    def _forget_jobs(self) -> None:
        self._jobs = {job for job in self._jobs if not job.isFinished()}

    def showEvent(self, event: QShowEvent) -> None:
        if not self._placed:
            self._placed = True
            place_on_screen(self)
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # A person closing the window (title bar, Alt+F4) is asked first; the app's own shutdown is not.
        if event.spontaneous() and not self.confirm(*self._quit_texts()):
            event.ignore()
            return
        self._timer.stop()
        for window in self.windows.values():
            window.close()
        super().closeEvent(event)
