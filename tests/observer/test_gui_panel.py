"""The app's side of the board: the main window's switch (off by default) and the results window's QR code.

A real station (node + bridge) on 127.0.0.1 under pytest-qt: switching on serves the page (fetched over HTTP),
the QR code in the results window decodes (zbarimg) to the address shown, switching off stops serving.
"""

from __future__ import annotations

import gc
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.gui.conftest import OFFSCREEN_NOISE, info_of, new_election, options
from votingapp.gui import worker_thread
from votingapp.gui.garbage_collector import MainThreadGarbageCollector
from votingapp.gui.main_window import MainWindow
from votingapp.gui.observer_panel import ObserverQr, ObserverSwitch
from votingapp.gui.station import Station as AppStation

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def _fetch(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read().decode()


def test_the_switch_serves_the_board_and_the_results_window_shows_its_qr_code(qtbot, tmp_path: Path):
    collector = MainThreadGarbageCollector(interval_ms=100)  # as in the app: collect on the GUI thread only
    collector.start()
    station = AppStation(new_election(tmp_path / "desk1"), options(name="Desk 1"))
    station.start_blocking()
    window = None
    try:
        window = MainWindow(station, info_of(station))
        qtbot.addWidget(window)
        window.show()
        switch = window.findChild(ObserverSwitch)
        assert switch is not None
        qtbot.waitUntil(lambda: switch.label.text() == "Observer board: off", timeout=5000)
        assert not switch.check.isChecked()  # off by default
        results = window.open_results()
        qr = results.findChild(ObserverQr)
        assert qr is not None and qr.isHidden()

        switch.check.setChecked(True)
        qtbot.waitUntil(lambda: switch.label.text().startswith("Observer board: on — http://127.0.0.1:"), timeout=10000)
        url = switch.label.text().split(" — ", 1)[1]
        status, page = _fetch(url)
        assert status == 200 and "Board election" in page and "Desk 1" in page
        qtbot.waitUntil(lambda: qr.isVisible() and qr.url == url, timeout=5000)
        png = tmp_path / "qr.png"
        assert qr.image.pixmap().save(str(png))
        decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True,
                                 timeout=30, check=True).stdout.strip()
        assert decoded == url
        assert url in qr.caption.text()

        switch.check.setChecked(False)
        qtbot.waitUntil(lambda: switch.label.text() == "Observer board: off", timeout=5000)
        qtbot.waitUntil(qr.isHidden, timeout=5000)

        def refused() -> bool:
            try:
                _fetch(url)
            except (urllib.error.URLError, ConnectionError):
                return True
            return False

        qtbot.waitUntil(refused, timeout=5000)
    finally:
        if window is not None:
            window.close()
        station.stop()
        station.deleteLater()
        worker_thread.stop_all(5000)
        gc.collect()
        collector.stop()
        collector.deleteLater()
    assert not worker_thread.running_threads()
