"""Proving a data dir's election: full verification and the exported record, from any thread.

Each call opens its own read-only connection (SQLite WAL), so it runs beside a live node without
blocking it. Qt-free: the desktop app runs these on a worker thread.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from votingapp.core.errors import LedgerError
from votingapp.core.manifest import Genesis
from votingapp.core.proofcheck import warm_up
from votingapp.core.verify import VerifyReport, verify_chain
from votingapp.store.database import ChainStore, StoreError
from votingapp.store.datadir import DataDir
from votingapp.store.record import RecordSummary, write_record


class VerificationCancelled(LedgerError):
    """The verification was stopped before it finished."""


@dataclass(frozen=True)
class Verified:
    """A successful full verification."""

    genesis: Genesis
    report: VerifyReport
    seconds: float


def _open(data_dir: DataDir) -> tuple[ChainStore, Genesis]:
    store = data_dir.open_store(readonly=True)
    genesis = store.genesis()
    if genesis is None:
        store.close()
        raise StoreError(f"data dir {data_dir.path} holds no election")
    return store, genesis


@contextmanager
def _proof_pool(genesis: Genesis) -> Iterator[ProcessPoolExecutor | None]:
    """For a secret election, os.cpu_count() worker processes to check the ballots' proofs in (none for an
    open one).  Spawned, not forked: the caller may be a thread of the desktop app.  On an error the
    checks not started are dropped."""
    if not genesis.manifest.secret:
        yield None
        return
    pool = ProcessPoolExecutor(max_workers=os.cpu_count() or 2, mp_context=multiprocessing.get_context("spawn"))
    try:
        pool.submit(warm_up)  # the workers start while the ceremony's blocks are checked
        yield pool
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def verify_blocks(genesis: Genesis, encoded_blocks: Iterable[bytes], thread_name_prefix: str = "") -> VerifyReport:
    """:func:`verify_chain` as ``verify`` runs it: signatures on os.cpu_count() threads and, for a secret
    election, the ballots' proofs in os.cpu_count() worker processes (threads would contend for the GIL)."""
    workers = os.cpu_count() or 2
    with _proof_pool(genesis) as pool, ThreadPoolExecutor(workers, thread_name_prefix) as executor:
        return verify_chain(genesis, encoded_blocks, executor, pool=pool)


def verify_data_dir(data_dir: DataDir, stop_requested: Callable[[], bool] = lambda: False) -> Verified:
    """Re-check every block, rule and signature stored in ``data_dir``; raise ``ChainError`` on the first bad one.

    ``stop_requested`` is polled between blocks; when it returns True, :class:`VerificationCancelled` is raised.
    """
    start = time.perf_counter()
    store, genesis = _open(data_dir)

    def blocks() -> Iterator[bytes]:
        for _hash, data in store.main_chain():
            if stop_requested():
                raise VerificationCancelled("the verification was stopped")
            yield data

    try:
        report = verify_blocks(genesis, blocks(), "votingapp-audit")
    finally:
        store.close()
    return Verified(genesis, report, time.perf_counter() - start)


def export_record(data_dir: DataDir, path: Path) -> RecordSummary:
    """Write the election record (manifest + best chain) of ``data_dir`` to ``path``, atomically."""
    store, genesis = _open(data_dir)
    try:
        return write_record(path, genesis, store.main_chain())
    finally:
        store.close()


@dataclass(frozen=True)
class ReceiptCheck:
    """What a data dir says of a receipt (a transaction id): recorded, waiting, dropped (and why), or unknown."""

    status: str  # "recorded" | "waiting" | "dropped" | "unknown"
    type: str | None = None
    height: int | None = None
    block: bytes | None = None
    confirmations: int | None = None
    reason: str | None = None


def check_receipt(data_dir: DataDir, txid: bytes) -> ReceiptCheck:
    """Look a receipt up in a data dir (read-only; a node may be running on it)."""
    store = data_dir.open_store(readonly=True)
    try:
        found = store.find_tx(txid)
        if found is not None:
            height, block_hash, pos = found
            tip_height = store.main_height()
            kind = store.load_block(block_hash).txs[pos].TYPE
            return ReceiptCheck("recorded", kind, height, block_hash, tip_height - height + 1)
        if store.is_pending(txid):
            return ReceiptCheck("waiting")
        dropped = store.find_dropped(txid)
        if dropped is not None:
            return ReceiptCheck("dropped", dropped[0], reason=dropped[1])
        return ReceiptCheck("unknown")
    finally:
        store.close()
