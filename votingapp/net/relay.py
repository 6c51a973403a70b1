"""What an authenticated peer's messages do: gossip of transactions and blocks, sync, mempool, peers.

Gossip forwards only what the chain found new and valid.  Sync is pull-based: a node that sees a
heavier peer, or gets a block whose parent it lacks, sends GETBLOCKS with its locator, feeds the reply
to the chain in order and asks again while replies bring new blocks.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections.abc import Callable, Coroutine
from typing import Any

from votingapp.core.errors import LedgerError
from votingapp.net.chain_access import BlockResult, ChainAccess, TxResult
from votingapp.net.errors import PeerRefused, ProtocolError
from votingapp.net.framing import MAX_FRAME
from votingapp.net.messages import (
    LIST_OVERHEAD,
    MAX_BATCH,
    MAX_LOCATOR,
    MAX_PEERS,
    BlockMsg,
    Blocks,
    GenesisMsg,
    GetBlocks,
    GetGenesis,
    GetMempool,
    GetPeers,
    Message,
    Peers,
    Ping,
    Pong,
    Reject,
    TxMsg,
    Txs,
    encode,
)
from votingapp.net.peer import Peer
from votingapp.net.peer_table import PeerTable
from votingapp.net.settings import NetSettings

log = logging.getLogger("votingapp.net")

REPLY_BYTES = MAX_FRAME - 1024  # room for the frame header and item lengths of a BLOCKS or TXS reply
SYNC_STALE = 30.0  # seconds after which an unanswered GETBLOCKS no longer holds back a new one


class Relay:
    """Handles the messages of authenticated peers against the chain and the other peers."""

    def __init__(
        self,
        chain: ChainAccess,
        table: PeerTable,
        settings: NetSettings,
        learn_addresses: Callable[[Peer, tuple[str, ...]], None],
        spawn: Callable[[Coroutine[Any, Any, None], str], asyncio.Task[None]],
        on_refused_tx: Callable[[Peer], None],
    ) -> None:
        self.chain = chain
        self.table = table
        self.settings = settings
        self._learn_addresses = learn_addresses  # decides whose lists count and how much of them
        self._spawn = spawn
        self._on_refused_tx = on_refused_tx  # may raise ProtocolError (a flood of refused transactions)

    def on_connected(self, peer: Peer) -> None:
        """Right after the handshake: catch up if the peer is ahead, ask for its pool and its peers."""
        _, weight, tip = self.chain.chain_summary()
        theirs = peer.hello
        if theirs.weight > weight or (theirs.weight == weight and theirs.tip < tip):
            self.request_blocks(peer)
        peer.conn.send(GetMempool())
        if self.settings.exchange_peers:
            peer.conn.send(GetPeers())

    def ping_all(self) -> None:
        """Send each peer a PING (any answer counts as traffic that keeps the connection alive)."""
        self.tell_height_all()

    def tell_height_all(self) -> None:
        """After a new block: every peer learns our height at once. The block's sender never gets it back (gossip
        excludes it), and a peer that had it already from elsewhere learns nothing from our copy."""
        for peer in self.table:
            self.tell_height(peer)

    def tell_height(self, peer: Peer) -> None:
        """A PING with our best height: the peer shows us at our current height (it learns it from nothing else
        when it only sends us blocks)."""
        peer.conn.send(Ping(secrets.token_bytes(8), self.chain.chain_summary()[0]))

    def request_blocks(self, peer: Peer) -> None:
        """Send GETBLOCKS with our locator, unless one to this peer is still unanswered."""
        now = time.monotonic()
        if peer.sync_requested_at is not None and now - peer.sync_requested_at < SYNC_STALE:
            return
        peer.sync_requested_at = now
        locator = self.chain.locator()
        if len(locator) > MAX_LOCATOR:  # keep the genesis: it is the fork point of last resort
            locator = [*locator[: MAX_LOCATOR - 1], locator[-1]]
        peer.conn.send(GetBlocks(tuple(locator)))

    def handle(self, peer: Peer, msg: Message) -> None:
        """Act on one message; ProtocolError for anything only a faulty or hostile peer sends."""
        match msg:
            case Ping(nonce=nonce, height=height):
                if height is not None:
                    peer.height = height
                peer.conn.send(Pong(nonce, self.chain.chain_summary()[0]))
            case Pong(height=height):
                if height is not None:
                    peer.height = height
            case TxMsg(raw=raw):
                if self._receive_tx(peer, raw):
                    self.table.send_all(encode(msg), exclude=peer.key)
            case Txs(txs=txs):
                # Forward what was new as one batch too, so a big pool does not become a flood of TX.
                new = [raw for raw in txs if self._receive_tx(peer, raw)]
                while new:
                    batch = _fit(new)
                    self.table.send_all(encode(Txs(tuple(batch))), exclude=peer.key)
                    new = new[len(batch) :]
            case BlockMsg(raw=raw):
                self._on_block(peer, raw)
            case Blocks(blocks=blocks):
                self._on_blocks(peer, blocks)
            case GetBlocks(locator=locator):
                self._serve_blocks(peer, locator)
            case GetMempool():
                if peer.mempool_task is None or peer.mempool_task.done():
                    peer.mempool_task = self._spawn(self._serve_mempool(peer), f"mempool to {peer!r}")
            case GetPeers():
                others = [p.listen_address for p in self.table if p is not peer]
                peer.conn.send(Peers(tuple(a for a in others if a is not None)[:MAX_PEERS]))
            case Peers(addresses=addresses):
                if self.settings.exchange_peers:
                    self._learn_addresses(peer, addresses)
            case GetGenesis():
                peer.conn.send(GenesisMsg(self.chain.genesis_bytes()))
            case Reject(reason=reason):
                raise PeerRefused(reason)
            case _:
                raise ProtocolError(f"unexpected {type(msg).__name__} after the handshake")

    def _receive_tx(self, peer: Peer, raw: bytes) -> bool:
        """Give a transaction to the chain; True if it was new (and should be passed on)."""
        try:
            result = self.chain.receive_tx(raw, peer.key)
        except LedgerError as exc:
            raise ProtocolError(f"invalid transaction ({type(exc).__name__}): {exc}") from None
        if result is TxResult.REFUSED:
            self._on_refused_tx(peer)
        return result is TxResult.NEW

    def _receive_block(self, peer: Peer, raw: bytes) -> BlockResult:
        try:
            result = self.chain.receive_block(raw, peer.key)
        except LedgerError as exc:
            raise ProtocolError(f"invalid block ({type(exc).__name__}): {exc}") from None
        if result is BlockResult.NEW:
            peer.height = max(peer.height, self.chain.chain_summary()[0])
        return result

    def _on_block(self, peer: Peer, raw: bytes) -> None:
        result = self._receive_block(peer, raw)
        if result is BlockResult.NEW:
            self.table.send_all(encode(BlockMsg(raw)), exclude=peer.key)
            self.tell_height_all()
        elif result is BlockResult.ORPHAN:
            self.request_blocks(peer)

    def _on_blocks(self, peer: Peer, blocks: tuple[bytes, ...]) -> None:
        peer.sync_requested_at = None
        last_new: bytes | None = None
        try:
            results = self.chain.receive_blocks(blocks, peer.key)
        except LedgerError as exc:
            raise ProtocolError(f"invalid block ({type(exc).__name__}): {exc}") from None
        for raw, result in zip(blocks, results):
            if result is BlockResult.NEW:
                last_new = raw
        if last_new is not None:
            peer.height = max(peer.height, self.chain.chain_summary()[0])
        if last_new is not None:
            # Announce only the newest: a peer that lacks its parents asks us for them.
            self.table.send_all(encode(BlockMsg(last_new)), exclude=peer.key)
            self.tell_height_all()
            # A reply may be cut by count or by size; ask again while replies bring something new.
            self.request_blocks(peer)

    def _serve_blocks(self, peer: Peer, locator: tuple[bytes, ...]) -> None:
        found = self.chain.blocks_after(list(locator), limit=self.settings.blocks_per_reply, max_bytes=REPLY_BYTES)
        blocks = _fit(found)
        peer.conn.send(Blocks(tuple(blocks)))

    async def _serve_mempool(self, peer: Peer) -> None:
        """Send our waiting transactions in TXS batches, waiting for the peer to read each one."""
        try:
            pending = self.chain.pending_txs()
            start = 0
            while start < len(pending) and not peer.conn.closing:
                batch = _fit(pending[start : start + MAX_BATCH])
                start += len(batch)
                peer.conn.send(Txs(tuple(batch)))
                await peer.conn.drain()
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.info("stopped sending the pool to %r: %s", peer, exc or type(exc).__name__)
            peer.conn.close(f"pool transfer failed: {exc or type(exc).__name__}", abort=True)


def _fit(items: list[bytes]) -> list[bytes]:
    """The longest prefix of ``items`` that fits in one BLOCKS or TXS message (at least one item if any)."""
    items = items[:MAX_BATCH]
    size = LIST_OVERHEAD
    for count, item in enumerate(items):
        size += LIST_OVERHEAD + len(item)
        if count and size > REPLY_BYTES:
            return items[:count]
    return items
