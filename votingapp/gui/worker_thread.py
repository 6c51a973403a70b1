"""The app's QThreads: the host of the node's miner, and one-shot jobs (verify, export, start/stop).

Every QThread started here is kept (a strong reference) until it has finished, so none is destroyed
while it runs; :func:`running_threads` and :func:`stop_all` let the app (and the tests) make sure that
none outlives the app.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import shiboken6

from PySide6.QtCore import QThread, Signal

from votingapp.core.errors import LedgerError
from votingapp.node.errors import NodeError
from votingapp.node.lan import NetError

log = logging.getLogger(__name__)

_lock = threading.Lock()
_started: set[QThread] = set()


def _track(thread: QThread) -> None:
    with _lock:
        for old in [t for t in _started if not shiboken6.isValid(t) or t.isFinished()]:
            _started.discard(old)
        _started.add(thread)


def running_threads() -> list[QThread]:
    """The QThreads started here that still run."""
    with _lock:
        return [t for t in _started if shiboken6.isValid(t) and t.isRunning()]


def stop_all(timeout_ms: int = 10_000) -> bool:
    """Ask every job to stop and wait for all threads; True when none runs any more."""
    threads = running_threads()
    for thread in threads:
        if isinstance(thread, Job):
            thread.request_stop()
    return all(thread.wait(timeout_ms) for thread in threads)


class TargetThread(QThread):
    """A QThread whose ``run()`` calls a plain callable (the miner's loop)."""

    def __init__(self, target: Callable[[], None], name: str) -> None:
        super().__init__()
        self._target = target
        self.setObjectName(name)

    def run(self) -> None:
        self._target()


class MinerThread:
    """The miner's host: ``start()`` and ``join(timeout)`` (``votingapp.node.mining.WorkerThread``) over a QThread."""

    def __init__(self, target: Callable[[], None]) -> None:
        self.qthread = TargetThread(target, "votingapp-miner")

    def start(self) -> None:
        _track(self.qthread)
        self.qthread.start()

    def join(self, timeout: float | None = None) -> None:
        if timeout is None:
            self.qthread.wait()
        else:
            self.qthread.wait(max(0, int(timeout * 1000)))


def miner_thread(target: Callable[[], None]) -> MinerThread:
    """The factory for ``NodeOptions(miner_thread=...)``: mining runs on a QThread."""
    return MinerThread(target)


StopRequested = Callable[[], bool]


class Job(QThread):
    """Runs ``fn(stop_requested)`` once on its own thread; reports ``succeeded(result)`` or ``failed(error)``.

    Connect both signals to slots of QObjects on the GUI thread before :meth:`start_job`. A long job
    polls ``stop_requested()`` and returns early when it is True.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[StopRequested], object], name: str) -> None:
        super().__init__()
        self._fn = fn
        self._stop = threading.Event()
        self.setObjectName(name)

    def start_job(self) -> None:
        """Start (tracked, so that the app waits for it on exit)."""
        _track(self)
        self.start()

    def request_stop(self) -> None:
        """Ask the job to finish early."""
        self._stop.set()

    def stopping(self) -> bool:
        """True once a stop was requested."""
        return self._stop.is_set()

    def run(self) -> None:
        try:
            result = self._fn(self.stopping)
        except Exception as exc:
            if isinstance(exc, (LedgerError, NetError, NodeError, OSError)):  # for people: the window says it
                log.info("job %s failed: %s", self.objectName(), exc)
            else:
                log.exception("job %s failed", self.objectName())
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
