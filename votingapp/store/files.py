"""The one way this program writes a file: whole or not at all (temp file, fsync, rename, fsync of the directory).

Used for exported records and manifests, the data dir's config, keys and the control endpoint's files.
Also how the data dir's files are made owner-only: :func:`private_opener`, :func:`make_private`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


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
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE if private else 0o666)
        if private:
            _fchmod(fd, PRIVATE_FILE_MODE)  # an older temp file may have had another mode
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


def private_opener(path: str, flags: int) -> int:
    """An ``opener`` for :func:`open` that creates the file owner-only (0600), whatever the umask.

    An existing file is made owner-only too.  ``open(path, "a", opener=private_opener)``.
    """
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    try:
        _fchmod(fd, PRIVATE_FILE_MODE)
    except BaseException:
        os.close(fd)
        raise
    return fd


def create_private(path: Path) -> None:
    """Create ``path`` as an empty owner-only file if it does not exist (an existing one is left as it is)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return
    try:
        _fchmod(fd, PRIVATE_FILE_MODE)
    finally:
        os.close(fd)


def make_private(path: Path, directory: bool = False) -> None:
    """chmod ``path`` to owner-only (0700 for a directory, else 0600) on POSIX; nothing on Windows.

    Missing files, symbolic links (never followed) and files of other users are left alone; a chmod
    the system refuses is not an error (the caller goes on with what it can do).
    """
    if os.name != "posix":
        return
    mode = PRIVATE_DIR_MODE if directory else PRIVATE_FILE_MODE
    try:
        st = os.lstat(path)
        if stat.S_ISLNK(st.st_mode) or st.st_uid != os.geteuid() or stat.S_IMODE(st.st_mode) == mode:
            return
        os.chmod(path, mode)
    except OSError:
        pass


def _fchmod(fd: int, mode: int) -> None:
    if os.name == "posix":
        os.fchmod(fd, mode)
