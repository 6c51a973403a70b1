"""The registration desk: one click makes a voter_id, shown large, as a QR code and as a printable slip.

Registrations go out back to back without waiting for blocks; the list below follows each one until it
is in a block.  The list never holds a voter_id: only the registration's transaction id.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from votingapp.gui import fonts
from votingapp.gui.bridge import NodeBridge
from votingapp.gui.election_info import ElectionInfo
from votingapp.gui.qr import qr_image
from votingapp.gui.slip import Slip, print_slip
from votingapp.node.queries import TxLocation

MAX_ROWS = 500


class _Registration(QObject):
    """Follows one registration until it is in a block, and updates its row.

    It keeps no reference to its window (its Qt parent): a Python reference cycle through a window
    would leave the window's deletion to the garbage collector.
    """

    inBlock = Signal(int, int)  # voter number, block height

    def __init__(self, window: RegistrationWindow, number: int, txid: bytes) -> None:
        super().__init__(window)
        self.number = number
        self.txid = txid
        self.item = QListWidgetItem()
        self.show_state(self.tr("waiting for a block"))

    def show_state(self, state: str) -> None:
        self.item.setText(self.tr("Voter {number}: registration {txid} — {state}").format(
            number=self.number, txid=self.txid.hex()[:16], state=state))

    @Slot(object)
    def confirmed(self, where: TxLocation) -> None:
        self.show_state(self.tr("in block {height}").format(height=where.height))
        self.inBlock.emit(self.number, where.height or 0)
        self.deleteLater()

    @Slot(object)
    def dropped(self, error: BaseException) -> None:
        self.show_state(self.tr("NOT recorded: {reason}").format(reason=error))
        self.deleteLater()


class RegistrationWindow(QWidget):
    """The poll worker's window at the registration desk."""

    registrationConfirmed = Signal(int, int)  # voter number, block height

    def __init__(self, bridge: NodeBridge, info: ElectionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.info = info
        title = info.title
        self._count = 0
        self._slip: Slip | None = None
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
        self.voter_id_label.setWordWrap(True)
        self.qr_label = QLabel()
        self.qr_label.setAccessibleName(self.tr("QR code of the voter ID"))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label = QLabel(self.tr("Press “Register voter” for the next voter."))
        self.state_label.setAccessibleName(self.tr("Registration state"))
        self.state_label.setWordWrap(True)
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

        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Registrations of this session"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(self.register_button)
        layout.addWidget(self.voter_id_label)
        layout.addWidget(self.qr_label)
        layout.addWidget(self.state_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        history_label = QLabel(self.tr("&Registrations (newest first):"))
        history_label.setBuddy(self.history)
        layout.addWidget(history_label)
        layout.addWidget(self.history, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.clear_voter_id)
        self.clear_voter_id()
        self.register_button.setFocus()

    # -- registering
    @Slot()
    def register_voter(self) -> None:
        """Ask the node for a new registration; the answer arrives in :meth:`_registered`."""
        node = self.bridge.node
        reply = self.bridge.request(node.register)
        reply.finished.connect(self._registered)
        reply.failed.connect(self._register_failed)
        self.error_label.clear()
        self.state_label.setText(self.tr("Registering…"))

    @Slot(object)
    def _registered(self, result: tuple[str, bytes]) -> None:
        voter_id, txid = result
        self._count += 1
        tracker = _Registration(self, self._count, txid)
        tracker.inBlock.connect(self.registrationConfirmed)
        self.history.insertItem(0, tracker.item)
        while self.history.count() > MAX_ROWS:
            self.history.takeItem(self.history.count() - 1)
        reply = self.bridge.wait_for_block(txid)
        reply.finished.connect(tracker.confirmed)
        reply.failed.connect(tracker.dropped)
        self._show_voter_id(voter_id)
        self.state_label.setText(self.tr(
            "Voter {number} registered; the registration goes into the next block. Print the slip or let the "
            "voter scan the code.").format(number=self._count))

    @Slot(object)
    def _register_failed(self, error: BaseException) -> None:
        self.state_label.setText(self.tr("No voter was registered."))
        self.error_label.setText(str(error) or type(error).__name__)

    def _show_voter_id(self, voter_id: str) -> None:
        info = self.info
        self._slip = Slip(voter_id, info.title, info.station_name, info.election_fingerprint)
        self.voter_id_label.setText(voter_id)
        self.qr_label.setPixmap(QPixmap.fromImage(qr_image(voter_id, module_px=5)))
        self.print_button.setEnabled(True)
        self.clear_button.setEnabled(True)

    @Slot()
    def clear_voter_id(self) -> None:
        """Take the current voter ID off the screen (and out of this window)."""
        self._slip = None
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
    def registrations(self) -> int:
        """Voters registered from this window."""
        return self._count
