"""The booth and the kiosk on a real X display (Xvfb + openbox, Qt's xcb platform) at 1366×768, at 100 % and
200 % system text, in English and in French (long words) at 200 %: every page at every voter text size (the
largest also in both high contrasts) fits — no label or button text elided or cut, no window beyond the
screen.  ``booth_probe`` walks them in its own process per configuration; the three run side by side."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

from tests.xdisplay import x_display

ROOT = Path(__file__).resolve().parents[2]
CONFIGURATIONS = [(96, "en"), (192, "en"), (192, "fr")]
TIMEOUT_S = 240


def probe_all(tmp_path: Path) -> dict[tuple[int, str], dict]:
    """Start one probe per configuration, each on its own display, and wait for all of them."""
    with ExitStack() as stack:
        running = {}
        for font_dpi, language in CONFIGURATIONS:
            env = stack.enter_context(x_display(1366, 768, font_dpi=font_dpi))
            out = tmp_path / f"probe-{font_dpi}-{language}.json"
            process = subprocess.Popen([sys.executable, "-m", "tests.gui.booth_probe", "--out", str(out),
                                        "--language", language], env=env, cwd=ROOT,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            stack.callback(lambda p=process: p.kill() if p.poll() is None else None)
            running[(font_dpi, language)] = (process, out)
        deadline = time.monotonic() + TIMEOUT_S
        results = {}
        for key, (process, out) in running.items():
            _, stderr = process.communicate(timeout=max(1.0, deadline - time.monotonic()))
            assert process.returncode == 0, (key, stderr[-3000:])
            results[key] = json.loads(out.read_text())
    return results


def test_every_booth_page_fits_at_every_text_size_and_contrast(tmp_path):
    results = probe_all(tmp_path)
    for (font_dpi, language), found in results.items():
        assert found["screen"] == ([1366, 768] if font_dpi == 96 else [683, 384])  # 200 %: Qt's logical pixels
        assert found["problems"] == [], (font_dpi, language)
        assert len(found["scales"]) == 2 * 7 * 4  # booth and kiosk, seven pages, four sizes: all looked at
    scales = results[(96, "en")]["scales"]
    # Room enough: each size is bigger than the one before, and the kiosk's text is sized to the screen.
    for page in ("entry", "choice", "review", "receipt"):
        sizes = [scales[f"booth {page} {size}"] for size in range(4)]
        assert sizes == sorted(sizes) and sizes[3] >= 1.8, (page, sizes)
    assert scales["kiosk entry 0"] >= 1.5  # 768 px high: 1.6 times the booth's standard size, if it fits
    # 200 %: the screen is 683x384 of Qt's pixels. The standard size fits the ordinary pages, a larger size
    # gives the largest text that fits, and nothing falls to the floor (0.5).
    small = results[(192, "en")]["scales"]
    for window in ("booth", "kiosk"):
        for page in ("entry", "choice", "review", "refusal"):
            sizes = [small[f"{window} {page} {size}"] for size in range(4)]
            assert sizes[0] == 1.0 and max(sizes[1:]) > 1.05, (window, page, sizes)
    assert min(small.values()) > 0.55, small
