"""A data dir made by the version before the secret ballot: every surface says so in one line, not "damaged"."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.helpers import assert_one_error_line, run_in_process
from tests.unit.chainmaker import make_election
from votingapp.core.encoding import canonical
from votingapp.store.database import StoreError
from votingapp.store.datadir import DataDir


def _old_data_dir(tmp_path: Path) -> DataDir:
    """A data dir whose stored manifest lacks the fields the secret ballot added (as the old version wrote)."""
    data_dir = DataDir(tmp_path / "old")
    genesis = make_election().genesis
    data_dir.set_election(genesis)
    obj = json.loads(genesis.encode())
    for key in ("ballot", "trustees", "threshold"):
        obj["manifest"].pop(key, None)
    with sqlite3.connect(data_dir.db_path) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'genesis'", (canonical(obj),))
    return data_dir


def test_an_old_data_dir_is_named_as_made_by_an_older_version(tmp_path: Path) -> None:
    data_dir = _old_data_dir(tmp_path)
    store = data_dir.open_store(readonly=True)
    try:
        with pytest.raises(StoreError, match="made by an older version of votingapp"):
            store.genesis()
    finally:
        store.close()
    result = run_in_process("tally", "--data-dir", data_dir.path)
    assert_one_error_line(result, "made by an older version of votingapp", "create a new election")
