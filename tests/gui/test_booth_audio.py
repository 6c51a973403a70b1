"""The audio ballot (booth_audio): what the booth says and in what order, a whole secret vote cast with the
keyboard alone, the real speech engine speaking (speech-dispatcher with espeak-ng, its sound written to a
file through ALSA's file plugin), and a clear sentence when no engine can be reached.

Each test that speaks starts its own speech-dispatcher on its own socket (and stops it, by PID): the
user's own one is never used, and the sound goes to a file, not to a loudspeaker.
"""

from __future__ import annotations

import array
import itertools
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtTextToSpeech import QTextToSpeech

from tests.gui.conftest import OPTIONS, info_of
from tests.gui.test_secret_ballot import WAIT, secret_station
from votingapp.gui.ballot_window import BallotWindow
from votingapp.gui.booth_audio import spell
from votingapp.gui.translations import use_language

pytestmark = pytest.mark.qt_log_ignore("pipewire")  # Qt Multimedia looks for PipeWire, absent on servers

START_TIMEOUT_S = 10.0


@dataclass
class SpeechServer:
    socket: Path
    audio: Path  # what the engine said, as raw samples (ALSA's file plugin)

    def samples(self) -> array.array[int]:
        data = self.audio.read_bytes() if self.audio.exists() else b""
        samples = array.array("h")
        samples.frombytes(data[: len(data) // 2 * 2])
        return samples


@pytest.fixture
def speech_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[SpeechServer]:
    """A speech-dispatcher with espeak-ng on a socket of its own, its sound into a file."""
    root = Path(tempfile.mkdtemp(prefix="vsd-"))  # short: a unix socket's path has at most 107 bytes
    config = root / "config"
    shutil.copytree("/etc/speech-dispatcher", config)
    with (config / "speechd.conf").open("a") as conf:
        conf.write('\nAudioOutputMethod "alsa"\nDefaultModule espeak-ng\n')
    home = root / "home"
    home.mkdir()
    server = SpeechServer(root / "speechd.sock", root / "speech.raw")
    (home / ".asoundrc").write_text(
        f'pcm.!default {{\n  type file\n  slave.pcm "null"\n  file "{server.audio}"\n  format "raw"\n}}\n')
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(root), "XDG_CACHE_HOME": str(root),
           "XDG_RUNTIME_DIR": str(root)}
    process = subprocess.Popen(
        ["speech-dispatcher", "--run-single", "--communication-method", "unix_socket", "--socket-path",
         str(server.socket), "--timeout", "0", "--pid-file", str(root / "speechd.pid"), "--config-dir",
         str(config), "--log-dir", str(root / "log")],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not server.socket.exists():
            assert process.poll() is None, f"speech-dispatcher stopped: {process.stderr.read()!r}"  # type: ignore[union-attr]
            assert time.monotonic() < deadline, f"speech-dispatcher's socket not there in {START_TIMEOUT_S} s"
            time.sleep(0.05)
        monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{server.socket}")
        monkeypatch.setenv("SPEECHD_CMD", str(root / "no-autospawn"))  # never another, default, server
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        assert process.stderr is not None
        process.stderr.close()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(autouse=True)
def station_language_after(qapp) -> Iterator[None]:
    """The app's language is the whole session's: a test that fails mid-way leaves English behind."""
    yield
    use_language(qapp, "en")


def open_booth(qtbot, station) -> BallotWindow:
    booth = BallotWindow(station.bridge, info_of(station))
    qtbot.addWidget(booth)
    booth.show()
    return booth


def press(qtbot, booth: BallotWindow, key: Qt.Key) -> None:
    """A key pressed where the booth's keyboard focus is, as a keyboard would."""
    target = booth.focusWidget() or booth
    qtbot.keyClick(target, key)


def in_order(spoken: list[str], expected: list[str]) -> bool:
    """``expected`` said in this order (other texts may come between)."""
    it = iter(spoken)
    return all(any(text == said for said in it) for text in expected)


def test_a_secret_vote_cast_in_audio_mode_with_the_keyboard_alone(qtbot, tmp_path, start_station, speech_server):
    station, ceremony_complete = secret_station(tmp_path, start_station)
    qtbot.waitUntil(ceremony_complete, timeout=WAIT)
    voter_id, _ = station.node.call(station.node.register)
    booth = open_booth(qtbot, station)
    flow, audio = booth.flow, booth.audio
    assert flow is not None
    spoken: list[str] = []

    with qtbot.waitSignal(audio.started, timeout=WAIT):  # the engine connects on its own thread
        press(qtbot, booth, Qt.Key.Key_F1)  # from the voter-ID field: F1 is not a voter-ID character
    assert audio.active and audio.curtain.isVisible()
    assert audio.voice is not None
    audio.voice.handed.connect(spoken.append)
    press(qtbot, booth, Qt.Key.Key_F1)  # repeats the page
    assert spoken[0] == "Board election"
    assert in_order(spoken, ["Type your voter ID, or scan the code on your slip.",
                             "Scan the code on your voter slip, or type your voter ID, then press Return."])
    assert booth.focusWidget() is flow.id_edit

    spoken.clear()
    press(qtbot, booth, Qt.Key.Key_Return)  # nothing typed yet: the booth says what a voter ID is
    assert spoken == ["A voter ID has 32 letters and digits."]
    qtbot.keyClicks(flow.id_edit, voter_id)  # as a slip's scanner types it
    spoken.clear()
    press(qtbot, booth, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.page_name() == "choice", timeout=WAIT)
    assert spoken[0] == "Choose one option, then review your choice."
    assert spoken[1:5] == ["There are 3 options.", "Option 1: Alice.", "Option 2: Bob.", "Option 3: Carol."]
    assert spoken[-1].startswith("Press the number of an option")

    spoken.clear()
    press(qtbot, booth, Qt.Key.Key_Return)  # no choice yet
    press(qtbot, booth, Qt.Key.Key_Down)
    press(qtbot, booth, Qt.Key.Key_Down)
    press(qtbot, booth, Qt.Key.Key_7)  # not on this ballot
    press(qtbot, booth, Qt.Key.Key_3)
    assert spoken == ["Choose an option first: press its number, or use the up and down arrows.",
                      "Option 1 of 3: Alice. Chosen.", "Press Return to review your choice.",
                      "Option 2 of 3: Bob. Chosen.", "Press Return to review your choice.",
                      "There is no option 7: there are 3 options.",
                      "Option 3 of 3: Carol. Chosen.", "Press Return to review your choice."]
    assert flow.selected_option() == 2

    spoken.clear()
    press(qtbot, booth, Qt.Key.Key_Return)
    assert flow.page_name() == "review"
    assert spoken[:2] == ["You are voting for:", "Carol"]
    assert spoken[-2:] == ["Press Return to encrypt your choice.", "Press the left arrow to change your choice."]
    press(qtbot, booth, Qt.Key.Key_Left)  # change my choice
    assert flow.page_name() == "choice"
    press(qtbot, booth, Qt.Key.Key_2)
    press(qtbot, booth, Qt.Key.Key_Return)
    spoken.clear()
    press(qtbot, booth, Qt.Key.Key_Return)  # encrypt
    qtbot.waitUntil(lambda: flow.page_name() == "cast_or_check", timeout=WAIT)
    assert spoken[0] == "Encrypting your ballot…"
    tracking = spell(flow.tracking_label.text())
    assert len(tracking.replace(" ", "").replace(",", "")) == len(flow.tracking_label.text().replace(" ", ""))
    assert in_order(spoken, ["Your ballot is encrypted. Its tracking code:", tracking,
                             "Press Return to cast your ballot."])

    press(qtbot, booth, Qt.Key.Key_Left)  # check this machine: the ballot is opened, never counted
    qtbot.waitUntil(lambda: flow.page_name() == "opened", timeout=WAIT)
    assert spoken[-2:] == ["Press Return to vote again.", "Press the left arrow to leave without voting."]
    press(qtbot, booth, Qt.Key.Key_Return)  # vote again: still Bob
    assert flow.page_name() == "choice" and flow.selected_option() == 1
    press(qtbot, booth, Qt.Key.Key_Return)
    press(qtbot, booth, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.page_name() == "cast_or_check", timeout=WAIT)
    spoken.clear()
    press(qtbot, booth, Qt.Key.Key_Return)  # cast
    qtbot.waitUntil(lambda: flow.page_name() == "receipt", timeout=WAIT)
    receipt = "".join(flow.receipt_label.text().split())
    assert in_order(spoken, ["Recording your vote…", "Thank you. Your vote is recorded.",
                             spell(flow.receipt_label.text()), "Press Return when you are done."])
    spoken.clear()
    press(qtbot, booth, Qt.Key.Key_Down)  # the page's sentences one by one
    press(qtbot, booth, Qt.Key.Key_Down)
    assert spoken == ["Thank you. Your vote is recorded.", flow.texts_for_page()[1]]

    where = station.node.call(lambda: station.node.locate(bytes.fromhex(receipt)))
    assert where.type == "ballot"
    qtbot.waitUntil(lambda: station.node.call(station.node.tally).voted == 1, timeout=WAIT)  # once mined
    assert not any(voter_id.replace("-", "") in text.replace(" ", "").replace("-", "") for text in spoken)

    with qtbot.waitSignal(booth.flow_started):
        press(qtbot, booth, Qt.Key.Key_Return)  # done: the next voter finds the booth as usual
    assert not audio.active and not audio.curtain.isVisible()


def test_f2_blanks_and_shows_the_screen_and_the_real_engine_speaks(qtbot, authority, speech_server):
    booth = open_booth(qtbot, authority)
    audio = booth.audio
    beats: list[float] = [time.monotonic()]
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: beats.append(time.monotonic()))
    heartbeat.start(20)
    with qtbot.waitSignal(audio.started, timeout=WAIT):
        audio._button.click()  # the first page's button, for a poll worker who sets the booth up
        assert audio._status is not None and audio._status.text() == "Starting the audio ballot…"
    heartbeat.stop()
    beats.append(time.monotonic())
    # speech-dispatcher takes seconds to connect and list its voices: the GUI thread never waits for it
    assert max(b - a for a, b in itertools.pairwise(beats)) < 1.0
    assert audio.curtain.isVisible() and audio.curtain.geometry() == booth.rect()
    voice = audio.voice
    assert voice is not None
    states: list[QTextToSpeech.State] = []
    voice.state_changed.connect(states.append)
    press(qtbot, booth, Qt.Key.Key_F2)
    assert not audio.curtain.isVisible()
    qtbot.waitUntil(lambda: QTextToSpeech.State.Speaking in states, timeout=WAIT)
    qtbot.waitUntil(lambda: voice.state == QTextToSpeech.State.Ready, timeout=WAIT)
    qtbot.waitUntil(lambda: len(speech_server.samples()) > 10_000, timeout=WAIT)
    assert max(abs(s) for s in speech_server.samples()) > 1_000  # a voice, not silence
    press(qtbot, booth, Qt.Key.Key_F2)
    assert audio.curtain.isVisible()


def test_without_a_speech_engine_the_booth_says_so_and_the_voter_votes_on_screen(qtbot, authority, monkeypatch,
                                                                                tmp_path):
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{tmp_path / 'nobody.sock'}")
    monkeypatch.setenv("SPEECHD_CMD", str(tmp_path / "no-speech-dispatcher"))
    voter_id, _ = authority.node.call(authority.node.register)
    booth = open_booth(qtbot, authority)
    flow = booth.flow
    press(qtbot, booth, Qt.Key.Key_F1)
    status = booth.audio._status
    assert status is not None and status.isVisibleTo(booth)
    assert status.text() == "Starting the audio ballot…"
    qtbot.waitUntil(lambda: status.text().startswith("The audio ballot is not available on this machine ("),
                    timeout=WAIT)
    assert not booth.audio.active and not booth.audio.curtain.isVisible()
    assert "You can vote on screen" in status.text()
    assert flow.enter_voter_id(voter_id)
    qtbot.waitUntil(lambda: flow.page_name() == "choice", timeout=WAIT)
    assert flow.select_option(OPTIONS.index("Bob")) and flow.review() and flow.cast()
    qtbot.waitUntil(lambda: flow.page_name() == "receipt", timeout=WAIT)


def test_an_arrow_on_the_idle_first_page_says_how_to_start_and_the_voter_picks_a_language(qtbot, authority,
                                                                                          speech_server):
    booth = open_booth(qtbot, authority)
    audio = booth.audio
    with qtbot.waitSignal(audio.voice_ready, timeout=WAIT):
        press(qtbot, booth, Qt.Key.Key_Down)  # a voter who cannot see the screen tries a key
    assert not audio.active and audio.voice is not None
    spoken: list[str] = []
    audio.voice.handed.connect(spoken.append)
    press(qtbot, booth, Qt.Key.Key_Up)
    assert spoken == ["For the audio ballot, press F1: the second key from the left in the top row."]
    press(qtbot, booth, Qt.Key.Key_F1)
    assert audio.active
    spoken.clear()
    press(qtbot, booth, Qt.Key.Key_Down)  # the next language: French, said in French by a French voice
    qtbot.waitUntil(lambda: bool(spoken), timeout=WAIT)
    assert spoken[0] == "Français"
    qtbot.waitUntil(lambda: audio.voice.locale.language() == QLocale.Language.French, timeout=WAIT)
    spoken.clear()
    press(qtbot, booth, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: bool(spoken), timeout=WAIT)
    assert spoken[0] == "English"
    qtbot.waitUntil(lambda: audio.voice.locale.language() == QLocale.Language.English, timeout=WAIT)
    spoken.clear()
    press(qtbot, booth, Qt.Key.Key_Up)  # from the first language to the last: Arabic
    qtbot.waitUntil(lambda: bool(spoken), timeout=WAIT)
    assert spoken[0] == "العربية"
    qtbot.waitUntil(lambda: audio.voice.locale.language() == QLocale.Language.Arabic, timeout=WAIT)
    with qtbot.waitSignal(booth.flow_started):
        assert booth.flow.finish()
    assert not audio.active  # the next voter starts without it (and in the station's language: ballot_window)

