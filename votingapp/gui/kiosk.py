"""Kiosk mode: the booth full screen, above and blocking every other window, until a poll worker unlocks it.

The poll worker sets an unlock code when starting the kiosk (only its hash is kept); Ctrl+Shift+Q asks
for it. Closing, Escape and the other windows are out of a voter's reach meanwhile.  A wrong code is said so;
after ``MAX_TRIES`` wrong codes in a row the booth refuses every code for ``LOCKOUT_SECONDS`` (doubling for
each further round of wrong codes, at most ``MAX_LOCKOUT_SECONDS``).  The text is sized to the screen.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from votingapp.gui.ballot_window import IDLE_SECONDS, WARNING_SECONDS, BallotWindow
from votingapp.gui.bridge import NodeBridge
from votingapp.gui.election_info import ElectionInfo

MIN_CODE = 4
UNLOCK_KEYS = "Ctrl+Shift+Q"
MAX_TRIES = 3
LOCKOUT_SECONDS = 60
MAX_LOCKOUT_SECONDS = 960
MAX_REFULLSCREENS = 20  # times the kiosk goes back to full screen on its own (a window manager could refuse)
SCREEN_REFERENCE_HEIGHT = 480  # the kiosk's text is the booth's standard size on a screen this high


def kiosk_text_scale(height: int) -> float:
    """The kiosk's text, sized to its screen: the standard size at 480 px high, more on higher screens (at most
    twice); the voter's text sizes multiply it, and the booth shrinks a size that would not fit."""
    return max(1.0, min(2.0, height / SCREEN_REFERENCE_HEIGHT))


class UnlockCode:
    """A poll worker's code, kept as a salted hash only."""

    def __init__(self, code: str) -> None:
        self._salt = os.urandom(16)
        self._hash = self._digest(code)

    def _digest(self, code: str) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", code.encode(), self._salt, 100_000)

    def matches(self, code: str) -> bool:
        return hmac.compare_digest(self._digest(code), self._hash)


class UnlockGuard:
    """The unlock code, with a lockout after ``tries`` wrong codes in a row (no code is even checked then)."""

    def __init__(self, code: UnlockCode, tries: int = MAX_TRIES, lockout_seconds: float = LOCKOUT_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._code = code
        self.tries = tries
        self.lockout_seconds = lockout_seconds
        self._clock = clock
        self.failures = 0  # wrong codes since the last lockout (or success)
        self.rounds = 0  # lockouts so far: each one lasts twice as long as the one before
        self._locked_until = 0.0

    def locked_for(self) -> int:
        """Whole seconds left in the current lockout (0: not locked)."""
        left = self._locked_until - self._clock()
        return int(left) + (left % 1 > 0) if left > 0 else 0

    def tries_left(self) -> int:
        return self.tries - self.failures

    def check(self, code: str) -> bool:
        """True for the right code outside a lockout; a wrong one counts towards the next lockout."""
        if self.locked_for():
            return False
        if self._code.matches(code):
            self.failures = 0
            self.rounds = 0
            return True
        self.failures += 1
        if self.failures >= self.tries:
            self._locked_until = self._clock() + self.current_lockout()
            self.failures = 0
            self.rounds += 1
        return False

    def current_lockout(self) -> float:
        """How long the next lockout lasts, in seconds."""
        return float(min(self.lockout_seconds * 2 ** self.rounds, MAX_LOCKOUT_SECONDS))


class CodeDialog(QDialog):
    """Asks the poll worker for a code: twice to set it, once to unlock."""

    def __init__(self, parent: QWidget | None, confirm: bool,
                 attempt: Callable[[str], str | None] | None = None,
                 locked_message: Callable[[], str | None] | None = None) -> None:
        """``attempt(code)`` (unlocking) returns None when the code opens the kiosk, else what to tell the poll
        worker; ``locked_message()`` says why no code is taken now (a lockout), or None."""
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
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._confirm = confirm
        self._attempt = attempt
        self._locked_message = locked_message
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self._show_lock)
        self._show_lock()

    @Slot()
    def _show_lock(self) -> None:
        """During a lockout: say how long it lasts, and take no code until it ends."""
        message = self._locked_message() if self._locked_message is not None else None
        locked = message is not None
        self.code.setEnabled(not locked)
        self.ok_button.setEnabled(not locked)
        if message is not None:
            self.problem.setText(message)
            self._lock_timer.start()
        elif self._lock_timer.isActive():
            self._lock_timer.stop()
            self.problem.setText(self.tr("You can try again now."))
            self.code.setFocus()

    @Slot()
    def _check(self) -> None:
        if self._confirm:
            if len(self.code.text()) < MIN_CODE:
                self.problem.setText(self.tr("The code needs at least {n} characters.").format(n=MIN_CODE))
                return
            if self.code.text() != self.again.text():
                self.problem.setText(self.tr("The two codes differ."))
                return
        elif self._attempt is not None:
            problem = self._attempt(self.code.text())
            if problem is not None:
                self.code.clear()
                self.problem.setText(problem)
                self._show_lock()
                return
        self.accept()


class KioskWindow(BallotWindow):
    """The booth in kiosk mode."""

    unlocked = Signal()

    def __init__(self, bridge: NodeBridge, info: ElectionInfo, code: UnlockCode, parent: QWidget | None = None,
                 idle_seconds: int = IDLE_SECONDS, warning_seconds: int = WARNING_SECONDS,
                 lockout_seconds: float = LOCKOUT_SECONDS) -> None:
        screen = QGuiApplication.primaryScreen()
        scale = kiosk_text_scale(screen.availableGeometry().height()) if screen is not None else 1.0
        super().__init__(bridge, info, parent, idle_seconds=idle_seconds, warning_seconds=warning_seconds,
                         base_scale=scale, full_screen=True)
        self.guard = UnlockGuard(code, lockout_seconds=lockout_seconds)
        self._unlocked = False
        self._refullscreens = 0
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        QShortcut(QKeySequence(UNLOCK_KEYS), self, self.ask_unlock)
        self.dialog: CodeDialog | None = None

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Voting booth (kiosk) — {title}").format(title=self.info.title))

    def start(self) -> None:
        """Show the booth full screen."""
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        if self.flow is not None:
            self.flow.fit_to_screen()

    @Slot()
    def ask_unlock(self) -> None:
        """A poll worker pressed the unlock keys: ask for the code (again after a wrong one, with a message)."""
        dialog = CodeDialog(self, confirm=False, attempt=self._attempt, locked_message=self._locked_message)
        self.dialog = dialog
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._leave()
        finally:
            self.dialog = None
            dialog.deleteLater()

    def _attempt(self, code: str) -> str | None:
        if self.guard.check(code):
            return None
        locked = self._locked_message()
        if locked is not None:
            return locked
        return self.tr("Wrong code. {n} tries left before the booth locks for {s} s.").format(
            n=self.guard.tries_left(), s=int(self.guard.current_lockout()))

    def _locked_message(self) -> str | None:
        seconds = self.guard.locked_for()
        if not seconds:
            return None
        return self.tr("Too many wrong codes: no code is accepted for {n} s.").format(n=seconds)

    def unlock(self, code: str) -> bool:
        """Leave kiosk mode if ``code`` is the poll worker's code (and the booth is not locked out)."""
        if not self.guard.check(code):
            return False
        self._leave()
        return True

    def _leave(self) -> None:
        """The right code was given: leave kiosk mode."""
        self._unlocked = True
        self.reset()
        self.close()
        self.unlocked.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and not self._unlocked and self.isVisible() \
                and not self.isFullScreen() and self._refullscreens < MAX_REFULLSCREENS:
            self._refullscreens += 1  # a window manager's key took it out of full screen: back, a few times
            QTimer.singleShot(0, self.showFullScreen)

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
