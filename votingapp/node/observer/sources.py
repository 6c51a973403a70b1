"""Where the board's content comes from: a running node (:class:`NodeSource`) or a data dir (:class:`DataDirSource`)."""

from __future__ import annotations

import io
from collections.abc import Callable

from votingapp.core.chain import Ledger
from votingapp.node.chain_service import ChainService
from votingapp.node.events import PeerInfo
from votingapp.node.observer.board import Board, build_board
from votingapp.store.database import StoreError
from votingapp.store.datadir import DataDir
from votingapp.store.record import write_record_to


def record_of(data_dir: DataDir) -> bytes:
    """The election record of ``data_dir`` (manifest and best chain), read through its own read-only connection."""
    store = data_dir.open_store(readonly=True)
    try:
        genesis = store.genesis()
        if genesis is None:
            raise StoreError(f"data dir {data_dir.path} holds no election")
        out = io.BytesIO()
        write_record_to(out, genesis, store.main_chain())
        return out.getvalue()
    finally:
        store.close()


class NodeSource:
    """The board of a running node (called on the node's loop thread, except :meth:`record`)."""

    def __init__(self, chain: ChainService, peers: Callable[[], tuple[PeerInfo, ...]], data_dir: DataDir,
                 language: str) -> None:
        self.chain = chain
        self.peers = peers
        self.data_dir = data_dir
        self.language = language

    def _peer_heights(self) -> tuple[tuple[str, int], ...]:
        return tuple((p.station, p.height) for p in self.peers())

    def board(self) -> Board:
        chain = self.chain
        return build_board(chain.state, me=chain.station_key.public, served_by=chain.station_name,
                           peers=self._peer_heights())

    def version(self) -> object:
        state = self.chain.state
        return state.tip, len(self.chain.state.decryptions), self._peer_heights()

    def manifest(self) -> bytes:
        return self.chain.genesis_bytes()

    def record(self) -> bytes:
        return record_of(self.data_dir)


class DataDirSource:
    """The board of a data dir with no node running (``python -m votingapp observe``): the chain as stored."""

    def __init__(self, data_dir: DataDir, language: str) -> None:
        self.data_dir = data_dir
        self.language = language
        store = data_dir.open_store(readonly=True)
        try:
            genesis = store.genesis()
            if genesis is None:
                raise StoreError(f"data dir {data_dir.path} holds no election")
            self._genesis = genesis
            ledger: Ledger = store.open_ledger()
        finally:
            store.close()
        # this station's key if the data dir has one (nothing is created: the data dir is only read)
        self._me = data_dir.station_key().public if data_dir.station_key_path.exists() else b""
        self._name = data_dir.station_name()
        self._board = build_board(ledger.state, me=self._me, served_by=self._name, live=False)
        self._record: bytes | None = None

    def board(self) -> Board:
        return self._board

    def version(self) -> object:
        return self._board.tip

    def manifest(self) -> bytes:
        return self._genesis.encode()

    def record(self) -> bytes:
        if self._record is None:
            self._record = record_of(self.data_dir)
        return self._record
