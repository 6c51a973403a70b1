"""Fixtures of the command-line tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.helpers import Result, add_votes, create_election, run_in_process


@pytest.fixture
def cli() -> Callable[..., Result]:
    """The in-process runner, as a fixture."""
    return run_in_process


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir whose chain has two blocks of 4 and 3 voters: Alice 4 votes, Bob 2, Carol 1."""
    data_dir = tmp_path_factory.mktemp("filled") / "node"
    create_election(data_dir, "--name", "Desk 1")
    add_votes(data_dir, ["Alice", "Bob", "Alice", "Carol"])
    add_votes(data_dir, ["Bob", "Alice", "Alice"])
    return data_dir
