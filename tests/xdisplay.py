"""A real X display for tests: Xvfb at a given size with the openbox window manager.

    with x_display(1366, 768) as env:
        subprocess.run([...], env=env)          # env has DISPLAY and QT_QPA_PLATFORM=xcb
        png = screenshot(env, tmp_path / "root.png")

Each display gets its own free number (a lock file per number, as X itself does), so tests and helpers
running at the same time never share a screen: Xvfb takes the number's lock file itself, and a display
counts as ours only once that lock names our Xvfb's PID (two starts that pick the same number at the same
moment: one Xvfb exits, and that start moves on to the next number). Only the processes started here are
stopped, by PID.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TOOLS = ("Xvfb", "openbox", "xdotool", "import")
FIRST_DISPLAY = 40
LAST_DISPLAY = 99
START_TIMEOUT_S = 15.0
START_ATTEMPTS = 3


class DisplayUnavailable(RuntimeError):
    """Xvfb or its tools are missing or it did not come up (tests fail on it; they never skip)."""


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _free_displays() -> list[int]:
    """The free display numbers, in random order: starts at the same moment seldom try the same one."""
    free = [number for number in range(FIRST_DISPLAY, LAST_DISPLAY + 1)
            if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists()]
    random.shuffle(free)
    return free


def _owns(number: int, xvfb: subprocess.Popen[bytes]) -> bool:
    """The display ``number`` is up and its lock file names this Xvfb (not another start's)."""
    try:
        pid = int(Path(f"/tmp/.X{number}-lock").read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return False
    return pid == xvfb.pid and Path(f"/tmp/.X11-unix/X{number}").exists()


def _start_xvfb(width: int, height: int) -> tuple[int, subprocess.Popen[bytes]]:
    """An Xvfb of our own on a free display number: (number, process)."""
    for number in _free_displays():
        xvfb = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            _wait_for(lambda: xvfb.poll() is not None or _owns(number, xvfb), "Xvfb")  # noqa: B023 - called here
        except DisplayUnavailable:
            _stop(xvfb)
            raise
        if xvfb.poll() is None:
            return number, xvfb
        # Another start took this number at the same moment (its Xvfb holds the lock): try the next one.
    raise DisplayUnavailable(f"no free X display number in :{FIRST_DISPLAY}..:{LAST_DISPLAY}")


def _wait_for(predicate: object, what: str, timeout: float = START_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise DisplayUnavailable(f"{what} did not come up within {timeout:.0f} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@contextmanager
def x_display(width: int = 1366, height: int = 768, *, window_manager: bool = True,
              font_dpi: int | None = None) -> Iterator[dict[str, str]]:
    """Start Xvfb (and openbox), yield an environment for programs that should use it, stop both after."""
    missing = missing_tools()
    if missing:
        raise DisplayUnavailable(f"missing {', '.join(missing)} (bash scripts/system-packages.sh test installs them)")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QT_FONT_DPI", "QT_SCALE_FACTOR")}
    if font_dpi is not None:
        env["QT_FONT_DPI"] = str(font_dpi)
    processes: list[subprocess.Popen[bytes]] = []
    try:
        for attempt in range(1, START_ATTEMPTS + 1):
            number, xvfb = _start_xvfb(width, height)
            processes = [xvfb]
            env.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
            if not window_manager or _start_window_manager(env, processes):
                break
            # openbox found another window manager on the display (a start elsewhere that took our number
            # without checking its lock): leave this display and take another.
            for process in reversed(processes):
                _stop(process)
            if attempt == START_ATTEMPTS:
                raise DisplayUnavailable(f"openbox did not start on {START_ATTEMPTS} displays in a row")
        yield env
    finally:
        for process in reversed(processes):
            _stop(process)


def _start_window_manager(env: dict[str, str], processes: list[subprocess.Popen[bytes]]) -> bool:
    """Start openbox on the display of ``env`` (added to ``processes``); False when it exits at once."""
    wm = subprocess.Popen(["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    processes.append(wm)
    _wait_for(lambda: wm.poll() is not None or _has_window_manager(env), "openbox")
    if wm.poll() is not None:
        return False
    time.sleep(0.2)  # it exits just after taking the screen when another window manager holds it
    return wm.poll() is None


def use_in_this_process(env: dict[str, str]) -> None:
    """Make Qt in this process draw on the display of ``env`` (from :func:`x_display`) with the xcb platform,
    at the system's own text size (no DPI or scale left over from the caller's environment)."""
    os.environ.update(DISPLAY=env["DISPLAY"], QT_QPA_PLATFORM="xcb")
    for name in ("QT_FONT_DPI", "QT_SCALE_FACTOR"):
        os.environ.pop(name, None)


def _has_window_manager(env: dict[str, str]) -> bool:
    result = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env, capture_output=True,
                            text=True, timeout=5, check=False) if shutil.which("xprop") else None
    if result is None:
        time.sleep(0.5)  # without xprop: give openbox a moment to take the screen
        return True
    return "window id" in result.stdout


def screenshot(env: dict[str, str], path: Path) -> Path:
    """The whole screen as a PNG (ImageMagick's ``import -window root``)."""
    subprocess.run(["import", "-window", "root", str(path)], env=env, check=True, timeout=30,
                   capture_output=True)
    return path


def xdotool(env: dict[str, str], *args: str) -> str:
    """Run xdotool on the display; returns its output."""
    result = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=30, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"xdotool {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout
