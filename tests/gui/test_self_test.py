"""``python main.py --self-test``: the whole app once off screen, in its own process, as a bundle runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def self_test(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--self-test", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180, check=False)


def test_the_self_test_passes_from_the_source_tree():
    done = self_test()
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("self-test passed: "), done.stdout
    for window in ("setup wizard", "main window", "registration desk", "voting booth", "results window",
                   "block explorer", "kiosk"):
        assert window in lines[0]
    assert "1 vote (cast in ar)" in lines[0]  # the voter chose Arabic in the booth: the translations are there


def test_a_failing_self_test_exits_1_and_says_why():
    done = self_test("--timeout", "0.001")
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stdout.startswith("self-test FAILED: timed out waiting for "), done.stdout
