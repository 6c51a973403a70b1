"""The voting booth: one :class:`BallotFlow` per voter, replaced by a fresh one after each voter.

Replacing the whole flow (rather than clearing its fields) is what guarantees that nothing of the
previous voter stays: no text, no undo history, no checked option, no attribute, no setting.  After a voter
the booth also returns to the station's language.

A voter who walks away is forgotten after ``IDLE_SECONDS``; for the last ``WARNING_SECONDS`` a box says so,
with a countdown, and any key or touch in the booth keeps the voter's page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QLayout, QVBoxLayout, QWidget

from votingapp.gui.ballot_flow import BallotFlow
from votingapp.gui.booth_audio import AudioBallot
from votingapp.gui.booth_style import set_font_factor
from votingapp.gui.booth_widgets import Notice
from votingapp.gui.bridge import NodeBridge
from votingapp.gui.election_info import ElectionInfo
from votingapp.gui.translations import current_language, use_language

IDLE_SECONDS = 120
WARNING_SECONDS = 20
_ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.Wheel)


class BallotWindow(QWidget):
    """The voter's window; resets itself after each voter and after a voter walks away."""

    reset_done = Signal()
    flow_started = Signal(object)  # each voter's new BallotFlow (the booth API: see ballot_flow)
    votesCast = Signal(int)

    def __init__(self, bridge: NodeBridge, info: ElectionInfo, parent: QWidget | None = None,
                 idle_seconds: int = IDLE_SECONDS, warning_seconds: int = WARNING_SECONDS,
                 base_scale: float = 1.0, full_screen: bool = False) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.info = info
        self.base_scale = base_scale
        self.full_screen = full_screen
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        if full_screen:  # the content never sets a minimum beyond the screen (the window manager would refuse
            self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # full screen): text shrinks
        self.flow: BallotFlow | None = None
        self._first_size: QSize | None = None  # the window's size when first shown: each voter starts with it
        self.votes = 0
        self._warning_seconds = max(0, min(warning_seconds, idle_seconds))
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval((idle_seconds - self._warning_seconds) * 1000)
        self._idle.timeout.connect(self._warn)
        self._warning_tick = QTimer(self)
        self._warning_tick.setInterval(1000)
        self._warning_tick.timeout.connect(self._count_down)
        self._warning_left = 0
        self.idle_warning = Notice(1.8)
        self.idle_warning.setParent(self)
        self.idle_warning.setAutoFillBackground(True)
        set_font_factor(self.idle_warning.label, 1.8, bold=True)
        self.idle_warning.hide()
        self.retranslate()
        self.reset()
        # the audio ballot (booth_audio.py): F1 or its button on the first page
        self.audio = AudioBallot(self, self.flow_started, self.flow)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Voting booth — {title}").format(title=self.info.title))
        self.setAccessibleName(self.tr("Voting booth"))
        self.idle_warning.setAccessibleName(self.tr("Still there?"))
        if self.idle_warning.isVisible():
            self._show_warning()

    @Slot()
    def reset(self) -> None:
        """Throw the current voter's flow away, return to the station's language, and show a fresh flow."""
        old = self.flow
        if old is not None:
            old.forget()
            old.hide()
            self._layout.removeWidget(old)
            old.done.disconnect(self.reset)
            old.deleteLater()
            app = QApplication.instance()
            if isinstance(app, QApplication) and current_language(app) != old.station_language:
                use_language(app, old.station_language)
        self._stop_warning()
        if self._first_size is not None and not self.isFullScreen():
            self.resize(self._first_size)  # the last voter's larger text or opened ballot made it grow
        flow = BallotFlow(self.bridge, self.info, self, base_scale=self.base_scale)
        flow.screen_fit.full_screen = self.full_screen
        flow.done.connect(self.reset)
        flow.activity.connect(self._touched)
        flow.voteRecorded.connect(self._vote_recorded)
        self._layout.addWidget(flow)
        self.flow = flow
        flow.fit_to_screen()
        flow.id_edit.setFocus()
        self._idle.stop()
        self.flow_started.emit(flow)
        self.reset_done.emit()

    @Slot()
    def _touched(self) -> None:
        self._stop_warning()
        self._idle.start()

    @Slot()
    def _vote_recorded(self) -> None:
        self.votes += 1
        self.votesCast.emit(self.votes)

    # -- the idle warning
    @Slot()
    def _warn(self) -> None:
        if self.flow is not None and self.flow.busy:
            self._idle.start()  # the node is recording a vote: keep its receipt on screen
            return
        if self._warning_seconds == 0:
            self.reset()
            return
        self._warning_left = self._warning_seconds
        if self.flow is not None:
            self.idle_warning.set_scheme(self.flow.scheme)
            self.idle_warning.setStyleSheet(self.flow.styleSheet())
        self._show_warning()
        self.idle_warning.show()
        self.idle_warning.raise_()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # any key or touch in the booth, not only in the flow
        self._warning_tick.start()

    def _show_warning(self) -> None:
        self.idle_warning.set_text(self.tr("Still there? Touch the screen or press a key to continue.\n"
                                           "This screen clears itself in {n} s.").format(n=self._warning_left),
                                   "error")
        self._place_warning()

    def _place_warning(self) -> None:
        width = int(self.width() * 0.8)
        height = self.idle_warning.heightForWidth(width)
        height = max(height, self.idle_warning.sizeHint().height())
        self.idle_warning.setGeometry((self.width() - width) // 2, (self.height() - height) // 2, width, height)

    @Slot()
    def _count_down(self) -> None:
        self._warning_left -= 1
        if self._warning_left <= 0:
            self.reset()
            return
        self._show_warning()

    def _stop_warning(self) -> None:
        if self._warning_tick.isActive() or self.idle_warning.isVisible():
            self._warning_tick.stop()
            self.idle_warning.hide()
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and isinstance(watched, QWidget) and watched.window() is self:
            self._touched()
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_size is None:
            self._first_size = self.size()
        if self.flow is not None:
            self.flow.fit_to_screen()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.idle_warning.isVisible():
            self._place_warning()
        if self.isVisible() and not self.isFullScreen():
            QTimer.singleShot(0, self._keep_on_screen)

    @Slot()
    def _keep_on_screen(self) -> None:
        """A window that grew (larger text, an opened ballot) past the screen's edge moves back onto it."""
        area = self.screen().availableGeometry()
        frame = self.frameGeometry()
        if area.contains(frame) or self.isFullScreen():
            return
        x = max(area.x(), min(frame.x(), area.right() + 1 - frame.width()))
        y = max(area.y(), min(frame.y(), area.bottom() + 1 - frame.height()))
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    @property
    def warning_shown(self) -> bool:
        """True while the booth warns that it is about to clear itself."""
        return self.idle_warning.isVisible()
