"""The booth and the kiosk on a real X display (Xvfb + openbox, Qt's xcb platform) at 1366×768, at 100 % and
200 % system text: every page at every voter text size and contrast fits — no label or button text elided or
cut, no window beyond the screen (``booth_probe`` walks them in its own process, one per configuration)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.xdisplay import x_display

ROOT = Path(__file__).resolve().parents[2]


def probe(tmp_path: Path, font_dpi: int) -> dict:
    out = tmp_path / f"probe-{font_dpi}.json"
    with x_display(1366, 768, font_dpi=font_dpi) as env:
        result = subprocess.run([sys.executable, "-m", "tests.gui.booth_probe", "--out", str(out)], env=env,
                                cwd=ROOT, capture_output=True, text=True, timeout=240, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(out.read_text())


@pytest.mark.parametrize("font_dpi", [96, 192])
def test_every_booth_page_fits_at_every_text_size_and_contrast(tmp_path, font_dpi):
    found = probe(tmp_path, font_dpi)
    assert found["screen"] == ([1366, 768] if font_dpi == 96 else [683, 384])  # 200 %: Qt's logical pixels
    assert found["problems"] == []
    scales = found["scales"]
    assert len(scales) == 2 * 7 * 4  # booth and kiosk, seven pages, four sizes: all were looked at
    if font_dpi == 96:
        # Room enough: each size is bigger than the one before, and the kiosk's text is sized to the screen.
        for page in ("entry", "choice", "review", "receipt"):
            sizes = [scales[f"booth {page} {size}"] for size in range(4)]
            assert sizes == sorted(sizes) and sizes[3] >= 1.8, (page, sizes)
        assert scales["kiosk entry 0"] >= 1.5  # 768 px high: 1.6 times the booth's standard size, if it fits
