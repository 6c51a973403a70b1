"""The election record: what auditors get (`export`) and check offline (`verify FILE`).

A record is JSON lines (no Qt, no store: the GUI and the CLI both use this module)::

    {"format":"votingapp-record","genesis":{...Genesis.to_obj()...},"version":1}
    <canonical bytes of block 1, exactly as stored>
    ...
    <canonical bytes of block N>
    {"blocks":N,"end":"votingapp-record","tip":"<hash of block N, or the election id if N = 0>"}

Every line is canonical JSON ending in a newline.  The end line makes a record cut short at a line
boundary detectable: without it a shorter prefix of the chain would verify as a valid record.
Reading is streaming: one line at a time, at most one block's bytes in memory.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from votingapp.core.block import MAX_BLOCK_BYTES
from votingapp.core.encoding import canonical, check_fields, get_hex, get_int, parse_canonical
from votingapp.core.errors import LedgerError
from votingapp.core.manifest import MAX_MANIFEST_BYTES, Genesis
from votingapp.store.files import atomic_writer

FORMAT = "votingapp-record"
VERSION = 1
MAX_HEADER_BYTES = MAX_MANIFEST_BYTES + 1024
_END_PREFIX = b'{"blocks":'
_END_BYTES = 200


class RecordError(LedgerError):
    """A file that cannot be read as an election record (missing, unreadable, not a record)."""


class RecordDamaged(RecordError):
    """A record that is truncated or damaged: part of it is missing or altered."""


@dataclass(frozen=True)
class RecordSummary:
    """What was written, or what the end line of a record claims."""

    blocks: int
    tip: bytes


def header_line(genesis: Genesis) -> bytes:
    """The first line of a record."""
    return canonical({"format": FORMAT, "version": VERSION, "genesis": genesis.to_obj()}) + b"\n"


def end_line(blocks: int, tip: bytes) -> bytes:
    """The last line of a record."""
    return canonical({"blocks": blocks, "end": FORMAT, "tip": tip.hex()}) + b"\n"


def write_record_to(fh: BinaryIO, genesis: Genesis, blocks: Iterable[tuple[bytes, bytes]]) -> RecordSummary:
    """Write a record of ``blocks`` ((block hash, encoded block) of the main chain in order) to ``fh``."""
    fh.write(header_line(genesis))
    count = 0
    tip = genesis.election_id
    for block_hash, data in blocks:
        if b"\n" in data:
            raise RecordError("a block's encoding holds a newline: it is not canonical")
        fh.write(data)
        fh.write(b"\n")
        count += 1
        tip = block_hash
    fh.write(end_line(count, tip))
    return RecordSummary(count, tip)


def write_record(path: Path, genesis: Genesis, blocks: Iterable[tuple[bytes, bytes]]) -> RecordSummary:
    """Write a record to ``path`` atomically (``path.tmp``, fsync, rename): whole or not at all."""
    with atomic_writer(path) as fh:
        return write_record_to(fh, genesis, blocks)


class RecordReader:
    """Streaming reader of a record file: ``genesis`` on opening, then :meth:`blocks` once.

    After :meth:`blocks` is exhausted, ``end`` holds what the end line claims (block count and tip);
    the caller compares the tip with the verified chain's.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.line_no = 0
        self.end: RecordSummary | None = None
        try:
            self._fh: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed by close()
        except FileNotFoundError:
            raise RecordError(f"record {path} does not exist") from None
        except IsADirectoryError:
            raise RecordError(f"{path} is a directory, not a record file (use --data-dir for a data dir)") from None
        except OSError as exc:
            raise RecordError(f"cannot read record {path}: {exc.strerror}") from None
        try:
            self.genesis = self._read_header()
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> RecordReader:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the file."""
        self._fh.close()

    def _damaged(self, what: str) -> RecordDamaged:
        return RecordDamaged(f"record {self.path} is truncated or damaged at line {self.line_no}: {what}")

    def _line(self, limit: int) -> bytes | None:
        """The next line without its newline; None at the end of the file."""
        try:
            line = self._fh.readline(limit + 1)
        except OSError as exc:
            raise RecordError(f"cannot read record {self.path}: {exc.strerror}") from None
        if not line:
            return None
        self.line_no += 1
        if not line.endswith(b"\n"):
            if len(line) > limit:
                raise self._damaged(f"the line is longer than the limit of {limit} bytes")
            raise self._damaged("the line is cut short (no end of line)")
        return line[:-1]

    def _read_header(self) -> Genesis:
        not_record = f"{self.path} is not a votingapp election record"
        try:
            line = self._line(MAX_HEADER_BYTES)
        except RecordDamaged:
            raise RecordError(not_record + " (its first line is not a record header)") from None
        if line is None:
            raise RecordError(f"record {self.path} is empty")
        try:
            obj = parse_canonical(line, MAX_HEADER_BYTES)
        except LedgerError:
            raise RecordError(not_record + " (its first line is not a record header)") from None
        if obj.get("format") != FORMAT:
            raise RecordError(not_record + " (wrong format in its first line)")
        if obj.get("version") != VERSION:
            version = str(obj.get("version"))[:20]
            raise RecordError(f"record {self.path} has version {version}, this program reads {VERSION}")
        try:
            check_fields(obj, ("format", "version", "genesis"), "record header")
            return Genesis.from_obj(obj["genesis"])
        except LedgerError as exc:
            raise self._damaged(f"the election manifest is invalid: {exc}") from None

    def blocks(self) -> Iterator[bytes]:
        """The encoded blocks in order; raises :class:`RecordDamaged` on a cut or altered structure."""
        count = 0
        while True:
            line = self._line(MAX_BLOCK_BYTES)
            if line is None:
                raise self._damaged(f"the end line is missing after {count} blocks")
            if line.startswith(_END_PREFIX):
                self.end = self._parse_end(line, count)
                break
            count += 1
            yield line
        with contextlib.suppress(OSError):
            if self._fh.read(1):
                self.line_no += 1
                raise self._damaged("there is data after the end line")

    def _parse_end(self, line: bytes, count: int) -> RecordSummary:
        try:
            obj = parse_canonical(line, _END_BYTES)
            check_fields(obj, ("blocks", "end", "tip"), "record end line")
            blocks = get_int(obj, "blocks", 0, 1 << 40)
            tip = get_hex(obj, "tip", 32)
        except LedgerError as exc:
            raise self._damaged(f"the end line is invalid: {exc}") from None
        if obj["end"] != FORMAT:
            raise self._damaged("the end line is not of this format")
        if blocks != count:
            raise self._damaged(f"the end line counts {blocks} blocks but the record holds {count}")
        return RecordSummary(blocks, tip)
