"""``--startup-probe`` (an option of the desktop app): the seconds from process start to a usable main window."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from votingapp.gui.main_window import MainWindow


def process_age() -> float | None:
    """Seconds since this process was created (Linux), or None where that is not known."""
    try:
        stat = Path("/proc/self/stat").read_text(encoding="ascii")
        start_ticks = int(stat.rpartition(")")[2].split()[19])  # field 22, "starttime", in clock ticks after boot
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


class StartupProbe(QObject):
    """Print the seconds from process start to a usable main window, then quit.

    Usable means shown with the node's first status drawn in it.  Connect the app's ``mainWindowShown``
    signal to :meth:`watch`.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds: float | None = None

    @Slot(object)
    def watch(self, window: MainWindow) -> None:
        """Measure once ``window`` has drawn its first status."""
        window.statusShown.connect(self._status_drawn)

    @Slot(object)
    def _status_drawn(self, _status: object) -> None:
        if self.seconds is None:
            self.seconds = -1.0
            QTimer.singleShot(0, self._measure)  # after the events queued with the status (its repaint)

    @Slot()
    def _measure(self) -> None:
        age = process_age()
        if age is None:
            print("startup: the process start time is known on Linux only", flush=True)
        else:
            self.seconds = age
            print(f"startup: main window usable {age:.3f} s after process start", flush=True)
        QApplication.quit()

    def exit_code(self) -> int:
        return 0 if self.seconds is not None and self.seconds >= 0 else 1
