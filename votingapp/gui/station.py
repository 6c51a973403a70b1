"""This station's node as the app holds it: started and stopped off the GUI thread, mining on a QThread."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QObject, Signal, Slot

from votingapp.gui.bridge import NodeBridge
from votingapp.gui.refusals import refusal
from votingapp.gui.worker_thread import Job, StopRequested, miner_thread
from votingapp.node.facade import Node
from votingapp.node.options import NodeOptions
from votingapp.store.datadir import DataDir

log = logging.getLogger(__name__)


class Station(QObject):
    """Owns the node and its bridge; ``started`` or ``startFailed(message)`` after :meth:`start`."""

    started = Signal()
    startFailed = Signal(str)
    stopped = Signal()

    def __init__(self, data_dir: DataDir, options: NodeOptions | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.node = Node(data_dir, replace(options or NodeOptions(), miner_thread=miner_thread))
        self.bridge = NodeBridge(self.node, self)
        self._job: Job | None = None

    def start(self) -> None:
        """Start the node on a worker thread (loading a long chain takes a while); the GUI stays live."""
        job = Job(self._start_node, "votingapp-node-start")
        job.succeeded.connect(self._on_started)
        job.failed.connect(self._on_start_failed)
        self._job = job
        job.start_job()

    def _start_node(self, _stop: StopRequested) -> None:
        self.node.start()

    def start_blocking(self) -> None:
        """Start and return once the node serves (tests, screenshots)."""
        self.node.start()

    @Slot(object)
    def _on_started(self, _result: object) -> None:
        self._job = None
        self.started.emit()

    @Slot(object)
    def _on_start_failed(self, error: BaseException) -> None:
        self._job = None
        log.error("the node could not start: %s", error)
        self.startFailed.emit(refusal(error))

    def stop(self) -> None:
        """Stop the node (miner thread included) and wait for it: on exit, after the windows closed."""
        if self._job is not None:
            self._job.wait()
            self._job = None
        self.bridge.detach()
        self.node.stop()
        self.stopped.emit()
