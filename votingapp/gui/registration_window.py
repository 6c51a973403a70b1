"""The registration desk: one click makes a voter_id, shown large, as a QR code and as a printable slip.

The id is shown in two lines of four groups (whole at the window's default size, never wrapped mid-group), its
QR code has room reserved from the start (a cropped code does not scan), a second press within a moment does
not register a second voter, and the id leaves the screen by itself after a short time, saying so.

Registrations go out back to back without waiting for blocks; each is followed until it is in a block.
Nothing on the desk links an order number to a chain entry (that would tell who holds which voter key, and
so, in an open election, who voted what): the desk shows only how many voters it registered and how many
registrations wait for a block, never a list, a number per voter or a transaction id.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontMetrics, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from votingapp.core.voter_id import ALPHABET
from votingapp.gui import fonts
from votingapp.gui.bridge import NodeBridge
from votingapp.gui.election_info import ElectionInfo
from votingapp.gui.qr import qr_image
from votingapp.gui.refusals import refusal
from votingapp.gui.slip import Slip, id_lines, print_slip
from votingapp.node.queries import TxLocation

QR_MODULE_PX = 4  # 37 modules with the quiet zone: 148 px, read by a desk scanner or a phone
DEBOUNCE_MS = 1500  # a second press this soon after a registration is taken for a double press
IN_FLIGHT_S = 10  # a registration with no answer for this long no longer blocks the button
CLEAR_AFTER_S = 60  # the voter_id leaves the screen by itself after this long


def widest_voter_id(metrics: QFontMetrics) -> str:
    """A voter_id made of the widest character of the alphabet in this font: what the layout must fit."""
    widest = max(ALPHABET, key=metrics.horizontalAdvance)
    return "-".join([widest * 4] * 8)


class _Registration(QObject):
    """Follows one registration until it is in a block (no row, no number on screen).

    It keeps no reference to its window (its Qt parent): a Python reference cycle through a window
    would leave the window's deletion to the garbage collector.
    """

    inBlock = Signal(int, int)  # the desk's count of registrations so far (not shown per voter), block height
    settled = Signal(str)  # "" once in a block; why not, when it was dropped

    def __init__(self, window: RegistrationWindow, number: int) -> None:
        super().__init__(window)
        self.number = number

    @Slot(object)
    def confirmed(self, where: TxLocation) -> None:
        self.inBlock.emit(self.number, where.height or 0)
        self.settled.emit("")
        self.deleteLater()

    @Slot(object)
    def dropped(self, error: BaseException) -> None:
        self.settled.emit(refusal(error))
        self.deleteLater()


class RegistrationWindow(QWidget):
    """The poll worker's window at the registration desk."""

    registrationConfirmed = Signal(int, int)  # registrations so far at this desk, block height

    def __init__(self, bridge: NodeBridge, info: ElectionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.info = info
        title = info.title
        self._count = 0
        self._waiting = 0
        self._not_recorded = 0
        self._slip: Slip | None = None
        self._in_flight_since = -1e9  # time.monotonic() of the registration on its way, if any
        self._last_registered = -1e9  # time.monotonic() of the last registration shown
        self.debounce_ms = DEBOUNCE_MS
        self.clear_after_s = CLEAR_AFTER_S
        self._clear_at = 0.0
        self._clear_timer = QTimer(self)
        self._clear_timer.setInterval(1000)
        self._clear_timer.timeout.connect(self._count_down)
        self.setWindowTitle(self.tr("Registration desk — {title}").format(title=title))
        self.setAccessibleName(self.tr("Registration desk"))

        heading = QLabel(self.tr("Registration desk"))
        fonts.enlarge(heading, 1.6, bold=True)
        heading.setAccessibleName(self.tr("Registration desk"))
        explain = QLabel(self.tr(
            "Check the voter's eligibility, then press “Register voter”. Give the voter the slip: its ID is "
            "their secret ballot key. No personal data is entered or kept."))
        explain.setWordWrap(True)
        explain.setAccessibleName(self.tr("How to register a voter"))

        self.register_button = QPushButton(self.tr("&Register voter"))
        self.register_button.setAccessibleName(self.tr("Register voter"))
        self.register_button.setAutoDefault(True)
        fonts.enlarge(self.register_button, 1.5, bold=True)
        self.register_button.clicked.connect(self.register_voter)

        self.voter_id_label = QLabel()
        self.voter_id_label.setAccessibleName(self.tr("New voter ID"))
        self.voter_id_label.setFont(fonts.monospace(self, 2.2))
        self.voter_id_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.voter_id_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Room for the widest possible id from the start, so the window's default size shows it whole.
        metrics = QFontMetrics(self.voter_id_label.font())
        widest = widest_voter_id(metrics)
        self.voter_id_label.setMinimumSize(metrics.size(0, "\n".join(id_lines(widest))))
        self.qr_label = QLabel()
        self.qr_label.setAccessibleName(self.tr("QR code of the voter ID"))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setMinimumSize(qr_image(widest, module_px=QR_MODULE_PX).size())
        self.timeout_label = QLabel()
        self.timeout_label.setAccessibleName(self.tr("When the voter ID leaves the screen"))
        self.timeout_label.setWordWrap(True)
        self.state_label = QLabel(self.tr("Press “Register voter” for the next voter."))
        self.state_label.setAccessibleName(self.tr("Registration state"))
        self.state_label.setWordWrap(True)
        self.state_label.setMinimumHeight(self.state_label.fontMetrics().lineSpacing() * 2)
        self.error_label = QLabel()
        self.error_label.setAccessibleName(self.tr("Registration error"))
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")

        self.print_button = QPushButton(self.tr("&Print slip…"))
        self.print_button.setAccessibleName(self.tr("Print the voter slip"))
        self.print_button.setAutoDefault(True)
        self.print_button.clicked.connect(self.print_current_slip)
        self.clear_button = QPushButton(self.tr("&Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the voter ID from the screen"))
        self.clear_button.setAutoDefault(True)
        self.clear_button.clicked.connect(self.clear_voter_id)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Voters registered at this desk"))
        self.count_label.setWordWrap(True)
        fonts.enlarge(self.count_label, 1.2)

        # Landscape: the id and its state beside the QR code, so the desk fits a 1366x768 screen at 200 % text
        # (683x384 logical pixels) as well as at 100 %.
        left = QVBoxLayout()
        left.addWidget(self.register_button)
        left.addWidget(self.voter_id_label)
        left.addWidget(self.timeout_label)
        left.addWidget(self.state_label)
        left.addWidget(self.error_label)
        left.addStretch(1)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.clear_button)
        bottom.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(middle)
        layout.addLayout(bottom)
        layout.addStretch(1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.clear_voter_id)
        self.clear_voter_id()
        self._show_count()
        self.register_button.setFocus()
        self.resize(self.sizeHint().width(), max(self.sizeHint().height(), layout.totalHeightForWidth(
            self.sizeHint().width())))

    # -- registering
    @Slot()
    def register_voter(self) -> None:
        """Ask the node for a new registration; the answer arrives in :meth:`_registered`.

        A press while one is under way, or within ``debounce_ms`` of the last id shown, is a double press
        (Return twice, a double click): it registers nobody, so the id on screen stays the voter's.
        """
        now = time.monotonic()
        if (now - self._in_flight_since < IN_FLIGHT_S) or (now - self._last_registered) * 1000 < self.debounce_ms:
            return
        self._in_flight_since = now
        node = self.bridge.node
        reply = self.bridge.request(node.register)
        reply.finished.connect(self._registered)
        reply.failed.connect(self._register_failed)
        self.error_label.clear()
        self.state_label.setText(self.tr("Registering…"))

    @Slot(object)
    def _registered(self, result: tuple[str, bytes]) -> None:
        voter_id, txid = result
        self._in_flight_since = -1e9
        self._last_registered = time.monotonic()
        self._count += 1
        self._waiting += 1
        tracker = _Registration(self, self._count)
        tracker.inBlock.connect(self.registrationConfirmed)
        tracker.settled.connect(self._settled)
        reply = self.bridge.wait_for_block(txid)
        reply.finished.connect(tracker.confirmed)
        reply.failed.connect(tracker.dropped)
        self._show_voter_id(voter_id)
        self._show_count()
        self.state_label.setText(self.tr(
            "Voter registered; the registration goes into the next block. Print the slip or let the voter scan "
            "the code."))

    @Slot()
    def _fit_height(self) -> None:
        """Grow the window when wrapped lines (state, error) need more height than it has: Qt sizes a window
        from its widgets' minimum sizes, which leave out what word-wrapped labels need, and the QR code
        would be drawn under the next line."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if self.height() < needed:
            self.resize(self.width(), needed)

    @Slot(str)
    def _settled(self, problem: str) -> None:
        self._waiting -= 1
        if problem:
            self._not_recorded += 1
            self.error_label.setText(self.tr(
                "A registration was NOT recorded ({reason}): a voter whose ID the booth does not know registers "
                "again.").format(reason=problem))
        self._show_count()
        QTimer.singleShot(0, self._fit_height)

    def _show_count(self) -> None:
        text = self.tr("{count} voter(s) registered at this desk today").format(count=self._count)
        if self._waiting:
            text += self.tr(" · {n} waiting for a block").format(n=self._waiting)
        if self._not_recorded:
            text += self.tr(" · {n} NOT recorded").format(n=self._not_recorded)
        self.count_label.setText(text)

    @Slot(object)
    def _register_failed(self, error: BaseException) -> None:
        self._in_flight_since = -1e9
        self.state_label.setText(self.tr("No voter was registered."))
        self.error_label.setText(refusal(error))
        QTimer.singleShot(0, self._fit_height)

    def _show_voter_id(self, voter_id: str) -> None:
        info = self.info
        self._slip = Slip(voter_id, info.title, info.station_name, info.election_fingerprint)
        self.voter_id_label.setText("\n".join(id_lines(voter_id)))
        QTimer.singleShot(0, self._fit_height)
        self.qr_label.setPixmap(QPixmap.fromImage(qr_image(voter_id, module_px=QR_MODULE_PX)))
        self.print_button.setEnabled(True)
        self.clear_button.setEnabled(True)
        self._clear_at = time.monotonic() + self.clear_after_s
        self._clear_timer.start(1000)
        self._count_down()

    @Slot()
    def _count_down(self) -> None:
        """Say when the id leaves the screen, and take it off when the time is up."""
        left = self._clear_at - time.monotonic()
        if left <= 0:
            self.clear_voter_id()
            return
        self.timeout_label.setText(self.tr("This ID leaves the screen in {seconds} s.").format(
            seconds=max(1, round(left))))
        if left < 1:
            self._clear_timer.start(max(1, int(left * 1000)))

    @Slot()
    def clear_voter_id(self) -> None:
        """Take the current voter ID off the screen (and out of this window)."""
        self._slip = None
        self._clear_timer.stop()
        self.timeout_label.setText(self.tr("Each voter ID leaves the screen {seconds} s after it is shown.").format(
            seconds=self.clear_after_s))
        self.voter_id_label.setText(self.tr("—"))
        self.qr_label.clear()
        self.print_button.setEnabled(False)
        self.clear_button.setEnabled(False)
        self.register_button.setFocus()

    @Slot()
    def print_current_slip(self) -> None:
        """Print the slip of the voter ID on screen."""
        if self._slip is not None:
            print_slip(self, self._slip)

    @property
    def voter_id(self) -> str | None:
        """The voter_id on screen (one line, with its dashes), or None."""
        return self._slip.voter_id if self._slip is not None else None

    @property
    def registrations(self) -> int:
        """Voters registered from this window."""
        return self._count
