"""The audio ballot says the booth's "still there?" warning aloud (ballot_window's idle warning)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import info_of
from tests.gui.test_booth_audio import press, speech_server
from tests.gui.test_secret_ballot import WAIT
from votingapp.gui.ballot_window import BallotWindow

__all__ = ["speech_server"]  # the fixture, used by the test below


def test_the_booth_says_aloud_that_it_is_about_to_clear_itself(qtbot, authority, speech_server):
    booth = BallotWindow(authority.bridge, info_of(authority), idle_seconds=3, warning_seconds=2)
    qtbot.addWidget(booth)
    booth.show()
    with qtbot.waitSignal(booth.audio.started, timeout=WAIT):
        press(qtbot, booth, Qt.Key.Key_F1)
    assert booth.audio.voice is not None
    spoken: list[str] = []
    booth.audio.voice.handed.connect(spoken.append)
    press(qtbot, booth, Qt.Key.Key_F2)  # a key: the idle countdown starts
    qtbot.waitUntil(lambda: any(text.startswith("Still there?") for text in spoken), timeout=WAIT)
    assert booth.warning_shown
    press(qtbot, booth, Qt.Key.Key_F1)  # any key keeps the voter's page
    assert not booth.warning_shown and booth.audio.active
