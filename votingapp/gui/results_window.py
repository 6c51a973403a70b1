"""Results: bars of the votes per option, counts, shares, turnout, live but throttled; verification; receipts.

When the election shows results only after it closes, the counts never leave the node before the close:
the window shows turnout alone.  A secret election's result is sealed (turnout and "N of k trustee shares")
until k trustee stations decrypt the sum after the close; then the counts, and who decrypted them.  "Check a
ballot" checks an opened (spoiled) ballot's text against the election key: did the booth encrypt the option
it states?
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from votingapp.core.close_report import CloseInfo
from votingapp.core.crypto.opened import OpenedVerdict, check_opened_ballot_text
from votingapp.core.errors import ChainError
from votingapp.core.tally import MIN_REDECRYPT_BALLOTS, Tally
from votingapp.election.audit import VerificationCancelled, Verified, verify_data_dir
from votingapp.gui import fonts
from votingapp.gui.bridge import NodeBridge
from votingapp.gui.election_info import ElectionInfo
from votingapp.gui.observer_panel import ObserverQr
from votingapp.gui.refusals import dropped_reason, opened_verdict, refusal
from votingapp.gui.screen_fit import FittingScrollArea, grow_to_content, place_on_screen
from votingapp.gui.vote_bars import VoteBars
from votingapp.gui.worker_thread import Job, StopRequested
from votingapp.node.events import ChainChanged
from votingapp.node.queries import TxLocation

REFRESH_MS = 400  # at most about two redraws a second, however fast blocks arrive


def clock_text(ms: int | None) -> str:
    """A time of day (local) for people, from milliseconds since the epoch."""
    return datetime.datetime.fromtimestamp(ms / 1000).strftime("%H:%M:%S") if ms else "-"


def share(part: int, whole: int) -> str:
    """A percentage for people, or a dash when there is nothing to divide by."""
    return f"{100 * part / whole:.1f} %" if whole else "–"


class ResultsWindow(QWidget):
    """Live results of the election as this node sees them."""

    def __init__(self, bridge: NodeBridge, info: ElectionInfo, parent: QWidget | None = None,
                 refresh_ms: int = REFRESH_MS) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.info = info
        self.latest: Tally | None = None
        self.refreshes = 0
        self._in_flight = False
        self._dirty = False
        self._verify_job: Job | None = None
        self.setWindowTitle(self.tr("Results — {title}").format(title=info.title))
        self.setAccessibleName(self.tr("Results"))
        self._throttle = QTimer(self)
        self._throttle.setSingleShot(True)
        self._throttle.setInterval(refresh_ms)
        self._throttle.timeout.connect(self.refresh)
        bridge.block.connect(self._chain_changed)

        self._placed = False
        heading = QLabel(info.title)
        heading.setAccessibleName(self.tr("Election title"))
        heading.setWordWrap(True)
        fonts.enlarge(heading, 1.6, bold=True)
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Election state"))
        self.state_label.setWordWrap(True)
        self.after_close_label = QLabel()
        self.after_close_label.setAccessibleName(self.tr("After the close"))
        self.after_close_label.setWordWrap(True)
        self.after_close_label.hide()
        self.turnout_label = QLabel()
        self.turnout_label.setAccessibleName(self.tr("Turnout"))
        self.turnout_label.setWordWrap(True)
        fonts.enlarge(self.turnout_label, 1.3, bold=True)

        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Results"))
        self.stack.addWidget(self._build_results_page())
        self.decryption_label = QLabel()
        self.decryption_label.setAccessibleName(self.tr("Who decrypted the result"))
        self.decryption_label.setWordWrap(True)
        self.decryption_label.hide()
        self.hidden_label = QLabel(self.tr("This election shows its results once it is closed. Turnout is live."))
        self.hidden_label.setAccessibleName(self.tr("Results are hidden until the close"))
        self.hidden_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hidden_label.setWordWrap(True)
        fonts.enlarge(self.hidden_label, 1.4)
        self.stack.addWidget(self.hidden_label)

        content = QWidget()  # scrolls up and down on a small screen (200 % text on a laptop)
        layout = QVBoxLayout(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.content_scroll = FittingScrollArea(content)
        outer.addWidget(self.content_scroll)
        layout.addWidget(heading)
        layout.addWidget(self.state_label)
        layout.addWidget(self.after_close_label)
        layout.addWidget(self.turnout_label)
        layout.addWidget(self.decryption_label)
        layout.addWidget(self.stack)
        row = QHBoxLayout()
        row.addWidget(self._build_verify_box(), 1)
        row.addWidget(self._build_receipt_box(), 1)
        if info.secret:
            row.addWidget(self._build_ballot_check_box(), 1)
        layout.addLayout(row)
        layout.addWidget(ObserverQr(bridge))  # the observer board's address as a QR code, while it is on

    # -- building
    def _build_results_page(self) -> QWidget:
        page = QWidget()
        page.setAccessibleName(self.tr("Chart and counts"))
        self.bars = VoteBars(self.info.options)
        self.bars.setAccessibleName(self.tr("Bar chart of the votes per option"))
        self.table = QTableWidget(len(self.info.options), 3)
        self.table.setAccessibleName(self.tr("Votes and shares per option"))
        self.table.setHorizontalHeaderLabels([self.tr("Option"), self.tr("Votes"), self.tr("Share")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, option in enumerate(self.info.options):
            self.table.setItem(row, 0, QTableWidgetItem(option))
            for column in (1, 2):
                item = QTableWidgetItem("–")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bars)
        layout.addWidget(self.table)
        return page

    def _build_verify_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Verification"))
        box.setAccessibleName(self.tr("Verification"))
        self.verify_button = QPushButton(self.tr("&Verify everything"))
        self.verify_button.setAccessibleName(self.tr("Verify every block, transaction and signature"))
        self.verify_button.clicked.connect(self.verify_everything)
        self.verify_label = QLabel(self.tr("Every block was checked by this node as it arrived."))
        self.verify_label.setAccessibleName(self.tr("Verification outcome"))
        self.verify_label.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.verify_button)
        layout.addWidget(self.verify_label)
        return box

    def _build_receipt_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Check a receipt"))
        box.setAccessibleName(self.tr("Check a receipt"))
        self.receipt_edit = QLineEdit()
        self.receipt_edit.setAccessibleName(self.tr("Receipt to check"))
        self.receipt_edit.setPlaceholderText(self.tr("the receipt's 64 hexadecimal digits"))
        self.receipt_edit.setFont(fonts.monospace(self))
        self.receipt_edit.returnPressed.connect(self.check_receipt)
        self.receipt_button = QPushButton(self.tr("C&heck"))
        self.receipt_button.setAccessibleName(self.tr("Check the receipt"))
        self.receipt_button.clicked.connect(self.check_receipt)
        self.receipt_label = QLabel()
        self.receipt_label.setAccessibleName(self.tr("Where the vote is recorded"))
        self.receipt_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.receipt_edit, 1)
        row.addWidget(self.receipt_button)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.receipt_label)
        return box

    def _build_ballot_check_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Check a ballot"))
        box.setAccessibleName(self.tr("Check a ballot"))
        explain = QLabel(self.tr("Paste the text of a ballot a booth opened for checking (“Check this machine”):"))
        explain.setWordWrap(True)
        self.ballot_edit = QPlainTextEdit()
        self.ballot_edit.setAccessibleName(self.tr("Opened ballot to check"))
        self.ballot_edit.setTabChangesFocus(True)
        self.ballot_edit.setFont(fonts.monospace(self, 0.9))
        self.ballot_edit.setMaximumHeight(90)
        self.ballot_button = QPushButton(self.tr("Check the &ballot"))
        self.ballot_button.setAccessibleName(self.tr("Check the opened ballot"))
        self.ballot_button.clicked.connect(self.check_ballot)
        self.ballot_label = QLabel()
        self.ballot_label.setAccessibleName(self.tr("What the check of the ballot says"))
        self.ballot_label.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(explain)
        layout.addWidget(self.ballot_edit)
        layout.addWidget(self.ballot_button)
        layout.addWidget(self.ballot_label)
        return box

    # -- live results, throttled
    @Slot(object)
    def _chain_changed(self, _event: ChainChanged) -> None:
        if not self._throttle.isActive():
            self._throttle.start()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._placed:
            self._placed = True
            place_on_screen(self)
        super().showEvent(event)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Ask the node for the tally (one request at a time; a change meanwhile asks again after it)."""
        if self._in_flight:
            self._dirty = True
            return
        self._in_flight = True
        reply = self.bridge.request(self.bridge.node.tally)
        reply.finished.connect(self._show)
        reply.failed.connect(self._failed)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self._in_flight = False
        self.state_label.setText(self.tr("The node did not answer: {error}").format(error=refusal(error)))

    @Slot(object)
    def _show(self, tally: Tally) -> None:
        self._in_flight = False
        self.latest = tally
        self.refreshes += 1
        registered, voted = tally.registered, tally.voted
        self.turnout_label.setText(self.tr("Registered {registered} · Voted {voted} · Turnout {share}").format(
            registered=registered, voted=voted, share=share(voted, registered)))
        status = self.tr("closed") if tally.closed else (self.tr("open") if tally.opened else self.tr("not open yet"))
        self.state_label.setText(self.tr(
            "Election {status} · block height {height} · every block checked by this node as it arrived").format(
                status=status, height=tally.height))
        if tally.closed:
            after = self.bridge.request(self.bridge.node.close_info)
            after.finished.connect(self._show_after_close)
        if tally.secret:
            self._show_decryption(tally)
        if tally.results is None:  # hidden until the close, or sealed: the counts never left the node
            self.stack.setCurrentWidget(self.hidden_label)
        else:
            self._draw(tally.results, voted)
            self.stack.setCurrentIndex(0)
        grow_to_content(self, self.content_scroll)
        if self._dirty:
            self._dirty = False
            self._throttle.start()

    def _show_decryption(self, tally: Tally) -> None:
        """A secret election: sealed (shares of k) until k trustees decrypt the sum, then who decrypted it."""
        if tally.sealed:
            sealed = self.tr("Sealed — {shares} of {k} trustee shares").format(shares=tally.shares,
                                                                               k=tally.threshold)
            if tally.closed:
                why = self.tr("The result is decrypted once {k} of the trustee stations have sent their share of "
                              "the decryption. Turnout is live.").format(k=tally.threshold)
            else:
                why = self.tr("Every ballot is encrypted. After the close, the trustee stations ({k} of them "
                              "suffice) decrypt the total together; no single ballot is ever decrypted. Turnout is "
                              "live.").format(k=tally.threshold)
            self.hidden_label.setText(sealed + "\n\n" + why)
            self.decryption_label.hide()
            return
        names = [self.info.trustees[i - 1] if 0 < i <= len(self.info.trustees) else str(i)
                 for i in tally.decrypted_by]
        text = self.tr("Decrypted by {m} of {n} trustees ({names}), every proof checked by this node.").format(
            m=len(tally.decrypted_by), n=len(self.info.trustees), names=", ".join(names))
        if tally.late_held_back:
            text += " " + self.tr("Late returns came in since: {n} not in this result. Fewer than {m} late ballots "
                                  "stay sealed, because decrypting them apart would give away how they voted.").format(
                n=tally.late_ballots, m=MIN_REDECRYPT_BALLOTS)
        elif tally.stale:
            text += " " + self.tr("Late returns came in since: the new count waits for the trustees' shares.")
        self.decryption_label.setText(text)
        self.decryption_label.show()

    @Slot(object)
    def _show_after_close(self, info: CloseInfo | None) -> None:
        """When the close came, which stations hold the closed chain, and what changed the result since."""
        if info is None:
            self.after_close_label.hide()
            return
        lines = [self.tr("Closed at {time} (block {height}): nothing cast later counts.").format(
            time=clock_text(info.time), height=info.height)]
        lines.append(self.tr("Stations holding the closed chain: {names}.").format(
            names=", ".join(info.reconciled) or self.tr("none yet")))
        if info.waiting:
            lines.append(self.tr("Not heard from since the close (cut off or off): {names}.").format(
                names=", ".join(info.waiting)))
        if info.late_returns:
            last = info.late_returns[-1]
            lines.append(self.tr(
                "The result last changed at {time}: late returns, {count} ballot(s) cast before the close at a "
                "station that was cut off, last from {station}.").format(
                    time=clock_text(info.changed_at), count=sum(r.casts for r in info.late_returns),
                    station=last.station))
        else:
            lines.append(self.tr("The result has not changed since the close."))
        self.after_close_label.setText("\n".join(lines))
        self.after_close_label.show()
        grow_to_content(self, self.content_scroll)

    def _draw(self, counts: dict[str, int], voted: int) -> None:
        for row, option in enumerate(self.info.options):
            count = counts.get(option, 0)
            self.bars.replace(row, count)
            self._cell(row, 1).setText(str(count))
            self._cell(row, 2).setText(share(count, voted))

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is made with the table
        return item

    def counts(self) -> dict[str, int]:
        """The counts on screen (for tests and screen readers alike: the table holds the same)."""
        return {self._cell(r, 0).text(): int(self._cell(r, 1).text())
                for r in range(self.table.rowCount()) if self._cell(r, 1).text().isdigit()}

    # -- full verification on a worker
    @Slot()
    def verify_everything(self) -> None:
        """Re-check every block, transaction and signature on a worker thread."""
        if self._verify_job is not None:
            return
        data_dir = self.bridge.node.data_dir

        def work(stop: StopRequested) -> Verified:
            return verify_data_dir(data_dir, stop)

        job = Job(work, "votingapp-verify-all")
        job.succeeded.connect(self._verified)
        job.failed.connect(self._verify_failed)
        self._verify_job = job
        self.verify_button.setEnabled(False)
        self.verify_label.setText(self.tr("Verifying every block, transaction and signature…"))
        job.start_job()

    @Slot(object)
    def _verified(self, outcome: Verified) -> None:
        self._verify_job = None
        self.verify_button.setEnabled(True)
        report = outcome.report
        self.verify_label.setText(self.tr(
            "✓ Valid: {blocks} blocks, {txs} transactions and {sigs} signatures checked in {seconds:.2f} s; "
            "{registered} registered, {voted} voted.").format(
                blocks=report.blocks, txs=report.transactions, sigs=report.signatures, seconds=outcome.seconds,
                registered=len(report.state.registered),
                voted=len(report.state.voted) + len(report.state.ballots)))

    @Slot(object)
    def _verify_failed(self, error: BaseException) -> None:
        self._verify_job = None
        self.verify_button.setEnabled(True)
        if isinstance(error, VerificationCancelled):
            self.verify_label.setText(self.tr("Verification stopped."))
        elif isinstance(error, ChainError):
            self.verify_label.setText(self.tr("✗ INVALID: {error}").format(error=refusal(error)))
        else:
            self.verify_label.setText(self.tr("Could not verify: {error}").format(error=refusal(error)))

    # -- receipts
    @Slot()
    def check_receipt(self) -> None:
        """Look up where the vote of the typed receipt is recorded."""
        text = "".join(self.receipt_edit.text().split()).lower()
        try:
            valid = len(bytes.fromhex(text)) == 32
        except ValueError:
            valid = False
        if not valid:
            self.receipt_label.setText(self.tr("A receipt has 64 hexadecimal digits (0-9, a-f)."))
            return
        node = self.bridge.node
        reply = self.bridge.request(lambda: node.locate_receipt(text))
        reply.finished.connect(self._receipt_found)
        reply.failed.connect(self._receipt_failed)

    @Slot(object)
    def _receipt_found(self, where: TxLocation) -> None:
        status = where.status
        if status == "unknown":
            text = self.tr("Not found: this node knows no transaction with this receipt.")
        elif where.type not in ("vote", "ballot"):
            text = self.tr("This is not a vote's receipt (it is a {type} transaction).").format(type=where.type)
        elif status == "pending":
            text = self.tr("Received: the vote waits for the next block.")
        elif status == "dropped":
            text = self.tr("✗ Not counted: this vote was dropped because {reason}.").format(
                reason=dropped_reason(where.reason))
        else:
            text = self.tr("✓ Recorded in block {height} (position {position}); {confirmations} block(s) confirm it."
                           ).format(height=where.height, position=where.position,
                                    confirmations=where.confirmations)
        if where.type == "ballot" and status in ("pending", "confirmed"):
            text += " " + self.tr("(An encrypted ballot: its tracking code shows no choice.)")
        self.receipt_label.setText(text)

    @Slot(object)
    def _receipt_failed(self, error: BaseException) -> None:
        self.receipt_label.setText(self.tr("The node could not check the receipt: {error}").format(
            error=refusal(error)))

    # -- opened ballots (Benaloh's check of a booth)
    @Slot()
    def check_ballot(self) -> None:
        """Check the pasted opened ballot against the election key (on the node's thread: a few ms)."""
        text = self.ballot_edit.toPlainText().strip()
        if not text:
            self.ballot_label.setText(self.tr("Paste the opened ballot's text first."))
            return
        node, options, election = self.bridge.node, list(self.info.options), bytes.fromhex(self.info.election_id)

        def check() -> OpenedVerdict | None:
            key = node.election_key()
            return None if key is None else check_opened_ballot_text(text, key, options, election)

        reply = self.bridge.request(check)
        reply.finished.connect(self._ballot_checked)
        reply.failed.connect(self._ballot_check_failed)

    @Slot(object)
    def _ballot_checked(self, verdict: OpenedVerdict | None) -> None:
        if verdict is None:
            self.ballot_label.setText(self.tr(
                "The election key is not made yet (the trustees' key ceremony): no ballot can be checked."))
        elif verdict.ok:
            self.ballot_label.setText(self.tr(
                "✓ The booth encrypted “{option}”, as the opened ballot states (tracking code {code}…). This ballot "
                "was opened, so it is never counted.").format(option=verdict.option,
                                                              code=verdict.tracking_code.hex()[:16]))
        else:
            self.ballot_label.setText(self.tr("✗ {reason}").format(reason=opened_verdict(verdict.reason)))

    @Slot(object)
    def _ballot_check_failed(self, error: BaseException) -> None:
        self.ballot_label.setText(self.tr("The node could not check the ballot: {error}").format(error=refusal(error)))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._verify_job is not None:
            self._verify_job.request_stop()
        super().closeEvent(event)
