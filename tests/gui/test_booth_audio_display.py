"""The audio ballot on a real display: a secret vote in the kiosk with real X key presses (xdotool) alone,
F1 first, the screen blanked, the ballot in the chain (``booth_audio_probe`` runs the app in its own process,
Qt's xcb platform on Xvfb + openbox; its speech goes to this test's own speech-dispatcher)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.gui.test_booth_audio import SpeechServer, in_order, speech_server
from tests.xdisplay import x_display

ROOT = Path(__file__).resolve().parents[2]
__all__ = ["speech_server"]  # the fixture, used below


def test_a_secret_vote_in_the_kiosk_by_real_key_presses_alone(tmp_path: Path, speech_server: SpeechServer) -> None:
    out = tmp_path / "result.json"
    with x_display(1280, 800) as display:
        env = {**display, "SPEECHD_ADDRESS": os.environ["SPEECHD_ADDRESS"], "SPEECHD_CMD": os.environ["SPEECHD_CMD"]}
        done = subprocess.run([sys.executable, "-m", "tests.gui.booth_audio_probe", "--data-dir",
                               str(tmp_path / "desk1"), "--out", str(out)], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(out.read_text())
    assert found["curtain"]  # blanked for privacy as the audio ballot starts
    assert found["pages"] == ["choice", "review", "choice", "review", "waiting", "cast_or_check", "waiting",
                              "receipt"]
    assert in_order(found["spoken"], [
        "Option 1 of 3: Alice. Chosen.", "Option 2 of 3: Bob. Chosen.", "Option 3 of 3: Carol. Chosen.",
        "You are voting for:", "Carol", "Option 2 of 3: Bob. Chosen.", "You are voting for:", "Bob",
        "Encrypting your ballot…", "Your ballot is encrypted. Its tracking code:", "Recording your vote…",
        "Thank you. Your vote is recorded."])
    assert found["voted"] == 1 and found["located"] == "ballot"
    compact_id = found["voter_id"].replace("-", "")
    assert not any(compact_id in text.replace(" ", "").replace("-", "") for text in found["spoken"])
