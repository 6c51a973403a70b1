"""``bash start.sh`` on a machine without a screen (an ssh session, a console) says so in one line before it
sets anything up, instead of letting Qt abort with a page of plugin errors."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def start_without_a_display(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(["bash", str(ROOT / "start.sh"), *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=30, check=False)


@pytest.mark.parametrize("args", [(), ("--data-dir", "/nonexistent/desk")])
def test_the_desktop_app_without_a_display_is_one_clear_line(args: tuple[str, ...]) -> None:
    done = start_without_a_display(*args)
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("start.sh: no display to open the app's windows on"), done.stderr
    assert not Path("/nonexistent/desk").exists()
