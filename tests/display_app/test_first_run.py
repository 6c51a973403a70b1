"""The real display path: the app started as ``start.sh`` starts it (``python main.py``), with Qt's xcb platform
on Xvfb and the openbox window manager, and a first run walked through X with the keyboard as a person does.

The wizard creates a (secret-ballot) election; the main window appears with a title bar; the registration
desk registers a voter, whose voter_id is read off the desk's QR code by a real decoder; the booth takes that
id typed in, a choice, the encryption and the cast, and the ballot is counted in a block; the kiosk starts
with a poll worker code typed twice, fills the screen, and leaves with Ctrl+Shift+Q and the code.
The test fails if Qt aborts (a missing xcb library), if any window does not map or gets no frame, or if the
app does not stop cleanly on SIGTERM. About 10 s.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.display_app.desktop import AppFailed, AppOnX, app_on_x, until
from tests.xdisplay import x_display

ROOT = Path(__file__).resolve().parents[2]
TITLE = "Town council 2026"
OPTIONS = ("Apples", "Pears")
VOTER_ID = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$")
CLI_TIMEOUT_S = 20.0
SCREEN = (1366, 768)
KIOSK_CODE = "poll-worker-2468"

pytestmark = [pytest.mark.slow, pytest.mark.timeout(150)]


def cli(data_dir: Path, *args: str) -> str:
    """A headless command on the app's data dir (the same node, as an auditor at the station would run)."""
    done = subprocess.run([sys.executable, "-m", "votingapp", *args, "--data-dir", str(data_dir)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def tally(data_dir: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(cli(data_dir, "tally", "--json"))
    return result


def finish_wizard(app: AppOnX, wizard: int, folder: Path) -> None:
    """Next (Alt+N) to the summary, where Return takes the default button, which creates the election. Without
    a page after the election's, Return in its title field takes Finish."""
    try:
        app.press_and_wait(wizard, "alt+n", what="the wizard's summary", timeout=3)
    except AppFailed:
        app.check_alive()
        app.press(wizard, "alt+t")
    for _ in range(3):
        if not app.windows("^New polling station"):
            return
        try:
            app.press_and_wait(wizard, "Return", what="the wizard's next page", timeout=5)
        except AppFailed:
            app.check_alive()  # the wizard closed: the election is made
    if app.windows("^New polling station"):
        picture = app.grab(wizard, folder / "wizard-not-finished.png")
        raise AppFailed(f"the wizard did not finish (Next, then Return): {picture}")


def test_a_first_run_on_a_real_display(tmp_path: Path) -> None:
    data_dir = tmp_path / "station"
    command = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir),
               "--listen", "127.0.0.1:0", "--no-discovery"]
    with x_display(*SCREEN) as env, app_on_x(env, command, ROOT, tmp_path / "app-output.txt") as app:
        wizard = app.window("^New polling station")
        app.frame(wizard)
        # The station keeps the name the wizard suggests (the computer's); "Create a new election" is the default.
        app.press_and_wait(wizard, "alt+n", what="the wizard's page to create an election")
        app.press(wizard, "alt+t")
        app.type(wizard, TITLE)
        app.press(wizard, "alt+o")
        app.type(wizard, OPTIONS[0])
        app.press(wizard, "Return")
        app.type(wizard, OPTIONS[1])
        finish_wizard(app, wizard, tmp_path)

        main = app.window(f"^{TITLE} — ")
        app.grab(main, tmp_path / "main-window.png")  # and it has a title bar (frame() checks)
        until("the key ceremony (one trustee)", lambda: True if tally(data_dir)["ceremony"]["complete"] else None,
              CLI_TIMEOUT_S, app.check_alive)

        app.press(main, "ctrl+1")
        desk = app.window("^Registration desk")
        app.frame(desk)
        app.press(desk, "Return")  # "Register voter" has the focus
        voter_id = app.read_qr(desk, tmp_path, "the voter_id")
        assert VOTER_ID.match(voter_id), voter_id
        until("the registration in a block", lambda: True if tally(data_dir)["registered"] == 1 else None,
              CLI_TIMEOUT_S, app.check_alive)

        app.press(main, "ctrl+2")
        booth = app.window("^Voting booth")
        app.frame(booth)
        app.type(booth, voter_id)
        app.press_and_wait(booth, "Return", what="the booth's ballot after the voter_id")
        app.press(booth, "1")  # the first option, by its number
        app.press_and_wait(booth, "Return", what="the booth's review of the choice")
        app.press_and_wait(booth, "Return", what="the booth's tracking code (encrypt my choice)")
        app.press_and_wait(booth, "Return", what="the booth's receipt (cast my ballot)")
        app.grab(booth, tmp_path / "booth-receipt.png")
        until("the ballot in a block", lambda: True if tally(data_dir)["voted"] == 1 else None, CLI_TIMEOUT_S,
              app.check_alive)
        counted = tally(data_dir)
        assert (counted["registered"], counted["voted"]) == (1, 1), counted

        app.press(main, "ctrl+3")  # the kiosk: a poll worker code, twice
        code = app.window("^Poll worker code")
        app.type(code, KIOSK_CODE)
        app.press(code, "Tab")
        app.type(code, KIOSK_CODE)
        app.press(code, "Return")
        kiosk = app.window("^Voting booth .kiosk")
        assert app.geometry(kiosk) == (0, 0, *SCREEN), "the kiosk does not fill the screen"
        app.press(kiosk, "ctrl+shift+q")
        unlock = app.window("^Unlock the booth")
        app.type(unlock, KIOSK_CODE)
        app.press(unlock, "Return")
        app.window_gone(kiosk)
    output = (tmp_path / "app-output.txt").read_text(encoding="utf-8", errors="replace")
    assert "qt.qpa" not in output, output
