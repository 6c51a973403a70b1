"""The data dir: one node's database, station key, optional authority key, config and logs.

Layout (docs/design.md section 6)::

    votingapp.sqlite3   the blocks (SQLite, WAL)
    station.key         this station's Ed25519 key (PKCS#8 PEM, owner-only)
    authority.key       the election authority's key (only on the station that created the election)
    config.json         station name and settings
    control.secret      secret of the local control endpoint (written while a node runs)
    logs/               log files

Keys are encrypted at rest when ``VOTINGAPP_PASSPHRASE`` is set.

The data dir and everything in it are owner-only (POSIX): opening a data dir (``ensure``, ``require``,
``open_store``, ``station_key``) makes the directory 0700 and its files 0600, whatever they were before (a
directory made with ``mkdir``, a database created under a lax umask); new files are created owner-only.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path
from typing import Any

from votingapp.core.keys import SigningKey
from votingapp.core.manifest import Genesis
from votingapp.store.database import ChainStore, StoreError
from votingapp.store.files import atomic_write_bytes, create_private, make_private

DB_NAME = "votingapp.sqlite3"
MAX_SECURED_ENTRIES = 1000  # entries of the data dir (and of logs/) made owner-only, at most


def default_data_dir() -> Path:
    """The per-user application data location."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "votingapp"


def _passphrase() -> bytes | None:
    value = os.environ.get("VOTINGAPP_PASSPHRASE")
    return value.encode() if value else None


class DataDir:
    """Paths and small files of one node's data dir."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.db_path = self.path / DB_NAME
        self.station_key_path = self.path / "station.key"
        self.authority_key_path = self.path / "authority.key"
        self.config_path = self.path / "config.json"
        self.secret_path = self.path / "control.secret"
        self.log_dir = self.path / "logs"

    def ensure(self) -> None:
        """Create the directory (owner-only) if absent; make it and its contents owner-only."""
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"data dir {self.path} is a file, not a directory")
        self.path.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.secure()

    def require(self) -> None:
        """Raise unless the data dir exists; make it and its contents owner-only."""
        if not self.path.is_dir():
            raise StoreError(f"data dir {self.path} does not exist")
        self.secure()

    def secure(self) -> None:
        """Make the data dir owner-only: the directory and its subdirectories (``logs/``) 0700, files 0600.

        POSIX only (nothing on Windows, where the per-user location is private already).  Symbolic links
        are not followed and files of other users are left alone; a refused chmod is not an error.
        """
        if os.name != "posix" or not self.path.is_dir():
            return
        make_private(self.path, directory=True)
        self._secure_entries(self.path, depth=1)

    def _secure_entries(self, directory: Path, depth: int) -> None:
        try:
            with os.scandir(directory) as entries:
                for count, entry in enumerate(entries):
                    if count >= MAX_SECURED_ENTRIES:
                        break
                    if entry.is_symlink():
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        make_private(Path(entry.path), directory=True)
                        if depth > 0:
                            self._secure_entries(Path(entry.path), depth - 1)
                    else:
                        make_private(Path(entry.path))
        except OSError:
            pass

    def prepare_log_dir(self) -> Path:
        """Create ``logs/`` owner-only if absent (and make it owner-only if not); its path."""
        self.log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        make_private(self.log_dir, directory=True)
        return self.log_dir

    def station_key(self) -> SigningKey:
        """This station's key, created on first use."""
        self.ensure()
        if self.station_key_path.exists():
            return SigningKey.load(self.station_key_path, _passphrase())
        key = SigningKey.generate()
        atomic_write_bytes(self.station_key_path, key.to_pem(_passphrase()), private=True)
        return key

    def authority_key(self) -> SigningKey | None:
        """The authority key if this station created the election."""
        if not self.authority_key_path.exists():
            return None
        return SigningKey.load(self.authority_key_path, _passphrase())

    def save_authority_key(self, key: SigningKey) -> None:
        """Keep the authority key of an election created here."""
        if self.authority_key_path.exists():
            raise StoreError(f"data dir {self.path} already has an authority key")
        atomic_write_bytes(self.authority_key_path, key.to_pem(_passphrase()), private=True)

    def config(self) -> dict[str, Any]:
        """Settings (station name, ...); empty when absent or unreadable."""
        try:
            data = json.loads(self.config_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def save_config(self, config: dict[str, Any]) -> None:
        """Write the settings atomically."""
        self.ensure()
        atomic_write_bytes(self.config_path, json.dumps(config, indent=2, sort_keys=True).encode(), private=True)

    def set_station_name(self, name: str) -> None:
        """Keep this station's human name in the config (no write when it is already that)."""
        config = self.config()
        if config.get("station_name") != name:
            config["station_name"] = name
            self.save_config(config)

    def station_name(self) -> str:
        """The human name of this station (default: the host name)."""
        name = self.config().get("station_name")
        return name if isinstance(name, str) and name else socket.gethostname()[:64]

    def set_election(self, genesis: Genesis) -> None:
        """Record the election this data dir takes part in (refuses to replace another one)."""
        store = self.open_store(create=True)
        try:
            store.set_genesis(genesis)
        finally:
            store.close()

    def open_store(self, create: bool = False, readonly: bool = False) -> ChainStore:
        """Open the database; with ``create``, make the data dir and database (owner-only) if absent."""
        if create:
            self.ensure()
            create_private(self.db_path)  # SQLite would create it 0644; its -wal and -shm take its mode
        else:
            self.require()
        store = ChainStore(self.db_path, create=create, readonly=readonly)
        for suffix in ("", "-wal", "-shm", "-journal"):
            make_private(self.db_path.with_name(self.db_path.name + suffix))
        return store
