"""Logging to the data dir's log file (and stderr for the headless node). Never logs a voter_id."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from votingapp.store.datadir import DataDir


def setup_logging(data_dir: DataDir, verbose: bool = False) -> None:
    """Send the node's log to ``logs/votingapp.log`` in the data dir (rotated), and warnings to stderr."""
    data_dir.log_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    file_handler = logging.handlers.RotatingFileHandler(
        data_dir.log_dir / "votingapp.log", maxBytes=5_000_000, backupCount=3, encoding="utf-8"
    )
    file_handler.setFormatter(fmt)
    root.addHandler(file_handler)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(fmt)
    root.addHandler(console)
