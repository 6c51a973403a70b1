"""Setting a data dir up for an election: create one (as its authority) or find the one it holds.

Qt-free and print-free, so the desktop wizard and ``election create`` share one implementation.
"""

from __future__ import annotations

import os
from pathlib import Path

from votingapp.core.errors import DecodeError, LedgerError
from votingapp.core.keys import SigningKey
from votingapp.core.manifest import (
    BALLOT_KINDS,
    DEFAULT_DIFFICULTY,
    MAX_DIFFICULTY,
    Genesis,
    Station,
    create_genesis,
)
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


def check_trustees(
    stations: list[Station], ballot: str, trustees: list[bytes] | None, threshold: int | None
) -> tuple[list[bytes] | None, int | None]:
    """The trustees and threshold to put in the manifest, or :class:`ElectionSetupError` (one line) saying why
    not: every trustee an admitted station, listed once, and 1 <= threshold <= the number of trustees.

    A secret election's defaults: every station a trustee, a majority of them decrypt.
    """
    if ballot not in BALLOT_KINDS:
        raise ElectionSetupError(f"the ballot must be one of {', '.join(BALLOT_KINDS)}, not {ballot!r}")
    if ballot == "open":
        if trustees or threshold:
            raise ElectionSetupError("an open election has no trustees and no threshold (they decrypt secret ballots)")
        return None, None
    keys = [s.key for s in stations]
    chosen = keys if trustees is None else list(trustees)
    if not chosen:
        raise ElectionSetupError("a secret election needs at least one trustee station")
    if len(set(chosen)) != len(chosen):
        raise ElectionSetupError("a trustee is listed twice")
    for key in chosen:
        if key not in keys:
            raise ElectionSetupError(
                f"trustee {key.hex()[:16]} is not a station of this election: trustees must be admitted stations"
            )
    k = len(chosen) // 2 + 1 if threshold is None else threshold
    if not 1 <= k <= len(chosen):
        raise ElectionSetupError(f"the threshold must be 1 to {len(chosen)} (the number of trustees), not {k}")
    if k == 1 and len(chosen) > 1:
        raise ElectionSetupError(
            f"a threshold of 1 with {len(chosen)} trustees would let each trustee laptop alone read single ballots: "
            "use 2 or more"
        )
    return chosen, k


def check_election(
    title: str, options: list[str], others: list[Station], difficulty: int = DEFAULT_DIFFICULTY,
    results: str = "live", name: str = "this station", ballot: str = "open",
    trustees: list[bytes] | None = None, threshold: int | None = None, me: bytes | None = None,
) -> None:
    """Raise :class:`ElectionSetupError` unless an election with these settings can be made (writes nothing).

    ``me``: this station's key when known (a trustee may name it); else a stand-in key is used.
    """
    if not 0 <= difficulty <= MAX_DIFFICULTY:
        raise ElectionSetupError(f"the difficulty must be 0 to {MAX_DIFFICULTY} bits, not {difficulty}")
    stations = [Station(me or os.urandom(32), name), *others]
    if len({s.key for s in others}) != len(others):
        raise ElectionSetupError("a station is listed twice")
    chosen, k = check_trustees(stations, ballot, trustees, threshold)
    try:
        create_genesis(SigningKey.generate(), title, options, stations, difficulty, results, ballot=ballot,
                       trustees=chosen, threshold=k)
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
    trustees: list[bytes] | None = None,
    threshold: int | None = None,
) -> Genesis:
    """Make the authority key and the genesis of a new election in ``data_dir``; this station is admitted.

    ``others`` are further stations to admit from the start. Nothing is written when a check fails.
    ``ballot="secret"``: encrypted ballots (docs/design.md section 10); ``trustees`` are station keys of
    admitted stations (this one or ``others``; default: all of them) that run the key ceremony, and
    ``threshold`` of them (default: a majority) decrypt the result.  The default here stays "open" until the
    command line and the wizard offer the secret ballot; the core's own default (``create_genesis``) is
    "secret".
    """
    others = list(others or [])
    me_key = data_dir.station_key().public if trustees else None
    check_election(title, options, others, difficulty, results, name or "this station", ballot, trustees,
                   threshold, me_key)
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
    chosen, k = check_trustees([me, *others], ballot, trustees, threshold)
    genesis = create_genesis(
        authority, title, options, [me, *others], difficulty=difficulty, results=results, manual_open=manual_open,
        ballot=ballot, trustees=chosen, threshold=k,
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
