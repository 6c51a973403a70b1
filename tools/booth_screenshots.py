"""``python -m tools.booth_screenshots OUTDIR``, from the repository's root: the voter's booth page by page, as
a voter sees it on a 1366×768 laptop (Xvfb + openbox, Qt's xcb platform): at the standard text size, at the
largest, in white on black and in black on white; the kiosk's warning before it clears itself and its unlock
dialog locked after three wrong codes (``booth-voter-*.png``; ``docs/screenshots/`` holds the committed ones).

A developer tool, not part of the app: ``tests/gui/booth_probe.py`` walks the booth in its own process on its
own X display (a secret-ballot election on 127.0.0.1, temporary data dir) and grabs each window with its
frame, at the size the booth gives it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.xdisplay import x_display

ROOT = Path(__file__).resolve().parents[1]
KEPT = [f"booth-voter-{page}.png" for page in ("entry", "choice", "review", "cast-or-check", "opened", "receipt",
                                               "refusal")]
KEPT += [f"booth-voter-{page}-largest.png" for page in ("entry", "choice", "review", "receipt")]
KEPT += [f"booth-voter-{page}-white-on-black.png" for page in ("entry", "choice", "cast-or-check", "receipt")]
KEPT += ["booth-voter-choice-black-on-white.png", "booth-voter-kiosk-still-there.png",
         "booth-voter-kiosk-locked.png"]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tools.booth_screenshots OUTDIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="votingapp-booth-shots-") as tmp, x_display(1366, 768) as env:
        result = subprocess.run([sys.executable, "-m", "tests.gui.booth_probe", "--out", f"{tmp}/probe.json",
                                 "--shots", tmp], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300,
                                check=False)
        if result.returncode != 0:
            print(result.stderr[-3000:], file=sys.stderr)
            return 1
        for name in KEPT:
            shutil.copyfile(Path(tmp) / name, out / name)
            print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
