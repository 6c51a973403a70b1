"""The app as started by people: ``python main.py``, a clean stop, and uncaught errors."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import new_election
from votingapp.gui.crash import CrashHandler

ROOT = Path(__file__).resolve().parents[2]


def wait_for(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def sigterm_once_logged(data_dir: Path, marker: str, *extra: str) -> str:
    """Start ``main.py`` on ``data_dir``, send SIGTERM once its log shows ``marker``; the log after a clean exit."""
    log = data_dir / "logs" / "votingapp.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "main.py", "--data-dir", str(data_dir), "--no-discovery", *extra],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        assert wait_for(lambda: log.exists() and marker in log.read_text(), 30), proc.stdout
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    return log.read_text()


def test_main_py_starts_the_app_and_stops_it_cleanly_on_sigterm(tmp_path):
    data_dir = new_election(tmp_path / "desk")
    text = sigterm_once_logged(data_dir.path, "node started", "--listen", "127.0.0.1:0")
    assert "node stopped" in text and "desktop app stopped" in text
    assert "Traceback" not in text


def test_sigterm_while_the_first_run_wizard_is_open_closes_the_app(tmp_path):
    text = sigterm_once_logged(tmp_path / "new desk", "setup wizard shown")
    assert "desktop app stopped" in text


def test_main_py_passes_commands_to_the_command_line(tmp_path):
    out = subprocess.run([sys.executable, "main.py", "node-id", "--data-dir", str(tmp_path / "d")], cwd=ROOT,
                         capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 0
    assert len(out.stdout.strip()) == 64


def test_an_uncaught_exception_is_logged_and_shown(qtbot, tmp_path, caplog):
    handler = CrashHandler(tmp_path / "logs")
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        with caplog.at_level(logging.CRITICAL), qtbot.waitSignal(handler.reported):
            handler.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: bool(handler.dialogs), timeout=2000)
    box = handler.dialogs[0]
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "boom in a slot" in box.text() and "keeps running" in box.text()
    assert "RuntimeError" in box.detailedText()
    assert "uncaught exception" in caplog.text
    box.close()


def test_the_screenshot_script_renders_every_window(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "tools.screenshots", str(tmp_path)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    names = {p.stem for p in tmp_path.glob("*.png")}
    assert {"wizard-create", "wizard-join", "main-window-authority", "registration", "slip", "ballot-choice",
            "ballot-receipt", "ballot-refused", "results", "explorer", "kiosk"} <= names
    assert all(p.stat().st_size > 2000 for p in tmp_path.glob("*.png"))


def test_qt_calls_that_return_nothing_leave_none_alone(qapp):
    # PySide6 6.12 on CPython 3.11 took a reference from None on each such call until Python aborted
    # ("none_dealloc"); requirements.txt pins 6.11.3, and this guards any upgrade.
    from PySide6.QtCore import QObject

    holder = QObject()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        holder.setObjectName("x")
    assert sys.getrefcount(None) >= before - 100


def test_a_data_dir_of_an_older_version_is_explained_in_a_dialog(qtbot, tmp_path, monkeypatch):
    from tests.unit.test_store_old_version import _old_data_dir
    from votingapp.gui.app import DesktopApp
    from votingapp.node.options import NodeOptions

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append(f"{title}: {text}"))
    desktop = DesktopApp(_old_data_dir(tmp_path), NodeOptions(discovery=False, listen_host="127.0.0.1"))
    assert desktop.setup() is False and desktop.failed
    assert len(shown) == 1 and "made by an older version of this program" in shown[0]  # refusals.py
