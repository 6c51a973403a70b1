"""Logging to the data dir's log file (and stderr for the headless node). Never logs a voter_id."""

from __future__ import annotations

import io
import logging
import logging.handlers
import sys

from votingapp.store.datadir import DataDir
from votingapp.store.files import private_opener


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file that is owner-only (0600) from the moment it exists, whatever the umask."""

    def _open(self) -> io.TextIOWrapper:
        stream = open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors,  # noqa: SIM115
                      opener=private_opener)
        assert isinstance(stream, io.TextIOWrapper)
        return stream


def setup_logging(data_dir: DataDir, verbose: bool = False) -> None:
    """Send the node's log to ``logs/votingapp.log`` in the data dir (rotated), and warnings to stderr."""
    data_dir.prepare_log_dir()
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    file_handler = _PrivateRotatingFileHandler(
        data_dir.log_dir / "votingapp.log", maxBytes=5_000_000, backupCount=3, encoding="utf-8"
    )
    file_handler.setFormatter(fmt)
    root.addHandler(file_handler)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(fmt)
    root.addHandler(console)
