"""Uncaught exceptions: logged with their traceback, shown in a dialog; the node (own thread) keeps running.

Python errors in slots reach ``sys.excepthook``; errors on other Python threads reach
``threading.excepthook``; hard crashes (segfaults) are written by faulthandler to ``logs/crash.log``.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)


class CrashHandler(QObject):
    """Installs the hooks; ``reported(summary, details)`` is emitted from any thread, shown on the GUI thread."""

    reported = Signal(str, str)

    def __init__(self, log_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_dir = log_dir
        self.dialogs: list[QMessageBox] = []
        self._fault_file: IO[Any] | None = None
        self._previous: tuple[Any, Any] | None = None
        self.reported.connect(self.show_dialog, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Route uncaught exceptions here."""
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self._fault_file = open(self.log_dir / "crash.log", "a", encoding="utf-8")  # noqa: SIM115 - kept open
        faulthandler.enable(self._fault_file)

    def uninstall(self) -> None:
        """Put the previous hooks back."""
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """Log the exception and report it (any thread)."""
        if issubclass(exc_type, KeyboardInterrupt):
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        self.reported.emit(f"{exc_type.__name__}: {exc}", details)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str)
    def show_dialog(self, summary: str, details: str) -> None:
        """Tell people what happened without stopping the app (the dialog does not block)."""
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Something went wrong"), self.tr(
            "An unexpected error occurred: {summary}\n\nThe node keeps running and its data is safe. The details "
            "were written to the log in {path}.").format(summary=summary, path=self.log_dir))
        box.setAccessibleName(self.tr("Unexpected error"))
        box.setDetailedText(details)
        box.finished.connect(self._forget)
        self.dialogs.append(box)
        box.open()

    @Slot(int)
    def _forget(self, _result: int) -> None:
        box = self.sender()
        self.dialogs = [d for d in self.dialogs if d is not box]
        if box is not None:
            box.deleteLater()
