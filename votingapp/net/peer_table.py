"""The authenticated peers, one connection per station key, and sending to all of them."""

from __future__ import annotations

from collections.abc import Iterator

from votingapp.net.peer import Peer


class PeerTable:
    """Connected peers by station key.

    When two stations connect to each other at the same moment there are two connections; both sides
    keep the same one: the one opened by the station with the lower key.
    """

    def __init__(self, own_key: bytes) -> None:
        self._own_key = own_key
        self._peers: dict[bytes, Peer] = {}

    def add(self, peer: Peer) -> Peer | None:
        """Register ``peer``; return the connection to close as a duplicate (``peer`` or the one it replaces)."""
        existing = self._peers.get(peer.station)
        if existing is None:
            self._peers[peer.station] = peer
            return None
        prefer_outbound = self._own_key < peer.station
        if peer.outbound == existing.outbound or peer.outbound != prefer_outbound:
            return peer
        self._peers[peer.station] = peer
        return existing

    def remove(self, peer: Peer) -> bool:
        """Forget ``peer`` if it is the registered connection of its station; True if it was."""
        if self._peers.get(peer.station) is peer:
            del self._peers[peer.station]
            return True
        return False

    def get(self, station: bytes) -> Peer | None:
        """The connected peer of a station key."""
        return self._peers.get(station)

    def __iter__(self) -> Iterator[Peer]:
        return iter(list(self._peers.values()))

    def __len__(self) -> int:
        return len(self._peers)

    def send_all(self, frame: bytes, exclude: str | None = None) -> int:
        """Send an encoded message to every peer but ``exclude`` (a station key hex); how many got it."""
        sent = 0
        for peer in self:
            if peer.key != exclude and not peer.conn.closing:
                peer.conn.send_frame(frame)
                sent += 1
        return sent
