"""SQLite (WAL) storage of an election's blocks; each block or reorganisation is one transaction.

The connection belongs to the thread that opened it (sqlite3 enforces this).  A kill -9 at any moment
leaves the last committed state: opening re-checks hash links, Merkle roots and proof of work.

Transactions waiting for a block are stored too (table ``pending``), with the same durability as blocks
(WAL, ``synchronous=FULL``): a receipt is given only once its transaction is committed here.  A row
leaves the table in the same SQLite transaction that stores the block holding it (or when the node
drops the transaction as invalid); the transactions of a disconnected block come back to it.

A write that fails (disk full, read-only, I/O error) raises :class:`StoreWriteError` and leaves the
database as it was before the write.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor
from pathlib import Path

from votingapp.core.block import Block, decode_block
from votingapp.core.chain import ChainUpdate, Ledger
from votingapp.core.errors import ChainError, LedgerError
from votingapp.core.manifest import Genesis

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS blocks (
    hash BLOB NOT NULL UNIQUE,
    height INTEGER NOT NULL,
    prev BLOB NOT NULL,
    main INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS blocks_main_height ON blocks (height) WHERE main = 1;
CREATE TABLE IF NOT EXISTS txs (
    txid BLOB PRIMARY KEY,
    block BLOB NOT NULL,
    height INTEGER NOT NULL,
    pos INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pending (
    seq INTEGER PRIMARY KEY,
    txid BLOB NOT NULL UNIQUE,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS dropped (
    txid BLOB PRIMARY KEY,
    type TEXT NOT NULL,
    reason TEXT NOT NULL,
    at INTEGER NOT NULL
) WITHOUT ROWID;
"""
# SQLite's names of the errors that mean "the disk cannot take this write" (not a damaged database).
_WRITE_ERRORS = ("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_BUSY", "SQLITE_LOCKED",
                 "SQLITE_NOMEM", "SQLITE_PROTOCOL")


class StoreError(LedgerError):
    """A database that is missing, damaged or not of this program."""


class StoreWriteError(StoreError):
    """A write that did not reach the disk (disk full, read-only, I/O error); the database is as before it.

    ``reason`` is SQLite's own words (e.g. ``database or disk is full``); ``disk_full`` tells that case apart.
    """

    def __init__(self, message: str, reason: str, disk_full: bool) -> None:
        super().__init__(message)
        self.reason = reason
        self.disk_full = disk_full


def _write_error(path: Path, exc: BaseException) -> StoreWriteError:
    reason = str(exc) or type(exc).__name__
    full = str(getattr(exc, "sqlite_errorname", "")).startswith("SQLITE_FULL") or (
        isinstance(exc, OSError) and exc.errno == errno.ENOSPC
    )
    return StoreWriteError(f"could not write to database {path} ({reason})", reason, full)


class ChainStore:
    """The blocks of one election in one SQLite file."""

    def __init__(self, path: Path, create: bool = False, readonly: bool = False) -> None:
        self.path = path
        if not path.exists() and not create:
            raise StoreError(f"no election database at {path}")
        try:
            if readonly:
                self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
            else:
                self._db = sqlite3.connect(path, isolation_level=None)
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=FULL")
                self._db.executescript(_SCHEMA)
            self._db.execute("PRAGMA foreign_keys=ON")
            version = self._meta("schema")
            if version is None and not readonly:
                self._db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION).encode(),))
            elif version is not None and version != str(SCHEMA_VERSION).encode():
                raise StoreError(f"database {path} has schema {version!r}, this program reads {SCHEMA_VERSION}")
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            self._close_quietly()
            if getattr(exc, "sqlite_errorname", "").startswith(_WRITE_ERRORS):
                raise _write_error(path, exc) from None
            # A damaged schema can make even SQLite's error message undecodable.
            raise StoreError(f"database {path} is damaged or not a votingapp database ({exc})") from None
        except BaseException:
            self._close_quietly()
            raise

    def _close_quietly(self) -> None:
        db = getattr(self, "_db", None)
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        self._db.close()

    def _meta(self, key: str) -> bytes | None:
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:
            raise StoreError(f"database {self.path} is not a votingapp database") from None
        return None if row is None else bytes(row[0])

    def genesis(self) -> Genesis | None:
        """The election this database holds, or None before one is created or joined."""
        raw = self._meta("genesis")
        if raw is None:
            return None
        try:
            return Genesis.decode(raw)
        except LedgerError as exc:
            if "missing" in str(exc) and "ballot" in str(exc):  # a manifest of before the secret ballot
                raise StoreError(
                    f"database {self.path} holds an election made by an older version of votingapp (before the "
                    "secret ballot): this version cannot open it; use the version that made it, or create a new "
                    "election in another data dir"
                ) from None
            raise StoreError(f"database {self.path}: the election manifest is damaged ({exc})") from None

    def set_genesis(self, genesis: Genesis) -> None:
        """Record the election; refuses to replace another one."""
        current = self.genesis()
        if current is not None:
            if current.election_id == genesis.election_id:
                return
            raise StoreError(f"database {self.path} already holds election {current.election_id.hex()[:16]}")
        with self._write() as db:
            db.execute("INSERT INTO meta VALUES ('genesis', ?)", (genesis.encode(),))

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed when the block ends, rolled back (and StoreWriteError) on failure."""
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            yield db
            db.execute("COMMIT")
        except BaseException as exc:
            if db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
            if isinstance(exc, (sqlite3.Error, OSError)):
                raise _write_error(self.path, exc) from exc
            raise

    def record(self, block: Block, update: ChainUpdate) -> None:
        """Persist a newly added block and the change of the best chain, in one transaction.

        The transactions of disconnected blocks wait again (table ``pending``); those of connected blocks
        leave it, in the same transaction.  Raises :class:`StoreWriteError` (nothing written) on failure.
        """
        with self._write() as db:
            if not update.known:
                on_main = any(b.hash == block.hash for b in update.connected)
                db.execute(
                    "INSERT OR IGNORE INTO blocks (hash, height, prev, main, data) VALUES (?, ?, ?, ?, ?)",
                    (block.hash, block.height, block.prev, int(on_main), block.encode()),
                )
            for old in update.disconnected:
                db.execute("UPDATE blocks SET main = 0 WHERE hash = ?", (old.hash,))
                db.executemany("DELETE FROM txs WHERE txid = ?", ((t,) for t in old.txids))
                db.executemany(
                    "INSERT OR IGNORE INTO pending (txid, data) VALUES (?, ?)",
                    ((t, tx.encode()) for t, tx in zip(old.txids, old.txs)),
                )
            for new in update.connected:
                db.execute("UPDATE blocks SET main = 1 WHERE hash = ?", (new.hash,))
                db.executemany(
                    "INSERT OR REPLACE INTO txs VALUES (?, ?, ?, ?)",
                    ((t, new.hash, new.height, i) for i, t in enumerate(new.txids)),
                )
                db.executemany("DELETE FROM pending WHERE txid = ?", ((t,) for t in new.txids))

    # -- transactions waiting for a block
    def add_pending(self, txid: bytes, data: bytes) -> None:
        """Store a transaction that waits for a block (committed, synced); no-op if it is stored already.

        Raises :class:`StoreWriteError` (nothing written) when the disk cannot take it.
        """
        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO pending (txid, data) VALUES (?, ?)", (txid, data))

    def remove_pending(self, txids: Iterable[bytes]) -> None:
        """Forget waiting transactions (dropped as invalid); raises :class:`StoreWriteError` on failure."""
        rows = [(t,) for t in txids]
        if not rows:
            return
        with self._write() as db:
            db.executemany("DELETE FROM pending WHERE txid = ?", rows)

    def pending(self) -> list[tuple[bytes, bytes]]:
        """(txid, encoded transaction) of every stored waiting transaction, oldest first."""
        try:
            rows = self._db.execute("SELECT txid, data FROM pending ORDER BY seq").fetchall()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):  # a database of an older version opened read-only
                return []
            raise StoreError(f"database {self.path} is damaged ({exc})") from None
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"database {self.path} is damaged ({exc})") from None
        return [(bytes(txid), bytes(data)) for txid, data in rows]

    def add_dropped(self, entries: Iterable[tuple[bytes, str, str]], at_ms: int) -> None:
        """Remember transactions that were accepted here and then dropped: (txid, type, reason for people).

        A receipt check can then say why (e.g. a double vote across a partition). A transaction that is
        later recorded after all (a reorg back) is found in a block first. Raises :class:`StoreWriteError`.
        """
        rows = [(txid, kind, reason[:500], at_ms) for txid, kind, reason in entries]
        if not rows:
            return
        with self._write() as db:
            db.executemany("INSERT OR REPLACE INTO dropped VALUES (?, ?, ?, ?)", rows)

    def find_dropped(self, txid: bytes) -> tuple[str, str, int] | None:
        """(type, reason, when in ms) of a transaction that was dropped here, or None."""
        try:
            row = self._db.execute("SELECT type, reason, at FROM dropped WHERE txid = ?", (txid,)).fetchone()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):  # a database of an older version opened read-only
                return None
            raise StoreError(f"database {self.path} is damaged ({exc})") from None
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"database {self.path} is damaged ({exc})") from None
        return None if row is None else (str(row[0]), str(row[1]), int(row[2]))

    def is_pending(self, txid: bytes) -> bool:
        """True if the transaction waits for a block in this store."""
        try:
            return self._db.execute("SELECT 1 FROM pending WHERE txid = ?", (txid,)).fetchone() is not None
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return False
            raise StoreError(f"database {self.path} is damaged ({exc})") from None

    def probe_write(self) -> None:
        """Write (and sync) a page-sized value: can the disk take writes again? StoreWriteError if not."""
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO meta VALUES ('write-probe', zeroblob(4000))")
            db.execute("DELETE FROM meta WHERE key = 'write-probe'")

    def main_height(self) -> int:
        """The height of the best chain's tip as stored (0 with no block)."""
        try:
            row = self._db.execute("SELECT MAX(height) FROM blocks WHERE main = 1").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"database {self.path} is damaged ({exc})") from None
        return int(row[0]) if row and row[0] is not None else 0

    def load_block(self, block_hash: bytes) -> Block:
        """A stored block by hash."""
        try:
            row = self._db.execute("SELECT data FROM blocks WHERE hash = ?", (block_hash,)).fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"database {self.path} is damaged ({exc})") from None
        if row is None:
            raise StoreError(f"block {block_hash.hex()[:16]} is not in the database")
        return decode_block(bytes(row[0]))

    def main_blocks(self, start: int = 1) -> Iterator[tuple[int, bytes, bytes]]:
        """(height, hash, encoded block) of the best chain from ``start``, in order."""
        try:
            cursor = self._db.execute(
                "SELECT height, hash, data FROM blocks WHERE main = 1 AND height >= ? ORDER BY height", (start,)
            )
            for height, block_hash, data in cursor:
                yield height, bytes(block_hash), bytes(data)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"database {self.path} is damaged ({exc})") from None

    def main_chain(self) -> Iterator[tuple[bytes, bytes]]:
        """(hash, encoded block) of the whole best chain from height 1, in order; :class:`StoreError` where a
        height is missing (a damaged database), as ``verify``, ``export`` and the observer board read it."""
        expected = 1
        for height, block_hash, data in self.main_blocks():
            if height != expected:
                raise StoreError(f"database {self.path} is damaged: the chain has no block at height {expected}")
            expected += 1
            yield block_hash, data

    def find_tx(self, txid: bytes) -> tuple[int, bytes, int] | None:
        """(height, block hash, position) of a transaction on the best chain, or None."""
        try:
            row = self._db.execute("SELECT height, block, pos FROM txs WHERE txid = ?", (txid,)).fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"database {self.path} is damaged ({exc})") from None
        return None if row is None else (int(row[0]), bytes(row[1]), int(row[2]))

    def size_bytes(self) -> int:
        """Bytes used by the database pages."""
        count = self._db.execute("PRAGMA page_count").fetchone()[0]
        size = self._db.execute("PRAGMA page_size").fetchone()[0]
        return int(count) * int(size)

    def open_ledger(self, executor: Executor | None = None) -> Ledger:
        """Rebuild the ledger from the best chain, re-checking links, Merkle roots and proof of work.

        Signatures were checked before the blocks were stored; ``verify`` re-checks them too.
        """
        genesis = self.genesis()
        if genesis is None:
            raise StoreError(f"database {self.path} holds no election")
        ledger = Ledger(genesis, load_block=self.load_block, executor=executor)
        for height, block_hash, data in self.main_blocks():
            try:
                block = decode_block(data)
                if block.hash != block_hash:
                    raise ChainError("stored hash does not match the block")
                ledger.add_block(block, signatures_checked=True)
            except LedgerError as exc:
                raise ChainError(
                    f"data dir damaged at block {height} ({block_hash.hex()[:16]}): {exc}", height, block_hash
                ) from None
            if ledger.height != height:
                raise ChainError(f"data dir damaged at block {height}: the chain has a gap", height, block_hash)
        return ledger
