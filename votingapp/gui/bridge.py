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
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from votingapp.node.errors import NodeError
from votingapp.node.events import ChainChanged, MiningChanged, NodeEvent, PeersChanged, TxAccepted, TxDropped
from votingapp.node.facade import Node
from votingapp.node.queries import TxLocation

log = logging.getLogger(__name__)
T = TypeVar("T")


class Reply(QObject):
    """The answer to one request: exactly one of ``finished(result)`` or ``failed(error)`` fires, on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)


class NodeBridge(QObject):
    """Node events as Signals on the GUI thread, and non-blocking requests to the node.

    Every event signal carries the node's typed event (:mod:`votingapp.node.events`).
    """

    block = Signal(object)  # ChainChanged
    tx = Signal(object)  # TxAccepted
    txDropped = Signal(object)  # TxDropped
    peers = Signal(object)  # PeersChanged
    mining = Signal(object)  # MiningChanged
    nodeEvent = Signal(object)  # every NodeEvent, for whoever wants the rest

    _fromNode = Signal(object)
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
        """Stop relaying events (before the bridge goes away): the node forgets this listener."""
        self._detached = True  # an event the node is delivering right now is dropped too
        self.node.remove_listener(self._on_node_event)

    # -- events (node thread -> GUI thread)
    def _on_node_event(self, event: NodeEvent) -> None:
        if self._detached:
            return
        try:
            self._fromNode.emit(event)  # events are frozen dataclasses: safe to hand to another thread
        except RuntimeError:  # the bridge was deleted: the app is closing
            self._detached = True

    @Slot(object)
    def _dispatch(self, event: NodeEvent) -> None:
        if isinstance(event, ChainChanged):
            self.block.emit(event)
        elif isinstance(event, TxAccepted):
            self.tx.emit(event)
        elif isinstance(event, TxDropped):
            self.txDropped.emit(event)
        elif isinstance(event, PeersChanged):
            self.peers.emit(event)
        elif isinstance(event, MiningChanged):
            self.mining.emit(event)
        self.nodeEvent.emit(event)

    # -- requests (GUI thread -> node thread -> GUI thread)
    def request(self, fn: Callable[[], object]) -> Reply:
        """Run ``fn`` on the node's thread; connect to the returned reply's signals for the answer."""
        future: concurrent.futures.Future[object]
        try:
            future = self.node.call_async(fn)
        except RuntimeError as exc:  # the loop closed between the running check and the call
            future = _failed_future(NodeError(f"the node is not running ({exc})"))
        return self._watch(future)

    def wait_for_block(self, txid: bytes, timeout: float = 600.0) -> Reply:
        """A reply that finishes with the transaction's :class:`TxLocation` once it is in a block."""
        future: concurrent.futures.Future[TxLocation]
        if not self.node.running:
            return self._watch(_failed_future(NodeError("the node is not running")))
        try:
            future = self.node.wait_async(txid, timeout)
        except (RuntimeError, AssertionError) as exc:
            future = _failed_future(NodeError(f"the node is not running ({exc})"))
        return self._watch(future)

    def _watch(self, future: concurrent.futures.Future[T]) -> Reply:
        reply = Reply(self)
        number = next(self._numbers)
        self._pending[number] = reply
        future.add_done_callback(functools.partial(self._future_done, number))
        return reply

    def _future_done(self, number: int, future: concurrent.futures.Future[T]) -> None:
        # Any thread: only emit.
        error: BaseException | None
        result: T | None
        if future.cancelled():
            result, error = None, NodeError("the request was cancelled")
        else:
            error = future.exception()
            result = None if error is not None else future.result()
        # A bridge that is gone (the app is closing) raises RuntimeError: nobody waits for the answer then.
        with contextlib.suppress(RuntimeError):
            self._answer.emit(number, result, error)

    @Slot(int, object, object)
    def _deliver(self, number: int, result: object, error: BaseException | None) -> None:
        reply = self._pending.pop(number, None)
        if reply is None:
            return
        if error is None:
            reply.finished.emit(result)
        else:
            reply.failed.emit(error)
        reply.deleteLater()


def _failed_future(error: BaseException) -> concurrent.futures.Future[T]:
    future: concurrent.futures.Future[T] = concurrent.futures.Future()
    future.set_exception(error)
    return future
