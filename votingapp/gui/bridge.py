"""The one adapter between the node and the windows (Electrum's ``QtEventListener`` habit).

The node calls its listeners on its own thread; :class:`NodeBridge` re-emits each event as a Signal
that Qt queues to the GUI thread.  Requests run on the node's thread through ``call_async``; their
answer comes back as a :class:`Reply` whose signals fire on the GUI thread.  The GUI never waits.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import functools
import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from votingapp.node.facade import Node, NodeError

log = logging.getLogger(__name__)


class Reply(QObject):
    """The answer to one request: exactly one of ``finished(result)`` or ``failed(error)`` fires, on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)


class NodeBridge(QObject):
    """Node events as Signals on the GUI thread, and non-blocking requests to the node."""

    block = Signal(object)  # {"height", "hash", "txs", "reorg", "time"}
    tx = Signal(object)  # {"txid", "type"}
    txDropped = Signal(object)  # {"txid", "type", "reason"}
    peers = Signal(object)  # {"peers": [...]}
    mining = Signal(bool)
    nodeEvent = Signal(str, object)  # every event, for whoever wants the rest

    _fromNode = Signal(str, object)
    _answer = Signal(int, object, object)  # request number, result, error

    def __init__(self, node: Node, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.node = node
        # Replies stay here, on the GUI thread: other threads see only their numbers, never a Qt wrapper
        # (a wrapper whose last reference goes away on another thread is deleted there, and that crashes).
        self._pending: dict[int, Reply] = {}
        self._numbers = itertools.count(1)
        self._detached = False
        # Queued explicitly: an answer may arrive on the GUI thread itself (a node that is not running),
        # and must still reach the caller only after it connected to the reply.
        self._fromNode.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)
        self._answer.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        node.add_listener(self._on_node_event)

    def detach(self) -> None:
        """Stop relaying events (before the bridge goes away; the node has no remove_listener)."""
        self._detached = True

    # -- events (node thread -> GUI thread)
    def _on_node_event(self, event: str, details: dict[str, Any]) -> None:
        if self._detached:
            return
        try:
            self._fromNode.emit(event, dict(details))
        except RuntimeError:  # the bridge was deleted: the app is closing
            self._detached = True

    @Slot(str, object)
    def _dispatch(self, event: str, details: dict[str, Any]) -> None:
        if event == "block":
            self.block.emit(details)
        elif event == "tx":
            self.tx.emit(details)
        elif event == "tx_dropped":
            self.txDropped.emit(details)
        elif event == "peers":
            self.peers.emit(details)
        elif event == "mining":
            self.mining.emit(bool(details.get("active")))
        self.nodeEvent.emit(event, details)

    # -- requests (GUI thread -> node thread -> GUI thread)
    def request(self, fn: Callable[[], Any]) -> Reply:
        """Run ``fn`` on the node's thread; connect to the returned reply's signals for the answer."""
        try:
            future = self.node.call_async(fn)
        except RuntimeError as exc:  # the loop closed between the running check and the call
            future = _failed_future(NodeError(f"the node is not running ({exc})"))
        return self._watch(future)

    def wait_for_block(self, txid: bytes, timeout: float = 600.0) -> Reply:
        """A reply that finishes with the transaction's location once it is in a block."""
        if not self.node.running:
            return self._watch(_failed_future(NodeError("the node is not running")))
        try:
            future = self.node.wait_async(txid, timeout)
        except (RuntimeError, AssertionError) as exc:
            future = _failed_future(NodeError(f"the node is not running ({exc})"))
        return self._watch(future)

    def _watch(self, future: concurrent.futures.Future[Any]) -> Reply:
        reply = Reply(self)
        number = next(self._numbers)
        self._pending[number] = reply
        future.add_done_callback(functools.partial(self._future_done, number))
        return reply

    def _future_done(self, number: int, future: concurrent.futures.Future[Any]) -> None:
        # Any thread: only emit.
        error: BaseException | None
        if future.cancelled():
            result, error = None, NodeError("the request was cancelled")
        else:
            error = future.exception()
            result = None if error is not None else future.result()
        # A bridge that is gone (the app is closing) raises RuntimeError: nobody waits for the answer then.
        with contextlib.suppress(RuntimeError):
            self._answer.emit(number, result, error)

    @Slot(int, object, object)
    def _deliver(self, number: int, result: Any, error: BaseException | None) -> None:
        reply = self._pending.pop(number, None)
        if reply is None:
            return
        if error is None:
            reply.finished.emit(result)
        else:
            reply.failed.emit(error)
        reply.deleteLater()


def _failed_future(error: BaseException) -> concurrent.futures.Future[Any]:
    future: concurrent.futures.Future[Any] = concurrent.futures.Future()
    future.set_exception(error)
    return future
