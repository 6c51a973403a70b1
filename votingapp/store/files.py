"""The one way this program writes a file: whole or not at all (temp file, fsync, rename, fsync of the directory).

Used for exported records and manifests, the data dir's config, keys and the control endpoint's files.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_writer(path: Path, private: bool = False) -> Iterator[BinaryIO]:
    """Write ``path`` through ``path.tmp``; it replaces ``path`` only if the block ends without error.

    The data is flushed and fsynced before the rename, and the directory after it, so a crash leaves
    either the old file or the whole new one, never half of it.  ``private`` files are owner-only (0600)
    from the moment they exist.
    """
    if not path.name or path.is_dir():
        raise IsADirectoryError(errno.EISDIR, f"cannot write {path}: it is a directory")
    tmp = path.with_name(path.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if private else 0o666)
        if private:
            os.chmod(tmp, 0o600)  # an older temp file may have had another mode
        fh = os.fdopen(fd, "wb")
    except OSError as exc:
        raise type(exc)(exc.errno, f"cannot write {path}: {exc.strerror}") from None
    try:
        yield fh
        fh.flush()
        os.fsync(fh.fileno())
        fh.close()
        os.replace(tmp, path)
    except BaseException:
        fh.close()
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def atomic_write_bytes(path: Path, data: bytes, private: bool = False) -> None:
    """Write ``data`` to ``path`` atomically (owner-only when ``private``)."""
    with atomic_writer(path, private) as fh:
        fh.write(data)


def _fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (where the platform allows it)."""
    try:
        fd = os.open(directory or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
