"""Drive the app from outside, as a person at the screen does: find its windows on the X display, check that
the window manager framed them, type and press keys into them, grab them and read their QR codes.

Nothing here reaches into the app's process: only X (xdotool, xprop, xwininfo, ImageMagick's ``import``)
and ``zbarimg``, the tools ``scripts/system-packages.sh test`` installs. Every wait is bounded in time.
"""

from __future__ import annotations

import operator
import re
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

WINDOW_TIMEOUT_S = 20.0
CHANGE_TIMEOUT_S = 15.0
POLL_S = 0.1
SETTLE_S = 0.2  # two grabs this far apart that (nearly) agree: the window has finished drawing
# Bytes of a raw RGB grab that may differ without the window having changed: a blinking text cursor, a
# countdown's digits. A new page of a window changes tens of thousands.
CHANGE_BYTES = 1500
MIN_TITLE_BAR_PX = 10
FRAME_TIMEOUT_S = 5.0
OUTPUT_TAIL = 4000

T = TypeVar("T")


class AppFailed(AssertionError):
    """The app exited, a window did not appear, or it did not do what a person asked of it."""


@dataclass(frozen=True)
class Frame:
    """A window on screen with the window manager's decoration around it."""

    x: int
    y: int
    width: int
    height: int
    title_bar: int  # the decoration's height above the window's content


def run_x(env: dict[str, str], *args: str) -> str:
    """Run an X tool on the display; its standard output (it must succeed)."""
    done = subprocess.run(list(args), env=env, capture_output=True, text=True, timeout=30, check=False)
    if done.returncode != 0:
        raise AppFailed(f"{' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def until(what: str, probe: Callable[[], T | None], timeout: float, alive: Callable[[], None]) -> T:
    """Poll ``probe`` until it returns something other than None (at most ``timeout`` seconds)."""
    deadline = time.monotonic() + timeout
    while True:
        alive()
        found = probe()
        if found is not None:
            return found
        if time.monotonic() > deadline:
            raise AppFailed(f"{what} did not happen within {timeout:.0f} s")
        time.sleep(POLL_S)


class AppOnX:
    """One app process on one X display."""

    def __init__(self, env: dict[str, str], process: subprocess.Popen[bytes], output: Path) -> None:
        self.env = env
        self.process = process
        self.output = output

    # -- the process
    def output_tail(self) -> str:
        try:
            return self.output.read_text(encoding="utf-8", errors="replace")[-OUTPUT_TAIL:]
        except OSError:
            return ""

    def check_alive(self) -> None:
        code = self.process.poll()
        if code is not None:
            raise AppFailed(f"the app exited with {code} (a negative code is a signal: -6 is Qt's abort):\n"
                            f"{self.output_tail()}")

    # -- windows
    def windows(self, title: str) -> list[int]:
        """The app's mapped windows whose title matches the regular expression ``title``."""
        done = subprocess.run(["xdotool", "search", "--all", "--onlyvisible", "--pid", str(self.process.pid),
                               "--name", title], env=self.env, capture_output=True, text=True, timeout=30,
                              check=False)
        return [int(line) for line in done.stdout.split()]  # exit 1 with no output: none yet

    def window(self, title: str, timeout: float = WINDOW_TIMEOUT_S) -> int:
        """The app's window whose title matches ``title``, once the window manager has mapped it."""
        def found() -> int | None:
            ids = self.windows(title)
            return ids[0] if ids and self._viewable(ids[0]) else None

        return until(f"a window titled /{title}/ appearing", found, timeout, self.check_alive)

    def window_gone(self, window: int, timeout: float = WINDOW_TIMEOUT_S) -> None:
        until(f"window {window} closing", lambda: True if not self._viewable(window) else None, timeout,
              self.check_alive)

    def _viewable(self, window: int) -> bool:
        done = subprocess.run(["xwininfo", "-id", str(window)], env=self.env, capture_output=True, text=True,
                              timeout=30, check=False)
        return "Map State: IsViewable" in done.stdout

    def title(self, window: int) -> str:
        return run_x(self.env, "xdotool", "getwindowname", str(window)).strip()

    def geometry(self, window: int) -> tuple[int, int, int, int]:
        """Where the window's content is on the screen: x, y, width, height (without decoration)."""
        info = run_x(self.env, "xwininfo", "-id", str(window))
        values = {key: int(value) for key, value in re.findall(
            r"^\s*(Absolute upper-left X|Absolute upper-left Y|Width|Height):\s+(-?\d+)", info, re.M)}
        return (values["Absolute upper-left X"], values["Absolute upper-left Y"], values["Width"], values["Height"])

    def frame(self, window: int) -> Frame:
        """Where the window is, decoration included; fails when the window manager gave it no title bar."""
        x, y, width, height = self.geometry(window)
        def extents() -> list[int] | None:  # the window manager sets them a moment after the window maps
            text = run_x(self.env, "xprop", "-id", str(window), "_NET_FRAME_EXTENTS")
            numbers = [int(n) for n in re.findall(r"\d+", text.partition("=")[2])]
            return numbers if len(numbers) == 4 and numbers[2] >= MIN_TITLE_BAR_PX else None

        try:
            left, right, top, bottom = until("the frame", extents, FRAME_TIMEOUT_S, self.check_alive)
        except AppFailed:
            self.check_alive()
            raise AppFailed(f"the window '{self.title(window)}' got no title bar from the window manager within "
                            f"{FRAME_TIMEOUT_S:.0f} s") from None
        return Frame(x - left, y - top, width + left + right, height + top + bottom, top)

    # -- looking
    def _crop(self, window: int) -> str:
        frame = self.frame(window)
        x, y = max(frame.x, 0), max(frame.y, 0)
        return f"{frame.width - (x - frame.x)}x{frame.height - (y - frame.y)}+{x}+{y}"

    def grab(self, window: int, path: Path) -> Path:
        """The window as it is on screen, with its title bar, as a PNG (cut from the screen: what a person sees)."""
        run_x(self.env, "import", "-window", "root", "-crop", self._crop(window), "+repage", str(path))
        return path

    def pixels(self, window: int) -> bytes:
        done = subprocess.run(["import", "-window", "root", "-crop", self._crop(window), "-depth", "8", "rgb:-"],
                              env=self.env, capture_output=True, timeout=30, check=True)
        return done.stdout

    def read_qr(self, window: int, folder: Path, what: str, timeout: float = CHANGE_TIMEOUT_S) -> str:
        """The text of the QR code the window shows, read from its pixels with a real decoder (zbarimg)."""
        path = folder / f"qr-{window}.png"

        def decoded() -> str | None:
            self.grab(window, path)
            done = subprocess.run(["zbarimg", "--quiet", "--raw", str(path)], capture_output=True, text=True,
                                  timeout=30, check=False)
            return done.stdout.strip() or None

        return until(f"a readable QR code of {what} in '{self.title(window)}' (see {path})", decoded, timeout,
                     self.check_alive)

    # -- acting
    def activate(self, window: int) -> None:
        run_x(self.env, "xdotool", "windowactivate", "--sync", str(window))

    def press(self, window: int, *keys: str) -> None:
        self.activate(window)
        run_x(self.env, "xdotool", "key", "--clearmodifiers", *keys)

    def type(self, window: int, text: str) -> None:
        self.activate(window)
        run_x(self.env, "xdotool", "type", "--delay", "15", text)

    def press_and_wait(self, window: int, *keys: str, what: str, timeout: float = CHANGE_TIMEOUT_S) -> None:
        """Press keys, then wait until the window shows something new and has finished drawing it."""
        before = self.pixels(window)
        self.press(window, *keys)
        changed = until(what, lambda: True if _differs(before, self.pixels(window)) else None, timeout,
                        self.check_alive)
        assert changed
        self.settle(window)

    def settle(self, window: int) -> None:
        last = self.pixels(window)

        def stable() -> bool | None:
            nonlocal last
            time.sleep(SETTLE_S)
            now = self.pixels(window)
            same = not _differs(last, now)
            last = now
            return True if same else None

        until(f"'{self.title(window)}' to finish drawing", stable, CHANGE_TIMEOUT_S, self.check_alive)


def _differs(before: bytes, after: bytes) -> bool:
    if len(before) != len(after):
        return True
    return sum(map(operator.ne, before, after)) > CHANGE_BYTES


@contextmanager
def app_on_x(env: dict[str, str], command: list[str], cwd: Path, output: Path,
             stop_timeout: float = 20.0) -> Iterator[AppOnX]:
    """Start ``command`` on the display; after the block, stop it with SIGTERM (as the desktop's logout does)
    and fail unless it exits cleanly (0) in time."""
    with output.open("wb") as out:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
    app = AppOnX(env, process, output)
    try:
        yield app
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=stop_timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
                raise AppFailed(f"the app did not stop within {stop_timeout:.0f} s of SIGTERM:\n"
                                f"{app.output_tail()}") from None
    if process.returncode != 0:
        raise AppFailed(f"the app exited with {process.returncode}:\n{app.output_tail()}")
