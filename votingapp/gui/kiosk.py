"""Kiosk mode: the booth full screen, above and blocking every other window, until a poll worker unlocks it.

The poll worker sets an unlock code when starting the kiosk (only its hash is kept); Ctrl+Shift+Q asks
for it. Closing, Escape and the other windows are out of a voter's reach meanwhile.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from votingapp.gui.ballot_window import BallotWindow
from votingapp.gui.bridge import NodeBridge
from votingapp.gui.election_info import ElectionInfo

MIN_CODE = 4
UNLOCK_KEYS = "Ctrl+Shift+Q"


class UnlockCode:
    """A poll worker's code, kept as a salted hash only."""

    def __init__(self, code: str) -> None:
        self._salt = os.urandom(16)
        self._hash = self._digest(code)

    def _digest(self, code: str) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", code.encode(), self._salt, 100_000)

    def matches(self, code: str) -> bool:
        return hmac.compare_digest(self._digest(code), self._hash)


class CodeDialog(QDialog):
    """Asks the poll worker for a code: twice to set it, once to unlock."""

    def __init__(self, parent: QWidget | None, confirm: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Poll worker code") if confirm else self.tr("Unlock the booth"))
        self.setAccessibleName(self.windowTitle())
        form = QFormLayout(self)
        explain = QLabel(
            self.tr("Choose a code of at least {n} characters. It is needed to leave the kiosk (press {keys}).")
            .format(n=MIN_CODE, keys=UNLOCK_KEYS) if confirm else
            self.tr("Poll workers only: enter the code to leave the kiosk."))
        explain.setWordWrap(True)
        explain.setAccessibleName(self.tr("Explanation"))
        form.addRow(explain)
        self.code = QLineEdit()
        self.code.setEchoMode(QLineEdit.EchoMode.Password)
        self.code.setAccessibleName(self.tr("Poll worker code"))
        form.addRow(self.tr("&Code:"), self.code)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Poll worker code again"))
        if confirm:
            form.addRow(self.tr("&Again:"), self.again)
        self.problem = QLabel()
        self.problem.setAccessibleName(self.tr("Problem with the code"))
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._confirm = confirm

    @Slot()
    def _check(self) -> None:
        if self._confirm:
            if len(self.code.text()) < MIN_CODE:
                self.problem.setText(self.tr("The code needs at least {n} characters.").format(n=MIN_CODE))
                return
            if self.code.text() != self.again.text():
                self.problem.setText(self.tr("The two codes differ."))
                return
        self.accept()


class KioskWindow(BallotWindow):
    """The booth in kiosk mode."""

    unlocked = Signal()

    def __init__(self, bridge: NodeBridge, info: ElectionInfo, code: UnlockCode, parent: QWidget | None = None,
                 idle_seconds: int | None = None) -> None:
        if idle_seconds is None:
            super().__init__(bridge, info, parent)
        else:
            super().__init__(bridge, info, parent, idle_seconds=idle_seconds)
        self._code = code
        self._unlocked = False
        self.setWindowTitle(self.tr("Voting booth (kiosk) — {title}").format(title=info.title))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        QShortcut(QKeySequence(UNLOCK_KEYS), self, self.ask_unlock)

    def start(self) -> None:
        """Show the booth full screen."""
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    @Slot()
    def ask_unlock(self) -> None:
        """A poll worker pressed the unlock keys: ask for the code."""
        dialog = CodeDialog(self, confirm=False)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.unlock(dialog.code.text())

    def unlock(self, code: str) -> bool:
        """Leave kiosk mode if ``code`` is the poll worker's code."""
        if not self._code.matches(code):
            return False
        self._unlocked = True
        self.reset()
        self.close()
        self.unlocked.emit()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._unlocked:
            super().closeEvent(event)
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # no way out for a voter
            return
        super().keyPressEvent(event)
