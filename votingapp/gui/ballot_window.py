"""The voting booth: one :class:`BallotFlow` per voter, replaced by a fresh one after each voter.

Replacing the whole flow (rather than clearing its fields) is what guarantees that nothing of the
previous voter stays: no text, no undo history, no checked option, no attribute.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from votingapp.gui.ballot_flow import BallotFlow
from votingapp.gui.booth_audio import AudioBallot
from votingapp.gui.bridge import NodeBridge
from votingapp.gui.election_info import ElectionInfo

IDLE_SECONDS = 120


class BallotWindow(QWidget):
    """The voter's window; resets itself after each voter and after a voter walks away."""

    reset_done = Signal()
    flow_started = Signal(object)  # each voter's new BallotFlow (the booth API: see ballot_flow)
    votesCast = Signal(int)

    def __init__(self, bridge: NodeBridge, info: ElectionInfo, parent: QWidget | None = None,
                 idle_seconds: int = IDLE_SECONDS) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.info = info
        self.setWindowTitle(self.tr("Voting booth — {title}").format(title=info.title))
        self.setAccessibleName(self.tr("Voting booth"))
        self._layout = QVBoxLayout(self)
        self.flow: BallotFlow | None = None
        self.votes = 0
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_seconds * 1000)
        self._idle.timeout.connect(self._idle_timeout)
        self.reset()
        self.audio = AudioBallot(self)  # the audio ballot (booth_audio.py): F1 or its button on the first page

    @Slot()
    def reset(self) -> None:
        """Throw the current voter's flow away and show a fresh one."""
        old = self.flow
        if old is not None:
            old.forget()
            old.hide()
            self._layout.removeWidget(old)
            old.done.disconnect(self.reset)
            old.deleteLater()
        flow = BallotFlow(self.bridge, self.info, self)
        flow.done.connect(self.reset)
        flow.activity.connect(self._touched)
        flow.voteRecorded.connect(self._vote_recorded)
        self._layout.addWidget(flow)
        self.flow = flow
        flow.id_edit.setFocus()
        self._idle.stop()
        self.flow_started.emit(flow)
        self.reset_done.emit()

    @Slot()
    def _touched(self) -> None:
        self._idle.start()

    @Slot()
    def _vote_recorded(self) -> None:
        self.votes += 1
        self.votesCast.emit(self.votes)

    @Slot()
    def _idle_timeout(self) -> None:
        if self.flow is not None and self.flow.busy:
            self._idle.start()  # the node is recording a vote: keep its receipt on screen
            return
        self.reset()
