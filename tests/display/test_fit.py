"""Every window and page of the app fits and reads at its default size, on a real X display (Xvfb + openbox,
Qt's xcb platform), at 1366×768 and 1920×1080, with 100 % and 200 % text (QT_FONT_DPI 96 and 192).

One process per display (one Qt app each) walks a polling day (``walk_windows``) and checks every window with
``fit``: no label, button, list row, tab, group box title or chart label cut, elided or overlapped, no window
larger than the screen or partly off it; every Alt letter used once per window and reaching its own control;
closing a station with Alt+F4 asks first, and Return keeps it running. A failure names the scene, the widget
and its text. Set VOTINGAPP_FIT_SHOTS=DIR to keep a grab of the screen per scene.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.xdisplay import x_display

ROOT = Path(__file__).resolve().parents[2]
DISPLAYS = [(1366, 768, 96), (1366, 768, 192), (1920, 1080, 96), (1920, 1080, 192)]
WALK_TIMEOUT_S = 80
_walks: dict[tuple[int, int, int], dict[str, object]] = {}


def walk(tmp_path_factory: pytest.TempPathFactory, width: int, height: int, dpi: int) -> dict[str, object]:
    """The polling day on one display, once per test session."""
    key = (width, height, dpi)
    if key not in _walks:
        folder = tmp_path_factory.mktemp(f"walk-{width}x{height}-{dpi}")
        shots = os.environ.get("VOTINGAPP_FIT_SHOTS")
        out = folder / "walk.json"
        args = [sys.executable, "-m", "tests.display.walk_windows", str(out)]
        if shots:
            args.append(str(Path(shots) / f"{width}x{height}-{dpi}"))
        with x_display(width, height, font_dpi=dpi) as env:
            done = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=WALK_TIMEOUT_S,
                                  check=False)
        assert out.exists(), f"the walk wrote nothing (exit {done.returncode}):\n{done.stderr[-3000:]}"
        _walks[key] = json.loads(out.read_text(encoding="utf-8"))
    result = _walks[key]
    assert not result["error"], f"the polling day stopped:\n{result['error']}"
    return result


def _problems(result: dict[str, object], kind: str) -> list[str]:
    lines = []
    for scene in result["scenes"]:  # type: ignore[attr-defined]
        for problem in scene["problems"]:
            is_mnemonic = problem.startswith("Alt+")
            if (kind == "mnemonic") == is_mnemonic and (kind == "closing") == scene["scene"].startswith("check-"):
                lines.append(f"{scene['scene']}: {problem}")
    return lines


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height", "dpi"), DISPLAYS, ids=[f"{w}x{h}-{d}dpi" for w, h, d in DISPLAYS])
def test_every_window_fits_and_reads_at_its_default_size(tmp_path_factory, width, height, dpi):
    result = walk(tmp_path_factory, width, height, dpi)
    scenes = [s["scene"] for s in result["scenes"]]  # type: ignore[attr-defined]
    for needed in ("wizard-start", "wizard-summary", "main-authority-open", "main-waiting", "admit-dialog",
                   "confirm-close", "desk", "booth-review", "booth-cast-or-check", "booth-receipt", "kiosk-choice",
                   "results-sealed", "results-decrypted", "explorer"):
        assert needed in scenes, f"the walk never showed {needed}"
    problems = _problems(result, "fit")
    assert not problems, f"{len(problems)} texts or windows do not fit on {width}x{height} at {dpi} dpi:\n" + \
        "\n".join(problems)


@pytest.mark.slow
def test_alt_letters_are_unique_and_reach_their_control(tmp_path_factory):
    problems = _problems(walk(tmp_path_factory, 1366, 768, 96), "mnemonic")
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_closing_a_station_asks_first_and_return_keeps_it_running(tmp_path_factory):
    result = walk(tmp_path_factory, 1366, 768, 96)
    assert "check-closing-the-station-asks" in [s["scene"] for s in result["scenes"]]  # type: ignore[attr-defined]
    problems = _problems(result, "closing")
    assert not problems, "\n".join(problems)
