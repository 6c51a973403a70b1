"""The bridge: the node's typed events as Signals on the GUI thread, and it forgets the node on detach."""

from __future__ import annotations

import threading

from votingapp.gui.bridge import NodeBridge
from votingapp.node.events import (
    ChainChanged,
    MiningChanged,
    PeerBanned,
    PeerInfo,
    PeersChanged,
    TxAccepted,
    TxDropped,
)


class ListenedNode:
    """Only the listener half of a node (``add_listener``, ``remove_listener``, ``emit``)."""

    def __init__(self) -> None:
        self.listeners = []

    def add_listener(self, listener) -> None:
        self.listeners.append(listener)

    def remove_listener(self, listener) -> None:
        if listener in self.listeners:
            self.listeners.remove(listener)

    def emit(self, event) -> None:
        for listener in list(self.listeners):
            listener(event)


def emit_on_another_thread(node: ListenedNode, event) -> None:
    thread = threading.Thread(target=node.emit, args=(event,))
    thread.start()
    thread.join()


def test_each_typed_event_reaches_its_signal_and_every_one_reaches_node_event(qtbot):
    node = ListenedNode()
    bridge = NodeBridge(node)
    peer = PeerInfo("Desk 2", "ab" * 32, "127.0.0.1:1", 4, True)
    cases = [
        (bridge.block, ChainChanged(3, "cd" * 32, 2, False, 1_700_000_000_000)),
        (bridge.tx, TxAccepted("ef" * 32, "vote")),
        (bridge.txDropped, TxDropped("ef" * 32, "vote", "already voted")),
        (bridge.peers, PeersChanged((peer,))),
        (bridge.mining, MiningChanged(True)),
    ]
    seen: dict[str, list[object]] = {"own": [], "all": []}
    bridge.nodeEvent.connect(seen["all"].append)
    for signal, event in cases:
        signal.connect(seen["own"].append)
        with qtbot.waitSignals([signal, bridge.nodeEvent], timeout=2000):
            emit_on_another_thread(node, event)  # as the node does: from its own thread
        signal.disconnect(seen["own"].append)
    events = [event for _, event in cases]
    assert seen["own"] == events  # each on its own signal, as the typed event the node emitted
    assert seen["all"] == events
    other = PeerBanned("10.0.0.9:47321", "10.0.0.9", "flood", 0.0)
    with qtbot.waitSignal(bridge.nodeEvent, timeout=2000) as blocker:
        emit_on_another_thread(node, other)
    assert blocker.args == [other]


def test_detach_removes_the_listener_from_the_node(qtbot):
    node = ListenedNode()
    bridge = NodeBridge(node)
    assert len(node.listeners) == 1
    bridge.detach()
    assert node.listeners == []
    with qtbot.assertNotEmitted(bridge.nodeEvent, wait=100):
        node.emit(MiningChanged(False))
