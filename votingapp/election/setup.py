"""Setting a data dir up for an election: create one (as its authority) or find the one it holds.

Qt-free and print-free, so the desktop wizard and ``election create`` share one implementation.
"""

from __future__ import annotations

import os
from pathlib import Path

from votingapp.core.errors import DecodeError, LedgerError
from votingapp.core.keys import SigningKey
from votingapp.core.manifest import DEFAULT_DIFFICULTY, MAX_DIFFICULTY, Genesis, Station, create_genesis
from votingapp.store.datadir import DataDir


class ElectionSetupError(LedgerError):
    """An election that cannot be created as asked; the message is for people."""


def existing_election(data_dir: DataDir) -> Genesis | None:
    """The election a data dir holds, or None (also when the data dir or its database is absent)."""
    if not data_dir.db_path.exists():
        return None
    store = data_dir.open_store(readonly=True)
    try:
        return store.genesis()
    finally:
        store.close()


def check_election(
    title: str, options: list[str], others: list[Station], difficulty: int = DEFAULT_DIFFICULTY,
    results: str = "live", name: str = "this station", ballot: str = "open",
) -> None:
    """Raise :class:`ElectionSetupError` unless an election with these settings can be made (writes nothing)."""
    if not 0 <= difficulty <= MAX_DIFFICULTY:
        raise ElectionSetupError(f"the difficulty must be 0 to {MAX_DIFFICULTY} bits, not {difficulty}")
    stations = [Station(os.urandom(32), name), *others]
    if len({s.key for s in others}) != len(others):
        raise ElectionSetupError("a station is listed twice")
    try:
        create_genesis(SigningKey.generate(), title, options, stations, difficulty, results, ballot=ballot)
    except DecodeError as exc:
        raise ElectionSetupError(f"invalid election: {exc}") from None


def create_election(
    data_dir: DataDir,
    title: str,
    options: list[str],
    others: list[Station] | None = None,
    difficulty: int = DEFAULT_DIFFICULTY,
    results: str = "live",
    manual_open: bool = False,
    name: str | None = None,
    ballot: str = "open",
) -> Genesis:
    """Make the authority key and the genesis of a new election in ``data_dir``; this station is admitted.

    ``others`` are further stations to admit from the start. Nothing is written when a check fails.
    ``ballot`` stays "open" here until the node runs the key ceremony, encrypts ballots and decrypts
    (docs/design.md section 10); the core's own default (``create_genesis``) is "secret".
    """
    others = list(others or [])
    check_election(title, options, others, difficulty, results, name or "this station", ballot)
    existing = existing_election(data_dir)
    if existing is not None:
        raise ElectionSetupError(f"data dir {data_dir.path} already holds election {existing.election_id.hex()}")
    station = data_dir.station_key()
    if name:
        data_dir.set_station_name(name)
    me = Station(station.public, name or data_dir.station_name())
    if me.key in {s.key for s in others}:
        raise ElectionSetupError("this station is listed among the other stations; it is admitted anyway")
    # An authority key without an election is left by an interrupted create: use it.
    authority = data_dir.authority_key()
    if authority is None:
        authority = SigningKey.generate()
        data_dir.save_authority_key(authority)
    genesis = create_genesis(
        authority, title, options, [me, *others], difficulty=difficulty, results=results, manual_open=manual_open,
        ballot=ballot,
    )
    data_dir.set_election(genesis)
    return genesis


def record_genesis(data_dir: DataDir, genesis: Genesis, name: str | None = None) -> None:
    """Join ``genesis`` (already decoded and signature-checked) in ``data_dir``, naming this station."""
    data_dir.station_key()
    if name:
        data_dir.set_station_name(name)
    data_dir.set_election(genesis)


def join_election(data_dir: DataDir, manifest_file: Path) -> Genesis:
    """Record the election of an exported manifest in a data dir (before its node starts)."""
    try:
        raw = manifest_file.read_bytes()
    except FileNotFoundError:
        raise ElectionSetupError(f"manifest file {manifest_file} does not exist") from None
    except OSError as exc:
        raise ElectionSetupError(f"cannot read manifest file {manifest_file}: {exc.strerror}") from None
    try:
        genesis = Genesis.decode(raw.strip())
    except LedgerError as exc:
        raise ElectionSetupError(
            f"manifest file {manifest_file} is damaged or not an election manifest ({exc})"
        ) from None
    data_dir.set_election(genesis)
    return genesis
